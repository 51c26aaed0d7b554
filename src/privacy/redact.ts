/**
 * `--redact`: replace personal data in everything toets writes, so output
 * can go into a CI log or a ticket.
 *
 * - Names from the frontmatter (`kinderen`, `betrokkenen`, also written as
 *   one line, as a map, or with `voornaam`/`achternaam`): the full name,
 *   first name alone, surname alone (with or without "de", "van" …),
 *   "C. Maas", and possessives (Sems, Sem's, Thomas'), case insensitive and
 *   only as whole words → `[moeder]`, `[vader]`, `[kind]` (one child) or
 *   `[kind 1]`, `[kind 2]` …, a role shared by several people numbered
 *   (`[ouder 1]`), initials (`[L.V.]`) when no role is known. A name
 *   several people share becomes `[naam]` (a shared surname `[achternaam]`).
 * - Other frontmatter values: a field the format does not define
 *   (`huisarts: Dr. H. Pietersen` → `[huisarts]`), `besproken[].met`, a
 *   person in `bronnen[].van`. Kept: type, datum, auteur, organisatie and
 *   the other fields of the format that hold no personal data.
 * - People and schools named only in the text (src/privacy/people.ts) →
 *   initials (`juf [P.S.]`) or `[school]`, and every later mention of them.
 * - Birth dates from the frontmatter (and after "geboren op" in the text),
 *   in every notation: 2 juni 2014, 02-06-2014, 2-6-'14, twee juni
 *   tweeduizendveertien … → `[geboortedatum]`.
 * - E-mail addresses, phone numbers (Dutch and international), BSNs
 *   (elfproef), IBANs (any country), postcodes and street addresses →
 *   `[e-mail]`, `[telefoonnummer]`, `[BSN]`, `[rekeningnummer]`,
 *   `[postcode]`, `[adres]`.
 * - The text of HTML comments (`<!-- … -->`, not toets comments) →
 *   `[opmerking]`.
 *
 * Names are matched in a view of the text without accents and invisible
 * characters (src/privacy/text-view.ts): "Zoë" written with a combining
 * diaeresis, "Yıl\u00ADmaz" with a soft hyphen and "İpek" all match.
 *
 * Positions never change: a finding keeps its line and column in the
 * original document. Where the document text itself is shown (HTML), the
 * FileResult carries `sourceEdits`, and `redactedRange` places a finding in
 * the redacted text. An excerpt is taken from the redacted document and only
 * then cut to length, so no part of a number is left at the cut. File paths
 * are kept: the user needs them.
 *
 * Fingerprints are SHA-1 hashes of the rule id and the redacted excerpt and
 * message (never of the original text, which a list of first names would
 * recover): the same redacted content gives the same fingerprint in every run.
 */
import type { FileResult, Finding, RunSummary, SourceEdit } from '../engine/types.js';
import { findTimeReferences } from '../taal/time.js';
import { createHash } from 'node:crypto';
import { cleanName, isParticle, mergePersonalData, personalDataFromText, withInitials } from './personal-data.js';
import type { NamedPerson, PersonalData } from './personal-data.js';
import { foldKey, makeView, toSource } from './text-view.js';
import type { TextView } from './text-view.js';
import { redactedRange } from './positions.js';
import { findAddresses, findBsns, findEmails, findIbans, findPhoneNumbers, findPostcodes } from './patterns.js';
import type { Hit } from './patterns.js';
import { escapeRegExp } from '../util/regexp.js';

export { redactedColumn, redactedRange } from './positions.js';

export type { BirthDate, NamedPerson, PersonalData } from './personal-data.js';
export { mergePersonalData, personalDataFromText } from './personal-data.js';
export type { Hit } from './patterns.js';

export interface Redactor {
  /** The text with all personal data replaced. */
  redact(text: string): string;
  /** Where the replacements are (offsets into `text`, sorted, never overlapping, never across a line break). */
  hits(text: string): Hit[];
}

const EMPTY: PersonalData = { people: [], birthDates: [] };


type VariantKind = 'full' | 'first' | 'last';

