/** maatregel-termijnen: measures within their legal terms, a machtiging for a placement, turning 18 prepared. */
import { ruleTester } from '../rule-tester.js';
import { docWith, lastAt } from './regels13-helpers.js';

const fm = (maatregelen: string, extra = '', geboren = '2014-01-10') => `type: gezinsplan
datum: 2025-03-14
${extra}
kinderen:
  - naam: Roos
    geboortedatum: ${geboren}
maatregelen:
${maatregelen}`;
const ots = (van: string, tot: string, status = 'lopend') => `  - soort: OTS\n    van: ${van}\n    tot: ${tot}\n    status: ${status}`;
const muhp = (van: string, tot: string, status = 'lopend') => `  - soort: MUHP\n    van: ${van}\n    tot: ${tot}\n    status: ${status}`;
const BODY = '## Feiten\n\nRoos woont bij haar moeder en gaat naar groep 7.';
const one = (code: string, cue: string, messageId: string) => ({ code, errors: [{ messageId, ...lastAt(code, cue) }] });

ruleTester('maatregel-termijnen', {
  valid: [
    { name: 'an OTS of exactly twelve months', code: docWith(fm(ots('2024-11-05', '2025-11-05')), BODY) },
    { name: 'an extension by a year in the text', code: docWith(fm(ots('2024-11-05', '2025-11-05')), '## Feiten\n\nDe ondertoezichtstelling is verlengd met een jaar.') },
    { name: 'an age is no duration', code: docWith(fm(ots('2024-11-05', '2025-11-05')), '## Feiten\n\nRoos is 11 jaar en de OTS loopt nog.') },
    { name: 'a child in a foster family with a machtiging in force', code: docWith(fm(`${ots('2024-11-05', '2025-11-05')}\n${muhp('2025-01-01', '2025-12-01')}`), '## Feiten\n\nRoos woont sinds januari in een pleeggezin.') },
    { name: 'a placement that ended, in the past tense', code: docWith(fm(ots('2024-11-05', '2025-11-05')), '## Feiten\n\nRoos woonde tot 2023 in een pleeggezin.') },
    { name: 'placements with a gap are no continuous placement', code: docWith(fm(`${ots('2024-11-05', '2025-11-05')}\n${muhp('2021-01-01', '2022-01-01', 'geëindigd')}\n${muhp('2024-11-05', '2025-11-05')}`), BODY) },
    { name: 'a long placement with the Raad among the sources', code: docWith(fm(`${ots('2024-11-05', '2025-11-05')}\n${muhp('2022-11-05', '2023-11-05', 'geëindigd')}\n${muhp('2023-11-05', '2024-11-05', 'geëindigd')}\n${muhp('2024-11-05', '2025-11-05')}`, 'bronnen:\n  - id: raad-2024\n    soort: rapport\n    van: Raad voor de Kinderbescherming\n    datum: 2024-10-01'), BODY) },
    { name: 'a first plan within six weeks', code: docWith(fm(ots('2025-02-10', '2026-02-10'), 'versie: 1'), BODY) },
    { name: 'turning 18 with a word on what happens then', code: docWith(fm(ots('2024-11-05', '2025-11-05'), '', '2007-09-02'), '## Feiten\n\nAls Roos 18 wordt, helpt een jongerencoach haar met wonen.') },
    { name: 'turning 18 with an 18+ plan (pattern 18+, 18-, 18e)', code: docWith(fm(ots('2024-11-05', '2025-11-05'), '', '2007-09-02'), '## Feiten\n\nVoor Roos is een 18+-traject aangevraagd.') },
    { name: 'no maatregelen: nothing to check in the frontmatter', code: docWith('type: gezinsplan\ndatum: 2025-03-14', BODY) },
  ],
  invalid: [
    { name: 'an OTS of 18 months in the frontmatter (at the entry)', ...one(docWith(fm(ots('2024-11-05', '2026-05-05')), BODY), 'soort: OTS', 'teLang') },
    { name: 'a VOTS of five months', ...one(docWith(fm('  - soort: VOTS\n    van: 2025-01-05\n    tot: 2025-06-05\n    status: lopend'), BODY), 'soort: VOTS', 'teLang') },
    { name: 'voor de duur van 18 maanden in the text', ...one(docWith(fm(ots('2024-11-05', '2025-11-05')), '## Feiten\n\nDe kinderrechter heeft de ondertoezichtstelling uitgesproken voor de duur van 18 maanden.'), 'ondertoezichtstelling uitgesproken', 'teLangTekst') },
    { name: 'loopt van … tot … next to a measure word', ...one(docWith(fm(ots('2024-11-05', '2025-11-05')), '## Feiten\n\nDe OTS loopt van 5 november 2024 tot 5 mei 2026.'), 'OTS loopt', 'teLangTekst') },
    { name: 'a child living elsewhere under an OTS without a machtiging', ...one(docWith(fm(ots('2024-11-05', '2025-11-05')), '## Feiten\n\nRoos woont sinds januari bij haar tante.'), 'Roos woont', 'plaatsingZonderMachtiging') },
    { name: 'a placement extended past two years without the Raad', ...one(docWith(fm(`${ots('2024-11-05', '2025-11-05')}\n${muhp('2022-11-05', '2023-11-05', 'geëindigd')}\n${muhp('2023-11-05', '2024-11-05', 'geëindigd')}\n${muhp('2024-11-05', '2025-11-05')}`), '## Feiten\n\nRoos woont in een pleeggezin.'), 'soort: MUHP', 'verlengingZonderRaad') },
    { name: 'a first plan more than six weeks after the OTS started', ...one(docWith(fm(ots('2024-11-05', '2025-11-05'), 'versie: 1'), BODY), 'soort: OTS', 'eerstePlanTeLaat') },
    { name: 'a child turning 18 during the measure without a word on it (at the child)', ...one(docWith(fm(ots('2024-11-05', '2025-11-05'), '', '2007-09-02'), BODY), 'naam: Roos', 'achttienZonderPlan') },
  ],
});
