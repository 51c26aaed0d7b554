/**
 * The frontmatter as a table of the document's facts (type, date, children,
 * sources …) for a reader who does not read YAML. A finding in the
 * frontmatter marks the row of the key it is about; one before the first key
 * (or in frontmatter that cannot be read) is shown at the table's caption.
 */
import { isMap, isPair, isScalar, parseDocument } from 'yaml';
import { escapeHtml as e } from './escape.js';
import type { Plek, RenderOptions } from './document-html.js';

export interface YamlBlok {
  blockStart: number;
  /** End of the block, after the closing fence and its newline. */
  blockEnd: number;
  yamlStart: number;
  closeStart: number;
  closeFence: '---' | '...';
}

/** The frontmatter block at the start of the text, as the document model reads it ('---' … '---' or '...'). */
export function locateYaml(text: string): YamlBlok | undefined {
  const open = /^---[ \t]*\n/.exec(text);
  if (!open) return undefined;
  const yamlStart = open[0].length;
  const m = /^(?:---|\.\.\.)[ \t]*$/m.exec(text.slice(yamlStart));
  if (!m) return undefined;
  const closeStart = yamlStart + m.index;
  let blockEnd = closeStart + m[0].length;
  if (text[blockEnd] === '\n') blockEnd++;
  return { blockStart: 0, blockEnd, yamlStart, closeStart, closeFence: m[0].startsWith('...') ? '...' : '---' };
}

function label(key: string): string {
  const k = key.replace(/[-_]/g, ' ');
  return k.charAt(0).toUpperCase() + k.slice(1);
}

function isScalarValue(v: unknown): boolean {
  return v === null || v === undefined || typeof v !== 'object' || v instanceof Date;
}

function scalar(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (v instanceof Date) return e(v.toISOString().slice(0, 10));
  if (typeof v === 'boolean') return v ? 'ja' : 'nee';
  return e(String(v));
}

function object(o: Record<string, unknown>): string {
  return Object.entries(o)
    .map(([k, v]) => `<span class="sleutel">${e(label(k))}:</span> ${readable(v)}`)
    .join('<span class="scheiding"> · </span>');
}

/** A YAML value as readable HTML: scalars as text, lists as lists, maps as "Key: value" pairs. */
export function readable(v: unknown): string {
  if (isScalarValue(v)) return scalar(v);
  if (Array.isArray(v)) {
    if (v.length === 0) return '—';
    if (v.every(isScalarValue)) return v.map(scalar).join(', ');
    return `<ul class="waarden">${v.map((x) => `<li>${readable(x)}</li>`).join('')}</ul>`;
  }
  return object(v as Record<string, unknown>);
}

export function frontmatterHtml(source: string, meldingen: readonly number[], plekken: readonly Plek[], opts: RenderOptions): string {
  const fm = locateYaml(source);
  if (!fm) return '';
  const yaml = source.slice(fm.yamlStart, fm.closeStart);
  const refs = (list: readonly number[]): string => list.map((k) => opts.verwijzing(k)).join('');
  const caption = (list: readonly number[]): string => `<caption>Gegevens van het document (het kopje)${list.length ? ' ' + refs(list) : ''}</caption>`;

  const doc = parseDocument(yaml, { prettyErrors: false, strict: false, uniqueKeys: false });
  if (doc.errors.length === 0 && doc.contents === null) {
    return `<div class="kopje"><p class="kopje-titel">Gegevens van het document (het kopje): het kopje is leeg. ${refs(meldingen)}</p></div>\n`;
  }
  if (doc.errors.length > 0 || !isMap(doc.contents)) {
    const cls = meldingen.length ? ` class="${opts.markClass(meldingen)}"` : '';
    return `<div class="kopje"><p class="kopje-titel">Gegevens van het document (het kopje; niet als gegevens te lezen, daarom zoals geschreven) ${refs(meldingen)}</p><pre class="codeblok"><span${cls}>${e(yaml)}</span></pre></div>\n`;
  }
  const data = doc.toJS() as Record<string, unknown>;
  const rows: Array<{ key: string; start: number; value: unknown; meldingen: number[] }> = [];
  for (const pair of doc.contents.items) {
    if (!isPair(pair)) continue;
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const start = fm.yamlStart + ((pair.key as { range?: [number, number, number] } | null)?.range?.[0] ?? 0);
    rows.push({ key, start, value: data[key], meldingen: [] });
  }
  const atCaption: number[] = [];
  for (const k of meldingen) {
    const p = plekken[k]!;
    let row: (typeof rows)[number] | undefined;
    for (const r of rows) if (r.start <= p.start) row = r;
    if (row && p.start >= fm.yamlStart && p.start < fm.closeStart) row.meldingen.push(k);
    else atCaption.push(k);
  }
  const body = rows
    .map((r) => {
      const value = readable(r.value);
      // A value may be a list: the cell itself is marked (a <mark> may not hold a list).
      const td = r.meldingen.length ? `<td class="gemarkeerd ${opts.markClass(r.meldingen)}" title="${e(opts.markTitle(r.meldingen))}">${value} ${refs(r.meldingen)}</td>` : `<td>${value}</td>`;
      return `<tr><th scope="row">${e(label(r.key))}</th>${td}</tr>`;
    })
    .join('\n');
  return `<div class="tabel kopje"><table class="feiten">${caption(atCaption)}\n<tbody>\n${body}\n</tbody></table></div>\n`;
}
