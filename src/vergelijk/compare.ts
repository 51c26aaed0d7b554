/**
 * Compare two linted versions of a document: findings matched by content
 * (fingerprint, then rule and excerpt — never by line number), sentences
 * diffed in order with `diff` (removed, added, changed with a word diff),
 * and the zienswijze sections (views of parents and child) checked for
 * changes. Pure: no I/O.
 */
import { diffArrays, diffWords } from 'diff';
import type { Document, Sentence } from '../document/types.js';
import { statedAsTrue } from '../taal/index.js';
import type { FileResult, Finding, RuleMeta } from '../engine/types.js';
import type {
  CorrectieStatus,
  BronInfo,
  GeblevenMelding,
  KopjeVerschil,
  VeldWijziging,
  VerplaatsteZin,
  GewijzigdeZin,
  MeldingenVerschil,
  Vergelijking,
  VersieInfo,
  WoordDeel,
  ZienswijzeVerschil,
  ZinnenVerschil,
  ZinPlaats,
} from './model.js';

export interface Versie {
  result: FileResult;
  document: Document;
}

/** Two sentences at least this similar (share of words in common) count as one changed sentence. */
export const SIMILAR = 0.5;
/** A removed and an added sentence elsewhere at least this similar count as one moved (and reworded) sentence. */
export const MOVED_SIMILAR = 0.8;
/** The sentence diff gives up after this many milliseconds (huge, wholly different documents). */
const DIFF_TIMEOUT_MS = 10_000;

function normal(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function info(r: FileResult): VersieInfo {
  return {
    filePath: r.filePath,
    ...(r.documentType !== undefined ? { documentType: r.documentType } : {}),
    ...(r.documentDate !== undefined ? { documentDate: r.documentDate } : {}),
    errorCount: r.errorCount,
    warningCount: r.warningCount,
  };
}

/** Take the first unused finding with this key from `pool`. */
function take(pool: Map<string, Finding[]>, key: string): Finding | undefined {
  const list = pool.get(key);
  if (!list || list.length === 0) return undefined;
  return list.shift();
}

function poolBy(findings: readonly Finding[], key: (f: Finding) => string): Map<string, Finding[]> {
  const pool = new Map<string, Finding[]>();
  for (const f of findings) {
    const k = key(f);
    const list = pool.get(k);
    if (list) list.push(f);
    else pool.set(k, [f]);
  }
  return pool;
}

const byFingerprint = (f: Finding): string => f.fingerprint;
const byExcerpt = (f: Finding): string => `${f.ruleId}\0${normal(f.excerpt)}`;

/**
 * Pair old findings with new ones: first by fingerprint (rule, text and
 * message), then by rule and excerpt (the same text, a reworded message,
 * e.g. after the document date changed). What stays unpaired was solved
 * (old) or is new.
 */
function pair(oud: readonly Finding[], nieuw: readonly Finding[]): { paired: GeblevenMelding[]; oud: Finding[]; nieuw: Finding[] } {
  const paired: GeblevenMelding[] = [];
  let restOud = [...oud];
  let restNieuw = [...nieuw];
  for (const key of [byFingerprint, byExcerpt]) {
    const pool = poolBy(restNieuw, key);
    const used = new Set<Finding>();
    const left: Finding[] = [];
    for (const f of restOud) {
      const match = take(pool, key(f));
      if (match) {
        paired.push({ oud: f, nieuw: match });
        used.add(match);
      } else left.push(f);
    }
    restOud = left;
    restNieuw = restNieuw.filter((f) => !used.has(f));
  }
  paired.sort((a, b) => a.nieuw.line - b.nieuw.line || a.nieuw.column - b.nieuw.column);
  return { paired, oud: restOud, nieuw: restNieuw };
}

export function compareFindings(oud: FileResult, nieuw: FileResult): MeldingenVerschil {
  const active = pair(oud.messages, nieuw.messages);
  // What is no longer active may have been silenced rather than solved.
  const silenced = pair(active.oud, nieuw.suppressedMessages);
  return { opgelost: silenced.oud, nieuw: active.nieuw, gebleven: active.paired, uitgeschakeld: silenced.paired };
}

function words(s: string): string[] {
  return s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Share of words two sentences have in common (0–1), by a word-level diff. */
export function similarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.length + wb.length === 0) return 1;
  let common = 0;
  for (const c of diffArrays(wa, wb)) if (!c.added && !c.removed) common += c.count ?? c.value.length;
  return (2 * common) / (wa.length + wb.length);
}

