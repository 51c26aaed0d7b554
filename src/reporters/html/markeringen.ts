/**
 * Where findings fall in a document's text: per line, a list of pieces —
 * runs of text with the findings that cover them, and reference points where
 * a finding ends. Several findings may overlap; a zero-width finding only
 * gets a reference point. Pure: no HTML here.
 */

/** The part of a finding this module needs (1-based, end exclusive). */
export interface Bereik {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export type Stuk =
  | { soort: 'tekst'; tekst: string; /** indices of the findings covering this run, ascending */ meldingen: number[] }
  | { soort: 'verwijzing'; melding: number };

export interface Regel {
  /** 1-based line number. */
  nr: number;
  stukken: Stuk[];
  /** Findings whose (normalised) last line is this one, ascending: explain them after this line. */
  eindigtHier: number[];
}

interface Genormaliseerd {
  startLine: number;
  startCol: number;
  endLine: number;
  endCol: number;
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(Math.max(n, lo), hi);
}

/** Bring a range inside the text; an end at column 1 of a later line ends the line before. */
export function normaliseer(b: Bereik, lines: readonly string[]): Genormaliseerd {
  const last = Math.max(lines.length, 1);
  const len = (l: number): number => (lines[l - 1] ?? '').length;
  const startLine = clamp(Number.isFinite(b.line) ? b.line : 1, 1, last);
  const startCol = clamp(Number.isFinite(b.column) ? b.column : 1, 1, len(startLine) + 1);
  let endLine = clamp(Number.isFinite(b.endLine) ? b.endLine : startLine, 1, last);
  let endCol = clamp(Number.isFinite(b.endColumn) ? b.endColumn : startCol, 1, len(endLine) + 1);
  if (endLine > startLine && endCol === 1) {
    endLine -= 1;
    endCol = len(endLine) + 1;
  }
  if (endLine < startLine || (endLine === startLine && endCol < startCol)) {
    endLine = startLine;
    endCol = startCol;
  }
  return { startLine, startCol, endLine, endCol };
}

/** Split `source` (LF line ends) into lines with the findings placed in them. */
export function markeer(source: string, bereiken: readonly Bereik[]): Regel[] {
  const lines = source.split('\n');
  // A final newline does not start a line of its own.
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const norm = bereiken.map((b) => normaliseer(b, lines));
  const out: Regel[] = lines.map((tekst, i) => ({ nr: i + 1, stukken: [], eindigtHier: [] }));

  norm.forEach((n, i) => out[n.endLine - 1]?.eindigtHier.push(i));

  lines.forEach((tekst, li) => {
    const nr = li + 1;
    const intervals: Array<{ i: number; s: number; e: number }> = [];
    const refs: Array<{ i: number; at: number }> = [];
    norm.forEach((n, i) => {
      if (nr < n.startLine || nr > n.endLine) return;
      const s = nr === n.startLine ? n.startCol - 1 : 0;
      const e = nr === n.endLine ? n.endCol - 1 : tekst.length;
      if (e > s) intervals.push({ i, s, e });
      if (nr === n.endLine) refs.push({ i, at: e });
    });
    const cuts = new Set<number>([0, tekst.length]);
    for (const iv of intervals) {
      cuts.add(iv.s);
      cuts.add(iv.e);
    }
    for (const r of refs) cuts.add(r.at);
    const points = [...cuts].sort((a, b) => a - b);
    const stukken = out[li]!.stukken;
    const refsAt = (p: number): void => {
      for (const r of refs) if (r.at === p) stukken.push({ soort: 'verwijzing', melding: r.i });
    };
    for (let k = 0; k < points.length; k++) {
      const a = points[k]!;
      refsAt(a);
      const b = points[k + 1];
      if (b === undefined || b === a) continue;
      const meldingen = intervals.filter((iv) => iv.s <= a && iv.e >= b).map((iv) => iv.i);
      const prev = stukken[stukken.length - 1];
      // Merge with the previous run when nothing changed (keeps the output small).
      if (prev && prev.soort === 'tekst' && sameList(prev.meldingen, meldingen)) prev.tekst += tekst.slice(a, b);
      else stukken.push({ soort: 'tekst', tekst: tekst.slice(a, b), meldingen });
    }
  });
  return out;
}

function sameList(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
