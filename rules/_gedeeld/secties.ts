/**
 * Sections by kind, also when the heading is longer than a built-in name
 * ("Zienswijze ouders en Dylan", "Doelen voor 2025"): shared by
 * verplichte-secties and zorgen-doelen.
 */
import { readFileSync } from 'node:fs';
import { normalizeHeading } from '../../src/document/index.js';
import type { Document, Section, SectionKind, Span } from '../../src/document/types.js';
import { packagePath } from '../../src/util/paths.js';

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
 * Sections of a kind; when there are none, an 'overig' section whose heading begins with a
 * built-in name of that kind, or with a first word that only that kind's names begin with.
 */
export function sectionsOfKind(doc: Document, kind: string): Section[] {
  const exact = doc.sections.filter((s) => s.kind === (kind as SectionKind));
  if (exact.length) return exact;
  const all = builtInAliases();
  const names = all.filter(([, k]) => k === kind).map(([n]) => n);
  const firstWords = new Set(names.map((n) => n.split(' ')[0]!).filter((w) => all.every(([n, k]) => k === kind || n.split(' ')[0] !== w)));
  return doc.sections.filter(
    (s) => s.kind === 'overig' && (names.some((n) => s.normalizedHeading.startsWith(n + ' ')) || firstWords.has(s.normalizedHeading.split(' ')[0]!)),
  );
}

/** Where a document-level finding goes: the first section heading, else just after the frontmatter. */
export function firstHeadingSpan(doc: Document): Span {
  if (doc.sections[0]) return doc.sections[0].headingSpan;
  const at = doc.pointAt(doc.frontmatter?.span.end.offset ?? 0);
  return { start: at, end: at };
}
