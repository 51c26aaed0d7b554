/** Splitting plain text into sentences with parse-dutch (the parser behind retext-dutch). */
import { ParseDutch } from 'parse-dutch';

const parser = new ParseDutch();

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
  // A "sentence" of only punctuation (a stray "." after a citation) joins the one before.
  const merged: SentenceRange[] = [];
  for (const r of out) {
    const prev = merged[merged.length - 1];
    if (prev && !/[\p{L}\p{N}]/u.test(text.slice(r.start, r.end))) prev.end = r.end;
    else merged.push({ ...r });
  }
  return merged;
}
