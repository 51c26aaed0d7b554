/**
 * The YAML frontmatter: parsed with `yaml` (positions kept, alias bombs
 * stopped), validated with ajv against schemas/frontmatter/<type>.schema.json,
 * every problem placed at the exact line of the key concerned.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { localizeDutch } from '../util/ajv-dutch.js';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsImport from 'ajv-formats';
import { isMap, isPair, isScalar, isSeq, parseDocument, type Document as YamlDocument, type Node as YamlNode } from 'yaml';
import { packagePath } from '../util/paths.js';
import { yamlErrorInDutch } from '../util/yaml-errors.js';
import type { Child, Correction, Discussion, Frontmatter, FrontmatterProblem, Measure, Person, Point, SourceEntry, Span } from './types.js';

// ajv-formats is CommonJS; under NodeNext its default import is the module object.
const addFormats = ((addFormatsImport as unknown as { default?: unknown }).default ?? addFormatsImport) as (a: Ajv) => Ajv;

interface Validators {
  base: ValidateFunction;
  /** Per document type, compiled on first use (a run over plans only never compiles the report schema). */
  byType: { get(name: string): ValidateFunction | undefined; keys(): IterableIterator<string> };
}
let validators: Validators | undefined;

function loadValidators(): Validators {
  if (validators) return validators;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const dir = packagePath('schemas/frontmatter');
  const files = readdirSync(dir).filter((f) => f.endsWith('.schema.json')).sort();
  for (const f of files) ajv.addSchema(JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as object);
  const names = files.map((f) => f.replace(/\.schema\.json$/, '')).filter((n) => n !== 'basis');
  const compiled = new Map<string, ValidateFunction>();
  const byType = {
    get(name: string): ValidateFunction | undefined {
      if (!names.includes(name)) return undefined;
      let v = compiled.get(name);
      if (!v) compiled.set(name, (v = ajv.getSchema(`toets:frontmatter/${name}`)!));
      return v;
    },
    keys: () => names[Symbol.iterator](),
  };
  validators = { base: ajv.getSchema('toets:frontmatter/basis')!, byType };
  return validators;
}

/** The document types toets knows (one schema file each). */
export function knownDocumentTypes(): string[] {
  return [...loadValidators().byType.keys()];
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseIsoDate(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const m = ISO_DATE.exec(value.trim());
  if (!m) return undefined;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) return undefined;
  return d;
}

interface Located {
  /** Offsets into the whole document text. */
  start: number;
  end: number;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  integer: 'een geheel getal',
  number: 'een getal',
  array: 'een lijst (met regels die beginnen met "- ")',
  object: 'een groep sleutels en waarden',
  boolean: 'ja/nee (true/false)',
};

