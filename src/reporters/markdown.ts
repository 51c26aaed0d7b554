/**
 * `--format markdown`: the report as GitHub-flavoured Markdown, to paste into
 * a letter, a ticket or a pull request. Same content as the HTML report,
 * without the document text: summary tables per actielijn, the findings per
 * document with place, rule, message and the recommendation they rest on,
 * and the findings inline comments disabled, with their reasons.
 */
import { ACTIELIJNEN } from '../engine/types.js';
import type { FileResult, Finding, RuleMeta, RunSummary } from '../engine/types.js';
import type { Reporter } from './types.js';
import { aantal, ernstNaam, meestVoorkomend, metaById, perActielijn, perBestand, perRegel, totaal } from './samenvatting.js';
import type { ActielijnRij, Telling } from './samenvatting.js';

function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ');
}

/**
 * Escape user text for inline Markdown (also safe in a table cell): inline
 * markup characters, HTML, entities, and block markers at the start.
 */
export function escapeMarkdown(s: string): string {
  let t = oneLine(s)
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&');
  t = t.replace(/^(\s*)([#+=-])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
  return t;
}

/**
 * A code span holding `s` literally: a fence longer than any backtick run
 * inside, padded when needed. In a table cell a pipe must be escaped even
 * inside code (GFM), so pass `inTable`.
 */
export function codeSpan(s: string, inTable = false): string {
  let t = oneLine(s);
  if (t.length === 0) return '';
  if (inTable) t = t.replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(t.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = t.startsWith('`') || t.endsWith('`') || (t.startsWith(' ') && t.endsWith(' ') && t.trim() !== '') ? ' ' : '';
  return `${fence}${pad}${t}${pad}${fence}`;
}

function tellingTekst(t: Telling): string {
  const parts = [aantal(t.fouten, 'fout', 'fouten'), aantal(t.waarschuwingen, 'waarschuwing', 'waarschuwingen')];
  if (t.uitgeschakeld > 0) parts.push(`${t.uitgeschakeld} uitgeschakeld`);
  return parts.join(', ');
}

function row(cells: readonly (string | number)[]): string {
  return `| ${cells.map((c) => (c === '' ? ' ' : String(c))).join(' | ')} |`;
}

function tabel(koppen: readonly string[], rechts: readonly boolean[], rows: readonly (readonly (string | number)[])[]): string[] {
  return [row(koppen), row(rechts.map((r) => (r ? '---:' : '---'))), ...rows.map(row)];
}

const TELKOPPEN = ['Fouten', 'Waarschuwingen', 'Uitgeschakeld'];

function getallen(t: Telling): number[] {
  return [t.fouten, t.waarschuwingen, t.uitgeschakeld];
}

function actielijnTabel(rows: readonly ActielijnRij[]): string[] {
  const body = rows.map((r) => [
    r.actielijn === null ? escapeMarkdown(r.naam) : `${r.actielijn}. ${escapeMarkdown(r.naam)}`,
    ...getallen(r),
    r.regels.length ? r.regels.map((id) => codeSpan(id, true)).join(', ') : '—',
  ]);
  body.push(['**Totaal**', ...getallen(totaal(rows)), '']);
  return tabel(['Actielijn', ...TELKOPPEN, 'Regels'], [false, true, true, true, false], body);
}

function overzicht(summary: RunSummary): string[] {
  const out: string[] = ['## Overzicht', '', '### Per bestand', ''];
  const bestanden = perBestand(summary);
  const rows: (string | number)[][] = bestanden.map((b) => [
    escapeMarkdown(b.filePath) + (b.fatal ? ' **(niet gelezen)**' : ''),
    b.documentType ? escapeMarkdown(b.documentType) : '—',
    b.documentDate ? escapeMarkdown(b.documentDate) : '—',
    ...getallen(b),
  ]);
  rows.push(['**Totaal**', '', '', ...getallen(totaal(bestanden))]);
  out.push(...tabel(['Bestand', 'Soort', 'Datum', ...TELKOPPEN], [false, false, false, true, true, true], rows), '');

  out.push('### Per actielijn', '', ...actielijnTabel(perActielijn(summary.results, summary.rules)), '');

  out.push('### Per regel', '');
  const regels = perRegel(summary);
  if (regels.length === 0) out.push('Geen meldingen.', '');
  else {
    out.push(
      ...tabel(
        ['Regel', 'Actielijn', ...TELKOPPEN, 'Bestanden'],
        [false, false, true, true, true, true],
        regels.map((r) => [
          codeSpan(r.ruleId, true),
          r.actielijn === null ? '—' : `${r.actielijn}. ${escapeMarkdown(ACTIELIJNEN[r.actielijn])}`,
          ...getallen(r),
          r.bestanden,
        ]),
      ),
      '',
    );
  }

  out.push('### Meest voorkomende meldingen', '');
  const vaak = meestVoorkomend(summary);
  if (vaak.length === 0) out.push('Geen melding komt vaker dan één keer voor.', '');
  else {
    out.push(
      ...tabel(
        ['Aantal', 'Regel', 'Melding', 'Bestanden'],
        [true, false, false, true],
        vaak.map((v) => [
          v.aantal,
          codeSpan(v.ruleId, true),
          escapeMarkdown(v.message) + (v.voorbeelden.length ? ` Tekst: ${v.voorbeelden.map((x) => codeSpan(x, true)).join(', ')}` : ''),
          v.bestanden.length,
        ]),
      ),
      '',
    );
  }
  return out;
}

function plaats(f: Finding): string {
  // A Word document: the place its writer can find, not the line of toets' Markdown of it.
  if (f.place) return f.place.description;
  if (f.line === f.endLine) {
    return f.endColumn > f.column ? `Regel ${f.line}, kolom ${f.column}–${f.endColumn}` : `Regel ${f.line}, kolom ${f.column}`;
  }
  return `Regel ${f.line}, kolom ${f.column} tot regel ${f.endLine}, kolom ${f.endColumn}`;
}

function melding(f: Finding, nr: number): string[] {
  const marker = `${nr}. `;
  const indent = ' '.repeat(marker.length);
  const lines = [`**${plaats(f)}** · ${ernstNaam(f.severity)} · ${codeSpan(f.ruleId)}`, escapeMarkdown(f.message)];
  if (f.excerpt) lines.push(`Tekst: ${codeSpan(f.excerpt)}`);
  if (f.suggestion) lines.push(`Zo lost u het op: ${escapeMarkdown(f.suggestion)}`);
  // A backslash at the end of a line is a hard line break (CommonMark).
  return lines.map((l, i) => `${i === 0 ? marker : indent}${l}${i < lines.length - 1 ? '\\' : ''}`);
}

function grondslag(meta: RuleMeta): string[] {
  const rec = meta.recommendation;
  return [
    `- ${codeSpan(meta.id)} (actielijn ${meta.actielijn}: ${escapeMarkdown(ACTIELIJNEN[meta.actielijn])}): ${escapeMarkdown(meta.explanation || meta.description)}\\`,
    `  Aanbeveling: ${escapeMarkdown(rec.summary)} (${escapeMarkdown(rec.document)}, ${escapeMarkdown(rec.section)})\\`,
    `  Uitleg van de regel: ${codeSpan(meta.docs)}`,
  ];
}

function document(r: FileResult, rules: RuleMeta[], metas: Map<string, RuleMeta>): string[] {
  const out: string[] = [`## Document: ${escapeMarkdown(r.filePath)}`, ''];
  if (r.fatal) {
    out.push(`> **Dit bestand kon niet worden gelezen.** ${escapeMarkdown(r.fatal.message)} (code ${codeSpan(r.fatal.code)})`, '');
    return out;
  }
  const rows = perActielijn(r, rules);
  const kenmerken: string[] = [];
  if (r.documentType) kenmerken.push(`Soort: ${escapeMarkdown(r.documentType)}`);
  if (r.documentDate) kenmerken.push(`Datum: ${escapeMarkdown(r.documentDate)}`);
  kenmerken.push(tellingTekst(totaal(rows)));
  out.push(kenmerken.join(' · '), '');

  out.push('### Meldingen per actielijn', '', ...actielijnTabel(rows), '');

  out.push('### Meldingen', '');
  if (r.messages.length === 0) out.push('Geen meldingen in dit document.', '');
  else {
    r.messages.forEach((f, i) => out.push(...melding(f, i + 1)));
    out.push('');
    const used = [...new Set([...r.messages, ...r.suppressedMessages].map((f) => f.ruleId))]
      .map((id) => metas.get(id))
      .filter((m): m is RuleMeta => m !== undefined)
      .sort((a, b) => a.actielijn - b.actielijn || (a.id < b.id ? -1 : 1));
    if (used.length > 0) {
      out.push('### Waarop de meldingen rusten', '');
      for (const m of used) out.push(...grondslag(m));
      out.push('');
    }
  }

  if (r.suppressedMessages.length > 0) {
    out.push('### Uitgeschakelde meldingen', '');
    out.push(
      ...tabel(
        ['Plaats', 'Regel', 'Melding', 'Reden', 'Opmerking op regel'],
        [false, false, false, false, true],
        r.suppressedMessages.map((f) => [
          `${f.line}:${f.column}`,
          codeSpan(f.ruleId, true),
          escapeMarkdown(f.message),
          f.suppressed?.reason ? escapeMarkdown(f.suppressed.reason) : '*geen reden opgegeven*',
          f.suppressed?.line ?? '—',
        ]),
      ),
      '',
    );
  }
  return out;
}

const markdown: Reporter = (summary) => {
  const metas = metaById(summary.rules);
  const files = summary.results.length;
  const suppressed = summary.results.reduce((n, r) => n + r.suppressedMessages.length, 0);
  const totals = tellingTekst({ fouten: summary.errorCount, waarschuwingen: summary.warningCount, uitgeschakeld: suppressed });
  const out: string[] = ['# Rapport van toets', '', `${aantal(files, 'bestand', 'bestanden')} gecontroleerd: ${totals}.`, ''];
  if (files > 1) out.push(...overzicht(summary));
  for (const r of summary.results) out.push(...document(r, summary.rules, metas));
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n') + '\n';
};

export default markdown;
