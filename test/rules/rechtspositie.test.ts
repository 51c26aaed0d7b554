/** rechtspositie: the document tells the family how to complain, who can support them and which rights they have. */
import { ruleTester } from '../rule-tester.js';
import { docWith, lastAt } from './regels13-helpers.js';

const fm = (extra: string, geboren = '2017-02-20') => `type: gezinsplan
datum: 2025-03-14
${extra}
kinderen:
  - naam: Bo
    geboortedatum: ${geboren}`;
const VRIJ = fm('kader: vrijwillig');
const BASIS = [
  'U kunt een klacht indienen bij de klachtencommissie.',
  'De vertrouwenspersoon van het AKJ helpt u gratis.',
  'Een onafhankelijke cliëntondersteuner kan met u meedenken.',
  'U hebt recht op een familiegroepsplan.',
];
const rechten = (lines: string[], kop = '## Uw rechten') => `${kop}\n\n${lines.join('\n')}`;
const one = (code: string, cue: string, messageId: string) => ({ code, errors: [{ messageId, ...lastAt(code, cue) }] });
const OTS = fm('kader: gedwongen\nmaatregelen:\n  - soort: OTS\n    status: lopend');

ruleTester('rechtspositie', {
  valid: [
    { name: 'every item for voluntary help', code: docWith(VRIJ, rechten(BASIS)) },
    { name: 'a section under another built-in heading (Klachtmogelijkheden)', code: docWith(VRIJ, rechten(BASIS, '## Klachtmogelijkheden')) },
    { name: 'with an OTS: the right of appeal as well', code: docWith(OTS, rechten([...BASIS, 'Tegen de beschikking kunt u in hoger beroep gaan.'])) },
    { name: 'a child of 12 or older named with the vertrouwenspersoon', code: docWith(fm('kader: vrijwillig', '2010-01-01'), rechten([...BASIS, 'Ook Bo kan zelf de vertrouwenspersoon van het AKJ bellen.'])) },
    { name: 'a document without kader or maatregelen (nothing to derive the items from)', code: docWith(fm(''), '## Feiten\n\nBo gaat naar school.') },
  ],
  invalid: [
    { name: 'no section about rights (at the first heading)', ...one(docWith(VRIJ, '## Afspraken\n\nBo gaat naar de zwemles.'), '## Afspraken', 'geenSectie') },
    { name: 'complaint information only in the last line', ...one(docWith(VRIJ, '## Afspraken\n\nBo gaat naar de zwemles.\n\n## Tot slot\n\nVoor klachten kunt u terecht bij de klachtencommissie.'), 'Voor klachten', 'verstopt') },
    { name: 'complaint information only in a footnote', ...one(docWith(VRIJ, '## Afspraken\n\nBo gaat naar de zwemles.[^1]\n\n[^1]: Klachten: de klachtencommissie van de instelling.'), '[^1]:', 'verstopt') },
    { name: 'an empty section', ...one(docWith(VRIJ, '## Uw rechten\n\n<!-- nog invullen -->'), '## Uw rechten', 'leeg') },
    { name: 'one item missing', ...one(docWith(VRIJ, rechten(BASIS.slice(0, 3))), '## Uw rechten', 'ontbreekt') },
    { name: 'with an OTS the right of appeal is required', ...one(docWith(OTS, rechten(BASIS)), '## Uw rechten', 'ontbreekt') },
    {
      name: 'with a requested uithuisplaatsing an advocaat (and the appeal) are required',
      code: docWith(fm('kader: gedwongen\nmaatregelen:\n  - soort: MUHP\n    status: verzocht'), rechten(BASIS)),
      errors: [
        { messageId: 'ontbreekt', line: 13, column: 1, messageIncludes: 'hoger beroep' },
        { messageId: 'ontbreekt', line: 13, column: 1, messageIncludes: 'advocaat' },
      ],
    },
    { name: 'a child of 12 or older needs the vertrouwenspersoon for the child', ...one(docWith(fm('kader: vrijwillig', '2010-01-01'), rechten(BASIS)), '## Uw rechten', 'ontbreekt') },
  ],
});
