/**
 * atomicWrite (src/util/atomic-write.ts): exact bytes, the mode of an
 * existing file kept, no temporary file left behind (after success or
 * failure or an interruption), no overwrite of a file that changed on disk,
 * and the owner, links and read-only status of a fixed file kept (or a refusal).
 * The end-to-end test runs the built CLI: `npx tsc -p .` (or `npm test`) first.
 */
import { fork } from 'node:child_process';
import { spawnAsync } from '../spawn-async.js';
import { chmodSync, chownSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atomicWrite, ChangedOnDiskError, readState, WriteRefusedError } from '../../src/util/atomic-write.js';
import { tempDir } from '../tmp.js';

const root = resolve(__dirname, '../..');
const bytes = (path: string) => new Uint8Array(readFileSync(path));
const modeOf = (path: string) => statSync(path).mode & 0o7777;
const tempFilesIn = (dir: string) => readdirSync(dir).filter((n) => n.includes('.toets-tmp-'));

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (err) {
    return err;
  }
  throw new Error('expected the promise to reject');
}

describe('atomicWrite', () => {
  it('writes a new file with exactly the given text, as UTF-8', async () => {
    const dir = tempDir('toets-atom-');
    const target = join(dir, 'nieuw.md');
    await atomicWrite(target, 'Sem (11) zegt: "één keer" ✓\n');
    expect(readFileSync(target, 'utf8')).toBe('Sem (11) zegt: "één keer" ✓\n');
    expect(bytes(target).length).toBe(32); // é, é and ✓ are 2, 2 and 3 bytes
    expect(readdirSync(dir)).toEqual(['nieuw.md']);
  });

  it('overwrites an existing file completely (a shorter text leaves no tail of the old one)', async () => {
    const dir = tempDir('toets-atom-');
    const target = join(dir, 'plan.md');
    writeFileSync(target, 'een veel langere oude inhoud\nmet twee regels\n');
    await atomicWrite(target, 'kort\n');
    expect(readFileSync(target, 'utf8')).toBe('kort\n');
    expect(readdirSync(dir)).toEqual(['plan.md']);
  });

  it.each([
    [0o600, 'geheim.md', 'oud\n', 'nieuw\n'],
    [0o755, 'script.sh', '#!/bin/sh\n', '#!/bin/sh\necho hallo\n'],
  ])('keeps mode %o of an existing file', async (mode, name, before, after) => {
    const dir = tempDir('toets-atom-');
    const target = join(dir, name);
    writeFileSync(target, before);
    chmodSync(target, mode);
    await atomicWrite(target, after);
    expect(modeOf(target)).toBe(mode);
    expect(readFileSync(target, 'utf8')).toBe(after);
  });

  it('writes CRLF text byte for byte', async () => {
    const dir = tempDir('toets-atom-');
    const target = join(dir, 'crlf.md');
    await atomicWrite(target, '---\r\ntype: gezinsplan\r\n---\r\n## Feiten\r\n');
    expect([...bytes(target)]).toEqual([...new TextEncoder().encode('---\r\ntype: gezinsplan\r\n---\r\n## Feiten\r\n')]);
    expect(bytes(target).filter((b) => b === 0x0d).length).toBe(4);
  });

  it('writes UTF-16LE with BOM and UTF-8 with BOM byte for byte (Uint8Array)', async () => {
    const dir = tempDir('toets-atom-');
    const text = 'Ké\r\n';
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      utf16[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      utf16[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    await atomicWrite(join(dir, 'utf16.md'), utf16);
    expect([...bytes(join(dir, 'utf16.md'))]).toEqual([0xff, 0xfe, 0x4b, 0x00, 0xe9, 0x00, 0x0d, 0x00, 0x0a, 0x00]);

    const utf8bom = new Uint8Array([0xef, 0xbb, 0xbf, 0x4b, 0xc3, 0xa9, 0x0d, 0x0a]);
    await atomicWrite(join(dir, 'bom.md'), utf8bom);
    expect([...bytes(join(dir, 'bom.md'))]).toEqual([0xef, 0xbb, 0xbf, 0x4b, 0xc3, 0xa9, 0x0d, 0x0a]);

    // All 256 byte values, including NUL and lone continuation bytes, survive unchanged.
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    await atomicWrite(join(dir, 'alle.bin'), all);
    expect([...bytes(join(dir, 'alle.bin'))]).toEqual([...all]);
    expect(readdirSync(dir).sort()).toEqual(['alle.bin', 'bom.md', 'utf16.md']);
  });

  it('writes an empty file', async () => {
    const dir = tempDir('toets-atom-');
    const target = join(dir, 'leeg.md');
    writeFileSync(target, 'iets\n');
    await atomicWrite(target, new Uint8Array());
    expect(statSync(target).size).toBe(0);
    expect(readdirSync(dir)).toEqual(['leeg.md']);
  });

  it('leaves no temporary file after many writes to the same target', async () => {
    const dir = tempDir('toets-atom-');
    const target = join(dir, 'vaak.json');
    for (let i = 0; i < 20; i++) await atomicWrite(target, `{"n":${i}}\n`);
    expect(readFileSync(target, 'utf8')).toBe('{"n":19}\n');
    expect(readdirSync(dir)).toEqual(['vaak.json']);
    expect(tempFilesIn(dir)).toEqual([]);
  });

  it('rejects when the target is an existing folder, and leaves no temporary file', async () => {
    const dir = tempDir('toets-atom-');
    const target = join(dir, 'map');
    mkdirSync(target);
    writeFileSync(join(target, 'binnen.md'), 'blijft\n');
    const err = (await rejection(atomicWrite(target, 'x'))) as NodeJS.ErrnoException;
    expect(err).toBeInstanceOf(Error);
    expect(err).not.toBeInstanceOf(ChangedOnDiskError);
    expect(err.code).toBe('EISDIR'); // rename(file, folder)
    expect(readdirSync(dir)).toEqual(['map']);
    expect(tempFilesIn(dir)).toEqual([]);
    expect(readdirSync(target)).toEqual(['binnen.md']);
    expect(readFileSync(join(target, 'binnen.md'), 'utf8')).toBe('blijft\n');
  });

  it('rejects with ENOENT when the folder does not exist, and creates nothing', async () => {
    const dir = tempDir('toets-atom-');
    const err = (await rejection(atomicWrite(join(dir, 'bestaat-niet', 'uit.json'), '{}'))) as NodeJS.ErrnoException;
    expect(err.code).toBe('ENOENT');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses to overwrite a file whose content changed since it was read, even with the same mtime: ChangedOnDiskError, content unchanged', async () => {
    const dir = tempDir('toets-atom-');
    const target = join(dir, 'plan.md');
    writeFileSync(target, 'zoals toets het las\n');
    const seen = readState(readFileSync(target));
    const mtime = statSync(target).mtime;
    // Another program saves an edit of the same length and restores the mtime (cp -p, FAT, SMB).
    writeFileSync(target, 'door iemand gewijzigd\n');
    utimesSync(target, mtime, mtime);
    const err = await rejection(atomicWrite(target, 'mijn versie\n', { expect: seen }));
    expect(err).toBeInstanceOf(ChangedOnDiskError);
    expect((err as Error).message).toBe(`${target} is gewijzigd nadat toets het las; er is niets geschreven.`);
    expect(readFileSync(target, 'utf8')).toBe('door iemand gewijzigd\n');
    expect(readdirSync(dir)).toEqual(['plan.md']);
  });

  it('writes when the file still holds what was read', async () => {
    const dir = tempDir('toets-atom-');
    const target = join(dir, 'plan.md');
    writeFileSync(target, 'oud\n');
    await atomicWrite(target, 'nieuw\n', { expect: readState(readFileSync(target)) });
    expect(readFileSync(target, 'utf8')).toBe('nieuw\n');
    expect(readdirSync(dir)).toEqual(['plan.md']);
  });

  it('a file that was removed after it was read is not written again', async () => {
    const dir = tempDir('toets-atom-');
    const target = join(dir, 'weg.md');
    const err = await rejection(atomicWrite(target, 'er\n', { expect: readState(new TextEncoder().encode('er was eens\n')) }));
    expect(err).toBeInstanceOf(ChangedOnDiskError);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses to fix a read-only file and leaves it read-only and unchanged', async () => {
    const dir = tempDir('toets-atom-');
    const target = join(dir, 'plan.md');
    writeFileSync(target, 'oud\n');
    chmodSync(target, 0o444);
    const err = await rejection(atomicWrite(target, 'nieuw\n', { expect: readState(readFileSync(target)) }));
    expect(err).toBeInstanceOf(WriteRefusedError);
    expect((err as Error).message).toBe('het bestand is alleen-lezen; toets laat het zo');
    expect(readFileSync(target, 'utf8')).toBe('oud\n');
    expect(statSync(target).mode & 0o777).toBe(0o444);
  });

  it('refuses to fix a file with several hard links (a rename would split them)', async () => {
    const dir = tempDir('toets-atom-');
    const target = join(dir, 'plan.md');
    writeFileSync(target, 'oud\n');
    linkSync(target, join(dir, 'ook-plan.md'));
    const err = await rejection(atomicWrite(target, 'nieuw\n', { expect: readState(readFileSync(target)) }));
    expect(err).toBeInstanceOf(WriteRefusedError);
    expect(statSync(target).nlink).toBe(2);
    expect(readFileSync(join(dir, 'ook-plan.md'), 'utf8')).toBe('oud\n');
  });

  it('fixes a file through a symlink: the target changes, the link stays a link', async () => {
    const dir = tempDir('toets-atom-');
    const real = join(dir, 'echt.md');
    writeFileSync(real, 'oud\n');
    symlinkSync(real, join(dir, 'plan.md'));
    await atomicWrite(join(dir, 'plan.md'), 'nieuw\n', { expect: readState(readFileSync(real)) });
    expect(lstatSync(join(dir, 'plan.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toBe('nieuw\n');
  });

  it.runIf(process.getuid?.() === 0)('keeps the owner and group of a file owned by another user (run as root)', async () => {
    const dir = tempDir('toets-atom-');
    const target = join(dir, 'plan.md');
    writeFileSync(target, 'oud\n');
    chownSync(target, 1234, 2345);
    await atomicWrite(target, 'nieuw\n', { expect: readState(readFileSync(target)) });
    expect([statSync(target).uid, statSync(target).gid]).toEqual([1234, 2345]);
  });

  it('removes its temporary file when the process is interrupted (SIGINT) during a write', async () => {
    const dir = tempDir('toets-atom-');
    const script = join(dir, 'schrijf.mjs');
    writeFileSync(
      script,
      `import { atomicWrite } from ${JSON.stringify(join(root, 'dist/src/util/atomic-write.js'))};\n` +
        `process.on('message', () => {});\n` +
        `const big = new Uint8Array(512 * 1024 * 1024);\n` +
        `await atomicWrite(${JSON.stringify(join(dir, 'uit.md'))}, big);\n`,
    );
    const child = fork(script, [], { stdio: 'ignore' });
    // Wait (a bounded number of steps) until the temporary file exists, then interrupt.
    let seen = false;
    for (let step = 0; step < 2000 && !seen; step++) {
      seen = readdirSync(dir).some((n) => n.includes('toets-tmp'));
      if (!seen) await new Promise((r) => setTimeout(r, 5));
    }
    expect(seen).toBe(true);
    child.kill('SIGINT');
    await new Promise((r) => child.once('exit', r));
    expect(readdirSync(dir).filter((n) => n.includes('toets-tmp'))).toEqual([]);
  });
});

describe('toets check -o (built CLI)', () => {
  it('writes the output file, leaves no temporary file, and does not touch the inputs', async () => {
    const inputDir = join(root, 'fixtures/voorbeelden');
    const inputs = readdirSync(inputDir).sort();
    expect(inputs).toEqual(['gezinsplan-goed.md', 'gezinsplan-met-fouten.md', 'gezinsplan-word.docx', 'raadsrapport.md']);
    const before = inputs.map((n) => ({ name: n, mtimeMs: statSync(join(inputDir, n)).mtimeMs, bytes: [...bytes(join(inputDir, n))] }));

    const out = tempDir('toets-atom-cli-');
    const target = join(out, 'uit.json');
    const run = await spawnAsync(process.execPath, [join(root, 'bin/toets.js'), 'check', 'fixtures/voorbeelden', '-o', target, '--format', 'json'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('');
    expect(run.status).toBe(1); // gezinsplan-met-fouten.md has errors

    expect(readdirSync(out)).toEqual(['uit.json']);
    const written = readFileSync(target, 'utf8');
    const json = JSON.parse(written) as { filePath: string }[];
    expect(json.map((r) => r.filePath)).toEqual([
      'fixtures/voorbeelden/gezinsplan-goed.md',
      'fixtures/voorbeelden/gezinsplan-met-fouten.md',
      'fixtures/voorbeelden/gezinsplan-word.docx',
      'fixtures/voorbeelden/raadsrapport.md',
    ]);
    // The file holds exactly what the same command prints without -o.
    const toStdout = await spawnAsync(process.execPath, [join(root, 'bin/toets.js'), 'check', 'fixtures/voorbeelden', '--format', 'json'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(written).toBe(toStdout.stdout);

    const after = inputs.map((n) => ({ name: n, mtimeMs: statSync(join(inputDir, n)).mtimeMs, bytes: [...bytes(join(inputDir, n))] }));
    expect(after).toEqual(before);
    expect(tempFilesIn(inputDir)).toEqual([]);
    expect(tempFilesIn(root)).toEqual([]);
  });
});
