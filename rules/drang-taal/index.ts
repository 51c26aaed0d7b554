/**
 * drang-taal: no obligation or threats in voluntary help (seed 002 §III.3,
 * aanbevelingen 11–13). Three detectors: obligation aimed at the family in
 * the voluntary frame, a missing statement that taking part is voluntary,
 * and (in every document) a condition with a measure as its consequence.
 */
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import type { Document, Sentence } from '../../src/document/types.js';
import type { Rule } from '../../src/engine/types.js';
import type { LexiconItem, SentenceAnalysis } from '../../src/taal/index.js';
import { conditionals, firstName, measureMentions, normalize, obligations, othersWords, PhraseSet } from '../../src/taal/index.js';
import { packagePath } from '../../src/util/paths.js';
import { analysisContext, isQuotation } from '../_gedeeld/context.js';
import { firstHeadingSpan } from '../_gedeeld/familie.js';
import meta from './meta.js';

interface Raw {
  voorwaarden: LexiconItem[];
  gevolgen: LexiconItem[];
  vrijwillig: LexiconItem[];
  'rechter-beslist': LexiconItem[];
}
let sets: { condition: PhraseSet; consequence: PhraseSet; voluntary: PhraseSet; judge: PhraseSet } | undefined;
export function lexicon() {
  if (!sets) {
    const r = YAML.parse(readFileSync(packagePath('rules/drang-taal/drang.yaml'), 'utf8')) as Raw;
    const of = (l: LexiconItem[]) => new PhraseSet(l.map((i) => normalize(i.woord)));
    sets = { condition: of(r.voorwaarden), consequence: of(r.gevolgen), voluntary: of(r.vrijwillig), judge: of(r['rechter-beslist']) };
  }
  return sets;
}

function wordsIn(text: string): string[] {
  return normalize(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

export function hasPhrase(set: PhraseSet, text: string): boolean {
  const w = wordsIn(text);
  for (let i = 0; i < w.length; i++) if (set.matchAt(w, i)) return true;
  return false;
}

/** The frame of the document: voluntary, forced, or not known. */
export function frame(doc: Document, withoutFrame: string): 'vrijwillig' | 'gedwongen' | 'onbekend' {
  const fm = doc.frontmatter;
  if (fm?.kader) return fm.kader;
  // no `kader`: a measure listed and none in force means voluntary help
  if (fm && fm.maatregelen.length) return fm.maatregelen.some((m) => m.status === 'lopend' || m.status === undefined) ? 'gedwongen' : 'vrijwillig';
  return withoutFrame === 'vrijwillig' ? 'vrijwillig' : 'onbekend';
}

/** A condition on the family's behaviour with a measure (or the Raad, the court) as the consequence. */
export function threats(a: SentenceAnalysis): { start: number; end: number }[] {
  const { condition, consequence, judge } = lexicon();
  const out: { start: number; end: number }[] = [];
  if (hasPhrase(judge, a.text)) return out;
  for (const c of conditionals(a)) {
    const cond = a.text.slice(c.condStart, c.condEnd);
    const cons = a.text.slice(c.consStart, c.consEnd);
    if (!hasPhrase(condition, cond)) continue;
    const consTokens = a.tokens.filter((t) => t.start >= c.consStart && t.end <= c.consEnd);
    if (!measureMentions(consTokens, a.text).length && !hasPhrase(consequence, cons)) continue;
    out.push({ start: Math.min(c.condStart, c.consStart), end: Math.max(c.condEnd, c.consEnd) });
  }
  return out;
}

/** Words that open a condition or carry an obligation (a pre-check before the full analysis). */
const MAYBE = /\b(als|wanneer|indien|mocht|mochten|zodra|ingeval|verplicht\w*|moet|moeten|dient|dienen|verwacht\w*|vrijblijvend|gehouden)\b/i;

function short(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim().replace(/[.;]$/, '');
  return t.length > 90 ? t.slice(0, 87) + '…' : t;
}

const rule: Rule = {
  meta,
  check(doc, ctx) {
    const kader = frame(doc, (ctx.options['zonder-kader'] as string) ?? 'onbekend');
    const fm = doc.frontmatter;
    const family = [...(fm?.kinderen ?? []).map((k) => firstName(k.naam)), ...(fm?.betrokkenen ?? []).map((p) => firstName(p.naam))].filter((x): x is string => Boolean(x));
    const extra = new PhraseSet(((ctx.options['extra-verplichtingen'] as string[]) ?? []).map(normalize));
    const actx = analysisContext(doc);
    let voluntaryStated = false;
    const { voluntary } = lexicon();
    const sentences = doc.sentences.filter((s: Sentence) => s.blockKind !== 'heading' && !s.tableHeader);
    for (const s of sentences) {
      if (hasPhrase(voluntary, s.text) && !/\bniet vrijwillig|\bonvrijwillig/i.test(s.text)) voluntaryStated = true;
      if (isQuotation(s)) continue;
      // cheap pre-check: no conditional opener and no obligation word, nothing to analyse
      if (!MAYBE.test(s.text)) continue;
      const a = ctx.taal.analyze(s.text, actx);
      // what a named informant says ("Moeder zegt dat …") or a quote is their account, not the writer's claim
      const inside = othersWords(a);

      for (const t of threats(a)) {
        if (inside(t.start, t.end)) continue;
        ctx.report({ span: s.spanOf(t.start, t.end), messageId: 'dreiging', data: { tekst: short(s.text.slice(t.start, t.end)) } });
      }
      if (kader !== 'vrijwillig') continue;
      const found = obligations(a, family).filter((o) => !o.negated && o.addressee);
      if (extra.size) {
        const w = a.tokens.map((t) => normalize(t.lower));
        for (let i = 0; i < w.length; i++) {
          const n = extra.matchAt(w, i);
          if (n) found.push({ cue: s.text.slice(a.tokens[i]!.start, a.tokens[i + n - 1]!.end), start: a.tokens[i]!.start, end: a.tokens[i + n - 1]!.end, strength: 'sterk', negated: false });
        }
      }
      if (obligations(a, family).some((o) => o.negated)) voluntaryStated = true;
      const o = found.find((x) => !inside(x.start, x.end));
      if (o) ctx.report({ span: s.spanOf(o.start, o.end), messageId: 'verplichting', data: { tekst: short(s.text) } });
    }
    if (kader === 'vrijwillig' && ctx.options['vrijwilligheid-verplicht'] !== false && !voluntaryStated) {
      ctx.report({ span: fm?.keySpans.kader ?? firstHeadingSpan(doc), messageId: 'geenVrijwilligheid' });
    }
  },
};

export default rule;