export function wordDiff(a: string, b: string): WoordDeel[] {
  return diffWords(a, b).map((c) => ({ soort: c.added ? 'erbij' : c.removed ? 'weg' : 'gelijk', tekst: c.value }));
}

function plaats(doc: Document, s: Sentence): ZinPlaats {
  return { tekst: normal(s.text), line: s.span.start.line, column: s.span.start.column, sectie: doc.sections[s.sectionIndex]?.heading ?? '' };
}

/**
 * Within one run of removed and added sentences, pair each removed sentence
 * with the most similar added one after the previous pair (order kept).
 */
function pairRun(removed: ZinPlaats[], added: ZinPlaats[], out: ZinnenVerschil): void {
  let from = 0;
  const pairedAdded = new Set<number>();
  for (const r of removed) {
    let best = -1;
    let bestScore = SIMILAR;
    for (let j = from; j < added.length; j++) {
      const score = similarity(r.tekst, added[j]!.tekst);
      if (score >= bestScore && (best === -1 || score > bestScore)) {
        best = j;
        bestScore = score;
      }
    }
    if (best === -1) {
      out.verwijderd.push(r);
      continue;
    }
    const a = added[best]!;
    const change: GewijzigdeZin = { oud: r, nieuw: a, delen: wordDiff(r.tekst, a.tekst) };
    out.gewijzigd.push(change);
    pairedAdded.add(best);
    from = best + 1;
  }
  added.forEach((a, j) => {
    if (!pairedAdded.has(j)) out.toegevoegd.push(a);
  });
}

export function compareSentences(oud: readonly ZinPlaats[], nieuw: readonly ZinPlaats[]): ZinnenVerschil {
  const out: ZinnenVerschil = { verwijderd: [], toegevoegd: [], gewijzigd: [], verplaatst: [], ongewijzigd: 0 };
  const changes = diffArrays(
    oud.map((z) => z.tekst),
    nieuw.map((z) => z.tekst),
    { timeout: DIFF_TIMEOUT_MS },
  );
  if (!changes) {
    out.verwijderd.push(...oud);
    out.toegevoegd.push(...nieuw);
    out.afgebroken = true;
    return out;
  }
  let i = 0;
  let j = 0;
  let removed: ZinPlaats[] = [];
  let added: ZinPlaats[] = [];
  const flush = () => {
    if (removed.length || added.length) pairRun(removed, added, out);
    removed = [];
    added = [];
  };
  for (const c of changes) {
    const n = c.count ?? c.value.length;
    if (c.removed) {
      removed.push(...oud.slice(i, i + n));
      i += n;
    } else if (c.added) {
      added.push(...nieuw.slice(j, j + n));
      j += n;
    } else {
      flush();
      out.ongewijzigd += n;
      i += n;
      j += n;
    }
  }
  flush();
  findMoved(out);
  return out;
}

/**
 * A removed sentence that comes back elsewhere was moved: first the same
 * text, then a sentence at least MOVED_SIMILAR alike (moved and reworded).
 */
function findMoved(out: ZinnenVerschil): void {
  const moved: VerplaatsteZin[] = [];
  const usedAdded = new Set<ZinPlaats>();
  const usedRemoved = new Set<ZinPlaats>();
  const byText = new Map<string, ZinPlaats[]>();
  for (const a of out.toegevoegd) byText.set(a.tekst, [...(byText.get(a.tekst) ?? []), a]);
  for (const r of out.verwijderd) {
    const a = byText.get(r.tekst)?.find((x) => !usedAdded.has(x));
    if (!a) continue;
    usedAdded.add(a);
    usedRemoved.add(r);
    moved.push({ oud: r, nieuw: a });
  }
  // Reworded moves: bounded work (a few hundred sentences each way at most).
  const restRemoved = out.verwijderd.filter((r) => !usedRemoved.has(r)).slice(0, 300);
  const restAdded = out.toegevoegd.filter((a) => !usedAdded.has(a)).slice(0, 300);
  for (const r of restRemoved) {
    let best: ZinPlaats | undefined;
    let bestScore = MOVED_SIMILAR;
    for (const a of restAdded) {
      if (usedAdded.has(a) || a.sectie === r.sectie) continue;
      const score = similarity(r.tekst, a.tekst);
      if (score >= bestScore) {
        best = a;
        bestScore = score;
      }
    }
    if (!best) continue;
    usedAdded.add(best);
    usedRemoved.add(r);
    moved.push({ oud: r, nieuw: best, delen: wordDiff(r.tekst, best.tekst) });
  }
  out.verwijderd = out.verwijderd.filter((r) => !usedRemoved.has(r));
  out.toegevoegd = out.toegevoegd.filter((a) => !usedAdded.has(a));
  out.verplaatst = moved.sort((a, b) => a.nieuw.line - b.nieuw.line);
}

