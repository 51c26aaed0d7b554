/** Metadata of the rule maatregel-termijnen (see README.md next to this file). */
import type { RuleMeta } from '../../src/engine/types.js';

const meta: RuleMeta = {
  id: 'maatregel-termijnen',
  description: 'Maatregelen blijven binnen de wettelijke termijnen; een plaatsing heeft een machtiging; 18 jaar worden is voorbereid.',
  explanation:
    'Een OTS duurt per beschikking of verlenging ten hoogste 12 maanden, een machtiging uithuisplaatsing ook; een VOTS, voorlopige voogdij en schorsing van het gezag ten hoogste 3 maanden. ' +
    'Een kind dat onder een OTS ergens anders woont, heeft een machtiging uithuisplaatsing nodig. Een verlenging van een uithuisplaatsing na twee jaar vraagt een advies van de Raad. ' +
    'Het eerste plan na de start van een OTS is er binnen zes weken. Wordt een kind tijdens de maatregel of binnen een jaar 18, dan zegt het plan wat er dan gebeurt. ' +
    'De termijnen staan in de configuratie, omdat de wet kan veranderen.',
  defaultSeverity: 'fout',
  actielijn: 4,
  docs: 'rules/maatregel-termijnen/README.md',
  recommendation: {
    document: 'Rekenkamer Amersfoort, onderzoek naar de lokale jeugdbeschermingsketen',
    section: '§2.1 Wat is jeugdbescherming? (Ondertoezichtstelling, VOTS, Uithuisplaatsing, GBM, VoVo); Kamerbrief voortgang jeugdbescherming over uithuisplaatsingen zonder machtiging',
    summary:
      'De kinderrechter legt een maatregel op voor een wettelijke duur (OTS en machtiging uithuisplaatsing ten hoogste een jaar, spoedmaatregelen drie maanden); na twee jaar uithuisplaatsing adviseert de Raad over verlenging.',
  },
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      maxima: { type: 'object', additionalProperties: { type: 'number', minimum: 0 } },
      'uithuisplaatsing-raad-maanden': { type: 'number', minimum: 0 },
      'eerste-plan-weken': { type: 'number', minimum: 0 },
      'maanden-voor-18': { type: 'number', minimum: 0 },
    },
  },
  defaultOptions: {
    maxima: { OTS: 12, VOTS: 3, MUHP: 12, VoVo: 3, 'schorsing-gezag': 3 },
    'uithuisplaatsing-raad-maanden': 24,
    'eerste-plan-weken': 6,
    'maanden-voor-18': 12,
  },
  messages: {
    teLang: 'Deze {soort} loopt {maanden} maanden; de wet staat ten hoogste {max} maanden per beschikking of verlenging toe. Controleer de datums in de beschikking en schrijf de juiste termijn op.',
    teLangTekst:
      '"{tekst}": een {soort} duurt ten hoogste {max} maanden per beschikking of verlenging, hier staat {maanden} maanden. Controleer de beschikking en schrijf de juiste termijn op.',
    plaatsingZonderMachtiging:
      '"{tekst}": {naam} woont niet thuis, maar bij de OTS staat geen machtiging uithuisplaatsing. Zet de machtiging bij de maatregelen in het kopje, of leg uit waarom {naam} elders woont.',
    verlengingZonderRaad:
      'De uithuisplaatsing van {naam} duurt met deze verlenging langer dan {maanden} maanden. Daarvoor is een advies van de Raad voor de Kinderbescherming nodig: noem dat advies als bron.',
    eerstePlanTeLaat:
      'Dit eerste plan is van {datum}, {weken} weken na de start van de {soort} op {van}. Het eerste plan hoort er binnen {max} weken te zijn; schrijf op waarom het later is.',
    achttienZonderPlan:
      '{naam} wordt 18 op {datum}, tijdens de maatregel of binnen {maanden} maanden. Schrijf op wat er dan gebeurt: hulp na 18, wonen, wie er betrokken blijft.',
  },
};

export default meta;
