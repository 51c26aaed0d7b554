#!/usr/bin/env node
// Speed benchmark for toets (npm run bench; builds first). Everything is measured in this one
// run, side by side, with the built CLI as a user starts it; each figure is printed with its
// target and the ratio. Sections (issue 17):
//   A. throughput on the five seed documents as Markdown: toets (all rules) vs alex and textlint
//      (installed by this script in a temporary folder; without the registry the ratio is skipped);
//   B. the bare parse floor (remark-parse + gfm + frontmatter and parse-dutch alone);
//   C. start-up: `toets --version` and one 50 KiB document;
//   D. linearity: lint time per KiB of a 5 MB document vs a 50 KiB one; peak memory;
//   E. 2,000 small documents without and with --cache;
//   F. the corpus, 300 documents, a 10 MB document, hostile inputs.
// Env: BENCH_RUNS (repeats for medians, default 3), BENCH_GROOT_MB (D, default 5),
// BENCH_10MB (F, default 10), BENCH_SKIP (comma list of sections to skip, e.g. "A,F").
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin/toets.js');
const corpus = join(root, 'fixtures/corpus');
const docs = readdirSync(corpus).filter((f) => f.endsWith('.md') && f !== 'ANNOTATIE.md');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SKIP = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean));
const tmp = mkdtempSync(join(tmpdir(), 'toets-bench-'));
const figures = [];

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Wall seconds of a child process (median of `runs`); exit codes in `okCodes` count as success. */
function timed(cmd, args, { runs = RUNS, cwd = root, env = {}, okCodes = [0, 1] } = {}) {
  const times = [];
  let last;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    last = spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: '1', ...env } });
    times.push(Number(process.hrtime.bigint() - t0) / 1e9);
    if (!okCodes.includes(last.status)) return { error: `${[cmd, ...args].join(' ').slice(0, 120)}: code ${last.status}\n${(last.stderr || last.stdout || '').slice(0, 600)}` };
  }
  return { s: median(times), all: times, out: last.stdout };
}

/** One line: label, figure, target, ratio and verdict. */
function report(label, value, target, ok, ratio) {
  if (ok === false) process.exitCode = 1;
  const verdict = ok === undefined ? '' : ok ? 'ok' : 'NIET GEHAALD';
  const line = `${label.padEnd(46)} ${value.padEnd(26)} doel ${target.padEnd(18)} ${ratio ? `verhouding ${ratio}`.padEnd(22) : ''.padEnd(22)} ${verdict}`;
  console.log(line);
  figures.push(line);
}

function fail(label, message) {
  process.exitCode = 1;
  console.log(`${label.padEnd(46)} MISLUKT: ${message}`);
}

const toets = (args, opts) => timed(process.execPath, [bin, ...args], opts);
const kib = (bytes) => bytes / 1024;

/** The shared folder: ../shared beside the repository, TOETS_SHARED, or /work/shared. */
function sharedDir() {
  for (const c of [resolve(root, '../shared'), process.env.TOETS_SHARED, resolve(root, '../../shared')]) {
    if (c && existsSync(join(c, 'seeds'))) return c;
  }
  return undefined;
}

/** A seed (plain text from a PDF) as a Markdown document with a minimal frontmatter. */
function seedAsMarkdown(text, i) {
  const body = text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ');
  return `---\ntype: raadsrapport\ndatum: 2025-03-14\ntitel: Brontekst ${i + 1}\n---\n\n${body}\n`;
}

const allRuleFlags = () => {
  const r = spawnSync(process.execPath, [bin, 'regels', '--format', 'json'], { encoding: 'utf8' });
  return JSON.parse(r.stdout).flatMap((rule) => ['--rule', `${rule.id}:waarschuwing`]);
};

