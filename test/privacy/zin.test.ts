/** --redact also replaces names in the sentence shown with a finding, and in its Word place. */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/types.js';
import { createRedactor, personalDataFromText, redactFinding } from '../../src/privacy/redact.js';

const source = ['---', 'type: gezinsplan', 'datum: 2025-03-14', 'kinderen:', '  - naam: Sem', 'betrokkenen:', '  - naam: Chantal', '    rol: moeder', '---', ''].join('\n');

describe('redacting the sentence of a finding', () => {
  it('replaces names in the sentence and keeps the cue on the same words', () => {
    const r = createRedactor(personalDataFromText(source));
    const text = 'Chantal vindt Sem een lastig kind.';
    const f: Finding = {
      ruleId: 'feit-mening',
      severity: 1,
      message: 'Oordeel.',
      line: 12,
      column: 1,
      endLine: 12,
      endColumn: 5,
      excerpt: 'lastig kind',
      fingerprint: '0',
      sentence: { text, start: text.indexOf('lastig'), end: text.indexOf('lastig') + 'lastig kind'.length },
      place: { description: 'onder kop "Zorgen over Sem", alinea 2', heading: 'Zorgen over Sem', paragraph: 2 },
    };
    const out = redactFinding(f, r);
    expect(out.sentence!.text).not.toMatch(/Chantal|Sem/);
    expect(out.sentence!.text.slice(out.sentence!.start, out.sentence!.end)).toBe('lastig kind');
    expect(out.place!.description).not.toContain('Sem');
    expect(out.place!.heading).not.toContain('Sem');
  });
});
