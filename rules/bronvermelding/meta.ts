/**
 * Metadata of the rule bronvermelding (see README.md next to this file).
 * The rule's default severity is 'waarschuwing'; its reference errors (an
 * unknown [@id], a footnote without text) are reported as 'fout' per finding.
 */
import type { RuleMeta } from '../../src/engine/types.js';

/** Fields a source entry in the frontmatter can be required to have. */
export const BRON_VELDEN = ['van', 'datum', 'soort', 'titel'] as const;

const meta: RuleMeta = {
  id: 'bronvermelding',
  description: 'Elke bewering in de feiten heeft een bron; verwijzingen en bronnen kloppen.',
  explanation:
    'Een feit zonder bron kan niet worden nagegaan of weerlegd. Vermeld bij elke bewering wie het zei, zag of schreef en wanneer: ' +
    'met een verwijzing [@id], een voetnoot, (bron: …) of in gewone taal ("Volgens de leerkracht …"). ' +
    'Een verwijzing naar een onbekende bron of een voetnoot zonder tekst is altijd een fout; een bron die nergens wordt gebruikt of geen maker of datum heeft, een waarschuwing.',
  defaultSeverity: 'waarschuwing',
  actielijn: 3,
  docs: 'rules/bronvermelding/README.md',
  recommendation: {
    document: 'Kinderombudsman Metropool Amsterdam, rapport over klachten over Jeugdbescherming',
    section: 'III.1 Waarheidsvinding en neutraliteit (a. Bevindingen, b. Aanbevelingen); IV aanbeveling 2',
    summary:
      'Beschrijvingen in gezinsplannen worden te vaak niet onderbouwd en zonder bron vermeld; met bronvermelding kan een gezin nagaan welke ketenpartner de informatie gaf en die laten herzien.',
  },
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      secties: { type: 'array', items: { type: 'string' } },
      'ongebruikte-bronnen': { type: 'boolean' },
      'bron-velden': { type: 'array', items: { type: 'string', enum: [...BRON_VELDEN] } },
    },
  },
  defaultOptions: { secties: ['feiten'], 'ongebruikte-bronnen': true, 'bron-velden': ['van', 'datum'] },
};

export default meta;
