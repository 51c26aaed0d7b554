/**
 * The document model: what a rule may read about one input file.
 *
 * A Document is built once per file (src/document/build.ts) and is read-only
 * for rules. All positions are 1-based line and column in the decoded text
 * (line endings normalised to LF, BOM removed, so a CRLF or UTF-16 file has
 * the same positions as its UTF-8 LF twin), plus a 0-based offset into
 * `Document.text`.
 */
import type { Root } from 'mdast';

export interface Point {
  /** 1-based line. */
  line: number;
  /** 1-based column, counted in UTF-16 code units like editors and ESLint do. */
  column: number;
  /** 0-based offset into Document.text. */
  offset: number;
}

export interface Span {
  start: Point;
  /** Exclusive end. */
  end: Point;
}

/** Known document types; other strings may come from plugins/config. */
export type DocumentType = 'gezinsplan' | 'raadsrapport';

export type SectionKind =
  | 'aanleiding'
  | 'feiten'
  | 'krachten'
  | 'zorgen'
  | 'analyse'
  | 'zienswijze'
  | 'reactie'
  | 'rechtspositie'
  | 'netwerk'
  | 'samenvatting'
  | 'doelen'
  | 'afspraken'
  | 'bronnen'
  | 'overig';

export const SECTION_KINDS: readonly SectionKind[] = [
  'aanleiding',
  'feiten',
  'krachten',
  'zorgen',
  'analyse',
  'zienswijze',
  'reactie',
  'rechtspositie',
  'netwerk',
  'samenvatting',
  'doelen',
  'afspraken',
  'bronnen',
  'overig',
];

export type SourceKind =
  | 'rapport'
  | 'verslag'
  | 'gesprek'
  | 'waarneming'
  | 'melding'
  | 'brief'
  | 'uitspraak'
  | 'diagnostisch-onderzoek'
  | 'dossier';

/** One entry of frontmatter `bronnen`, as far as it could be read. */
export interface SourceEntry {
  id: string;
  soort?: string;
  van?: string;
  /** ISO date string as written, if any. */
  datum?: string;
  /** Parsed `datum`, if it is a valid date. */
  date?: Date;
  titel?: string;
  /** v2: was the information checked? */
  status?: 'bevestigd' | 'niet-nagegaan' | 'betwist';
  /** v2: taken over from this source without own investigation. */
  overgenomen?: boolean;
  /** Where this entry stands in the frontmatter (the `- id:` item). */
  span: Span;
}

export interface Child {
  naam?: string;
  geboortedatum?: string;
  birthDate?: Date;
  span: Span;
}

export interface Person {
  naam?: string;
  rol?: string;
  /** v2: has parental authority. */
  gezag?: boolean;
  span: Span;
}

/** v2 `kader`: voluntary help or a court measure. */
export type Frame = 'vrijwillig' | 'gedwongen';

/** v2: one entry of `maatregelen` (a measure in force or requested). */
export interface Measure {
  /** OTS | VOTS | MUHP | VoVo | schorsing-gezag | GBM | voogdij (as written). */
  soort?: string;
  /** Names from `kinderen`; absent = all children. */
  kinderen?: string[];
  van?: string;
  from?: Date;
  tot?: string;
  until?: Date;
  /** lopend | verzocht | geëindigd */
  status?: string;
  /** Id of a source of soort `uitspraak`. */
  beschikking?: string;
  span: Span;
}

/** v2: one entry of `besproken` (discussed in person before sending). */
export interface Discussion {
  met?: string;
  datum?: string;
  date?: Date;
  span: Span;
}

/** v2: one entry of `correcties` (information found wrong). */
export interface Correction {
  onjuist?: string;
  datum?: string;
  date?: Date;
  /** bron | klachtencommissie | rechter | gi | raad */
  door?: string;
  span: Span;
}

/** A problem found while reading the frontmatter; reported by the `frontmatter` rule. */
export interface FrontmatterProblem {
  /** Machine code, e.g. 'yaml-syntax', 'missing-field', 'wrong-type', 'unknown-type', 'unclosed'. */
  code: string;
  /** Dutch message. */
  message: string;
  span: Span;
  /** The frontmatter key concerned (dotted path), if any. */
  key?: string;
  /** What the value should have been, when that is a known shape (a fix may rewrite it). */
  expects?: 'date';
}

