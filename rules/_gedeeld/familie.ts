/**
 * Helpers for the rules about the family's voice and legal position
 * (zienswijze, wie-beslist, drang-taal, rechtspositie, maatregel-termijnen,
 * reactie-verwerkt): where to report a document-level finding, the
 * children's ages, the words that name a person, the measures in force.
 */
import type { Document, Measure, Section, Span } from '../../src/document/types.js';
import { firstName, normalize } from '../../src/taal/index.js';

/** The first heading (for a finding about something the whole document lacks); the end of the frontmatter when there is none. */
export function firstHeadingSpan(doc: Document): Span {
  const h = doc.sections[0]?.headingSpan;
  if (h) return h;
  const at = doc.pointAt(doc.frontmatter?.span.end.offset ?? 0);
  return { start: at, end: at };
}

/** Span of a frontmatter key's value, or the first heading. */
export function keySpanOr(doc: Document, key: string): Span {
  return doc.frontmatter?.keySpans[key] ?? firstHeadingSpan(doc);
}

/** Age in whole years at `at`. */
export function ageAt(birth: Date, at: Date): number {
  let age = at.getUTCFullYear() - birth.getUTCFullYear();
  const m = at.getUTCMonth() - birth.getUTCMonth();
  if (m < 0 || (m === 0 && at.getUTCDate() < birth.getUTCDate())) age--;
  return age;
}

/** Whole months (fractional part dropped, a day over counts as over) between two dates. */
export function monthsBetween(from: Date, to: Date): number {
  const months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
  const dayDiff = to.getUTCDate() - from.getUTCDate();
  return months + (dayDiff > 0 ? 0.5 : dayDiff < 0 ? -0.5 : 0);
}

export function addYears(d: Date, years: number): Date {
  return new Date(Date.UTC(d.getUTCFullYear() + years, d.getUTCMonth(), d.getUTCDate()));
}

/** Words that name a parent of this role in running text. */
export const ROLE_WORDS: Record<string, string[]> = {
  moeder: ['moeder', 'mama', 'de moeder', 'ouders', 'beide ouders'],
  vader: ['vader', 'papa', 'de vader', 'ouders', 'beide ouders'],
  ouder: ['ouder', 'ouders'],
  verzorger: ['verzorger', 'verzorgers'],
  pleegouder: ['pleegouder', 'pleegouders', 'pleegmoeder', 'pleegvader'],
  stiefouder: ['stiefouder', 'stiefvader', 'stiefmoeder'],
  grootouder: ['oma', 'opa', 'grootouder', 'grootouders'],
};

/** Does a normalised text name this word as a whole word? */
export function mentionsWord(textNorm: string, word: string): boolean {
  const w = normalize(word).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}])${w}([^\\p{L}]|$)`, 'u').test(textNorm);
}

/** First names (lowercase) of a person's `naam`, plus the full name. */
export function nameWords(naam: string | undefined): string[] {
  const f = firstName(naam);
  return [f, naam?.toLowerCase()].filter((x): x is string => Boolean(x));
}

/** Measures that apply to a child (no `kinderen` = all children). */
export function measuresFor(measures: readonly Measure[], naam: string | undefined): Measure[] {
  const f = firstName(naam);
  return measures.filter((m) => !m.kinderen || m.kinderen.length === 0 || m.kinderen.some((k) => firstName(k) === f || k === naam));
}

export function sectionsOf(doc: Document, kinds: readonly string[]): Section[] {
  return doc.sections.filter((s) => kinds.includes(s.kind));
}

/** Is a measure in force or asked for (not ended)? */
export function active(m: Measure): boolean {
  return m.status !== 'geëindigd' && m.status !== 'geeindigd';
}
