/**
 * Bad input never crashes toets: every case gets a clear Dutch finding or
 * error with its place, and the other files are still checked.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/index.js';
import { createLinter } from '../../src/engine/index.js';
import { tempDir } from '../tmp.js';

const root = resolve(__dirname, '../..');
const linterP = createLinter(defaultConfig(root));
const lintBytes = async (bytes: Uint8Array) => (await linterP).lintBytes(bytes, 'x.md').result;
const enc = (s: string) => new TextEncoder().encode(s);
const ids = (r: { messages: { ruleId: string; line: number }[] }) => r.messages.map((m) => [m.ruleId, m.line]);
const FM = '---\ntype: gezinsplan\ndatum: 2025-03-14\n---\n';

describe('bad input', () => {
  it('an empty file: a missing-frontmatter finding at line 1', async () => {
    const r = await lintBytes(new Uint8Array());
    expect(ids(r)).toEqual([['frontmatter', 1]]);
    expect(r.messages[0]!.message).toMatch(/geen frontmatter/);
  });

  it('a binary file: one fatal Dutch message', async () => {
    const r = await lintBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    expect(r.fatal?.code).toBe('binary');
    expect(r.messages.map((m) => [m.ruleId, m.severity, m.message])).toEqual([
      ['toets', 2, 'Dit is geen tekstbestand (het bevat binaire gegevens). Sla het document op als Markdown-tekst (.md).'],
    ]);
  });

  it('invalid UTF-8: the line and column of the first bad byte', async () => {
    const r = await lintBytes(new Uint8Array([...enc(FM + 'Sem is '), 0xc3, 0x28, ...enc(' moe.\n')]));
    expect(r.fatal?.code).toBe('invalid-utf8');
    expect([r.messages[0]!.line, r.messages[0]!.column]).toEqual([5, 8]);
  });

  it('UTF-16 and UTF-8 with BOM and CRLF give the same findings and positions as UTF-8 LF', async () => {
    const text = readFileSync(join(root, 'fixtures/voorbeelden/gezinsplan-met-fouten.md'), 'utf8');
    const base = await lintBytes(enc(text));
    const shape = (r: Awaited<ReturnType<typeof lintBytes>>) => r.messages.map((m) => [m.ruleId, m.line, m.column, m.endLine, m.endColumn, m.fingerprint]);
    expect(base.messages.length).toBeGreaterThan(5);
    const bomCrlf = new Uint8Array([0xef, 0xbb, 0xbf, ...enc(text.replace(/\n/g, '\r\n'))]);
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      utf16[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      utf16[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    expect(shape(await lintBytes(bomCrlf))).toEqual(shape(base));
    expect(shape(await lintBytes(utf16))).toEqual(shape(base));
  });

  it('hostile or wrong YAML: findings at the exact line, never a crash', async () => {
    expect(ids(await lintBytes(enc('---\ntype: [gezinsplan\n---\n# x\n')))).toEqual([['frontmatter', 2]]);
    expect(ids(await lintBytes(enc('---\n- type: gezinsplan\n- datum: 2025-01-01\n---\n# x\n')))).toEqual([['frontmatter', 2]]);
    expect(ids(await lintBytes(enc('---\ntype: gezinsplan\ndatum: gisteren\n---\n# x\n')))).toEqual([
      ['frontmatter', 3],
      // The type is known, so the missing sections are still reported: strengths and zienswijze by
      // their own rules, feiten, zorgen, doelen and afspraken by verplichte-secties.
      ['krachten', 5],
      ['verplichte-secties', 5],
      ['verplichte-secties', 5],
      ['verplichte-secties', 5],
      ['verplichte-secties', 5],
      ['zienswijze', 5],
    ]);
    expect(ids(await lintBytes(enc('---\ntype: gezinsplan\ndatum: 2025-01-01\nkinderen: 3\nbronnen: {a: 1}\n---\n# x\n')))).toEqual([
      ['frontmatter', 4],
      ['frontmatter', 5],
      ['krachten', 7],
      ['verplichte-secties', 7],
      ['verplichte-secties', 7],
      ['verplichte-secties', 7],
      ['verplichte-secties', 7],
      ['zienswijze', 7],
    ]);
    let bomb = '---\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 9; i++) bomb += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]\n`;
    const r = await lintBytes(enc(bomb + '---\n# x\n'));
    expect(ids(r)).toEqual([['frontmatter', 1]]);
    expect(r.messages[0]!.message).toMatch(/aliassen/);
  });

  it('unclosed frontmatter: a finding at line 1, the rest still read', async () => {
    const r = await lintBytes(enc('---\ntype: gezinsplan\ndatum: 2025-01-01\n\n## Feiten\n\nMoeder is onverantwoordelijk.\n'));
    expect(r.messages.map((m) => m.ruleId)).toContain('frontmatter');
    expect(r.messages.find((m) => m.ruleId === 'frontmatter')!.message).toMatch(/nergens afgesloten/);
  });

  it('very deep nesting, a 2 MB line without spaces and a 50,000-word sentence: findings, no crash', async () => {
    const deep = FM + '> '.repeat(5000) + 'diep\n\n' + '- '.repeat(3000) + 'lijst\n';
    expect((await lintBytes(enc(deep))).fatal).toBeUndefined();
    const longLine = FM + '## Feiten\n\n' + 'x'.repeat(2 * 1024 * 1024) + '\n';
    const r1 = await lintBytes(enc(longLine));
    expect(r1.fatal).toBeUndefined();
    const words = Array.from({ length: 50_000 }, (_, i) => ['moeder', 'zegt', 'vaak', 'dat', 'sem', 'altijd', 'laat', 'komt'][i % 8]).join(' ');
    const r2 = await lintBytes(enc(FM + '## Feiten\n\n' + words + '\n'));
    expect(r2.messages.every((m) => m.line >= 1 && m.line <= 7)).toBe(true);
  }, 120_000);

  it('a named pipe is reported, not read (it would block)', async () => {
    const dir = tempDir('toets-fifo-');
    const fifo = join(dir, 'pijp.md');
    execFileSync('mkfifo', [fifo]);
    const { result } = await (await linterP).lintFile(fifo, 'pijp.md');
    expect(result.fatal?.code).toBe('ENOTFILE');
  });

  it('a 10 MB document: every repeated section gets the same findings, at its own lines', async () => {
    // One section with a known finding pattern, repeated until the file is over 10 MB.
    const section = [
      '## Feiten',
      '',
      'Vader komt nooit op tijd.', // feit-mening (generalisation) and bronvermelding
      '',
      'Volgens de mentor is Sem onrustig in de klas.', // attributed: silent
      '',
      'x'.repeat(2000), // bulk without sentences worth a finding
      '',
      '',
    ].join('\n');
    const header = FM;
    const headerLines = header.split('\n').length - 1;
    const sectionLines = section.split('\n').length - 1;
    const count = Math.ceil((10 * 1024 * 1024) / section.length);
    const text = header + section.repeat(count);
    expect(text.length).toBeGreaterThan(10 * 1024 * 1024);
    const r = await lintBytes(enc(text));
    expect(r.fatal).toBeUndefined();
    const fm = r.messages.filter((m) => m.ruleId === 'feit-mening');
    expect(fm.length).toBe(count);
    // The n-th finding sits on the word "nooit" (column 12) of the n-th section.
    expect(fm.every((m, n) => m.line === headerLines + n * sectionLines + 3 && m.column === 12)).toBe(true);
  }, 300_000);

  it('a file that is too large is reported with its size', async () => {
    const { MAX_FILE_BYTES } = await import('../../src/engine/index.js');
    expect(MAX_FILE_BYTES).toBe(12 * 1024 * 1024);
    const dir = tempDir('toets-groot-');
    const big = join(dir, 'groot.md');
    writeFileSync(big, '');
    // A sparse file of 13 MB: no real disk use.
    execFileSync('truncate', ['-s', String(13 * 1024 * 1024), big]);
    const { result } = await (await linterP).lintFile(big, 'groot.md');
    expect([result.fatal?.code, result.messages[0]!.message]).toEqual(['EFBIG', 'Het bestand is te groot (13 MB; maximaal 12 MB).']);
  });
});
