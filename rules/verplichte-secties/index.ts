/**
 * verplichte-secties: the sections each document type requires are present
 * and not empty or a placeholder (seed 002 §III.2, aanbevelingen 5-7). The
 * placeholder detector is the shared one in src/document/placeholder.ts (also
 * used by krachten).
 */
import { readFileSync } from 'node:fs';
import { normalizeHeading, sectionBody } from '../../src/document/index.js';
import { packagePath } from '../../src/util/paths.js';
import type { Document, Section, SectionKind, Span } from '../../src/document/types.js';
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

/** Where a document-level finding goes: the first section heading, else just after the frontmatter. */
export function firstHeadingSpan(doc: Document): Span {
  if (doc.sections[0]) return doc.sections[0].headingSpan;
  const at = doc.pointAt(doc.frontmatter?.span.end.offset ?? 0);
  return { start: at, end: at };
}

export interface SectionProblem {
  kind: string;
  state: 'missing' | 'empty' | 'placeholder';
  section?: Section;
  raw?: string;
}

let aliases: [string, string][] | undefined;

/** Built-in heading names (src/document/data/sectie-aliassen.json), normalised, with their kind. */
function builtInAliases(): [string, string][] {
  if (!aliases) {
    const raw = JSON.parse(readFileSync(packagePath('src/document/data/sectie-aliassen.json'), 'utf8')) as Record<string, unknown>;
    aliases = Object.entries(raw).flatMap(([kind, names]) => (Array.isArray(names) ? names.map((n) => [normalizeHeading(String(n)), kind] as [string, string]) : []));
  }
  return aliases;
}

/**
 * Sections of a kind, also an 'overig' section whose heading begins with a built-in name of that
 * kind ("Zienswijze ouders en Dylan", "Doelen voor 2025"): a longer heading does not make the section absent.
 */
export function sectionsOfKind(doc: Document, kind: string): Section[] {
  const exact = doc.sections.filter((s) => s.kind === (kind as SectionKind));
  if (exact.length) return exact;
  const all = builtInAliases();
  const names = all.filter(([, k]) => k === kind).map(([n]) => n);
  // A first word that only this kind's names begin with ("zienswijze", "doelen") is enough.
  const firstWords = new Set(names.map((n) => n.split(' ')[0]!).filter((w) => all.every(([n, k]) => k === kind || n.split(' ')[0] !== w)));
  return doc.sections.filter(
    (s) => s.kind === 'overig' && (names.some((n) => s.normalizedHeading.startsWith(n + ' ')) || firstWords.has(s.normalizedHeading.split(' ')[0]!)),
  );
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
    const required = perType[type];
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
