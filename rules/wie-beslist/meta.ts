/** Metadata of the rule wie-beslist (see README.md next to this file). */
import type { RuleMeta } from '../../src/engine/types.js';

const meta: RuleMeta = {
  id: 'wie-beslist',
  description: 'Alleen de kinderrechter beslist over een OTS, uithuisplaatsing of gezagsbeëindiging; de GI en de Raad vragen of adviseren.',
  explanation:
    'Een kinderbeschermingsmaatregel (OTS, VOTS, machtiging uithuisplaatsing, beëindiging of schorsing van het gezag, verlenging) legt alleen de kinderrechter op. ' +
    'De gecertificeerde instelling en de Raad voor de Kinderbescherming kunnen de rechter daarom vragen of adviseren. ' +
    'Schrijft het document dat "de GI heeft besloten tot een uithuisplaatsing" of dat "wij toestemming vragen aan de rechter", dan lijkt het alsof de instelling beslist en de rechter alleen instemt. ' +
    'Ouders weten dan niet bij wie de beslissing ligt en waar zij zich kunnen verweren.',
  defaultSeverity: 'waarschuwing',
  actielijn: 4,
  docs: 'rules/wie-beslist/README.md',
  recommendation: {
    document: 'Kinderombudsman Metropool Amsterdam, rapport over klachten over Jeugdbescherming',
    section: 'III.3 Onderscheid tussen drang en dwang, b. Aanbevelingen en voetnoot 36; rekenkamer Amersfoort §2.1 en §2.3 "De kinderrechter bepaalt"',
    summary:
      'Maak duidelijk dat niet de jeugdbescherming maar de rechter beslist over een maatregel; de instelling kan een verzoek doen, en de dreiging gaat dus uit van de rechter.',
  },
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      maatregelen: { type: 'array', items: { type: 'string' } },
      'beslis-werkwoorden': { type: 'array', items: { type: 'string' } },
      schrijver: { type: 'array', items: { type: 'string' } },
      uitzonderingen: { type: 'array', items: { type: 'string' } },
      'verzoek-werkwoorden': { type: 'array', items: { type: 'string' } },
    },
  },
  defaultOptions: {
    maatregelen: ['OTS', 'VOTS', 'MUHP', 'GBM', 'schorsing-gezag', 'VoVo', 'voogdij', 'maatregel'],
    'beslis-werkwoorden': ['besluiten', 'beslissen', 'overgaan', 'opleggen', 'verlengen', 'beeindigen', 'inzetten', 'uitspreken', 'overwegen', 'kiezen'],
    schrijver: [
      'de gi', 'gi', 'de gecertificeerde instelling', 'jeugdbescherming', 'wij', 'we', 'ik', 'de raad', 'de raad voor de kinderbescherming', 'rvdk',
      'de jeugdbeschermer', 'de gezinsmanager', 'de gezinsvoogd', 'de raadsonderzoeker', 'de jeugdzorgwerker',
    ],
    uitzonderingen: [
      'schriftelijke aanwijzing', 'omgang', 'omgangsregeling', 'contact', 'bezoekregeling', 'op grond van de machtiging', 'binnen de machtiging',
      'met de machtiging', 'krachtens de machtiging', 'verzoek', 'verzoekschrift', 'advies',
    ],
    'verzoek-werkwoorden': ['verzoeken', 'vragen', 'aanvragen', 'adviseren', 'voorstellen', 'voorleggen', 'indienen'],
  },
  messages: {
    besluitMaatregel:
      '"{zin}": hier staat dat {wie} beslist over {maatregel}, maar dat doet alleen de kinderrechter. Schrijf wat de instelling of de Raad echt doet: de rechter vragen of adviseren (bijvoorbeeld "wij vragen de kinderrechter om …").',
    toestemmingRechter:
      '"{zin}": zo lijkt het alsof de instelling beslist en de rechter alleen toestemming geeft. Schrijf dat de kinderrechter beslist, op verzoek van de instelling of de Raad.',
  },
};

export default meta;
