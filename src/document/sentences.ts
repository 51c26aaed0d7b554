/** Splitting plain text into sentences with parse-dutch (the parser behind retext-dutch). */
import { ParseDutch } from 'parse-dutch';

const parser = new ParseDutch();

/** Words that are abbreviations when followed by a period (lowercase, without the final period). */
const ABBREVIATIONS = new Set(['dhr', 'mevr', 'mw', 'mr', 'dr', 'drs', 'ir', 'ing', 'prof', 'nr', 'ca', 'jl', 'bijv', 'bv', 'etc', 'evt', 'resp', 'zgn', 'vgl', 'enz', 'o', 'st', 'tel', 'jan', 'feb', 'mrt', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dec', 'blz', 'pag', 'art', 'hfd', 'par', 'incl', 'excl', 'div', 'afd']);
/** "word. Next": a period after a word, then space, then a capital, digit or opening quote. */
const BOUNDARY = /([\p{L}][\p{L}.'-]*)\.(\s+)(?=["“(]?[\p{Lu}\d])/gu;

export interface SentenceRange {
  start: number;
  end: number;
}

/** Sentence ranges in `text`, trimmed of surrounding whitespace; empty ones dropped. */
export function splitSentences(text: string): SentenceRange[] {
  const out: SentenceRange[] = [];
  if (!text.trim()) return out;
  const tree = parser.parse(text);
  for (const para of tree.children) {
    if (para.type !== 'ParagraphNode') continue;
    for (const s of para.children) {
      if (s.type !== 'SentenceNode' || !s.position) continue;
      let start = s.position.start.offset ?? 0;
      let end = s.position.end.offset ?? start;
      while (start < end && /\s/.test(text[start]!)) start++;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      if (end > start) out.push({ start, end });
    }
  }
  // parse-dutch treats some ordinary words as abbreviations ("op." ends many Dutch sentences:
  // "…loopt een achterstand op. De hulp …"): split again after a period that follows a word that
  // is not a known abbreviation, when a capital letter or digit starts the next sentence.
  const resplit: SentenceRange[] = [];
  for (const r of out) {
    let start = r.start;
    const slice = text.slice(r.start, r.end);
    BOUNDARY.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = BOUNDARY.exec(slice))) {
      const word = m[1]!.toLowerCase();
      if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word) || /\./.test(word)) continue;
      const cut = r.start + m.index + m[1]!.length + 1;
      resplit.push({ start, end: cut });
      start = r.start + m.index + m[0].length;
    }
    resplit.push({ start, end: r.end });
  }
  out.length = 0;
  out.push(...resplit);
  // A "sentence" of only punctuation (a stray "." after a citation) joins the one before.
  const merged: SentenceRange[] = [];
  for (const r of out) {
    const prev = merged[merged.length - 1];
    if (prev && !/[\p{L}\p{N}]/u.test(text.slice(r.start, r.end))) prev.end = r.end;
    else merged.push({ ...r });
  }
  return merged;
}
