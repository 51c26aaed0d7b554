/**
 * toets vergelijk shows per `correcties` entry whether the new version
 * processed it (the wrong text no longer stated as true).
 */
import { spawnAsync } from '../spawn-async.js';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintWith } from '../helpers.js';
import { readFileSync } from 'node:fs';
import { buildDocument, decode } from '../../src/document/index.js';
import type { Document } from '../../src/document/index.js';
import { compareCorrecties } from '../../src/vergelijk/compare.js';

const root = resolve(__dirname, '../..');

function build(text: string, path: string): Document {
  const d = decode(new TextEncoder().encode(text));
  if (!d.ok) throw new Error(d.message);
  return buildDocument(path, d);
}
const bin = join(root, 'bin/toets.js');
const OUD = 'fixtures/vergelijk/correctie-oud.md';
const NIEUW = 'fixtures/vergelijk/correctie-nieuw.md';

async function toets(args: string[]) {
  const r = await spawnAsync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('compareCorrecties', () => {
  it('calls an entry processed when the new version names it only as corrected, and lists where an entry still stands as true', async () => {
    const oud = build(readFileSync(join(root, OUD), 'utf8'), OUD);
    const nieuw = build(readFileSync(join(root, NIEUW), 'utf8'), NIEUW);
    const out = compareCorrecties(oud, nieuw);
    expect(out.map((c) => [c.onjuist, c.verwerkt, c.nieuw.map((z) => z.line), c.oudAantal])).toEqual([
      ['Vader heeft in 2019 een huisverbod gehad', true, [], 1],
      ['Moeder werkt drie dagen per week in de thuiszorg', false, [26], 1],
    ]);
  });

  it('is empty when neither version has correcties', async () => {
    const text = '---\ntype: gezinsplan\ndatum: 2025-03-14\n---\n\n## Feiten\n\nMila zit in groep 5.\n';
    const doc = build(text, 'x.md');
    expect(compareCorrecties(doc, doc)).toEqual([]);
    expect((await lintWith(text, 'reactie-verwerkt')).messages).toEqual([]);
  });
});

describe('toets vergelijk: correcties (built CLI)', () => {
  it('json, stylish and markdown show per entry whether it was processed', async () => {
    const json = (await toets(['vergelijk', OUD, NIEUW, '--format', 'json']));
    expect(json.err).toBe('');
    const v = JSON.parse(json.out) as { correcties: Array<{ onjuist: string; verwerkt: boolean; nieuw: Array<{ line: number }> }> };
    expect(v.correcties.map((c) => [c.verwerkt, c.nieuw.map((z) => z.line)])).toEqual([
      [true, []],
      [false, [26]],
    ]);
    const stylish = (await toets(['vergelijk', OUD, NIEUW]));
    const lines = stylish.out.split('\n');
    expect(lines).toContain('Correcties');
    expect(lines).toContain('  ✔ "Vader heeft in 2019 een huisverbod gehad" (klachtencommissie, 2025-02-20): verwerkt (stond 1 keer in de oude versie)');
    expect(lines).toContain(
      '  ✖ "Moeder werkt drie dagen per week in de thuiszorg" (bron, 2025-03-01): niet verwerkt: staat nog als waar op regel 26 (stond 1 keer in de oude versie)',
    );
    const md = (await toets(['vergelijk', OUD, NIEUW, '--format', 'markdown']));
    expect(md.out).toContain('## Correcties');
    const red = (await toets(['vergelijk', OUD, NIEUW, '--format', 'json', '--redact']));
    expect(red.out).not.toMatch(/\bMila\b|\bRuben\b/);
  });

  it('the old comparison output has no Correcties section when neither version has correcties', async () => {
    const r = (await toets(['vergelijk', 'fixtures/vergelijk/oud.md', 'fixtures/vergelijk/nieuw.md']));
    expect(r.out).not.toContain('Correcties');
  });
});
