/**
 * Builds the Document for one file: frontmatter, mdast, sections with kinds,
 * blocks, sentences with exact positions, citations, footnotes, source notes
 * and control comments. One parse per file; rules never parse again.
 */
import type { BlockContent, DefinitionContent, Heading, ListItem, Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { findCitations, findSourceNotes, findUndefinedFootnotes, removeRanges } from './citations.js';
import { parseControl } from './controls.js';
import { locateFrontmatter, readFrontmatter } from './frontmatter.js';
import { parseMarkdownSafe } from './markdown.js';
import { plainText } from './inline.js';
import { computeLineStarts, makePointAt } from './position.js';
import { makeSectionClassifier, normalizeHeading } from './sections.js';
import { splitSentences } from './sentences.js';
import type {
  Block,
  BlockKind,
  BuildOptions,
  Citation,
  ControlComment,
  Document,
  FootnoteDefinition,
  FootnoteReference,
  Frontmatter,
  FrontmatterProblem,
  Section,
  Sentence,
  SourceNote,
  Span,
  Table,
  TableCellRef,
} from './types.js';


export function buildDocument(path: string, decoded: { text: string; encoding: Document['encoding'] }, options?: BuildOptions): Document {
  const text = decoded.text;
  const lineStarts = computeLineStarts(text);
  const pointAt = makePointAt(lineStarts, text.length);
  const span = (start: number, end: number): Span => ({ start: pointAt(start), end: pointAt(Math.max(start, end)) });
  const parseProblems: FrontmatterProblem[] = [];

  // 1. Frontmatter.
  let frontmatter: Frontmatter | null = null;
  const located = locateFrontmatter(text);
  if (located.block) frontmatter = readFrontmatter(located.block, pointAt);
  else if (located.unclosed) {
    parseProblems.push({
      code: 'unclosed',
      message: "De frontmatter begint met '---' maar wordt nergens afgesloten. Zet een regel met alleen '---' onder de laatste sleutel.",
      span: span(0, 3),
    });
  } else {
    parseProblems.push({
      code: 'missing-frontmatter',
      message: options?.origin
        ? 'Het Word-document heeft geen gegevens (type, datum, …). Zet bovenaan een tabel met twee kolommen (Type | gezinsplan, Datum | 2025-03-14, …), of leg een .yaml-bestand met dezelfde naam naast het document (zie docs/word.md).'
        : "Het document heeft geen frontmatter. Begin met een blok tussen twee regels '---' met ten minste 'type' en 'datum'.",
      span: span(0, Math.min(text.length, Math.max(1, text.indexOf('\n') < 0 ? text.length : text.indexOf('\n')))),
    });
  }
  const type = frontmatter?.type;
  /** End of the frontmatter block: Markdown nodes that start before it are not read as text. */
  const fmEnd = located.block?.blockEnd ?? 0;

  // 2. Markdown. Text after an unclosed frontmatter fence is still read as Markdown.
  let mdast: Root;
  try {
    // remark-frontmatter only knows '---' as the closing fence; YAML's '...' is the same length.
    const b = located.block;
    const forParser = b && b.closeFence === '...' ? text.slice(0, b.closeStart) + '---' + text.slice(b.closeStart + 3) : text;
    const parsed = parseMarkdownSafe(forParser, b?.blockEnd ?? 0);
    mdast = parsed.root;
    for (const f of parsed.failures) {
      parseProblems.push({
        code: 'markdown',
        message: 'Dit deel van het document kon niet als Markdown worden gelezen (te diep genest of te veel opmaaktekens * en _); het is als gewone tekst gelezen.',
        span: span(f.start, f.end),
      });
    }
  } catch (err) {
    mdast = { type: 'root', children: [] };
    parseProblems.push({ code: 'markdown', message: `Het document kon niet als Markdown worden gelezen: ${readFailure(err)}.`, span: span(0, 0) });
  }

  const classify = makeSectionClassifier(type, options);
  const sections: Section[] = [];
  const blocks: Block[] = [];
  const sentences: Sentence[] = [];
  const citations: Citation[] = [];
  const footnoteReferences: FootnoteReference[] = [];
  const footnoteDefinitions: FootnoteDefinition[] = [];
  const sourceNotes: SourceNote[] = [];
  const controls: ControlComment[] = [];
  const tables: Table[] = [];

  let currentSection = -1;
  let tooDeepReported = false;

  const addControlsFrom = (html: string, start: number) => {
    const re = /<!--[\s\S]*?-->/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(html))) {
      const parsed = parseControl(m[0]);
      if (!parsed) continue;
      const s = span(start + m.index, start + m.index + m[0].length);
      if (parsed === 'malformed') {
        parseProblems.push({
          code: 'control-comment',
          message: `Onbekende toets-opmerking '${m[0].slice(0, 60)}'. Gebruik toets-disable, toets-enable of toets-disable-next-line.`,
          span: s,
        });
      } else controls.push({ ...parsed, span: s });
    }
  };

  const addBlock = (
    kind: BlockKind,
    children: readonly PhrasingContent[],
    node: Nodes,
    extra: { inQuote: boolean; listDepth?: number; leadBlockIndex?: number; tableHeader?: boolean; table?: TableCellRef },
  ): number => {
    const pt = plainText(children, text);
    const notCode = (start: number): boolean => !inRanges(pt.code, start);
    // "[^n]" that remark left as text has no definition (GFM only links defined footnotes): record it, then drop it like a citation.
    const undefinedFootnotes = findUndefinedFootnotes(pt.text).filter((u) => notCode(u.start));
    for (const u of undefinedFootnotes) {
      pt.footnotes.push({ label: u.label, start: pt.map[u.start] ?? 0, end: (pt.map[u.end - 1] ?? 0) + 1, at: u.start });
    }
    // `[@x]` inside a code span is an example, not a citation.
    const found = findCitations(pt.text).filter((f) => notCode(f.groupStart));
    // One range per group (a group may hold several ids).
    const groups = [...dedupeGroups(found), ...undefinedFootnotes.map((u) => ({ start: u.start, end: u.end }))].sort((a, b) => a.start - b.start);
    const removal = removeRanges(pt.text, pt.map, groups);
    const groupAt = new Map<number, number>();
    groups.forEach((g, i) => groupAt.set(g.start, removal.at[i]!));
    const shift = (oldIndex: number): number => {
      // New index of a zero-width position of the old text (footnote references): measured from
      // the last removed group that ends at or before it (groups are sorted by start).
      let lo = 0;
      let hi = groups.length - 1;
      let found = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (groups[mid]!.end <= oldIndex) {
          found = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      return found < 0 ? oldIndex : removal.at[found]! + (oldIndex - groups[found]!.end);
    };
    const t = removal.text;
    const map = removal.map;
    const endOffset = node.position?.end.offset ?? (map.length ? map[map.length - 1]! + 1 : 0);
    const sourceOffset = (i: number): number => (i < map.length ? map[i]! : i > 0 && map.length ? map[map.length - 1]! + 1 : endOffset);
    const spanOf = (i: number, j: number): Span => {
      if (map.length === 0) return span(node.position?.start.offset ?? 0, endOffset);
      const a = map[Math.min(Math.max(i, 0), map.length - 1)]!;
      const b = j <= 0 ? a : map[Math.min(j, map.length) - 1]! + 1;
      return span(a, Math.max(a, b));
    };

    const blockIndex = blocks.length;
    const block: Block = {
      index: blockIndex,
      kind,
      span: span(node.position?.start.offset ?? 0, endOffset),
      sectionIndex: currentSection,
      sentenceIndexes: [],
      inQuote: extra.inQuote,
      ...(extra.listDepth !== undefined ? { listDepth: extra.listDepth } : {}),
      ...(extra.leadBlockIndex !== undefined ? { leadBlockIndex: extra.leadBlockIndex } : {}),
      ...(extra.tableHeader ? { tableHeader: true } : {}),
      ...(extra.table ? { table: extra.table } : {}),
    };
    blocks.push(block);

    // A heading is one unit: "III. Conclusie en advies." must not split after its numbering.
    const ranges = kind === 'heading' ? wholeRange(t) : splitSentences(t);
    const blockCitations: { c: Citation; at: number }[] = found.map((f) => ({
      c: { id: f.id, span: span(pt.map[f.idStart] ?? 0, (pt.map[f.idEnd - 1] ?? 0) + 1), groupSpan: span(pt.map[f.groupStart] ?? 0, (pt.map[f.groupEnd - 1] ?? 0) + 1) },
      at: groupAt.get(f.groupStart) ?? 0,
    }));
    for (const bc of blockCitations) citations.push(bc.c);
    const blockFootnotes = pt.footnotes.map((f) => ({ r: { label: f.label, span: span(f.start, f.end) }, at: shift(f.at) }));
    for (const bf of blockFootnotes) footnoteReferences.push(bf.r);
    const notes = findSourceNotes(t).map((n) => ({ n: { text: t.slice(n.start, n.end), span: spanOf(n.start, n.end) }, at: n.start }));
    for (const sn of notes) sourceNotes.push(sn.n);

    // Owner sentence of a position: the last sentence that starts at or before it.
    const owner = (at: number): number => {
      let lo = 0;
      let hi = ranges.length - 1;
      let k = 0;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (ranges[mid]!.start <= at) {
          k = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      return k;
    };
    const perSentence = ranges.map(() => ({ citations: [] as Citation[], footnotes: [] as FootnoteReference[], notes: [] as SourceNote[] }));
    if (ranges.length) {
      for (const bc of blockCitations) perSentence[owner(bc.at)]!.citations.push(bc.c);
      for (const bf of blockFootnotes) perSentence[owner(bf.at)]!.footnotes.push(bf.r);
      for (const sn of notes) perSentence[owner(sn.at)]!.notes.push(sn.n);
    }
    const sectionKind = currentSection >= 0 ? sections[currentSection]!.kind : 'overig';
    ranges.forEach((r, k) => {
      const sText = t.slice(r.start, r.end);
      const base = r.start;
      const sentence: Sentence = {
        index: sentences.length,
        text: sText,
        span: spanOf(r.start, r.end),
        sectionIndex: currentSection,
        sectionKind,
        blockKind: kind,
        blockIndex,
        indexInBlock: k,
        citations: perSentence[k]!.citations,
        footnoteRefs: perSentence[k]!.footnotes,
        sourceNotes: perSentence[k]!.notes,
        endsWithColon: /:\s*$/.test(sText),
        inQuote: extra.inQuote,
        ...(extra.tableHeader ? { tableHeader: true } : {}),
        ...(extra.table ? { table: extra.table } : {}),
        sourceOffset: (i: number) => sourceOffset(base + i),
        spanOf: (i: number, j: number) => spanOf(base + i, base + j),
      };
      block.sentenceIndexes.push(sentence.index);
      sentences.push(sentence);
      if (currentSection >= 0) sections[currentSection]!.sentenceIndexes.push(sentence.index);
    });
    if (currentSection >= 0) sections[currentSection]!.blockIndexes.push(blockIndex);
    return blockIndex;
  };

  type Ctx = { inQuote: boolean; listDepth: number; lead?: number };

  const visitFlow = (nodes: readonly (RootContent | BlockContent | DefinitionContent)[], ctx: Ctx, depth: number): void => {
    if (depth > MAX_NESTING) {
      // Absurd nesting: deeper content is not analysed, but the reader is told so once.
      if (!tooDeepReported) {
        tooDeepReported = true;
        const first = nodes[0];
        const at = first?.position?.start.offset ?? 0;
        parseProblems.push({
          code: 'markdown',
          message: `Lijsten of citaten zijn hier meer dan ${MAX_NESTING} niveaus diep genest; wat dieper staat, is niet gecontroleerd.`,
          span: span(at, at),
        });
      }
      return;
    }
    let lastParagraph: number | undefined;
    for (const node of nodes) {
      if (depth === 0 && fmEnd > 0 && (node.position?.start.offset ?? fmEnd) < fmEnd) continue;
      switch (node.type) {
        case 'heading': {
          const h = node as Heading;
          if (h.depth === 2 && depth === 0) startSection(h);
          const idx = addBlock('heading', h.children, h, { inQuote: ctx.inQuote });
          void idx;
          lastParagraph = undefined;
          break;
        }
        case 'paragraph':
          lastParagraph = addBlock(ctx.inQuote && ctx.listDepth === 0 ? 'blockquote' : ctx.listDepth > 0 ? 'listItem' : 'paragraph', node.children, node, {
            inQuote: ctx.inQuote,
            ...(ctx.listDepth > 0 ? { listDepth: ctx.listDepth - 1 } : {}),
            ...((ctx.listDepth > 0 || ctx.inQuote) && ctx.lead !== undefined ? { leadBlockIndex: ctx.lead } : {}),
          });
          break;
        case 'list': {
          const lead = lastParagraph;
          for (const item of node.children as ListItem[]) {
            visitFlow(item.children, { inQuote: ctx.inQuote, listDepth: ctx.listDepth + 1, lead }, depth + 1);
          }
          lastParagraph = undefined;
          break;
        }
        case 'blockquote':
          visitFlow(node.children, { inQuote: true, listDepth: 0, lead: lastParagraph ?? ctx.lead }, depth + 1);
          lastParagraph = undefined;
          break;
        case 'table': {
          // The first row of a GFM table is its header: column names, not statements. Each row is one
          // unit (documentformaat §3): its Bron cell is the source of the row, and in a chronology its
          // first cell dates the row.
          const tableIndex = tables.length;
          const cellTexts = node.children.map((row) => row.children.map((cell) => plainText(cell.children, text)));
          const columns = (cellTexts[0] ?? []).map((c) => c.text.trim());
          const sourceColumn = columns.findIndex((c) => SOURCE_COLUMN.test(c));
          const body = cellTexts.slice(1);
          const firstCells = body.map((r) => r[0]?.text.trim() ?? '').filter(Boolean);
          // Every first cell a date; or, under a first column headed Datum/Periode/…, most of them
          // (a row may say "onbekend" or "rond die tijd").
          const dated = firstCells.filter((c) => isDateCell(c)).length;
          const chronology = dated > 0 && (dated === firstCells.length || (DATE_COLUMN.test(columns[0] ?? '') && dated * 2 > firstCells.length));
          const table: Table = {
            index: tableIndex,
            span: span(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0),
            sectionIndex: currentSection,
            columns,
            ...(sourceColumn >= 0 ? { sourceColumn } : {}),
            chronology,
            rows: [],
          };
          tables.push(table);
          node.children.forEach((row, r) => {
            const cellBlocks = row.children.map((cell, c) =>
              addBlock('tableCell', cell.children, cell, { inQuote: ctx.inQuote, ...(r === 0 ? { tableHeader: true } : {}), table: { table: tableIndex, row: r, column: c } }),
            );
            const src = r > 0 && sourceColumn >= 0 ? cellTexts[r]![sourceColumn] : undefined;
            const srcText = src?.text.trim() ?? '';
            const hasSource = src !== undefined && ((srcText !== '' && !NO_SOURCE.test(srcText)) || src.footnotes.length > 0);
            const dateText = r > 0 && chronology ? (cellTexts[r]![0]?.text.trim() ?? '') : '';
            table.rows.push({
              index: r,
              header: r === 0,
              span: span(row.position?.start.offset ?? 0, row.position?.end.offset ?? 0),
              cellBlocks,
              ...(hasSource ? { source: srcText || src.footnotes.map((f) => `[^${f.label}]`).join(' ') } : {}),
              ...(r > 0 && cellTexts[r]!.some((c) => c.footnotes.length > 0 || findCitations(c.text).length > 0) ? { cited: true } : {}),
              ...(dateText ? { date: dateText } : {}),
            });
          });
          lastParagraph = undefined;
          break;
        }
        case 'html':
          addControlsFrom(node.value, node.position?.start.offset ?? 0);
          break;
        case 'footnoteDefinition': {
          const start = node.position?.start.offset ?? 0;
          const end = node.position?.end.offset ?? start;
          const defText = toString(node);
          footnoteDefinitions.push({ label: node.label ?? node.identifier, span: span(start, end), text: defText });
          // Citations inside a footnote definition count as citations.
          const raw = text.slice(start, end);
          for (const f of findCitations(raw)) {
            citations.push({ id: f.id, span: span(start + f.idStart, start + f.idEnd), groupSpan: span(start + f.groupStart, start + f.groupEnd) });
          }
          break;
        }
        default:
          break;
      }
    }
  };

  const startSection = (h: Heading): void => {
    const pt = plainText(h.children, text);
    const headingText = pt.text.trim();
    const start = h.position?.start.offset ?? 0;
    currentSection = sections.length;
    sections.push({
      index: currentSection,
      heading: headingText,
      normalizedHeading: normalizeHeading(headingText),
      kind: classify(headingText),
      headingSpan: span(start, h.position?.end.offset ?? start),
      span: span(start, text.length),
      blockIndexes: [],
      sentenceIndexes: [],
    });
    const prev = sections[currentSection - 1];
    if (prev) prev.span = span(prev.span.start.offset, start);
  };

  try {
    visitFlow(mdast.children, { inQuote: false, listDepth: 0 }, 0);
    collectInlineHtml(mdast, addControlsFrom);
  } catch (err) {
    parseProblems.push({ code: 'markdown', message: `Een deel van het document kon niet worden gelezen: ${readFailure(err)}.`, span: span(0, 0) });
  }
  controls.sort((a, b) => a.span.start.offset - b.span.start.offset);

  return {
    path,
    text,
    encoding: decoded.encoding,
    lineStarts,
    frontmatter,
    ...(type ? { type } : {}),
    mdast,
    sections,
    blocks,
    sentences,
    citations,
    footnoteReferences,
    footnoteDefinitions,
    sourceNotes,
    tables,
    controls,
    parseProblems,
    pointAt,
    slice: (s: Span) => text.slice(s.start.offset, s.end.offset),
    ...(options?.origin ? { origin: options.origin } : {}),
  };
}

/** A column that names the source of each row (documentformaat §3). */
const SOURCE_COLUMN = /^(bron|bronnen|bronvermelding)(\s*\(.*\)|\s*:)?$/i;
/** A first column headed as the time of each row. */
const DATE_COLUMN = /^(datum|data|periode|wanneer|jaar|tijdstip|moment)$/i;
/** A source cell that says there is none. */
const NO_SOURCE = /^[-–—]+$/;

const MONTH = '(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\\.?';
const DATE_CELL = new RegExp(
  '^(?:(?:begin|eind|medio|half|rond|ca\\.?|circa|voorjaar|zomer|najaar|herfst|winter)\\s+)?' +
    '(?:\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}|\\d{4}-\\d{1,2}(?:-\\d{1,2})?|\\d{1,2}[-/]\\d{4}|(?:\\d{1,2}\\s+)?' + MONTH + '\\s+\\d{4}|\\d{4})' +
    '(?:\\s*(?:[-–—]|t/m|tot)\\s*(?:\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}|\\d{4}-\\d{1,2}(?:-\\d{1,2})?|(?:\\d{1,2}\\s+)?(?:' + MONTH + '\\s+)?\\d{4}|heden|nu))?$',
  'i',
);

/** Does a table cell hold only a date or a period ("12-03-2021", "maart 2021", "2019", "2019-2021")? */
export function isDateCell(text: string): boolean {
  return DATE_CELL.test(text.trim());
}

/** Deeper list/quote nesting than this is not analysed. */
const MAX_NESTING = 200;

interface Group {
  start: number;
  end: number;
}

/** The trimmed text as one range (none when it is blank). */
function wholeRange(t: string): { start: number; end: number }[] {
  let start = 0;
  let end = t.length;
  while (start < end && /\s/.test(t[start]!)) start++;
  while (end > start && /\s/.test(t[end - 1]!)) end--;
  return end > start ? [{ start, end }] : [];
}

/** Whether index i lies in one of the sorted, non-overlapping [start, end) ranges. */
function inRanges(ranges: readonly { start: number; end: number }[], i: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid]!;
    if (i < r.start) hi = mid - 1;
    else if (i >= r.end) lo = mid + 1;
    else return true;
  }
  return false;
}

