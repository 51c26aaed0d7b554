/**
 * The personal data a document names in its frontmatter (format §1): the
 * names of `kinderen[].naam` and `betrokkenen[].naam`, each with the label
 * that replaces it when output is redacted, and the birth dates
 * (`geboortedatum`). Read tolerantly: a frontmatter with YAML errors, or
 * without a closing fence, still gives the names it spells out, so a broken
 * document is not the one whose names leak.
 */
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { findNamesInText, firstNameList, isOrdinaryWord, namesInSentence } from './people.js';
import { makeView } from './text-view.js';
import { locateFrontmatter } from '../document/frontmatter.js';
import { findTimeReferences } from '../taal/time.js';

export interface NamedPerson {
  /** The name as written in the frontmatter, e.g. 'Lisa de Vries'. */
  naam: string;
  /** What replaces it, without brackets: a role ('moeder', 'kind 2') or initials ('L.V.'). */
  label: string;
  /**
   * How it is matched: a person's name also by first name, surname and
   * initials ('person', the default); a school by its whole name, with or
   * without an article ('school'); any other value only as written
   * ('string').
   */
  kind?: 'person' | 'school' | 'string';
  /** Matched only where written with a capital (names found in the running text). */
  capitalOnly?: boolean;
}

export interface BirthDate {
  /** The value as written in the frontmatter, e.g. '2014-06-02' or '22-01-2019'. */
  written: string;
  /** The date it stands for (YYYY-MM-DD), when it could be read. */
  iso?: string;
}

export interface PersonalData {
  /** The children and betrokkenen of the frontmatter. */
  people: NamedPerson[];
  birthDates: BirthDate[];
  /**
   * Other personal values of the frontmatter (unknown fields, `besproken[].met`,
   * a person in `bronnen[].van`), then the people and schools named in the
   * text; in that order of precedence, after `people`.
   */
  extra?: NamedPerson[];
  /** Names that stay (the author), lower case. */
  keep?: string[];
}

const PARTICLES = new Set(['van', 'de', 'der', 'den', 'het', "'t", 'te', 'ten', 'ter', 'in', 'op', 'la', 'le', 'du', 'da', 'von', 'zu', 'el', 'al', 'bin']);
const TITLES = /^(?:(?:mevrouw|meneer|mevr\.?|mw\.?|dhr\.?|de\s+heer|juf|juffrouw|meester|dokter|dr\.|mr\.|drs\.|ir\.|ing\.|prof\.)\s+)+/i;

/** Roles from the schema, as they read in a label. */
const ROLE_LABELS: Record<string, string> = { overig: 'betrokkene' };

/** Words for a person's place in the family: a role, never a name (`moeder: Lisa`, `met: moeder`). */
const ROLE_WORDS = new Set([
  'moeder', 'vader', 'ouder', 'ouders', 'verzorger', 'verzorgers', 'pleegouder', 'pleegouders', 'pleegmoeder', 'pleegvader', 'stiefouder', 'stiefmoeder',
  'stiefvader', 'grootouder', 'grootouders', 'oma', 'opa', 'overig', 'partner', 'broer', 'zus', 'oom', 'tante', 'voogd', 'kind', 'kinderen', 'jongere',
  'gezin', 'school', 'mentor', 'leerkracht', 'huisarts', 'jeugdbeschermer', 'gezinsvoogd', 'wijkteam', 'buurvrouw', 'buurman', 'neef', 'nicht',
]);

/** Frontmatter fields whose values are not personal (format §1), or that are kept on purpose (the author). */
const PLAIN_FIELDS = new Set([
  'type', 'datum', 'versie', 'kader', 'soort', 'status', 'id', 'overgenomen', 'gezag', 'door', 'tot', 'beschikking', 'rol', 'organisatie', 'auteur',
  'titel', 'onjuist', 'sectie', 'regels', 'taal',
]);

export function isParticle(token: string): boolean {
  return PARTICLES.has(token.toLowerCase());
}

/** Name as written, without a leading title ('mevrouw Jansen' → 'Jansen'), whitespace collapsed. */
export function cleanName(naam: string): string {
  return naam.replace(/\s+/g, ' ').trim().replace(TITLES, '').trim();
}

