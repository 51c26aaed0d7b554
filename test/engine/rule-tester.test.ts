import { describe, expect, it } from 'vitest';
import { assertUnique, runRule } from '../rule-tester.js';
import { doc } from '../helpers.js';

describe('the RuleTester helper', () => {
  it('rejects two cases with the same text and options', () => {
    const code = doc('## Feiten\n\nSem gaat naar school.\n');
    expect(() => assertUnique('krachten', [{ name: 'a', code }, { name: 'b', code }])).toThrow("'b' is hetzelfde geval als 'a'");
  });

  it('rejects two cases with the same name', () => {
    expect(() => assertUnique('krachten', [{ name: 'a', code: 'x' }, { name: 'a', code: 'y' }])).toThrow("de naam 'a' komt twee keer voor");
  });

  it('runs only the named rule and returns its findings with message ids', async () => {
    const found = await runRule('krachten', { name: 'x', code: doc('## Feiten\n\nSem gaat naar school.\n') });
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found.map((f) => f.ruleId))).toEqual(new Set(['krachten']));
  });
});
