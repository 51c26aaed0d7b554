/** Metadata of the rule sjabloon-restanten (see README.md next to this file). */
import type { RuleMeta } from '../../src/engine/types.js';

const meta: RuleMeta = {
  id: 'sjabloon-restanten',
  description: 'Er staan geen resten uit het sjabloon in het document, zoals [naam], ..% of XX.',
  explanation:
    'Een document dat de deur uit gaat met "[naam]", "..%" of "(naam instelling)" laat zien dat het niet is nagelezen en maakt dat ouders en rechter ' +
    'het minder serieus nemen. toets zoekt woorden tussen vierkante of punthaken die geen link, voetnoot of bronverwijzing zijn, "(naam …)", puntjes ' +
    'op de plaats van een getal, "XX", "p.m.", "invullen", "nader in te vullen", "TODO", lege haakjes, haakjes die niet worden gesloten en regels met ' +
    'alleen een teken, in de tekst en in het kopje. Weglatingen in citaten ("…", "[minderjarige]" in een geciteerd stuk) zijn geen sjabloonresten.',
  defaultSeverity: 'fout',
  actielijn: 3,
  docs: 'rules/sjabloon-restanten/README.md',
  recommendation: {
    document: 'Motie gemeente Leeuwarden met concept-toetsingskader en voorbeeld-kinderrechtenverslag',
    section: 'Kinderrechtenverslag, hoofdstukken 1 tot en met 5 (een ingevuld sjabloon met "(naam gecertificeerde instelling)" en "..%")',
    summary:
      'Het voorbeeldverslag in de bron is een sjabloon dat is ingevuld maar nog plaatshouders bevat; zo\'n tekst hoort niet verstuurd te worden, want de lezer ziet niet wat er echt bedoeld is.',
  },
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      'extra-woorden': { type: 'array', items: { type: 'string' } },
      kopje: { type: 'boolean' },
    },
  },
  defaultOptions: {
    'extra-woorden': [],
    kopje: true,
  },
  messages: {
    sjabloonTekst: 'Hier staat nog "{tekst}" uit het sjabloon. Vul de juiste gegevens in of haal dit weg.',
    legeHaakjes: 'Hier staan lege haakjes "{tekst}". Vul in wat er tussen hoort of haal de haakjes weg.',
    getalOntbreekt: 'Hier staat "{tekst}" op de plaats van een getal. Vul het juiste getal in of haal de zin weg.',
    openHaakje: 'Het haakje "{tekst}" wordt in deze alinea niet gesloten. Sluit het haakje of haal het weg; misschien ontbreekt hier tekst uit het sjabloon.',
    losHaakje: 'Bij het haakje "{tekst}" hoort geen openingshaakje in deze alinea. Zet het openingshaakje erbij of haal dit haakje weg.',
    losSymbool: 'Deze regel bevat alleen "{tekst}". Schrijf hier de tekst die bedoeld is, of haal de regel weg.',
    kopjeSjabloon: 'In het kopje staat bij \'{veld}\' nog "{tekst}" uit het sjabloon. Vul de juiste waarde in.',
  },
};

export default meta;
