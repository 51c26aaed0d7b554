/**
 * The document's text as HTML, rendered from the Markdown AST (mdast, with
 * positions) so that a reader sees headings, paragraphs, lists and tables
 * instead of Markdown, and the frontmatter as a table of the document's facts
 * instead of YAML. Every finding is placed in the rendered text: the text it
 * covers is wrapped in <mark>, and a numbered reference point follows the last
 * character it covers (or, for a finding on text that is not shown, such as a
 * link target, the first shown character after it). Findings in the
 * frontmatter mark the row of the key they are about.
 *
 * Nothing here loads anything: links are shown as text with their address,
 * images by their description.
 */
import type { Nodes, Root } from 'mdast';
import { parseMarkdownSafe } from '../../document/markdown.js';
import { escapeHtml as e } from './escape.js';
import { frontmatterHtml, locateYaml } from './frontmatter-html.js';

/** A finding's place as offsets into the source (end exclusive). */
export interface Plek {
  start: number;
  end: number;
}

export interface RenderOptions {
  /** Heading level of the document's level-1 headings (the report's own headings come before). */
  kopNiveau: number;
  /** Class of the <mark> for the findings covering a run (indices ascending). */
  markClass(meldingen: readonly number[]): string;
  /** Title text of a <mark>. */
  markTitle(meldingen: readonly number[]): string;
  /** The reference point of one finding (an <a>). */
  verwijzing(melding: number): string;
  /** Prefix for ids inside the document (footnotes). */
  idPrefix: string;
}

/** 1-based line/column (UTF-16, end exclusive) → offsets into `source`. */
export function offsetsOf(source: string): (line: number, column: number) => number {
  const starts = [0];
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return (line, column) => {
    const l = Math.min(Math.max(Number.isFinite(line) ? line : 1, 1), starts.length);
    const lineStart = starts[l - 1]!;
    const lineEnd = l < starts.length ? starts[l]! - 1 : source.length;
    const col = Number.isFinite(column) ? column : 1;
    return Math.min(Math.max(lineStart + col - 1, lineStart), lineEnd);
  };
}

/**
 * For each character of `value` (the text remark made of source[from, to)),
 * the offset in source it came from. Remark drops escapes, indentation and
 * quote markers, so the characters are matched in order, skipping source
 * characters that are not in the value (bounded look-ahead).
 */
export function align(value: string, source: string, from: number, to: number): number[] {
  const map: number[] = new Array<number>(value.length);
  let p = from;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    let q = p;
    const limit = Math.min(to, p + 64);
    while (q < limit && source[q] !== c) q++;
    if (q < limit) {
      map[i] = q;
      p = q + 1;
    } else {
      map[i] = Math.min(p, Math.max(to - 1, from));
    }
  }
  return map;
}

interface Blad {
  /** Offsets in source of each character of the shown text. */
  map: number[];
}

/** Where the reference point of each finding goes: after (or before) a character of a leaf. */
interface Plaatsing {
  /** Character index in the leaf. */
  teken: number;
  /** Finding index. */
  melding: number;
  /** After the character (the finding's end) or before it. */
  na: boolean;
}

type Modus = { soort: 'verzamel'; bladeren: Blad[] } | { soort: 'schrijf'; plaatsing: Map<number, Plaatsing[]>; frontmatter: number[] };

class Renderer {
  private bladNr = 0;
  /** Depth of the document's highest headings: they get level `kopNiveau`. */
  minDepth = 1;
  constructor(
    private readonly source: string,
    private readonly plekken: readonly Plek[],
    private readonly opts: RenderOptions,
    private readonly modus: Modus,
  ) {}

  /** Shown text of a node, with marks and reference points. */
  private leaf(value: string, node: Nodes | undefined): string {
    const nr = this.bladNr++;
    const start = node?.position?.start.offset;
    const end = node?.position?.end.offset;
    const map = start !== undefined && end !== undefined ? align(value, this.source, start, end) : [];
    if (this.modus.soort === 'verzamel') {
      this.modus.bladeren.push({ map });
      return '';
    }
    const refs = this.modus.plaatsing.get(nr) ?? [];
    if (map.length !== value.length) return e(value) + refs.map((r) => this.opts.verwijzing(r.melding)).join('');
    let out = '';
    let run = '';
    let runSet: number[] = [];
    const flush = (): void => {
      if (!run) return;
      out += runSet.length ? `<mark class="${this.opts.markClass(runSet)}" title="${e(this.opts.markTitle(runSet))}">${e(run)}</mark>` : e(run);
      run = '';
    };
    const refsAt = (i: number, na: boolean): string =>
      refs
        .filter((r) => r.na === na && r.teken === i)
        .map((r) => this.opts.verwijzing(r.melding))
        .join('');
    // Only the findings that overlap this leaf are looked at per character.
    const lo = map.length ? Math.min(map[0]!, map[map.length - 1]!) : 0;
    const hi = map.length ? Math.max(map[0]!, map[map.length - 1]!) : -1;
    const here = this.overlapping(lo, hi);
    if (here.length === 0 && refs.length === 0) return e(value);
    for (let i = 0; i < value.length; i++) {
      const voor = refsAt(i, false);
      const off = map[i]!;
      const set = here.filter((k) => off >= this.plekken[k]!.start && off < this.plekken[k]!.end);
      if (voor || !sameList(set, runSet)) {
        flush();
        out += voor;
        runSet = set;
      }
      run += value[i];
      const na = refsAt(i, true);
      if (na) {
        flush();
        out += na;
      }
    }
    flush();
    return out;
  }

