/**
 * Metadata of the rule verouderde-tijd (see README.md next to this file).
 * `maanden` has no default here on purpose: without it the rule uses the
 * shared setting drempels.maanden-verouderd (12 unless configured).
 */
import type { RuleMeta } from '../../src/engine/types.js';

const meta: RuleMeta = {
  id: 'verouderde-tijd',
  description: 'Oude gebeurtenissen staan in de verleden tijd; geen tegenwoordige tijd op een oude bron.',
  explanation:
    'Wat lang geleden gebeurde, moet ook zo klinken: "In 2015 dronk vader veel", niet "In 2015 drinkt vader veel". ' +
    'In de tegenwoordige tijd lijkt een oud incident iets van nu, en gezinnen worden er jaren later nog op aangesproken. ' +
    'Een bewering in de tegenwoordige tijd die alleen op een oude bron rust, moet opnieuw worden nagegaan.',
  defaultSeverity: 'waarschuwing',
  actielijn: 3,
  docs: 'rules/verouderde-tijd/README.md',
  recommendation: {
    document: 'Kinderombudsman Metropool Amsterdam, rapport over klachten over Jeugdbescherming',
    section: 'III.1 Waarheidsvinding en neutraliteit, a. Bevindingen en b. Aanbevelingen',
    summary:
      'In een rapport stonden gebeurtenissen van tien jaar eerder in de tegenwoordige tijd; gebeurtenissen moeten in hun tijd en context worden beschreven, zodat mensen niet onnodig lang worden achtervolgd door oude incidenten.',
  },
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      maanden: { type: 'integer', minimum: 1, maximum: 600 },
      'oude-bronnen': { type: 'boolean' },
    },
  },
  defaultOptions: { 'oude-bronnen': true },
};

export default meta;