/** 'Lisa de Vries' → 'L.V.'; particles and initials already written keep their letter only once. */
export function initials(naam: string): string {
  const letters = cleanName(naam)
    .split(/[\s-]+/)
    .filter((t) => t && !isParticle(t))
    .map((t) => /\p{L}/u.exec(t)?.[0]?.toUpperCase())
    .filter((c): c is string => Boolean(c));
  return letters.length ? `${letters.join('.')}.` : 'naam';
}

/** The ISO day a written date stands for, in any notation the language layer reads as one day. */
export function isoDay(written: string): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(written.trim());
  if (iso) {
    const d = new Date(Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])));
    return d.getUTCDate() === Number(iso[3]) ? written.trim() : undefined;
  }
  const ref = findTimeReferences(written).find((r) => r.precision === 'day' && r.kind === 'absolute');
  return ref ? ref.date.toISOString().slice(0, 10) : undefined;
}

interface RawPerson {
  naam: string;
  group: 'kind' | 'betrokkene' | 'overig';
  rol?: string;
}

/**
 * The frontmatter as a tree of the values as written: every scalar is its
 * source text (a phone number 0612345678 keeps its 0), a map keeps every
 * key (also a key that is itself a list, `? [Femke Hoekstra]`).
 */
interface MapTree {
  entries: Array<[string, Tree | undefined]>;
}
type Tree = string | Tree[] | MapTree;

function isMapTree(t: Tree | undefined): t is MapTree {
  return typeof t === 'object' && !Array.isArray(t);
}

function strings(t: Tree | undefined): string[] {
  if (t === undefined) return [];
  if (typeof t === 'string') return [t];
  if (isMapTree(t)) return t.entries.flatMap(([k, v]) => [k, ...strings(v)]);
  return t.flatMap(strings);
}

function toTree(node: unknown, yaml: string, depth = 0): Tree | undefined {
  if (depth > 50 || !node) return undefined;
  if (isScalar(node)) {
    if (node.value === null || node.value === undefined) return undefined;
    const range = node.range;
    const raw = node.type === 'PLAIN' && range ? yaml.slice(range[0], range[1]) : String(node.value);
    const s = raw.replace(/\s+/g, ' ').trim();
    return s || undefined;
  }
  if (isSeq(node)) return node.items.map((i) => toTree(i, yaml, depth + 1)).filter((x): x is Tree => x !== undefined);
  if (isMap(node)) {
    const out: MapTree = { entries: [] };
    for (const pair of node.items) {
      const k = isScalar(pair.key) ? String(pair.key.value ?? '') : strings(toTree(pair.key, yaml, depth + 1)).join(' ');
      out.entries.push([k.trim(), toTree(pair.value, yaml, depth + 1)]);
    }
    return out;
  }
  return undefined;
}

/** Structured reading of the YAML (no library warnings: they would quote the values on stderr). */
function readYaml(yaml: string): Tree | undefined {
  try {
    const doc = parseDocument(yaml, { uniqueKeys: false, strict: false, prettyErrors: false, logLevel: 'silent' });
    return toTree(doc.contents, yaml);
  } catch {
    return undefined;
  }
}

function get(t: Tree | undefined, key: string): Tree | undefined {
  if (!isMapTree(t)) return undefined;
  return t.entries.find(([k]) => k.toLowerCase() === key)?.[1];
}

function str(t: Tree | undefined): string | undefined {
  return typeof t === 'string' ? t : undefined;
}

/**
 * Line by line, for YAML that does not parse: every `naam:` and
 * `geboortedatum:` value, wherever it stands.
 */
function scanLines(yaml: string): { names: string[]; dates: string[] } {
  const names: string[] = [];
  const dates: string[] = [];
  for (const line of yaml.split('\n')) {
    const m = /^[\s-]*(naam|voornaam|achternaam|roepnaam|geboortedatum)\s*:\s*(.*?)\s*$/i.exec(line);
    if (!m || !m[2]) continue;
    const value = m[2].replace(/\s+#.*$/, '').replace(/^(["'])(.*)\1$/, '$2').trim();
    if (!value) continue;
    (m[1]!.toLowerCase() === 'geboortedatum' ? dates : names).push(value);
  }
  return { names, dates };
}

/** "Sem en Noor", "Sem, Noor & Daan": the names of a list written as one line. */
function splitNames(s: string): string[] {
  return s
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s*(?:,|;|&|\+|\/|\ben\b)\s*/u)
    .map((x) => x.trim())
    .filter((x) => /\p{L}/u.test(x));
}

