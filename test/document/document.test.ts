import { describe, expect, it } from 'vitest';
import { buildDocument, decode } from '../../src/document/index.js';
import type { Document } from '../../src/document/index.js';

function build(text: string, options?: Parameters<typeof buildDocument>[2]): Document {
  const d = decode(new TextEncoder().encode(text));
  if (!d.ok) throw new Error(d.message);
  return buildDocument('x.md', d, options);
}

const SAMPLE = `---
type: gezinsplan
datum: 2025-03-14
bronnen:
  - id: vt
    van: Veilig Thuis
    datum: 2024-11-02
---
# Titel

## 3. Feitelijke Informatie:

**Sem** gaat naar [school](https://x.invalid) en leest goed [@vt; @b]. Hij is o.a. vaak moe.[^1]

Moeder vertelt het volgende:

- Sem slaapt slecht (bron: huisarts).
  - Hij droomt veel.

> "Ik ben moe."

## Wat gaat goed

| Wie | Wat |
| --- | --- |
| Sem | voetbal |

<!-- toets-disable feit-mening, bronvermelding -- citaat -->
<!-- toets-disabel x -->

[^1]: Gesprek met moeder [@vt].
`;

describe('document model', () => {
  const doc = build(SAMPLE);

  it('reads the frontmatter', () => {
    expect(doc.type).toBe('gezinsplan');
    expect(doc.frontmatter?.date?.toISOString()).toBe('2025-03-14T00:00:00.000Z');
    expect(doc.frontmatter?.bronnen.map((b) => [b.id, b.span.start.line])).toEqual([['vt', 5]]);
    expect(doc.frontmatter?.problems).toEqual([]);
  });

  it('maps headings to section kinds, ignoring numbering, case and punctuation', () => {
    expect(doc.sections.map((s) => [s.heading, s.kind, s.headingSpan.start.line])).toEqual([
      ['3. Feitelijke Informatie:', 'feiten', 11],
      ['Wat gaat goed', 'krachten', 22],
    ]);
  });

  it('splits sentences (not at abbreviations) with exact positions through markup and citations', () => {
    const s = doc.sentences.filter((x) => x.sectionKind === 'feiten' && x.blockKind === 'paragraph');
    expect(s.map((x) => [x.text, x.span.start.line, x.span.start.column, x.span.end.column])).toEqual([
      ['Sem gaat naar school en leest goed.', 13, 3, 71],
      ['Hij is o.a. vaak moe.', 13, 72, 93],
      ['Moeder vertelt het volgende:', 15, 1, 29],
    ]);
    expect(s[0]!.citations.map((c) => [c.id, c.span.start.column])).toEqual([
      ['vt', 62],
      ['b', 67],
    ]);
    expect(s[1]!.footnoteRefs.map((f) => f.label)).toEqual(['1']);
    // "school" (inside the link) maps back to its own column
    expect(s[0]!.spanOf(14, 20).start.column).toBe(20);
  });

  it('links list items to their colon lead and knows quotes, source notes and table cells', () => {
    const items = doc.sentences.filter((x) => x.blockKind === 'listItem');
    expect(items.map((x) => [x.text, doc.blocks[x.blockIndex]!.listDepth])).toEqual([
      ['Sem slaapt slecht (bron: huisarts).', 0],
      ['Hij droomt veel.', 1],
    ]);
    const lead = doc.blocks[doc.blocks[items[0]!.blockIndex]!.leadBlockIndex!]!;
    expect(doc.sentences[lead.sentenceIndexes[0]!]!.endsWithColon).toBe(true);
    expect(items[0]!.sourceNotes.map((n) => n.text)).toEqual(['(bron: huisarts)']);
    const quote = doc.sentences.find((x) => x.inQuote)!;
    expect([quote.text, quote.span.start.line, quote.span.start.column]).toEqual(['"Ik ben moe."', 20, 3]);
    expect(doc.sentences.filter((x) => x.blockKind === 'tableCell').map((x) => x.text)).toEqual(['Wie', 'Wat', 'Sem', 'voetbal']);
  });

  it('collects footnotes, citations in footnote definitions, and control comments', () => {
    expect(doc.footnoteDefinitions.map((f) => [f.label, f.text])).toEqual([['1', 'Gesprek met moeder [@vt].']]);
    expect(doc.citations.map((c) => c.id)).toEqual(['vt', 'b', 'vt']);
    expect(doc.controls.map((c) => [c.kind, c.rules, c.reason, c.span.start.line])).toEqual([['disable', ['feit-mening', 'bronvermelding'], 'citaat', 28]]);
    expect(doc.parseProblems.map((p) => [p.code, p.span.start.line])).toEqual([['control-comment', 29]]);
  });

  it('uses section aliases from config', () => {
    const d = build('---\ntype: gezinsplan\ndatum: 2025-01-01\n---\n## Wat we weten\n\nx\n', { sectionAliases: { gezinsplan: { feiten: ['Wat we weten'] } } });
    expect(d.sections[0]!.kind).toBe('feiten');
  });
});

