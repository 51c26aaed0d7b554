/**
 * Word (.docx) → Markdown in the toets format, with a map from every line of
 * the Markdown back to a place a Word user can find (heading, paragraph,
 * table row, or where the frontmatter came from). The Markdown then goes
 * through buildDocument like any .md file, so every rule works unchanged.
 *
 * Frontmatter, in this order (the first that exists is used whole):
 *   1. a NAME.yaml next to NAME.docx (passed in as `sidecar`);
 *   2. a table of two columns at the start (Type | gezinsplan, Datum | …),
 *      plus a sources table anywhere (columns Id, Soort, Van, Datum, Titel …);
 *   3. the document's custom properties.
 * The key/value table and the sources table are data, not text: they are
 * never read as statements.
 */
import type { WordPlace } from '../types.js';
import { readBody, readCustomProperties, readFootnotes, readStyles } from './ooxml.js';
import type { BodyItem } from './ooxml.js';
import { parseXml, unpackDocx } from './zip.js';
import type { DocxError } from './zip.js';

export interface DocxConversion {
  ok: true;
  markdown: string;
  /** places[line - 1]: where line `line` of the Markdown came from. */
  places: (WordPlace | undefined)[];
  /** Where the frontmatter came from, or null when the document has none. */
  frontmatterFrom: 'yaml' | 'tabel' | 'eigenschappen' | null;
}

export interface DocxOptions {
  /** The text of NAME.yaml next to NAME.docx, and its file name (for messages). */
  sidecar?: { name: string; text: string };
}

/** Labels of the key/value table and custom properties → frontmatter keys. */
const KEYS: Record<string, string> = {
  type: 'type',
  documenttype: 'type',
  'soort document': 'type',
  titel: 'titel',
  datum: 'datum',
  auteur: 'auteur',
  'opgesteld door': 'auteur',
  organisatie: 'organisatie',
  versie: 'versie',
  kader: 'kader',
  kinderen: 'kinderen',
  kind: 'kinderen',
  betrokkenen: 'betrokkenen',
};

const SOURCE_COLUMNS = ['id', 'soort', 'van', 'datum', 'titel', 'status', 'overgenomen'];

function keyOf(label: string): string | undefined {
  return KEYS[label.toLowerCase().replace(/[:*]/g, '').replace(/\s+/g, ' ').trim()];
}

