/** Human-readable output grouped per file, in the manner of ESLint's "stylish". */
import { Chalk } from 'chalk';
import type { Reporter } from './types.js';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

const stylish: Reporter = (summary, options) => {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const out: string[] = [];
  for (const r of summary.results) {
    if (r.messages.length === 0) continue;
    out.push('', c.underline(r.filePath));
    // line right-aligned and column left-aligned, so the colons line up (as in ESLint).
    const wLine = Math.max(...r.messages.map((m) => String(m.line).length));
    const wCol = Math.max(...r.messages.map((m) => String(m.column).length));
    const rows = r.messages.map((m) => [
      `${String(m.line).padStart(wLine)}:${String(m.column).padEnd(wCol)}`,
      m.severity === 2 ? 'fout' : 'waarschuwing',
      m.message.replace(/\s*\n\s*/g, ' '),
      m.ruleId,
      m.severity,
    ] as const);
    const w0 = Math.max(...rows.map((x) => x[0].length));
    const w1 = Math.max(...rows.map((x) => x[1].length));
    const w2 = Math.max(...rows.map((x) => x[2].length));
    for (const [pos, sev, msg, rule, level] of rows) {
      const sevText = level === 2 ? c.red(sev.padEnd(w1)) : c.yellow(sev.padEnd(w1));
      out.push(`  ${c.dim(pos.padEnd(w0))}  ${sevText}  ${msg.padEnd(w2)}  ${c.dim(rule)}`.trimEnd());
    }
  }
  const total = summary.errorCount + summary.warningCount;
  const suppressed = summary.results.reduce((n, r) => n + r.suppressedMessages.length, 0);
  const files = summary.results.length;
  out.push('');
  if (total === 0) {
    out.push(c.green(`✔ Geen problemen gevonden in ${plural(files, 'bestand', 'bestanden')}.`));
  } else {
    const line = `✖ ${plural(total, 'probleem', 'problemen')} (${plural(summary.errorCount, 'fout', 'fouten')}, ${plural(summary.warningCount, 'waarschuwing', 'waarschuwingen')}) in ${plural(files, 'bestand', 'bestanden')}`;
    out.push(summary.errorCount > 0 ? c.red.bold(line) : c.yellow.bold(line));
  }
  if (suppressed > 0) out.push(c.dim(`  ${plural(suppressed, 'melding', 'meldingen')} uitgeschakeld met een toets-opmerking.`));
  if (options.maxWarnings !== undefined && summary.warningCount > options.maxWarnings) {
    out.push(c.red(`  Te veel waarschuwingen: ${summary.warningCount}, maximaal ${options.maxWarnings} toegestaan (--max-warnings).`));
  }
  return out.join('\n') + '\n';
};

export default stylish;
