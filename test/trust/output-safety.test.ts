/**
 * Issue 16, data loss and robustness: what `-o`, the output streams and the folder walk do with
 * hostile or careless input. Runs the built CLI as a user would.
 */
import { spawnAsync } from '../spawn-async.js';
import { copyFileSync, lstatSync, mkdirSync, readFileSync, readlinkSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../tmp.js';

const root = resolve(__dirname, '../..');
const bin = join(root, 'bin/toets.js');
const sample = join(root, 'test/cli/fixtures/fout.md');

async function toets(args: string[], cwd: string, shell?: string) {
  const r = shell
    ? await spawnAsync('sh', ['-c', shell], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', TOETS: `${process.execPath} ${bin}` } })
    : await spawnAsync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function folderWithPlan(): string {
  const dir = tempDir('toets-uitvoer-');
  copyFileSync(sample, join(dir, 'plan.md'));
  return dir;
}

describe('-o never replaces a document', () => {
  it('refuses an output path that is one of the inputs (exit 2), and leaves the document as it was', async () => {
    const dir = folderWithPlan();
    const before = readFileSync(join(dir, 'plan.md'), 'utf8');
    const r = (await toets(['check', 'plan.md', '-o', 'plan.md'], dir));
    expect(r.code).toBe(2);
    expect(r.err).toContain("Het uitvoerbestand 'plan.md' is ook een document dat toets controleert");
    expect(readFileSync(join(dir, 'plan.md'), 'utf8')).toBe(before);
  });

  it('also through another spelling of the path or a symlink to the document', async () => {
    const dir = folderWithPlan();
    symlinkSync(join(dir, 'plan.md'), join(dir, 'koppeling.md'));
    expect((await toets(['check', '.', '-o', './sub/../plan.md'], dir)).code).toBe(2);
    expect((await toets(['check', 'plan.md', '-o', 'koppeling.md'], dir)).code).toBe(2);
    expect(readFileSync(join(dir, 'plan.md'), 'utf8')).toBe(readFileSync(sample, 'utf8'));
  });

  it('refuses an empty -o instead of ignoring it', async () => {
    const r = (await toets(['check', 'plan.md', '-o', ''], folderWithPlan()));
    expect(r.code).toBe(2);
    expect(r.err).toContain('De optie -o heeft een bestandsnaam nodig');
  });

  it('vergelijk refuses to write its report over one of the two versions', async () => {
    const dir = folderWithPlan();
    copyFileSync(sample, join(dir, 'plan-2.md'));
    const r = (await toets(['vergelijk', 'plan.md', 'plan-2.md', '-o', 'plan-2.md'], dir));
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, 'plan-2.md'), 'utf8')).toBe(readFileSync(sample, 'utf8'));
  });

  it('writes through a symlink to its target and keeps the link', async () => {
    const dir = folderWithPlan();
    writeFileSync(join(dir, 'echt.txt'), 'oud');
    symlinkSync(join(dir, 'echt.txt'), join(dir, 'rapport.txt'));
    expect((await toets(['check', 'plan.md', '-o', 'rapport.txt'], dir)).code).toBe(0);
    expect(lstatSync(join(dir, 'rapport.txt')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'rapport.txt'))).toBe(join(dir, 'echt.txt'));
    expect(readFileSync(join(dir, 'echt.txt'), 'utf8')).toContain('plan.md');
  });

  it('writes into a device instead of renaming a file over it (-o /dev/null stays a device)', async () => {
    const dir = folderWithPlan();
    expect((await toets(['check', 'plan.md', '-o', '/dev/null'], dir)).code).toBe(0);
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(readdirSync('/dev').filter((n) => n.includes('toets-tmp'))).toEqual([]);
  });

  it('reports a full disk in Dutch with exit 2 (-o /dev/full)', async () => {
    const r = (await toets(['check', 'plan.md', '-o', '/dev/full'], folderWithPlan()));
    expect(r.code).toBe(2);
    expect(r.err).toContain('de schijf is vol');
  });
});

