/**
 * (Section RuleTester: runs one rule alone on the body of one section, so a test sees every
 * report with its messageId; test/rule-tester.ts runs a rule through the engine on a whole document.)
 *
 * A RuleTester in the manner of ESLint's: one rule, a list of valid cases (no finding) and
 * invalid cases (exactly these findings, each with its messageId and the line/column span of
 * its cue). The rule runs on its own, without the engine, so the test sees the messageId of
 * every report. Each case's code is the body of a section (default "## Feiten") under a fixed
 * frontmatter; lines and columns count from the first line of that code. Two cases with the same
 * code and options are an error: a duplicate tests nothing new.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../src/document/index.js';
import type { ReportDescriptor, Rule } from '../src/engine/types.js';
import { createTaal } from '../src/taal/index.js';

export interface ValidCase {
  /** The text of the section (one or more paragraphs). */
  code: string;
  /** Options merged over the rule's defaults. */
  options?: Record<string, unknown>;
  /** Heading of the section the code stands in (default 'Feiten'). */
  section?: string;
  /** Extra frontmatter lines (YAML) added before the closing `---`. */
  frontmatter?: string;
  /** Document type (default 'gezinsplan'). */
  type?: string;
  /** Test name; default: the code. */
  name?: string;
}

export interface ExpectedError {
  messageId: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** Text of the span (the cue), when the case wants to say it. */
  cue?: string;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
}

export interface Found {
  messageId: string | undefined;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  cue: string;
  message: string;
}

const FRONTMATTER = (type: string, extra: string) => `---
type: ${type}
datum: 2025-03-14
kinderen:
  - naam: Sem
    geboortedatum: 2014-06-02
betrokkenen:
  - naam: Lisa
    rol: moeder
  - naam: Tom
    rol: vader
${extra}${extra && !extra.endsWith('\n') ? '\n' : ''}---

`;

const taal = createTaal();

/** Run one rule on one case; findings with positions relative to the case's code. */
export function runCase(rule: Rule, c: ValidCase): Found[] {
  const head = FRONTMATTER(c.type ?? 'gezinsplan', c.frontmatter ?? '') + `## ${c.section ?? 'Feiten'}\n\n`;
  const offsetLines = head.split('\n').length - 1;
  const text = head + c.code + '\n';
  const doc = buildDocument('test.md', { text, encoding: { name: 'utf-8', bom: false, lineEnding: '\n' } });
  const reports: ReportDescriptor[] = [];
  rule.check(doc, {
    options: { ...(rule.meta.defaultOptions ?? {}), ...(c.options ?? {}) },
    settings: { maandenVerouderd: 12, lexicon: {}, drempels: {} },
    taal,
    report: (d) => reports.push(d),
  });
  return reports.map((d) => ({
    messageId: d.messageId,
    line: d.span.start.line - offsetLines,
    column: d.span.start.column,
    endLine: d.span.end.line - offsetLines,
    endColumn: d.span.end.column,
    cue: text.slice(d.span.start.offset, d.span.end.offset),
    message: d.message,
  }));
}

function key(c: ValidCase): string {
  return JSON.stringify([c.code, c.options ?? {}, c.section ?? 'Feiten', c.frontmatter ?? '', c.type ?? 'gezinsplan']);
}

/** Throws when two cases (valid or invalid) are the same. */
export function assertNoDuplicates(cases: ValidCase[]): void {
  const seen = new Set<string>();
  for (const c of cases) {
    const k = key(c);
    if (seen.has(k)) throw new Error(`Dubbele testcase: ${JSON.stringify(c.code)}`);
    seen.add(k);
  }
}

/** Register vitest cases for a rule: every valid case gives no finding, every invalid case exactly its errors. */
export function ruleTester(name: string, rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  assertNoDuplicates([...cases.valid, ...cases.invalid]);
  describe(name, () => {
    for (const c of cases.valid) {
      it(`stays silent: ${c.name ?? c.code}`, () => {
        expect(runCase(rule, c)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`reports: ${c.name ?? c.code}`, () => {
        expect(c.errors.length, 'an invalid case names at least one error').toBeGreaterThan(0);
        const got = runCase(rule, c);
        const want = c.errors.map((e) => ({
          messageId: e.messageId,
          line: e.line,
          column: e.column,
          ...(e.endLine !== undefined ? { endLine: e.endLine } : {}),
          ...(e.endColumn !== undefined ? { endColumn: e.endColumn } : {}),
          ...(e.cue !== undefined ? { cue: e.cue } : {}),
        }));
        const seen = got.map((g, k) => {
          const e = c.errors[k];
          return {
            messageId: g.messageId,
            line: g.line,
            column: g.column,
            ...(e?.endLine !== undefined ? { endLine: g.endLine } : {}),
            ...(e?.endColumn !== undefined ? { endColumn: g.endColumn } : {}),
            ...(e?.cue !== undefined ? { cue: g.cue } : {}),
          };
        });
        expect(seen).toEqual(want);
      });
    }
  });
}
