/**
 * toets check --fix: only safe fixes (ISO dates in the frontmatter, unused
 * toets comments), written back with the file's encoding, BOM, line endings
 * and mode; without --fix nothing is written.
 */
import { spawnAsync } from '../spawn-async.js';
import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/fix/apply.js';
import { lintWith } from '../helpers.js';
import { tempDir } from '../tmp.js';

const root = resolve(__dirname, '../..');
const bin = join(root, 'bin/toets.js');

async function toets(args: string[], cwd: string) {
  const r = await spawnAsync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const BEFORE = [
  '---',
  'type: gezinsplan',
  'datum: 14 maart 2025',
  'kinderen:',
  '  - naam: Sem',
  '    geboortedatum: "02-06-2014"',
  'betrokkenen:',
  '  - naam: Lisa',
  '    rol: moeder',
  '---',
  '',
  '## Feiten',
  '',
  'Moeder vertelt dat Sem goed slaapt.',
  '',
  '<!-- toets-disable-next-line feit-mening -- citaat -->',
  'Sem gaat naar school (bron: gesprek met moeder, 1 maart 2025).',
  '',
  '<!-- toets-disable bronvermelding -->',
  '',
  'Moeder vertelt dat zij werkt.',
  '',
  '<!-- toets-enable bronvermelding -->',
  '',
  '## Krachten',
  '',
  'Sem en moeder lachen samen (bron: huisbezoek 1 maart 2025).',
  '',
  '## Zienswijze ouders',
  '',
  'Moeder vertelt dat zij blij is met de hulp.',
  '',
  '## Stem van het kind',
  '',
  'Sem vertelt dat hij graag naar school gaat.',
  '',
];

const AFTER = [
  '---',
  'type: gezinsplan',
  'datum: 2025-03-14',
  'kinderen:',
  '  - naam: Sem',
  '    geboortedatum: 2014-06-02',
  'betrokkenen:',
  '  - naam: Lisa',
  '    rol: moeder',
  '---',
  '',
  '## Feiten',
  '',
  'Moeder vertelt dat Sem goed slaapt.',
  '',
  '<!-- toets-disable-next-line feit-mening -- citaat -->',
  'Sem gaat naar school (bron: gesprek met moeder, 1 maart 2025).',
  '',
  'Moeder vertelt dat zij werkt.',
  '',
  '## Krachten',
  '',
  'Sem en moeder lachen samen (bron: huisbezoek 1 maart 2025).',
  '',
  '## Zienswijze ouders',
  '',
  'Moeder vertelt dat zij blij is met de hulp.',
  '',
  '## Stem van het kind',
  '',
  'Sem vertelt dat hij graag naar school gaat.',
  '',
];

function utf16le(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

describe('toets check --fix (built CLI)', () => {
  it('rewrites dates and removes unused comments, keeping CRLF and the file mode', async () => {
    const dir = tempDir('toets-fix-');
    const file = join(dir, 'plan.md');
    writeFileSync(file, BEFORE.join('\r\n'));
    chmodSync(file, 0o640);
    const first = (await toets(['check', 'plan.md'], dir));
    expect(first.code).toBe(1);
    expect(first.out).toContain("'datum' moet een datum zijn in de vorm JJJJ-MM-DD");
    // Without --fix nothing changed.
    expect(readFileSync(file, 'utf8')).toBe(BEFORE.join('\r\n'));

    const r = (await toets(['check', 'plan.md', '--fix'], dir));
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('4 verbeteringen geschreven in 1 bestand (--fix).');
    // The unused comment with a reason ("-- citaat") is someone's decision: reported, not removed.
    expect(r.out).toContain('16:1  waarschuwing  ongebruikte-uitzondering');
    expect(r.out).toContain('Deze toets-opmerking schakelt feit-mening uit');
    expect(readFileSync(file, 'utf8')).toBe(AFTER.join('\r\n'));
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['plan.md']);

    // A second run has nothing left to do and does not touch the file.
    const mtime = statSync(file).mtimeMs;
    const again = (await toets(['check', 'plan.md', '--fix'], dir));
    expect(again.out).not.toContain('verbeteringen geschreven');
    expect(statSync(file).mtimeMs).toBe(mtime);
  });

  it('never removes a comment for a rule that is switched off: it may be needed again', async () => {
    const dir = tempDir('toets-fix-');
    const file = join(dir, 'plan.md');
    writeFileSync(file, BEFORE.join('\n'));
    const r = (await toets(['check', 'plan.md', '--fix', '--rule', 'feit-mening:uit', '--rule', 'bronvermelding:uit'], dir));
    expect(r.err).toBe('');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('<!-- toets-disable-next-line feit-mening -- citaat -->');
    expect(text).toContain('<!-- toets-disable bronvermelding -->');
    expect(text).toContain('<!-- toets-enable bronvermelding -->');
    expect(r.out).not.toContain('ongebruikte-uitzondering');
  });

  it('keeps UTF-16 with its BOM', async () => {
    const dir = tempDir('toets-fix16-');
    const file = join(dir, 'plan.md');
    writeFileSync(file, utf16le(BEFORE.join('\n')));
    const r = (await toets(['check', 'plan.md', '--fix'], dir));
    expect(r.code).toBe(0);
    expect(readFileSync(file).equals(utf16le(AFTER.join('\n')))).toBe(true);
  });

  it('leaves what it cannot fix safely, and reports it', async () => {
    const dir = tempDir('toets-fixniet-');
    const file = join(dir, 'plan.md');
    const text = BEFORE.join('\n').replace('datum: 14 maart 2025', 'datum: gisteren');
    writeFileSync(file, text);
    const r = (await toets(['check', 'plan.md', '--fix'], dir));
    expect(r.code).toBe(1);
    expect(r.out).toContain("  3:8  fout  frontmatter\n    'datum' moet een datum zijn in de vorm JJJJ-MM-DD, bijvoorbeeld 2025-03-14\n    (nu: 'gisteren').");
    expect(readFileSync(file, 'utf8')).toContain('datum: gisteren');
    expect(readFileSync(file, 'utf8')).toContain('    geboortedatum: 2014-06-02');
  });
});

describe('which findings carry a fix', () => {
  it('an unused disable with its enable; not an enable that also closes a used range', async () => {
    const text = [
      '---',
      'type: gezinsplan',
      'datum: 2025-03-14',
      '---',
      '## Feiten',
      '<!-- toets-disable bronvermelding -->',
      '<!-- toets-disable feit-mening -->',
      'Vader is agressief (bron: gesprek met moeder, 1 maart 2025).',
      '<!-- toets-enable -->',
      '',
    ].join('\n');
    const r = await lintWith(text);
    const unused = r.messages.filter((m) => m.ruleId === 'ongebruikte-uitzondering');
    expect(unused.map((m) => [m.line, m.fix?.map((f) => text.slice(...f.range))])).toEqual([[6, ['<!-- toets-disable bronvermelding -->\n']]]);
  });

  it('a date only when the value is exactly one day', async () => {
    const fm = (d: string) => `---\ntype: gezinsplan\ndatum: ${d}\n---\n`;
    const fixOf = async (d: string) => (await lintWith(fm(d), 'frontmatter')).messages.map((m) => m.fix?.map((f) => f.text) ?? null);
    expect(await fixOf('3 januari 2025')).toEqual([['2025-01-03']]);
    expect(await fixOf('03-01-2025')).toEqual([['2025-01-03']]);
    expect(await fixOf('maart 2025')).toEqual([null]);
    expect(await fixOf('2025-02-30')).toEqual([null]);
    expect(await fixOf('3 januari 2025 of later')).toEqual([null]);
  });
});

describe('applyFixes', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  const text = (b: Uint8Array | undefined) => new TextDecoder().decode(b);

  it('maps LF offsets onto mixed line endings and writes new lines in the file\'s own ending', () => {
    // Decoded text: 'a\nbb\nc\n' (offsets: a=0, b=2, c=5).
    const out = applyFixes(bytes('a\r\nbb\rc\r\n'), [{ range: [2, 4], text: 'X\nY' }]);
    expect(text(out?.bytes)).toBe('a\r\nX\r\nY\rc\r\n');
  });

  it('applies the first of overlapping edits and skips the rest', async () => {
    const out = applyFixes(bytes('abcdef'), [
      { range: [1, 3], text: 'X' },
      { range: [2, 4], text: 'Y' },
      { range: [4, 5], text: 'Z' },
    ]);
    expect([text(out?.bytes), out?.applied, out?.skipped]).toEqual(['aXdZf', 2, 1]);
  });

  it('keeps a UTF-8 BOM and refuses bytes it cannot decode', async () => {
    const out = applyFixes(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('ab')]), [{ range: [0, 1], text: 'c' }]);
    expect([...out!.bytes]).toEqual([0xef, 0xbb, 0xbf, 0x63, 0x62]);
    expect(applyFixes(new Uint8Array([0x61, 0xff, 0x62]), [{ range: [0, 1], text: 'c' }])).toBeUndefined();
  });
});
