/** Reads diagnoses.yaml (the rule's data lexicon) into matchers. */
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { normalize } from '../../src/taal/index.js';
import { packagePath } from '../../src/util/paths.js';

export interface DiagnosisLexicon {
  /** normalised single-word form → canonical term */
  words: Map<string, string>;
  /** multi-word forms as token arrays → canonical term */
  phrases: { parts: string[]; term: string }[];
  /** exact-case abbreviations → canonical term */
  abbreviations: Map<string, string>;
  suffixes: string[];
  excluded: string[];
  speculative: Set<string>;
  establish: Set<string>;
}

interface Raw {
  diagnoses: { term: string; vormen?: string[]; afkortingen?: string[] }[];
  achtervoegsels: string[];
  uitgezonderd: string[];
  speculatief: string[];
  vaststellen: string[];
}

let cached: DiagnosisLexicon | undefined;

export function diagnosisLexicon(extra: string[] = []): DiagnosisLexicon {
  if (cached && extra.length === 0) return cached;
  const raw = YAML.parse(readFileSync(packagePath('rules/diagnose-onderbouwing/diagnoses.yaml'), 'utf8')) as Raw;
  const lex: DiagnosisLexicon = {
    words: new Map(),
    phrases: [],
    abbreviations: new Map(),
    suffixes: raw.achtervoegsels.map(normalize),
    excluded: raw.uitgezonderd.map(normalize),
    speculative: new Set(raw.speculatief.map(normalize)),
    establish: new Set(raw.vaststellen.map(normalize)),
  };
  const addForm = (form: string, term: string) => {
    const parts = normalize(form).split(/\s+/);
    if (parts.length === 1) lex.words.set(parts[0]!, term);
    else lex.phrases.push({ parts, term });
  };
  for (const d of raw.diagnoses) {
    for (const f of d.vormen ?? []) addForm(f, d.term);
    for (const a of d.afkortingen ?? []) lex.abbreviations.set(a, d.term);
  }
  for (const e of extra) {
    if (/^[A-Z0-9-]+$/.test(e)) lex.abbreviations.set(e, e);
    else addForm(e, e);
  }
  if (extra.length === 0) cached = lex;
  return lex;
}
