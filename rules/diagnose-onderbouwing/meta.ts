/** Metadata of the rule diagnose-onderbouwing (see README.md next to this file). */
import type { RuleMeta } from '../../src/engine/types.js';

const meta: RuleMeta = {
  id: 'diagnose-onderbouwing',
  description: 'Een diagnose noemt wie hem stelde en wanneer; geen vermoedens van stoornissen.',
  explanation:
    'Een psychiatrisch etiket in een rapport volgt een gezin jarenlang. Noem een diagnose alleen als een deskundige hem heeft gesteld, ' +
    'en vermeld dan wie en wanneer, of verwijs naar het diagnostisch onderzoek. Schrijf geen vermoedens ("lijkt autistisch", ' +
    '"narcistische trekken"): beschrijf wat u zag en hoorde.',
  defaultSeverity: 'fout',
  actielijn: 3,
  docs: 'rules/diagnose-onderbouwing/README.md',
  recommendation: {
    document: 'Kinderombudsman Metropool Amsterdam, rapport over klachten over Jeugdbescherming',
    section: 'III.1 Waarheidsvinding en neutraliteit, a. Bevindingen (psychische stoornis die nooit formeel is vastgesteld); IV aanbeveling 3',
    summary:
      'Een gezinsplan noemde een stoornis bij een moeder die nooit door een deskundige was vastgesteld; zulke onjuiste informatie moet direct en volledig worden verwijderd of gecorrigeerd.',
  },
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      'extra-termen': { type: 'array', items: { type: 'string', minLength: 2 } },
      'secties-uitgezonderd': { type: 'array', items: { type: 'string' } },
    },
  },
  defaultOptions: { 'extra-termen': [], 'secties-uitgezonderd': ['bronnen'] },
};

export default meta;
