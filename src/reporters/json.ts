/** ESLint-style JSON, exactly as ../shared/evaluatieformaat.md describes (plus extra fields). */
import type { Reporter } from './types.js';

const json: Reporter = (summary) =>
  JSON.stringify(
    summary.results.map((r) => ({
      filePath: r.filePath,
      messages: r.messages.map((m) => ({
        ruleId: m.ruleId,
        severity: m.severity,
        message: m.message,
        ...(m.messageId ? { messageId: m.messageId } : {}),
        line: m.line,
        column: m.column,
        endLine: m.endLine,
        endColumn: m.endColumn,
        ...(m.suggestion ? { suggestion: m.suggestion } : {}),
        ...(m.fix ? { fix: m.fix } : {}),
        excerpt: m.excerpt,
        fingerprint: m.fingerprint,
        // A Word document: where the finding is in Word (line and column refer to toets' Markdown of it).
        ...(m.place ? { place: m.place } : {}),
      })),
      suppressedMessages: r.suppressedMessages.map((m) => ({
        ruleId: m.ruleId,
        severity: m.severity,
        message: m.message,
        line: m.line,
        column: m.column,
        endLine: m.endLine,
        endColumn: m.endColumn,
        suppressions: [{ kind: 'directive', justification: m.suppressed?.reason ?? '' }],
      })),
      errorCount: r.errorCount,
      warningCount: r.warningCount,
      ...(r.fatal ? { fatal: true } : {}),
      ...(r.documentType ? { documentType: r.documentType } : {}),
    })),
    null,
    2,
  ) + '\n';

export default json;
