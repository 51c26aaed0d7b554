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

/** Terminal width when none is known (output to a file or a pipe). */
export const DEFAULT_WIDTH = 80;
/** The sentence shown with a finding is shortened to about this many characters around the cue. */
export const SENTENCE_BUDGET = 140;

/** Rule ids of toets itself: their messages are shown whole (no legend). */
const ENGINE_IDS = new Set(['toets', 'ongebruikte-uitzondering']);

/**
 * A message split into its first sentence (what is wrong, with the words
 * found) and the rest (the advice, the same for every finding of its kind).
 */
export function splitAdvice(message: string): { kort: string; advies: string } {
  const text = message.replace(/\s*\n\s*/g, ' ').trim();
  let inQuote = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"' ) inQuote = !inQuote;
    else if (ch === '„' || ch === '“') inQuote = true;
    else if (ch === '”') inQuote = false;
    else if (!inQuote && (ch === '.' || ch === '?' || ch === '!') && i >= 15 && text[i + 1] === ' ' && /[\p{Lu}"„'‘(]/u.test(text[i + 2] ?? '')) {
      return { kort: text.slice(0, i + 1), advies: text.slice(i + 2).trim() };
    }
  }
  return { kort: text, advies: '' };
}

/** The sentence shortened around the cue, the cue between ‹ and ›. */
export function markedSentence(sentence: { text: string; start: number; end: number }, budget = SENTENCE_BUDGET): string {
  const { text } = sentence;
  let start = Math.max(0, Math.min(sentence.start, text.length));
  let end = Math.max(start, Math.min(sentence.end, text.length));
  if (end - start > budget) end = start + budget;
  let from = 0;
  let to = text.length;
  if (to - from > budget) {
    const room = budget - (end - start);
    from = Math.max(0, start - Math.floor(room / 2));
    to = Math.min(text.length, end + (room - (start - from)));
    from = Math.max(0, to - budget < from ? Math.max(0, to - budget) : from);
    // Cut at a space, so no word is shown half.
    if (from > 0) {
      const sp = text.indexOf(' ', from);
      if (sp >= 0 && sp < start) from = sp + 1;
    }
    if (to < text.length) {
      const sp = text.lastIndexOf(' ', to);
      if (sp > end) to = sp;
    }
  }
  const cue = text.slice(start, end);
  const body = `${text.slice(from, start)}${cue ? `‹${cue}›` : ''}${text.slice(end, to)}`.trim();
  return `${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`;
}