function sentencesOf(doc: Document, filter?: (s: Sentence) => boolean): ZinPlaats[] {
  return doc.sentences.filter((s) => normal(s.text) !== '' && (!filter || filter(s))).map((s) => plaats(doc, s));
}

function zienswijzeSections(doc: Document) {
  return doc.sections.filter((s) => s.kind === 'zienswijze');
}

export function compareZienswijzen(oud: Document, nieuw: Document): ZienswijzeVerschil[] {
  const a = zienswijzeSections(oud);
  const b = zienswijzeSections(nieuw);
  const out: ZienswijzeVerschil[] = [];
  const unmatchedB = new Set(b);
  const pairs: Array<[(typeof a)[number] | undefined, (typeof b)[number] | undefined]> = [];
  for (const s of a) {
    const match = b.find((t) => unmatchedB.has(t) && t.normalizedHeading === s.normalizedHeading);
    if (match) unmatchedB.delete(match);
    pairs.push([s, match]);
  }
  // One renamed section ("Zienswijze ouders" → "Visie ouders") is still the same section.
  const loneOld = pairs.filter(([, t]) => !t);
  if (loneOld.length === 1 && unmatchedB.size === 1) {
    const t = [...unmatchedB][0]!;
    loneOld[0]![1] = t;
    unmatchedB.clear();
  }
  for (const t of unmatchedB) pairs.push([undefined, t]);
  for (const [s, t] of pairs) {
    const zinnenOud = s ? sentencesOf(oud, (z) => z.sectionIndex === s.index && z.blockKind !== 'heading') : [];
    const zinnenNieuw = t ? sentencesOf(nieuw, (z) => z.sectionIndex === t.index && z.blockKind !== 'heading') : [];
    const d = compareSentences(zinnenOud, zinnenNieuw);
    const changed = d.verwijderd.length + d.toegevoegd.length + d.gewijzigd.length + d.verplaatst.length > 0 || (s && t && s.heading !== t.heading);
    out.push({
      kop: (t ?? s)!.heading,
      status: !s ? 'toegevoegd' : !t ? 'verwijderd' : changed ? 'gewijzigd' : 'ongewijzigd',
      verwijderd: d.verwijderd.length,
      toegevoegd: d.toegevoegd.length,
      gewijzigd: d.gewijzigd.length + d.verplaatst.length,
      tekstOud: zinnenOud.map((z) => z.tekst),
      tekstNieuw: zinnenNieuw.map((z) => z.tekst),
    });
  }
  return out;
}

/** Sentences that can state a correction as true: running text outside the reaction to the draft. */
function statementSentences(doc: Document): Sentence[] {
  return doc.sentences.filter((s) => s.blockKind !== 'heading' && !s.tableHeader && s.sectionKind !== 'reactie' && normal(s.text) !== '');
}

/**
 * Per `correcties` entry (of the new version, then entries only the old one
 * has): does the wrong text still appear as true? Same test as the rule
 * reactie-verwerkt (src/taal/correction.ts).
 */
export function compareCorrecties(oud: Document, nieuw: Document): CorrectieStatus[] {
  const entries = [...(nieuw.frontmatter?.correcties ?? [])];
  for (const c of oud.frontmatter?.correcties ?? []) {
    if (c.onjuist && !entries.some((e) => e.onjuist === c.onjuist)) entries.push(c);
  }
  const a = statementSentences(oud);
  const b = statementSentences(nieuw);
  return entries
    .filter((c) => c.onjuist)
    .map((c) => {
      const still = statedAsTrue(c.onjuist!, b.map((s) => s.text)).map((i) => plaats(nieuw, b[i]!));
      return {
        onjuist: c.onjuist!,
        ...(c.datum ? { datum: c.datum } : {}),
        ...(c.door ? { door: c.door } : {}),
        verwerkt: still.length === 0,
        nieuw: still,
        oudAantal: statedAsTrue(c.onjuist!, a.map((s) => s.text)).length,
      };
    });
}

