/**
 * The document's text rendered from Markdown with findings placed in it
 * (src/reporters/html/document-html.ts): what a reader sees instead of
 * Markdown, and where each finding's marker lands.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { align, offsetsOf, renderDocument } from '../../src/reporters/html/document-html.js';
import type { Plek } from '../../src/reporters/html/document-html.js';

const OPTS = {
  kopNiveau: 4,
  idPrefix: 'd1',
  markClass: (list: readonly number[]) => `m${list.join('-')}`,
  markTitle: (list: readonly number[]) => list.join(','),
  verwijzing: (i: number) => `[${i + 1}]`,
};

function plek(source: string, fragment: string, from = 0): Plek {
  const start = source.indexOf(fragment, from);
  if (start < 0) throw new Error(`not in source: ${fragment}`);
  return { start, end: start + fragment.length };
}

describe('renderDocument', () => {
  it('shows links as their text and address, and images by their description, loading nothing', () => {
    const src = 'Zie [het verslag](https://voorbeeld.test/v?a=1&b=2) en ![foto van de kamer](kamer.png).\n';
    const out = renderDocument(src, [], OPTS);
    expect(out).toBe('<p>Zie <span class="link">het verslag</span> <span class="url">(https://voorbeeld.test/v?a=1&#38;b=2)</span> en <span class="afbeelding">[afbeelding: foto van de kamer]</span>.</p>\n');
    expect(out).not.toMatch(/<(a|img)\b/);
  });

  it('maps a finding through Markdown syntax: emphasis, escapes and quote markers are not counted as text', () => {
    const src = '> Moeder zegt: *nooit* meer\\!\n';
    const out = renderDocument(src, [plek(src, '*nooit* meer\\!')], OPTS);
    expect(out).toBe('<blockquote>\n<p>Moeder zegt: <em><mark class="m0" title="0">nooit</mark></em><mark class="m0" title="0"> meer!</mark>[1]</p>\n</blockquote>\n');
  });

  it('puts a finding on text that is not shown (a link address) before the next shown character', () => {
    const src = 'Zie [dit](https://x.test/a) verslag.\n';
    const out = renderDocument(src, [plek(src, 'x.test')], OPTS);
    expect(out).toBe('<p>Zie <span class="link">dit</span> <span class="url">(https://x.test/a)</span>[1] verslag.</p>\n');
  });

  it('keeps a zero-width finding as a marker only, and one past the text at the end', () => {
    const src = 'Een zin.\n';
    const out = renderDocument(src, [{ start: 4, end: 4 }, { start: 99, end: 99 }], OPTS);
    expect(out).toBe('<p>Een [1]zin.</p>\n<p class="einde">Einde van de tekst [2]</p>\n');
  });

  it('renders code blocks, footnotes and ordered lists from their start', () => {
    const src = '3. drie\n4. vier[^1]\n\n```\ncode <x>\n```\n\n[^1]: Een voetnoot.\n';
    const out = renderDocument(src, [], OPTS);
    expect(out).toContain('<ol start="3">\n<li>drie</li>\n<li>vier<sup class="voetnootref"><a href="#d1-fn-1">1</a></sup></li>\n</ol>');
    expect(out).toContain('<pre class="codeblok">code &#60;x&#62;</pre>');
    expect(out).toContain('<div class="voetnoot" id="d1-fn-1"><span class="voetnootnr">1</span> <p>Een voetnoot.</p>\n</div>');
  });

  it('gives the document\'s highest headings the level asked for', () => {
    expect(renderDocument('## Feiten\n\n### Gesprek\n', [], OPTS)).toBe('<h4 class="dockop dk2">Feiten</h4>\n<h5 class="dockop dk3">Gesprek</h5>\n');
  });

  it('says so when the frontmatter is empty, with its findings at it', () => {
    expect(renderDocument('---\n---\nLeeg.\n', [{ start: 0, end: 3 }], OPTS)).toBe('<div class="kopje"><p class="kopje-titel">Gegevens van het document (het kopje): het kopje is leeg. [1]</p></div>\n<p>Leeg.</p>\n');
  });

  it('shows unreadable frontmatter as written, with its findings at it', () => {
    const src = '---\ntype: [kapot\n---\n\nTekst.\n';
    const out = renderDocument(src, [{ start: 4, end: 8 }], OPTS);
    expect(out).toContain('<pre class="codeblok"><span class="m0">type: [kapot\n</span></pre>');
    expect(out).toContain('[1]');
  });
});

describe('offsets and alignment', () => {
  it('turns 1-based line and column into offsets, clamped to the line', () => {
    const at = offsetsOf('ab\ncde\n');
    expect([at(1, 1), at(1, 3), at(2, 2), at(2, 99), at(9, 1)]).toEqual([0, 2, 4, 6, 7]);
  });

  it('aligns text remark produced with the source it came from', () => {
    const src = 'a \\* b';
    expect(align('a * b', src, 0, src.length)).toEqual([0, 1, 3, 4, 5]);
  });
});

describe('any text and any finding places', () => {
  const piece = fc.constantFrom('## Kop\n', '- item\n', '> citaat\n', '| a | b |\n| - | - |\n| c | d |\n', '*nadruk* ', '`code` ', '[link](x.test) ', '<b>', '<!-- toets-disable x -->\n', '[^1]\n\n[^1]: noot\n', '---\n', 'type: x\n', '\\*', '\n\n', 'Vader is boos. ', 'é𝄞 ');
  it('renders without throwing and gives every finding exactly one marker', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.array(fc.tuple(fc.nat(400), fc.nat(60)), { maxLength: 8 }), (parts, ranges) => {
        const src = parts.join('');
        const plekken = ranges.map(([s, n]) => ({ start: Math.min(s, src.length), end: Math.min(s + n, src.length) }));
        const out = renderDocument(src, plekken, { ...OPTS, verwijzing: (i: number) => `<ref ${i}>` });
        plekken.forEach((_, i) => expect(out.split(`<ref ${i}>`).length - 1, `finding ${i} in ${JSON.stringify(src)}`).toBe(1));
      }),
      { numRuns: 200, seed: 15 },
    );
  });
});
