/** Human-readable output grouped per file, in the manner of ESLint's "stylish". */
import { Chalk } from 'chalk';
import type { ChalkInstance } from 'chalk';
import type { Reporter } from './types.js';
import { meestVoorkomend, perBestand, perRegel } from './samenvatting.js';
import type { RunSummary } from '../engine/types.js';

/** From this many files with findings on, stylish adds a summary per file, per rule and the most frequent findings. */
export const SUMMARY_FROM_FILES = 3;

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
  const filesWithFindings = summary.results.filter((r) => r.messages.length > 0).length;
  if (filesWithFindings >= SUMMARY_FROM_FILES) out.push(...overview(summary, c));
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
  if (summary.fixed && summary.fixed.edits > 0) {
    out.push(c.green(`  ${plural(summary.fixed.edits, 'verbetering', 'verbeteringen')} geschreven in ${plural(summary.fixed.files, 'bestand', 'bestanden')} (--fix).`));
  }
  if (suppressed > 0) out.push(c.dim(`  ${plural(suppressed, 'melding', 'meldingen')} uitgeschakeld met een toets-opmerking.`));
  if (options.maxWarnings !== undefined && summary.warningCount > options.maxWarnings) {
    out.push(c.red(`  Te veel waarschuwingen: ${summary.warningCount}, maximaal ${options.maxWarnings} toegestaan (--max-warnings).`));
  }
  return out.join('\n') + '\n';
};

function kort(s: string): string {
  return s.length > 60 ? `${s.slice(0, 59).trimEnd()}…` : s;
}

/** Left-aligned columns; the last column is not padded. */
function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => `  ${r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ')}`.trimEnd());
}

function counts(fouten: number, waarschuwingen: number): string[] {
  return [plural(fouten, 'fout', 'fouten'), plural(waarschuwingen, 'waarschuwing', 'waarschuwingen')];
}

/** A teamleider's folder: which files, which rules, which findings recur. */
function overview(summary: RunSummary, c: ChalkInstance): string[] {
  const out: string[] = ['', c.bold('Samenvatting per bestand')];
  const files = perBestand(summary)
    .filter((r) => r.fouten + r.waarschuwingen > 0 || r.fatal)
    .sort((a, b) => b.fouten - a.fouten || b.waarschuwingen - a.waarschuwingen || (a.filePath < b.filePath ? -1 : 1));
  out.push(...table(files.map((r) => [r.filePath, ...counts(r.fouten, r.waarschuwingen), r.fatal ? 'niet gelezen' : ''])));
  const clean = summary.results.length - files.length;
  if (clean > 0) out.push(c.green(`  ${plural(clean, 'bestand', 'bestanden')} zonder meldingen`));
  out.push('', c.bold('Per regel'));
  const rules = perRegel(summary).filter((r) => r.fouten + r.waarschuwingen > 0);
  out.push(...table(rules.map((r) => [r.ruleId, ...counts(r.fouten, r.waarschuwingen), `in ${plural(r.bestanden, 'bestand', 'bestanden')}`])));
  const frequent = meestVoorkomend(summary, 5);
  if (frequent.length > 0) {
    out.push('', c.bold('Meest voorkomend'));
    for (const g of frequent) {
      out.push(`  ${String(g.aantal).padStart(4)}×  ${c.dim(g.ruleId)}  ${g.message}`);
      out.push(c.dim(`         in ${plural(g.bestanden.length, 'bestand', 'bestanden')}; bijvoorbeeld: ${g.voorbeelden.slice(0, 2).map((v) => `"${kort(v)}"`).join(', ')}`));
    }
  }
  return out;
}

export default stylish;