function dedupeGroups(found: { groupStart: number; groupEnd: number }[]): Group[] {
  const out: Group[] = [];
  const seen = new Set<number>();
  for (const f of found) {
    if (seen.has(f.groupStart)) continue;
    seen.add(f.groupStart);
    out.push({ start: f.groupStart, end: f.groupEnd });
  }
  return out;
}

/** Inline html (comments inside paragraphs) is not visited by visitFlow; walk phrasing content for it. */
function collectInlineHtml(root: Root, add: (html: string, start: number) => void): void {
  const stack: Nodes[] = [...root.children];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'paragraph' || n.type === 'heading' || n.type === 'tableCell' || n.type === 'emphasis' || n.type === 'strong' || n.type === 'link') {
      for (const c of n.children) {
        if (c.type === 'html') add(c.value, c.position?.start.offset ?? 0);
        else stack.push(c as Nodes);
      }
    } else if ('children' in n && n.type !== 'root') for (const c of n.children as Nodes[]) stack.push(c);
  }
}

/** Why reading failed, in Dutch (the JavaScript error's own text is English and says nothing to a user). */
function readFailure(err: unknown): string {
  if (err instanceof RangeError) return 'de opbouw (lijsten, citaten of opmaak in elkaar) gaat te veel lagen diep';
  return 'een onverwachte fout in de Markdown-lezer';
}
