/** Splitting plain text into sentences with parse-dutch (the parser behind retext-dutch). */
import { ParseDutch } from 'parse-dutch';

const parser = new ParseDutch();

/** Words that are abbreviations when followed by a period (lowercase, without the final period). */
const ABBREVIATIONS = new Set(['dhr', 'mevr', 'mw', 'mr', 'dr', 'drs', 'ir', 'ing', 'prof', 'nr', 'ca', 'jl', 'bijv', 'bv', 'etc', 'evt', 'resp', 'zgn', 'vgl', 'enz', 'o', 'st', 'tel', 'jan', 'feb', 'mrt', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dec', 'blz', 'pag', 'art', 'hfd', 'par', 'incl', 'excl', 'div', 'afd']);
const LETTER = /\p{L}/u;
const WORD_CHAR = /[\p{L}.'-]/u;
const UPPER_OR_DIGIT = /[\p{Lu}\d]/u;
/** How far back a word before a period is examined; longer words are never abbreviations. */
const MAX_WORD = 64;

/**
 * Cut points after "word. Next": a period after a word that is not a known abbreviation, then
 * whitespace, then (after an optional opening quote or parenthesis) a capital or digit.
 * A linear scan: the former regex backtracked quadratically on long runs of letters.
 */
function boundaries(text: string, from: number, to: number): { cut: number; next: number }[] {
  const out: { cut: number; next: number }[] = [];
  for (let p = text.indexOf('.', from); p >= 0 && p < to; p = text.indexOf('.', p + 1)) {
    let j = p + 1;
    while (j < to && /\s/.test(text[j]!)) j++;
    if (j === p + 1 || j >= to) continue;
    let k = j;
    if (text[k] === '"' || text[k] === '\u201c' || text[k] === '(') k++;
    if (k >= to || !UPPER_OR_DIGIT.test(text[k]!)) continue;
    // "Dawit zit in groep 3. De leerkracht …": a number that ends a sentence (Dutch writes ordinals
    // as "3e", not "3."). Not a list marker at the very start, and not "€ 38.000" (no space after).
    let d = p;
    while (d > from && /\d/.test(text[d - 1]!)) d--;
    if (d < p && d > from && /\s/.test(text[d - 1]!) && /[\p{L},)]/u.test(text.slice(from, d - 1).trimEnd().slice(-1)) && /\p{Lu}/u.test(text[k]!)) {
      out.push({ cut: p + 1, next: j });
      continue;
    }
    let w = p;
    while (w > from && p - w < MAX_WORD && WORD_CHAR.test(text[w - 1]!)) w--;
    while (w < p && !LETTER.test(text[w]!)) w++;
    if (w >= p) continue;
    const word = text.slice(w, p).toLowerCase();
    if (ABBREVIATIONS.has(word) || word.length === 1 || word.includes('.')) continue;
    out.push({ cut: p + 1, next: j });
  }
  return out;
}

export interface SentenceRange {
  start: number;
  end: number;
}

/** A window for the fallback when parse-dutch fails on a text (its recursion overflows on e.g. "a.a.a.…"). */
const WINDOW = 4000;

/** Sentence ranges of text[from, to) by parse-dutch, appended to out. */
function parseInto(text: string, from: number, to: number, out: SentenceRange[], retry: boolean): void {
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  let tree: ReturnType<ParseDutch['parse']>;
  try {
    tree = parser.parse(part);
  } catch {
    if (!retry) {
      out.push({ start: from, end: to });
      return;
    }
    // Parse again in windows that end at whitespace; a window that still fails is one sentence.
    let start = from;
    while (start < to) {
      let end = Math.min(to, start + WINDOW);
      if (end < to) {
        const ws = text.slice(start, end).search(/\s\S*$/);
        if (ws > 0) end = start + ws + 1;
      }
      parseInto(text, start, end, out, false);
      start = end;
    }
    return;
  }
  for (const para of tree.children) {
    if (para.type !== 'ParagraphNode') continue;
    for (const s of para.children) {
      if (s.type !== 'SentenceNode' || !s.position) continue;
      let start = from + (s.position.start.offset ?? 0);
      let end = from + (s.position.end.offset ?? 0);
      while (start < end && /\s/.test(text[start]!)) start++;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      if (end > start) out.push({ start, end });
    }
  }
}

/** Sentence ranges in `text`, trimmed of surrounding whitespace; empty ones dropped. */
export function splitSentences(text: string): SentenceRange[] {
  const out: SentenceRange[] = [];
  if (!text.trim()) return out;
  parseInto(text, 0, text.length, out, true);
  // parse-dutch treats some ordinary words as abbreviations ("op." ends many Dutch sentences:
  // "…loopt een achterstand op. De hulp …"): split again after a period that follows a word that
  // is not a known abbreviation, when a capital letter or digit starts the next sentence.
  const resplit: SentenceRange[] = [];
  for (const r of out) {
    let start = r.start;
    for (const b of boundaries(text, r.start, r.end)) {
      resplit.push({ start, end: b.cut });
      start = b.next;
    }
    resplit.push({ start, end: r.end });
  }
  // A "sentence" of only punctuation (a stray "." after a citation) joins the one before.
  const merged: SentenceRange[] = [];
  for (const r of resplit) {
    const prev = merged[merged.length - 1];
    if (prev && !/[\p{L}\p{N}]/u.test(text.slice(r.start, r.end))) prev.end = r.end;
    else merged.push({ ...r });
  }
  return merged;
}
