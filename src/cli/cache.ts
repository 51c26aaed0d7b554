/**
 * `toets check --cache`: ESLint's semantics. A file's entry is reused when its
 * content hash and the run's key are unchanged; the key covers the resolved
 * configuration (severities, rule options, lexicon extras, section aliases,
 * inline config), the rule set (ids, meta and code of each rule) and toets's
 * version. The cache file is written atomically; a corrupt or foreign cache
 * is ignored with a warning (and replaced at the end of the run).
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ResolvedConfig } from '../config/types.js';
import type { FileResult } from '../engine/types.js';
import { atomicWrite } from '../util/atomic-write.js';

export const DEFAULT_CACHE_FILE = '.toetscache';
const FORMAT = 1;

interface CacheEntry {
  hash: string;
  result: FileResult;
}

interface CacheFile {
  format: number;
  key: string;
  entries: Record<string, CacheEntry>;
}

/** Counters for tests and `TOETS_DEBUG`: how many files came from the cache and how many were linted. */
export const cacheStats = { hits: 0, misses: 0 };

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The key of a run: everything besides a file's content that decides its results. */
export function runKey(config: ResolvedConfig, ruleSet: string, version: string): string {
  const relevant = {
    rules: config.rules,
    settings: config.settings,
    sectionAliases: config.sectionAliases,
    inlineConfig: config.inlineConfig,
  };
  return createHash('sha256').update(JSON.stringify([version, ruleSet, stableJson(relevant)])).digest('hex');
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    return `{${Object.keys(obj)
      .sort()
      .filter((k) => obj[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${stableJson(obj[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Where the cache lives: `--cache-location` (a folder gets .toetscache inside it), else .toetscache in the cwd. */
export async function cachePath(cwd: string, location: string | undefined): Promise<string> {
  if (location === undefined || location === '') return join(cwd, DEFAULT_CACHE_FILE);
  const abs = resolve(cwd, location);
  if (/[\\/]$/.test(location)) return join(abs, DEFAULT_CACHE_FILE);
  const info = await stat(abs).catch(() => undefined);
  return info?.isDirectory() ? join(abs, DEFAULT_CACHE_FILE) : abs;
}

export class ResultCache {
  private entries: Record<string, CacheEntry> = {};
  private dirty = false;

  private constructor(
    readonly file: string,
    private readonly key: string,
  ) {}

  /** Opens the cache; `warn` receives a Dutch notice when an existing cache cannot be used. */
  static async open(file: string, key: string, warn: (message: string) => void): Promise<ResultCache> {
    const cache = new ResultCache(file, key);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') warn(`de cache '${file}' kon niet worden gelezen; toets controleert alles opnieuw.`);
      return cache;
    }
    try {
      const data = JSON.parse(text) as CacheFile;
      if (!data || typeof data !== 'object' || data.format !== FORMAT || typeof data.entries !== 'object' || data.entries === null) throw new Error('format');
      if (data.key === key) cache.entries = data.entries;
      else cache.dirty = true;
    } catch {
      warn(`de cache '${file}' is beschadigd of onbekend en wordt genegeerd; toets controleert alles opnieuw.`);
      cache.dirty = true;
    }
    return cache;
  }

  /** A stored result for this file with this content, or undefined. */
  get(abs: string, hash: string, displayPath: string): FileResult | undefined {
    const entry = this.entries[abs];
    if (!entry || entry.hash !== hash || !entry.result || !Array.isArray(entry.result.messages)) {
      cacheStats.misses += 1;
      return undefined;
    }
    cacheStats.hits += 1;
    return { ...(JSON.parse(JSON.stringify(entry.result)) as FileResult), filePath: displayPath };
  }

  /** Stores a result (fatal results — unreadable files — are never stored). */
  set(abs: string, hash: string, result: FileResult): void {
    if (result.fatal) return;
    this.entries[abs] = { hash, result: JSON.parse(JSON.stringify(result)) as FileResult };
    this.dirty = true;
  }

  async save(): Promise<void> {
    if (!this.dirty) return;
    const data: CacheFile = { format: FORMAT, key: this.key, entries: this.entries };
    await atomicWrite(this.file, JSON.stringify(data));
    this.dirty = false;
  }
}
