/**
 * Summary computations shared by reporters (html, markdown, and any other
 * that wants them): counts per actielijn, per file, per rule, and the most
 * frequent findings. Pure functions over result types only.
 */
import { pathToFileURL } from 'node:url';
import { ACTIELIJNEN } from '../engine/types.js';
import { packagePath } from '../util/paths.js';
import type { Actielijn, FileResult, Finding, RuleMeta, RunSummary } from '../engine/types.js';

/** Counts of active findings by severity, plus findings disabled inline. */
export interface Telling {
  fouten: number;
  waarschuwingen: number;
  uitgeschakeld: number;
}

export interface ActielijnRij extends Telling {
  /** 1–4, or null for findings whose rule has no meta (engine messages, unknown plugins). */
  actielijn: Actielijn | null;
  naam: string;
  /** Ids of the rules with active or disabled findings in this row, sorted. */
  regels: string[];
}

export interface BestandRij extends Telling {
  filePath: string;
  documentType?: string;
  documentDate?: string;
  /** Set when the file could not be read. */
  fatal?: { message: string; code: string };
}

export interface RegelRij extends Telling {
  ruleId: string;
  actielijn: Actielijn | null;
  description?: string;
  /** Number of files with at least one active finding of this rule. */
  bestanden: number;
}

export interface VeelVoorkomend {
  ruleId: string;
  message: string;
  /** Number of active findings with this rule and message. */
  aantal: number;
  /** Files in which it occurs, in run order, each once. */
  bestanden: string[];
  /** Distinct excerpts (first few), to show what text triggered it. */
  voorbeelden: string[];
}

/** Name used for the row of findings without an actielijn. */
export const OVERIG = 'Overig (geen actielijn)';

const ACTIELIJN_NUMMERS: Actielijn[] = [1, 2, 3, 4];

export function metaById(rules: readonly RuleMeta[]): Map<string, RuleMeta> {
  return new Map(rules.map((r) => [r.id, r]));
}

function leeg(): Telling {
  return { fouten: 0, waarschuwingen: 0, uitgeschakeld: 0 };
}

function tel(t: Telling, f: Finding, suppressed: boolean): void {
  if (suppressed) t.uitgeschakeld += 1;
  else if (f.severity === 2) t.fouten += 1;
  else t.waarschuwingen += 1;
}

/** Every finding of a file, tagged: active first, then the disabled ones. */
function alleMeldingen(r: FileResult): Array<{ f: Finding; suppressed: boolean }> {
  return [
    ...r.messages.map((f) => ({ f, suppressed: false })),
    ...r.suppressedMessages.map((f) => ({ f, suppressed: true })),
  ];
}

/**
 * Counts per actielijn over one or more files. Always the four actielijnen in
 * order; a fifth row (actielijn null) only when some finding has no rule meta.
 * The grouping comes from each rule's meta.actielijn.
 */
export function perActielijn(results: FileResult | readonly FileResult[], rules: readonly RuleMeta[]): ActielijnRij[] {
  const list = Array.isArray(results) ? (results as readonly FileResult[]) : [results as FileResult];
  const metas = metaById(rules);
  const rows = new Map<Actielijn | null, ActielijnRij>();
  for (const n of ACTIELIJN_NUMMERS) rows.set(n, { actielijn: n, naam: ACTIELIJNEN[n], ...leeg(), regels: [] });
  for (const r of list) {
    for (const { f, suppressed } of alleMeldingen(r)) {
      const lijn = metas.get(f.ruleId)?.actielijn ?? null;
      let row = rows.get(lijn);
      if (!row) {
        row = { actielijn: null, naam: OVERIG, ...leeg(), regels: [] };
        rows.set(null, row);
      }
      tel(row, f, suppressed);
      if (!row.regels.includes(f.ruleId)) row.regels.push(f.ruleId);
    }
  }
  const out = [...rows.values()];
  for (const row of out) row.regels.sort();
  return out;
}

