/** zorgen-doelen: concrete concerns, concrete and few goals, one end point under a measure. */
import { ruleTester } from '../rule-tester.js';

/** A gezinsplan with two children; `zorgen` and `doelen` are the bodies of those sections. Zorgen heading on line 17, Doelen on 19 + lines of zorgen. */
function plan(zorgen: string[], doelen: string[], extraFm = ''): string {
  return [
    '---',
    'type: gezinsplan',
    'datum: 2025-03-14',
    ...(extraFm ? [extraFm] : []),
    'kinderen:',
    '  - naam: Sem',
    '    geboortedatum: 2014-06-02',
    '  - naam: Noor',
    '    geboortedatum: 2017-01-20',
    'betrokkenen:',
    '  - naam: Lisa',
    '    rol: moeder',
    '---',
    '## Feiten',
    '',
    'Sem kwam in januari 2025 vier keer te laat op school, volgens de mentor.',
    '',
    '## Zorgen',
    '',
    ...zorgen,
    '',
    '## Doelen',
    '',
    ...doelen,
    '',
  ].join('\n');
}
const OK_ZORGEN = ['- Sem kwam in januari 2025 vier keer te laat op school, volgens de mentor.', '- Noor had in januari 2025 twee keer geen lunch bij zich, vertelt moeder.'];
const OK_DOELEN = ['1. Sem is vanaf 1 april 2025 elke dag voor half negen op school.', '2. Noor heeft vanaf 1 april 2025 elke schooldag een lunch bij zich.'];
const MEASURE = 'kader: gedwongen';
const Z = 19; // line of the first concern (the Zorgen heading is on line 17)
const D = (nZorgen: number) => 22 + nZorgen; // line of the first goal (the Doelen heading is two lines above)

ruleTester('zorgen-doelen', {
  valid: [
    { name: 'concrete concerns and goals stay silent', code: plan(OK_ZORGEN, OK_DOELEN) },
    { name: 'a vague phrase with a date and a source stays silent', code: plan(['- Er zijn zorgen over de opvoeding: op 3 maart 2025 sliep Noor bij de buren, vertelt moeder.', OK_ZORGEN[0]!], OK_DOELEN) },
    { name: 'a vague goal verb with an observable result stays silent', code: plan(OK_ZORGEN, [...OK_DOELEN, '3. Moeder werkt aan structuur, zodat de kinderen voor 1 juni 2025 elke dag om acht uur ontbijten.']) },
    { name: 'one time frame under the goals covers every goal', code: plan(OK_ZORGEN, ['We bekijken de doelen op 1 juli 2025.', '', '1. Sem is elke dag voor half negen op school.', '2. Noor heeft elke schooldag een lunch bij zich.']) },
    { name: 'a goed genoeg sentence under a measure stays silent', code: plan(OK_ZORGEN, [...OK_DOELEN, '', 'Als dit drie maanden lukt, is het goed genoeg en kan de ondertoezichtstelling stoppen.'], MEASURE) },
    { name: 'concerns about the household cover every child', code: plan(['- Moeder kwam in januari 2025 drie keer niet opdagen, vertelt Sem.'], OK_DOELEN) },
    { name: 'five goals are not too many', code: plan(OK_ZORGEN, [...OK_DOELEN, '3. Sem gaat vanaf april 2025 elke week naar voetbal.', '4. Noor slaapt vanaf april 2025 elke nacht in haar eigen bed.', '5. Moeder belt vanaf april 2025 elke maand de school.']) },
  ],
  invalid: [
    { name: 'a vague concern without an event is reported at the phrase', code: plan(['- Er is sprake van problematiek bij Sem en Noor.'], OK_DOELEN), errors: [{ messageId: 'vageZorg', line: Z, column: 9 }] },
    { name: 'a child named in no concern is reported at the heading', code: plan([OK_ZORGEN[0]!], OK_DOELEN), errors: [{ messageId: 'kindZonderZorg', line: 17, column: 1, messageIncludes: 'niets over Noor' }] },
    { name: 'a vague goal verb is reported at the verb', code: plan(OK_ZORGEN, [...OK_DOELEN, '3. Moeder werkt aan haar opvoedvaardigheden voor 1 juni 2025.']), errors: [{ messageId: 'vaagDoel', line: D(2) + 2, column: 11, endColumn: 20 }] },
    { name: 'a goal without a person is reported', code: plan(OK_ZORGEN, [...OK_DOELEN, '3. Er is vanaf 1 april 2025 rust in huis.']), errors: [{ messageId: 'doelZonderWie', line: D(2) + 2, column: 4 }] },
    { name: 'a goal without a time anchor is reported', code: plan(OK_ZORGEN, ['1. Sem is elke dag voor half negen op school.', '2. Noor heeft vanaf 1 april 2025 elke schooldag een lunch bij zich.']), errors: [{ messageId: 'doelZonderTijd', line: D(2), column: 4 }] },
    {
      name: 'more goals than the maximum is reported at the heading',
      code: plan(OK_ZORGEN, OK_DOELEN),
      options: { 'max-doelen': 1 },
      errors: [{ messageId: 'teveelDoelen', line: D(2) - 2, column: 1, messageIncludes: '2 doelen' }],
    },
    { name: 'no end point under a measure is reported at the goals heading', code: plan(OK_ZORGEN, OK_DOELEN, MEASURE), errors: [{ messageId: 'geenEindpunt', line: D(2) - 1, column: 1 }] /* one frontmatter line more */ },
    {
      name: 'a concern that no goal addresses is reported when that check is switched on',
      code: plan([...OK_ZORGEN, '- Moeder heeft in februari 2025 haar huur niet betaald, schrijft de woningbouw.'], ['1. Sem is vanaf 1 april 2025 elke dag voor half negen op school.', '2. Noor heeft vanaf 1 april 2025 elke schooldag een lunch bij zich.']),
      options: { controles: ['zorg-zonder-doel'] },
      errors: [{ messageId: 'zorgZonderDoel', line: Z + 2, column: 3 }],
    },
  ],
});
