/**
 * Issue 16, robustness: large inputs are read whole and correctly, within bounds set by design.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument, decode } from '../../src/document/index.js';
import { MAX_BRACKETS, MAX_PIECE } from '../../src/document/markdown.js';

function build(text: string) {
  const d = decode(new TextEncoder().encode(text));
  if (!d.ok) throw new Error(d.message);
  return buildDocument('x.md', d);
}

describe('a table longer than one parse piece', () => {
  it('stays one table: every row after the cut is a table row at its own line and column, not a paragraph', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `| 2024-01-${String((i % 28) + 1).padStart(2, '0')} | Gebeurtenis nummer ${i} met wat tekst | gesprek ${i} |`);
    const text = `---\ntype: gezinsplan\ndatum: 2025-03-14\n---\n## Feiten\n\n| Datum | Wat | Bron |\n| --- | --- | --- |\n${rows.join('\n')}\n\nNa de tabel.\n`;
    expect(text.length).toBeGreaterThan(3 * MAX_PIECE);
    const doc = build(text);
    const paragraphs = doc.sentences.filter((s) => s.blockKind === 'paragraph').map((s) => s.text);
    expect(paragraphs).toEqual(['Na de tabel.']);
    const wat = doc.sentences.filter((s) => s.blockKind === 'tableCell' && s.text.startsWith('Gebeurtenis'));
    expect(wat).toHaveLength(3000);
    expect(wat.map((s) => s.text)).toEqual(rows.map((_, i) => `Gebeurtenis nummer ${i} met wat tekst`));
    // Row i stands on line 9 + i; its second cell starts at column 16.
    expect(wat.every((s, i) => s.span.start.line === 9 + i && s.span.start.column === 16)).toBe(true);
  });
});

describe('a paragraph with thousands of citations', () => {
  it('is read (as plain text, past MAX_BRACKETS) and keeps every citation', () => {
    const n = 5_000;
    const text = `---\ntype: gezinsplan\ndatum: 2025-03-14\nbronnen:\n  - id: a\n    van: X\n    datum: 2024-01-01\n---\n## Feiten\n\nMoeder vertelt het ${'[@a] '.repeat(n)}.\n`;
    expect(n).toBeGreaterThan(MAX_BRACKETS);
    const doc = build(text);
    const citations = doc.sentences.flatMap((s) => s.citations);
    expect(citations).toHaveLength(n);
    expect(citations.every((c) => c.id === 'a')).toBe(true);
  });
});
