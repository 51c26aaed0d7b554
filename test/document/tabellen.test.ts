import { describe, expect, it } from 'vitest';
import { buildDocument, chronologyDate, decode, rowSource, tableRowOf } from '../../src/document/index.js';
import type { Document } from '../../src/document/index.js';
import { isDateCell } from '../../src/document/build.js';

function build(text: string): Document {
  const d = decode(new TextEncoder().encode(text));
  if (!d.ok) throw new Error(d.message);
  return buildDocument('x.md', d);
}

const HEAD = '---\ntype: gezinsplan\ndatum: 2025-03-14\n---\n## Feiten\n\n';

describe('tables as units (documentformaat §3)', () => {
  const doc = build(
    HEAD +
      [
        '| Datum | Gebeurtenis | Bron |',
        '| --- | --- | --- |',
        '| 4 maart 2021 | Ouders gaan uit elkaar | gesprek moeder 3-2-2025 |',
        '| 2022 | Sem verhuist naar oma | - |',
        '| 10-05-2023 | Melding bij de politie | [@pol-2023] |',
        '| juni 2023 | Sem start op een nieuwe school |  |',
      ].join('\n') +
      '\n',
  );

  it('knows the columns, the source column and that a first column of dates makes a chronology', () => {
    expect(doc.tables.length).toBe(1);
    const t = doc.tables[0]!;
    expect([t.columns, t.sourceColumn, t.chronology, t.rows.length]).toEqual([['Datum', 'Gebeurtenis', 'Bron'], 2, true, 5]);
  });

  it('gives each row the text of its Bron cell as its source; an empty cell or "-" is no source, a citation is', () => {
    expect(doc.tables[0]!.rows.map((r) => r.source ?? null)).toEqual([null, 'gesprek moeder 3-2-2025', null, '[@pol-2023]', null]);
  });

  it('links every cell sentence to its row: the event cell carries the row source and the row date', () => {
    const event = (text: string) => doc.sentences.find((s) => s.text === text)!;
    expect(tableRowOf(doc, event('Ouders gaan uit elkaar'))!.row.index).toBe(1);
    expect([rowSource(doc, event('Ouders gaan uit elkaar')), chronologyDate(doc, event('Ouders gaan uit elkaar'))]).toEqual(['gesprek moeder 3-2-2025', '4 maart 2021']);
    expect([rowSource(doc, event('Sem verhuist naar oma')), chronologyDate(doc, event('Sem verhuist naar oma'))]).toEqual([undefined, '2022']);
    expect(event('Sem start op een nieuwe school').table).toEqual({ table: 0, row: 4, column: 1 });
  });

  it('a source column may be headed Bron, Bronnen, Bronvermelding or "Bron (datum)", not "Bronzen medaille"', () => {
    const col = (h: string) => build(HEAD + `| Wat | ${h} |\n| --- | --- |\n| Sem zwemt | gesprek moeder |\n`).tables[0]!.sourceColumn;
    expect(['Bron', 'bronnen', 'Bronvermelding', 'Bron (datum)', '**Bron**', 'Bronzen medaille'].map(col)).toEqual([1, 1, 1, 1, 1, undefined]);
  });

  it('a table whose first column holds names is no chronology', () => {
    const d = build(HEAD + '| Wie | Wat |\n| --- | --- |\n| Moeder | Werkt vier dagen |\n| Vader | Werkt in 2024 in de bouw |\n');
    expect([d.tables[0]!.chronology, d.tables[0]!.sourceColumn, chronologyDate(d, d.sentences.find((s) => s.text === 'Werkt vier dagen')!)]).toEqual([false, undefined, undefined]);
  });

  it('under a first column headed "Datum" most rows must hold a date; elsewhere every row', () => {
    const rows = '| 2019 | Sem wordt geboren |\n| onbekend | Vader vertrekt |\n| 2022 | Sem verhuist |\n';
    expect(build(HEAD + '| Datum | Wat |\n| --- | --- |\n' + rows).tables[0]!.chronology).toBe(true);
    expect(build(HEAD + '| Wie | Wat |\n| --- | --- |\n' + rows).tables[0]!.chronology).toBe(false);
    expect(build(HEAD + '| Datum | Wat |\n| --- | --- |\n| onbekend | Vader vertrekt |\n| later | Sem verhuist |\n| 2022 | Sem verhuist |\n').tables[0]!.chronology).toBe(false);
  });

  it('reads dates and periods in a date cell, and nothing else', () => {
    expect(['12-03-2021', '2021-03-12', 'maart 2021', '3 mrt. 2021', '2019', '2019-2021', 'begin 2020', '03/2021', 'sept 2020 - heden'].map(isDateCell)).toEqual(Array(9).fill(true));
    expect(['Moeder', 'vanaf 1 juli 2024', 'elke vrijdag', 'na de zomer', ''].map(isDateCell)).toEqual([false, false, false, false, false]);
  });
});