/** The ways a name is written in running text. */
function variants(naam: string): Array<{ text: string; kind: VariantKind }> {
  const tokens = cleanName(naam).split(' ').filter(Boolean);
  const out: Array<{ text: string; kind: VariantKind }> = [];
  const add = (text: string, kind: VariantKind) => {
    const letters = text.replace(/[^\p{L}]/gu, '');
    if (letters.length < 2) return;
    out.push({ text, kind });
  };
  if (tokens.length === 0) return out;
  add(tokens.join(' '), 'full');
  const isInitial = (t: string) => /^\p{L}\.$|^(?:\p{L}\.)+$/u.test(t);
  const firstIsGiven = !isInitial(tokens[0]!) && !isParticle(tokens[0]!) && tokens.length > 1;
  if (tokens.length === 1) {
    add(tokens[0]!, 'first');
  } else {
    if (firstIsGiven) {
      add(tokens[0]!, 'first');
      add(`${tokens[0]![0]}. ${tokens.slice(1).join(' ')}`, 'full');
    }
    // The surname with its particles ("de Vries") and without ("Vries").
    let from = tokens.findIndex((t, i) => i > 0 && !isInitial(t));
    if (from > 0) {
      add(tokens.slice(from).join(' '), 'last');
      while (from < tokens.length - 1 && isParticle(tokens[from]!)) from++;
      add(tokens.slice(from).join(' '), 'last');
    }
  }
  // Parts of double names: Anne-Fleur, Jansen-de Boer.
  for (const t of tokens) {
    if (!t.includes('-')) continue;
    for (const part of t.split('-')) if (part.length >= 3 && !isParticle(part)) add(part, t === tokens[0] && firstIsGiven ? 'first' : 'last');
  }
  return out;
}

interface NameTable {
  re: RegExp | undefined;
  labels: Map<string, string>;
  /** Keys matched only where written with a capital. */
  capitalOnly: Set<string>;
}

/** The ways a school is written: its name, and without "De"/"Het" in front. */
function schoolVariants(naam: string): Array<{ text: string; kind: VariantKind }> {
  const out = [{ text: naam, kind: 'full' as VariantKind }];
  const bare = naam.replace(/^(?:de|het|'t)\s+/i, '');
  if (bare !== naam && bare.length >= 4) out.push({ text: bare, kind: 'full' });
  return out;
}

function variantsOf(p: NamedPerson): Array<{ text: string; kind: VariantKind }> {
  if (p.kind === 'school') return schoolVariants(p.naam);
  if (p.kind === 'string') return p.naam.replace(/[^\p{L}\p{N}]/gu, '').length >= 2 ? [{ text: p.naam, kind: 'full' }] : [];
  return variants(p.naam);
}

/**
 * Every way of writing every name, with its label. `layers` in order of
 * precedence: a spelling an earlier layer knows keeps that layer's label;
 * within a layer, a spelling with several labels becomes `naam` (or
 * `achternaam`).
 */
function buildNameTable(layers: ReadonlyArray<readonly NamedPerson[]>, keep: ReadonlySet<string>): NameTable {
  const found = new Map<string, { labels: Set<string>; kinds: Set<VariantKind>; capitalOnly: boolean }>();
  for (const layer of layers) {
    const own = new Map<string, { labels: Set<string>; kinds: Set<VariantKind>; capitalOnly: boolean }>();
    for (const p of layer) {
      for (const v of variantsOf(p)) {
        const k = foldKey(v.text);
        if (!k || found.has(k) || keep.has(k)) continue;
        const entry = own.get(k) ?? { labels: new Set(), kinds: new Set(), capitalOnly: true };
        entry.labels.add(p.label);
        entry.kinds.add(v.kind);
        entry.capitalOnly &&= Boolean(p.capitalOnly);
        own.set(k, entry);
      }
    }
    for (const [k, e] of own) found.set(k, e);
  }
  const labels = new Map<string, string>();
  const capitalOnly = new Set<string>();
  for (const [k, e] of found) {
    labels.set(k, e.labels.size === 1 ? [...e.labels][0]! : [...e.kinds].every((x) => x === 'last') ? 'achternaam' : 'naam');
    if (e.capitalOnly) capitalOnly.add(k);
  }
  if (labels.size === 0) return { re: undefined, labels, capitalOnly };
  const alternatives = [...labels.keys()]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((k) => k.split(' ').map(escapeRegExp).join('[ \\t]+'));
  const re = new RegExp(`(?<![\\p{L}\\p{N}_])(${alternatives.join('|')})(['’]s|['’]|s)?(?![\\p{L}\\p{N}_])`, 'gu');
  return { re, labels, capitalOnly };
}

/** Names, matched in the lower-case view; offsets into the view. */
function nameHits(table: NameTable, view: TextView): Hit[] {
  const out: Hit[] = [];
  if (!table.re) return out;
  table.re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = table.re.exec(view.lower))) {
    const name = m[1]!;
    const suffix = m[2] ?? '';
    const k = name.replace(/[ \t]+/g, ' ');
    const capital = /^\p{Lu}/u.test(view.text[m.index]!);
    if (table.capitalOnly.has(k) && !capital) {
      table.re.lastIndex = m.index + 1;
      continue;
    }
    // "Sems" is a possessive only when written as a name: "bos" is not Bo's.
    if (suffix === 's' && !capital) {
      table.re.lastIndex = m.index + 1;
      continue;
    }
    const label = table.labels.get(k) ?? 'naam';
    out.push({ start: m.index, end: m.index + m[0].length, replacement: `[${label}]${suffix === 's' ? "'s" : view.text.slice(m.index + name.length, m.index + m[0].length)}` });
  }
  return out;
}

