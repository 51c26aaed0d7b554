/** verplichte-secties: required sections per document type, present and not empty or a placeholder. */
import { ruleTester } from '../rule-tester.js';

const fm = (type: string) => `---\ntype: ${type}\ndatum: 2025-03-14\n---\n`;
const sections = (names: string[], body = 'Tekst.') => names.map((n) => `## ${n}\n\n${body}\n`).join('\n');
const GP = ['Feiten', 'Wat gaat goed', 'Zorgen', 'Zienswijze ouders', 'Doelen', 'Afspraken'];
const RR = ['Aanleiding', 'Feiten', 'Zienswijze ouders', 'Analyse'];

ruleTester('verplichte-secties', {
  valid: [
    {
      name: 'a missing zienswijze section is left to its own rule (one finding per missing section)',
      code: fm('raadsrapport') + sections(['Aanleiding', 'Feiten', 'Analyse']),
    },
    { name: 'a gezinsplan with every required section stays silent', code: fm('gezinsplan') + sections(GP) },
    { name: 'a raadsrapport with every required section stays silent', code: fm('raadsrapport') + sections(RR) },
    {
      name: 'a longer heading that begins with a built-in name counts',
      code: fm('raadsrapport') + sections(['Aanleiding', 'Feiten', 'Zienswijze moeder en Jesse', 'Conclusie en advies']),
    },
    { name: 'a document type without required sections stays silent', code: fm('brief') + sections(['Feiten']) },
    { name: 'a type-specific list from the options replaces the default', code: fm('gezinsplan') + sections(['Feiten']), options: { 'per-type': { gezinsplan: ['feiten'] } } },
  ],
  invalid: [
    {
      name: 'a missing section is reported at the first heading',
      code: fm('gezinsplan') + sections(GP.filter((n) => n !== 'Afspraken')),
      errors: [{ messageId: 'ontbreekt', line: 5, column: 1, messageIncludes: 'geen sectie afspraken' }],
    },
    {
      name: 'two missing sections give two findings at the first heading',
      code: fm('raadsrapport') + sections(['Feiten', 'Zienswijze ouders']),
      errors: [
        { messageId: 'ontbreekt', line: 5, column: 1, messageIncludes: 'aanleiding' },
        { messageId: 'ontbreekt', line: 5, column: 1, messageIncludes: 'analyse' },
      ],
    },
    {
      name: 'an empty section is reported at its heading',
      code: fm('raadsrapport') + sections(['Aanleiding', 'Feiten', 'Zienswijze ouders']) + '\n## Analyse\n\n<!-- nog schrijven -->\n',
      errors: [{ messageId: 'leeg', line: 17, column: 1 }],
    },
    {
      name: 'a section with only a placeholder is reported at its heading',
      code: fm('raadsrapport') + sections(['Aanleiding', 'Feiten', 'Zienswijze ouders']) + '\n## Analyse\n\nn.v.t.\n',
      errors: [{ messageId: 'plaatshouder', line: 17, column: 1, messageIncludes: 'bevat alleen "n.v.t."' }],
    },
    {
      name: 'an extra placeholder word from the options counts as a placeholder',
      code: fm('raadsrapport') + sections(['Aanleiding', 'Feiten', 'Zienswijze ouders']) + '\n## Analyse\n\nzie bijlage\n',
      options: { plaatshouders: ['zie bijlage'] },
      errors: [{ messageId: 'plaatshouder', line: 17, column: 1 }],
    },
  ],
});
