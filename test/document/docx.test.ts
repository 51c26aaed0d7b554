/**
 * Word documents: the converter (src/document/docx) and the linter reading
 * .docx like Markdown. The documents are made here with the `docx` library,
 * the way Word stores them (heading styles, numbering, footnotes, tables).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { zipSync, strToU8 } from 'fflate';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/index.js';
import { buildDocument, convertDocx } from '../../src/document/index.js';
import { createLinter } from '../../src/engine/index.js';
import { tempDir } from '../tmp.js';

const p = (text: string) => new Paragraph({ children: [new TextRun(text)] });
const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ text, heading: level });
const table = (rows: string[][]) => new Table({ rows: rows.map((r) => new TableRow({ children: r.map((c) => new TableCell({ children: [p(c)] })) })) });

async function word(children: (Paragraph | Table)[], extra: Partial<ConstructorParameters<typeof Document>[0]> = {}): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }], ...extra })));
}

const DATA = table([
  ['Type', 'gezinsplan'],
  ['Datum', '2025-03-14'],
  ['Kinderen', 'Sem (2014-06-02), Noor (2016-01-05)'],
  ['Betrokkenen', 'Lisa de Vries (moeder, gezag), Tom (vader)'],
]);

function converted(bytes: Uint8Array, sidecar?: { name: string; text: string }) {
  const r = convertDocx(bytes, sidecar ? { sidecar } : {});
  if (!r.ok) throw new Error(r.message);
  return r;
}

describe('Word document → toets Markdown', { timeout: 0 }, () => {
  it('turns heading styles into sections: Heading 2 is a section when Heading 1 is the title', async () => {
    const r = converted(await word([heading('Gezinsplan Sem', HeadingLevel.HEADING_1), DATA, heading('Feiten', HeadingLevel.HEADING_2), p('Sem gaat naar school.'), heading('Thuis', HeadingLevel.HEADING_3), p('Hij woont bij moeder.'), heading('Analyse', HeadingLevel.HEADING_2)]));
    expect(r.markdown).toContain('# Gezinsplan Sem\n\n## Feiten\n\nSem gaat naar school.\n\n### Thuis\n\nHij woont bij moeder.\n\n## Analyse\n');
    const doc = buildDocument('plan.docx', { text: r.markdown, encoding: { name: 'utf-8', bom: false, lineEnding: '\n' } });
    expect(doc.sections.map((s) => [s.heading, s.kind])).toEqual([
      ['Feiten', 'feiten'],
      ['Analyse', 'analyse'],
    ]);
  });

  it('makes repeated Heading 1 the sections when a document uses no Heading 2', async () => {
    const r = converted(await word([DATA, heading('Feiten', HeadingLevel.HEADING_1), p('Een zin.'), heading("Zorgen", HeadingLevel.HEADING_1)]));
    expect(r.markdown).toContain('## Feiten\n');
    expect(r.markdown).toContain('## Zorgen\n');
  });

  it('reads the key/value table at the start as frontmatter, with children and people as lists', async () => {
    const r = converted(await word([DATA, heading('Feiten', HeadingLevel.HEADING_2), p('Tekst.')]));
    expect(r.frontmatterFrom).toBe('tabel');
    expect(r.markdown.split('---')[1]).toBe(
      '\ntype: gezinsplan\ndatum: 2025-03-14\nkinderen:\n  - naam: Sem\n    geboortedatum: 2014-06-02\n  - naam: Noor\n    geboortedatum: 2016-01-05\nbetrokkenen:\n  - naam: Lisa de Vries\n    rol: moeder\n    gezag: true\n  - naam: Tom\n    rol: vader\n',
    );
    // The data table is not text of the document.
    expect(r.markdown).not.toContain('| Type');
  });

  it('reads children given one per line in the cell of the data table', async () => {
    const cell = new TableCell({ children: [p('Sem (2014-06-02)'), p('Noor (2016-01-05)')] });
    const data = new Table({ rows: [new TableRow({ children: [new TableCell({ children: [p('Type')] }), new TableCell({ children: [p('raadsrapport')] })] }), new TableRow({ children: [new TableCell({ children: [p('Kinderen')] }), cell] })] });
    const r = converted(await word([data, p('Tekst.')]));
    expect(r.markdown).toContain('kinderen:\n  - naam: Sem\n    geboortedatum: 2014-06-02\n  - naam: Noor\n    geboortedatum: 2016-01-05\n');
  });

  it('does not take a short chronology at the start for the data table', async () => {
    const r = converted(await word([table([['Datum', 'Gebeurtenis'], ['2025-01-02', 'Sem verhuist naar oma.']]), p('Tekst.')]));
    expect(r.frontmatterFrom).toBe(null);
    expect(r.markdown).toContain('| Datum | Gebeurtenis |');
  });

  it('takes the sources from a table with the columns Id and Soort, wherever it stands', async () => {
    const r = converted(await word([DATA, heading('Bronnen', HeadingLevel.HEADING_2), table([['Id', 'Soort', 'Van', 'Datum'], ['vt-2024', 'Rapport', 'Veilig Thuis', '2024-11-02']])]));
    expect(r.markdown).toContain('bronnen:\n  - id: vt-2024\n    soort: rapport\n    van: Veilig Thuis\n    datum: 2024-11-02\n---');
  });

  it('prefers NAME.yaml over the table, and the table over the custom properties', async () => {
    const bytes = await word([DATA, p('Tekst.')], { customProperties: [{ name: 'Type', value: 'raadsrapport' }, { name: 'Datum', value: '2020-01-01' }] });
    expect(converted(bytes, { name: 'plan.yaml', text: 'type: raadsrapport\ndatum: 2024-01-01\n' }).markdown.startsWith('---\ntype: raadsrapport\ndatum: 2024-01-01\n---\n')).toBe(true);
    expect(converted(bytes).markdown.startsWith('---\ntype: gezinsplan\n')).toBe(true);
    const onlyProps = converted(await word([p('Tekst.')], { customProperties: [{ name: 'Type', value: 'raadsrapport' }, { name: 'Datum', value: '2020-01-01' }] }));
    expect(onlyProps.frontmatterFrom).toBe('eigenschappen');
    expect(onlyProps.markdown.startsWith('---\ntype: raadsrapport\ndatum: 2020-01-01\n---\n')).toBe(true);
  });

  it('keeps lists with their nesting, tables as tables and footnotes as footnotes', async () => {
    const r = converted(
      await word(
        [
          DATA,
          heading('Zorgen', HeadingLevel.HEADING_2),
          new Paragraph({ text: 'Eerste zorg.', bullet: { level: 0 } }),
          new Paragraph({ text: 'Toelichting.', bullet: { level: 1 } }),
          new Paragraph({ text: 'Tweede zorg.', bullet: { level: 0 } }),
          new Paragraph({ children: [new TextRun('Moeder vertelt dat het beter gaat.'), new FootnoteReferenceRun(1)] }),
          table([['Datum', 'Gebeurtenis | met streep', 'Bron'], ['2025-01-02', 'Sem *verhuist*', '[@vt-2024]']]),
        ],
        { footnotes: { 1: { children: [p('Gesprek met moeder, 3 maart 2025.')] } } },
      ),
    );
    expect(r.markdown).toContain('- Eerste zorg.\n  - Toelichting.\n- Tweede zorg.\n');
    expect(r.markdown).toContain('Moeder vertelt dat het beter gaat.[^1]\n');
    expect(r.markdown).toContain('| Datum | Gebeurtenis \\| met streep | Bron |\n| --- | --- | --- |\n| 2025-01-02 | Sem \\*verhuist\\* | [@vt-2024] |\n');
    expect(r.markdown).toContain('[^1]: Gesprek met moeder, 3 maart 2025.\n');
    const doc = buildDocument('plan.docx', { text: r.markdown, encoding: { name: 'utf-8', bom: false, lineEnding: '\n' } });
    expect(doc.footnoteDefinitions.map((f) => f.text)).toEqual(['Gesprek met moeder, 3 maart 2025.']);
    expect(doc.sentences.find((s) => s.text.startsWith('Moeder vertelt'))?.footnoteRefs.map((f) => f.label)).toEqual(['1']);
    expect(doc.citations.map((c) => c.id)).toEqual(['vt-2024']);
    expect(doc.blocks.filter((b) => b.kind === 'listItem').map((b) => b.listDepth)).toEqual([0, 1, 0]);
  });

  it('does not let text typed in Word turn into Markdown syntax', async () => {
    const r = converted(await word([DATA, heading('Feiten', HeadingLevel.HEADING_2), p('# geen kop'), p('1. geen lijst'), p('- ook geen lijst'), p('    geen code <b>html</b>')]));
    expect(r.markdown).toContain('\\# geen kop\n\n1\\. geen lijst\n\n\\- ook geen lijst\n\ngeen code \\<b>html\\</b>\n');
  });

  it('reads a sources table alone as frontmatter, and points at it for the data as a whole', async () => {
    const r = converted(await word([heading('Bronnen', HeadingLevel.HEADING_2), table([['Id', 'Soort'], ['vt-2024', 'rapport']])]));
    expect(r.markdown.startsWith('---\nbronnen:\n  - id: vt-2024\n    soort: rapport\n---\n')).toBe(true);
    expect(r.places[0]?.description).toBe('de gegevens van het document (de brontabel)');
  });

  it('maps every line back to a place a Word user can find', async () => {
    const r = converted(await word([DATA, heading('Feiten', HeadingLevel.HEADING_2), p('Eerste.'), p('Tweede.'), table([['a', 'b'], ['c', 'd']])]));
    const lines = r.markdown.split('\n');
    const placeOf = (text: string) => r.places[lines.indexOf(text)]?.description;
    expect(placeOf('Tweede.')).toBe('onder kop "Feiten", alinea 2');
    expect(placeOf('| c | d |')).toBe('onder kop "Feiten", tabel 1, rij 2');
    expect(placeOf('datum: 2025-03-14')).toBe('gegevenstabel bovenaan, rij 2 (Datum)');
  });
});

describe('unreadable Word files', { timeout: 0 }, () => {
  const cases: Array<[string, Uint8Array, RegExp]> = [
    ['a broken zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9]), /beschadigd/],
    ['a zip that is no Word document', zipSync({ 'notities.txt': strToU8('hallo') }), /geen Word-document/],
    ['a text file named .docx', strToU8('Dit is tekst.'), /geen Word-document/],
    ['a password-protected document', encrypted(), /wachtwoord/],
    ['an old .doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)]), /oud Word-bestand/],
    ['a document whose XML is broken', zipSync({ 'word/document.xml': strToU8('<w:document><w:body><w:p>') }), /geen geldige XML/],
  ];
  for (const [what, bytes, message] of cases) {
    it(`reports ${what} in Dutch as a fatal result of that file`, async () => {
      const linter = await createLinter(defaultConfig(process.cwd()));
      const { result } = linter.lintBytes(bytes, 'plan.docx');
      expect(result.fatal?.message).toMatch(message);
      expect(result.messages).toHaveLength(1);
      expect(result.messages[0]!.ruleId).toBe('toets');
    });
  }
});

describe('damaged Word files', { timeout: 0 }, () => {
  it('never throw: a changed byte anywhere gives a document or a Dutch message', async () => {
    const linter = await createLinter(defaultConfig(process.cwd()));
    const good = new Uint8Array(readFileSync(new URL('../../fixtures/voorbeelden/gezinsplan-word.docx', import.meta.url)));
    fc.assert(
      fc.property(fc.array(fc.record({ at: fc.nat({ max: good.length - 1 }), byte: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 8 }), fc.nat({ max: good.length }), (changes, cut) => {
        const bytes = good.slice(0, Math.max(4, cut));
        for (const c of changes) if (c.at < bytes.length) bytes[c.at] = c.byte;
        const { result } = linter.lintBytes(bytes, 'kapot.docx');
        if (result.fatal) expect(result.fatal.message).toMatch(/Word|docx/);
        else expect(result.messages.every((m) => typeof m.message === 'string')).toBe(true);
      }),
      { numRuns: 60, seed: 15 },
    );
  });
});

/** The start of a compound file as Word writes a password-protected .docx: the stream names in UTF-16. */
function encrypted(): Uint8Array {
  const name = Array.from('EncryptionInfo').flatMap((ch) => [ch.charCodeAt(0), 0]);
  return new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(500).fill(0), ...name, 0, 0]);
}

