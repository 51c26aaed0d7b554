/** Small hand-built run summaries for the reporter tests (no engine involved). */
import type { FileResult, Finding, RuleMeta, RunSummary } from '../../src/engine/types.js';
import type { ReporterOptions } from '../../src/reporters/types.js';

export const OPTIONS: ReporterOptions = { color: false, cwd: '/tmp', quiet: false };

export const REGEL_A: RuleMeta = {
  id: 'regel-a',
  description: 'Regel A in één zin.',
  explanation: 'Waarom regel A <belangrijk> is.',
  defaultSeverity: 'fout',
  actielijn: 3,
  docs: 'rules/regel-a/README.md',
  recommendation: { document: 'Rapport X (seed 002)', section: 'III.1 b', summary: 'Schrijf feiten & meningen apart.' },
};

export const REGEL_B: RuleMeta = {
  id: 'regel-b',
  description: 'Regel B in één zin.',
  explanation: 'Waarom regel B.',
  defaultSeverity: 'waarschuwing',
  actielijn: 1,
  docs: 'https://voorbeeld.test/regel-b?x=1&y=2',
  recommendation: { document: 'Brief Y (seed 003)', section: 'Actielijn 1', summary: 'Noem wat goed gaat.' },
};

export function finding(p: Partial<Finding> & Pick<Finding, 'ruleId' | 'line' | 'column' | 'endLine' | 'endColumn'>): Finding {
  return { severity: 1, message: 'Melding.', excerpt: '', fingerprint: '0', ...p };
}

/** Line 1 is 25 characters long: 'Eerste ' (7) + '<b>regel</b>' (12) + ' & zo.' (6). */
export const BRON = 'Eerste <b>regel</b> & zo.\nTweede regel hier.\n<!-- toets-disable-next-line regel-a -- Citaat -->\nDerde | regel.\n';

export function plan(): FileResult {
  return {
    filePath: 'map/plan <1>.md',
    documentType: 'gezinsplan',
    documentDate: '2025-03-14',
    source: BRON,
    messages: [
      finding({ ruleId: 'regel-a', severity: 2, line: 1, column: 8, endLine: 1, endColumn: 20, message: 'Oordeel "<b>regel</b>" gevonden.', excerpt: '<b>regel</b>', suggestion: 'Schrijf *wat* u zag.' }),
      finding({ ruleId: 'regel-b', severity: 1, line: 1, column: 11, endLine: 2, endColumn: 7, message: 'Noem wat goed gaat.', excerpt: 'regel</b> & zo.' }),
    ],
    suppressedMessages: [
      finding({ ruleId: 'regel-a', severity: 2, line: 4, column: 1, endLine: 4, endColumn: 6, message: 'Oordeel "Derde".', excerpt: 'Derde', suppressed: { reason: 'Citaat <uit> dossier', line: 3 } }),
    ],
    errorCount: 1,
    warningCount: 1,
  };
}

export function onleesbaar(): FileResult {
  const message = 'Het bestand is geen tekst <binair>.';
  return {
    filePath: 'kapot.md',
    messages: [finding({ ruleId: 'toets', severity: 2, line: 1, column: 1, endLine: 1, endColumn: 1, message })],
    suppressedMessages: [],
    errorCount: 1,
    warningCount: 0,
    fatal: { message, code: 'BINARY' },
  };
}

/** A second readable file that repeats plan()'s regel-b message (for "most frequent"). */
export function rapport(): FileResult {
  return {
    filePath: 'rapport.md',
    documentType: 'raadsrapport',
    source: 'Een regel.\n',
    messages: [finding({ ruleId: 'regel-b', severity: 1, line: 1, column: 1, endLine: 1, endColumn: 4, message: 'Noem wat goed gaat.', excerpt: 'Een' })],
    suppressedMessages: [],
    errorCount: 0,
    warningCount: 1,
  };
}

export function summary(results: FileResult[]): RunSummary {
  return {
    results,
    rules: [REGEL_A, REGEL_B],
    errorCount: results.reduce((n, r) => n + r.errorCount, 0),
    warningCount: results.reduce((n, r) => n + r.warningCount, 0),
  };
}
