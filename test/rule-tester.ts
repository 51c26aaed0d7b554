/**
 * RuleTester in the style of ESLint's: a rule's behaviour written as valid and
 * invalid cases. Each case is a document text; an invalid case lists exactly
 * the findings the rule must give (rule id is implied, message id, 1-based
 * line and column of the span's start, optionally its end and data-derived
 * message text). Duplicate cases are rejected, so a table of cases cannot
 * silently test the same thing twice.
 *
 *   ruleTester('zienswijze', {
 *     valid: [{ name: 'a quoted view of the child counts', code: doc('…') }],
 *     invalid: [{ name: 'a child of 13 without a view', code: doc('…'), errors: [{ messageId: 'kindZonderZienswijze', line: 27, column: 1 }] }],
 *   });
 */
import { describe, expect, it } from 'vitest';
import type { ResolvedConfig } from '../src/config/index.js';
import type { Finding } from '../src/engine/types.js';
import { lintWith } from './helpers.js';

export interface ExpectedError {
  messageId: string;
  line: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** A part of the message text that must appear (e.g. a filled-in name). */
  messageIncludes?: string;
  severity?: 1 | 2;
}

export interface ValidCase {
  /** The behaviour, as a sentence: it becomes the test's name. */
  name: string;
  code: string;
  options?: Record<string, unknown>;
  config?: (c: ResolvedConfig) => void;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
}

export interface Cases {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

/** Lint `code` with only `ruleId` switched on (plus options) and return its findings. */
export async function runRule(ruleId: string, c: ValidCase): Promise<Finding[]> {
  const result = await lintWith(c.code, ruleId, (config) => {
    if (c.options) config.rules[ruleId] = { ...(config.rules[ruleId] ?? {}), options: c.options };
    c.config?.(config);
  });
  return result.messages.filter((m) => m.ruleId === ruleId || m.ruleId === 'toets');
}

export function assertUnique(ruleId: string, cases: ValidCase[]): void {
  const seen = new Map<string, string>();
  for (const c of cases) {
    const key = `${c.code}\0${JSON.stringify(c.options ?? null)}\0${String(c.config ?? '')}`;
    const other = seen.get(key);
    if (other !== undefined) throw new Error(`ruleTester(${ruleId}): '${c.name}' is hetzelfde geval als '${other}'`);
    if ([...seen.values()].includes(c.name)) throw new Error(`ruleTester(${ruleId}): de naam '${c.name}' komt twee keer voor`);
    seen.set(key, c.name);
  }
}

export function ruleTester(ruleId: string, cases: Cases): void {
  assertUnique(ruleId, [...cases.valid, ...cases.invalid]);
  describe(`${ruleId}: stays silent`, () => {
    for (const c of cases.valid) {
      it(c.name, async () => {
        const found = await runRule(ruleId, c);
        expect(found.map((f) => `${f.line}:${f.column} ${f.messageId ?? ''} ${f.message}`)).toEqual([]);
      });
    }
  });
  describe(`${ruleId}: reports`, () => {
    for (const c of cases.invalid) {
      it(c.name, async () => {
        if (!c.errors.length) throw new Error(`ruleTester(${ruleId}): '${c.name}' is ongeldig maar noemt geen fouten`);
        const found = await runRule(ruleId, c);
        const shape = (f: Finding, e: ExpectedError) => ({
          messageId: f.messageId,
          line: f.line,
          ...(e.column !== undefined ? { column: f.column } : {}),
          ...(e.endLine !== undefined ? { endLine: f.endLine } : {}),
          ...(e.endColumn !== undefined ? { endColumn: f.endColumn } : {}),
          ...(e.severity !== undefined ? { severity: f.severity } : {}),
        });
        const want = c.errors.map(({ messageIncludes: _m, ...e }) => e);
        expect(found.map((f, i) => shape(f, c.errors[i] ?? c.errors[0]!))).toEqual(want);
        c.errors.forEach((e, i) => {
          if (e.messageIncludes) expect(found[i]?.message).toContain(e.messageIncludes);
        });
      });
    }
  });
}
