/** Metadata of the rule verplichte-secties (see README.md next to this file). */
import type { RuleMeta } from '../../src/engine/types.js';

const meta: RuleMeta = {
  id: 'verplichte-secties',
  description: 'Elk documenttype heeft de secties die erin horen, en die zijn niet leeg.',
  explanation:
    'Een gezinsplan zonder zienswijze van de ouders of zonder afspraken, of een raadsrapport zonder analyse, mist iets wat de lezer nodig heeft. ' +
    'Per documenttype staat in de instellingen welke soorten secties verplicht zijn (standaard: gezinsplan feiten, krachten, zorgen, zienswijze, doelen, ' +
    'afspraken; raadsrapport aanleiding, feiten, zienswijze, analyse). toets meldt een sectie die ontbreekt, leeg is of alleen een plaatshouder bevat ' +
    '("n.v.t.", "volgt", "nog invullen"). Raakt ook actielijn 2: ouders moeten kunnen lezen wat er over hen is opgeschreven en wat er is afgesproken.',
  defaultSeverity: 'waarschuwing',
  actielijn: 3,
  docs: 'rules/verplichte-secties/README.md',
  recommendation: {
    document: 'Kinderombudsman Metropool Amsterdam, rapport over klachten over Jeugdbescherming',
    section: 'III.2 Communicatie en verslaglegging; aanbevelingen 5 tot en met 7',
    summary:
      'Doelen en afspraken worden niet altijd vastgelegd en ouders weten niet welke zorgen er zijn; een plan dat met het gezin is geschreven legt feiten, zorgen, de visie van de ouders, doelen en afspraken vast.',
  },
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      'per-type': {
        type: 'object',
        additionalProperties: { type: 'array', items: { type: 'string' } },
      },
      plaatshouders: { type: 'array', items: { type: 'string' } },
      'eigen-regel': { type: 'array', items: { type: 'string' } },
    },
  },
  defaultOptions: {
    'per-type': {
      gezinsplan: ['feiten', 'krachten', 'zorgen', 'zienswijze', 'doelen', 'afspraken'],
      raadsrapport: ['aanleiding', 'feiten', 'zienswijze', 'analyse'],
    },
    plaatshouders: [],
    // Section kinds that a rule of their own checks (krachten, zienswijze): one finding per missing section, from that rule.
    'eigen-regel': ['krachten', 'zienswijze'],
  },
  messages: {
    ontbreekt: 'Dit {type} heeft geen sectie {soort}. Voeg een sectie toe, bijvoorbeeld "## {kop}", en schrijf op wat daar hoort.',
    leeg: 'De sectie "{kop}" is leeg. Schrijf op wat hier hoort, of haal de kop weg als de sectie niet verplicht is.',
    plaatshouder: 'De sectie "{kop}" bevat alleen "{tekst}". Schrijf op wat hier hoort; een {type} heeft een ingevulde sectie {soort} nodig.',
  },
};

export default meta;
