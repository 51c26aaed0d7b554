import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/index.js';
import { createLinter } from '../../src/engine/index.js';
import type { Rule } from '../../src/engine/types.js';
import { doc, FM_LINES, lintWith } from '../helpers.js';

const meta = (id: string): Rule['meta'] => ({
  id,
  description: 'test',
  explanation: 'test',
  defaultSeverity: 'waarschuwing',
  actielijn: 2,
  docs: 'x',
  recommendation: { document: 'd', section: 's', summary: 'r' },
});

/** Reports every sentence that contains "X". */
const marker: Rule = {
  meta: meta('markeer-x'),
  check(d, ctx) {
    for (const s of d.sentences) if (s.text.includes('X')) ctx.report({ span: s.span, message: 'X gevonden' });
  },
};
const crasher: Rule = {
  meta: meta('crasht'),
  check() {
    throw new Error('kapot');
  },
};

const onlyTestRules = (c: ReturnType<typeof defaultConfig>) => {
  for (const id of ['bronvermelding', 'feit-mening', 'verouderde-tijd', 'krachten', 'diagnose-onderbouwing', 'frontmatter']) c.rules[id] = { severity: 'uit' };
};

describe('engine', () => {
  it('applies inline disable comments with their reason and reports unused ones', async () => {
    const text = doc(
      [
        'Een X hier.', // L1: active
        '<!-- toets-disable-next-line markeer-x -- citaat van de rechter -->',
        'Nog een X.', // L3: suppressed
        '<!-- toets-disable markeer-x -->',
        'Derde X.', // L5: suppressed
        '<!-- toets-enable markeer-x -->',
        'Vierde X.', // L7: active
        '<!-- toets-disable-next-line markeer-x -->',
        'Niets hier.', // L9: nothing to suppress → unused warning on L8
        '<!-- toets-disable bestaat-niet -->', // L10: unknown rule → warning
      ].join('\n\n'.slice(0, 1)) + '\n',
    );
    const r = await lintWith(text, undefined, onlyTestRules, [marker]);
    const base = FM_LINES;
    expect(r.messages.map((m) => [m.ruleId, m.line])).toEqual([
      ['markeer-x', base + 1],
      ['markeer-x', base + 7],
      ['ongebruikte-uitzondering', base + 8],
      ['ongebruikte-uitzondering', base + 10],
    ]);
    expect(r.suppressedMessages.map((m) => [m.line, m.suppressed?.reason])).toEqual([
      [base + 3, 'citaat van de rechter'],
      [base + 5, undefined],
    ]);
  });

  it('ignores inline comments with --no-inline-config', async () => {
    const text = doc('<!-- toets-disable markeer-x -->\nEen X.\n');
    const r = await lintWith(text, undefined, (c) => {
      onlyTestRules(c);
      c.inlineConfig = false;
    }, [marker]);
    expect(r.messages.map((m) => m.ruleId)).toEqual(['markeer-x']);
  });

  it('turns a crashing rule into one Dutch finding and runs the others', async () => {
    const r = await lintWith(doc('Een X.\n'), undefined, onlyTestRules, [marker, crasher]);
    expect(r.messages.map((m) => [m.ruleId, m.severity])).toEqual([
      ['crasht', 2],
      ['markeer-x', 1],
    ]);
    expect(r.messages[0]!.message).toContain("Interne fout in regel 'crasht': kapot");
  });

  it('applies severity overrides from config', async () => {
    const r = await lintWith(doc('Een X.\n'), undefined, (c) => {
      onlyTestRules(c);
      c.rules['markeer-x'] = { severity: 'fout' };
    }, [marker]);
    expect(r.errorCount).toBe(1);
    expect(r.warningCount).toBe(0);
  });

  it('rejects unknown rule ids and invalid options with a Dutch config error', async () => {
    const c1 = defaultConfig('.');
    c1.rules['feitmening'] = { severity: 'fout' };
    await expect(createLinter(c1)).rejects.toThrow("Onbekende regel 'feitmening' (bedoelde je 'feit-mening'?)");
    const c2 = defaultConfig('.');
    c2.rules['verouderde-tijd'] = { options: { maanden: 'veel' } };
    await expect(createLinter(c2)).rejects.toThrow("Ongeldige opties voor regel 'verouderde-tijd' bij 'maanden'");
  });

  it('gives stable, line-independent fingerprints', async () => {
    const a = await lintWith(doc('Een X.\n'), undefined, onlyTestRules, [marker]);
    const b = await lintWith(doc('\n\n\nEen X.\n'), undefined, onlyTestRules, [marker]);
    expect(a.messages[0]!.line).not.toBe(b.messages[0]!.line);
    expect(a.messages[0]!.fingerprint).toBe(b.messages[0]!.fingerprint);
  });
});
