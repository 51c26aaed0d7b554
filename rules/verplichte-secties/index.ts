/**
 * verplichte-secties: the sections each document type requires are present
 * and not empty or a placeholder (seed 002 §III.2, aanbevelingen 5-7). The
 * placeholder detector is the shared one in src/document/placeholder.ts (also
 * used by krachten).
 */
import { sectionBody } from '../../src/document/index.js';
import type { Document, Section } from '../../src/document/types.js';
import { firstHeadingSpan, sectionsOfKind } from '../_gedeeld/secties.js';
import type { Rule } from '../../src/engine/types.js';
import meta from './meta.js';

/** A heading to suggest for each kind (the first built-in name). */
export const SUGGESTED_HEADING: Record<string, string> = {
  aanleiding: 'Aanleiding',
  feiten: 'Feiten',
  krachten: 'Wat gaat goed',
  zorgen: 'Zorgen',
  analyse: 'Analyse',
  zienswijze: 'Zienswijze ouders',
  reactie: 'Reactie op het concept',
  rechtspositie: 'Rechtspositie',
  netwerk: 'Netwerk',
  samenvatting: 'Samenvatting',
  doelen: 'Doelen',
  afspraken: 'Afspraken',
  bronnen: 'Bronnen',
};

export interface SectionProblem {
  kind: string;
  state: 'missing' | 'empty' | 'placeholder';
  section?: Section;
  raw?: string;
}

/** The required kinds that are missing, empty or only a placeholder. */
export function sectionProblems(doc: Document, required: readonly string[], placeholders: readonly string[] = []): SectionProblem[] {
  const out: SectionProblem[] = [];
  for (const kind of required) {
    const sections = sectionsOfKind(doc, kind);
    if (!sections.length) {
      out.push({ kind, state: 'missing' });
      continue;
    }
    const body = sectionBody(doc, sections, placeholders);
    if (body.state !== 'content') out.push({ kind, state: body.state, section: sections[0]!, raw: body.raw });
  }
  return out;
}

const rule: Rule = {
  meta,
  check(doc, ctx) {
    const perType = (ctx.options['per-type'] as Record<string, string[]> | undefined) ?? {};
    const type = doc.type;
    if (!type) return;
    // A kind that has a rule of its own (krachten, zienswijze) is reported by that rule only: one cue, one finding.
    const ownRule = new Set((ctx.options['eigen-regel'] as string[] | undefined) ?? []);
    const required = perType[type]?.filter((kind) => !ownRule.has(kind));
    if (!required?.length) return;
    const placeholders = (ctx.options.plaatshouders as string[] | undefined) ?? [];
    for (const p of sectionProblems(doc, required, placeholders)) {
      const kop = p.section?.heading ?? SUGGESTED_HEADING[p.kind] ?? p.kind;
      if (p.state === 'missing') {
        ctx.report({ span: firstHeadingSpan(doc), messageId: 'ontbreekt', data: { type, soort: p.kind, kop }, key: `ontbreekt:${p.kind}` });
      } else {
        ctx.report({
          span: p.section!.headingSpan,
          messageId: p.state === 'empty' ? 'leeg' : 'plaatshouder',
          data: { type, soort: p.kind, kop, tekst: p.raw ?? '' },
        });
      }
    }
  },
};

export default rule;
