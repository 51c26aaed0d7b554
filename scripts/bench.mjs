#!/usr/bin/env node
// Speed benchmark for toets (npm run bench). Builds first via the npm script.
// Measures, with the built CLI:
//   1. the annotated corpus (fixtures/corpus), as a teamleider's folder;
//   2. a folder of 300 documents (copies of the corpus under other names);
//   3. one large document of about 10 MB.
// Prints wall-clock seconds and documents per second. Targets (2 cores): the corpus in under
// 5 s, 300 documents in under 30 s, a 10 MB document in under 60 s.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin/toets.js');
const corpus = join(root, 'fixtures/corpus');
const docs = readdirSync(corpus).filter((f) => f.endsWith('.md') && f !== 'ANNOTATIE.md');

function run(label, args, targetSeconds, count) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [bin, 'check', '--format', 'json', ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status === 2) {
    console.error(`${label}: toets faalde\n${r.stderr}`);
    process.exitCode = 1;
    return;
  }
  const ok = s <= targetSeconds;
  if (!ok) process.exitCode = 1;
  console.log(`${label.padEnd(34)} ${s.toFixed(2).padStart(7)} s  ${(count / s).toFixed(1).padStart(7)} doc/s  (doel < ${targetSeconds} s) ${ok ? 'ok' : 'TE TRAAG'}`);
}

const tmp = mkdtempSync(join(tmpdir(), 'toets-bench-'));
try {
  run(`corpus (${docs.length} documenten)`, [corpus], 5, docs.length);

  const many = join(tmp, 'veel');
  for (let i = 0; i < 300; i++) {
    const src = docs[i % docs.length];
    const text = readFileSync(join(corpus, src), 'utf8');
    writeFileSync(join(tmp, `doc-${String(i).padStart(3, '0')}.md`), text);
  }
  void many;
  run('map met 300 documenten', [tmp], 30, 300);

  // One ~10 MB document: a frontmatter and the corpus bodies repeated.
  const first = readFileSync(join(corpus, docs[0]), 'utf8');
  const fmEnd = first.indexOf('\n---', 4) + 4;
  const bodies = docs.map((d) => {
    const t = readFileSync(join(corpus, d), 'utf8');
    return t.slice(t.indexOf('\n---', 4) + 4);
  });
  const parts = [first.slice(0, fmEnd)];
  let size = parts[0].length;
  for (let i = 0; size < 10 * 1024 * 1024; i++) {
    const b = bodies[i % bodies.length];
    parts.push(b);
    size += b.length;
  }
  const big = join(tmpdir(), `toets-bench-groot-${process.pid}.md`);
  writeFileSync(big, parts.join('\n'));
  const mb = statSync(big).size / 1048576;
  run(`één document van ${mb.toFixed(1)} MB`, [big], 60, 1);
  rmSync(big, { force: true });

  // Hostile inputs (tests check that each is handled correctly; their speed is measured here).
  const { adversarialInputs } = await import('./adversarial-inputs.mjs');
  const ADVERSARIAL = adversarialInputs(1);
  const { createLinter } = await import(join(root, 'dist/src/engine/index.js'));
  const { defaultConfig } = await import(join(root, 'dist/src/config/index.js'));
  const linter = await createLinter(defaultConfig(root));
  const HOSTILE_TARGET = 2;
  let slowest = ['', 0];
  for (const [name, payload] of ADVERSARIAL) {
    for (const text of [payload, `---\ntype: gezinsplan\ndatum: 2025-03-14\n---\n## Feiten\n\n${payload}\n\n## Krachten\n\nMoeder ${payload}\n`]) {
      const t0 = process.hrtime.bigint();
      linter.lintText(text, 'vijandig.md');
      const s = Number(process.hrtime.bigint() - t0) / 1e9;
      if (s > slowest[1]) slowest = [name, s];
    }
  }
  const hostileOk = slowest[1] <= HOSTILE_TARGET;
  if (!hostileOk) process.exitCode = 1;
  console.log(`${`vijandige invoer (${ADVERSARIAL.length}×2)`.padEnd(34)} traagste ${slowest[1].toFixed(2)} s (${slowest[0]})  (doel < ${HOSTILE_TARGET} s per invoer) ${hostileOk ? 'ok' : 'TE TRAAG'}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