const UNITS = ['', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'];
const TEENS = ['tien', 'elf', 'twaalf', 'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien'];
const TENS = ['', '', 'twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig'];

/** 1–99 in Dutch words: 2 → twee, 22 → tweeëntwintig (also without the diaeresis, as the view writes it). */
function dutchNumber(n: number): string {
  if (n < 10) return UNITS[n]!;
  if (n < 20) return TEENS[n - 10]!;
  const u = n % 10;
  const t = TENS[Math.floor(n / 10)]!;
  return u === 0 ? t : `${UNITS[u]}${/e$/.test(UNITS[u]!) ? 'e' : ''}en${t}`;
}

function dutchYear(y: number): string[] {
  const rest = y % 100;
  const tail = rest === 0 ? '' : dutchNumber(rest);
  if (y >= 2000 && y < 2100) return [`tweeduizend${tail}`, `tweeduizend ${tail}`.trim()];
  if (y >= 1900 && y < 2000) return [`negentienhonderd${tail}`, `negentienhonderd ${tail}`.trim(), `negentien${tail}`];
  return [];
}

const MONTHS = [
  ['januari', 'jan'], ['februari', 'feb', 'febr'], ['maart', 'mrt', 'mar'], ['april', 'apr'], ['mei'], ['juni', 'jun'],
  ['juli', 'jul'], ['augustus', 'aug'], ['september', 'sep', 'sept'], ['oktober', 'okt', 'oct'], ['november', 'nov'], ['december', 'dec'],
];

/** A birth date in any notation: 2 juni 2014, 2-6-'14, 02.06.2014, twee juni tweeduizendveertien … (in the lower-case view). */
function birthDatePattern(iso: string): RegExp | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const yy = String(y % 100).padStart(2, '0');
  const alt = (xs: string[]) => `(?:${[...new Set(xs)].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})`;
  const day = alt([String(d), String(d).padStart(2, '0'), `${d}e`, `${d}de`, `${d}ste`, dutchNumber(d), dutchNumber(d).replace(/ee(?=n)/, 'ee')]);
  const monthWord = alt(MONTHS[mo - 1]!);
  const monthNum = alt([String(mo), String(mo).padStart(2, '0')]);
  const year = alt([String(y), ...dutchYear(y)]);
  const shortYear = `(?:${y}|['’]${yy}|${yy})`;
  const S = '[ \\t]+';
  const forms = [
    `${day}${S}${monthWord}\\.?(?:${S}|,${S}?)${year}`,
    `${day}([-/.])${monthNum}\\1(?:${shortYear})`,
    `${y}([-/.])${String(mo).padStart(2, '0')}\\2(?:${String(d).padStart(2, '0')})`,
  ];
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${forms.join('|')})(?![\\p{L}\\p{N}_]|[-/.]\\d)`, 'gu');
}

function birthDateHits(data: PersonalData, text: string, view: TextView, patterns: readonly RegExp[]): Hit[] {
  const out: Hit[] = [];
  if (data.birthDates.length === 0) return out;
  const iso = new Set(data.birthDates.map((b) => b.iso).filter((x): x is string => Boolean(x)));
  if (iso.size > 0 && /\d/.test(text)) {
    for (const ref of findTimeReferences(text)) {
      if (ref.precision === 'day' && ref.kind === 'absolute' && iso.has(ref.date.toISOString().slice(0, 10))) {
        out.push({ start: ref.start, end: ref.end, replacement: '[geboortedatum]' });
      }
    }
  }
  const inView: Hit[] = [];
  for (const re of patterns) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(view.lower))) inView.push({ start: m.index, end: m.index + m[0].length, replacement: '[geboortedatum]' });
  }
  // The value as written, also when it is no date anyone can read.
  for (const b of data.birthDates) {
    const w = foldKey(b.written);
    if (!w) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}_])${escapeRegExp(w)}(?![\\p{L}\\p{N}_])`, 'gu');
    let m: RegExpExecArray | null;
    while ((m = re.exec(view.lower))) inView.push({ start: m.index, end: m.index + m[0].length, replacement: '[geboortedatum]' });
  }
  return [...out, ...fromView(view, inView)];
}

