/** Metadata of the rule frontmatter (see README.md next to this file). */
import type { RuleMeta } from '../../src/engine/types.js';

const meta: RuleMeta = {
  id: 'frontmatter',
  description: 'De frontmatter (het blok tussen --- bovenaan) is geldig en compleet.',
  explanation:
    'Zonder geldig type en datum kan toets niet zien welk soort document het is en wat "nu" is. ' +
    'Ongeldige YAML, een ontbrekend veld, een verkeerd type of een onbekend documenttype wordt gemeld op de regel waar het staat. ' +
    'Bronnen met id, soort, maker en datum maken elke verwijzing in de tekst na te gaan.',
  defaultSeverity: 'fout',
  actielijn: 3,
  docs: 'rules/frontmatter/README.md',
  recommendation: {
    document: 'toets documentformaat v1; Kamerbrief over de voortgang in de jeugdbescherming (2023)',
    section: 'documentformaat §1 Frontmatter; Kamerbrief, Verbetering feitenonderzoek noodzakelijk (eenduidige bronvermelding)',
    summary:
      'Elk document noemt zijn type en de datum van deze versie, en legt zijn bronnen op één vaste manier vast; dat is de basis voor eenduidige bronvermelding.',
  },
  optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
  defaultOptions: {},
};

export default meta;
