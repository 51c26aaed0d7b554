#!/usr/bin/env node
// One document linted in-process, for `npm run bench` (linearity and peak memory):
// prints {"ms": lint time without start-up and after a warm-up on other text, "bytes": size}. The parent reads the peak memory.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { createLinter } = await import(join(root, 'dist/src/engine/index.js'));
const { defaultConfig } = await import(join(root, 'dist/src/config/index.js'));
const config = defaultConfig(root);
for (const rule of (process.env.BENCH_RULES ?? '').split(',').filter(Boolean)) config.rules[rule] = { severity: 'waarschuwing' };
const linter = await createLinter(config);
// Warm-up on other text, so lexicons loaded on first use do not count as time per KiB.
for (const f of ['goed.md', 'fout.md']) linter.lintText(readFileSync(join(root, 'test/cli/fixtures', f), 'utf8'), f);
const bytes = readFileSync(process.argv[2]);
const t0 = process.hrtime.bigint();
const { result } = linter.lintBytes(bytes, 'doc.md');
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
process.stdout.write(JSON.stringify({ ms, bytes: bytes.length, findings: result.messages.length, maxRSS: process.resourceUsage().maxRSS }) + '\n');
