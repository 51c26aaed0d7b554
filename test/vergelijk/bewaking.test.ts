/**
 * toets vergelijk guards its input (other children, another type, dates in
 * the wrong order), and shows moved sentences, frontmatter changes and the
 * zienswijze text before and after.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';
import { checkVersions, compareFrontmatter, compareSentences } from '../../src/vergelijk/compare.js';
import type { ZinPlaats } from '../../src/vergelijk/model.js';
import { tempDir } from '../tmp.js';

const root = resolve(__dirname, '../..');
const bin = join(root, 'bin/toets.js');

function plan(opts: { type?: string; datum?: string; kind?: string; bronnen?: string; body?: string }): string {
  return [
    '---',
    `type: ${opts.type ?? 'gezinsplan'}`,
    `datum: ${opts.datum ?? '2025-03-14'}`,
    'kinderen:',
    `  - naam: ${opts.kind ?? 'Sem'}`,
    '    geboortedatum: 2014-06-02',
    ...(opts.bronnen ? ['bronnen:', opts.bronnen] : []),
    '---',
    '',
    opts.body ?? '## Feiten\n\nSem gaat graag naar school, vertelt de mentor.\n',
  ].join('\n');
}

function doc(text: string) {
  return buildDocument('x.md', { text, encoding: { name: 'utf-8', bom: false, lineEnding: '\n' } });
}

function zin(tekst: string, line: number, sectie: string): ZinPlaats {
  return { tekst, line, column: 1, sectie };
}

function toets(args: string[], cwd: string): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('close', (code) => done({ code, out, err }));
  });
}

describe('checkVersions', () => {
  it('warns when the documents share no child', () => {
    const w = checkVersions(doc(plan({ kind: 'Sem' })), doc(plan({ kind: 'Noor', datum: '2025-04-01' })));
    expect(w).toHaveLength(1);
    expect(w[0]).toContain('andere kinderen');
  });

  it('warns when the documents are of another type', () => {
    expect(checkVersions(doc(plan({})), doc(plan({ type: 'raadsrapport' })))[0]).toContain('ander type (oud: gezinsplan; nieuw: raadsrapport)');
  });

  it('warns when the new version is dated before the old one', () => {
    expect(checkVersions(doc(plan({ datum: '2025-05-01' })), doc(plan({ datum: '2025-04-01' })))[0]).toContain("De 'nieuwe' versie (2025-04-01) is gedateerd vóór de 'oude' (2025-05-01)");
  });

  it('does not warn for two versions of one document, also when a child is added', () => {
    const nieuw = plan({ datum: '2025-06-01' }).replace('kinderen:\n', 'kinderen:\n  - naam: Noor\n    geboortedatum: 2024-01-01\n');
    expect(checkVersions(doc(plan({})), doc(nieuw))).toEqual([]);
  });
});

describe('moved sentences', () => {
  it('shows a sentence removed in one section and added in another as moved', () => {
    const oud = [zin('Eerste zin.', 10, 'Feiten'), zin('Moeder werkt sinds mei weer.', 11, 'Feiten'), zin('Slot.', 20, 'Analyse')];
    const nieuw = [zin('Eerste zin.', 10, 'Feiten'), zin('Slot.', 19, 'Analyse'), zin('Moeder werkt sinds mei weer.', 21, 'Krachten')];
    const d = compareSentences(oud, nieuw);
    expect(d.verplaatst.map((m) => [m.oud.sectie, m.nieuw.sectie, m.nieuw.tekst, m.delen])).toEqual([['Feiten', 'Krachten', 'Moeder werkt sinds mei weer.', undefined]]);
    expect(d.verwijderd).toEqual([]);
    expect(d.toegevoegd).toEqual([]);
  });

  it('shows a moved sentence that was also reworded as moved, with the word changes', () => {
    const oud = [zin('Vader brengt Sem elke ochtend op tijd naar de school in het dorp.', 5, 'Feiten'), zin('Anders.', 6, 'Feiten')];
    const nieuw = [zin('Anders.', 6, 'Feiten'), zin('Vader brengt Sem elke ochtend op tijd naar de basisschool in het dorp.', 30, 'Wat gaat goed')];
    const d = compareSentences(oud, nieuw);
    expect(d.verplaatst).toHaveLength(1);
    expect(d.verplaatst[0]!.delen?.filter((x) => x.soort !== 'gelijk').map((x) => x.tekst)).toEqual(['school', 'basisschool']);
  });
});

describe('frontmatter changes', () => {
  it('lists changed fields and sources added, removed and changed', () => {
    const bron = (id: string, datum: string) => `  - id: ${id}\n    soort: verslag\n    van: School\n    datum: ${datum}`;
    const a = doc(plan({ datum: '2025-03-14', bronnen: [bron('school-2024', '2024-06-01'), bron('vt-2023', '2023-01-01')].join('\n') }));
    const b = doc(plan({ datum: '2025-05-01', bronnen: [bron('school-2024', '2024-07-01'), bron('gesprek-2025', '2025-04-20')].join('\n') }));
    const k = compareFrontmatter(a, b);
    expect(k.velden).toEqual([{ veld: 'datum', oud: '2025-03-14', nieuw: '2025-05-01' }]);
    expect(k.bronnen.toegevoegd.map((x) => x.id)).toEqual(['gesprek-2025']);
    expect(k.bronnen.verwijderd.map((x) => x.id)).toEqual(['vt-2023']);
    expect(k.bronnen.gewijzigd).toEqual([{ id: 'school-2024', velden: [{ veld: 'datum', oud: '2024-06-01', nieuw: '2024-07-01' }] }]);
  });
});

describe('toets vergelijk guards its input (built CLI)', { timeout: 0 }, () => {
  it('stops with exit 2 and a Dutch warning for documents about other children, and compares with --force', async () => {
    const dir = tempDir('toets-bewaking-');
    writeFileSync(join(dir, 'a.md'), plan({ kind: 'Sem' }));
    writeFileSync(join(dir, 'b.md'), plan({ kind: 'Noor', datum: '2025-04-01' }));
    const r = await toets(['vergelijk', 'a.md', 'b.md'], dir);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('lijken geen twee versies van hetzelfde document');
    expect(r.err).toContain('Gebruik --force');
    const forced = await toets(['vergelijk', 'a.md', 'b.md', '--force'], dir);
    expect(forced.code).toBe(0);
    expect(forced.out).toContain('Let op: zijn dit twee versies van hetzelfde document?');
    expect(forced.out).toContain('andere kinderen');
  });

  it('stops when the new version is dated before the old one', async () => {
    const dir = tempDir('toets-bewaking-');
    writeFileSync(join(dir, 'a.md'), plan({ datum: '2025-05-01' }));
    writeFileSync(join(dir, 'b.md'), plan({ datum: '2025-04-01' }));
    const r = await toets(['vergelijk', 'a.md', 'b.md'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain("is gedateerd vóór de 'oude'");
  });

  it('redacts the children named in the warning with --redact', async () => {
    const dir = tempDir('toets-bewaking-');
    writeFileSync(join(dir, 'a.md'), plan({ kind: 'Sem' }));
    writeFileSync(join(dir, 'b.md'), plan({ kind: 'Noor', datum: '2025-04-01' }));
    const r = await toets(['vergelijk', 'a.md', 'b.md', '--redact'], dir);
    expect(r.code).toBe(2);
    expect(r.err).not.toContain('Sem');
    expect(r.err).not.toContain('Noor');
  });

  it('shows the frontmatter changes and the zienswijze text before and after', async () => {
    const r = await toets(['vergelijk', 'fixtures/vergelijk/oud.md', 'fixtures/vergelijk/nieuw.md'], root);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Gegevens bovenaan\n  ~ datum: 2025-09-15 → 2025-10-20\n');
    expect(r.out).toContain('    Voor:\n      Moeder vertelt dat zij het zwaar heeft sinds zij haar baan verloor.\n    Na:\n');
    expect(r.out).toContain('      Vader zegt dat hij sinds 2023 geen alcohol meer drinkt');
  });
});
