/** Metadata of the rule krachten (see README.md next to this file). */
import type { RuleMeta } from '../../src/engine/types.js';

const meta: RuleMeta = {
  id: 'krachten',
  description: 'Het document noemt wat goed gaat, voor elk kind en elke ouder of verzorger.',
  explanation:
    'Een plan dat alleen noemt wat misgaat, geeft een onvolledig beeld en maakt dat ouders zich niet gezien voelen. ' +
    'Een sectie met krachten (wat gaat goed, beschermende factoren) hoort erin, is niet leeg, noemt elk kind en elke ouder of verzorger, ' +
    'en staat in verhouding tot de zorgen.',
  defaultSeverity: 'waarschuwing',
  actielijn: 1,
  docs: 'rules/krachten/README.md',
  recommendation: {
    document: 'Kinderombudsman Metropool Amsterdam, rapport over klachten over Jeugdbescherming',
    section: 'III.1 Waarheidsvinding en neutraliteit, a. Bevindingen en b. Aanbevelingen',
    summary:
      'Gezinsplannen noemen soms vooral negatieve punten van een ouder, terwijl er ruimte is voor wat goed gaat; een plan moet voldoende aandacht geven aan wat goed gaat, bijvoorbeeld door daarmee te beginnen.',
  },
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      'verplicht-voor': { type: 'array', items: { type: 'string' } },
      rollen: { type: 'array', items: { type: 'string' } },
      plaatshouders: { type: 'array', items: { type: 'string' } },
      'eenzijdigheid-verhouding': { type: 'number', minimum: 1 },
      'min-zorgen': { type: 'integer', minimum: 1 },
    },
  },
  defaultOptions: {
    'verplicht-voor': ['gezinsplan', 'raadsrapport'],
    rollen: ['moeder', 'vader', 'ouder', 'verzorger', 'pleegouder', 'stiefouder'],
    plaatshouders: ['n.v.t.', 'nvt', 'n.v.t', 'geen', '-', '–', 'onbekend', 'nog invullen', 'volgt', 'nader in te vullen', 'pm', 'p.m.', '…', '...'],
    'eenzijdigheid-verhouding': 4,
    'min-zorgen': 8,
  },
};

export default meta;
