/**
 * A small reader of the WordprocessingML parts toets needs: the body's
 * paragraphs (with heading level and list level from the paragraph style or
 * numbering), tables (merged cells kept as empty cells, so columns stay in
 * place), footnotes and the document's custom properties. Tracked deletions
 * are left out, tracked insertions are read: the text as Word shows it with
 * "Alle markeringen" accepted.
 */
import type { Document as XmlDocument, Element } from '@xmldom/xmldom';

export type BodyItem =
  | { kind: 'paragraph'; text: string; headingLevel?: number; title?: boolean; listLevel?: number }
  | { kind: 'table'; rows: string[][] };

export interface StyleInfo {
  name: string;
  basedOn?: string;
  outlineLevel?: number;
  list: boolean;
}

function children(el: Element | XmlDocument | null | undefined): Element[] {
  const out: Element[] = [];
  if (!el) return out;
  const nodes = el.childNodes;
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!;
    if (n.nodeType === 1) out.push(n as Element);
  }
  return out;
}

function child(el: Element | null | undefined, name: string): Element | undefined {
  return children(el).find((c) => c.localName === name);
}

/** w:val (or another attribute) by local name, whatever the prefix. */
function attr(el: Element | undefined, name: string): string | undefined {
  if (!el) return undefined;
  const attrs = el.attributes;
  for (let i = 0; i < attrs.length; i++) {
    const a = attrs[i]!;
    if (a.localName === name) return a.value;
  }
  return undefined;
}

function root(doc: XmlDocument): Element | undefined {
  return children(doc)[0];
}

export function readStyles(doc: XmlDocument | undefined): Map<string, StyleInfo> {
  const styles = new Map<string, StyleInfo>();
  if (!doc) return styles;
  for (const s of children(root(doc))) {
    if (s.localName !== 'style' || attr(s, 'type') !== 'paragraph') continue;
    const id = attr(s, 'styleId');
    if (!id) continue;
    const pPr = child(s, 'pPr');
    const lvl = attr(child(pPr, 'outlineLvl'), 'val');
    const basedOn = attr(child(s, 'basedOn'), 'val');
    styles.set(id, {
      name: attr(child(s, 'name'), 'val') ?? id,
      ...(basedOn ? { basedOn } : {}),
      ...(lvl !== undefined && /^\d$/.test(lvl) ? { outlineLevel: Number(lvl) } : {}),
      list: Boolean(child(pPr, 'numPr')),
    });
  }
  return styles;
}

/** Heading level 1–9 of a paragraph style (its name "heading N", its outline level, or a style it is based on); 0 for Title. */
function styleHeading(styleId: string, styles: Map<string, StyleInfo>): number | undefined {
  let id: string | undefined = styleId;
  for (let guard = 0; id && guard < 10; guard++) {
    const s = styles.get(id);
    const name = (s?.name ?? id).toLowerCase().replace(/\s+/g, ' ');
    const m = /^(?:heading|kop) ?(\d)$/.exec(name);
    if (m) return Number(m[1]);
    if (name === 'title' || name === 'titel') return 0;
    if (s?.outlineLevel !== undefined && s.outlineLevel < 9) return s.outlineLevel + 1;
    id = s?.basedOn;
  }
  return undefined;
}

function styleIsList(styleId: string, styles: Map<string, StyleInfo>): boolean {
  let id: string | undefined = styleId;
  for (let guard = 0; id && guard < 10; guard++) {
    const s = styles.get(id);
    if (!s) return /^list ?(bullet|number|paragraph)|^lijst/i.test(id);
    if (s.list || /^list (bullet|number)/i.test(s.name)) return true;
    id = s.basedOn;
  }
  return false;
}

/** The visible text of a paragraph (or any run container); footnote references become `[^id]` markers. */
export function runText(el: Element, out: string[] = []): string[] {
  for (const c of children(el)) {
    switch (c.localName) {
      case 't':
        out.push(c.textContent ?? '');
        break;
      case 'tab':
      case 'br':
      case 'cr':
      case 'ptab':
        out.push(' ');
        break;
      case 'noBreakHyphen':
        out.push('-');
        break;
      case 'footnoteReference': {
        const id = attr(c, 'id');
        if (id !== undefined) out.push(`\u0000fn${id}\u0000`);
        break;
      }
      // Deleted text (tracked changes), field instructions, properties: not part of what the reader sees.
      case 'del':
      case 'moveFrom':
      case 'delText':
      case 'instrText':
      case 'pPr':
      case 'rPr':
      case 'footnoteRef':
      case 'endnoteReference':
      case 'commentReference':
        break;
      default:
        runText(c, out);
    }
  }
  return out;
}

function paragraphText(p: Element): string {
  return runText(p).join('').replace(/\s+/g, ' ').trim();
}