function keyLabel(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

export interface FrontmatterInput {
  /** Offset of the opening `---` line in the document text. */
  blockStart: number;
  /** Offset just after the closing fence line. */
  blockEnd: number;
  /** Offset where the YAML body starts. */
  yamlStart: number;
  /** Offset of the closing fence line. */
  closeStart: number;
  /** The closing fence as written: YAML also allows '...'. */
  closeFence: '---' | '...';
  yaml: string;
}

/** Find the frontmatter fences at the start of the text. */
export function locateFrontmatter(text: string): { block?: FrontmatterInput; unclosed?: Located } {
  const open = /^---[ \t]*\n/.exec(text);
  if (!open) return {};
  const yamlStart = open[0].length;
  const close = /^(?:---|\.\.\.)[ \t]*$/m;
  close.lastIndex = 0;
  const rest = text.slice(yamlStart);
  const m = close.exec(rest);
  if (!m) return { unclosed: { start: 0, end: 3 } };
  const closeStart = yamlStart + m.index;
  let blockEnd = closeStart + m[0].length;
  if (text[blockEnd] === '\n') blockEnd++;
  const closeFence = m[0].startsWith('...') ? '...' : '---';
  return { block: { blockStart: 0, blockEnd, yamlStart, closeStart, closeFence, yaml: text.slice(yamlStart, closeStart) } };
}

export function readFrontmatter(input: FrontmatterInput, pointAt: (o: number) => Point): Frontmatter {
  const span = (start: number, end: number): Span => ({ start: pointAt(start), end: pointAt(Math.max(start, end)) });
  const problems: FrontmatterProblem[] = [];
  const fm: Frontmatter = {
    span: span(input.blockStart, input.blockEnd),
    data: null,
    kinderen: [],
    betrokkenen: [],
    bronnen: [],
    maatregelen: [],
    besproken: [],
    correcties: [],
    problems,
    keySpans: {},
  };
  const base = input.yamlStart;
  const wholeBlock = span(input.blockStart, Math.min(input.blockStart + 3, input.blockEnd));

  let doc: YamlDocument.Parsed;
  try {
    // logLevel 'silent': the yaml library would print warnings on stderr that quote the frontmatter (names).
    doc = parseDocument(input.yaml, { prettyErrors: false, uniqueKeys: true, strict: false, logLevel: 'silent' });
  } catch (err) {
    problems.push({ code: 'yaml-syntax', message: 'De frontmatter kon niet worden gelezen als YAML.', span: wholeBlock });
    return fm;
  }
  if (doc.errors.length > 0) {
    const seenErrors = new Set<string>();
    for (const e of doc.errors) {
      if (seenErrors.size >= 5) break;
      // An error at the end of the input ("missing ]") is shown on the last written character, not on the closing fence.
      const contentEnd = input.yaml.trimEnd().length;
      const [s, en] = e.pos[0] >= contentEnd ? [Math.max(0, contentEnd - 1), contentEnd] : e.pos;
      // yaml often reports one mistake twice at the same place.
      const id = `${s}|${e.code}`;
      if (seenErrors.has(id)) continue;
      seenErrors.add(id);
      problems.push({
        code: 'yaml-syntax',
        message: `Ongeldige YAML in de frontmatter: ${yamlErrorInDutch(e.code)}`,
        span: span(base + s, base + Math.max(s + 1, en)),
      });
    }
    return fm;
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    problems.push({
      code: 'yaml-alias',
      message: 'De frontmatter kon niet worden gelezen: te veel of te diep verwijzende YAML-aliassen (*naam). Schrijf de waarden uit.',
      span: wholeBlock,
    });
    return fm;
  }
  if (data === null || data === undefined) {
    problems.push({ code: 'missing-field', key: 'type', message: "De frontmatter is leeg: de velden 'type' en 'datum' zijn verplicht.", span: wholeBlock });
    return fm;
  }
  if (typeof data !== 'object' || Array.isArray(data) || !isMap(doc.contents)) {
    problems.push({
      code: 'not-a-map',
      message: 'De frontmatter moet bestaan uit sleutels met waarden (zoals "type: gezinsplan"), niet uit een lijst of losse tekst.',
      span: doc.contents?.range ? span(base + doc.contents.range[0], base + doc.contents.range[1]) : wholeBlock,
    });
    return fm;
  }
  // A YAML timestamp (e.g. `!!timestamp 2025-03-14`) is a Date: read it as the ISO date it stands for.
  const obj = datesToIso(data) as Record<string, unknown>;
  fm.data = obj;

  const locate = (path: (string | number)[], wantKey = false): Located | undefined => {
    let node: unknown = doc.contents;
    let keyNode: YamlNode | undefined;
    for (const seg of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
        if (!pair) return undefined;
        keyNode = pair.key as YamlNode;
        node = pair.value;
      } else if (isSeq(node) && typeof seg === 'number') {
        node = node.items[seg];
        keyNode = undefined;
      } else return undefined;
    }
    const target = (wantKey && keyNode) || (node as YamlNode | null) || keyNode;
    const range = target?.range ?? keyNode?.range;
    if (!range) return undefined;
    // yaml's ranges of block collections run on to the next line; end at the last written character.
    let end = range[1];
    while (end > range[0] && /\s/.test(input.yaml[end - 1] ?? '')) end--;
    return { start: base + range[0], end: base + Math.max(end, range[0]) };
  };
  const spanOfPath = (path: (string | number)[]): Span => {
    const loc = locate(path) ?? (path.length > 1 ? locate(path.slice(0, -1)) : undefined);
    return loc ? span(loc.start, loc.end) : wholeBlock;
  };
  for (const key of Object.keys(obj)) fm.keySpans[key] = spanOfPath([key]);

  // Document type first: it chooses the schema.
  const { base: baseValidator, byType } = loadValidators();
  let validate = baseValidator;
  if (typeof obj.type === 'string') {
    const v = byType.get(obj.type);
    if (v) {
      fm.type = obj.type;
      validate = v;
    } else {
      problems.push({
        code: 'unknown-type',
        key: 'type',
        message: `Onbekend documenttype '${obj.type}'. Bekende typen: ${[...byType.keys()].join(', ')}.`,
        span: spanOfPath(['type']),
      });
    }
  }
  if (!validate(obj)) {
    localizeDutch(validate.errors);
    const seen = new Set<string>();
    for (const err of validate.errors ?? []) {
      const problem = describeAjvError(err, obj);
      if (!problem) continue;
      const id = `${problem.key}|${problem.code}`;
      if (seen.has(id)) continue;
      seen.add(id);
      problems.push({ ...problem, span: problem.code === 'missing-field' ? spanOfParentForMissing(problem.path) : spanOfPath(problem.path) });
    }
  }
  function spanOfParentForMissing(path: (string | number)[]): Span {
    if (path.length <= 1) return wholeBlock;
    const parent = path.slice(0, -1);
    const loc = locate(parent);
    return loc ? span(loc.start, loc.start + 1) : wholeBlock;
  }

  if (typeof obj.datum === 'string') {
    fm.datum = obj.datum;
    fm.date = parseIsoDate(obj.datum);
  }

  const list = (key: string): Record<string, unknown>[] =>
    Array.isArray(obj[key]) ? (obj[key] as unknown[]).map((x) => (x && typeof x === 'object' && !Array.isArray(x) ? (x as Record<string, unknown>) : {})) : [];
  const str = (v: unknown): string | undefined => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);
  fm.kinderen = list('kinderen').map((k, i): Child => ({
    naam: str(k.naam),
    geboortedatum: str(k.geboortedatum),
    birthDate: parseIsoDate(k.geboortedatum),
    span: spanOfPath(['kinderen', i]),
  }));
  const bool = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : undefined);
  fm.betrokkenen = list('betrokkenen').map((p, i): Person => ({ naam: str(p.naam), rol: str(p.rol), gezag: bool(p.gezag), span: spanOfPath(['betrokkenen', i]) }));
  if (obj.kader === 'vrijwillig' || obj.kader === 'gedwongen') fm.kader = obj.kader;
  const versie = typeof obj.versie === 'number' ? obj.versie : typeof obj.versie === 'string' && /^\d+$/.test(obj.versie.trim()) ? Number(obj.versie) : undefined;
  if (versie !== undefined) fm.versie = versie;
  fm.maatregelen = list('maatregelen').map((m, i): Measure => ({
    soort: str(m.soort),
    kinderen: Array.isArray(m.kinderen) ? m.kinderen.map(str).filter((n): n is string => n !== undefined) : undefined,
    van: str(m.van),
    from: parseIsoDate(m.van),
    tot: str(m.tot),
    until: parseIsoDate(m.tot),
    status: str(m.status),
    beschikking: str(m.beschikking),
    span: spanOfPath(['maatregelen', i]),
  }));
  fm.besproken = list('besproken').map((b, i): Discussion => ({ met: str(b.met), datum: str(b.datum), date: parseIsoDate(b.datum), span: spanOfPath(['besproken', i]) }));
  fm.correcties = list('correcties').map((c, i): Correction => ({
    onjuist: str(c.onjuist),
    datum: str(c.datum),
    date: parseIsoDate(c.datum),
    door: str(c.door),
    span: spanOfPath(['correcties', i]),
  }));
  fm.bronnen = list('bronnen')
    .map((b, i): SourceEntry | undefined => {
      const id = str(b.id);
      if (!id) return undefined;
      return {
        id,
        soort: str(b.soort),
        van: str(b.van),
        datum: str(b.datum),
        date: parseIsoDate(b.datum),
        titel: str(b.titel),
        status: b.status === 'bevestigd' || b.status === 'niet-nagegaan' || b.status === 'betwist' ? b.status : undefined,
        overgenomen: bool(b.overgenomen),
        span: spanOfPath(['bronnen', i]),
      };
    })
    .filter((b): b is SourceEntry => b !== undefined);
  return fm;
}

