/** `toets check`: select files, lint them, report, and decide the exit code. */
import { realpath } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { pluginAllowed, resolveConfig } from '../config/index.js';
import type { ResolvedConfig } from '../config/index.js';
import { createLinter, fatalResult, loadBuiltInRules, loadPlugins, suggest } from '../engine/index.js';
import type { FileResult, RunSummary, SeverityName } from '../engine/types.js';
import type { LinterOptions } from '../engine/index.js';
import { loadReporter, FORMATS } from '../reporters/index.js';
import { atomicWrite } from '../util/atomic-write.js';
import { fixFile } from '../fix/fix-file.js';
import { selectFiles } from './files.js';
import { OutputError, UsageError, writeProblem } from './errors.js';
import { findSourceRoot } from './srcroot.js';
import { toolVersion } from './version.js';
import { isDocxPath } from '../document/index.js';
import { readStdin, STDIN_ARG, STDIN_NAME } from './stdin.js';
import { cachePath, ResultCache, runKey } from './cache.js';
import { lintSelected, progressLine, progressWanted } from './run-files.js';

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
  /** --plugins: the user allows the plugins named in the configuration to run. */
  plugins?: boolean;
  /** Apply safe fixes to the input files (written atomically; a file changed on disk meanwhile is left alone). */
  fix?: boolean;
  /**
   * Hook for steps between linting and reporting (e.g. `--redact`, which
   * replaces names in excerpts and messages): receives the full run and
   * returns what the reporter gets.
   */
  transform?: (summary: RunSummary) => RunSummary | Promise<RunSummary>;
  /** With the path '-': the name standard input stands for (messages, config lookup, .docx detection). */
  stdinFilename?: string;
  /** Reads standard input (tests pass their own). */
  readStdin?: () => Promise<Uint8Array>;
  /** --cache: reuse the results of unchanged files (not with --fix). */
  cache?: boolean;
  /** --cache-location: the cache file, or a folder for .toetscache (default: .toetscache in the cwd). */
  cacheLocation?: string;
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
  const force = process.env.FORCE_COLOR;
  if (force === '0' || force === 'false') return false;
  if (force !== undefined) return true;
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

  const usesStdin = paths.includes(STDIN_ARG);
  if (usesStdin && opts.fix) throw new UsageError("--fix werkt niet met de standaardinvoer ('-'): toets schrijft alleen in bestanden. Noem het bestand zelf.");
  // As in ESLint, --stdin-filename decides which .toetsrc.yaml applies.
  const configStart = usesStdin && opts.stdinFilename && !opts.config ? dirname(resolve(cwd, opts.stdinFilename)) : cwd;
  const config: ResolvedConfig = resolveConfig(configStart, opts.config);
  config.inlineConfig = opts.inlineConfig;
  const linterOptions = cliLinterOptions(opts.plugins);
  await checkRuleFlagIds(Object.keys(ruleFlags), config, linterOptions);
  for (const [id, severity] of Object.entries(ruleFlags)) config.rules[id] = { ...(config.rules[id] ?? {}), severity };
  const linter = await createLinter(config, linterOptions);

  const filePaths = paths.filter((p) => p !== STDIN_ARG);
  const selection = usesStdin && filePaths.length === 0 ? { files: [], missing: [], ignoredExplicit: [], unreadable: [], empty: [] } : await selectFiles(filePaths, cwd, {
    cliPatterns: opts.ignorePattern,
    configPatterns: config.ignorePatterns,
    configDir: config.baseDir,
  });
  const results: FileResult[] = [];
  let ioError = false;
  for (const arg of selection.missing) {
    results.push(fatalResult(printablePath(arg), 'Dit bestand of deze map bestaat niet (of het patroon vindt geen bestanden).', 'ENOENT'));
    ioError = true;
  }
  for (const u of selection.unreadable) {
    results.push(fatalResult(displayPath(resolve(cwd, u.path), cwd), u.message, u.code));
    ioError = true;
  }
  for (const arg of selection.empty) {
    results.push(fatalResult(printablePath(arg), 'Hier staan geen documenten om te controleren (.md of .markdown; negeerpatronen tellen mee).', 'NOFILES'));
    ioError = true;
  }
  if (opts.output !== undefined) await refuseOutputOverInput(opts.output, selection.files, cwd);
  for (const arg of selection.ignoredExplicit) {
    const r = fatalResult(printablePath(arg), 'Dit bestand is overgeslagen door een negeerpatroon (.toetsignore, --ignore-pattern of negeren:).', 'IGNORED');
    r.messages[0]!.severity = 1;
    r.errorCount = 0;
    r.warningCount = 1;
    delete r.fatal;
    results.push(r);
  }
  if (usesStdin) {
    const bytes = await (opts.readStdin ?? (() => readStdin()))();
    const { result } = linter.lintBytes(bytes, opts.stdinFilename ?? STDIN_NAME);
    if (result.fatal) ioError = true;
    results.push(result);
  }
  let fixedFiles = 0;
  let fixedEdits = 0;
  if (!opts.fix) {
    const cache = opts.cache
      ? await ResultCache.open(await cachePath(cwd, opts.cacheLocation), runKey(config, linter.ruleSet, toolVersion()), (m) => void process.stderr.write(`toets: ${m}\n`))
      : undefined;
    const progress = progressWanted(selection.files.length, process.stderr.isTTY) ? progressLine() : undefined;
    const linted = await lintSelected(
      linter,
      selection.files.map((abs) => ({ abs, display: displayPath(abs, cwd) })),
      {
        ...(cache ? { cache } : {}),
        config,
        plugins: config.plugins.filter((spec) => linterOptions.pluginAllowed?.(spec, config.baseDir)),
        ...(progress ? { onProgress: progress.update } : {}),
      },
    );
    progress?.end();
    for (const result of linted) {
      if (result.fatal) ioError = true;
      results.push(result);
    }
    if (cache) {
      try {
        await cache.save();
      } catch (err) {
        process.stderr.write(`toets: de cache '${cache.file}' kon niet worden geschreven: ${writeProblem(err)}.\n`);
      }
    }
  }
  for (const abs of opts.fix ? selection.files : []) {
    const display = displayPath(abs, cwd);
    if (opts.fix && isDocxPath(abs)) {
      // A Word document is never changed: toets reads it through a conversion it cannot write back.
      // A warning, not an error: in a folder of .md and .docx files, --fix still fixes the .md files.
      const { result } = await linter.lintFile(abs, display);
      if (result.fatal) ioError = true;
      else {
        const refusal = fatalResult(display, '--fix verandert geen Word-documenten (.docx); dit bestand is niet gewijzigd. Verbeter de meldingen in Word zelf.', 'EFIX-DOCX').messages[0]!;
        result.messages.unshift({ ...refusal, severity: 1 });
        result.warningCount += 1;
      }
      results.push(result);
      continue;
    }
    if (opts.fix) {
      const outcome = await fixFile(linter, abs, display);
      const { result } = outcome.output;
      if (outcome.edits > 0) {
        fixedFiles += 1;
        fixedEdits += outcome.edits;
      }
      if (outcome.problem) {
        ioError = true;
        const why =
          outcome.problem === 'changed-on-disk'
            ? 'Het bestand is gewijzigd terwijl toets het las; de verbeteringen zijn niet geschreven. Draai toets opnieuw.'
            : `De verbeteringen konden niet worden geschreven: ${writeProblem(outcome.error)}. Het bestand is niet gewijzigd.`;
        result.messages.unshift(fatalResult(display, why, 'EFIX').messages[0]!);
        result.errorCount += 1;
      }
      if (result.fatal) ioError = true;
      results.push(result);
      continue;
    }
  }

  if (opts.quiet) {
    for (const r of results) {
      r.messages = r.messages.filter((m) => m.severity === 2);
      r.warningCount = 0;
    }
  }
  let summary: RunSummary = {
    results,
    rules: linter.rules,
    errorCount: results.reduce((n, r) => n + r.errorCount, 0),
    warningCount: results.reduce((n, r) => n + r.warningCount, 0),
    ...(opts.fix ? { fixed: { files: fixedFiles, edits: fixedEdits } } : {}),
  };
  if (opts.transform) summary = await opts.transform(summary);
  const text = reporter(summary, {
    color: colorWanted(opts.color, Boolean(opts.output)) && opts.format === 'stylish',
    cwd,
    srcRoot: findSourceRoot(cwd),
    toolVersion: toolVersion(),
    quiet: opts.quiet,
    // stylish wraps to the terminal; to a file or a pipe it keeps the default width.
    ...(!opts.output && process.stdout.isTTY && process.stdout.columns ? { width: process.stdout.columns } : {}),
    ...(opts.maxWarnings !== undefined ? { maxWarnings: opts.maxWarnings } : {}),
  });
  if (opts.output) {
    try {
      await atomicWrite(resolve(cwd, opts.output), text);
    } catch (err) {
      throw new OutputError(`Kon het uitvoerbestand '${opts.output}' niet schrijven: ${writeProblem(err)}.`);
    }
  }
  const tooManyWarnings = opts.maxWarnings !== undefined && summary.warningCount > opts.maxWarnings;
  const exitCode = ioError ? 2 : summary.errorCount > 0 || tooManyWarnings ? 1 : 0;
  return { exitCode, text: opts.output ? '' : text };
}

