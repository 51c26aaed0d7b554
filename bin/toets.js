#!/usr/bin/env node
// Thin launcher: the CLI lives in dist/src/cli (built from src/cli by `npm run build`).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'dist', 'src', 'cli', 'index.js');
if (!existsSync(entry)) {
  process.stderr.write("toets: de programmacode is nog niet gebouwd. Voer eerst 'npm install' of 'npm run build' uit.\n");
  process.exit(2);
}
const { main, guardOutputStreams } = await import(pathToFileURL(entry).href);
guardOutputStreams();
const code = await main(process.argv.slice(2));
// Let stdout drain before exiting (large JSON/HTML output through a pipe).
process.exitCode = code;