  /** Findings by start offset, and a sweep over them: leaves come in source order. */
  private byStart: number[] | undefined;
  private next = 0;
  private active: number[] = [];

  private lastLo = 0;

  /** Indices of the findings that cover some of source offsets [lo, hi]. */
  private overlapping(lo: number, hi: number): number[] {
    const p = this.plekken;
    this.byStart ??= p.map((_, k) => k).sort((a, b) => p[a]!.start - p[b]!.start);
    if (lo < this.lastLo) {
      // A leaf before the previous one (not in source order): start the sweep again.
      this.next = 0;
      this.active = [];
    }
    this.lastLo = lo;
    while (this.next < this.byStart.length && p[this.byStart[this.next]!]!.start <= hi) this.active.push(this.byStart[this.next++]!);
    this.active = this.active.filter((k) => p[k]!.end > lo);
    return this.active.filter((k) => p[k]!.start <= hi);
  }

  private children(node: Nodes): string {
    return 'children' in node ? (node.children as Nodes[]).map((c) => this.node(c)).join('') : '';
  }

  node(node: Nodes): string {
    const o = this.opts;
    switch (node.type) {
      case 'root':
        return this.children(node);
      case 'yaml':
        return this.modus.soort === 'schrijf' ? frontmatterHtml(this.source, this.modus.frontmatter, this.plekken, o) : '';
      case 'heading': {
        const level = Math.min(6, o.kopNiveau + node.depth - this.minDepth);
        return `<h${level} class="dockop dk${node.depth}">${this.children(node)}</h${level}>\n`;
      }
      case 'paragraph':
        return `<p>${this.children(node)}</p>\n`;
      case 'blockquote':
        return `<blockquote>\n${this.children(node)}</blockquote>\n`;
      case 'list': {
        const tag = node.ordered ? 'ol' : 'ul';
        const start = node.ordered && node.start !== null && node.start !== undefined && node.start !== 1 ? ` start="${node.start}"` : '';
        return `<${tag}${start}>\n${this.children(node)}</${tag}>\n`;
      }
      case 'listItem': {
        const box = node.checked === true ? '☑ ' : node.checked === false ? '☐ ' : '';
        // A tight item's paragraph is shown without paragraph spacing.
        const inner = node.spread ? this.children(node) : node.children.map((c) => (c.type === 'paragraph' ? this.children(c) : this.node(c))).join('');
        return `<li>${box}${inner}</li>\n`;
      }
      case 'thematicBreak':
        return '<hr>\n';
      case 'code':
        return `<pre class="codeblok">${this.leaf(node.value, node)}</pre>\n`;
      case 'html': {
        const v = node.value.trim();
        // toets' own comments (toets-disable …) are shown small: they explain why a finding is off.
        if (/^<!--\s*toets-/.test(v)) return `<div class="opmerking">${this.leaf(node.value, node)}</div>\n`;
        if (v.startsWith('<!--')) return '';
        return `<span class="html">${this.leaf(node.value, node)}</span>`;
      }
      case 'definition':
        return `<p class="definitie">[${e(node.label ?? node.identifier)}]: ${e(node.url)}</p>\n`;
      case 'footnoteDefinition':
        return `<div class="voetnoot" id="${o.idPrefix}-fn-${e(node.identifier)}"><span class="voetnootnr">${e(node.label ?? node.identifier)}</span> ${this.children(node)}</div>\n`;
      case 'footnoteReference':
        return `<sup class="voetnootref"><a href="#${o.idPrefix}-fn-${e(node.identifier)}">${e(node.label ?? node.identifier)}</a></sup>`;
      case 'table': {
        const [kop, ...rest] = node.children;
        const align = node.align ?? [];
        const cell = (c: Nodes, i: number, tag: 'th' | 'td'): string => {
          const a = align[i] ? ` class="${align[i]}"` : '';
          return `<${tag}${tag === 'th' ? ' scope="col"' : ''}${a}>${this.children(c)}</${tag}>`;
        };
        const rij = (r: Nodes, tag: 'th' | 'td'): string => `<tr>${'children' in r ? (r.children as Nodes[]).map((c, i) => cell(c, i, tag)).join('') : ''}</tr>`;
        const head = kop ? `<thead>${rij(kop, 'th')}</thead>` : '';
        const body = rest.length ? `<tbody>\n${rest.map((r) => rij(r, 'td')).join('\n')}\n</tbody>` : '';
        return `<div class="tabel"><table class="doctabel">${head}\n${body}</table></div>\n`;
      }
      case 'tableRow':
      case 'tableCell':
        return this.children(node);
      case 'text':
        return this.leaf(node.value, node);
      case 'emphasis':
        return `<em>${this.children(node)}</em>`;
      case 'strong':
        return `<strong>${this.children(node)}</strong>`;
      case 'delete':
        return `<del>${this.children(node)}</del>`;
      case 'inlineCode':
        return `<code>${this.leaf(node.value, node)}</code>`;
      case 'break':
        return '<br>';
      case 'link': {
        const inner = this.children(node);
        // Shown, not followed: the report must not lead to or load anything outside it.
        return node.url && !node.url.startsWith('#') ? `<span class="link">${inner}</span> <span class="url">(${e(node.url)})</span>` : `<span class="link">${inner}</span>`;
      }
      case 'linkReference':
        return `<span class="link">${this.children(node)}</span>`;
      case 'image':
      case 'imageReference':
        return `<span class="afbeelding">[afbeelding${node.alt ? `: ${e(node.alt)}` : ''}]</span>`;
      default: {
        const n = node as Nodes & { value?: unknown };
        return typeof n.value === 'string' ? this.leaf(n.value, n) : this.children(n);
      }
    }
  }
}

