import { describe, expect, it } from 'vitest';
import { doc, findings, FM_LINES } from '../helpers.js';

const L = (n: number) => FM_LINES + n;
const run = async (lines: string[]) =>
  (await findings(doc(`## Feiten\n\n${lines.join('\n\n')}\n`), 'diagnose-onderbouwing')).map((f) => [f.line, f.column]);

describe('diagnose-onderbouwing', () => {
  it('reports ungrounded and speculative diagnoses at the word', async () => {
    expect(
      await run([
        'Moeder is borderline.', // L3 col 11
        'Vader heeft narcistische trekken.', // L5 col 13
        'Sem lijkt autistisch.', // L7 col 11
        'Moeder heeft last van hechtingsproblematiek.', // L9 col 23
        'Vader heeft ADHD.', // L11 col 13
      ]),
    ).toEqual([[L(3), 11], [L(5), 13], [L(7), 11], [L(9), 23], [L(11), 13]]);
  });

  it('stays silent for grounded, negated, investigated and impersonal mentions', async () => {
    expect(
      await run([
        'In maart 2022 stelde de kinderpsychiater van Accare bij Sem ADHD vast.',
        'Sem heeft ASS [@accare-2022].',
        'Er is bij moeder geen diagnose gesteld.',
        'Sem heeft geen ADHD.',
        'In 2021 is onderzocht of er sprake was van ADD.',
        'De cursus gaat over omgaan met depressie.',
        'Moeder heeft contact met de verslavingszorg.',
      ]),
    ).toEqual([]);
  });
});

describe('diagnose-onderbouwing: compounds with the diagnosis at the end', () => {
  it('"cocaïneverslaving" and "winterdepressie" are a verslaving and a depressie; a care service is not', async () => {
    expect(
      await run([
        'Vader heeft een cocaïneverslaving.', // L3 col 17
        'Moeder heeft een winterdepressie.', // L5 col 18
        'Vader gaat naar de verslavingskliniek.', // L7: a service
      ]),
    ).toEqual([[L(3), 17], [L(5), 18]]);
  });
  it("a guess in the governing clause ('ik vermoed dat') and 'niet uitsluiten' make a diagnosis a guess", async () => {
    expect(
      await run([
        'Ik vermoed dat ook moeder een LVB heeft.', // L3: "LVB" at col 31
        'Ik sluit niet uit dat vader depressief is.', // L5: "depressief" at col 29
        'Een depressie bij moeder is niet uitgesloten.', // L7: "depressie" at col 5
        'Moeder heeft geen depressie.', // negated, no guess: silent
      ]),
    ).toEqual([[L(3), 31], [L(5), 29], [L(7), 5]]);
  });

  it('two terms side by side are one diagnosis; an investigation with its year grounds it', async () => {
    expect(
      await run([
        'Vader heeft een borderline persoonlijkheidsstoornis.', // L3: one finding at "borderline"
        'Moeder heeft een licht verstandelijke beperking (IQ 68, onderzoek Trajectum 2020).',
        // L7: "nooit onderzoek" grounds nothing (a different term: LVB above is grounded for the whole document)
        'Er is nooit onderzoek gedaan, maar vader heeft volgens moeder sinds 2019 een depressie.',
      ]),
    ).toEqual([[L(3), 17], [L(7), 78]]);
  });

  it('"antisociale trekken" is a label; "antisociaal gedrag" is behaviour', async () => {
    expect(await run(['Sem ontwikkelt antisociale trekken.', 'Sem vertoont antisociaal gedrag op school.'])).toEqual([[L(3), 16]]);
  });

  it('an interpretation ("wijzen op") makes a diagnosis a guess', async () => {
    expect(await run(['De heftige reacties van Sem na de bezoeken wijzen op hechtingsproblematiek.'])).toEqual([[L(3), 54]]);
  });
});

describe('diagnose-onderbouwing: a negation later in the clause', () => {
  it('denies the diagnosis only as a finding ("is niet aangetoond"); "maakt … niet haalbaar" still names it', async () => {
    expect(
      await run([
        'De verslaving van moeder maakt een terugkeer van Sem voorlopig niet haalbaar.', // L3 col 4
        'Autisme is bij Sem niet aangetoond.',
        'Een depressie speelt bij moeder geen rol.',
        'Sem is niet autistisch.',
      ]),
    ).toEqual([[L(3), 4]]);
  });
});

describe('diagnose-onderbouwing: grounding is per person', () => {
  it("Sem's established ASS does not ground moeder's; 'het autisme van Sem' later is grounded", async () => {
    expect(
      await run([
        'In 2021 stelde een GZ-psycholoog van Accare bij Sem ASS vast.',
        'Vader vindt dat de school te weinig rekening houdt met het autisme van Sem.',
        'Moeder is zelf ook autistisch.', // L7 col 20
      ]),
    ).toEqual([[L(7), 20]]);
  });
});