function text(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

const FIELDS = ['type', 'titel', 'datum', 'versie', 'auteur', 'organisatie', 'kader'];

function people(list: ReadonlyArray<{ naam?: string; rol?: string; geboortedatum?: string }>): string {
  return list.map((p) => `${p.naam ?? '?'}${p.rol ? ` (${p.rol})` : p.geboortedatum ? ` (${p.geboortedatum})` : ''}`).join(', ');
}

function bron(b: { id: string; soort?: string; van?: string; datum?: string; titel?: string }): BronInfo {
  return {
    id: b.id,
    ...(b.soort !== undefined ? { soort: b.soort } : {}),
    ...(b.van !== undefined ? { van: b.van } : {}),
    ...(b.datum !== undefined ? { datum: text(b.datum) } : {}),
    ...(b.titel !== undefined ? { titel: b.titel } : {}),
  };
}

/** Fields and sources of the frontmatter that differ between the versions. */
export function compareFrontmatter(oud: Document, nieuw: Document): KopjeVerschil {
  const a = oud.frontmatter;
  const b = nieuw.frontmatter;
  const velden: VeldWijziging[] = [];
  for (const veld of FIELDS) {
    const x = text(a?.data?.[veld]);
    const y = text(b?.data?.[veld]);
    if (x !== y) velden.push({ veld, oud: x, nieuw: y });
  }
  for (const [veld, x, y] of [
    ['kinderen', people(a?.kinderen ?? []), people(b?.kinderen ?? [])],
    ['betrokkenen', people(a?.betrokkenen ?? []), people(b?.betrokkenen ?? [])],
  ] as const) {
    if (x !== y) velden.push({ veld, oud: x, nieuw: y });
  }
  const oudeBronnen = new Map((a?.bronnen ?? []).map((s) => [s.id, bron(s)]));
  const nieuweBronnen = new Map((b?.bronnen ?? []).map((s) => [s.id, bron(s)]));
  const gewijzigd: KopjeVerschil['bronnen']['gewijzigd'] = [];
  for (const [id, x] of oudeBronnen) {
    const y = nieuweBronnen.get(id);
    if (!y) continue;
    const diff = (['soort', 'van', 'datum', 'titel'] as const).filter((k) => (x[k] ?? '') !== (y[k] ?? '')).map((k) => ({ veld: k, oud: x[k] ?? '', nieuw: y[k] ?? '' }));
    if (diff.length) gewijzigd.push({ id, velden: diff });
  }
  return {
    velden,
    bronnen: {
      toegevoegd: [...nieuweBronnen.values()].filter((x) => !oudeBronnen.has(x.id)),
      verwijderd: [...oudeBronnen.values()].filter((x) => !nieuweBronnen.has(x.id)),
      gewijzigd,
    },
  };
}

function names(doc: Document): string[] {
  return (doc.frontmatter?.kinderen ?? []).map((k) => normal(k.naam ?? '').toLowerCase()).filter(Boolean);
}

/**
 * Why OUD and NIEUW may not be two versions of one document: no child in
 * common, another document type, or a "new" version dated before the old.
 */
export function checkVersions(oud: Document, nieuw: Document): string[] {
  const out: string[] = [];
  const a = names(oud);
  const b = names(nieuw);
  if (a.length && b.length && !a.some((n) => b.includes(n))) {
    out.push(`De twee documenten gaan over andere kinderen (oud: ${people(oud.frontmatter!.kinderen)}; nieuw: ${people(nieuw.frontmatter!.kinderen)}). Vergelijk twee versies van hetzelfde document.`);
  }
  if (oud.type && nieuw.type && oud.type !== nieuw.type) {
    out.push(`De twee documenten zijn van een ander type (oud: ${oud.type}; nieuw: ${nieuw.type}). Vergelijk twee versies van hetzelfde document.`);
  }
  const da = oud.frontmatter?.date;
  const db = nieuw.frontmatter?.date;
  if (da && db && db.getTime() < da.getTime()) {
    out.push(`De 'nieuwe' versie (${nieuw.frontmatter?.datum}) is gedateerd vóór de 'oude' (${oud.frontmatter?.datum}). Staan ze in de goede volgorde? Eerst de oude versie, dan de nieuwe.`);
  }
  return out;
}

export function compare(oud: Versie, nieuw: Versie, regels: RuleMeta[]): Vergelijking {
  return {
    oud: info(oud.result),
    nieuw: info(nieuw.result),
    meldingen: compareFindings(oud.result, nieuw.result),
    zinnen: compareSentences(sentencesOf(oud.document), sentencesOf(nieuw.document)),
    zienswijzen: compareZienswijzen(oud.document, nieuw.document),
    correcties: compareCorrecties(oud.document, nieuw.document),
    kopje: compareFrontmatter(oud.document, nieuw.document),
    waarschuwingen: checkVersions(oud.document, nieuw.document),
    regels,
  };
}
