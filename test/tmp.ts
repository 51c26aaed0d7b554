/**
 * Temporary folders for tests, removed again after the test file has run:
 * the test suite leaves nothing behind in the system's temp folder.
 * (Vitest runs each test file in its own module context, so this hook
 * belongs to the file that imports this module.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];

afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
