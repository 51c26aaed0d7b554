import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/index.js';
import { createLinter, loadBuiltInRules, RuleLoadError } from '../../src/engine/index.js';
import type { Rule } from '../../src/engine/types.js';
import { doc, FM_LINES, lintWith } from '../helpers.js';
import { tempDir } from '../tmp.js';

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

// Every built-in rule off (also rules added later), so only the test rules report.
const BUILT_IN_IDS = (await loadBuiltInRules()).map((r) => r.meta.id);
/** The test's own plugin fixtures are trusted (the CLI asks the user: --plugins). */
const trusted = { pluginAllowed: () => true };

const onlyTestRules = (c: ReturnType<typeof defaultConfig>) => {
  for (const id of BUILT_IN_IDS) c.rules[id] = { severity: 'uit' };
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

  it('names a misspelt rule in a toets comment and suggests the right one', async () => {
    const text = doc('<!-- toets-disable-next-line feitmening -->\nMoeder is lief.\n');
    const r = await lintWith(text);
    expect(r.messages.filter((m) => m.ruleId === 'ongebruikte-uitzondering').map((m) => [m.line, m.column, m.message])).toEqual([
      [FM_LINES + 1, 1, "Onbekende regel 'feitmening' in toets-opmerking (bedoelde je 'feit-mening'?). Controleer de spelling; 'toets regels' toont alle regels."],
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
    await expect(createLinter(c1, trusted)).rejects.toThrow("Onbekende regel 'feitmening' (bedoelde je 'feit-mening'?)");
    const c2 = defaultConfig('.');
    c2.rules['verouderde-tijd'] = { options: { maanden: 'veel' } };
    await expect(createLinter(c2, trusted)).rejects.toThrow("Ongeldige opties voor regel 'verouderde-tijd' bij 'maanden'");
  });

  it('gives stable, line-independent fingerprints', async () => {
    const a = await lintWith(doc('Een X.\n'), undefined, onlyTestRules, [marker]);
    const b = await lintWith(doc('\n\n\nEen X.\n'), undefined, onlyTestRules, [marker]);
    expect(a.messages[0]!.line).not.toBe(b.messages[0]!.line);
    expect(a.messages[0]!.fingerprint).toBe(b.messages[0]!.fingerprint);
  });

  it('loads a plug-in from a path relative to the config file, with default and configured options', async () => {
    const all = (c: ReturnType<typeof defaultConfig>) => {
      onlyTestRules(c);
      c.baseDir = resolve(__dirname, 'fixtures');
      c.plugins = ['./plugin-regel.js'];
    };
    const text = doc('Een plugin en nog een plugin.\nEen woord.\n');
    const r = await lintWith(text, undefined, all);
    expect(r.messages.map((m) => [m.ruleId, m.severity, m.line, m.column, m.endColumn, m.message])).toEqual([
      ['eigen/woord', 2, FM_LINES + 1, 5, 11, 'Het woord "plugin".'],
      ['eigen/woord', 2, FM_LINES + 1, 23, 29, 'Het woord "plugin".'],
    ]);
    // two findings with the same excerpt still get different fingerprints (occurrence index)
    expect(r.messages[0]!.fingerprint).not.toBe(r.messages[1]!.fingerprint);
    const r2 = await lintWith(text, undefined, (c) => {
      all(c);
      c.rules['eigen/woord'] = { severity: 'waarschuwing', options: { woord: 'woord' } };
    });
    expect(r2.messages.map((m) => [m.ruleId, m.severity, m.line, m.column])).toEqual([['eigen/woord', 1, FM_LINES + 2, 5]]);
  });

  it('rejects a plug-in with invalid options, invalid metadata or a missing file, naming it', async () => {
    const base = () => {
      const c = defaultConfig(resolve(__dirname, 'fixtures'));
      c.plugins = ['./plugin-regel.js'];
      return c;
    };
    const c1 = base();
    c1.rules['eigen/woord'] = { options: { kleur: 'rood' } };
    await expect(createLinter(c1, trusted)).rejects.toThrow("Ongeldige opties voor regel 'eigen/woord': mag geen extra eigenschappen bevatten.");
    const c2 = base();
    c2.plugins = ['./kapotte-plugin.js'];
    await expect(createLinter(c2, trusted)).rejects.toThrow(new RuleLoadError("plug-in './kapotte-plugin.js': regel 'kapot' heeft geen actielijn 1 t/m 4"));
    const c3 = base();
    c3.plugins = ['./bestaat-niet.js'];
    await expect(createLinter(c3, trusted)).rejects.toThrow(/^Plug-in '\.\/bestaat-niet\.js' niet gevonden/);
    const c4 = base();
    c4.plugins = ['toets-regels-die-niet-bestaan'];
    await expect(createLinter(c4, trusted)).rejects.toThrow("Plug-in 'toets-regels-die-niet-bestaan' kon niet worden gevonden vanuit");
  });

  it('lints several files; an unreadable one becomes a fatal result and the others go on', async () => {
    const dir = tempDir('toets-engine-');
    writeFileSync(join(dir, 'a.md'), doc('Een X.\n'));
    writeFileSync(join(dir, 'b.md'), Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41]));
    const config = defaultConfig(dir);
    onlyTestRules(config);
    const linter = await createLinter(config, { rules: [marker] });
    const results = await linter.lintFiles([join(dir, 'a.md'), join(dir, 'weg.md'), join(dir, 'b.md')]);
    expect(results.map((r) => [r.messages.map((m) => m.ruleId), r.errorCount, r.warningCount, r.fatal?.code])).toEqual([
      [['markeer-x'], 0, 1, undefined],
      [['toets'], 1, 0, 'ENOENT'],
      [['toets'], 1, 0, 'invalid-utf16'],
    ]);
    expect(results[1]!.messages[0]!.message).toBe('Het bestand bestaat niet.');
    expect(results[2]!.messages[0]!.message).toBe('Het bestand lijkt UTF-16LE maar bevat ongeldige tekens. Sla het document op als UTF-8.');
    expect(results[0]!.source).toBe(doc('Een X.\n'));
  });

  it('returns the Document with the result, and keeps the decoded source', async () => {
    const config = defaultConfig('.');
    onlyTestRules(config);
    const linter = await createLinter(config, { rules: [marker] });
    const out = linter.lintText(doc('Een X.\n'), 'x.md');
    expect(out.document?.path).toBe('x.md');
    expect(out.document?.type).toBe('gezinsplan');
    expect(out.result.documentType).toBe('gezinsplan');
    expect(out.result.documentDate).toBe('2025-03-14');
    expect(linter.rules.map((r) => r.id)).toContain('markeer-x');
  });
});
