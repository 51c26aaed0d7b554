/**
 * Markdown → mdast with remark. Very large documents are parsed in chunks,
 * because micromark's event editing grows faster than linearly with the
 * size of one parse: chunks end at a level-2 heading or a blank line outside
 * code fences, and their positions are shifted back into the whole text.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

/** Documents up to this size are parsed in one go. */
export const CHUNK_THRESHOLD = 200_000;
const CHUNK_TARGET = 60_000;

export function chunkBoundaries(text: string): number[] {
  const cuts: number[] = [0];
  let lastCut = 0;
  let inFence: string | undefined;
  let pos = 0;
  let lineNo = 0;
  let inFrontmatter = text.startsWith('---');
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(pos, end);
    if (inFrontmatter) {
      if (lineNo > 0 && /^(---|\.\.\.)\s*$/.test(line)) inFrontmatter = false;
    } else {
      const fence = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      if (fence) {
        if (!inFence) inFence = fence[0]!.repeat(fence.length);
        else if (fence.startsWith(inFence)) inFence = undefined;
      } else if (!inFence && pos - lastCut >= CHUNK_TARGET && (line.trim() === '' || /^## /.test(line))) {
        const cut = line.trim() === '' ? (nl < 0 ? text.length : nl + 1) : pos;
        if (cut > lastCut && cut < text.length) {
          cuts.push(cut);
          lastCut = cut;
        }
      }
    }
    lineNo++;
    pos = nl < 0 ? text.length : nl + 1;
  }
  return cuts;
}

function shift(node: Nodes, offset: number, lines: number): void {
  const stack: Nodes[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.position) {
      n.position.start.line += lines;
      n.position.end.line += lines;
      if (n.position.start.offset !== undefined) n.position.start.offset += offset;
      if (n.position.end.offset !== undefined) n.position.end.offset += offset;
    }
    if ('children' in n) for (const c of n.children as Nodes[]) stack.push(c);
  }
}

/** A stretch of the text that remark could not parse (offsets into the whole text). */
export interface ParseFailure {
  start: number;
  end: number;
}

/** Count of '\n' in text[from, to). */
function newlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let k = text.indexOf('\n', from); k >= 0 && k < to; k = text.indexOf('\n', k + 1)) n++;
  return n;
}

/**
 * A piece longer than this (one paragraph of thousands of lines) is cut at line starts: micromark's
 * time on one paragraph grows faster than its length (300 kB took six seconds). No real paragraph
 * comes near it; the cost of a cut is that one sentence may be split in two.
 */
export const MAX_PIECE = 60_000;

/** A GFM table's header and delimiter rows: text[start, end), both lines with their newlines. */
interface TableHead {
  start: number;
  end: number;
}

const DELIMITER_ROW = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/** The header and delimiter rows when the piece at `at` starts with a table. */
function tableHeadAt(text: string, at: number): TableHead | undefined {
  const nl1 = text.indexOf('\n', at);
  if (nl1 < 0 || !text.slice(at, nl1).includes('|')) return undefined;
  const nl2 = text.indexOf('\n', nl1 + 1);
  if (nl2 < 0 || !DELIMITER_ROW.test(text.slice(nl1 + 1, nl2))) return undefined;
  return { start: at, end: nl2 + 1 };
}

/**
 * Start offsets of the blank-line separated pieces of text[from, to), long ones cut at line starts
 * (`cut` says whether any was). A cut inside a table is a cut between rows; `tableHeads` gives
 * such a continuation piece the table's header, so its rows are read as rows of that table.
 */
function pieces(text: string, from: number, to: number): { starts: number[]; cut: boolean; tableHeads: Map<number, TableHead> } {
  const starts = [from];
  const tableHeads = new Map<number, TableHead>();
  let cut = false;
  const push = (next: number) => {
    // Cut a long previous piece at the first line start after every MAX_PIECE characters.
    const head = tableHeadAt(text, starts[starts.length - 1]!);
    for (let prev = starts[starts.length - 1]!; next - prev > MAX_PIECE; ) {
      const nl = text.indexOf('\n', prev + MAX_PIECE);
      if (nl < 0 || nl + 1 >= next) break;
      starts.push(nl + 1);
      if (head) tableHeads.set(nl + 1, head);
      cut = true;
      prev = nl + 1;
    }
    if (next < to) starts.push(next);
  };
  const re = /\n[ \t]*\n/g;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < to) {
    const next = m.index + m[0].length;
    push(next);
    re.lastIndex = next - 1; // the closing newline may open the next blank line
  }
  push(to);
  return { starts, cut, tableHeads };
}

/**
 * Rows text[start, end) of a long table whose header is `head`: parsed with the header in front,
 * and added to the table node that root ends with. False when that does not work out (the caller
 * then parses the piece on its own).
 */
function continueTable(text: string, start: number, end: number, line: number, head: TableHead, root: Root): boolean {
  const table = root.children[root.children.length - 1];
  if (table?.type !== 'table') return false;
  let part: Root;
  try {
    part = processor.parse(text.slice(head.start, head.end) + text.slice(start, end));
  } catch {
    return false;
  }
  const parsed = part.children[0];
  if (part.children.length !== 1 || parsed?.type !== 'table') return false;
  const headLength = head.end - head.start;
  for (const row of parsed.children.slice(1)) {
    shift(row, start - headLength, line - 1 - 2);
    table.children.push(row);
  }
  const last = table.children[table.children.length - 1];
  if (table.position && last?.position) table.position.end = { ...last.position.end };
  return true;
}

