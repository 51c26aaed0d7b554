/**
 * Placing findings in redacted text. A finding keeps the line and column of
 * the original document; where a reporter shows the redacted document text
 * (FileResult.sourceEdits is set), these give the range to mark in it.
 * Imports only result types, so reporters may use it.
 */
import type { SourceEdit } from '../engine/types.js';

/**
 * Where a column of the original text lies in the redacted line. A position
 * inside replaced text moves to the start of its replacement (`side`
 * 'start') or its end ('end').
 */
export function redactedColumn(edits: readonly SourceEdit[], line: number, column: number, side: 'start' | 'end'): number {
  let shift = 0;
  for (const e of edits) {
    if (e.line < line) continue;
    if (e.line > line) break;
    if (column >= e.endColumn) shift += e.length - (e.endColumn - e.column);
    else if (column > e.column) return e.column + shift + (side === 'end' ? e.length : 0);
    else break;
  }
  return column + shift;
}

/** A finding's range in the redacted source (its own line and column stay those of the original). */
export function redactedRange<T extends { line: number; column: number; endLine: number; endColumn: number }>(f: T, edits: readonly SourceEdit[] | undefined): T {
  if (!edits || edits.length === 0) return f;
  return { ...f, column: redactedColumn(edits, f.line, f.column, 'start'), endColumn: redactedColumn(edits, f.endLine, f.endColumn, 'end') };
}