describe('the output streams', () => {
  it('a full stdout is an error in Dutch, no stack trace (exit 2)', async () => {
    const r = (await toets([], folderWithPlan(), '$TOETS check plan.md > /dev/full'));
    expect(r.code).toBe(2);
    expect(r.err).toBe('toets: kon niet naar de uitvoer schrijven: de schijf is vol.\n');
  });

  it('a reader that stops early (| head -1) ends the run quietly, without EPIPE', async () => {
    const big = tempDir('toets-pijp-');
    for (let i = 0; i < 40; i++) copyFileSync(sample, join(big, `plan-${i}.md`));
    const r = (await toets([], big, '$TOETS check . --format json | head -c 1 > /dev/null'));
    expect(r.err).toBe('');
  });
});

describe('the folder walk', () => {
  it('a folder named on the command line without documents is exit 2 with a message', async () => {
    const dir = tempDir('toets-leeg-');
    mkdirSync(join(dir, 'leeg'));
    const r = (await toets(['check', 'leeg'], dir));
    expect(r.code).toBe(2);
    expect(r.out).toContain('Hier staan geen documenten om te controleren');
  });

  it('takes .MD and .markdown files and symlinked documents, but does not follow a symlinked folder', async () => {
    const dir = tempDir('toets-soorten-');
    mkdirSync(join(dir, 'map'));
    copyFileSync(sample, join(dir, 'map', 'a.MD'));
    copyFileSync(sample, join(dir, 'map', 'b.markdown'));
    copyFileSync(sample, join(dir, 'echt.md'));
    symlinkSync(join(dir, 'echt.md'), join(dir, 'map', 'c.md'));
    symlinkSync(dir, join(dir, 'map', 'lus'));
    const r = (await toets(['check', 'map', '--format', 'json'], dir));
    const files = (JSON.parse(r.out) as { filePath: string }[]).map((f) => f.filePath).sort();
    expect(files).toEqual(['map/a.MD', 'map/b.markdown', 'map/c.md']);
  });

  it('a symlink loop named on the command line is reported as a loop, not as missing', async () => {
    const dir = tempDir('toets-lus-');
    symlinkSync(join(dir, 'b.md'), join(dir, 'a.md'));
    symlinkSync(join(dir, 'a.md'), join(dir, 'b.md'));
    const r = (await toets(['check', 'a.md'], dir));
    expect(r.code).toBe(2);
    expect(r.out).toContain('verwijst in een kring naar zichzelf');
  });
});

describe('configuration and init', () => {
  it('rejects a __proto__ key in .toetsrc.yaml with its place', async () => {
    const dir = folderWithPlan();
    writeFileSync(join(dir, '.toetsrc.yaml'), 'regels:\n  __proto__:\n    ernst: uit\n');
    const r = (await toets(['check', 'plan.md'], dir));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^toets: configuratiefout: \S*\.toetsrc\.yaml:2:3: De sleutel 'regels\.__proto__' is niet toegestaan\.\n$/);
  });

  it('explains a YAML mistake in Dutch, never in the library\'s English', async () => {
    const dir = folderWithPlan();
    writeFileSync(join(dir, '.toetsrc.yaml'), 'regels:\n  feit-mening: fout\n  feit-mening: uit\n');
    const r = (await toets(['check', 'plan.md'], dir));
    expect(r.code).toBe(2);
    expect(r.err).toContain('een sleutel staat er twee keer in');
    expect(r.err).not.toMatch(/Map keys must be unique/);
  });

  it('init does not write a .toetsrc.yaml beside an existing .toetsrc.yml', async () => {
    const dir = tempDir('toets-init-');
    writeFileSync(join(dir, '.toetsrc.yml'), 'regels: {}\n');
    const r = (await toets(['init'], dir));
    expect(r.code).toBe(2);
    expect(r.err).toContain('Er staat al een .toetsrc.yml');
    expect(readdirSync(dir)).toEqual(['.toetsrc.yml']);
  });
});

describe('file names with control characters', () => {
  it('an escape sequence in a file name is shown as \\x1b codes, never sent raw to the terminal', async () => {
    const dir = tempDir('toets-naam-');
    const name = 'plan\u001b[2J\u001b[31m.md';
    copyFileSync(sample, join(dir, name));
    const r = (await toets(['check', '.'], dir));
    expect(r.out).not.toContain('\u001b');
    expect(r.out).toContain('plan\\x1b[2J\\x1b[31m.md');
    const missing = (await toets(['check', 'weg\u001b[2J.md'], dir));
    expect(missing.out).not.toContain('\u001b');
  });
});