/** A person written as a map: `naam`, or `voornaam` with `achternaam` (and `tussenvoegsel`). */
function nameOf(item: Tree | undefined): string | undefined {
  const naam = str(get(item, 'naam'));
  if (naam) return naam;
  const parts = ['voornaam', 'roepnaam', 'tussenvoegsel', 'achternaam', 'familienaam'].map((k) => str(get(item, k))).filter(Boolean);
  return parts.length ? parts.join(' ') : undefined;
}

interface Reading {
  raw: RawPerson[];
  dates: string[];
  fields: NamedPerson[];
  keep: string[];
}

/** The people of `kinderen` or `betrokkenen`, however they are written. */
function readPeople(value: Tree | undefined, group: 'kind' | 'betrokkene', r: Reading): void {
  if (value === undefined) return;
  const person = (naam: string | undefined, rol?: string) => {
    if (!naam) return;
    for (const n of splitNames(naam)) r.raw.push({ naam: n, group, ...(rol ? { rol } : {}) });
  };
  if (typeof value === 'string') return void person(value);
  if (isMapTree(value)) {
    if (nameOf(value)) {
      person(nameOf(value), str(get(value, 'rol')));
      readDetails(value, r);
      return;
    }
    // A map of people: `moeder: Lisa` (role → name), `Sem: {geboortedatum: …}` or `Sem: 2014-06-02` (name → details).
    for (const [k, v] of value.entries) {
      if (ROLE_WORDS.has(k.toLowerCase()) && typeof v === 'string') person(v, group === 'betrokkene' ? k : undefined);
      else if (ROLE_WORDS.has(k.toLowerCase()) && isMapTree(v)) {
        person(nameOf(v), str(get(v, 'rol')) ?? k);
        readDetails(v, r);
      } else {
        person(isMapTree(v) ? nameOf(v) ?? k : k, isMapTree(v) ? str(get(v, 'rol')) : typeof v === 'string' && ROLE_WORDS.has(v.toLowerCase()) ? v : undefined);
        if (typeof v === 'string' && isoDay(v)) r.dates.push(v);
        if (isMapTree(v)) readDetails(v, r);
      }
    }
    return;
  }
  for (const item of value) {
    if (typeof item === 'string') person(item);
    else if (isMapTree(item)) {
      person(nameOf(item), str(get(item, 'rol')));
      readDetails(item, r);
    } else readPeople(item, group, r);
  }
}

const NAME_KEYS = new Set(['naam', 'voornaam', 'roepnaam', 'tussenvoegsel', 'achternaam', 'familienaam']);

/** The rest of a person's map: birth dates, and other fields as personal values. */
function readDetails(item: Tree, r: Reading): void {
  if (!isMapTree(item)) return;
  for (const [k, v] of item.entries) {
    const key = k.toLowerCase();
    if (NAME_KEYS.has(key) || key === 'rol') continue;
    readField(key, v, r);
  }
}

/** A label from a field name: `huisarts` → [huisarts]; anything else → [gegevens]. */
function fieldLabel(key: string): string {
  return /^\p{Ll}[\p{Ll}-]{1,24}$/u.test(key) && !PLAIN_FIELDS.has(key) ? key : 'gegevens';
}

