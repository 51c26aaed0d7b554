import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/index.js';
import { createLinter, loadBuiltInRules } from '../../src/engine/index.js';
import type { Rule, RuleMeta } from '../../src/engine/types.js';
import { doc } from '../helpers.js';

const meta = (id: string, extra: Partial<RuleMeta> = {}): RuleMeta => ({
  id,
  description: 'test',
  explanation: 'test',
  defaultSeverity: 'waarschuwing',
  actielijn: 3,
  docs: 'x',
  recommendation: { document: 'd', section: 's', summary: 'r' },
  ...extra,
});

/** Asks for a source on every sentence, and reports each [@…] citation with another message id. */
const sourceRule: Rule = {
  meta: meta('bron-test'),
  check(d, ctx) {
    for (const s of d.sentences) {
      if (!s.text.includes('.')) continue;
      ctx.report({ span: s.span, message: 'Vermeld de bron.', messageId: 'bron-ontbreekt' });
      for (const c of s.citations) ctx.report({ span: c.span, message: 'Onbekende bron.', messageId: 'onbekende-bron' });
    }
  },
};

/** Reports the word "chaotisch" (its span only) as the writer's opinion; supersedes the missing-source finding. */
const opinionRule = (supersedes: RuleMeta['supersedes']): Rule => ({
  meta: meta('mening-test', supersedes ? { supersedes } : {}),
  check(d, ctx) {
    for (const s of d.sentences) {
      const k = s.text.indexOf('chaotisch');
      if (k >= 0) ctx.report({ span: s.spanOf(k, k + 9), message: 'Uw mening.', messageId: 'eigen-mening' });
      const m = s.text.indexOf('vermoedelijk');
      if (m >= 0) ctx.report({ span: s.spanOf(m, m + 12), message: 'Een vermoeden.', messageId: 'vermoeden' });
    }
  },
});

async function lint(text: string, rules: Rule[]) {
  const config = defaultConfig(process.cwd());
  for (const r of await loadBuiltInRules()) config.rules[r.meta.id] = { severity: 'uit' };
  const linter = await createLinter(config, { rules });
  return linter.lintText(text, 'test.md').result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`);
}

const body = '## Feiten\n\nMoeder is chaotisch [@onbekend].\n\nVader werkt bij de bakker.\n\nSem slaapt vermoedelijk slecht.\n';

describe('one finding per cue across rules (meta.supersedes)', () => {
  it('drops the superseded message of another rule on the sentence of a superseding finding, and nothing else', async () => {
    const got = await lint(doc(body), [sourceRule, opinionRule([{ rule: 'bron-test', messageId: 'bron-ontbreekt' }])]);
    expect(got).toEqual([
      '28:11 mening-test Uw mening.',
      '28:22 bron-test Onbekende bron.',
      '30:1 bron-test Vermeld de bron.',
      '32:12 mening-test Een vermoeden.',
    ]);
  });

  it('keeps both findings when the rule declares no supersession', async () => {
    const got = await lint(doc(body), [sourceRule, opinionRule(undefined)]);
    expect(got.filter((g) => g.startsWith('28:'))).toEqual(['28:1 bron-test Vermeld de bron.', '28:11 mening-test Uw mening.', '28:22 bron-test Onbekende bron.']);
  });

  it('limits supersession to the listed message ids of the superseding rule ("by")', async () => {
    const got = await lint(doc(body), [sourceRule, opinionRule([{ rule: 'bron-test', messageId: 'bron-ontbreekt', by: ['vermoeden'] }])]);
    expect(got.some((g) => g.startsWith('28:1 bron-test Vermeld'))).toBe(true);
    expect(got.some((g) => g.startsWith('32:1 bron-test Vermeld'))).toBe(false);
  });

  it('without a messageId every finding of the other rule on that sentence goes', async () => {
    const got = await lint(doc(body), [sourceRule, opinionRule([{ rule: 'bron-test' }])]);
    expect(got.filter((g) => g.startsWith('28:'))).toEqual(['28:11 mening-test Uw mening.']);
  });

  it('a supersession of feit-mening over bronvermelding\'s missing source is declared', async () => {
    const rule = (await import('../../rules/feit-mening/index.js')).default;
    expect(rule.meta.supersedes).toEqual([{ rule: 'bronvermelding', messageId: 'bron-ontbreekt', by: ['eigen-mening'] }]);
  });
});
