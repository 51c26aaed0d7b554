/**
 * `--redact`: replace personal data in everything toets writes, so output
 * can go into a CI log or a ticket.
 *
 * - Names from the frontmatter (`kinderen[].naam`, `betrokkenen[].naam`):
 *   the full name, first name alone, surname alone (with or without "de",
 *   "van" …), "C. Maas", and possessives (Sems, Sem's, Thomas'), case
 *   insensitive and only as whole words → `[moeder]`, `[vader]`, `[kind]`
 *   (one child) or `[kind 1]`, `[kind 2]` …, a role shared by several
 *   people numbered (`[ouder 1]`), initials (`[L.V.]`) when no role is
 *   known. A name several people share becomes `[naam]` (a shared surname
 *   `[achternaam]`).
 * - Birth dates from the frontmatter, in every notation the language layer
 *   reads as that day (2 juni 2014, 02-06-2014, 2/6/2014, 2014-06-02 …) →
 *   `[geboortedatum]`.
 * - E-mail addresses, Dutch phone numbers, BSNs (elfproef), IBANs,
 *   postcodes and street addresses → `[e-mail]`, `[telefoonnummer]`,
 *   `[BSN]`, `[rekeningnummer]`, `[postcode]`, `[adres]`.
 *
 * Positions never change: a finding keeps its line and column in the
 * original document. Where the document text itself is shown (HTML), the
 * FileResult carries `sourceEdits`, and `redactedRange` places a finding in
 * the redacted text. File paths are kept: the user needs them.
 *
 * Fingerprints are SHA-1 hashes of the rule id, the excerpt and the
 * message: they show no text and stay as they are, so code scanning keeps
 * recognising its alerts.
 */
import type { FileResult, Finding, RunSummary, SourceEdit } from '../engine/types.js';
import { findTimeReferences } from '../taal/time.js';
import { cleanName, isParticle, mergePersonalData, personalDataFromText, withInitials } from './personal-data.js';
import type { PersonalData } from './personal-data.js';
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

function foldDiacritics(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

function key(s: string): string {
  return s.replace(/\s+/g, ' ').trim().toLowerCase();
}

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
  /** Single-word name parts, lowercase, for truncated excerpts. */
  words: Map<string, string>;
}

/**
 * Every way of writing every name, with its label. `sets` in order of
 * precedence: a spelling the first set knows keeps that set's label.
 */
function buildNameTable(sets: readonly PersonalData[]): NameTable {
  const found = new Map<string, { labels: Set<string>; kinds: Set<VariantKind> }>();
  for (const data of sets) {
    const own = new Map<string, { labels: Set<string>; kinds: Set<VariantKind> }>();
    for (const p of data.people) {
      for (const v of variants(p.naam)) {
        for (const text of new Set([v.text, foldDiacritics(v.text)])) {
          const k = key(text);
          if (found.has(k)) continue;
          const entry = own.get(k) ?? { labels: new Set(), kinds: new Set() };
          entry.labels.add(p.label);
          entry.kinds.add(v.kind);
          own.set(k, entry);
        }
      }
    }
    for (const [k, e] of own) found.set(k, e);
  }
  const labels = new Map<string, string>();
  for (const [k, e] of found) {
    labels.set(k, e.labels.size === 1 ? [...e.labels][0]! : [...e.kinds].every((x) => x === 'last') ? 'achternaam' : 'naam');
  }
  const words = new Map([...labels].filter(([k]) => !k.includes(' ')));
  if (labels.size === 0) return { re: undefined, labels, words };
  const alternatives = [...labels.keys()]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((k) => k.split(' ').map(escapeRegExp).join('[ \\t]+'));
  const re = new RegExp(`(?<![\\p{L}\\p{N}_])(${alternatives.join('|')})(['’]s|['’]|s)?(?![\\p{L}\\p{N}_])`, 'giu');
  return { re, labels, words };
}

function nameHits(table: NameTable, text: string): Hit[] {
  const out: Hit[] = [];
  if (!table.re) return out;
  table.re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = table.re.exec(text))) {
    const name = m[1]!;
    const suffix = m[2] ?? '';
    // "Sems" is a possessive only when written as a name: "bos" is not Bo's.
    if (suffix.toLowerCase() === 's' && !/^\p{Lu}/u.test(name)) continue;
    const label = table.labels.get(key(name)) ?? 'naam';
    out.push({ start: m.index, end: m.index + m[0].length, replacement: `[${label}]${suffix.toLowerCase() === 's' ? "'s" : suffix}` });
  }
  return out;
}

function birthDateHits(data: PersonalData, text: string): Hit[] {
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
  // The value as written, also when it is no date anyone can read.
  for (const b of data.birthDates) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}_])${escapeRegExp(b.written)}(?![\\p{L}\\p{N}_])`, 'giu');
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) out.push({ start: m.index, end: m.index + m[0].length, replacement: '[geboortedatum]' });
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
  const table = buildNameTable(sets);
  const dates = mergePersonalData(...sets);
  const hits = (text: string): Hit[] => {
    if (!text) return [];
    const all = [
      ...findEmails(text),
      ...findIbans(text),
      ...findPhoneNumbers(text),
      ...findBsns(text),
      ...findAddresses(text),
      ...findPostcodes(text),
      ...birthDateHits(dates, text),
      ...nameHits(table, text),
    ];
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
  if (truncatedExcerpt) t = t.replace(/(^|\s)[^\s\]]+…$/u, '$1…');
  return t;
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
export function redactFinding(f: Finding, r: Redactor): Finding {
  const out: Finding = {
    ...f,
    message: tidy(r.redact(f.message), false),
    excerpt: tidy(r.redact(f.excerpt), f.excerpt.endsWith('…')),
  };
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
    const out: FileResult = {
      ...res,
      messages: res.messages.map((f) => redactFinding(f, r)),
      suppressedMessages: res.suppressedMessages.map((f) => redactFinding(f, r)),
    };
    if (res.fatal) out.fatal = { ...res.fatal, message: r.redact(res.fatal.message) };
    if (res.source !== undefined) {
      const hits = r.hits(res.source);
      out.source = apply(res.source, hits);
      out.sourceEdits = sourceEdits(res.source, hits);
    }
    return out;
  });
  return { ...summary, results };
}
