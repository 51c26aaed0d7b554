/** `toets check --cache`: hits counted with the cache's counters (never by time). */
import { copyFileSync, readFileSync, writeFileSync, existsSync, appendFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cacheStats, runKey, ResultCache, DEFAULT_CACHE_FILE } from '../../src/cli/cache.js';
import { runCheck, type CheckOptions } from '../../src/cli/check.js';
import { tempDir } from '../tmp.js';

const fixtures = resolve(__dirname, 'fixtures');

function options(extra: Partial<CheckOptions> = {}): CheckOptions {
  return { format: 'json', rule: [], quiet: false, inlineConfig: true, ignorePattern: [], color: false, cache: true, ...extra };
}

function folder(): string {
  const dir = tempDir('toets-cache-');
  copyFileSync(join(fixtures, 'fout.md'), join(dir, 'fout.md'));
  copyFileSync(join(fixtures, 'goed.md'), join(dir, 'goed.md'));
  return dir;
}

let warnings: string[] = [];
beforeEach(() => {
  cacheStats.hits = 0;
  cacheStats.misses = 0;
  warnings = [];
  vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => {
    warnings.push(String(s));
    return true;
  });
});
afterEach(() => vi.restoreAllMocks());

function resetStats() {
  cacheStats.hits = 0;
  cacheStats.misses = 0;
}

describe('check --cache', () => {
  it('a second run over unchanged files takes every result from the cache, with the same output', async () => {
    const dir = folder();
    const first = await runCheck(['.'], options(), dir);
    expect(cacheStats).toEqual({ hits: 0, misses: 2 });
    expect(existsSync(join(dir, DEFAULT_CACHE_FILE))).toBe(true);
    resetStats();
    const second = await runCheck(['.'], options(), dir);
    expect(cacheStats).toEqual({ hits: 2, misses: 0 });
    expect(second).toEqual(first);
    const uncached = await runCheck(['.'], options({ cache: false }), dir);
    expect(second).toEqual(uncached);
  });

  it('a changed file is linted again, the unchanged one comes from the cache', async () => {
    const dir = folder();
    await runCheck(['.'], options(), dir);
    appendFileSync(join(dir, 'goed.md'), '\nDe moeder is onverantwoordelijk.\n');
    resetStats();
    const out = await runCheck(['.'], options(), dir);
    expect(cacheStats).toEqual({ hits: 1, misses: 1 });
    expect(out).toEqual(await runCheck(['.'], options({ cache: false }), dir));
  });

  it('a different configuration (a rule switched off) invalidates every entry', async () => {
    const dir = folder();
    await runCheck(['.'], options(), dir);
    resetStats();
    const out = await runCheck(['.'], options({ rule: ['krachten:uit'] }), dir);
    expect(cacheStats).toEqual({ hits: 0, misses: 2 });
    expect(out.text).not.toContain('"krachten"');
  });

  it('a lexicon extra in the config file invalidates every entry', async () => {
    const dir = folder();
    await runCheck(['.'], options(), dir);
    writeFileSync(join(dir, '.toetsrc.yaml'), 'lexicon:\n  meningswoorden: [slordig]\n');
    resetStats();
    await runCheck(['.'], options(), dir);
    expect(cacheStats).toEqual({ hits: 0, misses: 2 });
  });

  it('the key changes with the version, the rule set and the rule options', () => {
    const config = { rules: {}, settings: { maandenVerouderd: 12, lexicon: {}, drempels: {} }, sectionAliases: {}, inlineConfig: true } as never;
    const withOption = { ...(config as object), rules: { krachten: { options: { a: 1 } } } } as never;
    expect(runKey(config, 'r1', '0.1.0')).toBe(runKey(config, 'r1', '0.1.0'));
    expect(runKey(config, 'r1', '0.1.0')).not.toBe(runKey(config, 'r1', '0.1.1'));
    expect(runKey(config, 'r1', '0.1.0')).not.toBe(runKey(config, 'r2', '0.1.0'));
    expect(runKey(config, 'r1', '0.1.0')).not.toBe(runKey(withOption, 'r1', '0.1.0'));
  });

  it('a cache written under another key (e.g. an older toets version) gives no hits', async () => {
    const dir = folder();
    const file = join(dir, 'c.json');
    const old = await ResultCache.open(file, 'oude-sleutel', () => undefined);
    old.set(join(dir, 'goed.md'), 'x', { filePath: 'goed.md', messages: [], suppressedMessages: [], errorCount: 0, warningCount: 0 });
    await old.save();
    const now = await ResultCache.open(file, 'nieuwe-sleutel', () => undefined);
    expect(now.get(join(dir, 'goed.md'), 'x', 'goed.md')).toBeUndefined();
  });

  it('a corrupt cache is ignored with a Dutch warning and replaced', async () => {
    const dir = folder();
    writeFileSync(join(dir, DEFAULT_CACHE_FILE), '{ dit is geen json');
    const out = await runCheck(['.'], options(), dir);
    expect(warnings.join('')).toMatch(/cache .* beschadigd .* genegeerd/);
    expect(out).toEqual(await runCheck(['.'], options({ cache: false }), dir));
    expect(() => JSON.parse(readFileSync(join(dir, DEFAULT_CACHE_FILE), 'utf8'))).not.toThrow();
  });

  it('--cache-location names the cache file; a folder gets .toetscache inside it', async () => {
    const dir = folder();
    await runCheck(['.'], options({ cacheLocation: 'eigen-cache.json' }), dir);
    expect(existsSync(join(dir, 'eigen-cache.json'))).toBe(true);
    expect(existsSync(join(dir, DEFAULT_CACHE_FILE))).toBe(false);
    await runCheck(['fout.md'], options({ cacheLocation: 'sub/' }), dir).catch(() => undefined);
    resetStats();
    await runCheck(['.'], options({ cacheLocation: 'eigen-cache.json' }), dir);
    expect(cacheStats.hits).toBe(2);
  });

  it('without --cache no cache file is written', async () => {
    const dir = folder();
    await runCheck(['.'], options({ cache: false }), dir);
    expect(existsSync(join(dir, DEFAULT_CACHE_FILE))).toBe(false);
  });
});