function sameList(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export function parse(source: string): Root {
  const fm = locateYaml(source);
  const text = fm && fm.closeFence === '...' ? source.slice(0, fm.closeStart) + '---' + source.slice(fm.closeStart + 3) : source;
  return parseMarkdownSafe(text, fm?.blockEnd ?? 0).root;
}

/**
 * The document as HTML with the findings (`plekken`, offsets into source)
 * marked and a reference point for each.
 */
export function renderDocument(source: string, plekken: readonly Plek[], opts: RenderOptions): string {
  const root = parse(source);
  let minDepth = 6;
  for (const c of root.children) if (c.type === 'heading') minDepth = Math.min(minDepth, c.depth);
  const bladeren: Blad[] = [];
  new Renderer(source, plekken, opts, { soort: 'verzamel', bladeren }).node(root);

  const fm = locateYaml(source);
  // Every shown character in reading order, with its source offset (ascending: leaves follow the source).
  const offs: number[] = [];
  const bladOf: number[] = [];
  const tekenOf: number[] = [];
  bladeren.forEach((b, bi) =>
    b.map.forEach((off, ti) => {
      offs.push(Math.max(off, offs.length ? offs[offs.length - 1]! : 0));
      bladOf.push(bi);
      tekenOf.push(ti);
    }),
  );
  const firstAtOrAfter = (offset: number): number => {
    let a = 0;
    let b = offs.length;
    while (a < b) {
      const m = (a + b) >> 1;
      if (offs[m]! < offset) a = m + 1;
      else b = m;
    }
    return a;
  };
  const plaatsing = new Map<number, Plaatsing[]>();
  const inFrontmatter: number[] = [];
  const achteraan: number[] = [];
  plekken.forEach((p, k) => {
    if (fm && p.start < fm.blockEnd) {
      inFrontmatter.push(k);
      return;
    }
    // The last shown character the finding covers; else the first shown character after its start.
    const f = firstAtOrAfter(p.start);
    const l = firstAtOrAfter(p.end) - 1;
    const first = f < offs.length ? { blad: bladOf[f]!, teken: tekenOf[f]! } : undefined;
    const last = l >= f && f < offs.length ? { blad: bladOf[l]!, teken: tekenOf[l]! } : undefined;
    const put = (bi: number, ti: number, na: boolean): void => {
      const list = plaatsing.get(bi) ?? [];
      list.push({ teken: ti, melding: k, na });
      plaatsing.set(bi, list);
    };
    if (last) put(last.blad, last.teken, true);
    else if (first) put(first.blad, first.teken, false);
    else achteraan.push(k);
  });
  const writer = new Renderer(source, plekken, opts, { soort: 'schrijf', plaatsing, frontmatter: inFrontmatter });
  writer.minDepth = minDepth;
  let html = writer.node(root);
  if (fm && !root.children.some((c) => c.type === 'yaml')) html = frontmatterHtml(source, inFrontmatter, plekken, opts) + html;
  if (achteraan.length) html += `<p class="einde">Einde van de tekst ${achteraan.map((k) => opts.verwijzing(k)).join('')}</p>\n`;
  return html;
}