export interface Frontmatter {
  /** The whole block including the `---` fences. */
  span: Span;
  /** Parsed data (a plain object), or null when YAML could not be parsed or is not a map. */
  data: Record<string, unknown> | null;
  type?: string;
  /** `datum` as written. */
  datum?: string;
  /** Parsed `datum`; the document's "now" for time-based checks. */
  date?: Date;
  kinderen: Child[];
  betrokkenen: Person[];
  bronnen: SourceEntry[];
  /** v2 fields (absent or empty when the document does not use them). */
  kader?: Frame;
  maatregelen: Measure[];
  besproken: Discussion[];
  correcties: Correction[];
  /** `versie` as a number, when it is one. */
  versie?: number;
  problems: FrontmatterProblem[];
  /** Span of a top-level key's value (or key if the value is empty), e.g. keySpan('datum'). */
  keySpans: Record<string, Span>;
}

/** `[@id]` or `[@a; @b]` in the text. One Citation per id. */
export interface Citation {
  id: string;
  /** The span of the id inside the brackets (the `@id` part). */
  span: Span;
  /** The whole bracketed group. */
  groupSpan: Span;
}

export interface FootnoteReference {
  label: string;
  span: Span;
}

export interface FootnoteDefinition {
  label: string;
  span: Span;
  /** Plain text of the definition. */
  text: string;
}

/** `(bron: …)` parenthetical. */
export interface SourceNote {
  text: string;
  span: Span;
}

export type ControlKind = 'disable' | 'enable' | 'disable-next-line';

/** An inline control comment (format §6). */
export interface ControlComment {
  kind: ControlKind;
  /** Rule ids named; empty means all rules. */
  rules: string[];
  /** Text after ` -- `, if any. */
  reason?: string;
  span: Span;
}

export type BlockKind = 'paragraph' | 'listItem' | 'blockquote' | 'tableCell' | 'heading';

/**
 * A sentence: the unit most rules work on.
 *
 * `text` is the plain reading text: markup removed (`**x**` → `x`, link text
 * kept, URL dropped), citations `[@id]` and footnote references `[^n]`
 * removed, whitespace runs kept as they are. `sourceOffset(i)` maps an index
 * into `text` back to an offset in Document.text; `spanOf(i, j)` gives the
 * source span of text[i..j).
 */
export interface Sentence {
  /** Index in Document.sentences. */
  index: number;
  text: string;
  span: Span;
  /** The section it belongs to (index in Document.sections), or -1 before the first section heading. */
  sectionIndex: number;
  sectionKind: SectionKind;
  blockKind: BlockKind;
  /** Index of its block in Document.blocks. */
  blockIndex: number;
  /** Position of the sentence inside its block (0 = first). */
  indexInBlock: number;
  citations: Citation[];
  footnoteRefs: FootnoteReference[];
  sourceNotes: SourceNote[];
  /** True when the sentence (after trimming) ends in ':'. */
  endsWithColon: boolean;
  /** True when the sentence lies inside a `> ` quote. */
  inQuote: boolean;
  /** True for a cell in a table's header row (column names, not statements). */
  tableHeader?: boolean;
  /** For a table cell: where it stands (see Document.tables). */
  table?: TableCellRef;
  sourceOffset(i: number): number;
  spanOf(start: number, end: number): Span;
}

/** A block of running text: a paragraph, a list item's own paragraph, a table cell, a heading. */
export interface Block {
  index: number;
  kind: BlockKind;
  span: Span;
  sectionIndex: number;
  /** Indexes into Document.sentences. */
  sentenceIndexes: number[];
  /** For list items: nesting depth (0 = top level). */
  listDepth?: number;
  /** For list items: index of the list item's parent block (the lead-in paragraph directly before the list), if any. */
  leadBlockIndex?: number;
  inQuote: boolean;
  /** True for a cell in a table's header row. */
  tableHeader?: boolean;
  /** For a table cell: where it stands (see Document.tables). */
  table?: TableCellRef;
}

/** A table cell's place: index in Document.tables, row (0 = header row) and column. */
export interface TableCellRef {
  table: number;
  row: number;
  column: number;
}

