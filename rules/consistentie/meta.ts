/** Metadata of the rule consistentie (see README.md next to this file). */
import type { RuleMeta } from '../../src/engine/types.js';

const meta: RuleMeta = {
  id: 'consistentie',
  description: 'Leeftijden, groepen, namen, aantallen, rollen en datums in de tekst kloppen met het kopje en met elkaar.',
  explanation:
    'Een kind dat in de tekst "13 jaar" is en volgens zijn geboortedatum 10, een zusje dat niet in het kopje staat, "de drie kinderen" bij twee kinderen, ' +
    'een geboortedatum na de datum van het document of "maandag 4 maart 2025" (een dinsdag): zulke fouten laten lezers twijfelen aan het hele document. ' +
    'toets vergelijkt leeftijden en schoolgroepen met de geboortedatum op de datum van het document, controleert of elk kind en elke ouder uit het kopje ' +
    'in de tekst voorkomt (de Kindcheck), of familieleden met een naam in het kopje staan, of aantallen en rollen kloppen, of gebeurtenissen in de ' +
    'verleden tijd niet na de datum van het document liggen, of weekdag en datum bij elkaar passen en of een bron niet vertelt over wat na haar eigen ' +
    'datum gebeurde. Elke melding noemt beide plaatsen die elkaar tegenspreken.',
  defaultSeverity: 'waarschuwing',
  actielijn: 3,
  docs: 'rules/consistentie/README.md',
  recommendation: {
    document: 'Kinderombudsman Metropool Amsterdam, rapport over klachten over Jeugdbescherming',
    section: 'III.1 Waarheidsvinding en neutraliteit (inhoudelijke onjuistheden in gezinsplannen); aanbeveling 3',
    summary:
      'Gezinsplannen bevatten soms feitelijke onjuistheden die ouders moeten aanvechten; onjuiste gegevens horen te worden verbeterd voordat ze in het dossier en bij anderen terechtkomen.',
  },
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      controles: {
        type: 'array',
        items: { enum: ['leeftijd', 'groep', 'kindcheck', 'familie', 'aantal', 'rol', 'datums', 'weekdag', 'bron-datum'] },
      },
      'ouder-rollen': { type: 'array', items: { type: 'string' } },
    },
  },
  defaultOptions: {
    controles: ['leeftijd', 'groep', 'kindcheck', 'familie', 'aantal', 'rol', 'datums', 'weekdag', 'bron-datum'],
    'ouder-rollen': ['moeder', 'vader', 'ouder', 'verzorger', 'pleegouder', 'stiefouder'],
  },
  messages: {
    leeftijd:
      'Regel {regel} zegt {genoemd} jaar; volgens de geboortedatum (regel {geboorteregel}) is {naam} op {peildatum} {werkelijk} jaar. Verbeter de leeftijd of de geboortedatum.',
    groep:
      'Regel {regel} zegt dat {naam} in {groep} zit; volgens de geboortedatum (regel {geboorteregel}) is {naam} op {peildatum} {werkelijk} jaar, en in {groep} zijn kinderen meestal {van} tot {tot} jaar. Controleer de groep of de geboortedatum.',
    kindNietGenoemd:
      '{naam} staat in het kopje (regel {regel}) maar wordt in de tekst nergens genoemd. Beschrijf ook hoe het met {naam} gaat (de Kindcheck), of haal {naam} uit het kopje.',
    ouderNietGenoemd:
      '{naam} ({rol}) staat in het kopje (regel {regel}) maar komt in de tekst nergens voor. Schrijf op wat {naam} doet en vindt, of haal {naam} uit het kopje.',
    familieNietInKopje:
      'Regel {regel} noemt "{tekst}", maar {naam} staat niet in het kopje (kinderen of betrokkenen, regel {kopregel}). Zet {naam} in het kopje, of controleer de naam.',
    rolTegenspraak:
      'Regel {regel} noemt {naam} "{roltekst}", maar in het kopje (regel {kopregel}) staat {naam} als {rolkopje}. Verbeter de rol in de tekst of in het kopje.',
    aantal:
      'Regel {regel} spreekt van "{tekst}", maar in het kopje (regel {kopregel}) staan {aantal} kinderen. Verbeter het aantal of vul het kopje aan.',
    geboortedatumNaDatum:
      'De geboortedatum van {naam} ({geboortedatum}, regel {regel}) ligt na de datum van het document ({datum}, regel {datumregel}). Verbeter een van beide.',
    bronNaDatum:
      'De bron {id} heeft als datum {brondatum} (regel {regel}), na de datum van het document ({datum}, regel {datumregel}). Verbeter een van beide.',
    gebeurtenisNaDatum:
      'Regel {regel} vertelt in de verleden tijd over "{tekst}", maar het document is van {datum} (regel {datumregel}). Verbeter de datum, of schrijf het als plan.',
    weekdag: 'Regel {regel} noemt "{tekst}", maar {datum} is een {werkelijk}. Verbeter de dag of de datum.',
    bronDatum:
      'Regel {regel} noemt "{tekst}", maar de bron {id} (regel {bronregel}) is van {brondatum} en kan niet vertellen wat daarna gebeurde. Controleer de datum of de bronverwijzing.',
  },
};

export default meta;
