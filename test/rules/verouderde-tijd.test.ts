import { describe, expect, it } from 'vitest';
import { doc, findings, FM_LINES } from '../helpers.js';

const L = (n: number) => FM_LINES + n;
const run = async (lines: string[], tweak?: Parameters<typeof findings>[2]) =>
  (await findings(doc(`## Feiten\n\n${lines.join('\n\n')}\n`), 'verouderde-tijd', tweak)).map((f) => [f.line, f.column]);

describe('verouderde-tijd (document datum 2025-03-14)', () => {
  it('reports old events in the present tense, with years, dates, relative time and ages', async () => {
    expect(
      await run([
        'In 2015 drinkt vader veel.', // L3
        'Op 12 maart 2019 slaat vader moeder.', // L5
        'Drie jaar geleden verhuist het gezin naar Zwolle.', // L7
        'Toen Sem twee was, woont het gezin in Utrecht.', // L9
        'Moeder gebruikt dagelijks drugs [@vt-2019].', // L11: only an old source
      ]),
    ).toEqual([[L(3), 1], [L(5), 1], [L(7), 1], [L(9), 1], [L(11), 1]]);
  });

  it('accepts past and perfect tense, what still holds, document dates and recent events', async () => {
    expect(
      await run([
        'In 2015 dronk vader veel.',
        'In 2015 heeft vader veel gedronken.',
        'Sem is in 2014 geboren.',
        'Sem woont sinds 2019 bij oma.',
        'Het rapport van Veilig Thuis uit 2019 beschrijft dat moeder toen drugs gebruikte.',
        'In februari 2025 gaat Sem weer naar school.',
        'Sem leest goed [@school-2025].',
      ]),
    ).toEqual([]);
  });

  it('reads every main clause for a present-tense claim on an old source', async () => {
    expect(
      await run([
        'In 2019 is vader aangehouden en hij drinkt elke avond te veel [@vt-2019].', // L3: the second main clause is present
        'In 2019 is vader aangehouden en hij dronk toen elke avond te veel [@vt-2019].', // L5: all past
        'Vader vertelde dat hij elke avond te veel drinkt [@vt-2019].', // L7: present only in the reported clause
      ]),
    ).toEqual([[L(3), 1]]);
  });

  it('the old source must go with a present main clause: not with a past clause before it', async () => {
    expect(
      await run([
        'In 2019 werd vader aangehouden [@vt-2019]; hij woont nu in Zwolle.', // L3: the citation goes with the past clause
        'Moeder schreeuwt tegen Sem als hij boos is [@vt-2019].', // L5: the subordinate clause belongs to the present main clause
      ]),
    ).toEqual([[L(5), 1]]);
  });

  it('uses the configured number of months', async () => {
    expect(await run(['In december 2023 woont het gezin in Zwolle.'])).toEqual([[L(3), 1]]);
    expect(await run(['In december 2023 woont het gezin in Zwolle.'], (c) => (c.rules['verouderde-tijd'] = { options: { maanden: 24 } }))).toEqual([]);
  });
});

describe('verouderde-tijd: clauses, names and school years (document datum 2025-03-14, Sem born 2014-06-02)', () => {
  it('reports a month of last year, a school year and a baby age in the present tense', async () => {
    expect(
      await run([
        'Vorig jaar in januari begint Sem op de nieuwe school.', // L3: januari 2024, 14 months
        'In groep 4 weigert Sem voor het eerst naar school te gaan.', // L5: groep 4 ≈ 7 to 8 years old (2021-2023)
        'Toen Sem een baby was, slaapt hij in de kinderwagen.', // L7
      ]),
    ).toEqual([[L(3), 1], [L(5), 1], [L(7), 1]]);
  });

  it('reads the time of a relative clause with its own verb, and a name is never the verb', async () => {
    expect(
      await run([
        'Dit komt door de school, waar Sem op een plek zit bij een leerkracht bij wie de psychiater in 2019 ADHD vaststelde.',
        'De man die moeder in 2019 sloeg woont nu in Utrecht.',
        'Sem is in september 2022 drie maanden in een pleeggezin geplaatst.',
        'Sem heeft geen vaste school gehad van september tot december 2022.',
        'Vorig jaar in december begint Sem op de nieuwe school.',
        'Sem zit in groep 7.',
      ]),
    ).toEqual([]);
  });
});

describe('verouderde-tijd: a verb between a document word and the date, a noun-like verb at the end of a dat-clause', () => {
  it('"Volgens het politieoverzicht krijgt Sem in december 2022 …" dates the event; "Het rapport van december 2022 beschrijft …" the document', async () => {
    expect(
      await run([
        'Volgens het politieoverzicht krijgt Sem in december 2022 een Halt-straf.', // L3
        'Moeder vertelt dat zij in 2020 met de kinderen naar een kamp vlucht, nadat vader al was vertrokken.', // L5
        'Het rapport van december 2022 beschrijft dat vader toen dronk.',
        'Zij geeft aan dat vader in 2021 onregelmatig omgang had.',
      ]),
    ).toEqual([[L(3), 1], [L(5), 1]]);
  });
});

describe('verouderde-tijd: things dated with "uit", police records, a verbless fragment', () => {
  it('"het advies uit 2021 werkt goed" says how it is now; a fragment takes the verb after it', async () => {
    expect(
      await run([
        'Het advies uit 2021 werkt bij moeder goed.',
        'Uit de mutatie van 12 augustus 2022 blijkt dat vader toen een deur intrapte.',
        'Moeder geeft aan dat zij in 2019, na de verhuizing, veel ruzie had.',
        'Moeder geeft aan dat zij in 2019, na de verhuizing, veel ruzie heeft.', // L9
      ]),
    ).toEqual([[L(9), 1]]);
  });

  it('a chronology row (a table whose first column holds dates) may use the short present tense', async () => {
    const table = [
      '| Datum | Gebeurtenis |',
      '| --- | --- |',
      '| maart 2019 | In 2019 gaan de ouders uit elkaar |',
      '| 2020 | Sem verhuist in 2020 met moeder naar Zwolle |',
    ].join('\n');
    expect(await run([table])).toEqual([]);
    // The same sentence outside a chronology is stale.
    expect(await run(['| Wie | Wat |\n| --- | --- |\n| Moeder | In 2019 gaan de ouders uit elkaar |'])).toEqual([[L(5), 12]]);
  });
});
