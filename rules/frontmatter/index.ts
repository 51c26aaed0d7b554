/**
 * frontmatter: the YAML block at the top of the document is readable and
 * complete (documentformaat §1). The document model finds the problems; this
 * rule reports them, each at the exact line of the key concerned.
 */
import type { Rule } from '../../src/engine/types.js';

const PARSE_CODES = new Set(['unclosed', 'missing-frontmatter']);

const rule: Rule = {
  meta: {
    id: 'frontmatter',
    description: 'De frontmatter (het blok tussen --- bovenaan) is geldig en compleet.',
    explanation:
      'Zonder geldig type en datum kan toets niet zien welk soort document het is en wat "nu" is. ' +
      'Ongeldige YAML, een ontbrekend veld, een verkeerd type of een onbekend documenttype wordt gemeld op de regel waar het staat.',
    defaultSeverity: 'fout',
    actielijn: 3,
    docs: 'rules/frontmatter/README.md',
    recommendation: {
      document: 'toets documentformaat v1',
      section: '§1 Frontmatter',
      summary: 'Elk document noemt zijn type en de datum van deze versie; bronnen staan met id, soort, maker en datum in de frontmatter.',
    },
    optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
  },
  check(doc, ctx) {
    for (const p of doc.frontmatter?.problems ?? []) ctx.report({ span: p.span, message: p.message, key: `${p.code}:${p.key ?? ''}` });
    for (const p of doc.parseProblems) {
      if (PARSE_CODES.has(p.code)) ctx.report({ span: p.span, message: p.message, key: p.code });
    }
  },
};

export default rule;
