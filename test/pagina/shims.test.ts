/**
 * The browser shims of the offline page behave as the Node built-ins they
 * replace, for what toets uses: SHA-1 fingerprints and SHA-256 CSP hashes,
 * POSIX paths and file URLs of the virtual package folder.
 */
import * as nodeCrypto from 'node:crypto';
import * as nodePath from 'node:path';
import * as nodeUrl from 'node:url';
import { describe, expect, it } from 'vitest';
import * as crypto from '../../pagina/shims/crypto.js';
import * as path from '../../pagina/shims/path.js';
import * as url from '../../pagina/shims/url.js';

const TEXTS = ['', 'a', 'toets\u0000BINARY', 'Moeder is een chaotische vrouw.', 'é€𝄞 ', 'x'.repeat(55), 'y'.repeat(56), 'z'.repeat(64), 'w'.repeat(1000)];

describe('crypto shim', () => {
  it('gives the same SHA-1 and SHA-256 as node:crypto, in hex and base64', () => {
    for (const t of TEXTS) {
      for (const alg of ['sha1', 'sha256']) {
        for (const enc of ['hex', 'base64'] as const) {
          expect(crypto.createHash(alg).update(t).digest(enc), `${alg} ${enc} ${JSON.stringify(t.slice(0, 10))}`).toBe(nodeCrypto.createHash(alg).update(t, 'utf8').digest(enc));
        }
      }
    }
  });

  it('hashes text given in several updates as one', () => {
    expect(crypto.createHash('sha1').update('rule\0').update('code').digest('hex')).toBe(nodeCrypto.createHash('sha1').update('rule\0code').digest('hex'));
  });

  it('refuses a hash it does not have, in Dutch', () => {
    expect(() => crypto.createHash('md5')).toThrow(/offline pagina/);
  });
});

describe('path and url shims', () => {
  it('join, resolve, dirname, basename, extname and relative as node:path.posix', () => {
    const cases: string[][] = [['/toets/src/engine', '../../rules'], ['/toets', 'rules', 'a', 'index.ts'], ['/toets/./x/', '..', 'y']];
    for (const c of cases) {
      expect(path.resolve(...c)).toBe(nodePath.posix.resolve(...c));
      expect(path.join(...c)).toBe(nodePath.posix.join(...c));
    }
    expect(path.dirname('/toets/src/util/paths.ts')).toBe('/toets/src/util');
    expect(path.dirname('/toets')).toBe('/');
    expect(path.basename('/toets/rules/a/index.ts')).toBe('index.ts');
    expect(path.extname('plan.md')).toBe('.md');
    expect(path.relative('/toets/src', '/toets/rules/a')).toBe(nodePath.posix.relative('/toets/src', '/toets/rules/a'));
    expect(path.isAbsolute('/x')).toBe(true);
  });

  it('turns virtual file URLs into paths and back as node:url does', () => {
    const u = 'file:///toets/src/engine/rules.ts';
    expect(url.fileURLToPath(u)).toBe(nodeUrl.fileURLToPath(u));
    expect(url.pathToFileURL('/toets/rules/feit-mening/index.ts').href).toBe(nodeUrl.pathToFileURL('/toets/rules/feit-mening/index.ts').href);
  });
});
