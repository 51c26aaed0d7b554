/** consistentie: places that must agree, each finding naming both places; children matched by name. */
import { doc, FM_LINES } from '../helpers.js';
import { ruleTester } from '../rule-tester.js';

const L = (n: number) => FM_LINES + n;
// Line 1-3 of every body mention Sem, moeder and vader (the Kindcheck stays silent).
const body = (...lines: string[]) => doc(['## Feiten', '', 'Sem woont bij moeder en ziet vader elk weekend.', '', ...lines].join('\n') + '\n');
/** Two children, Noor with a birth date after the document date (line 7); the body starts on line 12. */
const twoKids = (text: string) =>
  ['---', 'type: gezinsplan', 'datum: 2025-03-14', 'kinderen:', '  - naam: Sem', '    geboortedatum: 2014-06-02', '  - naam: Noor', '    geboortedatum: 2026-01-20', '---', '## Feiten', '', text, ''].join('\n');

ruleTester('consistentie', {
  valid: [
    { name: 'a correct age in brackets stays silent', code: body('Sem (10 jaar) zit op voetbal.') },
    { name: 'a correct age as an adjective stays silent', code: body('De 10-jarige Sem zit op voetbal.') },
    { name: 'an age in a past-tense sentence without a date stays silent', code: body('Toen Sem (6 jaar) naar school ging, was hij vaak ziek.') },
    { name: 'an age on a stated date is checked on that date', code: body('Op 1 maart 2024 was Sem (9 jaar) ziek.') },
    { name: 'a usual school group stays silent', code: body('Sem zit in groep 6.') },
    { name: 'a group of someone else stays silent', code: body('Volgens de leerkracht van groep 3 helpt Sem goed mee.') },
    { name: 'a family member who is in the frontmatter stays silent', code: body('Sem ziet zijn vader Tom elk weekend.') },
    { name: 'a family member of another child in a bracket role stays silent', code: body('Tom (vader) belt op zondag.') },
    { name: 'a correct weekday stays silent', code: body('Het gesprek was op dinsdag 4 maart 2025.') },
    { name: 'a plan after the document date stays silent', code: body('Op 20 maart 2025 is er een evaluatie.') },
    { name: 'a deadline in the perfect tense stays silent', code: body('Sem is voor 1 april 2025 bij de tandarts geweest.') },
    { name: 'an event before the cited source stays silent', code: body('Op 20 januari 2025 was Sem ziek, schreef de school [@school-2025].') },
    { name: 'a child with a bad birth date does not change the findings of another child', code: twoKids('Sem (10 jaar) en Noor (8 jaar) wonen bij moeder en vader.'), options: { controles: ['leeftijd'] } },
  ],
  invalid: [
    {
      name: 'a wrong age in brackets names the line and the birth date',
      code: body('Sem (13 jaar) zit op voetbal.'),
      errors: [{ messageId: 'leeftijd', line: L(5), column: 1, endColumn: 14, messageIncludes: 'volgens de geboortedatum (regel 5) is Sem op 14-03-2025 10 jaar' }],
    },
    { name: 'a wrong age as an adjective is reported', code: body('De 15-jarige Sem zit op voetbal.'), errors: [{ messageId: 'leeftijd', line: L(5), column: 1 }] },
    { name: 'a wrong age in a plain sentence is reported', code: body('Sem is 13 jaar oud.'), errors: [{ messageId: 'leeftijd', line: L(5), column: 1 }] },
    { name: 'a school group that does not fit the age is reported', code: body('Sem zit in groep 3.'), errors: [{ messageId: 'groep', line: L(5), column: 12, messageIncludes: 'meestal 5 tot 8 jaar' }] },
    {
      name: 'a sister who is not in the frontmatter is reported at her name',
      code: body('Sem speelt met zijn zusje Mila.'),
      errors: [{ messageId: 'familieNietInKopje', line: L(5), column: 27, endColumn: 31 }],
    },
    { name: 'a role that contradicts the frontmatter is reported', code: body('Sem belt zijn moeder Tom.'), errors: [{ messageId: 'rolTegenspraak', line: L(5), column: 22, messageIncludes: 'staat Tom als vader' }] },
    { name: 'a count of children that contradicts the frontmatter is reported', code: body('De drie kinderen eten bij oma.'), errors: [{ messageId: 'aantal', line: L(5), column: 1, messageIncludes: 'staan 1 kinderen' }] },
    { name: 'a weekday that does not match the date is reported', code: body('Het gesprek was op maandag 4 maart 2025.'), errors: [{ messageId: 'weekdag', line: L(5), column: 20, messageIncludes: 'is een dinsdag' }] },
    { name: 'a past event after the document date is reported', code: body('Op 20 maart 2025 kwam moeder te laat.'), errors: [{ messageId: 'gebeurtenisNaDatum', line: L(5), column: 4 }] },
    {
      name: 'a past event after the date of the only cited source is reported',
      code: body('Op 10 februari 2025 was Sem ziek, schreef de school [@school-2025].'),
      errors: [{ messageId: 'bronDatum', line: L(5), column: 4, messageIncludes: 'is van 01-02-2025' }],
    },
    { name: 'a child who is never mentioned is reported at the frontmatter entry (Kindcheck)', code: doc('## Feiten\n\nMoeder en vader wonen samen.\n'), errors: [{ messageId: 'kindNietGenoemd', line: 5, column: 5 }] },
    {
      name: 'a parent who is never mentioned is reported at the frontmatter entry',
      code: doc('## Feiten\n\nSem woont bij moeder.\n'),
      errors: [{ messageId: 'ouderNietGenoemd', line: 10, column: 5 }],
    },
    {
      name: 'a birth date after the document date is reported at the child, and that child gets no age finding',
      code: twoKids('Sem (13 jaar) en Noor (8 jaar) wonen bij moeder en vader.'),
      errors: [
        { messageId: 'geboortedatumNaDatum', line: 7, column: 5 },
        { messageId: 'leeftijd', line: 12, column: 1 },
      ],
    },
  ],
});