/**
 * One row of a table (documentformaat §3). A row is one unit: the cell in
 * the table's `Bron`/`Bronnen` column is the source of the whole row, and in
 * a chronology the cell in the first column dates the whole row.
 */
export interface TableRow {
  index: number;
  /** The header row (column names). */
  header: boolean;
  span: Span;
  /** Block index of each cell, by column. */
  cellBlocks: number[];
  /**
   * The source cell's text as written (citations kept), when the table has a
   * source column and the cell names a source: not empty and not '-'.
   */
  source?: string;
  /** A cell of the row holds a citation `[@id]` or a footnote reference: it covers the whole row. */
  cited?: boolean;
  /** For a row of a chronology: the text of its date cell ("12 maart 2021"). */
  date?: string;
}

export interface Table {
  index: number;
  span: Span;
  sectionIndex: number;
  /** Column names as written (header row, markup removed). */
  columns: string[];
  /** The column headed `Bron` or `Bronnen`, if any. */
  sourceColumn?: number;
  /** The first column holds dates: each body row is an event dated by that cell. */
  chronology: boolean;
  rows: TableRow[];
}

export interface Section {
  index: number;
  /** Heading text as written, without `##` and markup. */
  heading: string;
  /** Normalised heading (lowercase, no diacritics, no numbering or trailing punctuation). */
  normalizedHeading: string;
  kind: SectionKind;
  headingSpan: Span;
  /** From the heading to just before the next level-2 heading (or end of document). */
  span: Span;
  blockIndexes: number[];
  sentenceIndexes: number[];
}

export interface Document {
  /** Path as given on the command line (or a display name). */
  path: string;
  /** Decoded text: BOM removed, CRLF/CR → LF. */
  text: string;
  /** Information about the original bytes, to write fixes back faithfully. */
  encoding: { name: 'utf-8' | 'utf-16le' | 'utf-16be'; bom: boolean; lineEnding: '\n' | '\r\n' | '\r' };
  /** Line start offsets into text (index 0 = line 1). */
  lineStarts: number[];
  frontmatter: Frontmatter | null;
  /** The document type from frontmatter, if valid. */
  type?: string;
  mdast: Root;
  sections: Section[];
  blocks: Block[];
  sentences: Sentence[];
  citations: Citation[];
  footnoteReferences: FootnoteReference[];
  footnoteDefinitions: FootnoteDefinition[];
  sourceNotes: SourceNote[];
  /** Tables, in document order; their cells are blocks of kind 'tableCell'. */
  tables: Table[];
  controls: ControlComment[];
  /** Malformed control comments etc., reported by the engine. */
  parseProblems: FrontmatterProblem[];
  /** Offset → Point. */
  pointAt(offset: number): Point;
  /** The exact source text of a span. */
  slice(span: Span): string;
  /**
   * Set when the document was converted from another format (a Word .docx):
   * `text` is then generated Markdown, and this tells where a line of it
   * came from in the original, in words its writer can find.
   */
  origin?: DocumentOrigin;
}

/** Where a line of generated Markdown came from in a Word document. */
export interface WordPlace {
  /** Dutch description for people, e.g. `onder kop "Feiten", alinea 3`. */
  description: string;
  /** The nearest heading above (its text), if any. */
  heading?: string;
  /** Paragraph number under that heading (1 = first paragraph after it; list items count). */
  paragraph?: number;
  /** Table number under that heading and row number (1 = first row). */
  table?: number;
  row?: number;
  /** Where the frontmatter line came from, when it is one. */
  frontmatter?: 'yaml' | 'gegevenstabel' | 'brontabel' | 'eigenschappen';
}

export interface DocumentOrigin {
  format: 'docx';
  /** The Word place of a (1-based) line of `text`; undefined for blank and generated lines. */
  placeOfLine(line: number): WordPlace | undefined;
}

/** Options that shape how a document is read (from config). */
export interface BuildOptions {
  /** The document was converted from Word: messages about the frontmatter speak of Word, not of '---' blocks. */
  origin?: DocumentOrigin;
  /** Extra heading aliases: kind → list of heading names, per document type ('*' = all types). */
  sectionAliases?: Record<string, Partial<Record<SectionKind, string[]>>>;
}
