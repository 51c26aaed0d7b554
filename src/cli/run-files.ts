/**
 * Linting the selected files for `toets check`: results from the cache
 * (`--cache`), a worker pool for many files, a progress line on a terminal.
 * The results come back in the order of the selection, whatever path each
 * file took, so the output is the same as one thread without a cache.
 */
import { availableParallelism } from 'node:os';
import { readFile, stat } from 'node:fs/promises';
import type { ResolvedConfig } from '../config/types.js';
import { MAX_FILE_BYTES } from '../engine/index.js';
import type { Linter } from '../engine/index.js';
import type { FileResult } from '../engine/types.js';
import { contentHash, type ResultCache } from './cache.js';
import type { WorkerTask } from './lint-worker.js';

export interface SelectedFile {
  abs: string;
  display: string;
}

export interface RunFilesOptions {
  cache?: ResultCache;
  /** For the worker pool: the configuration and the plugins the user allowed. */
  config: ResolvedConfig;
  plugins: string[];
  /** Called after each finished file (progress line). */
  onProgress?: (done: number, total: number) => void;
}

/** Files to lint before a worker pool pays for its start (each worker loads the engine again). */
export const POOL_THRESHOLD = 20;
const CHUNK = 8;
const READ_BATCH = 64;

/**
 * How many worker threads to use: none (lint in this thread) below the threshold or on one CPU.
 * TOETS_THREADS overrides (1: never a pool; n ≥ 2: a pool of n, also for few files).
 */
export function poolSize(files: number, cpus = availableParallelism(), env: NodeJS.ProcessEnv = process.env): number {
  const forced = env.TOETS_THREADS;
  if (forced !== undefined && /^\d+$/.test(forced)) {
    const n = Number(forced);
    return n >= 2 && files > 0 ? n : 0;
  }
  if (files <= POOL_THRESHOLD || cpus < 2) return 0;
  return Math.min(cpus, Math.ceil(files / CHUNK));
}

export async function lintSelected(linter: Linter, files: SelectedFile[], opts: RunFilesOptions): Promise<FileResult[]> {
  const results: FileResult[] = new Array(files.length);
  const hashes = new Map<number, string>();
  const todo: number[] = [];
  let done = 0;
  const tick = () => opts.onProgress?.(++done, files.length);

  if (opts.cache) {
    // Read and hash in parallel batches (one file after another leaves the process idle, waiting on the disk).
    for (let from = 0; from < files.length; from += READ_BATCH) {
      const batch = files.slice(from, from + READ_BATCH);
      const bytes = await Promise.all(batch.map((f) => readRegular(f.abs)));
      batch.forEach((f, k) => {
        const i = from + k;
        const b = bytes[k];
        if (b) {
          const hash = contentHash(b);
          hashes.set(i, hash);
          const hit = opts.cache!.get(f.abs, hash, f.display);
          if (hit) {
            results[i] = hit;
            tick();
            return;
          }
        }
        todo.push(i);
      });
    }
  } else {
    for (let i = 0; i < files.length; i++) todo.push(i);
  }

  const threads = poolSize(todo.length);
  if (threads >= 2) {
    await lintInPool(todo, files, results, threads, opts, tick);
  } else {
    for (const i of todo) {
      results[i] = (await linter.lintFile(files[i]!.abs, files[i]!.display)).result;
      tick();
    }
  }
  if (opts.cache) for (const i of todo) if (hashes.has(i)) opts.cache.set(files[i]!.abs, hashes.get(i)!, results[i]!);
  return results;
}

/** The bytes of a regular file within the size limit; undefined otherwise (the linter then gives the right message). */
async function readRegular(path: string): Promise<Uint8Array | undefined> {
  try {
    const info = await stat(path);
    if (!info.isFile() || info.size > MAX_FILE_BYTES) return undefined;
    return await readFile(path);
  } catch {
    return undefined;
  }
}

async function lintInPool(
  todo: number[],
  files: SelectedFile[],
  results: FileResult[],
  threads: number,
  opts: RunFilesOptions,
  tick: () => void,
): Promise<void> {
  const { Tinypool } = await import('tinypool');
  const pool = new Tinypool({ filename: new URL('./lint-worker.js', import.meta.url).href, minThreads: threads, maxThreads: threads });
  try {
    const chunks: number[][] = [];
    for (let k = 0; k < todo.length; k += CHUNK) chunks.push(todo.slice(k, k + CHUNK));
    await Promise.all(
      chunks.map(async (chunk) => {
        const task: WorkerTask = { config: opts.config, plugins: opts.plugins, files: chunk.map((i) => files[i]!) };
        const out = (await pool.run(task)) as FileResult[];
        chunk.forEach((i, k) => {
          results[i] = out[k]!;
          tick();
        });
      }),
    );
  } finally {
    await pool.destroy();
  }
}

/** A progress line only for more than 20 files, on a terminal, and never in CI. */
export function progressWanted(files: number, isTTY: boolean | undefined, env: NodeJS.ProcessEnv = process.env): boolean {
  if (files <= POOL_THRESHOLD || !isTTY) return false;
  if (env.CI !== undefined && env.CI !== '' && env.CI !== 'false' && env.CI !== '0') return false;
  return true;
}

/** A progress line on stderr that rewrites itself; `end()` removes it. */
export function progressLine(stream: NodeJS.WriteStream = process.stderr): { update: (done: number, total: number) => void; end: () => void } {
  let last = 0;
  let shown = false;
  return {
    update(done, total) {
      const now = Date.now();
      if (done < total && now - last < 100) return;
      last = now;
      shown = true;
      stream.write(`\r\x1b[Ktoets: ${done} van ${total} bestanden gecontroleerd`);
    },
    end() {
      if (shown) stream.write('\r\x1b[K');
    },
  };
}
