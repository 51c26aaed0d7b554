/** wie-beslist: only the kinderrechter decides on a measure; the GI and the Raad ask or advise. */
import { ruleTester } from '../rule-tester.js';
import { at, docWith } from './regels13-helpers.js';

const FM = `type: gezinsplan
datum: 2025-03-14
auteur: M. de Boer, jeugdbeschermer
organisatie: Jeugdbescherming Regio Oost
kinderen:
  - naam: Noor
    geboortedatum: 2016-04-12`;

const doc = (body: string) => docWith(FM, `## Analyse\n\n${body}`);
/** The cue is searched in the body (after the frontmatter). */
const one = (body: string, cue: string, messageId = 'besluitMaatregel') => {
  const code = doc(body);
  const n = code.split(cue).length - 1;
  return { code, errors: [{ messageId, ...at(code, cue, n) }] };
};

ruleTester('wie-beslist', {
  valid: [
    { name: 'the kinderrechter as the one who decides', code: doc('De kinderrechter heeft op 20 februari 2025 besloten tot een ondertoezichtstelling.') },
    { name: 'the GI asking the judge for a measure', code: doc('De GI heeft besloten de kinderrechter te vragen om een machtiging uithuisplaatsing.') },
    { name: 'a verzoek to the judge', code: doc('Wij hebben besloten een verzoek tot ondertoezichtstelling in te dienen.') },
    { name: 'advising the judge (adviseer)', code: doc('Ik adviseer de ondertoezichtstelling niet te verlengen.') },
    { name: 'the Raad asking the judge (verzoekt)', code: doc('De Raad verzoekt de kinderrechter het gezag van moeder te beëindigen.') },
    { name: 'a schriftelijke aanwijzing, which the GI gives itself', code: doc('De GI heeft besloten vader een schriftelijke aanwijzing te geven.') },
    { name: 'contact arrangements during a placement', code: doc('De jeugdbeschermer heeft besloten dat het contact tijdens de uithuisplaatsing elke zaterdag is.') },
    { name: 'a measure as the setting of the decision', code: doc('De gezinsvoogd heeft besloten dat Noor tijdens de uithuisplaatsing elk weekend thuis slaapt.') },
    { name: 'a placement on the ground of the machtiging', code: doc('Op grond van de machtiging heeft de GI besloten Noor bij haar tante te plaatsen.') },
    { name: 'carrying out a placement without a deciding verb', code: doc('Wij hebben Noor in maart uit huis geplaatst.') },
    { name: 'a parent telling that the GI decided (her account)', code: doc('Moeder vertelt dat de GI heeft besloten tot een uithuisplaatsing.') },
    { name: 'the judge giving permission', code: doc('De kinderrechter gaf de GI toestemming voor de uithuisplaatsing.') },
    { name: 'a decision about something that is no measure', code: doc('De GI heeft besloten tot een extra huisbezoek.') },
  ],
  invalid: [
    { name: 'the GI as subject of besluiten tot a uithuisplaatsing', ...one('De GI heeft besloten tot een uithuisplaatsing van Noor.', 'De GI') },
    { name: 'wij gaan over tot een OTS (separable overgaan)', ...one('Wij gaan over tot een OTS.', 'Wij') },
    { name: 'a fronted adverbial before the finite verb and the writer after it', ...one('Daarom heeft de jeugdbeschermer besloten Noor uit huis te plaatsen.', 'Daarom') },
    { name: 'a participle after the finite auxiliary (wij hebben besloten … te verlengen)', ...one('Wij hebben besloten de ondertoezichtstelling met een jaar te verlengen.', 'Wij') },
    { name: 'the writer as agent of a passive (door de GI)', ...one('Er is door de GI besloten tot een uithuisplaatsing.', 'Er is') },
    { name: 'the Raad imposing a measure (legt … op)', ...one('Daarom legt de Raad een OTS op.', 'Daarom') },
    { name: 'the organisation named in the frontmatter', ...one('Jeugdbescherming Regio Oost heeft besloten tot een ondertoezichtstelling.', 'Jeugdbescherming Regio Oost') },
    { name: 'weighing a measure as one\'s own decision (overwegen wij een UHP)', ...one('Daarom overwegen wij een UHP.', 'Daarom') },
    { name: 'toestemming vragen aan de rechter', ...one('Daarvoor moeten wij toestemming vragen aan de rechter.', 'toestemming', 'toestemmingRechter') },
    { name: 'toestemming van de rechter nodig', ...one('Voor een uithuisplaatsing is toestemming van de rechter nodig.', 'toestemming', 'toestemmingRechter') },
  ],
});
