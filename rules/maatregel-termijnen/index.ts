/**
 * maatregel-termijnen: measures within their legal terms (seed 004 §2.1;
 * seed 003 on placements without a machtiging). Small detectors: a term
 * from the frontmatter or the text above the maximum, a child living
 * elsewhere under an OTS without a MUHP, a placement extended past two years
 * without a Raad source, a late first plan, and turning 18 unprepared.
 */
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import type { Document, Measure, Sentence } from '../../src/document/types.js';
import type { Rule, RuleContext } from '../../src/engine/types.js';
import type { LexiconItem } from '../../src/taal/index.js';
import { firstName, measureMentions, normalize, PhraseSet } from '../../src/taal/index.js';
import { packagePath } from '../../src/util/paths.js';
import { analysisContext } from '../_gedeeld/context.js';
import { active, addYears, mentionsWord, measuresFor, monthsBetween, nameWords } from '../_gedeeld/familie.js';
import meta from './meta.js';

interface Raw {
  buitenshuis: LexiconItem[];
  wonen: LexiconItem[];
  achttien: LexiconItem[];
}
let lex: { elsewhere: PhraseSet; living: PhraseSet; eighteen: PhraseSet } | undefined;
export function lexicon() {
  if (!lex) {
    const r = YAML.parse(readFileSync(packagePath('rules/maatregel-termijnen/termijnen.yaml'), 'utf8')) as Raw;
    const of = (l: LexiconItem[]) => new PhraseSet(l.map((i) => normalize(String(i.woord))));
    lex = { elsewhere: of(r.buitenshuis), living: of(r.wonen), eighteen: of(r.achttien) };
  }
  return lex;
}

export function words(text: string): string[] {
  return normalize(text).split(/[^\p{L}\p{N}+/-]+/u).map((w) => w.replace(/^[-/]+|[-/]+$/g, '')).filter(Boolean);
}

export function hasPhrase(set: PhraseSet, text: string): boolean {
  const w = words(text);
  for (let i = 0; i < w.length; i++) if (set.matchAt(w, i)) return true;
  // "18-jarige", "18e": a number glued to a suffix
  return false;
}

const NUMBERS: Record<string, number> = {
  een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12, dertien: 13, veertien: 14,
  vijftien: 15, zestien: 16, zeventien: 17, achttien: 18, negentien: 19, twintig: 20, vierentwintig: 24, anderhalf: 18,
};

/** A duration written in the text next to a measure: "voor de duur van 18 maanden", "met een jaar verlengd". */
export function textDuration(text: string): { months: number; start: number; end: number } | undefined {
  const re = /\b(?:voor de duur van|voor een periode van|voor een termijn van|duur van|termijn van|periode van|gedurende|voor|met)\s+(\d+|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|vierentwintig|anderhalf)\s+(maanden|maand|jaar|jaren)\b/iu;
  const m = re.exec(text);
  if (!m) return undefined;
  const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : NUMBERS[m[1]!.toLowerCase()]!;
  const months = /^jaar|jaren/i.test(m[2]!) ? (m[1]!.toLowerCase() === 'anderhalf' ? 18 : n * 12) : n;
  return { months, start: m.index, end: m.index + m[0].length };
}

function short(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim().replace(/[.;]$/, '');
  return t.length > 90 ? t.slice(0, 87) + '…' : t;
}

function report(ctx: RuleContext, m: Measure, max: Record<string, number>): void {
  if (!m.soort || !m.from || !m.until || max[m.soort] === undefined) return;
  const months = monthsBetween(m.from, m.until);
  if (months > max[m.soort]!) ctx.report({ span: m.span, messageId: 'teLang', data: { soort: m.soort, maanden: Math.round(months), max: max[m.soort]! } });
}

/** Durations in the text ("de OTS loopt van 1 januari 2024 tot 1 juli 2025", "voor de duur van 18 maanden"). */
function textDurations(doc: Document, ctx: RuleContext, max: Record<string, number>): void {
  const actx = analysisContext(doc);
  for (const s of doc.sentences) {
    if (s.blockKind === 'heading' || s.tableHeader) continue;
    if (!/ots|uhp|huis|toezicht|gezag|voogd|vovo|maatregel/i.test(s.text) || !/\d|maand|jaar/i.test(s.text)) continue;
    const a = ctx.taal.analyze(s.text, actx);
    const measure = measureMentions(a.tokens, a.text).find((m) => max[m.soort] !== undefined);
    if (!measure) continue;
    let months: number | undefined;
    let start = 0;
    let end = s.text.length;
    const d = textDuration(s.text);
    if (d) ({ months, start, end } = d);
    else {
      const refs = a.timeReferences.filter((t) => t.kind === 'absolute' && t.precision === 'day');
      const between = refs.length >= 2 ? s.text.slice(refs[0]!.end, refs[1]!.start) : '';
      if (refs.length >= 2 && /\btot\b/.test(between)) {
        months = monthsBetween(refs[0]!.date, refs[1]!.date);
        start = refs[0]!.start;
        end = refs[1]!.end;
      }
    }
    if (months === undefined || months <= max[measure.soort]!) continue;
    start = Math.min(start, measure.start);
    end = Math.max(end, measure.end);
    ctx.report({ span: s.spanOf(start, end), messageId: 'teLangTekst', data: { tekst: short(s.text.slice(start, end)), soort: measure.soort, maanden: Math.round(months), max: max[measure.soort]! } });
  }
}

