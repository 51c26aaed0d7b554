/** sjabloon-restanten: template leftovers in text and frontmatter, and the near-misses that stay silent. */
import { doc, FM_LINES } from '../helpers.js';
import { ruleTester } from '../rule-tester.js';

const L = (n: number) => FM_LINES + n;
const body = (...lines: string[]) => doc(['## Feiten', '', ...lines].join('\n') + '\n');

ruleTester('sjabloon-restanten', {
  valid: [
    { name: 'an ellipsis inside a quotation stays silent', code: body('Moeder zei: "Het ging niet meer… ik was zo moe."') },
    { name: 'an anonymised name inside a quotation stays silent', code: body('De school schreef: "[minderjarige] kwam te laat."') },
    { name: 'an anonymised name in a quoted block stays silent', code: body('> [minderjarige] kwam die dag niet op school.') },
    { name: 'links, citations and footnotes in brackets stay silent', code: body('Zie [de website](https://example.org/a_(b)) en [@school-2025].[^1]', '', '[^1]: Verslag van de school.') },
    { name: 'a numbered reference and an elision mark stay silent', code: body('Het verslag [1] zegt dat Sem [...] te laat kwam.') },
    { name: 'a task list box stays silent', code: body('- [ ] Moeder belt de school.', '- [x] Vader belt de huisarts.') },
    { name: 'an enumeration with a closing bracket stays silent', code: body('Moeder wil a) rust en b) hulp bij de post.') },
    { name: 'a remark in brackets that starts with naam stays silent when it says the name is known', code: body('De buurvrouw (naam bekend bij de jeugdbeschermer) belde op 3 maart 2025.') },
    { name: 'the verb invullen in a sentence stays silent', code: body('Moeder vraagt hulp bij het invullen van formulieren.') },
    { name: 'a HTML line break stays silent', code: body('Eerste regel<br>tweede regel.') },
    { name: 'a horizontal rule stays silent', code: body('Sem speelt.', '', '---', '', 'Noor leest.') },
    { name: 'a YAML list in the frontmatter stays silent', code: doc('## Feiten\n\nSem speelt.\n', 'maatregelen:\n  - soort: OTS\n    kinderen: [Sem]\n') },
  ],
  invalid: [
    { name: 'a word in square brackets is a leftover', code: body('Op [datum] sprak ik met de mentor.'), errors: [{ messageId: 'sjabloonTekst', line: L(3), column: 4, endColumn: 11 }] },
    { name: 'a word in angle brackets is a leftover', code: body('De mentor heet <invullen>.'), errors: [{ messageId: 'sjabloonTekst', line: L(3), column: 16 }] },
    { name: 'naam in round brackets is a leftover, also over two lines', code: body('Bij (naam gecertificeerde', 'instelling) staat het kind centraal.'), errors: [{ messageId: 'sjabloonTekst', line: L(3), column: 5, messageIncludes: '(naam gecertificeerde instelling)' }] },
    { name: 'two dots before a percent sign stand for a number', code: body('In ..% van de gesprekken ging het goed.'), errors: [{ messageId: 'getalOntbreekt', line: L(3), column: 4, endColumn: 7 }] },
    { name: 'three dots before van de gevallen stand for a number', code: body('In ... van de gevallen was er een klacht.'), errors: [{ messageId: 'getalOntbreekt', line: L(3), column: 4 }] },
    { name: 'XX stands for a number', code: body('Sem kwam XX keer te laat.'), errors: [{ messageId: 'getalOntbreekt', line: L(3), column: 10 }] },
    { name: 'p.m. is a leftover', code: body('Kosten van de sportclub: p.m.'), errors: [{ messageId: 'sjabloonTekst', line: L(3), column: 26 }] },
    { name: 'nader in te vullen is a leftover', code: body('De datum is nader in te vullen.'), errors: [{ messageId: 'sjabloonTekst', line: L(3), column: 13 }] },
    { name: 'invullen on its own after a colon is a leftover', code: body('- Contactpersoon: invullen'), errors: [{ messageId: 'sjabloonTekst', line: L(3), column: 19 }] },
    { name: 'TODO is a leftover', code: body('Vader: TODO'), errors: [{ messageId: 'sjabloonTekst', line: L(3), column: 8 }] },
    { name: 'empty round brackets are a leftover', code: body('De mentor belt op ( ) maart.'), errors: [{ messageId: 'legeHaakjes', line: L(3), column: 19 }] },
    { name: 'empty square brackets are a leftover', code: body('De mentor heet [].'), errors: [{ messageId: 'legeHaakjes', line: L(3), column: 16 }] },
    { name: 'an opening bracket that is never closed is reported', code: body('Moeder belde (bron: gesprek met moeder.'), errors: [{ messageId: 'openHaakje', line: L(3), column: 14 }] },
    { name: 'a closing bracket without an opener is reported', code: body('Moeder belde de school] op maandag.'), errors: [{ messageId: 'losHaakje', line: L(3), column: 23 }] },
    { name: 'a line with only a question mark is reported', code: body('Sem speelt.', '', '?'), errors: [{ messageId: 'losSymbool', line: L(5), column: 1 }] },
    { name: 'a placeholder in a frontmatter value is reported at the value', code: doc('## Feiten\n\nSem speelt.\n', 'titel: Gezinsplan [naam]\n'), errors: [{ messageId: 'kopjeSjabloon', line: 25, column: 19, messageIncludes: "'titel'" }] },
    { name: 'an extra word from the options is a leftover', code: body('Het bedrag is NOGTEDOEN.'), options: { 'extra-woorden': ['NOGTEDOEN'] }, errors: [{ messageId: 'sjabloonTekst', line: L(3), column: 15 }] },
  ],
});
