/**
 * reactie-verwerkt: the family's reaction is in the document with what was
 * done per point, and corrected information no longer appears as true
 * (seed 002 aanbevelingen 3 and 8; seed 003 on processing reactions).
 */
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { sectionBody } from '../../src/document/index.js';
import type { Block, Document, Section, Sentence } from '../../src/document/types.js';
import type { Rule, RuleContext } from '../../src/engine/types.js';
import type { LexiconItem } from '../../src/taal/index.js';
import { normalize, PhraseSet, statedAsTrue } from '../../src/taal/index.js';
import { packagePath } from '../../src/util/paths.js';
import { firstHeadingSpan } from '../_gedeeld/familie.js';
import meta from './meta.js';

interface Raw {
  verwerkt: LexiconItem[];
  'niet-verwerkt': LexiconItem[];
  reden: LexiconItem[];
}
let lex: { done: PhraseSet; notDone: PhraseSet; reason: PhraseSet } | undefined;
export function lexicon() {
  if (!lex) {
    const r = YAML.parse(readFileSync(packagePath('rules/reactie-verwerkt/verwerking.yaml'), 'utf8')) as Raw;
    const of = (l: LexiconItem[]) => new PhraseSet(l.map((i) => normalize(i.woord)));
    lex = { done: of(r.verwerkt), notDone: of(r['niet-verwerkt']), reason: of(r.reden) };
  }
  return lex;
}

function words(text: string): string[] {
  return normalize(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Index of the first word where a phrase of the set starts, or -1. */
export function findPhrase(set: PhraseSet, text: string): number {
  const w = words(text);
  for (let i = 0; i < w.length; i++) if (set.matchAt(w, i)) return i;
  return -1;
}

function short(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 80 ? t.slice(0, 77) + '…' : t;
}

interface Unit {
  first: Sentence;
  text: string;
}

/** The points of a reaction section: top-level list items (with their nested items), table rows, paragraphs. */
function units(doc: Document, sections: Section[]): Unit[] {
  const out: Unit[] = [];
  for (const sec of sections) {
    const blocks = sec.blockIndexes.map((i) => doc.blocks[i]!).filter((b: Block) => b.kind !== 'heading' && !b.tableHeader && b.sentenceIndexes.length);
    let rowLine = -1;
    for (const b of blocks) {
      const sents = b.sentenceIndexes.map((i) => doc.sentences[i]!);
      const text = sents.map((s) => s.text).join(' ');
      const last = out.at(-1);
      if (b.kind === 'listItem' && (b.listDepth ?? 0) > 0 && last) {
        last.text += ' ' + text;
        continue;
      }
      if (b.kind === 'tableCell') {
        if (b.span.start.line === rowLine && last) {
          last.text += ' | ' + text;
          continue;
        }
        rowLine = b.span.start.line;
      }
      out.push({ first: sents[0]!, text });
    }
  }
  return out;
}

function checkSection(doc: Document, ctx: RuleContext, sections: Section[]): void {
  const head = sections[0]!;
  const body = sectionBody(doc, sections);
  if (body.state !== 'content') {
    ctx.report({ span: head.headingSpan, messageId: 'leeg', data: { kop: head.heading } });
    return;
  }
  const docDate = doc.frontmatter?.date;
  const isDated = (t: string) => ctx.taal.timeReferences(t, docDate ? { docDate } : {}).some((r) => r.kind === 'absolute' && (r.precision === 'day' || r.precision === 'month'));
  const all = units(doc, sections);
  if (!all.some((u) => isDated(u.text))) ctx.report({ span: head.headingSpan, messageId: 'geenDatum', data: { kop: head.heading } });
  const { done, notDone, reason } = lexicon();
  for (let i = 0; i < all.length; i++) {
    const u = all[i]!;
    // a lead-in ("Moeder reageerde op 10 maart 2025 op het concept:") or the date line itself is no point
    if (u.first.endsWithColon || (/\b(reageer|reactie|gereageerd|ontvangen|besproken)/i.test(u.text) && isDated(u.text) && findPhrase(done, u.text) < 0 && findPhrase(notDone, u.text) < 0)) continue;
    const neg = findPhrase(notDone, u.text);
    if (neg >= 0) {
      if (findPhrase(reason, u.text) < 0 && !/[:;]\s*\S/.test(u.text.slice(u.text.search(/niet|ongewijzigd|blijft/i)))) {
        ctx.report({ span: u.first.span, messageId: 'nietAangepastZonderReden', data: { tekst: short(u.text) } });
      }
      continue;
    }
    if (findPhrase(done, u.text) >= 0) continue;
    // the next point answers this one ("Aangepast: …", "Niet aangepast, omdat …")
    const next = all[i + 1];
    if (next) {
      const n = Math.max(findPhrase(done, next.text), findPhrase(notDone, next.text));
      const startsWithAnswer = [findPhrase(done, next.text), findPhrase(notDone, next.text)].some((k) => k >= 0 && k <= 3);
      if (n >= 0 && startsWithAnswer) {
        i++;
        if (findPhrase(notDone, next.text) >= 0 && findPhrase(reason, next.text) < 0) ctx.report({ span: next.first.span, messageId: 'nietAangepastZonderReden', data: { tekst: short(next.text) } });
        continue;
      }
    }
    ctx.report({ span: u.first.span, messageId: 'puntZonderVerwerking', data: { tekst: short(u.text) } });
  }
}

/** Every `correcties` entry: sentences that still state the wrong text as true. */
export function uncorrected(doc: Document, threshold: number): { entry: number; sentences: Sentence[] }[] {
  const fm = doc.frontmatter;
  if (!fm?.correcties.length) return [];
  const sents = doc.sentences.filter((s) => s.blockKind !== 'heading' && !s.tableHeader && s.sectionKind !== 'reactie');
  return fm.correcties.map((c, entry) => ({
    entry,
    sentences: c.onjuist ? statedAsTrue(c.onjuist, sents.map((s) => s.text), threshold).map((i) => sents[i]!) : [],
  }));
}

const rule: Rule = {
  meta,
  check(doc, ctx) {
    const fm = doc.frontmatter;
    if (!fm) return;
    const threshold = (ctx.options.drempel as number) ?? 0.75;
    for (const { entry, sentences } of uncorrected(doc, threshold)) {
      const c = fm.correcties[entry]!;
      for (const s of sentences) {
        ctx.report({
          span: s.span,
          messageId: 'correctieNietVerwerkt',
          severity: 'fout',
          data: { onjuist: c.onjuist ?? '', datum: c.datum ?? 'een eerdere datum', door: c.door ? `door: ${c.door}` : 'correctie' },
        });
      }
    }
    const from = (ctx.options['vanaf-versie'] as number) ?? 2;
    if (!((fm.versie ?? 0) >= from || fm.besproken.length)) return;
    const sections = doc.sections.filter((s) => s.kind === 'reactie');
    if (!sections.length) {
      ctx.report({ span: firstHeadingSpan(doc), messageId: 'geenSectie', data: { versie: fm.versie ?? 1 } });
      return;
    }
    checkSection(doc, ctx, sections);
  },
};

export default rule;
