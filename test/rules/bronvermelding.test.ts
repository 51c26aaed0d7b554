import { describe, expect, it } from 'vitest';
import { doc, findings, FM_LINES } from '../helpers.js';

const L = (n: number) => FM_LINES + n;
// Citing both sources keeps the "never cited" warnings out of the way.
const CITE_ALL = '\n## Bronnen\n\nZie [@school-2025] en [@vt-2019] en [@accare-2022].\n';

describe('bronvermelding', () => {
  it('reports an unsourced statement in a feiten section at the start of the sentence', async () => {
    const text = doc(`## Feiten\n\nSem komt vaak te laat op school.\nVolgens de mentor is Sem vrolijk.\n${CITE_ALL}`);
    expect(await findings(text, 'bronvermelding')).toEqual([{ ruleId: 'bronvermelding', line: L(3), column: 1, severity: 1 }]);
  });

  it('accepts citations, footnotes, (bron: …), attribution and paragraph coverage', async () => {
    const text = doc(
      [
        '## Feiten',
        '',
        'Sem kwam elf keer te laat [@school-2025].',
        '',
        'Sem eet slecht. Hij is vaak moe. (bron: gesprek met moeder, 2 maart 2025)',
        '',
        'Moeder vertelt dat Sem slecht slaapt.',
        '',
        'Vader werkt in de bouw.[^1]',
        '',
        'Uit het verslag van de school blijkt dat Sem goed leest.',
        '',
        'Moeder vertelt het volgende:',
        '',
        '- Sem speelt graag buiten.',
        '- Hij heeft twee vrienden.',
        '',
        '[^1]: Gesprek met vader op 3 maart 2025.',
        CITE_ALL,
      ].join('\n'),
    );
    expect(await findings(text, 'bronvermelding')).toEqual([]);
  });

  it('does not check sections other than feiten', async () => {
    const text = doc(`## Analyse\n\nIk denk dat Sem zich niet veilig voelt.\n${CITE_ALL}`);
    expect(await findings(text, 'bronvermelding')).toEqual([]);
  });

  it('reports an unknown citation and a footnote without definition as errors, at the reference', async () => {
    const text = doc(`## Feiten\n\nSem is ziek [@huisarts] en moe.[^9]\n${CITE_ALL}`);
    expect(await findings(text, 'bronvermelding')).toEqual([
      { ruleId: 'bronvermelding', line: L(3), column: 14, severity: 2 },
      { ruleId: 'bronvermelding', line: L(3), column: 32, severity: 2 },
    ]);
  });

  it('warns about sources that are never cited or lack van/datum, at their frontmatter line', async () => {
    const text = doc(`## Feiten\n\nSem kwam te laat [@school-2025].\n`, '  - id: leeg\n    soort: gesprek\n');
    const found = await findings(text, 'bronvermelding');
    expect(found).toEqual([
      { ruleId: 'bronvermelding', line: 17, column: 5, severity: 1 },
      { ruleId: 'bronvermelding', line: 21, column: 5, severity: 1 },
      { ruleId: 'bronvermelding', line: 25, column: 5, severity: 1 },
      { ruleId: 'bronvermelding', line: 25, column: 5, severity: 1 },
    ]);
  });

  it('maps positions through markup: a sentence after bold text and a link starts at its own column', async () => {
    const text = doc(`## Feiten\n\n**Thuis.** Sem heeft een [eigen kamer](http://x.invalid) en slaapt goed.\n${CITE_ALL}`);
    expect(await findings(text, 'bronvermelding')).toEqual([{ ruleId: 'bronvermelding', line: L(3), column: 12, severity: 1 }]);
  });
  it('a lead-in without a verb, a dated occasion and a quotation that goes on need no source of their own', async () => {
    const text = doc(
      [
        '## Feiten',
        '',
        'Over de woning en de financiën:',
        '',
        'Tijdens het huisbezoek op 19 februari 2025 huilde moeder.',
        '',
        'Sem zei tegen de leerkracht: "Mama is altijd moe. Ik maak zelf mijn brood." Sem komt vaak te laat.',
        CITE_ALL,
      ].join('\n'),
    );
    // Only the last sentence of line 7 states something without a source; its quote-mates do not.
    expect(await findings(text, 'bronvermelding')).toEqual([{ ruleId: 'bronvermelding', line: L(7), column: 77, severity: 1 }]);
  });

  it('an undated occasion is no source, nor a quotation that was closed before', async () => {
    const text = doc(['## Feiten', '', 'Tijdens het huisbezoek huilde moeder.', '', 'Sem zei: "Ik ben moe." Mama is altijd moe.', CITE_ALL].join('\n'));
    expect(await findings(text, 'bronvermelding')).toEqual([
      { ruleId: 'bronvermelding', line: L(3), column: 1, severity: 1 },
      { ruleId: 'bronvermelding', line: L(5), column: 24, severity: 1 },
    ]);
  });

  it('a table row is one unit: its Bron cell (text or citation) sources the row; an empty cell or "-" is reported once per row', async () => {
    const text = doc(
      [
        '## Feiten',
        '',
        '| Datum | Gebeurtenis | Bron |',
        '| --- | --- | --- |',
        '| 4 maart 2021 | Moeder en vader gaan uit elkaar na veel ruzie | gesprek moeder 3-2-2025 |', // L5: sourced by text
        '| 2022 | Sem verhuist met zijn moeder naar Zwolle | [@school-2025] |', // L6: sourced by a citation
        '| 2023 | Vader krijgt een nieuwe baan in de haven | - |', // L7: '-' is no source
        '| 2024 | Sem gaat naar een nieuwe school in Zwolle |  |', // L8: empty is no source
        CITE_ALL,
      ].join('\n'),
    );
    expect(await findings(text, 'bronvermelding')).toEqual([
      { ruleId: 'bronvermelding', line: L(7), column: 10, severity: 1 },
      { ruleId: 'bronvermelding', line: L(8), column: 10, severity: 1 },
    ]);
  });

  it('a citation in any cell of a row covers the other cells of that row', async () => {
    const text = doc(
      [
        '## Feiten',
        '',
        '| Wie | Wat |',
        '| --- | --- |',
        '| Moeder | Moeder werkt vier dagen per week in de thuiszorg [@school-2025] |',
        '| Vader | Vader werkt sinds kort weer in de bouw bij zijn broer |', // L6: no source
        '| Oma | Oma past twee dagen per week op de kinderen | [@school-2025] |', // L7: a cell with only a citation
        CITE_ALL,
      ].join('\n'),
    );
    expect(await findings(text, 'bronvermelding')).toEqual([{ ruleId: 'bronvermelding', line: L(6), column: 11, severity: 1 }]);
  });

  it('an attributing colon lead covers nested list items too; a lead that names no source covers nothing', async () => {
    const text = doc(
      [
        '## Feiten',
        '',
        'De mentor vertelt het volgende:',
        '',
        '- Sem komt vaak te laat op school.',
        '  - Hij mist dan het eerste uur.',
        '    - Dat gebeurt vooral op maandag.',
        '',
        'Over de thuissituatie:',
        '',
        '- Vader werkt veel in het weekend.', // L11
        '  - Hij is dan niet thuis.', // L12
        CITE_ALL,
      ].join('\n'),
    );
    expect(await findings(text, 'bronvermelding')).toEqual([
      { ruleId: 'bronvermelding', line: L(11), column: 3, severity: 1 },
      { ruleId: 'bronvermelding', line: L(12), column: 5, severity: 1 },
    ]);
  });

  it('a footnote reference in a list item or in the colon lead sources the items', async () => {
    const text = doc(
      [
        '## Feiten',
        '',
        'Uit het gesprek met de huisarts:[^2]',
        '',
        '- Noor eet weinig.',
        '- Noor slaapt onrustig.',
        '',
        '- Sem speelt graag met de buurjongen.[^2]',
        '',
        '[^2]: Gesprek met de huisarts op 3 maart 2025.',
        CITE_ALL,
      ].join('\n'),
    );
    expect(await findings(text, 'bronvermelding')).toEqual([]);
  });

  it('sees attributions in every word order: after the statement, between commas, with the recipient fronted, in the next sentence', async () => {
    const text = doc(
      [
        '## Feiten',
        '',
        'Sem fietst elke dag naar school, vertelt de mentor.',
        '',
        'Sem fietst, zegt de mentor, elke dag naar school.',
        '',
        'Sem fietst elke dag naar school; dat vertelde vader in het gesprek op 2 maart 2025.',
        '',
        'Tegen de mentor heeft Sem gezegd dat hij graag fietst.',
        '',
        'Voor Sem is het volgens de huisarts beter om te fietsen.',
        '',
        'De huisarts wijst erop dat Sem weinig beweegt.',
        '',
        'Sem fietst elke dag naar school. Dat vertelde vader op 2 maart 2025.',
        '',
        'Sem fietst elke dag naar school. Vader werkt in de haven.', // L17: the second sentence has no source
        CITE_ALL,
      ].join('\n'),
    );
    expect(await findings(text, 'bronvermelding')).toEqual([
      { ruleId: 'bronvermelding', line: L(17), column: 1, severity: 1 },
      { ruleId: 'bronvermelding', line: L(17), column: 34, severity: 1 },
    ]);
  });
});