/** A YAML scalar: plain when that is unambiguous, else double-quoted (JSON is valid YAML). */
function scalar(value: string): string {
  const v = value.trim();
  if (/^[\p{L}\p{N}][\p{L}\p{N} .,/()'-]*$/u.test(v) && !/ #|: /.test(v)) return v;
  return JSON.stringify(v);
}

/** "Sem (2014-06-02); Noor (2016-01-05)" → entries; parentheses may hold commas. */
function splitEntries(value: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of value) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (ch === ',' || ch === ';' || ch === '\n')) {
      if (cur.trim()) out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

const DATE_LIKE = /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$/;

/** YAML lines for one key of the frontmatter; list keys read "Naam (geboortedatum)" and "Naam (rol)". */
function yamlLines(key: string, value: string): string[] {
  if (key === 'kinderen' || key === 'betrokkenen') {
    const lines = [`${key}:`];
    for (const entry of splitEntries(value)) {
      const m = /^(.*?)\s*\(([^)]*)\)$/.exec(entry);
      const naam = (m ? m[1]! : entry).trim();
      lines.push(`  - naam: ${scalar(naam)}`);
      if (m) {
        const inner = m[2]!.split(',').map((s) => s.trim()).filter(Boolean);
        for (const part of inner) {
          const date = part.replace(/^(geboren|geb\.?)\s*/i, '');
          if (DATE_LIKE.test(date)) lines.push(`    ${key === 'kinderen' ? 'geboortedatum' : 'datum'}: ${scalar(date)}`);
          else if (key === 'betrokkenen' && /^gezag$/i.test(part)) lines.push('    gezag: true');
          else if (key === 'betrokkenen') lines.push(`    rol: ${scalar(part.toLowerCase())}`);
        }
      }
    }
    return lines;
  }
  return [`${key}: ${scalar(value.replace(/\s*\n\s*/g, ' '))}`];
}

function isKeyValueTable(rows: string[][]): boolean {
  const filled = rows.filter((r) => r.some((c) => c.trim()));
  if (filled.length < 2 || filled.some((r) => r.filter((c) => c.trim()).length > 2 || r.length > 2)) return false;
  const keys = filled.map((r) => keyOf(r[0] ?? ''));
  // At least two known names (a chronology "Datum | Gebeurtenis" with one row is no data table), one of them type or datum.
  const known = keys.filter(Boolean).length;
  return (keys.includes('type') || keys.includes('datum')) && known >= 2 && known * 2 >= filled.length;
}

function isSourcesTable(rows: string[][]): boolean {
  const header = (rows[0] ?? []).map((c) => c.toLowerCase().trim());
  return header.includes('id') && header.includes('soort') && rows.length >= 2;
}

/** Markdown escapes for text from Word: what Word shows must not become Markdown syntax. */
function escapeText(text: string, inTable: boolean): string {
  let t = text.replace(/[\\*_`<]/g, (c) => `\\${c}`);
  if (inTable) t = t.replace(/\|/g, '\\|');
  else {
    t = t
      .replace(/^([#>+=~]|-(?=\s|-|$))/, '\\$1')
      .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
  }
  return t;
}

function withFootnotes(text: string, labels: Map<string, number>): string {
  return text.replace(/\u0000fn([^\u0000]*)\u0000/g, (_, id: string) => {
    const n = labels.get(id);
    return n === undefined ? '' : `[^${n}]`;
  });
}

function headingMapping(items: BodyItem[]): (level: number, title: boolean) => number {
  const counts = new Map<number, number>();
  for (const it of items) {
    if (it.kind === 'paragraph' && it.headingLevel !== undefined && !it.title && it.text) counts.set(it.headingLevel, (counts.get(it.headingLevel) ?? 0) + 1);
  }
  const levels = [...counts.keys()].sort((a, b) => a - b);
  // The sections are the highest heading level that occurs more than once; a single top heading is the document's title.
  let sectionLevel = levels[0] ?? 2;
  if (levels.length > 1 && counts.get(sectionLevel) === 1) sectionLevel = levels[1]!;
  return (level, title) => (title ? 1 : level < sectionLevel ? 1 : Math.min(6, 2 + level - sectionLevel));
}

export function convertDocx(bytes: Uint8Array, options: DocxOptions = {}): DocxConversion | DocxError {
  const unpacked = unpackDocx(bytes);
  if (!unpacked.ok) return unpacked;
  const xml = (part: string) => {
    const text = unpacked.parts.get(part);
    return text === undefined ? undefined : parseXml(text, part);
  };
  const main = xml('word/document.xml')!;
  if (!main.ok) return main;
  const extras: Record<string, ReturnType<typeof xml>> = {};
  for (const part of ['word/styles.xml', 'word/footnotes.xml', 'docProps/custom.xml']) {
    const parsed = xml(part);
    if (parsed && !parsed.ok) return parsed;
    extras[part] = parsed;
  }
  const docOf = (part: string) => {
    const p = extras[part];
    return p && p.ok ? p.doc : undefined;
  };
  const styles = readStyles(docOf('word/styles.xml'));
  const items = readBody(main.doc, styles);
  const footnotes = readFootnotes(docOf('word/footnotes.xml'));
  const properties = readCustomProperties(docOf('docProps/custom.xml'));

  const lines: string[] = [];
  const places: (WordPlace | undefined)[] = [];
  const push = (line: string, place?: WordPlace) => {
    lines.push(line);
    places.push(place);
  };

  // --- Frontmatter.
  const kvIndex = items.findIndex((it, i) => it.kind === 'table' && isKeyValueTable(it.rows) && !items.slice(0, i).some((b) => b.kind === 'table'));
  const sourceIndexes = new Set(items.map((it, i) => (it.kind === 'table' && isSourcesTable(it.rows) ? i : -1)).filter((i) => i >= 0));
  let frontmatterFrom: DocxConversion['frontmatterFrom'] = null;
  if (options.sidecar) {
    frontmatterFrom = 'yaml';
    const body = options.sidecar.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    const yamlLinesOf = body.split('\n');
    // A sidecar may or may not have the '---' fences itself.
    const fenced = yamlLinesOf[0]?.trim() === '---';
    const closeAt = fenced ? yamlLinesOf.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l)) : -1;
    const content = fenced ? yamlLinesOf.slice(1, closeAt > 0 ? closeAt : undefined) : yamlLinesOf;
    while (content.length && content[content.length - 1]!.trim() === '') content.pop();
    push('---');
    content.forEach((l, i) => {
      const line = i + 1 + (fenced ? 1 : 0);
      push(l, { description: `${options.sidecar!.name}, regel ${line}`, frontmatter: 'yaml' });
    });
    push('---');
  } else if (kvIndex >= 0 || sourceIndexes.size > 0 || properties.some((p) => keyOf(p.name))) {
    const fm: Array<{ line: string; place: WordPlace }> = [];
    const seen = new Set<string>();
    if (kvIndex >= 0) {
      frontmatterFrom = 'tabel';
      const rows = (items[kvIndex] as { rows: string[][] }).rows;
      rows.forEach((r, i) => {
        const key = keyOf(r[0] ?? '');
        const value = (r[1] ?? '').trim();
        if (!key || !value || seen.has(key)) return;
        seen.add(key);
        const place: WordPlace = { description: `gegevenstabel bovenaan, rij ${i + 1} (${(r[0] ?? '').trim()})`, frontmatter: 'gegevenstabel', row: i + 1 };
        for (const l of yamlLines(key, value)) fm.push({ line: l, place });
      });
    } else if (properties.some((p) => keyOf(p.name))) {
      frontmatterFrom = 'eigenschappen';
      for (const p of properties) {
        const key = keyOf(p.name);
        if (!key || !p.value || seen.has(key)) continue;
        seen.add(key);
        const place: WordPlace = { description: `documenteigenschap '${p.name}' (Bestand › Info › Eigenschappen › Geavanceerde eigenschappen › Aangepast)`, frontmatter: 'eigenschappen' };
        for (const l of yamlLines(key, p.value)) fm.push({ line: l, place });
      }
    }
    if (!frontmatterFrom) frontmatterFrom = 'tabel';
    const sourceRows: Array<{ row: string[]; header: string[]; place: WordPlace }> = [];
    let tableNo = 0;
    for (const i of [...sourceIndexes].sort((a, b) => a - b)) {
      tableNo++;
      const rows = (items[i] as { rows: string[][] }).rows;
      const header = rows[0]!.map((c) => c.toLowerCase().trim());
      rows.slice(1).forEach((row, k) => {
        if (row.some((c) => c.trim())) sourceRows.push({ row, header, place: { description: `brontabel${sourceIndexes.size > 1 ? ` ${tableNo}` : ''}, rij ${k + 2}`, frontmatter: 'brontabel', row: k + 2 } });
      });
    }
    if (sourceRows.length) {
      fm.push({ line: 'bronnen:', place: sourceRows[0]!.place });
      for (const { row, header, place } of sourceRows) {
        let first = true;
        header.forEach((h, c) => {
          if (!SOURCE_COLUMNS.includes(h) || !(row[c] ?? '').trim()) return;
          const v = row[c]!.replace(/\s*\n\s*/g, ' ').trim();
          const value = h === 'overgenomen' ? (/^(ja|true|x)$/i.test(v) ? 'true' : /^(nee|false)$/i.test(v) ? 'false' : scalar(v)) : h === 'soort' || h === 'status' ? scalar(v.toLowerCase()) : scalar(v);
          fm.push({ line: `${first ? '  - ' : '    '}${h}: ${value}`, place });
          first = false;
        });
      }
    }
    push('---');
    for (const { line, place } of fm) push(line, place);
    push('---');
  }

  // The fences of the generated frontmatter: a finding about the data as a whole points there.
  if (frontmatterFrom) {
    const where =
      frontmatterFrom === 'yaml' ? options.sidecar!.name : frontmatterFrom === 'tabel' ? (kvIndex >= 0 ? 'de gegevenstabel bovenaan' : 'de brontabel') : 'de documenteigenschappen (Bestand › Info › Eigenschappen)';
    const fence: WordPlace = { description: `de gegevens van het document (${where})` };
    places[0] = fence;
    places[lines.length - 1] = fence;
  }

  // --- Body.
  const mapHeading = headingMapping(items);
  const footnoteLabels = new Map<string, number>();
  for (const it of items) {
    const texts = it.kind === 'paragraph' ? [it.text] : it.rows.flat();
    for (const t of texts) for (const m of t.matchAll(/\u0000fn([^\u0000]*)\u0000/g)) if (!footnoteLabels.has(m[1]!) && footnotes.has(m[1]!)) footnoteLabels.set(m[1]!, footnoteLabels.size + 1);
  }
  let heading: string | undefined;
  let paragraphNo = 0;
  let tableNo = 0;
  let prevListLevel = -1;
  const under = () => (heading ? `onder kop "${heading.length > 60 ? `${heading.slice(0, 59)}…` : heading}"` : 'aan het begin van het document');
  const blank = () => {
    if (lines.length && lines[lines.length - 1] !== '') push('');
  };
  items.forEach((it, i) => {
    if (i === kvIndex || sourceIndexes.has(i)) return;
    if (it.kind === 'table') {
      const width = Math.max(...it.rows.map((r) => r.length));
      if (width === 0 || !it.rows.some((r) => r.some((c) => c.trim()))) return;
      tableNo++;
      blank();
      prevListLevel = -1;
      it.rows.forEach((r, k) => {
        const cells = Array.from({ length: width }, (_, c) => withFootnotes(escapeText((r[c] ?? '').replace(/\s*\n\s*/g, ' '), true), footnoteLabels));
        const place: WordPlace = { description: `${under()}, tabel ${tableNo}, rij ${k + 1}`, ...(heading ? { heading: heading } : {}), table: tableNo, row: k + 1 };
        push(`| ${cells.join(' | ')} |`, place);
        if (k === 0) push(`|${' --- |'.repeat(width)}`, place);
      });
      push('');
      return;
    }
    if (!it.text) return;
    // A toets comment typed in Word works as in Markdown.
    if (/^<!--\s*toets-[\s\S]*-->$/.test(it.text)) {
      blank();
      push(it.text, { description: `${under()}, toets-opmerking` });
      push('');
      return;
    }
    if (it.headingLevel !== undefined) {
      heading = it.text.replace(/\u0000fn[^\u0000]*\u0000/g, '');
      paragraphNo = 0;
      tableNo = 0;
      prevListLevel = -1;
      blank();
      push(`${'#'.repeat(mapHeading(it.headingLevel, Boolean(it.title)))} ${withFootnotes(escapeText(it.text, false), footnoteLabels)}`, { description: `kop "${heading}"`, heading: heading });
      push('');
      return;
    }
    paragraphNo++;
    const place: WordPlace = { description: `${under()}, alinea ${paragraphNo}`, ...(heading ? { heading: heading } : {}), paragraph: paragraphNo };
    const text = withFootnotes(escapeText(it.text, false), footnoteLabels);
    if (it.listLevel !== undefined) {
      // Markdown nests one level at a time: a jump from level 0 to 3 is read as level 1.
      const level = Math.min(it.listLevel, prevListLevel + 1);
      if (prevListLevel < 0) blank();
      prevListLevel = level;
      push(`${'  '.repeat(level)}- ${text}`, place);
      return;
    }
    prevListLevel = -1;
    blank();
    push(text, place);
    push('');
  });
  blank();
  for (const [id, n] of footnoteLabels) {
    push(`[^${n}]: ${escapeText(footnotes.get(id) ?? '', false).replace(/\u0000fn[^\u0000]*\u0000/g, '') || '-'}`, { description: `voetnoot ${n}` });
    push('');
  }
  while (lines.length && lines[lines.length - 1] === '') {
    lines.pop();
    places.pop();
  }
  return { ok: true, markdown: lines.join('\n') + '\n', places, frontmatterFrom };
}
