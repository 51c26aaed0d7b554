/**
 * Subjective adjectives: polarity and subjectivity per adjective (derived
 * from Pattern's nl-sentiment.xml, see NOTICE.md), looked up through the
 * inflected form ("liefdevolle" → liefdevol, "lieve" → lief, "boze" → boos).
 */
import { readFileSync } from 'node:fs';
import { packagePath } from '../util/paths.js';
import type { Subjectivity } from './types.js';

let table: Map<string, [number, number]> | undefined;

function load(): Map<string, [number, number]> {
  if (!table) {
    const data = JSON.parse(readFileSync(packagePath('src/taal/data/subjectief.json'), 'utf8')) as { woorden: Record<string, [number, number]> };
    table = new Map(Object.entries(data.woorden));
  }
  return table;
}

/** Possible base forms of an adjective as written (the form itself first). */
export function adjectiveBases(lower: string): string[] {
  const out = [lower];
  if (lower.length > 3 && lower.endsWith('e')) {
    const stem = lower.slice(0, -1); // warme → warm
    out.push(stem);
    if (/([bdfgklmnprst])\1$/.test(stem)) out.push(stem.slice(0, -1)); // liefdevolle → liefdevol
    if (stem.endsWith('v')) out.push(stem.slice(0, -1) + 'f'); // lieve → lief
    if (stem.endsWith('z')) out.push(stem.slice(0, -1) + 's'); // vieze → vies
    // An open syllable hides a long vowel: boze → boos, grote → groot, trage → traag.
    for (const base of [...out.slice(1)]) {
      const m = /^(.*[^aeiou])([aeou])([^aeiou])$/.exec(base);
      if (m) out.push(m[1]! + m[2]! + m[2]! + m[3]!);
    }
  }
  if (lower.endsWith('s') && lower.length > 4) out.push(lower.slice(0, -1)); // "iets liefs"
  return out;
}

export function subjectivity(lower: string): Subjectivity | undefined {
  const t = load();
  for (const base of adjectiveBases(lower)) {
    const hit = t.get(base);
    if (hit) return { base, polarity: hit[0], subjectivity: hit[1] };
  }
  return undefined;
}
