/** `toets check`: select files, lint them, report, and decide the exit code. */
import { relative, resolve } from 'node:path';
import { resolveConfig } from '../config/index.js';
import type { ResolvedConfig } from '../config/index.js';
import { ConfigError } from '../config/types.js';
import { createLinter, fatalResult } from '../engine/index.js';
import type { FileResult, RunSummary, SeverityName } from '../engine/types.js';
import { loadReporter, FORMATS } from '../reporters/index.js';
import { atomicWrite } from '../util/atomic-write.js';
import { selectFiles } from './files.js';
import { UsageError } from './errors.js';

export interface CheckOptions {
  format: string;
  output?: string;
  config?: string;
  rule: string[];
  maxWarnings?: number;
  quiet: boolean;
  inlineConfig: boolean;
  color?: boolean;
  ignorePattern: string[];
}

export interface CheckOutcome {
  exitCode: number;
  text: string;
}

const SEVERITIES: SeverityName[] = ['uit', 'waarschuwing', 'fout'];

export function parseRuleFlags(flags: string[]): Record<string, SeverityName> {
  const out: Record<string, SeverityName> = {};
  for (const flag of flags) {
    const m = /^([^:\s]+):([a-z]+)$/.exec(flag.trim());
    if (!m || !SEVERITIES.includes(m[2] as SeverityName)) {
      throw new UsageError(`Ongeldige --rule '${flag}'. Gebruik regel-id:uit, regel-id:waarschuwing of regel-id:fout (bijvoorbeeld --rule feit-mening:fout).`);
    }
    out[m[1]!] = m[2] as SeverityName;
  }
  return out;
}

export function colorWanted(explicit: boolean | undefined, toFile: boolean): boolean {
  if (explicit !== undefined) return explicit;
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0') return true;
  if (toFile) return false;
  return Boolean(process.stdout.isTTY);
}

export async function runCheck(paths: string[], opts: CheckOptions, cwd = process.cwd()): Promise<CheckOutcome> {
  if (!(FORMATS as readonly string[]).includes(opts.format)) {
    throw new UsageError(`Onbekend formaat '${opts.format}'. Kies uit: ${FORMATS.join(', ')}.`);
  }
  const reporter = await loadReporter(opts.format);
  if (!reporter) throw new UsageError(`Het formaat '${opts.format}' is in deze versie niet beschikbaar.`);
  const ruleFlags = parseRuleFlags(opts.rule);

  const config: ResolvedConfig = resolveConfig(cwd, opts.config);
  config.inlineConfig = opts.inlineConfig;
  for (const [id, severity] of Object.entries(ruleFlags)) config.rules[id] = { ...(config.rules[id] ?? {}), severity };
  const linter = await createLinter(config);

  const selection = await selectFiles(paths, cwd, [...config.ignorePatterns, ...opts.ignorePattern]);
  const results: FileResult[] = [];
  let ioError = false;
  for (const arg of selection.missing) {
    results.push(fatalResult(arg, 'Dit bestand of deze map bestaat niet (of het patroon vindt geen bestanden).', 'ENOENT'));
    ioError = true;
  }
  for (const arg of selection.ignoredExplicit) {
    const r = fatalResult(arg, 'Dit bestand is overgeslagen door een negeerpatroon (.toetsignore, --ignore-pattern of negeren:).', 'IGNORED');
    r.messages[0]!.severity = 1;
    r.errorCount = 0;
    r.warningCount = 1;
    delete r.fatal;
    results.push(r);
  }
  for (const abs of selection.files) {
    const display = displayPath(abs, cwd);
    const { result } = await linter.lintFile(abs, display);
    if (result.fatal) ioError = true;
    results.push(result);
  }

  if (opts.quiet) {
    for (const r of results) {
      r.messages = r.messages.filter((m) => m.severity === 2);
      r.warningCount = 0;
    }
  }
  const summary: RunSummary = {
    results,
    rules: linter.rules,
    errorCount: results.reduce((n, r) => n + r.errorCount, 0),
    warningCount: results.reduce((n, r) => n + r.warningCount, 0),
  };
  const text = reporter(summary, {
    color: colorWanted(opts.color, Boolean(opts.output)) && opts.format === 'stylish',
    cwd,
    quiet: opts.quiet,
    ...(opts.maxWarnings !== undefined ? { maxWarnings: opts.maxWarnings } : {}),
  });
  if (opts.output) {
    try {
      await atomicWrite(resolve(cwd, opts.output), text);
    } catch (err) {
      throw new ConfigError(`Kon het uitvoerbestand '${opts.output}' niet schrijven: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}.`);
    }
  }
  const tooManyWarnings = opts.maxWarnings !== undefined && summary.warningCount > opts.maxWarnings;
  const exitCode = ioError ? 2 : summary.errorCount > 0 || tooManyWarnings ? 1 : 0;
  return { exitCode, text: opts.output ? '' : text };
}

function displayPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return rel && !rel.startsWith('..') ? rel.split('\\').join('/') : abs;
}
