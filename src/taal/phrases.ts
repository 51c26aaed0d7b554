/**
 * Finding lexicon phrases in a plain text with their positions: the text is
 * split into words (letters, digits, hyphens and apostrophes), normalised, and
 * every entry of the lexicon is matched on the word sequence (PhraseSet: "…"
 * in an entry is a gap of a few words).
 */
import { PhraseSet, normalize } from './lexicon.js';

export interface PhraseMatch {
  /** The text as written. */
  text: string;
  start: number;
  end: number;
}

interface Words {
  words: string[];
  starts: number[];
  ends: number[];
}

function words(text: string): Words {
  const out: Words = { words: [], starts: [], ends: [] };
  const re = /[\p{L}\p{M}\d]+(?:['’-][\p{L}\p{M}\d]+)*/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    out.words.push(normalize(m[0]));
    out.starts.push(m.index);
    out.ends.push(m.index + m[0].length);
  }
  return out;
}

const sets = new WeakMap<ReadonlySet<string>, PhraseSet>();

/** Every occurrence of an entry of `lexicon` in `text`; where matches overlap, the longest is kept. */
export function phraseMatches(text: string, lexicon: ReadonlySet<string>): PhraseMatch[] {
  let set = sets.get(lexicon);
  if (!set) {
    set = new PhraseSet(lexicon);
    sets.set(lexicon, set);
  }
  const w = words(text);
  // Every match, then the longest ones that do not overlap ("zorgen over de opvoeding" wins over "er zijn zorgen").
  const all: { i: number; n: number }[] = [];
  for (let i = 0; i < w.words.length; i++) {
    const n = set.matchAt(w.words, i);
    if (n > 0) all.push({ i, n });
  }
  all.sort((a, b) => b.n - a.n || a.i - b.i);
  const taken: { i: number; n: number }[] = [];
  for (const m of all) if (!taken.some((t) => m.i < t.i + t.n && t.i < m.i + m.n)) taken.push(m);
  return taken
    .sort((a, b) => a.i - b.i)
    .map(({ i, n }) => {
      const start = w.starts[i]!;
      const end = w.ends[i + n - 1]!;
      return { text: text.slice(start, end), start, end };
    });
}

/** Number of words in a text (digits count as words; punctuation does not). */
export function wordCount(text: string): number {
  return words(text).words.length;
}
