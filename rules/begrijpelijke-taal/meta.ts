/** Metadata of the rule begrijpelijke-taal (see README.md next to this file). */
import type { RuleMeta } from '../../src/engine/types.js';

const meta: RuleMeta = {
  id: 'begrijpelijke-taal',
  description: 'Afkortingen zijn uitgeschreven, zinnen zijn kort, en een lang document begint met een samenvatting.',
  explanation:
    'Een gezinsplan is in de eerste plaats voor het gezin. Ook een ouder met een licht verstandelijke beperking moet kunnen lezen wat er staat. ' +
    'toets meldt een afkorting uit de jeugdbescherming (OTS, MUHP, GI, RvdK, …) die bij het eerste gebruik niet is uitgeschreven, een zin die langer is ' +
    'dan de ingestelde grens (standaard 25 woorden) als waarschuwing om naar te kijken, en een document dat langer is dan de ingestelde grens zonder sectie ' +
    '"Samenvatting". toets gebruikt geen leesbaarheidsformule als drempel: een korte zin met moeilijke woorden is niet vanzelf begrijpelijk.',
  defaultSeverity: 'waarschuwing',
  actielijn: 2,
  docs: 'rules/begrijpelijke-taal/README.md',
  recommendation: {
    document: 'Kinderombudsman Metropool Amsterdam; Rekenkamer Amersfoort; NJi-werkdocument eisen jeugdbescherming',
    section: 'Kinderombudsman: III.2 Communicatie en verslaglegging en aanbeveling 6; rekenkamer Amersfoort: aanbevelingen over informatie voor gezinnen (ook voor mensen met een LVB); NJi-werkdocument: eis 7, een begrijpelijke opzet',
    summary:
      'Het gezinsplan moet voor het gezin zelf te begrijpen zijn: geen eindeloze rapportage, heldere taal zonder vakjargon, toegankelijk voor iedereen, ook voor ouders met een licht verstandelijke beperking.',
  },
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      'max-woorden-per-zin': { type: 'integer', minimum: 5 },
      'samenvatting-vanaf-woorden': { type: 'integer', minimum: 1 },
      'extra-afkortingen': { type: 'object', additionalProperties: { type: 'string' } },
      'negeer-afkortingen': { type: 'array', items: { type: 'string' } },
    },
  },
  defaultOptions: {
    'max-woorden-per-zin': 25,
    'samenvatting-vanaf-woorden': 1500,
    'extra-afkortingen': {},
    'negeer-afkortingen': [],
  },
  messages: {
    afkorting:
      'Schrijf "{afkorting}" de eerste keer voluit: "{voluit} ({afkorting})". Niet iedere lezer kent deze afkorting.',
    langeZin:
      'Deze zin heeft {aantal} woorden. Maak er twee of meer zinnen van (hoogstens {max} woorden per zin), zodat ook ouders die niet makkelijk lezen hem begrijpen.',
    geenSamenvatting:
      'Dit document heeft {aantal} woorden maar geen samenvatting. Zet bovenaan een sectie "## Samenvatting" met in een paar korte zinnen de zorgen, de doelen en de afspraken.',
  },
};

export default meta;
