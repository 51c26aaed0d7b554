/**
 * A worker thread of `toets check` over many files (src/cli/run-files.ts):
 * builds the linter once per worker and lints the files it is handed. Plugins
 * arrive already allowed by the main thread (which also gave the notices).
 */
import type { ResolvedConfig } from '../config/types.js';
import { createLinter } from '../engine/index.js';
import type { Linter } from '../engine/index.js';
import type { FileResult } from '../engine/types.js';

export interface WorkerTask {
  config: ResolvedConfig;
  plugins: string[];
  files: { abs: string; display: string }[];
}

let linter: { key: string; linter: Promise<Linter> } | undefined;

export default async function lintInWorker(task: WorkerTask): Promise<FileResult[]> {
  const key = JSON.stringify([task.config, task.plugins]);
  if (!linter || linter.key !== key) {
    linter = { key, linter: createLinter(task.config, { pluginAllowed: (spec) => task.plugins.includes(spec) }) };
  }
  const l = await linter.linter;
  const out: FileResult[] = [];
  for (const f of task.files) out.push((await l.lintFile(f.abs, f.display)).result);
  return out;
}
