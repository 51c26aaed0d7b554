/** Metadata of the rule drang-taal (see README.md next to this file). */
import type { RuleMeta } from '../../src/engine/types.js';

const meta: RuleMeta = {
  id: 'drang-taal',
  description: 'Geen verplichtingen en dreigementen in vrijwillige hulp; zeg dat meedoen vrijwillig is.',
  explanation:
    'In het vrijwillige kader (geen maatregel van de rechter) zijn ouders en kinderen niet verplicht om mee te werken. ' +
    'Zinnen als "u bent verplicht om mee te werken" of "er wordt van u verwacht" zijn dan onjuist, en het document hoort te zeggen dat meedoen vrijwillig is. ' +
    'In elk document is een voorwaarde met een maatregel als gevolg ("als u niet meewerkt, volgt een uithuisplaatsing") een dreigement: ' +
    'leg uit wat er kan gebeuren en dat de rechter daarover beslist. In het gedwongen kader is meewerken wel een plicht; dat meldt de regel niet. ' +
    'De regel hoort bij actielijn 4 (rechtspositie) en raakt ook actielijn 1 (respectvolle bejegening).',
  defaultSeverity: 'waarschuwing',
  actielijn: 4,
  docs: 'rules/drang-taal/README.md',
  recommendation: {
    document: 'Kinderombudsman Metropool Amsterdam, rapport over klachten over Jeugdbescherming',
    section: 'III.3 Onderscheid tussen drang en dwang (a. Bevindingen, b. Aanbevelingen, voetnoten 36 en 37); IV aanbevelingen 11 tot en met 13; rekenkamer Amersfoort §2.1',
    summary:
      'Vertel ouders altijd hoe ver hun plicht om mee te werken gaat en dat zij in het vrijwillige kader kunnen weigeren; een mogelijk gevolg uitleggen mag, maar niet als dreigement om medewerking te krijgen.',
  },
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      'zonder-kader': { enum: ['vrijwillig', 'onbekend'] },
      'vrijwilligheid-verplicht': { type: 'boolean' },
      'extra-verplichtingen': { type: 'array', items: { type: 'string' } },
    },
  },
  defaultOptions: {
    'zonder-kader': 'onbekend',
    'vrijwilligheid-verplicht': true,
    'extra-verplichtingen': [],
  },
  messages: {
    verplichting:
      '"{tekst}": in vrijwillige hulp is niemand verplicht om mee te werken. Schrijf wat u met de ouders hebt afgesproken of vraagt, en dat zij mogen weigeren.',
    dreiging:
      '"{tekst}": dit leest als een dreigement. Leg uit wat er kan gebeuren en zeg erbij dat de kinderrechter daarover beslist, niet de jeugdbescherming.',
    geenVrijwilligheid:
      'Dit document valt in het vrijwillige kader, maar zegt nergens dat meedoen vrijwillig is. Schrijf op dat ouders (en het kind) mogen weigeren, en wat dan de mogelijke gevolgen zijn.',
  },
};

export default meta;
