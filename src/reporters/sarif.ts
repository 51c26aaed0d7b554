/**
 * SARIF 2.1.0 as GitHub code scanning reads it: rule metadata with help
 * text that links the rule's doc page, a repo-relative artifact URI and a
 * full region on every result, and content-based fingerprints.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ArtifactLocation, Log, ReportingDescriptor, Result } from 'sarif';
import { ACTIELIJNEN } from '../engine/types.js';
import type { RuleMeta } from '../engine/types.js';
import type { Reporter, ReporterOptions } from './types.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const FINGERPRINT_KEY = 'toetsInhoud/v1';

/** Findings of toets itself (not of a rule) get a descriptor too, so every result has a ruleIndex. */
const ENGINE_DESCRIPTORS: Record<string, string> = {
  toets: 'Toets kon het bestand niet (goed) lezen, of een toets-opmerking is onjuist geschreven.',
  'ongebruikte-uitzondering': 'Een toets-opmerking schakelt een regel uit waar niets uit te schakelen is, of noemt een onbekende regel.',
};

function ruleDescriptor(m: RuleMeta): ReportingDescriptor {
  const basis = `${m.recommendation.document}, ${m.recommendation.section}: ${m.recommendation.summary}`;
  const explanation = m.explanation || m.description;
  return {
    id: m.id,
    name: m.id,
    shortDescription: { text: m.description },
    fullDescription: { text: explanation },
    help: {
      text: `${explanation}\n\nWaarop gebaseerd: ${basis}\n\nDocumentatie: ${m.docs}`,
      markdown: `${explanation}\n\n**Waarop gebaseerd:** ${basis}\n\n[Documentatie van de regel](${m.docs})`,
    },
    defaultConfiguration: { level: m.defaultSeverity === 'fout' ? 'error' : 'warning' },
    properties: {
      actielijn: m.actielijn,
      'actielijn-naam': ACTIELIJNEN[m.actielijn],
      tags: ['jeugdbescherming', `actielijn-${m.actielijn}`],
    },
  };
}

function engineDescriptor(id: string): ReportingDescriptor {
  const text = ENGINE_DESCRIPTORS[id] ?? `Melding van '${id}'.`;
  return {
    id,
    name: id,
    shortDescription: { text },
    fullDescription: { text },
    help: { text, markdown: text },
    defaultConfiguration: { level: id === 'toets' ? 'error' : 'warning' },
    properties: { tags: ['toets'] },
  };
}

/**
 * Where a file is, for SARIF: relative to the source root (forward slashes,
 * percent-encoded) with uriBaseId %SRCROOT%; a file outside it gets an
 * absolute file:// URI.
 */
export function artifactLocation(filePath: string, options: Pick<ReporterOptions, 'cwd' | 'srcRoot'>): ArtifactLocation {
  const abs = isAbsolute(filePath) ? filePath : resolve(options.cwd, filePath);
  const root = options.srcRoot ?? options.cwd;
  const rel = relative(root, abs);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return { uri: pathToFileURL(abs).href };
  return { uri: rel.split(/[\\/]/).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

const sarif: Reporter = (summary, options) => {
  const rules: ReportingDescriptor[] = summary.rules.map(ruleDescriptor);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results: Result[] = [];
  for (const r of summary.results) {
    const location = artifactLocation(r.filePath, options);
    const all = [...r.messages.map((m) => ({ m, suppressed: false })), ...r.suppressedMessages.map((m) => ({ m, suppressed: true }))];
    for (const { m, suppressed } of all) {
      if (!index.has(m.ruleId)) {
        index.set(m.ruleId, rules.length);
        rules.push(engineDescriptor(m.ruleId));
      }
      const result: Result = {
        ruleId: m.ruleId,
        ruleIndex: index.get(m.ruleId)!,
        level: m.severity === 2 ? 'error' : 'warning',
        message: { text: m.suggestion ? `${m.message} ${m.suggestion}` : m.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: location,
              region: {
                startLine: m.line,
                startColumn: m.column,
                endLine: m.endLine,
                // SARIF columns are exclusive at the end; an empty span still covers one character.
                endColumn: m.endLine === m.line ? Math.max(m.endColumn, m.column + 1) : m.endColumn,
                ...(m.excerpt ? { snippet: { text: m.excerpt } } : {}),
              },
            },
            // A Word document: the place in Word (the region is in toets' Markdown of it).
            ...(m.place ? { message: { text: m.place.description } } : {}),
          },
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: m.fingerprint },
        ...(suppressed
          ? { suppressions: [{ kind: 'inSource' as const, ...(m.suppressed?.reason ? { justification: m.suppressed.reason } : {}) }] }
          : {}),
      };
      results.push(result);
    }
  }
  const version = options.toolVersion ?? '0.0.0';
  const log: Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'toets',
            version,
            semanticVersion: version,
            rules,
          },
        },
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

export default sarif;
