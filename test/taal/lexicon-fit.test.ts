import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import feitMening from '../../rules/feit-mening/index.js';
import { runCase } from '../section-rule-tester.js';
import { tempDir } from '../tmp.js';

const ROOT = join(__dirname, '..', '..');

interface Entry {
  woord: string;
  reden?: string;
  voorbeeld?: string;
}
const lexicon = (name: string) => (YAML.parse(readFileSync(join(ROOT, 'src/taal/data/lexicons', `${name}.yaml`), 'utf8')) as { woorden: Entry[] }).woorden;

describe('lexicons are not fitted to fixtures', () => {
  it('every multi-word entry found in exactly one fixture document is justified in ENKELVOUDIG.yaml', async () => {
    const { check } = await import('../../scripts/lexicon-fixture-check.mjs');
    const r = check();
    expect(r.unjustified).toEqual([]);
    expect(r.listed.length).toBeGreaterThan(0);
  });

  it('the check lists the entries and fails when the justification is missing', async () => {
    const { check } = await import('../../scripts/lexicon-fixture-check.mjs');
    const dir = tempDir('lexicon-fit-');
    const empty = join(dir, 'leeg.yaml');
    writeFileSync(empty, 'woorden: []\n');
    const r = check({ justifiedFile: empty });
    expect(r.unjustified.length).toBe(r.listed.length);
    expect(r.unjustified.map((u: { entry: string }) => u.entry)).toContain('tussen twee vuren');
  });

  it('every justification names a reason and an invented example that the rules flag', () => {
    for (const e of lexicon('ENKELVOUDIG')) {
      expect(e.reden, e.woord).toBeTruthy();
      expect(e.voorbeeld, e.woord).toBeTruthy();
    }
  });
});

describe('every entry of the new register lexicons has an invented sentence that feit-mening flags', () => {
  for (const name of ['probleemwoorden', 'domeinwoorden', 'etiketten', 'vooruitzichtwoorden', 'verbandwerkwoorden']) {
    for (const e of lexicon(name)) {
      it(`${name}: "${e.woord}" in "${e.voorbeeld}"`, () => {
        expect(e.voorbeeld).toBeTruthy();
        expect(runCase(feitMening, { code: e.voorbeeld! }).length).toBe(1);
      });
    }
  }
});
