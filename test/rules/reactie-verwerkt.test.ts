/** reactie-verwerkt: the family's reaction with what was done per point; corrected information no longer as true. */
import { ruleTester } from '../rule-tester.js';
import { docWith, lastAt } from './regels13-helpers.js';

const fm = (extra: string) => `type: gezinsplan
datum: 2025-03-14
${extra}`;
const V2 = fm('versie: 2');
const CORR = fm('correcties:\n  - onjuist: "Vader heeft in 2019 een huisverbod gehad"\n    datum: 2025-02-20\n    door: klachtencommissie');
const reactie = (lines: string, kop = '## Reactie op het concept') => `## Feiten\n\nLina gaat naar zwemles.\n\n${kop}\n\n${lines}`;
const one = (code: string, cue: string, messageId: string) => ({ code, errors: [{ messageId, ...lastAt(code, cue) }] });

ruleTester('reactie-verwerkt', {
  valid: [
    { name: 'version 1, not discussed: no reaction needed', code: docWith(fm('versie: 1'), '## Feiten\n\nLina gaat naar zwemles.') },
    {
      name: 'a dated reaction with every point processed',
      code: docWith(V2, reactie('Ouders reageerden op 10 maart 2025:\n\n- Moeder zegt dat Lina niet spijbelt. Aangepast: de zin is verwijderd.\n- Vader wil meer omgang. Niet aangepast, omdat de rechter de regeling vaststelt.')),
    },
    {
      name: 'the answer in the next paragraph',
      code: docWith(V2, reactie('Moeder reageerde op 3 maart 2025 per e-mail.\n\nMoeder vraagt om de zwemles te noemen.\n\nNiet overgenomen, want de zwemles is gestopt.')),
    },
    {
      name: 'a table with what was done per row',
      code: docWith(V2, reactie('Reactie van 10 maart 2025.\n\n| reactie | wat wij ermee deden |\n| --- | --- |\n| De zwemles ontbreekt. | Aangepast: toegevoegd. |')),
    },
    { name: 'a correction named as corrected', code: docWith(CORR, '## Feiten\n\nIn het vorige plan stond ten onrechte dat vader in 2019 een huisverbod had.') },
    { name: 'a correction denied', code: docWith(CORR, '## Feiten\n\nVader heeft in 2019 geen huisverbod gehad.') },
    { name: 'a sentence that shares only some words with the correction', code: docWith(CORR, '## Feiten\n\nVader woont sinds 2019 in Zwolle.') },
  ],
  invalid: [
    { name: 'version 2 without a reaction section', ...one(docWith(V2, '## Feiten\n\nLina gaat naar zwemles.'), '## Feiten', 'geenSectie') },
    { name: 'discussed with the family but no reaction section', ...one(docWith(fm('besproken:\n  - met: Hanna\n    datum: 2025-03-10'), '## Feiten\n\nLina gaat naar zwemles.'), '## Feiten', 'geenSectie') },
    { name: 'a reaction without its date', ...one(docWith(V2, reactie('- Moeder zegt dat Lina niet spijbelt. Aangepast: de zin is verwijderd.')), '## Reactie op het concept', 'geenDatum') },
    { name: 'an empty reaction section', ...one(docWith(V2, reactie('n.v.t.')), '## Reactie op het concept', 'leeg') },
    { name: 'a point without what was done', ...one(docWith(V2, reactie('Ouders reageerden op 10 maart 2025:\n\n- Moeder wil dat oma wordt genoemd.')), 'Moeder wil dat oma', 'puntZonderVerwerking') },
    { name: 'niet aangepast without a reason', ...one(docWith(V2, reactie('Ouders reageerden op 10 maart 2025:\n\n- Vader wil meer omgang. Niet aangepast.')), 'Vader wil meer', 'nietAangepastZonderReden') },
    {
      name: 'corrected information that still appears as true is an error',
      code: docWith(CORR, '## Feiten\n\nVader had in 2019 een huisverbod.'),
      errors: [{ messageId: 'correctieNietVerwerkt', ...lastAt(docWith(CORR, '## Feiten\n\nVader had in 2019 een huisverbod.'), 'Vader had'), severity: 2 }],
    },
  ],
});
