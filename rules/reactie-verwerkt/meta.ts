/** Metadata of the rule reactie-verwerkt (see README.md next to this file). */
import type { RuleMeta } from '../../src/engine/types.js';

const meta: RuleMeta = {
  id: 'reactie-verwerkt',
  description: 'De reactie van het gezin staat in het document, met per punt wat ermee is gedaan; gecorrigeerde informatie staat er niet meer als waar.',
  explanation:
    'Vanaf versie 2 van een document (of als het met het gezin is besproken) hoort er een sectie bij met de reactie van ouders en kind op het concept: ' +
    'wanneer zij reageerden, en per punt wat ermee is gedaan ("aangepast" of "niet aangepast, omdat …"). ' +
    'Informatie die onjuist is bevonden (`correcties` in het kopje) mag nergens meer als waar in het document staan; noemen als gecorrigeerd mag wel. ' +
    'De regel hoort bij actielijn 3 (kwaliteit van rapportage) en raakt ook actielijn 2 (informeren van het gezin).',
  defaultSeverity: 'waarschuwing',
  actielijn: 3,
  docs: 'rules/reactie-verwerkt/README.md',
  recommendation: {
    document: 'Kinderombudsman Metropool Amsterdam, rapport over klachten over Jeugdbescherming; Kamerbrief voortgang jeugdbescherming',
    section: 'Kinderombudsman: IV aanbevelingen 3 (onjuiste informatie verwijderen of corrigeren) en 8 (tijd voor een reactie van het gezin); Kamerbrief voortgang jeugdbescherming: Evaluatie Actieplan feitenonderzoek, "eenduidig verwerken van reacties op verslagen en rapporten"',
    summary:
      'Geef het gezin tijd om op een rapport te reageren en verwerk die reactie zichtbaar en op dezelfde manier; informatie die onjuist is gebleken gaat direct en helemaal uit het dossier.',
  },
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      'vanaf-versie': { type: 'integer', minimum: 1 },
      drempel: { type: 'number', minimum: 0.5, maximum: 1 },
    },
  },
  defaultOptions: { 'vanaf-versie': 2, drempel: 0.75 },
  messages: {
    geenSectie:
      'Dit is versie {versie} van het document (of het is met het gezin besproken), maar er is geen sectie met hun reactie. Voeg een sectie toe zoals "## Reactie op het concept": wanneer reageerden zij, en wat is er met elk punt gedaan?',
    leeg: 'De sectie "{kop}" heeft geen inhoud. Schrijf de reactie van het gezin op, met de datum en per punt wat ermee is gedaan.',
    geenDatum: 'In "{kop}" staat niet wanneer het gezin reageerde. Schrijf de datum van de reactie erbij.',
    puntZonderVerwerking: '"{tekst}": hier staat niet wat er met dit punt is gedaan. Schrijf erbij "aangepast" (en hoe) of "niet aangepast, omdat …".',
    nietAangepastZonderReden: '"{tekst}": dit punt is niet aangepast, maar er staat niet waarom. Schrijf de reden erbij ("niet aangepast, omdat …").',
    correctieNietVerwerkt:
      'Deze zin zegt nog wat op {datum} onjuist is bevonden ({door}): "{onjuist}". Haal de informatie weg of verbeter haar; wilt u haar noemen, schrijf er dan bij dat zij onjuist is.',
  },
};

export default meta;
