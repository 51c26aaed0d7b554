/**
 * The personal data a document names in its frontmatter (format §1): the
 * names of `kinderen[].naam` and `betrokkenen[].naam`, each with the label
 * that replaces it when output is redacted, and the birth dates
 * (`geboortedatum`). Read tolerantly: a frontmatter with YAML errors, or
 * without a closing fence, still gives the names it spells out, so a broken
 * document is not the one whose names leak.
 */
import { parseDocument } from 'yaml';
import { locateFrontmatter } from '../document/frontmatter.js';
import { findTimeReferences } from '../taal/time.js';

export interface NamedPerson {
  /** The name as written in the frontmatter, e.g. 'Lisa de Vries'. */
  naam: string;
  /** What replaces it, without brackets: a role ('moeder', 'kind 2') or initials ('L.V.'). */
  label: string;
}

export interface BirthDate {
  /** The value as written in the frontmatter, e.g. '2014-06-02' or '22-01-2019'. */
  written: string;
  /** The date it stands for (YYYY-MM-DD), when it could be read. */
  iso?: string;
}

export interface PersonalData {
  people: NamedPerson[];
  birthDates: BirthDate[];
}

const PARTICLES = new Set(['van', 'de', 'der', 'den', 'het', "'t", 'te', 'ten', 'ter', 'in', 'op', 'la', 'le', 'du', 'da', 'von', 'zu', 'el', 'al', 'bin']);
const TITLES = /^(?:mevrouw|meneer|mevr\.?|mw\.?|dhr\.?|de\s+heer)\s+/i;

/** Roles from the schema, as they read in a label. */
const ROLE_LABELS: Record<string, string> = { overig: 'betrokkene' };

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

function asString(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  return undefined;
}

function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
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

/** Structured reading of the YAML; undefined when it yields no object at all. */
function readYaml(yaml: string): Record<string, unknown> | undefined {
  try {
    const doc = parseDocument(yaml, { uniqueKeys: false, strict: false, prettyErrors: false });
    const data: unknown = doc.toJS({ maxAliasCount: 100 });
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Line by line, for YAML that does not parse: every `naam:` and
 * `geboortedatum:` value, wherever it stands.
 */
function scanLines(yaml: string): { names: string[]; dates: string[] } {
  const names: string[] = [];
  const dates: string[] = [];
  for (const line of yaml.split('\n')) {
    const m = /^[\s-]*(naam|geboortedatum)\s*:\s*(.*?)\s*$/i.exec(line);
    if (!m || !m[2]) continue;
    const value = m[2].replace(/\s+#.*$/, '').replace(/^(["'])(.*)\1$/, '$2').trim();
    if (!value) continue;
    (m[1]!.toLowerCase() === 'naam' ? names : dates).push(value);
  }
  return { names, dates };
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

/** The personal data named in a document's frontmatter (empty when it has none). */
export function personalDataFromText(text: string): PersonalData {
  const located = locateFrontmatter(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  const yaml = located.block?.yaml ?? (located.unclosed ? text.replace(/\r\n?/g, '\n').replace(/^---[^\n]*\n?/, '') : '');
  if (!yaml) return { people: [], birthDates: [] };

  const raw: RawPerson[] = [];
  const written: string[] = [];
  const data = readYaml(yaml);
  if (data) {
    for (const k of list(data.kinderen)) {
      const item = k && typeof k === 'object' && !Array.isArray(k) ? (k as Record<string, unknown>) : { naam: k };
      const naam = asString(item.naam);
      if (naam) raw.push({ naam, group: 'kind' });
      const geb = asString(item.geboortedatum);
      if (geb) written.push(geb);
    }
    for (const p of list(data.betrokkenen)) {
      const item = p && typeof p === 'object' && !Array.isArray(p) ? (p as Record<string, unknown>) : { naam: p };
      const naam = asString(item.naam);
      const rol = asString(item.rol);
      if (naam) raw.push({ naam, group: 'betrokkene', ...(rol ? { rol } : {}) });
      const geb = asString(item.geboortedatum);
      if (geb) written.push(geb);
    }
  }
  // Whatever the structured reading missed (broken YAML, names under other keys): initials.
  const scanned = scanLines(yaml);
  const known = new Set(raw.map((p) => cleanName(p.naam).toLowerCase()));
  for (const naam of scanned.names) {
    if (!known.has(cleanName(naam).toLowerCase())) {
      known.add(cleanName(naam).toLowerCase());
      raw.push({ naam, group: 'overig' });
    }
  }
  written.push(...scanned.dates);

  const birthDates: BirthDate[] = [];
  for (const w of new Set(written)) {
    const iso = isoDay(w);
    birthDates.push({ written: w, ...(iso ? { iso } : {}) });
  }
  return { people: label(raw.filter((p) => cleanName(p.naam).length > 0)), birthDates };
}

/**
 * Several sets in one, e.g. the old and the new version of a document: the
 * first label given to a name wins; birth dates are joined.
 */
export function mergePersonalData(...sets: PersonalData[]): PersonalData {
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
  return { people, birthDates };
}

/** The same people, labelled by initials (for names that come from another document). */
export function withInitials(data: PersonalData): PersonalData {
  return { people: data.people.map((p) => ({ naam: p.naam, label: initials(p.naam) })), birthDates: data.birthDates };
}
