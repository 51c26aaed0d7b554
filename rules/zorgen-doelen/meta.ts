/** Metadata of the rule zorgen-doelen (see README.md next to this file). */
import type { RuleMeta } from '../../src/engine/types.js';

const meta: RuleMeta = {
  id: 'zorgen-doelen',
  description: 'Zorgen zijn concreet en gaan over een feit; doelen zeggen van wie, wat je ziet en wanneer, en passen bij de zorgen.',
  explanation:
    'Ouders klagen dat zij niet weten welke zorgen er precies over hen zijn en wat zij eraan kunnen doen. Een zorg noemt daarom per kind wat er is ' +
    'gebeurd (een datum, een bron, een verwijzing naar de feiten) in plaats van "zorgen over de opvoeding". Een doel zegt van wie het is, wat je ziet als ' +
    'het gehaald is en wanneer; "werkt aan" of "krijgt inzicht in" zonder zichtbaar resultaat is te vaag. Elke zorg heeft een doel, er zijn niet meer ' +
    'doelen dan een gezin kan onthouden (standaard 5), en bij een maatregel zegt een doel wanneer het goed genoeg is om te stoppen. ' +
    'Deze regel hoort bij actielijn 3 (kwaliteit van de rapportage) en raakt ook actielijn 2 (informeren en ondersteunen van ouders).',
  defaultSeverity: 'waarschuwing',
  actielijn: 3,
  docs: 'rules/zorgen-doelen/README.md',
  recommendation: {
    document: 'Kinderombudsman Metropool Amsterdam, rapport over klachten over Jeugdbescherming; NJi-werkdocument eisen jeugdbescherming',
    section: 'Kinderombudsman: III.2 Communicatie en verslaglegging en aanbeveling 7; NJi-werkdocument: weinig, haalbare doelen en hulp afronden als het "goed genoeg" is',
    summary:
      'Ouders moeten weten welke zorgen er over hen zijn en wat zij concreet kunnen doen om die weg te nemen; doelen zijn helder, beperkt in aantal en zeggen wanneer de hulp kan stoppen.',
  },
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      'max-doelen': { type: 'integer', minimum: 1 },
      eindpunt: { enum: ['maatregel', 'altijd', 'nooit'] },
      controles: {
        type: 'array',
        items: { enum: ['vage-zorg', 'zorg-zonder-feit', 'kind-zonder-zorg', 'zorg-zonder-doel', 'vaag-doel', 'doel-zonder-wie', 'doel-zonder-tijd', 'aantal-doelen', 'eindpunt'] },
      },
    },
  },
  defaultOptions: {
    'max-doelen': 5,
    eindpunt: 'maatregel',
    controles: ['vage-zorg', 'kind-zonder-zorg', 'vaag-doel', 'doel-zonder-wie', 'doel-zonder-tijd', 'aantal-doelen', 'eindpunt'],
  },
  messages: {
    vageZorg:
      '"{tekst}" is een algemene zorg. Schrijf op wat er is gebeurd, wanneer en volgens wie, zodat ouders weten waar de zorg over gaat.',
    zorgZonderFeit:
      'Bij deze zorg staat geen gebeurtenis, datum of bron. Verwijs naar een feit (een datum, een bron [@id] of de feiten) zodat ouders weten waar de zorg vandaan komt.',
    kindZonderZorg:
      'In "{kop}" staat niets over {naam}. Schrijf voor elk kind op welke zorgen er zijn, of schrijf op dat er over {naam} geen zorgen zijn.',
    zorgZonderDoel:
      'Bij deze zorg hoort geen doel in "{kop}" (regel {regel}). Voeg een doel toe dat zegt wat er moet veranderen, of leg uit waarom er geen doel nodig is.',
    vaagDoel:
      '"{tekst}" maakt dit doel vaag. Schrijf op wat je ziet als het doel is gehaald: wat gaat er anders, hoe vaak of hoeveel.',
    doelZonderWie: 'Dit doel zegt niet van wie het is. Schrijf erbij wie het doel moet halen, bijvoorbeeld moeder, vader of het kind.',
    doelZonderTijd:
      'Dit doel zegt niet wanneer het gehaald moet zijn. Zet er een datum of termijn bij, bijvoorbeeld "voor 1 juli 2025" of "binnen drie maanden".',
    teveelDoelen:
      'De sectie "{kop}" heeft {aantal} doelen; meer dan {max} kan een gezin moeilijk onthouden. Kies samen met het gezin de {max} belangrijkste.',
    geenEindpunt:
      'Geen doel zegt wanneer het goed genoeg is en de maatregel kan stoppen. Schrijf in "{kop}" op wat er bereikt moet zijn om de hulp of de maatregel af te sluiten.',
  },
};

export default meta;
