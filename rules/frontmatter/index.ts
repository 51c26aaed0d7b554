/**
 * frontmatter: the YAML block at the top of the document is readable and
 * complete (documentformaat §1). The document model finds the problems; this
 * rule reports them, each at the exact line of the key concerned.
 */
import type { Rule } from '../../src/engine/types.js';
import type { Taal } from '../../src/taal/index.js';
import meta from './meta.js';

const PARSE_CODES = new Set(['unclosed', 'missing-frontmatter']);

/**
 * The ISO form of a value that is one Dutch date and nothing else
 * ('14 maart 2025', '22-01-2019', "'2/6/2014'"); undefined when the value
 * is not exactly one day (e.g. 'gisteren', 'maart 2025', '2025-02-30').
 */
function isoFor(written: string, taal: Taal): string | undefined {
  const value = written.trim().replace(/^(["'])(.*)\1$/s, '$2').trim();
  if (!value || /\n/.test(value)) return undefined;
  const refs = taal.timeReferences(value);
  if (refs.length !== 1) return undefined;
  const ref = refs[0]!;
  if (ref.precision !== 'day' || ref.kind !== 'absolute' || ref.start !== 0 || ref.end !== value.length) return undefined;
  return ref.date.toISOString().slice(0, 10);
}

const rule: Rule = {
  meta,
  check(doc, ctx) {
    for (const p of doc.frontmatter?.problems ?? []) {
      const iso = p.expects === 'date' ? isoFor(doc.slice(p.span), ctx.taal) : undefined;
      ctx.report({
        span: p.span,
        message: p.message,
        key: `${p.code}:${p.key ?? ''}`,
        ...(iso ? { suggestion: `Schrijf ${iso}.`, fix: [{ span: p.span, text: iso }] } : {}),
      });
    }
    for (const p of doc.parseProblems) {
      if (PARSE_CODES.has(p.code)) ctx.report({ span: p.span, message: p.message, key: p.code });
    }
  },
};

export default rule;