/** How the CLI runs the engine: plugins only with the user's consent; notices on stderr. */
export function cliLinterOptions(pluginsFlag: boolean | undefined): LinterOptions {
  return {
    pluginAllowed: pluginAllowed({ flag: Boolean(pluginsFlag) }),
    notice: (message) => void process.stderr.write(`toets: ${message}\n`),
  };
}

/** `-o` must name a new or other file: never one of the documents being checked (that would replace it with the report). */
export async function refuseOutputOverInput(output: string, inputs: readonly string[], cwd: string): Promise<void> {
  if (output.trim() === '') throw new UsageError("De optie -o heeft een bestandsnaam nodig (nu leeg).");
  const target = await canonical(resolve(cwd, output));
  for (const input of inputs) {
    if ((await canonical(input)) === target) {
      throw new UsageError(`Het uitvoerbestand '${output}' is ook een document dat toets controleert; toets schrijft er niet overheen. Kies een ander bestand voor -o.`);
    }
  }
}

/** The real path of a file (symlinks resolved); for a file that does not exist yet, its folder's real path plus its name. */
async function canonical(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    try {
      return join(await realpath(dirname(path)), basename(path));
    } catch {
      return path;
    }
  }
}

/** A --rule flag naming an unknown rule is a usage error (the config file is not to blame). */
export async function checkRuleFlagIds(ids: string[], config: ResolvedConfig, options: LinterOptions): Promise<void> {
  if (ids.length === 0) return;
  const allowed = config.plugins.filter((spec) => options.pluginAllowed?.(spec, config.baseDir));
  const rules = [...(await loadBuiltInRules()), ...(allowed.length ? await loadPlugins(allowed, config.baseDir) : [])];
  const known = rules.map((r) => r.meta.id);
  for (const id of ids) {
    if (!known.includes(id)) throw new UsageError(`Onbekende regel '${id}' in --rule${suggest(id, known)}. Zie 'toets regels' voor alle regels.`);
  }
}

export function displayPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return printablePath(rel && !rel.startsWith('..') ? rel.split('\\').join('/') : abs);
}

/**
 * A path as it may be shown: control characters (an escape sequence in a file name would reach
 * the terminal and could rewrite what it shows) become visible \xNN codes.
 */
export function printablePath(path: string): string {
  // eslint-disable-next-line no-control-regex
  return path.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
