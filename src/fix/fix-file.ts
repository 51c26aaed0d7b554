/**
 * `toets check --fix` for one file: read, lint, apply the fixes, lint again
 * (up to a few passes, for fixes that overlapped), and write the result
 * atomically — only if the file did not change on disk since it was read.
 */
import { readFile, stat } from 'node:fs/promises';
import type { Linter, LintOutput } from '../engine/index.js';
import { MAX_FILE_BYTES } from '../engine/index.js';
import { atomicWrite, ChangedOnDiskError, readState, WriteRefusedError } from '../util/atomic-write.js';
import { applyFixes } from './apply.js';

const PASSES = 5;

export interface FixFileOutcome {
  output: LintOutput;
  /** Edits written to the file (0: the file was not touched). */
  edits: number;
  /** Set when the fixes could not be written; the file is unchanged. */
  problem?: 'changed-on-disk' | 'refused' | 'write-failed';
  error?: unknown;
}

export async function fixFile(linter: Linter, path: string, displayPath: string): Promise<FixFileOutcome> {
  let original: Uint8Array;
  try {
    const info = await stat(path);
    if (!info.isFile() || info.size > MAX_FILE_BYTES) return { output: await linter.lintFile(path, displayPath), edits: 0 };
    original = await readFile(path);
  } catch {
    return { output: await linter.lintFile(path, displayPath), edits: 0 };
  }
  let bytes = original;
  let output = linter.lintBytes(bytes, displayPath);
  let edits = 0;
  for (let pass = 0; pass < PASSES; pass++) {
    if (output.result.fatal) break;
    const wanted = output.result.messages.flatMap((m) => m.fix ?? []);
    if (wanted.length === 0) break;
    const fixed = applyFixes(bytes, wanted);
    if (!fixed || fixed.applied === 0) break;
    bytes = fixed.bytes;
    edits += fixed.applied;
    output = linter.lintBytes(bytes, displayPath);
  }
  if (edits === 0) return { output, edits: 0 };
  try {
    await atomicWrite(path, bytes, { expect: readState(original) });
  } catch (error) {
    // Nothing was written: report the file as it is on disk.
    const problem = error instanceof ChangedOnDiskError ? 'changed-on-disk' : error instanceof WriteRefusedError ? 'refused' : 'write-failed';
    return { output: linter.lintBytes(original, displayPath), edits: 0, problem, error };
  }
  return { output, edits };
}