/** Totals of a list of rows. */
export function totaal(rows: readonly Telling[]): Telling {
  const t = leeg();
  for (const r of rows) {
    t.fouten += r.fouten;
    t.waarschuwingen += r.waarschuwingen;
    t.uitgeschakeld += r.uitgeschakeld;
  }
  return t;
}

/** One row per file, in run order. */
export function perBestand(summary: RunSummary): BestandRij[] {
  return summary.results.map((r) => {
    const t = leeg();
    for (const { f, suppressed } of alleMeldingen(r)) tel(t, f, suppressed);
    const row: BestandRij = { filePath: r.filePath, ...t };
    if (r.documentType !== undefined) row.documentType = r.documentType;
    if (r.documentDate !== undefined) row.documentDate = r.documentDate;
    if (r.fatal) row.fatal = r.fatal;
    return row;
  });
}

/**
 * One row per rule that has findings (active or disabled), most active
 * findings first, then by rule id.
 */
export function perRegel(summary: RunSummary): RegelRij[] {
  const metas = metaById(summary.rules);
  const rows = new Map<string, RegelRij>();
  for (const r of summary.results) {
    const seen = new Set<string>();
    for (const { f, suppressed } of alleMeldingen(r)) {
      let row = rows.get(f.ruleId);
      if (!row) {
        const meta = metas.get(f.ruleId);
        row = { ruleId: f.ruleId, actielijn: meta?.actielijn ?? null, ...leeg(), bestanden: 0 };
        if (meta) row.description = meta.description;
        rows.set(f.ruleId, row);
      }
      tel(row, f, suppressed);
      if (!suppressed && !seen.has(f.ruleId)) {
        seen.add(f.ruleId);
        row.bestanden += 1;
      }
    }
  }
  return [...rows.values()].sort(
    (a, b) => b.fouten + b.waarschuwingen - (a.fouten + a.waarschuwingen) || cmp(a.ruleId, b.ruleId),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function normaal(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * The most frequent active findings: same rule and same message (whitespace
 * normalised). Only groups that occur at least `minimum` times; most frequent
 * first, then by rule id and message; at most `limit` groups.
 */
export function meestVoorkomend(summary: RunSummary, limit = 10, minimum = 2): VeelVoorkomend[] {
  const groups = new Map<string, VeelVoorkomend>();
  for (const r of summary.results) {
    for (const f of r.messages) {
      const message = normaal(f.message);
      const key = `${f.ruleId}\0${message}`;
      let g = groups.get(key);
      if (!g) {
        g = { ruleId: f.ruleId, message, aantal: 0, bestanden: [], voorbeelden: [] };
        groups.set(key, g);
      }
      g.aantal += 1;
      if (!g.bestanden.includes(r.filePath)) g.bestanden.push(r.filePath);
      const excerpt = normaal(f.excerpt);
      if (excerpt && g.voorbeelden.length < 3 && !g.voorbeelden.includes(excerpt)) g.voorbeelden.push(excerpt);
    }
  }
  return [...groups.values()]
    .filter((g) => g.aantal >= minimum)
    .sort((a, b) => b.aantal - a.aantal || cmp(a.ruleId, b.ruleId) || cmp(a.message, b.message))
    .slice(0, limit);
}

/** Dutch "1 fout" / "3 fouten". */
export function aantal(n: number, een: string, meer: string): string {
  return `${n} ${n === 1 ? een : meer}`;
}

/** Dutch name of a numeric severity. */
export function ernstNaam(severity: Finding['severity']): string {
  return severity === 2 ? 'fout' : 'waarschuwing';
}

/**
 * Where a rule's doc page can be opened: a web address as given, otherwise
 * the file shipped with toets (meta.docs is relative to the package root).
 */
export function docsHref(docs: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(docs)) return docs;
  try {
    return pathToFileURL(packagePath(docs)).href;
  } catch {
    return docs;
  }
}
