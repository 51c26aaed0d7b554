/** Metadata of the rule zienswijze (see README.md next to this file). */
import type { RuleMeta } from '../../src/engine/types.js';

const meta: RuleMeta = {
  id: 'zienswijze',
  description: 'Elk kind en elke ouder of verzorger heeft een zienswijze in eigen woorden, of het document zegt waarom niet.',
  explanation:
    'Kinderen en ouders hebben het recht om hun kant van het verhaal te geven. Een gezinsplan of raadsrapport heeft daarom een sectie met de zienswijze ' +
    'van elk kind en elke ouder of verzorger, in hun eigen woorden: een zin die zegt wie iets vertelt ("het kind vertelt dat …") of een citaat met de naam. ' +
    'Een kind van 12 jaar of ouder zonder zienswijze is een fout; bij een jonger kind beschrijft de sectie hoe het kind is gehoord of gezien, of waarom niet. ' +
    'Gaf een ouder geen zienswijze, dan staat dat er, met wanneer het gevraagd is.',
  defaultSeverity: 'fout',
  actielijn: 4,
  docs: 'rules/zienswijze/README.md',
  recommendation: {
    document: 'Toetsingskader kinderrechten voor gecertificeerde instellingen; Kinderombudsman Metropool Amsterdam',
    section: 'toetsingskader kinderrechten: art. 12 IVRK en toetsingsvraag 4 "Is de stem van het kind gehoord en meegewogen?"; Kinderombudsman: §III.2 Communicatie en verslaglegging en §III.5; Kamerbrief voortgang jeugdbescherming: verbeterlijn 2 (zienswijze); rekenkamer Amersfoort §2.1 (kinderen vanaf 12 jaar)',
    summary:
      'Hoor elk kind op een manier die past bij zijn leeftijd en laat ouders en kinderen hun zienswijze geven; een kind van 12 of ouder heeft daar uitdrukkelijk recht op.',
  },
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      'verplicht-voor': { type: 'array', items: { type: 'string' } },
      leeftijd: { type: 'integer', minimum: 0 },
      rollen: { type: 'array', items: { type: 'string' } },
      plaatshouders: { type: 'array', items: { type: 'string' } },
      koppen: { type: 'array', items: { type: 'string' } },
    },
  },
  defaultOptions: {
    'verplicht-voor': ['gezinsplan', 'raadsrapport'],
    leeftijd: 12,
    rollen: ['moeder', 'vader', 'ouder', 'verzorger', 'pleegouder', 'stiefouder'],
    plaatshouders: ['volgt', 'volgt nog', 'n.v.t.', 'nvt', 'nog invullen', 'nog niet bekend'],
    koppen: ['zienswijze', 'zienswijzen', 'visie van', 'stem van', 'mening van'],
  },
  messages: {
    geenSectie:
      'Dit document heeft geen sectie met de zienswijze van ouders en kind. Voeg een sectie toe zoals "## Zienswijze ouders" of "## Stem van het kind" en schrijf daarin ieders kant in eigen woorden.',
    leeg: 'De sectie "{kop}" heeft geen inhoud. Schrijf de zienswijze van elk kind en elke ouder op, in hun eigen woorden.',
    plaatshouder: 'De sectie "{kop}" bevat alleen "{tekst}". Schrijf de zienswijze van elk kind en elke ouder op, in hun eigen woorden, voordat het document weggaat.',
    kindZonderZienswijze:
      '{naam} is {leeftijd} jaar en heeft geen zienswijze in "{kop}". Vraag {naam} naar zijn of haar kant en schrijf die op in eigen woorden ("{naam} vertelt dat …" of een citaat).',
    jongKindZonderZienswijze:
      '{naam} ({leeftijd} jaar) heeft geen zienswijze in "{kop}". Schrijf op wat {naam} zelf zei, of hoe {naam} is gehoord of gezien (gesprek, spel, observatie), of waarom dat niet kon.',
    ouderZonderZienswijze:
      '{naam} heeft geen zienswijze in "{kop}". Schrijf die kant op in eigen woorden, of schrijf dat er geen zienswijze kwam en wanneer die is gevraagd.',
    ouderZonderDatum:
      'Hier staat dat {naam} geen zienswijze gaf, maar niet wanneer die is gevraagd. Schrijf erbij wanneer en hoe {naam} is gevraagd (bijvoorbeeld "op 3 maart 2025 gebeld").',
  },
};

export default meta;
