/** RuleTester-style helpers: lint a text with one rule (or all) and get exact findings back. */
import { defaultConfig } from '../src/config/index.js';
import type { ResolvedConfig } from '../src/config/index.js';
import { createLinter, loadBuiltInRules } from '../src/engine/index.js';
import type { FileResult, Rule } from '../src/engine/types.js';

export interface Found {
  ruleId: string;
  line: number;
  column: number;
  severity: 1 | 2;
}

export async function lintWith(text: string, only?: string, tweak?: (c: ResolvedConfig) => void, extra?: Rule[]): Promise<FileResult> {
  const config = defaultConfig(process.cwd());
  if (only) {
    for (const r of await loadBuiltInRules()) if (r.meta.id !== only) config.rules[r.meta.id] = { severity: 'uit' };
  }
  tweak?.(config);
  // The tests' own plugin fixtures are trusted (the CLI asks the user: --plugins).
  const linter = await createLinter(config, { ...(extra ? { rules: extra } : {}), pluginAllowed: () => true });
  return linter.lintText(text, 'test.md').result;
}

export async function findings(text: string, only?: string, tweak?: (c: ResolvedConfig) => void): Promise<Found[]> {
  const r = await lintWith(text, only, tweak);
  return r.messages.map((m) => ({ ruleId: m.ruleId, line: m.line, column: m.column, severity: m.severity }));
}

/** A document with frontmatter; `body` starts on line `FM_LINES + 1`. */
export function doc(body: string, fm = ''): string {
  return `---
type: gezinsplan
datum: 2025-03-14
kinderen:
  - naam: Sem
    geboortedatum: 2014-06-02
betrokkenen:
  - naam: Lisa
    rol: moeder
  - naam: Tom
    rol: vader
bronnen:
  - id: school-2025
    soort: verslag
    van: De Regenboog
    datum: 2025-02-01
  - id: vt-2019
    soort: rapport
    van: Veilig Thuis
    datum: 2019-05-01
  - id: accare-2022
    soort: diagnostisch-onderzoek
    van: Accare
    datum: 2022-03-10
${fm}---
${body}`;
}
/** Number of lines of the frontmatter written by doc() (without extra fm). */
export const FM_LINES = 25;