describe('frontmatter problems', () => {
  const problems = (fm: string) => build(`---\n${fm}---\n# x\n`).frontmatter!.problems.map((p) => [p.code, p.key, p.span.start.line, p.span.start.column]);

  it('reports missing fields, wrong types, unknown types and invalid dates at their line', () => {
    expect(problems('type: gezinsplan\n')).toEqual([['missing-field', 'datum', 1, 1]]);
    expect(problems('type: brief\ndatum: gisteren\n')).toEqual([
      ['unknown-type', 'type', 2, 7],
      ['wrong-type', 'datum', 3, 8],
    ]);
    expect(problems('type: gezinsplan\ndatum: 2025-01-01\nkinderen:\n  - naam: Sem\n    geboortedatum: 02-06-2014\n')).toEqual([['wrong-type', 'kinderen[0].geboortedatum', 6, 20]]);
    expect(problems('type: gezinsplan\ndatum: 2025-01-01\nkinderen: Sem\n')).toEqual([['wrong-type', 'kinderen', 4, 11]]);
  });

  it('reports YAML syntax errors, lists instead of maps, and alias bombs without crashing', () => {
    expect(problems('type: [gezinsplan\ndatum: 2025-01-01\n')[0]![0]).toBe('yaml-syntax');
    expect(problems('- type: gezinsplan\n')[0]![0]).toBe('not-a-map');
    const bomb = 'a: &a ["x","x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\n';
    expect(problems(bomb)[0]![0]).toBe('yaml-alias');
  });

  it('reports unclosed and missing frontmatter as parse problems', () => {
    expect(build('---\ntype: gezinsplan\n\n# Titel\n').parseProblems.map((p) => [p.code, p.span.start.line])).toEqual([['unclosed', 1]]);
    expect(build('# Titel\n').parseProblems.map((p) => [p.code, p.span.start.line])).toEqual([['missing-frontmatter', 1]]);
  });
});

describe('decoding', () => {
  const plain = SAMPLE;
  const base = build(plain);
  const shape = (d: Document) => d.sentences.map((s) => [s.text, s.span.start.line, s.span.start.column, s.span.end.line, s.span.end.column]);

  it('gives the same sentences and positions for UTF-8 BOM + CRLF, UTF-16LE and UTF-16BE', () => {
    const crlf = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(plain.replace(/\n/g, '\r\n'))]);
    const le = new Uint8Array(2 + plain.length * 2);
    le.set([0xff, 0xfe]);
    const be = new Uint8Array(2 + plain.length * 2);
    be.set([0xfe, 0xff]);
    for (let i = 0; i < plain.length; i++) {
      const c = plain.charCodeAt(i);
      le[2 + 2 * i] = c & 0xff;
      le[3 + 2 * i] = c >> 8;
      be[2 + 2 * i] = c >> 8;
      be[3 + 2 * i] = c & 0xff;
    }
    for (const [bytes, name, lineEnding] of [[crlf, 'utf-8', '\r\n'], [le, 'utf-16le', '\n'], [be, 'utf-16be', '\n']] as const) {
      const d = decode(bytes);
      expect(d.ok).toBe(true);
      if (!d.ok) continue;
      expect(d.encoding).toEqual({ name, bom: true, lineEnding });
      expect(shape(buildDocument('x.md', d))).toEqual(shape(base));
    }
  });

  it('rejects binary files and invalid UTF-8 with the place of the first bad byte', () => {
    expect(decode(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]))).toMatchObject({ ok: false, code: 'binary' });
    const bad = new Uint8Array([...new TextEncoder().encode('regel 1\nab'), 0xff, 0x41]);
    expect(decode(bad)).toMatchObject({ ok: false, code: 'invalid-utf8', line: 2, column: 3 });
  });

  it('decodes an empty file to an empty document', () => {
    const d = decode(new Uint8Array());
    expect(d.ok && d.text).toBe('');
  });
});

describe('large documents', () => {
  it('parses in chunks with the same sentences and positions as one parse', async () => {
    const { parseMarkdown, chunkBoundaries, CHUNK_THRESHOLD } = await import('../../src/document/markdown.js');
    const { unified } = await import('unified');
    const remarkParse = (await import('remark-parse')).default;
    const remarkGfm = (await import('remark-gfm')).default;
    const remarkFrontmatter = (await import('remark-frontmatter')).default;
    const section = '## Feiten\n\nSem gaat **graag** naar school [@vt]. Hij leest veel.\n\n- punt een\n- punt twee\n\n```\ncode\n\n## geen kop\n```\n\n';
    let text = '---\ntype: gezinsplan\ndatum: 2025-01-01\n---\n';
    while (text.length <= CHUNK_THRESHOLD + 10_000) text += section;
    expect(chunkBoundaries(text).length).toBeGreaterThan(2);
    const whole = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).parse(text);
    const strip = (n: unknown): unknown => JSON.parse(JSON.stringify(n, (k, v) => (k === 'position' && v ? [v.start.offset, v.end.offset, v.start.line, v.start.column] : v)));
    expect(strip(parseMarkdown(text).children)).toEqual(strip(whole.children));
  }, 120_000);
});

describe('sentences after a number', () => {
  it('"groep 3. De leerkracht …" are two sentences; a list number and an amount are not cut', async () => {
    const { splitSentences } = await import('../../src/document/sentences.js');
    const cut = (t: string) => splitSentences(t).map((r) => t.slice(r.start, r.end));
    expect(cut('Dawit zit in groep 3. De leerkracht vertelt dat hij leert.')).toEqual(['Dawit zit in groep 3.', 'De leerkracht vertelt dat hij leert.']);
    expect(cut('1. De eerste zin.')).toEqual(['1. De eerste zin.']);
    expect(cut('Het kost € 38.000 per jaar.')).toEqual(['Het kost € 38.000 per jaar.']);
  });
});
