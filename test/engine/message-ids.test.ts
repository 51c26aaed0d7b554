import { describe, expect, it } from 'vitest';
import { validateRule } from '../../src/engine/index.js';
import type { ReportDescriptor, Rule } from '../../src/engine/types.js';
import { doc, FM_LINES, lintWith } from '../helpers.js';

const withIds = (report: (text: string) => Omit<ReportDescriptor, 'span'>): Rule => ({
  meta: {
    id: 'met-ids',
    description: 'test',
    explanation: 'test',
    defaultSeverity: 'waarschuwing',
    actielijn: 3,
    docs: 'x',
    recommendation: { document: 'd', section: 's', summary: 'r' },
    messages: { gevonden: 'Het woord {woord} staat in deze zin.', kaal: 'Zonder invulling.' },
  },
  check(d, ctx) {
    for (const s of d.sentences) if (s.text.includes('X')) ctx.report({ span: s.span, ...report(s.text) });
  },
});

async function lint(rule: Rule, body: string) {
  // 'met-ids' only: lintWith switches every built-in rule off.
  const r = await lintWith(doc(body), 'met-ids', undefined, [rule]);
  return r.messages.map((m) => ({ ruleId: m.ruleId, messageId: m.messageId, line: m.line, message: m.message }));
}

describe('message ids', () => {
  it('fills a template from the report data and keeps the id on the finding', async () => {
    const found = await lint(withIds(() => ({ messageId: 'gevonden', data: { woord: 'X' } })), '## Feiten\n\nHier staat X.\n');
    expect(found).toEqual([{ ruleId: 'met-ids', messageId: 'gevonden', line: FM_LINES + 3, message: 'Het woord X staat in deze zin.' }]);
  });

  it('turns an unknown message id into an internal error of that rule, in Dutch', async () => {
    const found = await lint(withIds(() => ({ messageId: 'bestaat-niet' })), '## Feiten\n\nHier staat X.\n');
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain("Interne fout in regel 'met-ids': onbekende messageId 'bestaat-niet'");
  });

  it('turns a placeholder without data into an internal error', async () => {
    const found = await lint(withIds(() => ({ messageId: 'gevonden' })), '## Feiten\n\nHier staat X.\n');
    expect(found[0]?.message).toContain("mist de waarde 'woord'");
  });

  it('rejects a rule whose messages are not texts', () => {
    const rule = withIds(() => ({ messageId: 'kaal' }));
    expect(validateRule(rule, 'plugin')).toBeUndefined();
    const bad = { ...rule, meta: { ...rule.meta, messages: { leeg: '' } } };
    expect(validateRule(bad, 'plugin')).toBe("plugin: regel 'met-ids' heeft ongeldige 'messages' (verwacht: per id een meldingstekst)");
  });
});
