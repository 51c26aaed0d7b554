/**
 * `toets vergelijk OUD NIEUW`: lint two versions of one document with the
 * same configuration and show what changed (src/vergelijk/).
 */
import { resolve } from 'node:path';
import { resolveConfig } from '../config/index.js';
import { createLinter } from '../engine/index.js';
import type { LintOutput } from '../engine/index.js';
import { compare } from '../vergelijk/compare.js';
import type { Vergelijking } from '../vergelijk/model.js';
import { redactVergelijking } from '../vergelijk/redact.js';
import { htmlVergelijking } from '../vergelijk/uitvoer/html.js';
import { markdownVergelijking } from '../vergelijk/uitvoer/markdown.js';
import { stylishVergelijking } from '../vergelijk/uitvoer/stylish.js';
import { atomicWrite } from '../util/atomic-write.js';
import { checkRuleFlagIds, cliLinterOptions, refuseOutputOverInput, colorWanted, displayPath, parseRuleFlags } from './check.js';
import { OutputError, UsageError, writeProblem } from './errors.js';
import { toolVersion } from './version.js';

import { VERGELIJK_FORMATS } from './formats.js';
export { VERGELIJK_FORMATS };

export interface VergelijkOptions {
  format: string;
  output?: string;
  config?: string;
  rule: string[];
  inlineConfig: boolean;
  color?: boolean;
  redact: boolean;
  /** --plugins: the user allows the plugins named in the configuration to run. */
  plugins?: boolean;
  /** Compare even when the two look like different documents (other children, type, or dates in the wrong order). */
  force?: boolean;
}

export interface VergelijkOutcome {
  exitCode: number;
  text: string;
}

function write(v: Vergelijking, format: string, color: boolean): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify({ toets: toolVersion(), ...v, regels: v.regels.map((r) => ({ id: r.id, actielijn: r.actielijn, description: r.description })) }, null, 2)}\n`;
    case 'markdown':
      return markdownVergelijking(v);
    case 'html':
      return htmlVergelijking(v);
    default:
      return stylishVergelijking(v, color);
  }
}

/**
 * Exit codes: 0 compared; 1 the new version has new findings at error
 * level (a correction that brings in new errors); 2 usage, configuration or
 * a file that cannot be read.
 */
export async function runVergelijk(oud: string, nieuw: string, opts: VergelijkOptions, cwd = process.cwd()): Promise<VergelijkOutcome> {
  if (!(VERGELIJK_FORMATS as readonly string[]).includes(opts.format)) {
    throw new UsageError(`Onbekend formaat '${opts.format}' voor vergelijk. Kies uit: ${VERGELIJK_FORMATS.join(', ')}.`);
  }
  const ruleFlags = parseRuleFlags(opts.rule);
  const config = resolveConfig(cwd, opts.config);
  config.inlineConfig = opts.inlineConfig;
  const linterOptions = cliLinterOptions(opts.plugins);
  await checkRuleFlagIds(Object.keys(ruleFlags), config, linterOptions);
  for (const [id, severity] of Object.entries(ruleFlags)) config.rules[id] = { ...(config.rules[id] ?? {}), severity };
  if (opts.output !== undefined) await refuseOutputOverInput(opts.output, [resolve(cwd, oud), resolve(cwd, nieuw)], cwd);
  const linter = await createLinter(config, linterOptions);

  const read = async (path: string, welke: string): Promise<Required<LintOutput>> => {
    const abs = resolve(cwd, path);
    const out = await linter.lintFile(abs, displayPath(abs, cwd));
    if (out.result.fatal || !out.document) {
      throw new UsageError(`${welke} versie '${path}': ${out.result.fatal?.message ?? 'kon niet worden gelezen.'}`);
    }
    return { result: out.result, document: out.document };
  };
  const a = await read(oud, 'De oude');
  const b = await read(nieuw, 'De nieuwe');
  let v = compare(a, b, linter.rules);
  if (v.waarschuwingen.length && !opts.force) {
    // The warnings name children: with --redact they are redacted like the rest of the output.
    const shown = opts.redact ? redactVergelijking(v, { oud: a.document.text, nieuw: b.document.text }).waarschuwingen : v.waarschuwingen;
    throw new UsageError(`'${oud}' en '${nieuw}' lijken geen twee versies van hetzelfde document:\n${shown.map((w) => `  - ${w}`).join('\n')}\nGebruik --force om ze toch te vergelijken.`);
  }
  if (opts.redact) v = redactVergelijking(v, { oud: a.document.text, nieuw: b.document.text });

  const text = write(v, opts.format, colorWanted(opts.color, Boolean(opts.output)) && opts.format === 'stylish');
  if (opts.output) {
    try {
      await atomicWrite(resolve(cwd, opts.output), text);
    } catch (err) {
      throw new OutputError(`Kon het uitvoerbestand '${opts.output}' niet schrijven: ${writeProblem(err)}.`);
    }
  }
  const newErrors = v.meldingen.nieuw.some((f) => f.severity === 2);
  return { exitCode: newErrors ? 1 : 0, text: opts.output ? '' : text };
}
