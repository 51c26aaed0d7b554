/** Tables as units (documentformaat §3): the row of a cell, its source cell, its chronology date. */
import type { Block, Document, Sentence, Table, TableRow } from './types.js';

/** The table and row a sentence or block stands in, if it is a table cell. */
export function tableRowOf(doc: Document, at: Sentence | Block): { table: Table; row: TableRow } | undefined {
  const ref = at.table;
  if (!ref) return undefined;
  const table = doc.tables[ref.table];
  const row = table?.rows[ref.row];
  return table && row ? { table, row } : undefined;
}

/** The source of a table row: the text of its Bron cell when that names one (not empty, not '-'). */
export function rowSource(doc: Document, at: Sentence | Block): string | undefined {
  return tableRowOf(doc, at)?.row.source;
}

/** The date cell of a chronology row the sentence stands in ("12 maart 2021"), if any. */
export function chronologyDate(doc: Document, at: Sentence | Block): string | undefined {
  const found = tableRowOf(doc, at);
  return found?.table.chronology ? found.row.date : undefined;
}
