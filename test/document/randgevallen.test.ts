/**
 * The document model on a realistic fixture and on edge cases: exact positions through
 * markup, encodings without BOM, control comments, frontmatter corner cases and hostile input.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocument, decode } from '../../src/document/index.js';
import type { BuildOptions, Document, Span } from '../../src/document/index.js';
import { MAX_EMPHASIS_MARKERS, MAX_NESTING, MAX_PIECE } from '../../src/document/markdown.js';

const FM = '---\ntype: gezinsplan\ndatum: 2025-03-14\n---\n';

function fromBytes(bytes: Uint8Array, options?: BuildOptions): Document {
  const d = decode(bytes);
  if (!d.ok) throw new Error(d.message);
  return buildDocument('x.md', d, options);
}
const build = (text: string, options?: BuildOptions) => fromBytes(new TextEncoder().encode(text), options);
const at = (s: Span) => `${s.start.line}:${s.start.column}-${s.end.line}:${s.end.column}`;

function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const head = bom ? 2 : 0;
  const out = new Uint8Array(head + text.length * 2);
  if (bom) out.set(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[head + 2 * i + (order === 'le' ? 0 : 1)] = c & 0xff;
    out[head + 2 * i + (order === 'le' ? 1 : 0)] = c >> 8;
  }
  return out;
}

describe('fixture raadsrapport-posities.md', () => {
  const bytes = readFileSync(join(__dirname, 'fixtures/raadsrapport-posities.md'));
  const doc = fromBytes(bytes);

  it('reads the frontmatter with item and key spans', () => {
    expect(doc.type).toBe('raadsrapport');
    expect(doc.frontmatter!.problems).toEqual([]);
    expect(doc.parseProblems).toEqual([]);
    expect(doc.frontmatter!.kinderen.map((k) => [k.naam, k.birthDate?.toISOString().slice(0, 10), at(k.span)])).toEqual([['Noor', '2016-09-12', '7:5-8:30']]);
    expect(doc.frontmatter!.betrokkenen.map((p) => [p.naam, p.rol, at(p.span)])).toEqual([['Ilse', 'moeder', '10:5-11:16']]);
    expect(doc.frontmatter!.bronnen.map((b) => [b.id, b.soort, at(b.span)])).toEqual([
      ['school-2025', 'verslag', '13:5-16:22'],
      ['gesprek-moeder', 'gesprek', '17:5-20:22'],
    ]);
    expect(at(doc.frontmatter!.keySpans.datum!)).toBe('4:8-4:18');
    expect(at(doc.frontmatter!.keySpans.versie!)).toBe('5:9-5:10');
  });

  it('divides sections by level-2 headings; deeper headings stay in their section', () => {
    expect(doc.sections.map((s) => [s.heading, s.kind, at(s.headingSpan), at(s.span)])).toEqual([
      ['1. Vraagstelling', 'aanleiding', '26:1-26:20', '26:1-30:1'],
      ['2. Informatie van informanten', 'feiten', '30:1-30:33', '30:1-47:1'],
      ['III. Conclusie en advies.', 'analyse', '47:1-47:29', '47:1-54:1'],
    ]);
    const sub = doc.sentences.find((s) => s.text === '2.1 Overige informatie')!;
    expect([sub.sectionIndex, sub.sectionKind, sub.blockKind]).toEqual([1, 'feiten', 'heading']);
  });

  it('gives every sentence its exact span through bold, links, citations and footnotes', () => {
    expect(doc.sentences.map((s) => [s.text, s.sectionIndex, s.blockKind, s.indexInBlock, at(s.span)])).toEqual([
      ['Raadsrapport familie K.', -1, 'heading', 0, '22:3-22:26'],
      ['Dit rapport is geschreven i.v.m. het verzoek van de rechtbank.', -1, 'paragraph', 0, '24:1-24:63'],
      ['1. Vraagstelling', 0, 'heading', 0, '26:4-26:20'],
      ['Is een ondertoezichtstelling nodig?', 0, 'paragraph', 0, '28:1-28:36'],
      ['2. Informatie van informanten', 1, 'heading', 0, '30:4-30:33'],
      ['Volgens de intern begeleider komt Noor sinds januari vaak te laat.', 1, 'paragraph', 0, '32:1-32:139'],
      ['Ze mist gem. één ochtend per week.', 1, 'paragraph', 1, '32:140-32:174'],
      ['Moeder vertelt het volgende:', 1, 'paragraph', 0, '34:1-34:29'],
      ['Noor slaapt slecht (bron: gesprek op 2 juni 2025).', 1, 'listItem', 0, '36:3-36:53'],
      ['Ze wil niet naar school.', 1, 'listItem', 0, '37:3-37:27'],
      ['Ze is bang voor de gymles.', 1, 'listItem', 0, '38:5-38:31'],
      ['Ik weet niet meer wat ik moet doen.', 1, 'blockquote', 0, '40:3-40:38'],
      ['2.1 Overige informatie', 1, 'heading', 0, '42:5-42:27'],
      ['De buurvrouw vindt moeder erg betrokken.', 1, 'paragraph', 0, '45:1-45:43'],
      ['III. Conclusie en advies.', 2, 'heading', 0, '47:4-47:29'],
      ['Punt', 2, 'tableCell', 0, '49:3-49:7'],
      ['Advies', 2, 'tableCell', 0, '49:10-49:16'],
      ['Zorg', 2, 'tableCell', 0, '51:3-51:7'],
      ['Hulp via [@x] regelen', 2, 'tableCell', 0, '51:10-51:33'],
    ]);
    const s = doc.sentences[5]!;
    // "intern begeleider" is bold, "januari" is link text: both map to their own source columns.
    const i = s.text.indexOf('intern begeleider');
    expect(doc.slice(s.spanOf(i, i + 'intern begeleider'.length))).toBe('intern begeleider');
    expect(at(s.spanOf(i, i + 17))).toBe('32:14-32:31');
    const j = s.text.indexOf('januari');
    expect(at(s.spanOf(j, j + 7))).toBe('32:51-32:58');
    expect(s.sourceOffset(j)).toBe(doc.lineStarts[31]! + 50);
    expect(doc.pointAt(s.sourceOffset(j))).toEqual({ line: 32, column: 51, offset: doc.lineStarts[31]! + 50 });
    const e = doc.sentences[13]!;
    expect(doc.slice(e.spanOf(e.text.indexOf('erg'), e.text.indexOf('erg') + 3))).toBe('erg');
  });

  it('attaches citations, footnote references and source notes to their sentence', () => {
    const by = (k: number) => doc.sentences[k]!;
    expect(by(5).citations.map((c) => [c.id, at(c.span), at(c.groupSpan)])).toEqual([
      ['school-2025', '32:108-32:120', '32:107-32:138'],
      ['gesprek-moeder', '32:122-32:137', '32:107-32:138'],
    ]);
    expect(by(6).footnoteRefs.map((f) => [f.label, at(f.span)])).toEqual([['1', '32:174-32:178']]);
    // "… naar school. [@gesprek-moeder]": the citation after the period belongs to the sentence before it.
    expect(by(9).citations.map((c) => [c.id, at(c.span)])).toEqual([['gesprek-moeder', '37:29-37:44']]);
    expect(by(8).sourceNotes.map((n) => [n.text, at(n.span)])).toEqual([['(bron: gesprek op 2 juni 2025)', '36:22-36:52']]);
    // `[@x]` in a code span is an example, not a citation.
    expect(doc.citations.map((c) => c.id)).toEqual(['school-2025', 'gesprek-moeder', 'gesprek-moeder', 'school-2025']);
    expect(doc.footnoteDefinitions.map((f) => [f.label, f.text, at(f.span)])).toEqual([['1', 'Verzuimoverzicht van de school [@school-2025].', '53:1-53:53']]);
  });

  it('links list items to the colon lead, knows nesting and quotes', () => {
    expect(doc.sentences[7]!.endsWithColon).toBe(true);
    const items = doc.blocks.filter((b) => b.kind === 'listItem').map((b) => [b.listDepth, b.leadBlockIndex]);
    expect(items).toEqual([
      [0, 6],
      [0, 6],
      [1, 8],
    ]);
    expect(doc.blocks[6]!.sentenceIndexes).toEqual([7]);
    expect(doc.sentences.filter((s) => s.inQuote).map((s) => s.index)).toEqual([11]);
  });

  it('reads the control comment with its reason', () => {
    expect(doc.controls.map((c) => [c.kind, c.rules, c.reason, at(c.span)])).toEqual([['disable-next-line', ['feit-mening'], 'letterlijke weergave', '44:1-44:69']]);
  });

  it('gives the same Document for UTF-8 BOM + CRLF and UTF-16 LE/BE without BOM', () => {
    const text = bytes.toString('utf8');
    const shape = (d: Document) => ({
      sentences: d.sentences.map((s) => [s.text, at(s.span)]),
      citations: d.citations.map((c) => at(c.span)),
      sections: d.sections.map((s) => at(s.span)),
      fm: d.frontmatter!.bronnen.map((b) => at(b.span)),
      controls: d.controls.map((c) => at(c.span)),
      lineStarts: d.lineStarts,
    });
    const base = shape(doc);
    const crlf = fromBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text.replace(/\n/g, '\r\n'))]));
    expect(crlf.encoding).toEqual({ name: 'utf-8', bom: true, lineEnding: '\r\n' });
    expect(shape(crlf)).toEqual(base);
    for (const order of ['le', 'be'] as const) {
      const d = fromBytes(utf16(text, order, false));
      expect(d.encoding).toEqual({ name: `utf-16${order}`, bom: false, lineEnding: '\n' });
      expect(shape(d)).toEqual(base);
    }
  });
});

describe('decoding line endings', () => {
  it('normalises lone CR and records the first line ending', () => {
    expect(decode(new TextEncoder().encode('a\rb\rc'))).toEqual({ ok: true, text: 'a\nb\nc', encoding: { name: 'utf-8', bom: false, lineEnding: '\r' } });
    expect(decode(new TextEncoder().encode('a\nb\r\nc'))).toEqual({ ok: true, text: 'a\nb\nc', encoding: { name: 'utf-8', bom: false, lineEnding: '\n' } });
    expect(decode(new TextEncoder().encode('a\r\nb\nc'))).toEqual({ ok: true, text: 'a\nb\nc', encoding: { name: 'utf-8', bom: false, lineEnding: '\r\n' } });
  });

  it('rejects NUL bytes in a file that is not UTF-16', () => {
    expect(decode(new Uint8Array([0x61, 0x62, 0x00, 0x63, 0x64, 0x65, 0x66, 0x67]))).toMatchObject({ ok: false, code: 'binary' });
  });
});

describe('sentences', () => {
  const texts = (body: string) => build(FM + body).sentences.map((s) => s.text);

  it('does not split after Dutch abbreviations', () => {
    expect(
      texts(
        'Sem is o.a. moe. Hij heeft bijv. hoofdpijn. Het gesprek d.d. 3 maart 2025 ging goed. Dhr. Jansen belde. Mevr. De Vries kwam. ' +
          'Het gaat m.b.t. school goed. Er is i.v.m. ziekte verzuim. Hij was ca. 3 weken weg. Zie nr. 5 van het dossier. Op 3 maart jl. belde de school.\n',
      ),
    ).toEqual([
      'Sem is o.a. moe.',
      'Hij heeft bijv. hoofdpijn.',
      'Het gesprek d.d. 3 maart 2025 ging goed.',
      'Dhr. Jansen belde.',
      'Mevr. De Vries kwam.',
      'Het gaat m.b.t. school goed.',
      'Er is i.v.m. ziekte verzuim.',
      'Hij was ca. 3 weken weg.',
      'Zie nr. 5 van het dossier.',
      'Op 3 maart jl. belde de school.',
    ]);
  });

  it('splits after an ordinary word that parse-dutch may take for an abbreviation', () => {
    expect(texts('Noor loopt een achterstand op. De hulp start in mei.\n')).toEqual(['Noor loopt een achterstand op.', 'De hulp start in mei.']);
  });

  it('gives a citation after the final period to the sentence before it, also mid-paragraph', () => {
    const d = build(FM + 'Sem slaapt slecht. [@a] Hij droomt veel.[@b; @c]\n');
    expect(d.sentences.map((s) => [s.text, s.citations.map((c) => c.id)])).toEqual([
      ['Sem slaapt slecht.', ['a']],
      ['Hij droomt veel.', ['b', 'c']],
    ]);
  });

  it('records footnote references without a definition and removes them from the text', () => {
    const d = build(FM + 'Sem is moe.[^x] Hij slaapt.\n');
    expect(d.sentences.map((s) => [s.text, s.footnoteRefs.map((f) => [f.label, at(f.span)])])).toEqual([
      ['Sem is moe.', [['x', '5:12-5:16']]],
      ['Hij slaapt.', []],
    ]);
    expect(d.footnoteDefinitions).toEqual([]);
  });
});

describe('colon leads', () => {
  it('gives quoted lines after a colon lead that lead; a heading in between breaks the link', () => {
    const d = build(FM + 'Moeder zegt:\n\n> Ik doe mijn best.\n> Echt waar.\n\n## Feiten\n\n- los punt\n');
    const quote = d.blocks.find((b) => b.kind === 'blockquote')!;
    expect([quote.leadBlockIndex, d.sentences[d.blocks[quote.leadBlockIndex!]!.sentenceIndexes[0]!]!.endsWithColon]).toEqual([0, true]);
    expect(quote.sentenceIndexes.map((i) => d.sentences[i]!.text)).toEqual(['Ik doe mijn best.', 'Echt waar.']);
    expect(d.blocks.find((b) => b.kind === 'listItem')!.leadBlockIndex).toBeUndefined();
  });
});

describe('control comments', () => {
  it('ignores a control comment inside a code block', () => {
    expect(build(FM + '```\n<!-- toets-disable -->\n```\n').controls).toEqual([]);
  });


  it('reads block and inline comments, rule lists with commas or spaces, and reports malformed ones', () => {
    const d = build(
      FM +
        'Tekst <!-- toets-disable-next-line feit-mening --> hier.\n\n' +
        '<!-- toets-disable a b,c -- uit het dossier overgenomen -->\n\n' +
        '<!-- toets-enable -->\n\n' +
        '<!-- toets-disable-next-lin x -->\n\n' +
        '<!-- toets-disabel feit-mening -->\n\n' +
        '<!-- gewone opmerking -->\n',
    );
    expect(d.controls.map((c) => [c.kind, c.rules, c.reason, at(c.span)])).toEqual([
      ['disable-next-line', ['feit-mening'], undefined, '5:7-5:51'],
      ['disable', ['a', 'b', 'c'], 'uit het dossier overgenomen', '7:1-7:60'],
      ['enable', [], undefined, '9:1-9:22'],
    ]);
    expect(d.parseProblems.map((p) => [p.code, at(p.span)])).toEqual([
      ['control-comment', '11:1-11:34'],
      ['control-comment', '13:1-13:35'],
    ]);
  });
});

describe('frontmatter corner cases', () => {
  const problems = (fm: string) => build(`---\n${fm}---\n# x\n`).frontmatter!.problems.map((p) => [p.code, p.key, at(p.span)]);

  it("accepts YAML's '...' closing fence and never reads the YAML as text", () => {
    const d = build('---\ntype: gezinsplan\ndatum: 2025-03-14\n...\n\n## Feiten\n\nSem is moe.\n');
    expect(d.frontmatter!.problems).toEqual([]);
    expect(d.type).toBe('gezinsplan');
    expect(d.sentences.map((s) => [s.text, s.span.start.line])).toEqual([
      ['Feiten', 6],
      ['Sem is moe.', 8],
    ]);
  });

  it('accepts a YAML timestamp as datum and rejects a non-date', () => {
    const d = build('---\ntype: gezinsplan\ndatum: !!timestamp 2025-03-14\n---\n');
    expect(d.frontmatter!.problems).toEqual([]);
    expect([d.frontmatter!.datum, d.frontmatter!.date?.toISOString()]).toEqual(['2025-03-14', '2025-03-14T00:00:00.000Z']);
    expect(problems('type: gezinsplan\ndatum: 2025-02-30\n')).toEqual([['wrong-type', 'datum', '3:8-3:18']]);
  });

  it('names the key of a wrong type at its value', () => {
    const d = build('---\ntype: gezinsplan\ndatum: 2025-03-14\nversie: [1]\n---\n');
    expect(d.frontmatter!.problems.map((p) => [p.code, p.key, p.message, at(p.span)])).toEqual([
      ['wrong-type', 'versie', "'versie' moet een geheel getal of tekst zijn, niet [1].", '4:9-4:12'],
    ]);
  });

  it('places a YAML error at the end of the input on the last written character', () => {
    expect(problems('type: [gezinsplan\n')).toEqual([['yaml-syntax', undefined, '2:17-2:18']]);
  });

  it('reports an unknown rol and a bron without id at the item', () => {
    expect(problems('type: gezinsplan\ndatum: 2025-03-14\nbetrokkenen:\n  - naam: Piet\n    rol: buurman\nbronnen:\n  - van: school\n')).toEqual([
      ['unknown-value', 'betrokkenen[0].rol', '6:10-6:17'],
      ['missing-field', 'bronnen[0].id', '8:5-8:6'],
    ]);
  });
});

describe('sections', () => {
  it("maps numbering, diacritics and punctuation; config aliases per type and for '*'", () => {
    const options: BuildOptions = { sectionAliases: { '*': { krachten: ['Wat lukt'] }, raadsrapport: { doelen: ['Wensen'] }, gezinsplan: { zorgen: ['Wat ons zorgen baart'] } } };
    const d = build(FM + '## III. Zienswijze óuders\n\n## 3.1 Zórgen!\n\n## b) Wat lukt\n\n## Wensen\n\n## 4. Wat ons zorgen baart:\n', options);
    expect(d.sections.map((s) => [s.normalizedHeading, s.kind])).toEqual([
      ['zienswijze ouders', 'zienswijze'],
      ['zorgen', 'zorgen'],
      ['wat lukt', 'krachten'],
      ['wensen', 'overig'],
      ['wat ons zorgen baart', 'zorgen'],
    ]);
  });
});

describe('hostile input', () => {
  it('a 400,000-letter word is one sentence (its speed is measured by npm run bench)', () => {
    const d = build(FM + 'a'.repeat(400_000) + '.\n');
    expect(d.sentences.map((s) => [s.text.length, at(s.span)])).toEqual([[400_001, '5:1-5:400002']]);
  });

  it('text that overflows parse-dutch ("a.a.a.…") is still read, in pieces', () => {
    const d = build(FM + 'a.'.repeat(20_000) + ' Einde.\n');
    expect(d.parseProblems).toEqual([]);
    expect(d.sentences.map((s) => s.text).join('').replace(/\s/g, '')).toBe('a.'.repeat(20_000) + 'Einde.');
    expect(d.sentences[0]!.span.start).toEqual({ line: 5, column: 1, offset: FM.length });
  }, 30_000);

  it('a list nested deeper than remark can parse becomes plain text with a problem; the rest is read normally', () => {
    const d = build(FM + '- '.repeat(3000) + 'lijst\n\n## Feiten\n\nNa de lijst.\n');
    expect(d.parseProblems.map((p) => [p.code, p.span.start.line])).toEqual([['markdown', 5]]);
    expect(d.sections.map((s) => [s.kind, s.headingSpan.start.line])).toEqual([['feiten', 7]]);
    expect(d.sentences.at(-1)!.text).toBe('Na de lijst.');
    expect(d.sentences.at(-1)!.span.start.line).toBe(9);
  }, 60_000);

  it('quotes nested deeper than 200 levels are reported once, not analysed', () => {
    const d = build(FM + '> '.repeat(400) + 'diep\n\nNa.\n');
    expect(d.parseProblems.map((p) => p.code)).toEqual(['markdown']);
    expect(d.sentences.map((s) => s.text)).toEqual(['Na.']);
  }, 60_000);
});

describe('inputs that would make the Markdown parser crawl', () => {
  it('a paragraph with more emphasis markers than MAX_EMPHASIS_MARKERS is plain text, reported once; the rest is Markdown', () => {
    const d = build(FM + '*_'.repeat(MAX_EMPHASIS_MARKERS) + '\n\nNa **vet**.\n');
    expect(d.parseProblems.map((p) => [p.code, p.span.start.line])).toEqual([['markdown', 5]]);
    expect(d.sentences.map((s) => s.text).at(-1)).toBe('Na vet.');
  });

  it('just under the limit it is still read as Markdown', () => {
    const d = build(FM + 'Sem *is* ' + '_'.repeat(MAX_EMPHASIS_MARKERS - 2) + '\n');
    expect(d.parseProblems).toEqual([]);
  });

  it('a list nested deeper than MAX_NESTING levels is plain text, reported once', () => {
    const list = Array.from({ length: MAX_NESTING + 2 }, (_, i) => ' '.repeat(i * 2) + '- x').join('\n');
    const d = build(FM + list + '\n\nNa.\n');
    expect(d.parseProblems.map((p) => [p.code, p.span.start.line])).toEqual([['markdown', 5]]);
    expect(d.sentences.map((s) => s.text).at(-1)).toBe('Na.');
  });

  it('a paragraph longer than MAX_PIECE is cut at line starts and keeps every line in place', () => {
    const lines = Math.ceil((2.5 * MAX_PIECE) / 'Vader is boos.\n'.length);
    const d = build(FM + 'Vader is boos.\n'.repeat(lines) + '\nSem lacht.\n');
    expect(d.parseProblems).toEqual([]);
    expect(d.sentences.length).toBe(lines + 1);
    expect(d.sentences.every((s, i) => s.span.start.line === 5 + i + (i === lines ? 1 : 0) && s.span.start.column === 1)).toBe(true);
  });
});
