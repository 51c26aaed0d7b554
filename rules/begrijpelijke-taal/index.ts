/**
 * begrijpelijke-taal: the plan is readable for the family (seed 002 §III.2
 * and aanbeveling 6; seed 004 on information for families, also with an LVB;
 * seed 001 eis 7): abbreviations written out at first use (data list
 * afkortingen.yaml), long sentences (a warning: the engine has no lower
 * level), and a summary in a long document.
 */
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import type { Document, Sentence } from '../../src/document/types.js';
import type { ReportDescriptor, Rule } from '../../src/engine/types.js';
import { normalize, wordCount } from '../../src/taal/index.js';
import { packagePath } from '../../src/util/paths.js';
import { escapeRegExp } from '../../src/util/regexp.js';
import { isQuotation } from '../_gedeeld/context.js';
import { firstHeadingSpan, sectionsOfKind } from '../_gedeeld/secties.js';
import meta from './meta.js';

type Report = Omit<ReportDescriptor, 'message'> & { messageId: string };

export interface Abbreviation {
  afkorting: string;
  voluit: string;
  ook?: string[];
  voorbeeld?: string;
}

let cached: Abbreviation[] | undefined;

/** The shipped abbreviation list (rules/begrijpelijke-taal/afkortingen.yaml). */
export function abbreviationList(): Abbreviation[] {
  cached ??= (YAML.parse(readFileSync(packagePath('rules/begrijpelijke-taal/afkortingen.yaml'), 'utf8')) as { afkortingen: Abbreviation[] }).afkortingen;
  return cached;
}

function fold(text: string): string {
  return normalize(text).replace(/[-‐]/g, ' ').replace(/\s+/g, ' ');
}

/** Sentences of the body in reading order (headings too: they are read first). */
function bodySentences(doc: Document): Sentence[] {
  return [...doc.sentences].sort((a, b) => a.span.start.offset - b.span.start.offset);
}

/** Abbreviations whose first use is not written out (the full form before it, or in the same sentence). */
export function unexplainedAbbreviations(doc: Document, list: readonly Abbreviation[]): Report[] {
  const out: Report[] = [];
  const bodyStart = doc.frontmatter?.span.end.offset ?? 0;
  const sentences = bodySentences(doc);
  for (const a of list) {
    const re = new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(a.afkorting)}(?![\\p{L}\\d])`, 'u');
    for (const s of sentences) {
      const m = re.exec(s.text);
      if (!m) continue;
      const upto = fold(doc.text.slice(bodyStart, s.span.end.offset));
      const forms = [a.voluit, ...(a.ook ?? [])].map(fold);
      if (!forms.some((f) => upto.includes(f))) {
        out.push({ span: s.spanOf(m.index, m.index + m[0].length), messageId: 'afkorting', data: { afkorting: a.afkorting, voluit: a.voluit } });
      }
      break;
    }
  }
  return out;
}

/** Sentences longer than `max` words (not headings, tables or quotations: the writer cannot shorten someone's words). */
export function longSentences(doc: Document, max: number): Report[] {
  const out: Report[] = [];
  for (const s of doc.sentences) {
    if (s.blockKind === 'heading' || s.blockKind === 'tableCell' || s.tableHeader || isQuotation(s)) continue;
    const n = wordCount(s.text);
    if (n > max) out.push({ span: s.span, messageId: 'langeZin', data: { aantal: n, max }, severity: 'waarschuwing' });
  }
  return out;
}

/** A document longer than `limit` words without a samenvatting section. */
export function missingSummary(doc: Document, limit: number): Report[] {
  if (sectionsOfKind(doc, 'samenvatting').length) return [];
  const n = doc.sentences.filter((s) => s.blockKind !== 'heading').reduce((sum, s) => sum + wordCount(s.text), 0);
  return n > limit ? [{ span: firstHeadingSpan(doc), messageId: 'geenSamenvatting', data: { aantal: n } }] : [];
}

const rule: Rule = {
  meta,
  check(doc, ctx) {
    const skip = new Set((ctx.options['negeer-afkortingen'] as string[] | undefined) ?? []);
    const extra = (ctx.options['extra-afkortingen'] as Record<string, string> | undefined) ?? {};
    const list = [...abbreviationList(), ...Object.entries(extra).map(([afkorting, voluit]) => ({ afkorting, voluit }))].filter((a) => !skip.has(a.afkorting));
    const reports = [
      ...unexplainedAbbreviations(doc, list),
      ...longSentences(doc, (ctx.options['max-woorden-per-zin'] as number | undefined) ?? 25),
      ...missingSummary(doc, (ctx.options['samenvatting-vanaf-woorden'] as number | undefined) ?? 1500),
    ];
    for (const r of reports) ctx.report(r);
  },
};

export default rule;
