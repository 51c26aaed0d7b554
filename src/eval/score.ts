/**
 * Scoring of findings against annotated evaluation documents
 * (../shared/evaluatieformaat.md): per rule, true positives, misses and
 * false alarms, precision and recall.
 */

export interface ExpectEntry {
  rule: string;
  /** 1-based line, or 'any' for a document-level finding. */
  line: number | 'any';
  endLine?: number;
}

export interface Expectation {
  expect: ExpectEntry[];
  dontcare: ExpectEntry[];
}

export interface FoundFinding {
  ruleId: string | null;
  line: number;
}

export interface CaseInput {
  name: string;
  expectation: Expectation;
  findings: FoundFinding[];
  /** Last line of the frontmatter block (0 when none): findings up to it are never false alarms. */
  frontmatterEndLine: number;
}

export interface RuleScore {
  rule: string;
  tp: number;
  misses: number;
  falseAlarms: number;
  precision: number;
  recall: number;
}

export interface CaseDetail {
  name: string;
  rule: string;
  kind: 'miss' | 'false-alarm';
  line: number | 'any';
}

export interface ScoreReport {
  rules: RuleScore[];
  details: CaseDetail[];
}

function covers(entry: ExpectEntry, line: number): boolean {
  if (entry.line === 'any') return true;
  const end = entry.endLine ?? entry.line;
  return line >= entry.line && line <= end;
}

/** Score many cases; rules are the union of expected and found rule ids (or the given list). */
export function score(cases: CaseInput[], onlyRules?: string[]): ScoreReport {
  const tally = new Map<string, { tp: number; misses: number; falseAlarms: number }>();
  const details: CaseDetail[] = [];
  const bump = (rule: string) => {
    let t = tally.get(rule);
    if (!t) {
      t = { tp: 0, misses: 0, falseAlarms: 0 };
      tally.set(rule, t);
    }
    return t;
  };
  const wanted = (rule: string) => !onlyRules || onlyRules.includes(rule);

  for (const c of cases) {
    for (const entry of c.expectation.expect) {
      if (!wanted(entry.rule)) continue;
      const hit = c.findings.some((f) => f.ruleId === entry.rule && covers(entry, f.line));
      if (hit) bump(entry.rule).tp++;
      else {
        bump(entry.rule).misses++;
        details.push({ name: c.name, rule: entry.rule, kind: 'miss', line: entry.line });
      }
    }
    // False alarms: distinct (rule, line) pairs not covered by expect or dontcare.
    const seen = new Set<string>();
    for (const f of c.findings) {
      if (!f.ruleId || !wanted(f.ruleId)) continue;
      const key = `${f.ruleId}:${f.line}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (f.line <= c.frontmatterEndLine) continue;
      const covered = [...c.expectation.expect, ...c.expectation.dontcare].some(
        (e) => e.rule === f.ruleId && covers(e, f.line),
      );
      if (!covered) {
        bump(f.ruleId).falseAlarms++;
        details.push({ name: c.name, rule: f.ruleId, kind: 'false-alarm', line: f.line });
      }
    }
  }
  const rules = [...tally.entries()]
    .map(([rule, t]) => ({
      rule,
      ...t,
      precision: t.tp + t.falseAlarms === 0 ? 1 : t.tp / (t.tp + t.falseAlarms),
      recall: t.tp + t.misses === 0 ? 1 : t.tp / (t.tp + t.misses),
    }))
    .sort((a, b) => a.rule.localeCompare(b.rule));
  return { rules, details };
}

/** Validate and normalise a parsed expect.yaml; throws an Error with a Dutch message. */
export function parseExpectation(data: unknown, where: string): Expectation {
  const out: Expectation = { expect: [], dontcare: [] };
  if (data === null || data === undefined) return out;
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new Error(`${where}: verwacht een lijst met 'expect' en 'dontcare'`);
  }
  const obj = data as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (key !== 'expect' && key !== 'dontcare') throw new Error(`${where}: onbekende sleutel '${key}'`);
  }
  for (const list of ['expect', 'dontcare'] as const) {
    const raw = obj[list];
    if (raw === undefined || raw === null) continue;
    if (!Array.isArray(raw)) throw new Error(`${where}: '${list}' moet een lijst zijn`);
    raw.forEach((item: unknown, i: number) => {
      const e = item as Record<string, unknown>;
      if (typeof e !== 'object' || e === null || typeof e.rule !== 'string') {
        throw new Error(`${where}: ${list}[${i}] mist 'rule'`);
      }
      const line = e.line;
      if (line !== 'any' && !(typeof line === 'number' && Number.isInteger(line) && line >= 1)) {
        throw new Error(`${where}: ${list}[${i}] heeft geen geldige 'line'`);
      }
      const endLine = e.endLine;
      if (endLine !== undefined && !(typeof endLine === 'number' && typeof line === 'number' && endLine >= line)) {
        throw new Error(`${where}: ${list}[${i}] heeft een ongeldige 'endLine'`);
      }
      out[list].push({ rule: e.rule, line: line as number | 'any', endLine: endLine as number | undefined });
    });
  }
  return out;
}