/** A value that reads as someone's name: a few capitalised words, initials or particles (after a title). */
function looksLikeName(s: string): boolean {
  const words = cleanName(s).split(' ');
  if (words.length === 0 || words.length > 5) return false;
  return words.every((w) => /^\p{Lu}[\p{L}'’-]*\.?$/u.test(w) || /^(?:\p{Lu}\.)+$/u.test(w) || isParticle(w)) && words.some((w) => /^\p{Lu}\p{Ll}/u.test(w));
}

/** Any field the format does not define, at any depth: its values are personal. */
function readField(key: string, value: Tree | undefined, r: Reading): void {
  if (value === undefined) return;
  if (key === 'geboortedatum' || key === 'geboren') {
    for (const s of strings(value)) r.dates.push(s);
    return;
  }
  if (NAME_KEYS.has(key)) {
    for (const s of strings(value)) r.raw.push({ naam: s, group: 'overig' });
    return;
  }
  if (isMapTree(value)) {
    const naam = nameOf(value);
    if (naam) r.raw.push({ naam, group: 'overig' });
    for (const [k, v] of value.entries) {
      if (!/^\p{Ll}[\p{Ll}_-]*$/u.test(k)) personalValue(key, k, r);
      if (!NAME_KEYS.has(k.toLowerCase()) || !naam) readField(k.toLowerCase(), v, r);
    }
    return;
  }
  if (Array.isArray(value)) {
    for (const v of value) readField(key, v, r);
    return;
  }
  if (PLAIN_FIELDS.has(key)) return;
  personalValue(key, value, r);
}

function personalValue(key: string, value: string, r: Reading): void {
  const s = value.trim();
  if (s.length < 2 || /^(?:ja|nee|true|false|onbekend|geen|n\.?v\.?t\.?|-)$/i.test(s)) return;
  if (isoDay(s) || /^\d{1,3}$/.test(s)) return;
  // A single ordinary lowercase word ("voetbal") tells nothing about who someone is.
  if (/^\p{Ll}+$/u.test(s) && (s.length < 4 || isOrdinaryWord(s))) return;
  const label = fieldLabel(key);
  if (looksLikeName(s)) r.fields.push({ naam: s, label: label === 'gegevens' ? initials(s) : label, kind: 'person' });
  else r.fields.push({ naam: s, label, kind: 'string' });
}

/**
 * A source (`bronnen[].van`) or a conversation partner (`besproken[].met`)
 * that is a person. Initials, a title or a known first name make a person
 * (matched also by first name and surname). Other capitalised words that are
 * no ordinary words may be a person or an organisation ("Annemiek Dijkstra",
 * "Huisartsenpraktijk Lindendorp"): replaced as written and by the last
 * word, never by the first ("Huisartsenpraktijk" stays). `anyCapital`: one
 * capitalised word is enough (`met: Lisa`).
 */
function personIn(s: string, r: Reading, anyCapital: boolean): void {
  for (const p of splitNames(s).map((x) => x.trim())) {
    if (ROLE_WORDS.has(p.toLowerCase()) || !/\p{Lu}/u.test(p)) continue;
    const words = cleanName(p).split(' ').filter((w) => !isParticle(w) && !/^(?:\p{Lu}\.)+$/u.test(w));
    const strong = looksLikeName(p) && (/\p{Lu}\./u.test(p) || TITLES.test(p) || firstNameList().all.has(makeView(words[0] ?? '').text));
    if (strong) {
      r.raw.push({ naam: p, group: 'overig' });
      continue;
    }
    if (!(anyCapital || (words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w)))) || words.every((w) => isOrdinaryWord(w))) continue;
    // An organisation ("Politie Eenheid Voorbeeld", "Huisartsenpraktijk Lindendorp") stays; a school in it is found in the text.
    if (words.some((w) => ORGANISATION.test(w))) continue;
    addPhrase(p, r);
  }
}

/** A word that makes a name an organisation's. */
const ORGANISATION = /(?:zorg|centrum|praktijk|instelling|school|stichting|gemeente|regio|corporatie|bureau|dienst|kliniek|ziekenhuis|opvang|huis|team|college|lyceum|politie|raad|thuis|instituut|vereniging|groep|afdeling|eenheid|ambtenaar|kantoor|bescherming|ggz|ggd|roc|sbo|bv|nv)$/i;

/** A phrase replaced as written, and its last capitalised word wherever it is written with a capital. */
function addPhrase(p: string, r: Reading): void {
  const label = initials(p);
  r.fields.push({ naam: p, label, kind: 'string' });
  const last = cleanName(p).split(' ').filter((w) => /^\p{Lu}/u.test(w) && !/^(?:\p{Lu}\.)+$/u.test(w)).pop();
  if (last && last !== p && !isOrdinaryWord(last)) r.fields.push({ naam: last, label, kind: 'string', capitalOnly: true });
}

