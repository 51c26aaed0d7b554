/**
 * Issue 16, code execution: a .toetsrc.yaml in a received folder (or above it) must not run a plugin
 * without the user's word, and files someone else could have written are refused.
 */
import { spawnAsync } from '../spawn-async.js';
import { chmodSync, chownSync, copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../tmp.js';

const root = resolve(__dirname, '../..');
const bin = join(root, 'bin/toets.js');
const sample = join(root, 'test/cli/fixtures/goed.md');

async function toets(args: string[], cwd: string, env: Record<string, string> = {}) {
  const r = await spawnAsync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', XDG_CONFIG_HOME: join(cwd, '.geen-instellingen'), ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A dossier as received: a document, a config naming a plugin, and a plugin that leaves a marker when it runs. */
function hostileDossier(): { dir: string; marker: string } {
  const dir = tempDir('toets-dossier-');
  const marker = join(dir, 'GELADEN');
  mkdirSync(join(dir, '.x'));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(
    join(dir, '.x', 'sjabloon.mjs'),
    `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, 'ja');\nexport default [];\n`,
  );
  writeFileSync(join(dir, '.toetsrc.yaml'), 'plugins: ["./.x/sjabloon.mjs"]\n');
  copyFileSync(sample, join(dir, 'plan.md'));
  copyFileSync(sample, join(dir, 'sub', 'plan.md'));
  return { dir, marker };
}

describe('plugins run only with the user\'s consent', () => {
  it.each([
    ['check in the folder', ['check', 'plan.md'], ''],
    ['check in a subfolder', ['check', 'plan.md'], 'sub'],
    ['regels', ['regels'], ''],
    ['vergelijk', ['vergelijk', 'plan.md', 'sub/plan.md'], ''],
    ['check on a missing file', ['check', 'bestaat-niet.md'], ''],
  ])('%s: the plugin does not run, and toets says it was not loaded', async (_name, args, sub) => {
    const { dir, marker } = hostileDossier();
    const r = (await toets(args, join(dir, sub)));
    expect(existsSync(marker)).toBe(false);
    expect(r.err).toContain('noemt plug-ins die niet zijn geladen: ./.x/sjabloon.mjs');
  });

  it('with --plugins the plugin runs and toets names the file it loads', async () => {
    const { dir, marker } = hostileDossier();
    const r = (await toets(['check', 'plan.md', '--plugins'], dir));
    expect(existsSync(marker)).toBe(true);
    expect(r.err).toBe(`toets: plug-in geladen: ${join(dir, '.x', 'sjabloon.mjs')}\n`);
  });

  it('TOETS_PLUGINS=1 is consent too', async () => {
    const { dir, marker } = hostileDossier();
    (await toets(['check', 'plan.md'], dir, { TOETS_PLUGINS: '1' }));
    expect(existsSync(marker)).toBe(true);
  });

  it('a plugin on the list in the user\'s own settings file runs; another one does not', async () => {
    const { dir, marker } = hostileDossier();
    const settings = join(dir, '.mijn-instellingen');
    mkdirSync(join(settings, 'toets'), { recursive: true });
    writeFileSync(join(settings, 'toets', 'plugins.yaml'), `toegestaan:\n  - ${join(dir, '.x', 'ander.mjs')}\n`);
    (await toets(['check', 'plan.md'], dir, { XDG_CONFIG_HOME: settings }));
    expect(existsSync(marker)).toBe(false);
    writeFileSync(join(settings, 'toets', 'plugins.yaml'), `toegestaan:\n  - ${join(dir, '.x', 'sjabloon.mjs')}\n`);
    (await toets(['check', 'plan.md'], dir, { XDG_CONFIG_HOME: settings }));
    expect(existsSync(marker)).toBe(true);
  });

  it('a plugin in a folder everyone may write to is refused, even with --plugins', async () => {
    const { dir, marker } = hostileDossier();
    chmodSync(join(dir, '.x'), 0o777);
    const r = (await toets(['check', 'plan.md', '--plugins'], dir));
    expect(existsSync(marker)).toBe(false);
    expect(r.code).toBe(2);
    expect(r.err).toContain('wordt niet geladen: iedereen mag bestanden neerzetten in de map');
  });
});

describe('configuration files someone else could have written', () => {
  it('a .toetsrc.yaml in a folder everyone may write to is not used (exit 2, with the reason)', async () => {
    const dir = tempDir('toets-gedeeld-');
    chmodSync(dir, 0o777);
    mkdirSync(join(dir, 'dossier'));
    writeFileSync(join(dir, '.toetsrc.yaml'), 'regels:\n  krachten: uit\n');
    copyFileSync(sample, join(dir, 'dossier', 'plan.md'));
    const r = (await toets(['check', 'plan.md'], join(dir, 'dossier')));
    expect(r.code).toBe(2);
    expect(r.err).toContain('Deze configuratie wordt niet gebruikt: iedereen mag bestanden neerzetten in de map');
  });

  it.runIf(process.getuid?.() === 0)('a .toetsrc.yaml owned by another user is not used (run as root, as CI does)', async () => {
    const dir = tempDir('toets-ander-');
    writeFileSync(join(dir, '.toetsrc.yaml'), 'regels:\n  krachten: uit\n');
    chownSync(join(dir, '.toetsrc.yaml'), 4321, 4321);
    copyFileSync(sample, join(dir, 'plan.md'));
    const r = (await toets(['check', 'plan.md'], dir));
    expect(r.code).toBe(2);
    expect(r.err).toContain('het bestand is van een andere gebruiker (uid 4321)');
  });

  it('the same file given explicitly with --config is used: the user chose it', async () => {
    const dir = tempDir('toets-gedeeld-');
    chmodSync(dir, 0o777);
    writeFileSync(join(dir, '.toetsrc.yaml'), 'regels:\n  krachten: uit\n');
    copyFileSync(sample, join(dir, 'plan.md'));
    const r = (await toets(['check', 'plan.md', '--config', '.toetsrc.yaml'], dir));
    expect(r.code).toBe(0);
  });
});

describe('a plugin rule that fails', () => {
  it('an async rule that rejects becomes "Interne fout in regel …"; the other files and rules go on', async () => {
    const dir = tempDir('toets-async-');
    writeFileSync(
      join(dir, 'async.mjs'),
      `export default { meta: { id: 'eigen/async', description: 'x', explanation: 'x', defaultSeverity: 'fout', actielijn: 3, docs: 'x', recommendation: { document: 'd', section: 's', summary: 'r' } },\n` +
        `  async check() { await null; throw new Error('kapot'); } };\n`,
    );
    writeFileSync(join(dir, '.toetsrc.yaml'), 'plugins: ["./async.mjs"]\n');
    copyFileSync(sample, join(dir, 'a.md'));
    copyFileSync(join(root, 'test/cli/fixtures/fout.md'), join(dir, 'b.md'));
    const r = (await toets(['check', '.', '--plugins', '--format', 'json'], dir));
    expect(r.code).toBe(1);
    expect(r.err).not.toMatch(/at |Error: kapot/);
    const results = JSON.parse(r.out) as { filePath: string; messages: { ruleId: string; message: string }[] }[];
    expect(results.map((x) => x.filePath)).toEqual(['a.md', 'b.md']);
    for (const result of results) {
      expect(result.messages.find((m) => m.ruleId === 'eigen/async')?.message).toMatch(/^Interne fout in regel 'eigen\/async': de functie check is asynchroon/);
    }
    expect(results[1]!.messages.some((m) => m.ruleId === 'feit-mening')).toBe(true);
  });
});
