/** zienswijze: every child and every parent or carer has a view in their own words, or the document says why not. */
import { ruleTester } from '../rule-tester.js';
import { docWith, lastAt } from './regels13-helpers.js';

// datum 2025-03-14: Sem is 14, Noor 9, Jip 5
const FM = `type: gezinsplan
datum: 2025-03-14
kinderen:
  - naam: Sem
    geboortedatum: 2011-01-20
  - naam: Noor
    geboortedatum: 2016-01-10
betrokkenen:
  - naam: Lisa
    rol: moeder
  - naam: Tom
    rol: vader
  - naam: Ria
    rol: grootouder`;
const OUDERS = '## Zienswijze ouders\n\nMoeder vertelt dat zij de hulp prettig vindt.\n\nVader zegt: "Ik wil meer omgang."';
const doc = (kind: string, ouders = OUDERS) => docWith(FM, `${ouders}\n\n## Stem van het kind\n\n${kind}`);
const one = (code: string, cue: string, messageId: string) => ({ code, errors: [{ messageId, ...lastAt(code, cue) }] });

ruleTester('zienswijze', {
  valid: [
    { name: 'each child and parent in their own words', code: doc('Sem vertelt dat hij naar de havo wil.\n\nNoor zegt: "Ik vind het fijn bij oma."') },
    { name: 'a young child observed instead of asked', code: doc('Sem vertelt dat hij naar de havo wil.\n\nNoor is op 5 maart 2025 op school geobserveerd; zij speelde rustig.') },
    { name: 'a young child who drew, by the verb\'s lemma', code: doc('Sem vertelt dat hij naar de havo wil.\n\nNoor tekende een huis met iedereen erin.') },
    { name: 'a young child not heard, with the reason', code: doc('Sem vertelt dat hij naar de havo wil.\n\nMet Noor is niet gesproken, omdat zij ziek was.') },
    { name: 'a quote under a subheading with the child\'s name', code: doc('### Sem\n\n"Ik wil naar de havo."\n\n### Noor\n\n"Ik mis papa."') },
    { name: 'a child as the subject of a view verb', code: doc('Sem wil meer zelf beslissen.\n\nNoor mist haar vader.') },
    { name: 'a parent who gave no view, with the date of asking', code: doc('Sem vertelt dat hij naar de havo wil.\n\nNoor zegt: "Ik wil naar huis."', '## Zienswijze ouders\n\nMoeder vertelt dat zij de hulp prettig vindt.\n\nVader is op 4 maart 2025 gebeld en wilde geen zienswijze geven.') },
    { name: 'a heading "Zienswijze" that is not a built-in name', code: docWith(FM, '## Zienswijze\n\nMoeder vertelt dat zij de hulp prettig vindt.\n\nVader zegt dat hij meer omgang wil.\n\nSem vertelt dat hij naar de havo wil.\n\nNoor zegt: "Ik wil naar huis."') },
    { name: 'a document type the rule does not require', code: docWith(FM.replace('gezinsplan', 'brief'), '## Feiten\n\nSem gaat naar school.') },
  ],
  invalid: [
    { name: 'no zienswijze section at all (at the first heading)', ...one(docWith(FM, '## Feiten\n\nSem gaat naar school.'), '## Feiten', 'geenSectie') },
    { name: 'a section with only a placeholder', ...one(docWith(FM, '## Zienswijze ouders\n\nvolgt'), '## Zienswijze ouders', 'plaatshouder') },
    {
      name: 'a child of 12 or older without a view is an error at the child\'s section',
      code: doc('Noor zegt: "Ik wil naar huis."'),
      errors: [{ messageId: 'kindZonderZienswijze', ...lastAt(doc('Noor zegt: "Ik wil naar huis."'), '## Stem van het kind'), severity: 2 }],
    },
    {
      name: 'a younger child without a view or a word on hearing is a warning',
      code: doc('Sem vertelt dat hij naar de havo wil.'),
      errors: [{ messageId: 'jongKindZonderZienswijze', ...lastAt(doc('Sem vertelt dat hij naar de havo wil.'), '## Stem van het kind'), severity: 1 }],
    },
    { name: 'a negated hearing without a reason does not count', ...one(doc('Sem vertelt dat hij naar de havo wil.\n\nMet Noor is nog niet gepraat.'), '## Stem van het kind', 'jongKindZonderZienswijze') },
    { name: 'a parent whose name only appears inside a child\'s quote has no view', ...one(doc('Sem zegt: "Ik mis mijn vader."\n\nNoor zegt: "Ik wil naar huis."', '## Zienswijze ouders\n\nMoeder vertelt dat zij de hulp prettig vindt.'), '## Zienswijze ouders', 'ouderZonderZienswijze') },
    { name: 'a parent who gave no view, without when they were asked', ...one(doc('Sem vertelt dat hij naar de havo wil.\n\nNoor zegt: "Ik wil naar huis."', '## Zienswijze ouders\n\nMoeder vertelt dat zij de hulp prettig vindt.\n\nVader heeft geen zienswijze gegeven.'), 'Vader heeft geen', 'ouderZonderDatum') },
  ],
});
