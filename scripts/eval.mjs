#!/usr/bin/env node
// Scores toets on the annotated corpus (fixtures/corpus, format: ../shared/evaluatieformaat.md).
// Usage: npm run eval [-- --verbose] [-- --rule ID] [-- --json] [-- --strict] [-- DIR…]
// Runs the built CLI once over all cases (`toets check --format json`), then scores per rule.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { score, parseExpectation } = await import(join(root, 'dist/src/eval/score.js'));

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const asJson = args.includes('--json');
const strict = args.includes('--strict');
const ruleIdx = args.indexOf('--rule');
const onlyRule = ruleIdx >= 0 ? args[ruleIdx + 1] : undefined;
const dirs = args.filter((a, i) => !a.startsWith('-') && args[i - 1] !== '--rule');
const roots = dirs.length ? dirs.map((d) => resolve(d)) : [join(root, 'fixtures/corpus')];

// The table shows (and holds to the bar) every rule that the expectations of the scored sets name;
// a rule no expectation names is not annotated there, so its findings are listed apart, unscored.
const BAR = { precision: 0.9, recall: 0.8 };

function walk(dir, out) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (name.endsWith('.expect.yaml')) out.push(p);
  }
  return out;
}

function frontmatterEnd(text) {
  const lines = text.split(/\r?\n/);
  if (lines[0]?.replace(/^\uFEFF/, '').trim() !== '---') return 0;
  for (let i = 1; i < lines.length; i++) if (/^(---|\.\.\.)\s*$/.test(lines[i])) return i + 1;
  return 0;
}

const expectFiles = roots.flatMap((r) => walk(r, []));
if (expectFiles.length === 0) {
  console.error(`Geen evaluatiedocumenten (*.expect.yaml) gevonden in ${roots.join(', ')}`);
  process.exit(2);
}
const cases = expectFiles.map((f) => {
  const md = f.replace(/\.expect\.yaml$/, '.md');
  if (!existsSync(md)) throw new Error(`${relative(root, f)}: het bijbehorende .md-bestand ontbreekt`);
  const expectation = parseExpectation(YAML.parse(readFileSync(f, 'utf8')), relative(root, f));
  return { name: relative(root, md), md, expectation, frontmatterEndLine: frontmatterEnd(readFileSync(md, 'utf8')) };
});

const run = spawnSync(process.execPath, [join(root, 'bin/toets.js'), 'check', '--format', 'json', ...cases.map((c) => c.md)], {
  cwd: root,
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
  env: { ...process.env, NO_COLOR: '1' },
});
if (run.status === 2 || !run.stdout) {
  console.error('toets check faalde:\n' + (run.stderr || run.stdout));
  process.exit(2);
}
const results = JSON.parse(run.stdout);
const byPath = new Map(results.map((r) => [resolve(root, r.filePath), r]));
for (const c of cases) {
  const r = byPath.get(resolve(c.md));
  c.findings = (r?.messages ?? []).map((m) => ({ ruleId: m.ruleId, line: m.line }));
}

const named = new Set(cases.flatMap((c) => [...(c.expectation.expect ?? []), ...(c.expectation.dontcare ?? [])].map((e) => e.rule)));
const CORE = [...named];
const report = score(cases, onlyRule ? [onlyRule] : undefined);
const rows = report.rules.filter((r) => (onlyRule ? r.rule === onlyRule : named.has(r.rule)));
const unannotated = onlyRule ? [] : report.rules.filter((r) => !named.has(r.rule)).map((r) => r.rule);
const ok = (r) => r.precision >= BAR.precision && r.recall >= BAR.recall;

if (asJson) {
  console.log(JSON.stringify({ documents: cases.length, rules: rows, details: report.details }, null, 2));
} else {
  if (verbose) {
    for (const d of report.details) {
      console.log(`${d.kind === 'miss' ? 'GEMIST ' : 'VALS   '} ${d.rule.padEnd(22)} ${d.name}:${d.line}`);
    }
    console.log('');
  }
  console.log(`Corpus: ${cases.length} documenten (${roots.map((r) => relative(root, r) || '.').join(', ')})`);
  console.log('regel                   TP  gemist  vals  precisie  recall  norm');
  for (const r of rows) {
    const core = CORE.includes(r.rule);
    console.log(
      `${r.rule.padEnd(22)} ${String(r.tp).padStart(3)} ${String(r.misses).padStart(7)} ${String(r.falseAlarms).padStart(5)}` +
        `  ${r.precision.toFixed(2).padStart(8)}  ${r.recall.toFixed(2).padStart(6)}  ${core ? (ok(r) ? 'ok' : 'ONDER NORM') : '-'}`,
    );
  }
  if (unannotated.length) console.log(`Niet geannoteerd in deze set (niet gescoord): ${unannotated.join(', ')}`);
}
const failing = rows.filter((r) => CORE.includes(r.rule) && !ok(r));
process.exit(strict && failing.length ? 1 : 0);
