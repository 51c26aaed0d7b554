/**
 * Markdown → mdast with remark. Very large documents are parsed in chunks,
 * because micromark's event editing grows faster than linearly with the
 * size of one parse: chunks end at a level-2 heading or a blank line outside
 * code fences, and their positions are shifted back into the whole text.
 */
import type { Nodes, Root } from 'mdast';
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

export function parseMarkdown(text: string): Root {
  if (text.length <= CHUNK_THRESHOLD) return processor.parse(text);
  const cuts = chunkBoundaries(text);
  const root: Root = { type: 'root', children: [] };
  let lineOffset = 0;
  for (let i = 0; i < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1] ?? text.length;
    const chunk = text.slice(start, end);
    const part = processor.parse(chunk);
    for (const child of part.children) {
      shift(child, start, lineOffset);
      root.children.push(child);
    }
    for (let k = chunk.indexOf('\n'); k >= 0; k = chunk.indexOf('\n', k + 1)) lineOffset++;
  }
  root.position = { start: { line: 1, column: 1, offset: 0 }, end: { line: lineOffset + 1, column: 1, offset: text.length } };
  return root;
}
