/**
 * toets never opens a network connection: the built CLI runs with every
 * network entry point of Node trapped (test/privacy/netwerkval.cjs, loaded
 * with --require, also in worker threads), and the trap's log must stay
 * empty. A first test shows that the trap does catch a connection attempt.
 */
import { spawnAsync } from '../spawn-async.js';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../tmp.js';

const root = resolve(__dirname, '../..');
const bin = join(root, 'bin/toets.js');
const trapFile = join(__dirname, 'netwerkval.cjs');

async function trapped(args: string[], cwd = root) {
  const log = join(tempDir('toets-net-'), 'netwerk.log');
  const r = await spawnAsync(process.execPath, ['--require', trapFile, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', TOETS_NETWERKVAL_LOG: log },
  });
  return { code: r.status, out: r.stdout, err: r.stderr, calls: existsSync(log) ? readFileSync(log, 'utf8') : '' };
}

describe('no network', () => {
  it('the trap catches fetch, http, DNS and sockets (the test can fail)', async () => {
    const script = [
      "const tries = [() => fetch('http://192.0.2.1/'), () => require('node:http').get('http://192.0.2.1/'),",
      "  () => require('node:dns').lookup('example.org', () => {}), () => require('node:net').connect(80, '192.0.2.1')];",
      'for (const t of tries) { try { t(); } catch {} }',
    ].join('\n');
    const r = (await trapped(['-e', script]));
    expect(r.calls.trim().split('\n').map((l) => l.split(' ')[1])).toEqual(['fetch', 'node:http.get', 'dns.lookup', 'net.connect']);
  });

  it('the ESM import of node:net is trapped too', async () => {
    const r = (await trapped(['--input-type=module', '-e', "import { connect } from 'node:net'; try { connect(80, '192.0.2.1'); } catch {}"]));
    expect(r.calls).toContain('net.connect');
  });

  for (const format of ['stylish', 'json', 'sarif', 'markdown', 'html']) {
    it(`toets check --format ${format} over the corpus opens no connection`, async () => {
      const out = join(tempDir('toets-net-out-'), `uit.${format}`);
      const r = (await trapped([bin, 'check', 'fixtures/corpus', 'fixtures/voorbeelden', '--format', format, '-o', out, '--redact']));
      expect(r.err).toBe('');
      expect(r.code).toBe(1);
      expect(existsSync(out)).toBe(true);
      expect(r.calls).toBe('');
    });
  }

  it('toets regels, toets init and toets vergelijk open no connection', async () => {
    const dir = tempDir('toets-net-init-');
    const regels = (await trapped([bin, 'regels', '--format', 'json']));
    expect(regels.code).toBe(0);
    expect(regels.calls).toBe('');
    const init = (await trapped([bin, 'init'], dir));
    expect(init.code).toBe(0);
    expect(existsSync(join(dir, '.toetsrc.yaml'))).toBe(true);
    expect(init.calls).toBe('');
    const v = join(root, 'fixtures/vergelijk');
    const vergelijk = (await trapped([bin, 'vergelijk', join(v, 'oud.md'), join(v, 'nieuw.md'), '--format', 'html']));
    expect(vergelijk.err).toBe('');
    expect(vergelijk.out).toContain('<html');
    expect(vergelijk.calls).toBe('');
  });
});