/** Raw text as one paragraph: what is left when remark cannot read a piece (e.g. nesting too deep for its recursion). */
function rawParagraph(text: string, start: number, end: number, line: number): RootContent {
  let e = end;
  while (e > start && /\s/.test(text[e - 1]!)) e--;
  const lastNl = text.lastIndexOf('\n', e - 1);
  const endLine = line + newlines(text, start, e);
  const endColumn = e - (lastNl >= start ? lastNl + 1 : start) + 1;
  const position = { start: { line, column: 1, offset: start }, end: { line: endLine, column: endColumn, offset: e } };
  return { type: 'paragraph', children: [{ type: 'text', value: text.slice(start, e), position }], position };
}

/**
 * Limits beyond which micromark's time grows out of hand on one blank-line separated piece
 * (measured: 2,000 nested list levels take over a minute, 8,000 emphasis markers in one
 * paragraph about fifteen seconds on a loaded machine, 20,000 citations thirty). No real report comes near them; such a piece is
 * read as plain text (citations in it still count: they are found in the text).
 */
export const MAX_NESTING = 100;
export const MAX_EMPHASIS_MARKERS = 2_000;
/** Square brackets in one piece: micromark resolves link labels in time that grows with their square (20,000 citations took 30 s). */
export const MAX_BRACKETS = 200;

/** Whether text[from, to) is nested too deep or holds too many emphasis markers to parse safely. */
function tooHard(text: string, from: number, to: number): boolean {
  let markers = 0;
  let brackets = 0;
  let depth = 0;
  let atLineStart = true;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) {
      atLineStart = true;
      depth = 0;
      continue;
    }
    if (atLineStart) {
      // List nesting is indentation (two spaces a level) or markers on one line ("- - - x"); deep '>'
      // quotes stay with micromark, which fails fast on them.
      const next = text.charCodeAt(k + 1);
      if (c === 32) depth += 0.5;
      else if (c === 9) depth += 2;
      else if ((c === 45 /* - */ || c === 42 /* * */ || c === 43) /* + */ && (next === 32 || next === 9)) depth += 1;
      else atLineStart = false;
      if (depth > MAX_NESTING) return true;
    }
    if ((c === 42 /* * */ || c === 95) /* _ */ && ++markers > MAX_EMPHASIS_MARKERS) return true;
    if (c === 91 /* [ */ && ++brackets > MAX_BRACKETS) return true;
  }
  return false;
}

/**
 * Parse [start, end) of text, which starts at a line start on line `line`; its nodes, with
 * positions in the whole text, are appended to root. If remark throws, or a piece of the range is
 * cut for length (MAX_PIECE) or too hard for it (tooHard), the range is parsed piece by piece, and a
 * piece that still fails or is too hard becomes a plain paragraph.
 */
function parseRange(text: string, start: number, end: number, line: number, root: Root, failures: ParseFailure[], retry: boolean): void {
  const split = retry ? pieces(text, start, end) : undefined;
  const hard = split
    ? split.cut || split.starts.some((s, i) => tooHard(text, s, split.starts[i + 1] ?? end))
    : tooHard(text, start, end);
  let part: Root | undefined;
  if (!hard) {
    try {
      part = processor.parse(text.slice(start, end));
    } catch {
      part = undefined;
    }
  }
  if (!part) {
    if (split && split.starts.length > 1) {
      let l = line;
      split.starts.forEach((s, i) => {
        const e = split.starts[i + 1] ?? end;
        const head = split.tableHeads.get(s);
        if (!head || !continueTable(text, s, e, l, head, root)) parseRange(text, s, e, l, root, failures, false);
        l += newlines(text, s, e);
      });
      return;
    }
    failures.push({ start, end });
    if (text.slice(start, end).trim()) root.children.push(rawParagraph(text, start, end, line));
    return;
  }
  for (const child of part.children) {
    shift(child, start, line - 1);
    root.children.push(child);
  }
}

/** Markdown → mdast, never throwing: stretches remark cannot read are returned as failures and kept as plain text. */
export function parseMarkdownSafe(text: string, frontmatterEnd = 0): { root: Root; failures: ParseFailure[] } {
  const cuts = text.length <= CHUNK_THRESHOLD ? [0] : chunkBoundaries(text);
  // The body after a frontmatter block is parsed on its own, so that a failure in the body never
  // takes the frontmatter with it (nothing in Markdown runs on from a frontmatter block).
  if (frontmatterEnd > 0 && frontmatterEnd < text.length && !cuts.includes(frontmatterEnd)) {
    cuts.push(frontmatterEnd);
    cuts.sort((a, b) => a - b);
  }
  const root: Root = { type: 'root', children: [] };
  const failures: ParseFailure[] = [];
  let line = 1;
  for (let i = 0; i < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1] ?? text.length;
    parseRange(text, start, end, line, root, failures, true);
    line += newlines(text, start, end);
  }
  const lastNl = text.lastIndexOf('\n');
  root.position = { start: { line: 1, column: 1, offset: 0 }, end: { line, column: text.length - lastNl, offset: text.length } };
  return { root, failures };
}

export function parseMarkdown(text: string): Root {
  return parseMarkdownSafe(text).root;
}
