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

  it('uses the configured number of months', async () => {
    expect(await run(['In december 2023 woont het gezin in Zwolle.'])).toEqual([[L(3), 1]]);
    expect(await run(['In december 2023 woont het gezin in Zwolle.'], (c) => (c.rules['verouderde-tijd'] = { options: { maanden: 24 } }))).toEqual([]);
  });
});