try {
  console.log(`toets bench — ${new Date().toISOString()} — node ${process.version}, ${(await import('node:os')).availableParallelism()} cpu's, mediaan van ${RUNS}\n`);
  const ruleFlags = allRuleFlags();

  // ---------- A + B: throughput on the seeds, the peers and the parse floor ----------
  const shared = sharedDir();
  const seedDir = join(tmp, 'seeds');
  mkdirSync(seedDir);
  let seedFiles = [];
  let seedBytes = 0;
  if (!shared) {
    fail('A. doorvoer (brondocumenten)', 'map shared/seeds niet gevonden (zet TOETS_SHARED)');
  } else {
    const seeds = readdirSync(join(shared, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
    seeds.forEach((f, i) => {
      const md = seedAsMarkdown(readFileSync(join(shared, 'seeds', f), 'utf8'), i);
      const out = join(seedDir, f.replace(/\.txt$/, '.md'));
      writeFileSync(out, md);
      seedFiles.push(out);
      seedBytes += Buffer.byteLength(md);
    });
  }
  let toetsSeeds;
  if (seedFiles.length && !SKIP.has('A')) {
    console.log(`A. doorvoer op ${seedFiles.length} brondocumenten als Markdown (${kib(seedBytes).toFixed(0)} KiB)`);
    toetsSeeds = toets(['check', '--format', 'json', ...ruleFlags, seedDir], { env: { TOETS_THREADS: '1' } });
    if (toetsSeeds.error) fail('toets (alle regels)', toetsSeeds.error);
    else report('toets, alle regels', `${toetsSeeds.s.toFixed(2)} s  ${(kib(seedBytes) / toetsSeeds.s).toFixed(0)} KiB/s`, '', undefined);

    const peers = join(tmp, 'peers');
    mkdirSync(peers);
    writeFileSync(join(peers, 'package.json'), '{"name":"toets-bench-peers","private":true}');
    const install = spawnSync('npm', ['install', '--prefix', peers, '--no-audit', '--no-fund', '--loglevel=error', 'alex', 'textlint', 'textlint-rule-no-todo', 'textlint-rule-max-comma', 'textlint-rule-sentence-length'], { encoding: 'utf8', timeout: 300_000 });
    if (install.status !== 0) {
      console.log(`   alex en textlint konden niet worden geïnstalleerd (geen register?): ${(install.stderr || '').trim().split('\n').slice(-2).join(' ')}; verhoudingen overgeslagen`);
    } else if (toetsSeeds && !toetsSeeds.error) {
      const version = (name) => JSON.parse(readFileSync(join(peers, 'node_modules', name, 'package.json'), 'utf8')).version;
      const alex = timed(join(peers, 'node_modules/.bin/alex'), seedFiles, { cwd: peers, okCodes: [0, 1] });
      if (alex.error) fail('alex', alex.error);
      else {
        const ratio = alex.s / toetsSeeds.s;
        report(`alex ${version('alex')}`, `${alex.s.toFixed(2)} s  ${(kib(seedBytes) / alex.s).toFixed(0)} KiB/s`, 'toets ≥ 5× alex', ratio >= 5, `${ratio.toFixed(2)}×`);
      }
      writeFileSync(join(peers, '.textlintrc.json'), JSON.stringify({ rules: { 'no-todo': true, 'max-comma': true, 'sentence-length': true } }));
      const textlint = timed(join(peers, 'node_modules/.bin/textlint'), seedFiles, { cwd: peers, okCodes: [0, 1] });
      if (textlint.error) fail('textlint', textlint.error);
      else {
        const ratio = textlint.s / toetsSeeds.s;
        report(`textlint ${version('textlint')} (3 regels)`, `${textlint.s.toFixed(2)} s  ${(kib(seedBytes) / textlint.s).toFixed(0)} KiB/s`, 'toets ≥ 40× textlint', ratio >= 40, `${ratio.toFixed(2)}×`);
      }
    }
  }
  if (seedFiles.length && !SKIP.has('B')) {
    console.log('\nB. de kale ondergrens (remark-parse + gfm + frontmatter en parse-dutch)');
    const floor = timed(process.execPath, [join(root, 'scripts/bench-floor.mjs'), ...seedFiles], { okCodes: [0] });
    if (floor.error) fail('ondergrens', floor.error);
    else if (toetsSeeds && !toetsSeeds.error) {
      const ratio = toetsSeeds.s / floor.s;
      report('ondergrens, zelfde tekst', `${floor.s.toFixed(2)} s  ${(kib(seedBytes) / floor.s).toFixed(0)} KiB/s`, 'toets ≤ 2× ondergrens', ratio <= 2, `${ratio.toFixed(2)}×`);
    } else report('ondergrens, zelfde tekst', `${floor.s.toFixed(2)} s`, '', undefined);
  }

  // ---------- C: start-up ----------
  const body = docs.map((d) => {
    const t = readFileSync(join(corpus, d), 'utf8');
    return t.slice(t.indexOf('\n---', 4) + 4);
  });
  const first = readFileSync(join(corpus, docs[0]), 'utf8');
  const frontmatter = first.slice(0, first.indexOf('\n---', 4) + 4);
  // Repeated text would hit the language layer's sentence memo and flatter the large documents:
  // from the second round on, every sentence gets the round's number, so no sentence repeats.
  const documentOf = (bytes) => {
    const parts = [frontmatter];
    let size = frontmatter.length;
    for (let i = 0; size < bytes; i++) {
      const round = Math.floor(i / body.length);
      const b = round === 0 ? body[i % body.length] : body[i % body.length].replace(/([a-z])([.!?])(\s)/g, `$1 (ronde ${round})$2$3`);
      parts.push(b);
      size += Buffer.byteLength(b) + 1;
    }
    return parts.join('\n');
  };
  const doc50 = join(tmp, 'vijftig.md');
  writeFileSync(doc50, documentOf(50 * 1024));
  if (!SKIP.has('C')) {
    console.log('\nC. opstarten');
    const version = toets(['--version'], { runs: Math.max(5, RUNS) });
    if (version.error) fail('toets --version', version.error);
    else report('toets --version', `${(version.s * 1000).toFixed(0)} ms`, '< 150 ms', version.s < 0.15, `${(version.s / 0.15).toFixed(2)}× doel`);
    const one = toets(['check', '--format', 'json', doc50], { runs: Math.max(5, RUNS) });
    if (one.error) fail('één document van 50 KiB', one.error);
    else report(`één document van ${kib(statSync(doc50).size).toFixed(0)} KiB`, `${(one.s * 1000).toFixed(0)} ms`, '< 300 ms', one.s < 0.3, `${(one.s / 0.3).toFixed(2)}× doel`);
  }

  // ---------- D: linearity and memory ----------
  if (!SKIP.has('D')) {
    const mb = Number(process.env.BENCH_GROOT_MB ?? 5);
    console.log(`\nD. lineair (lint-tijd zonder opstart, per KiB) en geheugen`);
    const big = join(tmp, 'groot.md');
    writeFileSync(big, documentOf(mb * 1024 * 1024));
    const tiny = join(tmp, 'klein.md');
    writeFileSync(tiny, `${frontmatter}\n\n## Feiten\n\nDe moeder kwam op tijd.\n`);
    const one = (file) => {
      const r = spawnSync(process.execPath, ['--max-old-space-size=8192', join(root, 'scripts/bench-one.mjs'), file], { encoding: 'utf8', maxBuffer: 1 << 26 });
      if (r.status !== 0) return { error: (r.stderr || '').slice(0, 600) };
      return JSON.parse(r.stdout);
    };
    const small = [];
    for (let i = 0; i < Math.max(3, RUNS); i++) small.push(one(doc50));
    const base = one(tiny);
    const large = one(big);
    const bad = [...small, base, large].find((x) => x.error);
    if (bad) fail('lineair', bad.error);
    else {
      const perSmall = median(small.map((x) => x.ms)) / kib(small[0].bytes);
      const perLarge = large.ms / kib(large.bytes);
      const ratio = perLarge / perSmall;
      report(`50 KiB`, `${perSmall.toFixed(2)} ms/KiB`, '', undefined);
      report(`${(large.bytes / 1048576).toFixed(1)} MB (${(large.ms / 1000).toFixed(1)} s)`, `${perLarge.toFixed(2)} ms/KiB`, '≤ 1.2× 50 KiB', ratio <= 1.2, `${ratio.toFixed(2)}×`);
      const peak = large.maxRSS * 1024;
      const net = (large.maxRSS - base.maxRSS) * 1024;
      report(`piekgeheugen bij ${(large.bytes / 1048576).toFixed(1)} MB`, `${(peak / 1048576).toFixed(0)} MB (${(net / 1048576).toFixed(0)} MB boven leeg)`, '≤ 10× document', net <= 10 * large.bytes, `${(net / large.bytes).toFixed(1)}× document`);
    }
  }

  // ---------- E: 2,000 small documents, without and with --cache ----------
  if (!SKIP.has('E')) {
    console.log('\nE. 2.000 kleine documenten, zonder en met --cache');
    const small = join(tmp, 'klein');
    mkdirSync(small);
    const sources = ['goed.md', 'fout.md'].map((f) => readFileSync(join(root, 'test/cli/fixtures', f), 'utf8'));
    for (let i = 0; i < 2000; i++) writeFileSync(join(small, `doc-${String(i).padStart(4, '0')}.md`), `${sources[i % 2]}\nNotitie ${i}.\n`);
    const cacheFile = join(tmp, 'cache.json');
    const plain1 = toets(['check', '--format', 'json', small], { runs: 1, env: { TOETS_THREADS: '1' } });
    const plain = toets(['check', '--format', 'json', small], { runs: 1 });
    const cold = toets(['check', '--format', 'json', '--cache', '--cache-location', cacheFile, small], { runs: 1 });
    const warm = toets(['check', '--format', 'json', '--cache', '--cache-location', cacheFile, small], { runs: Math.max(3, RUNS) });
    const bad = [plain1, plain, cold, warm].find((x) => x.error);
    if (bad) fail('2.000 documenten', bad.error);
    else {
      report('zonder cache, één thread', `${plain1.s.toFixed(2)} s`, '', undefined);
      report('zonder cache (worker-pool)', `${plain.s.toFixed(2)} s`, '', undefined, `${(plain1.s / plain.s).toFixed(2)}× één thread`);
      report('--cache, eerste keer (cache vullen)', `${cold.s.toFixed(2)} s`, '', undefined);
      const ratio = plain.s / warm.s;
      report('--cache, tweede keer (niets veranderd)', `${warm.s.toFixed(2)} s`, '≥ 10× sneller', ratio >= 10, `${ratio.toFixed(1)}×`);
      if (warm.out !== plain.out) fail('--cache', 'de uitvoer uit de cache verschilt van een gewone run');
    }
  }

  // ---------- F: the existing sections ----------
  if (!SKIP.has('F')) {
    console.log('\nF. corpus, 300 documenten, groot document, vijandige invoer');
    const c = toets(['check', '--format', 'json', corpus], { runs: 1 });
    if (c.error) fail('corpus', c.error);
    else report(`corpus (${docs.length} documenten)`, `${c.s.toFixed(2)} s  ${(docs.length / c.s).toFixed(1)} doc/s`, '< 5 s', c.s < 5);
    const many = join(tmp, 'veel');
    mkdirSync(many);
    for (let i = 0; i < 300; i++) writeFileSync(join(many, `doc-${String(i).padStart(3, '0')}.md`), readFileSync(join(corpus, docs[i % docs.length]), 'utf8'));
    const m = toets(['check', '--format', 'json', many], { runs: 1 });
    if (m.error) fail('300 documenten', m.error);
    else report('map met 300 documenten', `${m.s.toFixed(2)} s  ${(300 / m.s).toFixed(1)} doc/s`, '< 30 s', m.s < 30);
    const tenMb = Number(process.env.BENCH_10MB ?? 10);
    const big = join(tmp, 'tien.md');
    writeFileSync(big, documentOf(tenMb * 1024 * 1024));
    const b = toets(['check', '--format', 'json', big], { runs: 1 });
    if (b.error) fail('groot document', b.error);
    else report(`één document van ${(statSync(big).size / 1048576).toFixed(1)} MB`, `${b.s.toFixed(2)} s`, '< 60 s', b.s < 60);

    const { adversarialInputs } = await import('./adversarial-inputs.mjs');
    const ADVERSARIAL = adversarialInputs(1);
    const { createLinter } = await import(join(root, 'dist/src/engine/index.js'));
    const { defaultConfig } = await import(join(root, 'dist/src/config/index.js'));
    const linter = await createLinter(defaultConfig(root));
    let slowest = ['', 0];
    for (const [name, payload] of ADVERSARIAL) {
      for (const text of [payload, `---\ntype: gezinsplan\ndatum: 2025-03-14\n---\n## Feiten\n\n${payload}\n\n## Krachten\n\nMoeder ${payload}\n`]) {
        const t0 = process.hrtime.bigint();
        linter.lintText(text, 'vijandig.md');
        const s = Number(process.hrtime.bigint() - t0) / 1e9;
        if (s > slowest[1]) slowest = [name, s];
      }
    }
    report(`vijandige invoer (${ADVERSARIAL.length}×2), traagste`, `${slowest[1].toFixed(2)} s (${slowest[0]})`, '< 2 s per invoer', slowest[1] < 2);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
