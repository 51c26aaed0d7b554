/** begrijpelijke-taal: abbreviations written out at first use, long sentences, a summary in a long document. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { doc, FM_LINES } from '../helpers.js';
import { ruleTester, runRule } from '../rule-tester.js';

const L = (n: number) => FM_LINES + n;
const body = (...lines: string[]) => doc(['## Feiten', '', ...lines].join('\n') + '\n');
const long = Array.from({ length: 30 }, (_, i) => `woord${i}`).join(' ') + '.';

ruleTester('begrijpelijke-taal', {
  valid: [
    { name: 'an abbreviation after its full form stays silent', code: body('De rechter sprak een ondertoezichtstelling (OTS) uit.', '', 'De OTS loopt tot november.') },
    { name: 'the full form after the abbreviation in the same sentence stays silent', code: body('De OTS (ondertoezichtstelling) loopt tot november.') },
    { name: 'a full form written earlier in the text counts, whatever the case', code: body('Veilig Thuis onderzocht de melding.', '', 'Het rapport van VT kwam in maart.') },
    { name: 'an abbreviation inside a longer word stays silent', code: body('Sem speelt met de VTX-racebaan.') },
    { name: 'a sentence of 25 words stays silent', code: body(Array.from({ length: 25 }, (_, i) => `woord${i}`).join(' ') + '.') },
    { name: 'a long quotation stays silent', code: body(`> ${long}`) },
    { name: 'an ignored abbreviation stays silent', code: body('De GI belt moeder.'), options: { 'negeer-afkortingen': ['GI'] } },
  ],
  invalid: [
    { name: 'an abbreviation not written out is reported at its first use only', code: body('De OTS loopt tot november.', '', 'De OTS wordt verlengd.'), errors: [{ messageId: 'afkorting', line: L(3), column: 4, endColumn: 7, messageIncludes: '"ondertoezichtstelling (OTS)"' }] },
    { name: 'a mixed-case abbreviation is found', code: body('De RvdK doet onderzoek.'), errors: [{ messageId: 'afkorting', line: L(3), column: 4 }] },
    { name: 'an abbreviation in a compound with a hyphen is found', code: body('Er kwam een VT-melding.'), errors: [{ messageId: 'afkorting', line: L(3), column: 13 }] },
    { name: 'an extra abbreviation from the options is found', code: body('Sem gaat naar de BSO.'), options: { 'extra-afkortingen': { BSO: 'buitenschoolse opvang' } }, errors: [{ messageId: 'afkorting', line: L(3), column: 18 }] },
    { name: 'a sentence over the limit is reported as a warning', code: body(long), errors: [{ messageId: 'langeZin', line: L(3), column: 1, severity: 1, messageIncludes: '30 woorden' }] },
    { name: 'the sentence limit comes from the options', code: body('Sem gaat elke dag graag naar school.'), options: { 'max-woorden-per-zin': 5 }, errors: [{ messageId: 'langeZin', line: L(3), column: 1 }] },
    { name: 'a long document without a summary is reported at the first heading', code: body('Sem gaat elke dag naar school.'), options: { 'samenvatting-vanaf-woorden': 3 }, errors: [{ messageId: 'geenSamenvatting', line: L(1), column: 1 }] },
  ],
});

describe('abbreviation list (afkortingen.yaml)', () => {
  const raw = YAML.parse(readFileSync('rules/begrijpelijke-taal/afkortingen.yaml', 'utf8')) as {
    bron: string;
    licentie: string;
    afkortingen: { afkorting: string; voluit: string; voorbeeld: string }[];
  };

  it('has a source, a licence and the abbreviations the issue names', () => {
    expect(raw.bron).toContain('seed 004');
    expect(raw.licentie).toBeTruthy();
    const names = raw.afkortingen.map((a) => a.afkorting);
    for (const a of ['OTS', 'VOTS', 'MUHP', 'UHP', 'GI', 'JBT', 'VT', 'RvdK', 'AKJ', 'GBM']) expect(names).toContain(a);
    expect(new Set(names).size).toBe(names.length);
  });

  for (const a of raw.afkortingen) {
    it(`${a.afkorting}: the invented example sentence is reported, and silent once written out`, async () => {
      const bad = await runRule('begrijpelijke-taal', { name: a.afkorting, code: body(a.voorbeeld) });
      const mine = (f: { messageId?: string; message: string }) => f.messageId === 'afkorting' && f.message.startsWith(`Schrijf "${a.afkorting}"`);
      expect(bad.filter(mine)).toHaveLength(1);
      const good = await runRule('begrijpelijke-taal', { name: a.afkorting, code: body(`Eerst voluit: ${a.voluit} (${a.afkorting}).`, '', a.voorbeeld) });
      expect(good.filter(mine)).toEqual([]);
    });
  }
});