/** Hits found in a view, placed in the original text. */
function fromView(view: TextView, hits: readonly Hit[]): Hit[] {
  return hits.map((h) => ({ ...toSource(view, h.start, h.end), replacement: h.replacement }));
}

/** The text inside HTML comments that are not toets comments (a writer's notes, shown by the HTML report). */
function commentHits(text: string): Hit[] {
  const out: Hit[] = [];
  if (!text.includes('<!--')) return out;
  for (const m of text.matchAll(/<!--([\s\S]*?)(?:-->|$)/g)) {
    const inner = m[1]!;
    if (/^\s*toets-(?:disable|enable)/.test(inner) || !/\S/.test(inner)) continue;
    const start = m.index! + 4 + (inner.length - inner.trimStart().length);
    const end = m.index! + 4 + inner.trimEnd().length;
    if (end > start) out.push({ start, end, replacement: '[opmerking]' });
  }
  return out;
}

/** A hit that spans line breaks becomes one hit per line: the first gets the replacement, the rest go. */
function perLine(hit: Hit, text: string): Hit[] {
  const inner = text.slice(hit.start, hit.end);
  if (!inner.includes('\n')) return [hit];
  const out: Hit[] = [];
  let start = hit.start;
  let first = true;
  for (const piece of inner.split('\n')) {
    if (piece.length > 0) out.push({ start, end: start + piece.length, replacement: first ? hit.replacement : '' });
    first = false;
    start += piece.length + 1;
  }
  return out;
}

/** Longest first where hits start together; the earlier one wins an overlap. */
function resolve(hits: Hit[]): Hit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Hit[] = [];
  let end = -1;
  for (const h of hits) {
    if (h.start < end) continue;
    out.push(h);
    end = h.end;
  }
  return out;
}

function apply(text: string, hits: readonly Hit[]): string {
  let out = '';
  let at = 0;
  for (const h of hits) {
    out += text.slice(at, h.start) + h.replacement;
    at = h.end;
  }
  return out + text.slice(at);
}

/**
 * A redactor for one document's personal data. Several sets (e.g. this
 * document's and, as initials, the other documents' in the run) go in order
 * of precedence: a name the first set knows keeps its label from that set.
 */
export function createRedactor(data: PersonalData | readonly PersonalData[] = EMPTY): Redactor {
  const sets = Array.isArray(data) ? (data as readonly PersonalData[]) : [data as PersonalData];
  const keep = new Set(sets.flatMap((s) => s.keep ?? []).map(foldKey));
  const layers: NamedPerson[][] = [];
  for (const s of sets) layers.push(s.people, (s.extra ?? []).filter((p) => !p.capitalOnly), (s.extra ?? []).filter((p) => p.capitalOnly));
  const table = buildNameTable(layers, keep);
  const dates = mergePersonalData(...sets);
  const datePatterns = [...new Set(dates.birthDates.map((b) => b.iso).filter((x): x is string => Boolean(x)))]
    .map(birthDatePattern)
    .filter((x): x is RegExp => Boolean(x));
  const hits = (text: string): Hit[] => {
    if (!text) return [];
    const view = makeView(text);
    const inView = [
      ...findEmails(view.text),
      ...findIbans(view.text),
      ...findPhoneNumbers(view.text),
      ...findBsns(view.text),
      ...findAddresses(view.text),
      ...findPostcodes(view.text),
      ...nameHits(table, view),
    ];
    const all = [...commentHits(text), ...birthDateHits(dates, text, view, datePatterns), ...fromView(view, inView)];
    return resolve(all.flatMap((h) => perLine(h, text)));
  };
  return { hits, redact: (text) => apply(text, hits(text)) };
}