function sentenceNames(s: string, r: Reading): void {
  const { names, phrases } = namesInSentence(s);
  for (const p of phrases) r.fields.push({ naam: p, label: initials(p), kind: 'string' });
  for (const n of names) r.fields.push({ naam: n, label: initials(n), capitalOnly: true });
}

function readFrontmatterData(data: Tree | undefined, r: Reading): void {
  if (!isMapTree(data)) return;
  for (const [k, v] of data.entries) {
    const key = k.toLowerCase();
    if (key === 'kinderen') readPeople(v, 'kind', r);
    else if (key === 'betrokkenen') readPeople(v, 'betrokkene', r);
    else if (key === 'titel') {
      for (const s of strings(v)) sentenceNames(s, r);
    } else if (key === 'auteur') {
      // The author stays, also as "mevrouw Visser" in the text.
      for (const s of strings(v)) {
        for (const part of s.split(/[,;(]/)) {
          const naam = cleanName(part).toLowerCase();
          if (!naam) continue;
          r.keep.push(naam);
          const last = naam.split(' ').filter((w) => !isParticle(w) && !/^(?:\p{L}\.)+$/u.test(w)).pop();
          if (last && naam.includes(' ')) r.keep.push(last);
        }
      }
    } else if (key === 'besproken' || key === 'bronnen' || key === 'correcties' || key === 'maatregelen') {
      for (const item of Array.isArray(v) ? v : [v]) {
        if (!isMapTree(item)) continue;
        for (const [ik, iv] of item.entries) {
          const k2 = ik.toLowerCase();
          if ((key === 'besproken' && k2 === 'met') || (key === 'bronnen' && k2 === 'van')) {
            for (const s of strings(iv)) personIn(s, r, key === 'besproken');
          } else if (key === 'maatregelen' && k2 === 'kinderen') {
            for (const s of strings(iv)) for (const p of splitNames(s)) r.raw.push({ naam: p, group: 'kind' });
          } else if (key === 'maatregelen' && k2 === 'van') continue;
          else if (k2 === 'onjuist' || k2 === 'titel') {
            for (const s of strings(iv)) sentenceNames(s, r);
          }
          else readField(k2, iv, r);
        }
      }
    } else if (!/^\p{Ll}[\p{Ll}_-]*$/u.test(k)) {
      // A key that is itself a name (`Femke Hoekstra: buurvrouw`, `? [Femke Hoekstra]`).
      personalValue('gegevens', k, r);
      readField(key, v, r);
    } else readField(key, v, r);
  }
}

/** Give each person a label: their role (numbered when several share it), else initials. */
function label(people: RawPerson[]): NamedPerson[] {
  const tokens = new Set(people.flatMap((p) => cleanName(p.naam).toLowerCase().split(/[\s-]+/)));
  const roleOf = (p: RawPerson): string | undefined => {
    if (p.group === 'kind') return 'kind';
    if (p.group !== 'betrokkene' || !p.rol) return undefined;
    const rol = p.rol.trim().toLowerCase();
    // A role is a short plain word or two, and never (part of) someone's name.
    if (!/^\p{L}[\p{L} -]{1,29}$/u.test(rol) || rol.split(/[\s-]+/).some((t) => tokens.has(t))) return undefined;
    return ROLE_LABELS[rol] ?? rol;
  };
  const roles = people.map(roleOf);
  const total = new Map<string, number>();
  for (const r of roles) if (r) total.set(r, (total.get(r) ?? 0) + 1);
  const seen = new Map<string, number>();
  return people.map((p, i) => {
    const r = roles[i];
    if (!r) return { naam: p.naam, label: initials(p.naam) };
    const n = (seen.get(r) ?? 0) + 1;
    seen.set(r, n);
    return { naam: p.naam, label: (total.get(r) ?? 0) > 1 ? `${r} ${n}` : r };
  });
}

/** Whole document: the frontmatter's people, birth dates and other personal values, then the names in the text. */
export function personalDataFromText(text: string): PersonalData {
  const normal = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const located = locateFrontmatter(normal);
  const yaml = located.block?.yaml ?? (located.unclosed ? normal.replace(/^---[^\n]*\n?/, '') : '');

  const r: Reading = { raw: [], dates: [], fields: [], keep: [] };
  if (yaml) {
    readFrontmatterData(readYaml(yaml), r);
    // Whatever the structured reading missed (broken YAML, names under other keys): initials.
    const scanned = scanLines(yaml);
    const known = new Set(r.raw.map((p) => cleanName(p.naam).toLowerCase()));
    const knownWords = new Set(r.raw.flatMap((p) => cleanName(p.naam).toLowerCase().split(' ')));
    for (const naam of scanned.names) {
      // `voornaam: Daantje` next to `achternaam: Hofstede` is part of a name already read.
      if (cleanName(naam).toLowerCase().split(' ').every((w) => knownWords.has(w))) continue;
      if (!known.has(cleanName(naam).toLowerCase())) {
        known.add(cleanName(naam).toLowerCase());
        r.raw.push({ naam, group: 'overig' });
      }
    }
    r.dates.push(...scanned.dates);
  }
  // A birth date in the text: "geboren op 3 maart 1985".
  for (const m of normal.matchAll(/geboren\s+(?:op\s+|in\s+)?(\d{1,2}(?:[-/.]\d{1,2}[-/.]|\s+\p{L}+\.?\s+)\d{2,4})/giu)) r.dates.push(m[1]!);

  const birthDates: BirthDate[] = [];
  for (const w of new Set(r.dates)) {
    const iso = isoDay(w);
    birthDates.push({ written: w, ...(iso ? { iso } : {}) });
  }
  // Unique people, the first reading of a name wins.
  const seen = new Set<string>();
  const seenWords = new Set<string>();
  const ordered = [...r.raw.filter((p) => p.group !== 'overig'), ...r.raw.filter((p) => p.group === 'overig')];
  const raw = ordered.filter((p) => {
    const k = cleanName(p.naam).toLowerCase();
    if (!k || seen.has(k)) return false;
    // A name found elsewhere ("familie Yılmaz" in the title) that is part of a child's or betrokkene's name is theirs.
    if (p.group === 'overig' && k.split(' ').every((w) => seenWords.has(w))) return false;
    seen.add(k);
    for (const w of k.split(' ')) if (!isParticle(w)) seenWords.add(w);
    return true;
  });
  const keep = new Set(r.keep.filter(Boolean));
  const found: NamedPerson[] = findNamesInText(makeView(normal).text, keep).map((f) =>
    f.kind === 'school' ? { naam: f.naam, label: 'school', kind: 'school', capitalOnly: true } : { naam: f.naam, label: initials(f.naam), capitalOnly: true },
  );
  const out: PersonalData = { people: label(raw), birthDates };
  const extra = [...r.fields, ...found];
  if (extra.length) out.extra = extra;
  if (keep.size) out.keep = [...keep];
  return out;
}

/**
 * Several sets in one, e.g. the old and the new version of a document: the
 * first label given to a name wins; birth dates are joined.
 */
export function mergePersonalData(...sets: PersonalData[]): PersonalData {
  const extra: NamedPerson[] = [];
  const keep = new Set<string>();
  for (const set of sets) {
    extra.push(...(set.extra ?? []));
    for (const k of set.keep ?? []) keep.add(k);
  }
  const people: NamedPerson[] = [];
  const names = new Set<string>();
  const birthDates: BirthDate[] = [];
  const dates = new Set<string>();
  for (const set of sets) {
    for (const p of set.people) {
      const key = cleanName(p.naam).toLowerCase();
      if (names.has(key)) continue;
      names.add(key);
      people.push(p);
    }
    for (const b of set.birthDates) {
      const key = `${b.written}\0${b.iso ?? ''}`;
      if (dates.has(key)) continue;
      dates.add(key);
      birthDates.push(b);
    }
  }
  return { people, birthDates, ...(extra.length ? { extra } : {}), ...(keep.size ? { keep: [...keep] } : {}) };
}

/** The same people, labelled by initials (for names that come from another document). */
export function withInitials(data: PersonalData): PersonalData {
  return { ...data, people: data.people.map((p) => ({ naam: p.naam, label: initials(p.naam) })) };
}