/** A child living elsewhere while an OTS runs and no machtiging uithuisplaatsing is in force. */
function placementWithoutMuhp(doc: Document, ctx: RuleContext): void {
  const fm = doc.frontmatter!;
  const { elsewhere, living } = lexicon();
  const actx = analysisContext(doc);
  for (const k of fm.kinderen) {
    const ms = measuresFor(fm.maatregelen, k.naam).filter(active);
    if (!ms.some((m) => m.soort === 'OTS' || m.soort === 'VOTS')) continue;
    if (ms.some((m) => m.soort === 'MUHP' && m.status !== 'verzocht')) continue;
    const names = [...nameWords(k.naam), ...(fm.kinderen.length === 1 ? ['het kind'] : [])];
    const hit = doc.sentences.find((s: Sentence) => {
      if (s.blockKind === 'heading' || s.tableHeader) return false;
      const n = normalize(s.text);
      if (!names.some((w) => mentionsWord(n, w))) return false;
      if (!hasPhrase(elsewhere, s.text) || !hasPhrase(living, s.text)) return false;
      const a = ctx.taal.analyze(s.text, actx);
      // not a plan or a wish ("als", "zal", "wil"), not denied, not in the past
      if (a.negations.length || /\b(als|wanneer|indien|zal|zou|wil|wilde|willen|misschien|mogelijk|vroeger|eerder|tot)\b/.test(n)) return false;
      return a.tense === 'present' || a.tense === 'perfect';
    });
    if (hit) ctx.report({ span: hit.span, messageId: 'plaatsingZonderMachtiging', data: { tekst: short(hit.text), naam: k.naam ?? 'het kind' } });
  }
}

/** A placement extended past the limit without the Raad among the sources. */
function extensionWithoutRaad(doc: Document, ctx: RuleContext, limit: number): void {
  const fm = doc.frontmatter!;
  const raad = fm.bronnen.some((b) => /\b(raad|rvdk)\b/i.test(`${b.van ?? ''} ${b.titel ?? ''}`));
  if (raad) return;
  for (const k of fm.kinderen) {
    const muhp = measuresFor(fm.maatregelen, k.naam)
      .filter((m) => m.soort === 'MUHP' && m.from && m.until && m.status !== 'verzocht')
      .sort((a, b) => a.from!.getTime() - b.from!.getTime());
    const last = [...muhp].reverse().find(active);
    if (!last) continue;
    // the placement runs back through every order that joins the next one (a gap of more than a month ends it)
    let start = last.from!;
    for (let i = muhp.indexOf(last) - 1; i >= 0; i--) {
      const prev = muhp[i]!;
      if (monthsBetween(prev.until!, start) > 1) break;
      if (prev.from! < start) start = prev.from!;
    }
    if (monthsBetween(start, last.until!) <= limit) continue;
    ctx.report({ span: last.span, messageId: 'verlengingZonderRaad', data: { naam: k.naam ?? 'het kind', maanden: limit } });
  }
}

/** The first plan more than the set number of weeks after an OTS started. */
function lateFirstPlan(doc: Document, ctx: RuleContext, weeks: number): void {
  const fm = doc.frontmatter!;
  if (fm.versie !== 1 || doc.type !== 'gezinsplan' || !fm.date) return;
  for (const m of fm.maatregelen) {
    if ((m.soort !== 'OTS' && m.soort !== 'VOTS') || !m.from || !active(m)) continue;
    const days = (fm.date.getTime() - m.from.getTime()) / 86_400_000;
    if (days > weeks * 7) {
      ctx.report({ span: m.span, messageId: 'eerstePlanTeLaat', data: { datum: fm.datum ?? '', weken: Math.floor(days / 7), soort: m.soort, van: m.van ?? '', max: weeks } });
      return;
    }
  }
}

/** A child who turns 18 during the measure or within the set months, with no word on what happens then. */
function turningEighteen(doc: Document, ctx: RuleContext, months: number): void {
  const fm = doc.frontmatter!;
  if (!fm.date) return;
  const { eighteen } = lexicon();
  const said = doc.sentences.some((s) => s.blockKind !== 'heading' && (hasPhrase(eighteen, s.text) || /\b18(-|e\b|\+)/.test(s.text)));
  if (said) return;
  for (const k of fm.kinderen) {
    if (!k.birthDate) continue;
    const ms = measuresFor(fm.maatregelen, k.naam).filter(active);
    if (!ms.length) continue;
    const adult = addYears(k.birthDate, 18);
    if (adult <= fm.date) continue;
    // GBM and voogdij last until 18 by law, so the child always turns 18 "during" them; that is reported only when near
    const during = ms.some((m) => m.until !== undefined && m.until >= adult);
    const soon = monthsBetween(fm.date, adult) <= months;
    if (!during && !soon) continue;
    ctx.report({ span: k.span, messageId: 'achttienZonderPlan', data: { naam: k.naam ?? 'Het kind', datum: adult.toISOString().slice(0, 10), maanden: months } });
  }
}

const rule: Rule = {
  meta,
  check(doc, ctx) {
    const max = (ctx.options.maxima as Record<string, number>) ?? {};
    textDurations(doc, ctx, max);
    const fm = doc.frontmatter;
    if (!fm || !fm.maatregelen.length) return;
    for (const m of fm.maatregelen) report(ctx, m, max);
    placementWithoutMuhp(doc, ctx);
    extensionWithoutRaad(doc, ctx, (ctx.options['uithuisplaatsing-raad-maanden'] as number) ?? 24);
    lateFirstPlan(doc, ctx, (ctx.options['eerste-plan-weken'] as number) ?? 6);
    turningEighteen(doc, ctx, (ctx.options['maanden-voor-18'] as number) ?? 12);
  },
};

export default rule;
