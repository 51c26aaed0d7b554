/**
 * A folder toets cannot read is reported, not skipped silently. The test makes readdir fail with
 * EACCES for one folder (as root, chmod 000 would not stop the read, and CI runs as root).
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from '../tmp.js';

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readdir = ((path: string, options: unknown, callback: (err: NodeJS.ErrnoException | null, entries?: unknown) => void) => {
    if (String(path).endsWith('geheim')) return callback(Object.assign(new Error('permission denied'), { code: 'EACCES' }));
    return (fs.readdir as unknown as (p: string, o: unknown, c: unknown) => void)(path, options, callback);
  }) as unknown as typeof fs.readdir;
  return { ...fs, readdir, default: { ...fs, readdir } };
});

const { selectFiles } = await import('../../src/cli/files.js');
const sample = resolve(__dirname, '../cli/fixtures/fout.md');

describe('the folder walk and unreadable folders', () => {
  it('names the unreadable folder with a Dutch reason and still checks the rest', async () => {
    const dir = tempDir('toets-geheim-');
    mkdirSync(join(dir, 'geheim'));
    copyFileSync(sample, join(dir, 'plan.md'));
    copyFileSync(sample, join(dir, 'geheim', 'x.md'));
    const selection = await selectFiles(['.'], dir, { cliPatterns: [], configPatterns: [], configDir: dir });
    expect(selection.files).toEqual([join(dir, 'plan.md')]);
    expect(selection.unreadable).toEqual([
      { path: join(dir, 'geheim'), code: 'EACCES', message: 'Deze map kon niet worden gelezen (geen toestemming); de documenten erin zijn niet gecontroleerd.' },
    ]);
  });
});
