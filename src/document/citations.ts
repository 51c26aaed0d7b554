/**
 * Citations `[@id]` / `[@a; @b]` (pandoc style) and `(bron: …)` notes in
 * plain text. Citations are removed from the reading text (with the space
 * before them); source notes stay.
 */

export interface FoundCitation {
  id: string;
  /** Indexes in the original plain text. */
  idStart: number;
  idEnd: number;
  groupStart: number;
  groupEnd: number;
}

const GROUP = /\[(@[^\]\n]{1,400})\]/g;
const ID = /@([A-Za-z0-9_][A-Za-z0-9_:.#$%&\-+?<>~/]*)/g;
const NOTE = /\(\s*(?:bron|bronnen)\s*:[^()]{1,400}\)/gi;

export function findCitations(text: string): FoundCitation[] {
  const out: FoundCitation[] = [];
  if (!text.includes('[@')) return out;
  GROUP.lastIndex = 0;
  let g: RegExpExecArray | null;
  while ((g = GROUP.exec(text))) {
    const inner = g[1]!;
    const innerStart = g.index + 1;
    ID.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = ID.exec(inner))) {
      let id = m[1]!;
      // Trailing punctuation inside a group ("@a, p. 3") is not part of the id.
      id = id.replace(/[.:,;]+$/, '');
      out.push({ id, idStart: innerStart + m.index, idEnd: innerStart + m.index + 1 + id.length, groupStart: g.index, groupEnd: g.index + g[0].length });
    }
  }
  return out;
}

export function findSourceNotes(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  if (!/\(\s*bron/i.test(text)) return out;
  NOTE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NOTE.exec(text))) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * Remove the given [start, end) ranges (and the horizontal space before each)
 * from text + map. Returns the new text, map, and for each range the index in
 * the new text where it stood.
 */
export function removeRanges(text: string, map: number[], ranges: { start: number; end: number }[]): { text: string; map: number[]; at: number[] } {
  if (ranges.length === 0) return { text, map, at: [] };
  const sorted = ranges.map((r, i) => ({ ...r, i })).sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  const newMap: number[] = [];
  const at: number[] = new Array(ranges.length).fill(0);
  let pos = 0;
  for (const r of sorted) {
    if (r.start < pos) {
      at[r.i] = newMap.length;
      pos = Math.max(pos, r.end);
      continue;
    }
    let s = r.start;
    while (s > pos && (text[s - 1] === ' ' || text[s - 1] === '\t' || text[s - 1] === '\u00a0')) s--;
    parts.push(text.slice(pos, s));
    for (let k = pos; k < s; k++) newMap.push(map[k]!);
    at[r.i] = newMap.length;
    pos = r.end;
  }
  parts.push(text.slice(pos));
  for (let k = pos; k < text.length; k++) newMap.push(map[k]!);
  return { text: parts.join(''), map: newMap, at };
}

/** "[^label]" left as plain text: a footnote reference without a definition. */
export function findUndefinedFootnotes(text: string): { label: string; start: number; end: number }[] {
  const out: { label: string; start: number; end: number }[] = [];
  if (!text.includes('[^')) return out;
  const re = /\[\^([^\]\s]{1,100})\]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push({ label: m[1]!, start: m.index, end: m.index + m[0].length });
  return out;
}