/** One-off: `text` with the personal data of `data` (and e-mail, phone, BSN …) replaced. */
export function redactText(text: string, data: PersonalData | readonly PersonalData[] = EMPTY): string {
  return createRedactor(data).redact(text);
}

/**
 * For messages and excerpts: "[moeder] (moeder)" reads as "[moeder]"; an
 * excerpt cut off inside a word ("… Chantal Ma…") loses the cut word.
 */
function tidy(s: string, truncatedExcerpt: boolean): string {
  let t = s.replace(/\[(\p{L}+)((?: \d+)?)\] \((\p{L}+)\)/gu, (all, role: string, n: string, paren: string) =>
    role.toLowerCase() === paren.toLowerCase() ? `[${role}${n}]` : all,
  );
  if (truncatedExcerpt) t = t.replace(/(^|\s)[^\s\]]+…$/u, '$1…').replace(/(^|\s)[+(]?\d[\d\s().\/-]*…$/u, '$1…');
  return t;
}

function hash(s: string): string {
  return createHash('sha1').update(s).digest('hex');
}

/**
 * The fingerprint of a redacted finding: made from its redacted texts only,
 * so it gives away nothing the output does not show, and stays the same in
 * every run for the same redacted content. `n` tells apart findings with the
 * same texts in one file.
 */
export function redactedFingerprint(f: Pick<Finding, 'ruleId' | 'excerpt' | 'message'>, n = 0): string {
  return hash(`toets-redact/v1\0${f.ruleId}\0${f.excerpt.replace(/\s+/g, ' ').trim()}\0${f.message}\0${n}`);
}

/** An excerpt as the engine makes it: the span's text on one line, at most 200 characters. */
function excerptOf(text: string, start: number, end: number, limit: number): string {
  const oneLine = text.slice(start, Math.min(end, start + limit)).replace(/\s+/g, ' ').trim();
  if (oneLine.length <= 200) return oneLine;
  // Never half a placeholder at the cut.
  return oneLine.slice(0, 199).replace(/\[[^\]]*$/, '') + '…';
}

function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}

function offsetOf(starts: readonly number[], line: number, column: number, length: number): number | undefined {
  const s = starts[line - 1];
  return s === undefined ? undefined : Math.min(length, s + column - 1);
}