/** Dates → 'YYYY-MM-DD' (midnight UTC) or full ISO strings, recursively; other values unchanged. */
function datesToIso(value: unknown, depth = 0): unknown {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return String(value);
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (depth > 50 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => datesToIso(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = datesToIso(v, depth + 1);
  return out;
}

interface DescribedProblem {
  code: string;
  key: string;
  message: string;
  path: (string | number)[];
  expects?: 'date';
}

function pathOf(err: ErrorObject): (string | number)[] {
  return err.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function valueAt(obj: unknown, path: (string | number)[]): unknown {
  let v: unknown = obj;
  for (const p of path) v = v && typeof v === 'object' ? (v as Record<string | number, unknown>)[p] : undefined;
  return v;
}

function show(v: unknown): string {
  if (typeof v === 'string') return `'${v.length > 40 ? v.slice(0, 40) + '…' : v}'`;
  try {
    const s = JSON.stringify(v);
    return s.length > 40 ? s.slice(0, 40) + '…' : s;
  } catch {
    return String(v);
  }
}

function describeAjvError(err: ErrorObject, data: unknown): DescribedProblem | undefined {
  const path = pathOf(err);
  const value = valueAt(data, path);
  switch (err.keyword) {
    case 'required': {
      const missing = (err.params as { missingProperty: string }).missingProperty;
      const full = [...path, missing];
      const where = path.length ? ` bij '${keyLabel(path)}'` : '';
      return {
        code: 'missing-field',
        key: keyLabel(full),
        path: full,
        message: `Het verplichte veld '${missing}' ontbreekt${where} in de frontmatter.`,
      };
    }
    case 'type': {
      const t = (err.params as { type: string | string[] }).type;
      const names = (Array.isArray(t) ? t : [t]).map((x) => TYPE_NAMES[x] ?? x).join(' of ');
      return { code: 'wrong-type', key: keyLabel(path), path, message: `'${keyLabel(path)}' moet ${names} zijn, niet ${show(value)}.` };
    }
    case 'format':
      return {
        code: 'wrong-type',
        key: keyLabel(path),
        path,
        expects: 'date',
        message: `'${keyLabel(path)}' moet een datum zijn in de vorm JJJJ-MM-DD, bijvoorbeeld 2025-03-14 (nu: ${show(value)}).`,
      };
    case 'enum': {
      const allowed = (err.params as { allowedValues: unknown[] }).allowedValues.map(String).join(', ');
      return { code: 'unknown-value', key: keyLabel(path), path, message: `${show(value)} is geen geldige waarde voor '${keyLabel(path)}'. Kies uit: ${allowed}.` };
    }
    case 'pattern':
      return {
        code: 'wrong-type',
        key: keyLabel(path),
        path,
        message: `${show(value)} is geen geldige bron-id: gebruik letters, cijfers en - _ : . (bijvoorbeeld vt-2024).`,
      };
    case 'const':
    case 'allOf':
      return undefined;
    default:
      return { code: 'invalid', key: keyLabel(path), path, message: `'${keyLabel(path)}' is ongeldig: ${err.message ?? ''}.` };
  }
}