function readParagraph(p: Element, styles: Map<string, StyleInfo>): BodyItem {
  const pPr = child(p, 'pPr');
  const styleId = attr(child(pPr, 'pStyle'), 'val');
  const text = paragraphText(p);
  let headingLevel = styleId ? styleHeading(styleId, styles) : undefined;
  const outline = attr(child(pPr, 'outlineLvl'), 'val');
  if (headingLevel === undefined && outline !== undefined && /^[0-8]$/.test(outline)) headingLevel = Number(outline) + 1;
  if (headingLevel !== undefined) {
    return headingLevel === 0 ? { kind: 'paragraph', text, headingLevel: 1, title: true } : { kind: 'paragraph', text, headingLevel };
  }
  const numPr = child(pPr, 'numPr');
  const numId = attr(child(numPr, 'numId'), 'val');
  if (numPr && numId !== '0') {
    const ilvl = Number(attr(child(numPr, 'ilvl'), 'val') ?? '0');
    return { kind: 'paragraph', text, listLevel: Number.isFinite(ilvl) ? Math.min(Math.max(ilvl, 0), 8) : 0 };
  }
  if (styleId && styleIsList(styleId, styles)) return { kind: 'paragraph', text, listLevel: 0 };
  return { kind: 'paragraph', text };
}

/** Text of a table cell: its paragraphs (and nested tables), one per line. */
function cellText(tc: Element): string {
  const parts: string[] = [];
  const walk = (el: Element): void => {
    for (const c of children(el)) {
      if (c.localName === 'p') parts.push(paragraphText(c));
      else if (c.localName === 'tbl' || c.localName === 'tr' || c.localName === 'tc' || c.localName === 'sdt' || c.localName === 'sdtContent' || c.localName === 'customXml') walk(c);
    }
  };
  walk(tc);
  return parts.filter(Boolean).join('\n');
}

function readTable(tbl: Element): BodyItem {
  const rows: string[][] = [];
  const rowElements: Element[] = [];
  const collectRows = (el: Element): void => {
    for (const c of children(el)) {
      if (c.localName === 'tr') rowElements.push(c);
      else if (c.localName === 'sdt' || c.localName === 'sdtContent' || c.localName === 'customXml') collectRows(c);
    }
  };
  collectRows(tbl);
  for (const tr of rowElements) {
    const row: string[] = [];
    const cells: Element[] = [];
    const collectCells = (el: Element): void => {
      for (const c of children(el)) {
        if (c.localName === 'tc') cells.push(c);
        else if (c.localName === 'sdt' || c.localName === 'sdtContent' || c.localName === 'customXml') collectCells(c);
      }
    };
    collectCells(tr);
    for (const tc of cells) {
      const tcPr = child(tc, 'tcPr');
      const vMerge = child(tcPr, 'vMerge');
      // A vertically merged continuation cell shows nothing of its own.
      row.push(vMerge && attr(vMerge, 'val') !== 'restart' ? '' : cellText(tc));
      const span = Number(attr(child(tcPr, 'gridSpan'), 'val') ?? '1');
      for (let k = 1; k < Math.min(span, 64); k++) row.push('');
    }
    rows.push(row);
  }
  return { kind: 'table', rows };
}

/** The body in reading order. */
export function readBody(doc: XmlDocument, styles: Map<string, StyleInfo>): BodyItem[] {
  const items: BodyItem[] = [];
  const body = child(root(doc), 'body');
  const walk = (el: Element | undefined): void => {
    for (const c of children(el)) {
      if (c.localName === 'p') items.push(readParagraph(c, styles));
      else if (c.localName === 'tbl') items.push(readTable(c));
      else if (c.localName === 'sdt' || c.localName === 'sdtContent' || c.localName === 'customXml' || c.localName === 'ins') walk(c);
    }
  };
  walk(body);
  return items;
}

/** Footnote id → text (separators and continuation notices left out). */
export function readFootnotes(doc: XmlDocument | undefined): Map<string, string> {
  const notes = new Map<string, string>();
  if (!doc) return notes;
  for (const f of children(root(doc))) {
    if (f.localName !== 'footnote') continue;
    const type = attr(f, 'type');
    if (type && type !== 'normal') continue;
    const id = attr(f, 'id');
    if (id === undefined) continue;
    const text = children(f)
      .filter((c) => c.localName === 'p')
      .map(paragraphText)
      .filter(Boolean)
      .join(' ');
    notes.set(id, text);
  }
  return notes;
}

/** Custom document properties (Bestand › Info › Eigenschappen › Geavanceerde eigenschappen › Aangepast). */
export function readCustomProperties(doc: XmlDocument | undefined): Array<{ name: string; value: string }> {
  const out: Array<{ name: string; value: string }> = [];
  if (!doc) return out;
  for (const p of children(root(doc))) {
    if (p.localName !== 'property') continue;
    const name = attr(p, 'name');
    const v = children(p)[0];
    if (!name || !v) continue;
    let value = (v.textContent ?? '').trim();
    // A date property is stored as a moment in UTC: its day is what Word showed.
    if (v.localName === 'filetime' && /^\d{4}-\d{2}-\d{2}T/.test(value)) value = value.slice(0, 10);
    out.push({ name, value });
  }
  return out;
}
