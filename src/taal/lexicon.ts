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

const GAP = '…';
const MAX_GAP = 6;

/**
 * Match parts[k..] at words[i..]; returns the index after the match, or -1.
 * `memo` remembers the outcome per (k, i): without it an entry from config
 * with many gaps ("a … a … a … b") takes MAX_GAP^gaps steps per token.
 */
function matchFrom(parts: readonly string[], k: number, words: readonly string[], i: number, memo: Map<number, number>, counter: { steps: number }): number {
  counter.steps++;
  if (k === parts.length) return i;
  if (parts[k] !== GAP) return words[i] === parts[k] ? matchFrom(parts, k + 1, words, i + 1, memo, counter) : -1;
  const key = k * (words.length + 1) + i;
  const known = memo.get(key);
  if (known !== undefined) return known;
  let result = -1;
  for (let skip = 1; skip <= MAX_GAP && i + skip <= words.length; skip++) {
    const end = matchFrom(parts, k + 1, words, i + skip, memo, counter);
    if (end >= 0) {
      result = end;
      break;
    }
  }
  memo.set(key, result);
  return result;
}

const wordSets = new WeakMap<readonly string[], Set<string>>();

/** The distinct words of a token list, computed once per list. */
function wordsOf(words: readonly string[]): Set<string> {
  let set = wordSets.get(words);
  if (!set) {
    set = new Set(words);
    wordSets.set(words, set);
  }
  return set;
}

/**
 * A phrase matcher over normalised tokens: finds every occurrence of any
 * multi-word entry. Entries are split on spaces.
 */
export class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();
  private readonly counter = { steps: 0 };
  readonly size: number;
  /** Search steps taken so far (a work measure, so tests can bound the search by steps instead of time). */
  get steps(): number {
    return this.counter.steps;
  }
  constructor(entries: Iterable<string>) {
    let n = 0;
    for (const e of entries) {
      const parts = normalize(e).replace(/\.\.\./g, GAP).split(/\s+/).filter(Boolean);
      if (parts[0] === GAP) continue;
      if (!parts.length) continue;
      const list = this.byFirst.get(parts[0]!) ?? [];
      list.push(parts);
      this.byFirst.set(parts[0]!, list);
      n++;
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
    this.size = n;
  }
  /**
   * Longest entry starting at token i; returns the number of tokens it spans, or 0.
   * An entry may hold "…" for a gap of up to MAX_GAP words ("handen van … afgetrokken").
   */
  matchAt(words: readonly string[], i: number): number {
    const list = this.byFirst.get(words[i]!);
    if (!list) return 0;
    let best = 0;
    for (const parts of list) {
      // A gapped entry whose words do not all occur in the text cannot match: skip the search.
      if (parts.includes(GAP) && !parts.every((w) => w === GAP || wordsOf(words).has(w))) continue;
      const end = matchFrom(parts, 1, words, i + 1, new Map(), this.counter);
      if (end >= 0 && end - i > best) best = end - i;
    }
    return best;
  }
  has(word: string): boolean {
    return (this.byFirst.get(word) ?? []).some((p) => p.length === 1);
  }
}
