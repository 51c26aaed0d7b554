/** drang-taal: no obligation language in voluntary help, a statement that it is voluntary, and no conditional threats. */
import { ruleTester } from '../rule-tester.js';
import { docWith, lastAt } from './regels13-helpers.js';

const fm = (kader: string) => `type: gezinsplan
datum: 2025-05-10
${kader}
kinderen:
  - naam: Lotte
    geboortedatum: 2017-02-03
betrokkenen:
  - naam: Fleur
    rol: moeder`;
const VRIJWILLIG_GEZEGD = 'Meedoen is vrijwillig: u mag de hulp weigeren.';
const vrij = (body: string) => docWith(fm('kader: vrijwillig'), `## Afspraken\n\n${VRIJWILLIG_GEZEGD}\n\n${body}`);
const dwang = (body: string) =>
  docWith(fm('kader: gedwongen\nmaatregelen:\n  - soort: OTS\n    status: lopend'), `## Afspraken\n\n${body}`);
const geen = (body: string) => docWith(fm(''), `## Afspraken\n\n${body}`);
const one = (code: string, cue: string, messageId: string) => ({ code, errors: [{ messageId, ...lastAt(code, cue) }] });

ruleTester('drang-taal', {
  valid: [
    { name: 'the duty to cooperate in the forced frame', code: dwang('U bent verplicht om mee te werken aan de ondertoezichtstelling.') },
    { name: 'a modal obligation to cooperate in the forced frame', code: dwang('Moeder moet meewerken aan de afspraken in dit plan.') },
    { name: 'a denied obligation is the statement that it is voluntary', code: docWith(fm('kader: vrijwillig'), '## Afspraken\n\nU bent niet verplicht om mee te werken.') },
    { name: 'a modal without a cooperation word (school times)', code: vrij('Lotte moet om half negen op school zijn.') },
    { name: 'a modal about learning, not cooperating', code: vrij('Moeder moet leren om hulp te vragen aan haar zus.') },
    { name: 'an obligation in a parent\'s account', code: vrij('Moeder vertelt dat zij zich vorig jaar verplicht voelde om mee te werken.') },
    { name: 'a condition with an ordinary consequence', code: vrij('Als Lotte ziek is, belt moeder voor half negen de school.') },
    { name: 'a condition on cooperation without a measure', code: vrij('Als moeder niet meewerkt aan de training, bespreken wij dat in het volgende gesprek.') },
    { name: 'a consequence explained with the judge as the one who decides', code: dwang('Als de zorgen blijven, kan de GI de kinderrechter vragen om een uithuisplaatsing; de kinderrechter beslist daarover.') },
    { name: 'obligation language without a frame stays silent (only threats count there)', code: geen('Moeder moet meewerken aan de gesprekken met de school.') },
    { name: '"als" as a comparison is no condition', code: vrij('Vader werkt als kok bij een restaurant en komt als hij kan.') },
  ],
  invalid: [
    { name: 'verplicht om mee te werken in the voluntary frame', ...one(vrij('U bent verplicht om mee te werken aan de gezinscoaching.'), 'verplicht', 'verplichting') },
    { name: 'moet meewerken aimed at a parent in the voluntary frame', ...one(vrij('Moeder moet meewerken aan het onderzoek.'), 'moet', 'verplichting') },
    { name: 'wordt van u verwacht in the voluntary frame', ...one(vrij('Er wordt van u verwacht dat u elke week komt.'), 'wordt', 'verplichting') },
    { name: 'verwachten van jullie in the voluntary frame', ...one(vrij('Wij verwachten van jullie dat jullie elke afspraak nakomen.'), 'verwachten', 'verplichting') },
    { name: 'dienen deel te nemen in the voluntary frame', ...one(vrij('Vader dient deel te nemen aan de training.'), 'dient', 'verplichting') },
    { name: 'a voluntary document without a word on voluntariness (at kader)', ...one(docWith(fm('kader: vrijwillig'), '## Afspraken\n\nLotte gaat naar de zwemles.'), 'vrijwillig', 'geenVrijwilligheid') },
    { name: 'als u niet meewerkt, volgt een uithuisplaatsing', ...one(vrij('Als u niet meewerkt, volgt een uithuisplaatsing.'), 'Als u', 'dreiging') },
    { name: 'wanneer de zorgen blijven, dan overwegen wij een UHP', ...one(vrij('Wanneer de zorgen blijven bestaan, dan overwegen wij een UHP.'), 'Wanneer', 'dreiging') },
    { name: 'a threat without a comma', ...one(vrij('Als u niet meewerkt volgt een OTS.'), 'Als u', 'dreiging') },
    { name: 'a threat in the forced frame too', ...one(dwang('Als moeder zich niet aan de afspraken houdt, volgt een uithuisplaatsing.'), 'Als moeder', 'dreiging') },
    { name: 'the consequence first, the condition after it', ...one(geen('Er volgt een ondertoezichtstelling als de zorgen toenemen.'), 'Er volgt', 'dreiging') },
    { name: 'mocht u weigeren, dan volgt een melding bij de Raad', ...one(geen('Mocht u de hulp weigeren, dan volgt een melding bij de Raad.'), 'Mocht', 'dreiging') },
  ],
});
