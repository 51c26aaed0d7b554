/** Lexicons as data files (src/taal/data/lexicons/*.yaml), merged with entries from config. */
import { existsSync, readFileSync } from 'node:fs';
import YAML from 'yaml';
import { packagePath } from '../util/paths.js';

export function normalize(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘]/g, "'")
    .trim();
}

const cache = new Map<string, string[]>();

/** Raw entries of a shipped lexicon (lowercase, diacritics folded). Unknown name → empty. */
export function loadLexicon(name: string, file?: string): string[] {
  const key = file ?? name;
  const hit = cache.get(key);
  if (hit) return hit;
  const path = file ?? packagePath('src/taal/data/lexicons', `${name}.yaml`);
  let words: string[] = [];
  if (existsSync(path)) {
    const data = YAML.parse(readFileSync(path, 'utf8')) as { woorden?: unknown };
    if (Array.isArray(data?.woorden)) words = data.woorden.map((w) => normalize(String(w))).filter(Boolean);
  }
  cache.set(key, words);
  return words;
}

/**
 * A phrase matcher over normalised tokens: finds every occurrence of any
 * multi-word entry. Entries are split on spaces.
 */
export class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();
  readonly size: number;
  constructor(entries: Iterable<string>) {
    let n = 0;
    for (const e of entries) {
      const parts = normalize(e).split(/\s+/).filter(Boolean);
      if (!parts.length) continue;
      const list = this.byFirst.get(parts[0]!) ?? [];
      list.push(parts);
      this.byFirst.set(parts[0]!, list);
      n++;
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
    this.size = n;
  }
  /** Longest entry starting at token i; returns its length in tokens, or 0. */
  matchAt(words: readonly string[], i: number): number {
    const list = this.byFirst.get(words[i]!);
    if (!list) return 0;
    for (const parts of list) {
      let ok = true;
      for (let k = 1; k < parts.length; k++) {
        if (words[i + k] !== parts[k]) {
          ok = false;
          break;
        }
      }
      if (ok) return parts.length;
    }
    return 0;
  }
  has(word: string): boolean {
    return (this.byFirst.get(word) ?? []).some((p) => p.length === 1);
  }
}
