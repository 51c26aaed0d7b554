/**
 * Many files: the worker pool gives the same output, in the same order, as one thread
 * (the built CLI, as a user runs it); the progress line's decision; the pool's size.
 */
import { copyFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { poolSize, progressWanted, POOL_THRESHOLD } from '../../src/cli/run-files.js';
import { spawnAsync } from '../spawn-async.js';
import { tempDir } from '../tmp.js';

const root = resolve(__dirname, '../..');
const bin = join(root, 'bin/toets.js');
const corpus = join(root, 'fixtures/corpus');

function toets(args: string[], cwd: string, env: Record<string, string>) {
  return spawnAsync(process.execPath, [bin, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env }, maxBuffer: 1 << 28 });
}

describe('worker pool', () => {
  it('lints a folder of fixture copies with the same output and exit code as one thread, a broken file included', async () => {
    const dir = tempDir('toets-pool-');
    const docs = readdirSync(corpus).filter((f) => f.endsWith('.md') && f !== 'ANNOTATIE.md');
    mkdirSync(join(dir, 'b'));
    for (let i = 0; i < 26; i++) copyFileSync(join(corpus, docs[i % docs.length]!), join(dir, i % 2 ? 'b' : '.', `doc-${String(i).padStart(2, '0')}.md`));
    writeFileSync(join(dir, 'doc-13-kapot.md'), Buffer.from([0x23, 0x20, 0xff, 0xfe, 0xc3, 0x28, 0x0a]));
    const one = await toets(['check', '--format', 'json', '.'], dir, { TOETS_THREADS: '1' });
    const pool = await toets(['check', '--format', 'json', '.'], dir, { TOETS_THREADS: '2' });
    expect(pool.stderr).toBe(one.stderr);
    expect(pool.status).toBe(one.status);
    const parsed = JSON.parse(one.stdout) as { filePath: string; fatal?: boolean; messages: unknown[] }[];
    expect(parsed).toHaveLength(27);
    expect(parsed.some((r) => r.messages.length > 0)).toBe(true);
    expect(pool.stdout).toBe(one.stdout);
    const stylishOne = await toets(['check', '.'], dir, { TOETS_THREADS: '1' });
    const stylishPool = await toets(['check', '.'], dir, { TOETS_THREADS: '2' });
    expect(stylishPool.stdout).toBe(stylishOne.stdout);
  });

  it('is used only above the threshold and with two or more CPUs, unless TOETS_THREADS says otherwise', () => {
    expect(poolSize(POOL_THRESHOLD, 8, {})).toBe(0);
    expect(poolSize(POOL_THRESHOLD + 1, 1, {})).toBe(0);
    expect(poolSize(2000, 2, {})).toBe(2);
    expect(poolSize(2000, 64, {})).toBe(64);
    expect(poolSize(2000, 8, { TOETS_THREADS: '1' })).toBe(0);
    expect(poolSize(3, 1, { TOETS_THREADS: '2' })).toBe(2);
  });
});

describe('progress line', () => {
  it('shows for more than 20 files on a terminal outside CI', () => {
    expect(progressWanted(21, true, {})).toBe(true);
  });
  it('stays away with 20 files or fewer', () => {
    expect(progressWanted(20, true, {})).toBe(false);
  });
  it('stays away when stderr is redirected (not a TTY)', () => {
    expect(progressWanted(2000, false, {})).toBe(false);
    expect(progressWanted(2000, undefined, {})).toBe(false);
  });
  it('stays away in CI', () => {
    expect(progressWanted(2000, true, { CI: 'true' })).toBe(false);
    expect(progressWanted(2000, true, { CI: '1' })).toBe(false);
    expect(progressWanted(2000, true, { CI: 'false' })).toBe(true);
  });
  it('never reaches redirected output of a run over many files', async () => {
    const dir = tempDir('toets-progress-');
    for (let i = 0; i < 22; i++) copyFileSync(join(root, 'test/cli/fixtures/goed.md'), join(dir, `d${i}.md`));
    const r = await toets(['check', '.'], dir, { TOETS_THREADS: '1' });
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toContain('bestanden gecontroleerd');
  });
});