describe('linting a Word document', { timeout: 0 }, () => {
  it('runs every rule on it and gives each finding its place in Word and its sentence', async () => {
    const bytes = await word([DATA, heading('Feiten', HeadingLevel.HEADING_2), p('Sem gaat graag naar school, vertelt de mentor.'), p('Moeder is een chaotische vrouw.')]);
    const linter = await createLinter(defaultConfig(process.cwd()));
    const { result } = linter.lintBytes(bytes, 'plan.docx');
    const fm = result.messages.find((m) => m.ruleId === 'feit-mening');
    expect(fm?.place).toMatchObject({ description: 'onder kop "Feiten", alinea 2', heading: 'Feiten', paragraph: 2 });
    expect(fm?.sentence?.text).toBe('Moeder is een chaotische vrouw.');
    expect(fm?.sentence?.text.slice(fm.sentence.start, fm.sentence.end)).toContain('chaotische');
  });

  it('reads NAME.yaml next to NAME.docx as its frontmatter, and points frontmatter findings at that file', async () => {
    const dir = tempDir('toets-docx-');
    writeFileSync(join(dir, 'plan.docx'), await word([heading('Feiten', HeadingLevel.HEADING_2), p('Sem gaat graag naar school, vertelt de mentor.')]));
    writeFileSync(join(dir, 'plan.yaml'), 'type: gezinsplan\ndatum: 14 maart 2025\n');
    const linter = await createLinter(defaultConfig(dir));
    const { result } = await linter.lintFile(join(dir, 'plan.docx'), 'plan.docx');
    const datum = result.messages.find((m) => m.ruleId === 'frontmatter' && m.message.includes("'datum'"));
    expect(datum?.place?.description).toBe('plan.yaml, regel 2');
  });

  it('says how to add the data when a Word document has none', async () => {
    const linter = await createLinter(defaultConfig(process.cwd()));
    const { result } = linter.lintBytes(await word([p('Alleen tekst.')]), 'plan.docx');
    expect(result.messages.some((m) => m.ruleId === 'frontmatter' && m.message.includes('Zet bovenaan een tabel met twee kolommen'))).toBe(true);
  });
});
