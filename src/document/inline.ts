/**
 * Inline mdast → plain reading text, with the source offset of every
 * character, so a sentence found in the plain text maps back to the exact
 * line and column in the Markdown source through emphasis, links, escapes,
 * code spans and footnote references.
 */
import type { Nodes, PhrasingContent } from 'mdast';

export interface PlainText {
  text: string;
  /** map[i] = offset in the document text of text[i]. */
  map: number[];
  footnotes: { label: string; start: number; end: number; at: number }[];
  /** [start, end) ranges of `text` that came from code spans, in order. */
  code: { start: number; end: number }[];
}

/**
 * Align `value` (what remark made of a text node) with the source slice it
 * came from; handles backslash escapes, entity references and stripped
 * indentation. Linear in the length of both strings.
 */
function align(value: string, source: string, sourceStart: number, out: number[]): void {
  let p = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (p < source.length && source[p] === ch) {
      out.push(sourceStart + p++);
      continue;
    }
    if (source[p] === '\\' && source[p + 1] === ch) {
      p++;
      out.push(sourceStart + p++);
      continue;
    }
    if (source[p] === '&') {
      const semi = source.indexOf(';', p);
      if (semi > p && semi - p <= 32) {
        out.push(sourceStart + p);
        p = semi + 1;
        continue;
      }
    }
    // Skip what remark dropped (indentation, markers), but only a little way.
    let q = p;
    const limit = Math.min(source.length, p + 64);
    while (q < limit && source[q] !== ch) q++;
    if (q < limit) {
      p = q;
      out.push(sourceStart + p++);
    } else out.push(sourceStart + Math.min(p, Math.max(0, source.length - 1)));
  }
}

export function plainText(children: readonly PhrasingContent[], doc: string): PlainText {
  const parts: string[] = [];
  const map: number[] = [];
  const footnotes: PlainText['footnotes'] = [];
  const code: PlainText['code'] = [];
  let length = 0;
  const push = (s: string, offsets: number[]) => {
    parts.push(s);
    for (const o of offsets) map.push(o);
    length += s.length;
  };
  const walk = (node: Nodes): void => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    switch (node.type) {
      case 'text': {
        const offs: number[] = [];
        if (start !== undefined && end !== undefined) align(node.value, doc.slice(start, end), start, offs);
        else for (let i = 0; i < node.value.length; i++) offs.push(map.length ? map[map.length - 1]! : 0);
        push(node.value, offs);
        return;
      }
      case 'inlineCode': {
        const offs: number[] = [];
        if (start !== undefined && end !== undefined) align(node.value, doc.slice(start, end), start, offs);
        else for (let i = 0; i < node.value.length; i++) offs.push(0);
        code.push({ start: length, end: length + node.value.length });
        push(node.value, offs);
        return;
      }
      case 'break':
        push(' ', [start ?? (map.length ? map[map.length - 1]! : 0)]);
        return;
      case 'footnoteReference':
        footnotes.push({ label: node.label ?? node.identifier, start: start ?? 0, end: end ?? 0, at: length });
        return;
      case 'html':
      case 'image':
      case 'imageReference':
        return;
      default:
        if ('children' in node) for (const c of node.children as Nodes[]) walk(c);
    }
  };
  for (const c of children) walk(c as Nodes);
  return { text: parts.join(''), map, footnotes, code };
}
