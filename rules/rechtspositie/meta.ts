/** Metadata of the rule rechtspositie (see README.md next to this file). */
import type { RuleMeta } from '../../src/engine/types.js';

const meta: RuleMeta = {
  id: 'rechtspositie',
  description: 'Het document vertelt het gezin hoe het kan klagen, wie het kan steunen en welke rechten het heeft.',
  explanation:
    'Ouders en kinderen moeten weten wat zij kunnen doen als zij het niet eens zijn: een klacht indienen bij de klachtencommissie, de vertrouwenspersoon van het AKJ, ' +
    'onafhankelijke cliëntondersteuning, het recht op een familiegroepsplan; bij een OTS of machtiging uithuisplaatsing het hoger beroep; bij een gevraagde uithuisplaatsing ' +
    'of gezagsbeëindiging een (gratis) advocaat. Met een kind van 12 of ouder geldt de vertrouwenspersoon ook voor het kind. ' +
    'Welke punten nodig zijn, volgt uit `kader` en `maatregelen` en staat in de configuratie. Alleen een laatste regel of een voetnoot over klachten is niet genoeg.',
  defaultSeverity: 'waarschuwing',
  actielijn: 2,
  docs: 'rules/rechtspositie/README.md',
  recommendation: {
    document: 'Kinderombudsman Metropool Amsterdam, rapport over klachten over Jeugdbescherming',
    section: 'III.6 Geschilbeslechting, a. Bevindingen en b. Aanbevelingen; IV aanbevelingen 5 en 22; rekenkamer Amersfoort §2.4 AKJ en voetnoot 20 (familiegroepsplan); toetsingskader kinderrechten (klachtenregeling, vertrouwenspersoon AKJ)',
    summary:
      'Wijs ouders en kinderen duidelijk en niet alleen in een laatste zin van een brief op de klachtmogelijkheid, de vertrouwenspersoon, cliëntondersteuning en hun recht op een familiegroepsplan.',
  },
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      'verplicht-voor': { type: 'array', items: { type: 'string' } },
      secties: { type: 'array', items: { type: 'string' } },
      leeftijd: { type: 'integer', minimum: 0 },
      'zonder-kader': { enum: ['stil', 'controleren'] },
      items: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'naam', 'woorden'],
          properties: {
            id: { type: 'string' },
            naam: { type: 'string' },
            woorden: { type: 'array', items: { type: 'string' }, minItems: 1 },
            'ook-kind': { type: 'boolean' },
            maatregelen: { type: 'array', items: { type: 'string' } },
            status: { type: 'array', items: { type: 'string' } },
            kader: { type: 'array', items: { type: 'string' } },
          },
        },
      },
    },
  },
  defaultOptions: {
    'verplicht-voor': ['gezinsplan', 'raadsrapport'],
    secties: ['rechtspositie'],
    leeftijd: 12,
    'zonder-kader': 'stil',
    items: [
      { id: 'klacht', naam: 'hoe u een klacht indient (klachtencommissie)', woorden: ['klachtencommissie', 'klacht indienen', 'klacht in te dienen', 'klachtenregeling', 'klachtenprocedure', 'klachtmogelijkheid', 'klachtmogelijkheden', 'een klacht'] },
      { id: 'vertrouwenspersoon', naam: 'de vertrouwenspersoon van het AKJ', woorden: ['akj', 'vertrouwenspersoon', 'advies- en klachtenbureau jeugdzorg'] },
      { id: 'vertrouwenspersoon-kind', naam: 'de vertrouwenspersoon van het AKJ, ook voor het kind', woorden: ['akj', 'vertrouwenspersoon'], 'ook-kind': true },
      { id: 'clientondersteuning', naam: 'onafhankelijke cliëntondersteuning', woorden: ['clientondersteuner', 'clientondersteuning', 'clientondersteuners'] },
      { id: 'beroep', naam: 'het recht op hoger beroep tegen de beschikking', woorden: ['hoger beroep', 'in beroep', 'beroep instellen', 'beroep aantekenen', 'beroepstermijn'], maatregelen: ['OTS', 'VOTS', 'MUHP'], status: ['lopend', 'verzocht'] },
      { id: 'advocaat', naam: 'een (gratis) advocaat', woorden: ['advocaat', 'advocate', 'rechtsbijstand', 'juridisch loket', 'toevoeging'], maatregelen: ['MUHP', 'GBM', 'schorsing-gezag'], status: ['verzocht'] },
      { id: 'familiegroepsplan', naam: 'het recht op een familiegroepsplan', woorden: ['familiegroepsplan', 'eigen plan', 'familienetwerkberaad', 'eigen kracht-conferentie', 'eigen kracht conferentie', 'eigen krachtconferentie'] },
    ],
  },
  messages: {
    geenSectie:
      'Dit document vertelt het gezin niet wat het kan doen: er is geen sectie over rechten en klachten. Voeg een sectie toe zoals "## Rechtspositie" of "## Uw rechten" met: {items}.',
    leeg: 'De sectie "{kop}" heeft geen inhoud. Schrijf op: {items}.',
    ontbreekt: 'In "{kop}" staat niets over {item}. Vertel het gezin hierover, in gewone woorden, met waar zij terechtkunnen.',
    verstopt:
      'Informatie over klagen staat alleen in een voetnoot of de laatste regel. Zet in een eigen sectie (bijvoorbeeld "## Uw rechten") hoe het gezin kan klagen en wie het kan helpen.',
  },
};

export default meta;