/** Positions of the replacements, by line and column of the original text. */
function sourceEdits(text: string, hits: readonly Hit[]): SourceEdit[] {
  const edits: SourceEdit[] = [];
  let line = 1;
  let lineStart = 0;
  let at = 0;
  for (const h of hits) {
    for (let i = text.indexOf('\n', at); i !== -1 && i < h.start; i = text.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    at = h.start;
    edits.push({ line, column: h.start - lineStart + 1, endColumn: h.end - lineStart + 1, length: h.replacement.length });
  }
  return edits;
}

/** The finding's sentence with personal data replaced; the cue's offsets follow the replacements. */
function redactSentence(sentence: NonNullable<Finding['sentence']>, r: Redactor): NonNullable<Finding['sentence']> {
  const hits = r.hits(sentence.text);
  // A position inside a replaced stretch moves to its start (cue start) or its end (cue end).
  const moved = (p: number, atEnd: boolean): number => {
    let shift = 0;
    for (const h of hits) {
      if (h.end <= p) shift += h.replacement.length - (h.end - h.start);
      else if (h.start < p) return h.start + shift + (atEnd ? h.replacement.length : 0);
    }
    return p + shift;
  };
  const start = moved(sentence.start, false);
  return { text: apply(sentence.text, hits), start, end: Math.max(start, moved(sentence.end, true)) };
}

/** A finding with personal data replaced in its texts (positions kept). */
export function redactFinding(f: Finding, r: Redactor, excerpt?: string): Finding {
  const out: Finding = {
    ...f,
    message: tidy(r.redact(f.message), false),
    excerpt: excerpt ?? tidy(r.redact(f.excerpt), f.excerpt.endsWith('…')),
  };
  out.fingerprint = redactedFingerprint(out);
  if (f.suggestion !== undefined) out.suggestion = tidy(r.redact(f.suggestion), false);
  if (f.sentence) out.sentence = redactSentence(f.sentence, r);
  if (f.place) {
    out.place = { ...f.place, description: r.redact(f.place.description) };
    if (f.place.heading !== undefined) out.place.heading = r.redact(f.place.heading);
  }
  // A fix may hold a birth date in ISO form; redacted output is for reading, not for fixing.
  delete out.fix;
  if (f.suppressed) out.suppressed = { ...f.suppressed, ...(f.suppressed.reason !== undefined ? { reason: tidy(r.redact(f.suppressed.reason), false) } : {}) };
  return out;
}

/** Personal data per file, read from each result's source text (keyed by filePath). */
export function personalDataFromSummary(summary: RunSummary): Map<string, PersonalData> {
  const out = new Map<string, PersonalData>();
  for (const r of summary.results) {
    if (r.source === undefined) continue;
    const data = personalDataFromText(r.source);
    out.set(r.filePath, mergePersonalData(out.get(r.filePath) ?? EMPTY, data));
  }
  return out;
}

/**
 * The whole run with personal data replaced in every text a reporter can
 * show: messages, excerpts, suggestions, reasons of disabled findings,
 * messages of unreadable files, and the document text. Each file uses its
 * own names (with roles) first, then the names of the other files in the
 * run (as initials), so a sibling named only elsewhere does not leak.
 * Pure: the input is not changed.
 */
export function redactSummary(summary: RunSummary, perFile: ReadonlyMap<string, PersonalData> = personalDataFromSummary(summary)): RunSummary {
  const others = withInitials(mergePersonalData(...perFile.values()));
  const redactors = new Map<string, Redactor>();
  const redactorFor = (filePath: string): Redactor => {
    let r = redactors.get(filePath);
    if (!r) {
      r = createRedactor([perFile.get(filePath) ?? EMPTY, others]);
      redactors.set(filePath, r);
    }
    return r;
  };
  const results = summary.results.map((res): FileResult => {
    const r = redactorFor(res.filePath);
    // The excerpt of a finding comes from the redacted document and is cut only then.
    let excerptFor: (f: Finding) => string | undefined = () => undefined;
    let redSource: string | undefined;
    let edits: SourceEdit[] | undefined;
    if (res.source !== undefined) {
      const source = res.source;
      const hits = r.hits(source);
      const red = apply(source, hits);
      const es = sourceEdits(source, hits);
      redSource = red;
      edits = es;
      const starts = lineStarts(source);
      const redStarts = lineStarts(red);
      excerptFor = (f) => {
        const s = offsetOf(starts, f.line, f.column, source.length);
        const e = offsetOf(starts, f.endLine, f.endColumn, source.length);
        // Only where the finding's own excerpt is this span's text (so the place is known for sure).
        if (s === undefined || e === undefined || excerptOf(source, s, e, 400) !== f.excerpt) return undefined;
        const at = redactedRange(f, es);
        const rs = offsetOf(redStarts, at.line, at.column, red.length);
        const re = offsetOf(redStarts, at.endLine, at.endColumn, red.length);
        return rs === undefined || re === undefined ? undefined : excerptOf(red, rs, Math.max(rs, re), 2000);
      };
    }
    const seen = new Map<string, number>();
    const redact = (f: Finding): Finding => {
      const out = redactFinding(f, r, excerptFor(f));
      const n = seen.get(out.fingerprint) ?? 0;
      seen.set(out.fingerprint, n + 1);
      if (n > 0) out.fingerprint = redactedFingerprint(out, n);
      return out;
    };
    const out: FileResult = {
      ...res,
      messages: res.messages.map(redact),
      suppressedMessages: res.suppressedMessages.map(redact),
    };
    if (res.fatal) out.fatal = { ...res.fatal, message: r.redact(res.fatal.message) };
    if (redSource !== undefined) {
      out.source = redSource;
      out.sourceEdits = edits!;
    }
    return out;
  });
  return { ...summary, results };
}
