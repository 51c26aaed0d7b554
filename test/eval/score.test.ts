import { describe, expect, it } from 'vitest';
import { parseExpectation, score } from '../../src/eval/score.js';

describe('score', () => {
  it('counts hits, misses and false alarms per rule as evaluatieformaat.md defines', () => {
    const report = score([
      {
        name: 'a.md',
        frontmatterEndLine: 5,
        expectation: {
          expect: [
            { rule: 'bronvermelding', line: 10 },
            { rule: 'feit-mening', line: 12, endLine: 13 },
            { rule: 'krachten', line: 'any' },
            { rule: 'bronvermelding', line: 20 },
          ],
          dontcare: [{ rule: 'feit-mening', line: 30 }],
        },
        findings: [
          { ruleId: 'bronvermelding', line: 10 },
          { ruleId: 'bronvermelding', line: 10 }, // same line twice: counts once
          { ruleId: 'feit-mening', line: 13 },
          { ruleId: 'feit-mening', line: 30 }, // dontcare
          { ruleId: 'feit-mening', line: 31 }, // false alarm
          { ruleId: 'krachten', line: 44 },
          { ruleId: 'bronvermelding', line: 3 }, // inside frontmatter: never a false alarm
          { ruleId: 'bronvermelding', line: 22 }, // false alarm
        ],
      },
    ]);
    const byRule = Object.fromEntries(report.rules.map((r) => [r.rule, r]));
    expect(byRule['bronvermelding']).toMatchObject({ tp: 1, misses: 1, falseAlarms: 1, precision: 0.5, recall: 0.5 });
    expect(byRule['feit-mening']).toMatchObject({ tp: 1, misses: 0, falseAlarms: 1, precision: 0.5, recall: 1 });
    expect(byRule['krachten']).toMatchObject({ tp: 1, misses: 0, falseAlarms: 0 });
    expect(report.details).toEqual([
      { name: 'a.md', rule: 'bronvermelding', kind: 'miss', line: 20 },
      { name: 'a.md', rule: 'feit-mening', kind: 'false-alarm', line: 31 },
      { name: 'a.md', rule: 'bronvermelding', kind: 'false-alarm', line: 22 },
    ]);
  });

  it('rejects malformed expectation files with a Dutch message', () => {
    expect(() => parseExpectation({ expect: [{ line: 3 }] }, 'x.yaml')).toThrow("x.yaml: expect[0] mist 'rule'");
    expect(() => parseExpectation({ expect: [{ rule: 'a', line: 0 }] }, 'x.yaml')).toThrow('geen geldige');
    expect(() => parseExpectation({ verwacht: [] }, 'x.yaml')).toThrow("onbekende sleutel 'verwacht'");
    expect(parseExpectation({ expect: [] }, 'x.yaml')).toEqual({ expect: [], dontcare: [] });
  });
});