/** Visible length (ANSI colour codes do not count). */
function visible(s: string): number {
  return s.replace(/\u001b\[[0-9;]*m/g, '').length;
}

/** Words wrapped to `width`, every line starting with `indent`. A word longer than a line is cut. */
export function wrap(text: string, width: number, indent: string): string[] {
  const room = Math.max(20, width - indent.length);
  const lines: string[] = [];
  let cur = '';
  for (let word of text.split(' ')) {
    while (word.length > room) {
      if (cur) {
        lines.push(cur);
        cur = '';
      }
      lines.push(word.slice(0, room));
      word = word.slice(room);
    }
    if (!cur) cur = word;
    else if (cur.length + 1 + word.length <= room) cur += ` ${word}`;
    else {
      lines.push(cur);
      cur = word;
    }
  }
  if (cur || lines.length === 0) lines.push(cur);
  return lines.map((l) => `${indent}${l}`.trimEnd());
}

const UNDERLINE_ON = "\u001b[4m";
const UNDERLINE_OFF = "\u001b[24m";

/** With colour, the cue is underlined instead of marked with ‹›; a cue broken over lines is underlined on each. */
function colourCue(lines: string[], c: ChalkInstance, color: boolean): string[] {
  if (!color) return lines;
  let open = false;
  return lines.map((line) => {
    let out = open ? UNDERLINE_ON : '';
    for (const ch of line) {
      if (ch === '‹') {
        out += UNDERLINE_ON;
        open = true;
      } else if (ch === '›') {
        out += UNDERLINE_OFF;
        open = false;
      } else out += ch;
    }
    return c.dim(open ? out + UNDERLINE_OFF : out);
  });
}

const stylish: Reporter = (summary, options) => {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const width = options.width && options.width >= 40 ? options.width : DEFAULT_WIDTH;
  const out: string[] = [];
  // Advice per rule, shown once at the end: numbered rule by rule, in the order the rules first appear.
  const adviceOf = (m: { ruleId: string; message: string }) => (ENGINE_IDS.has(m.ruleId) ? { kort: m.message.replace(/\s*\n\s*/g, ' '), advies: '' } : splitAdvice(m.message));
  const byRule = new Map<string, string[]>();
  for (const r of summary.results) {
    for (const m of r.messages) {
      const { advies } = adviceOf(m);
      if (!advies) continue;
      const list = byRule.get(m.ruleId) ?? [];
      if (!list.includes(advies)) list.push(advies);
      byRule.set(m.ruleId, list);
    }
  }
  const legend: Array<{ ruleId: string; advies: string }> = [...byRule].flatMap(([ruleId, list]) => list.map((advies) => ({ ruleId, advies })));
  const legendIndex = new Map(legend.map((e, i) => [`${e.ruleId}\0${e.advies}`, i + 1]));
  const adviceNumber = (ruleId: string, advies: string): number => legendIndex.get(`${ruleId}\0${advies}`)!;
  for (const r of summary.results) {
    if (r.messages.length === 0) continue;
    out.push('', c.underline(r.filePath));
    // line right-aligned and column left-aligned, so the colons line up (as in ESLint).
    const wLine = Math.max(...r.messages.map((m) => String(m.line).length));
    const wCol = Math.max(...r.messages.map((m) => String(m.column).length));
    for (const m of r.messages) {
      // In a Word document the line of toets' Markdown means nothing to the writer: the place in Word does.
      const pos = m.place ? m.place.description : `${String(m.line).padStart(wLine)}:${String(m.column).padEnd(wCol)}`;
      const sev = m.severity === 2 ? c.red('fout') : c.yellow('waarschuwing');
      const head = `  ${c.dim(pos)}  ${sev}  ${c.dim(m.ruleId)}`;
      out.push(visible(head) <= width ? head : `  ${c.dim(pos)}`, ...(visible(head) <= width ? [] : [`    ${sev}  ${c.dim(m.ruleId)}`]));
      const { kort, advies } = adviceOf(m);
      const ref = advies ? ` [${adviceNumber(m.ruleId, advies)}]` : '';
      out.push(...wrap(`${kort}${ref}`, width, '    '));
      if (m.sentence && m.sentence.text.trim()) {
        const shown = markedSentence(m.sentence, Math.min(SENTENCE_BUDGET, Math.max(40, (width - 6) * 2)));
        out.push(...colourCue(wrap(`» ${shown}`, width, '    '), c, options.color));
      }
      if (m.suggestion) out.push(...wrap(`Voorstel: ${m.suggestion.replace(/\s*\n\s*/g, ' ')}`, width, '    ').map((l) => c.green(l)));
    }
  }
  if (legend.length > 0) {
    out.push('', c.bold('Uitleg bij de meldingen'));
    const descriptions = new Map(summary.rules.map((m) => [m.id, m.description]));
    let lastRule = '';
    legend.forEach((e, i) => {
      if (e.ruleId !== lastRule) {
        const description = descriptions.get(e.ruleId);
        out.push(...wrap(`${e.ruleId}${description ? `: ${description}` : ''}`, width, '  ').map((l) => c.dim(l)));
        lastRule = e.ruleId;
      }
      const label = `[${i + 1}] `;
      const lines = wrap(e.advies, width, ' '.repeat(4 + label.length));
      lines[0] = `    ${label}${lines[0]!.trimStart()}`;
      out.push(...lines);
    });
  }
  const filesWithFindings = summary.results.filter((r) => r.messages.length > 0).length;
  if (filesWithFindings >= SUMMARY_FROM_FILES) out.push(...overview(summary, c, width));
  const total = summary.errorCount + summary.warningCount;
  const suppressed = summary.results.reduce((n, r) => n + r.suppressedMessages.length, 0);
  const files = summary.results.length;
  out.push('');
  if (total === 0) {
    out.push(...wrap(`✔ Geen problemen gevonden in ${plural(files, 'bestand', 'bestanden')}.`, width, '').map((l) => c.green(l)));
  } else {
    // Count the files that have problems, out of all files checked.
    const where = filesWithFindings === files ? `in ${plural(files, 'bestand', 'bestanden')}` : `in ${filesWithFindings} van de ${plural(files, 'bestand', 'bestanden')}`;
    const line = `✖ ${plural(total, 'probleem', 'problemen')} (${plural(summary.errorCount, 'fout', 'fouten')}, ${plural(summary.warningCount, 'waarschuwing', 'waarschuwingen')}) ${where}`;
    out.push(...wrap(line, width, '').map((l) => (summary.errorCount > 0 ? c.red.bold(l) : c.yellow.bold(l))));
  }
  if (summary.fixed && summary.fixed.edits > 0) {
    out.push(...wrap(`${plural(summary.fixed.edits, 'verbetering', 'verbeteringen')} geschreven in ${plural(summary.fixed.files, 'bestand', 'bestanden')} (--fix).`, width, '  ').map((l) => c.green(l)));
  }
  if (suppressed > 0) out.push(...wrap(`${plural(suppressed, 'melding', 'meldingen')} uitgeschakeld met een toets-opmerking.`, width, '  ').map((l) => c.dim(l)));
  if (options.maxWarnings !== undefined && summary.warningCount > options.maxWarnings) {
    out.push(...wrap(`Te veel waarschuwingen: ${summary.warningCount}, maximaal ${options.maxWarnings} toegestaan (--max-warnings).`, width, '  ').map((l) => c.red(l)));
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
function overview(summary: RunSummary, c: ChalkInstance, width: number): string[] {
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
      const lines = wrap(`${g.ruleId}  ${splitAdvice(g.message).kort}`, width, ' '.repeat(9));
      lines[0] = `  ${String(g.aantal).padStart(4)}×  ${lines[0]!.trimStart()}`;
      out.push(...lines);
      out.push(...wrap(`in ${plural(g.bestanden.length, 'bestand', 'bestanden')}; bijvoorbeeld: ${g.voorbeelden.slice(0, 2).map((v) => `"${kort(v)}"`).join(', ')}`, width, ' '.repeat(9)).map((l) => c.dim(l)));
    }
  }
  return out;
}

export default stylish;
