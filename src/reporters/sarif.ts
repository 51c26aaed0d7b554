/**
 * SARIF 2.1.0 as GitHub code scanning reads it: rule metadata with help
 * text that links the rule's doc page, a repo-relative artifact URI and a
 * full region on every result, and content-based fingerprints.
 */
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { ACTIELIJNEN } from '../engine/types.js';
import type { Reporter } from './types.js';

const TOOL_VERSION = '0.1.0';

function uriOf(filePath: string): string {
  return filePath.replace(/\\/g, '/').replace(/^\.\//, '');
}

const sarif: Reporter = (summary) => {
  const rules: ReportingDescriptor[] = summary.rules.map((m) => ({
    id: m.id,
    name: m.id,
    shortDescription: { text: m.description },
    fullDescription: { text: m.explanation || m.description },
    help: {
      text: `${m.explanation || m.description}\n\nWaarop gebaseerd: ${m.recommendation.document}, ${m.recommendation.section}: ${m.recommendation.summary}\n\nDocumentatie: ${m.docs}`,
      markdown: `${m.explanation || m.description}\n\n**Waarop gebaseerd:** ${m.recommendation.document}, ${m.recommendation.section}: ${m.recommendation.summary}\n\n[Documentatie van de regel](${m.docs})`,
    },
    defaultConfiguration: { level: m.defaultSeverity === 'fout' ? 'error' : 'warning' },
    properties: {
      actielijn: m.actielijn,
      'actielijn-naam': ACTIELIJNEN[m.actielijn],
      tags: ['jeugdbescherming', `actielijn-${m.actielijn}`],
    },
  }));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results: Result[] = [];
  for (const r of summary.results) {
    const all = [...r.messages.map((m) => ({ m, suppressed: false })), ...r.suppressedMessages.map((m) => ({ m, suppressed: true }))];
    for (const { m, suppressed } of all) {
      const result: Result = {
        ruleId: m.ruleId,
        ...(index.has(m.ruleId) ? { ruleIndex: index.get(m.ruleId)! } : {}),
        level: m.severity === 2 ? 'error' : 'warning',
        message: { text: m.suggestion ? `${m.message} ${m.suggestion}` : m.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: uriOf(r.filePath), uriBaseId: '%SRCROOT%' },
              region: {
                startLine: m.line,
                startColumn: m.column,
                endLine: m.endLine,
                endColumn: Math.max(m.endColumn, m.endLine === m.line ? m.column + 1 : m.endColumn),
                ...(m.excerpt ? { snippet: { text: m.excerpt } } : {}),
              },
            },
          },
        ],
        partialFingerprints: { 'toetsInhoud/v1': m.fingerprint },
        ...(suppressed ? { suppressions: [{ kind: 'inSource', ...(m.suppressed?.reason ? { justification: m.suppressed.reason } : {}) }] } : {}),
      };
      results.push(result);
    }
  }
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'toets', version: TOOL_VERSION, semanticVersion: TOOL_VERSION, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: '' } },
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

export default sarif;
