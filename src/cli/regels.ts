/** `toets regels`: list every rule with id, default severity, actielijn and description. */
import { createLinter } from '../engine/index.js';
import { ACTIELIJNEN } from '../engine/types.js';
import { resolveConfig } from '../config/index.js';
import { cliLinterOptions } from './check.js';

export async function runRegels(format: string, cwd: string, configFile?: string, plugins = false): Promise<string> {
  // A broken config is reported (exit 2), not silently replaced by defaults: plug-in rules would go missing.
  const config = resolveConfig(cwd, configFile);
  const linter = await createLinter(config, cliLinterOptions(plugins));
  const rules = [...linter.rules].sort((a, b) => a.id.localeCompare(b.id));
  if (format === 'json') {
    return (
      JSON.stringify(
        rules.map((m) => ({
          id: m.id,
          ernst: m.defaultSeverity,
          actielijn: m.actielijn,
          actielijnNaam: ACTIELIJNEN[m.actielijn],
          beschrijving: m.description,
          documentatie: m.docs,
          aanbeveling: m.recommendation,
        })),
        null,
        2,
      ) + '\n'
    );
  }
  const head = ['regel', 'ernst', 'actielijn', 'beschrijving'];
  const rows = rules.map((m) => [m.id, m.defaultSeverity, `${m.actielijn} ${ACTIELIJNEN[m.actielijn]}`, m.description]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  return [fmt(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(fmt)].join('\n') + '\n';
}
