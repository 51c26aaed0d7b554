/** Heading text → section kind (documentformaat §2), with aliases from config. */
import { readFileSync } from 'node:fs';
import { packagePath } from '../util/paths.js';
import type { BuildOptions, SectionKind } from './types.js';
import { SECTION_KINDS } from './types.js';

/** Lowercase, diacritics folded, numbering ("3.", "3.1", "III.") and trailing punctuation removed. */
export function normalizeHeading(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:(?:\d+(?:\.\d+)*|[ivxlc]+|[a-z])[.)]\s+|\d+(?:\.\d+)*\s+)/, '')
    .replace(/[\s:;.,!?·–—-]+$/, '')
    .trim();
}

let builtIn: Map<string, SectionKind> | undefined;

function builtInAliases(): Map<string, SectionKind> {
  if (builtIn) return builtIn;
  const raw = JSON.parse(readFileSync(packagePath('src/document/data/sectie-aliassen.json'), 'utf8')) as Record<string, unknown>;
  const map = new Map<string, SectionKind>();
  for (const kind of SECTION_KINDS) {
    const names = raw[kind];
    if (Array.isArray(names)) for (const n of names) map.set(normalizeHeading(String(n)), kind);
  }
  builtIn = map;
  return map;
}

export function makeSectionClassifier(type: string | undefined, options: BuildOptions | undefined): (heading: string) => SectionKind {
  const map = new Map(builtInAliases());
  const extra = options?.sectionAliases ?? {};
  for (const key of ['*', ...(type ? [type] : [])]) {
    const perKind = extra[key];
    if (!perKind) continue;
    for (const [kind, names] of Object.entries(perKind)) {
      if (!SECTION_KINDS.includes(kind as SectionKind) || !names) continue;
      for (const n of names) map.set(normalizeHeading(n), kind as SectionKind);
    }
  }
  return (heading: string) => map.get(normalizeHeading(heading)) ?? 'overig';
}
