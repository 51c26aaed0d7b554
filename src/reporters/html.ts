/**
 * `--format html`: one self-contained, printable, accessible HTML page that
 * a klachtencommissie can receive. With several files it starts with an
 * overview; then per document a table per actielijn, the findings grouped
 * per actielijn, the document's text rendered (headings, paragraphs, lists,
 * tables; the frontmatter as a table of facts) with each finding marked where
 * it is, and the findings that inline comments disabled. The rules are
 * explained once at the end. Nothing is loaded from outside the file and a
 * Content-Security-Policy forbids connections.
 */
import { ACTIELIJNEN } from '../engine/types.js';
import type { Actielijn, FileResult, Finding, RuleMeta, RunSummary } from '../engine/types.js';
import type { Reporter } from './types.js';
import { createHash } from 'node:crypto';
import { offsetsOf, renderDocument } from './html/document-html.js';
import type { Plek } from './html/document-html.js';
import { escapeHtml } from './html/escape.js';
import { CSS, SCRIPT } from './html/stijl.js';
import { redactedRange } from '../privacy/positions.js';
import {
  aantal,
  ernstNaam,
  meestVoorkomend,
  metaById,
  OVERIG,
  perActielijn,
  perBestand,
  perRegel,
  totaal,
} from './samenvatting.js';
import type { ActielijnRij, Telling } from './samenvatting.js';

/**
 * The Content-Security-Policy of a report: nothing may be loaded or sent;
 * only the page's own inline style and (by hash) its own script run.
 */
export function contentSecurityPolicy(css: string, script?: string): string {
  const hash = (s: string): string => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
  return [
    "default-src 'none'",
    `style-src ${hash(css)}`,
    `script-src ${script === undefined ? "'none'" : hash(script)}`,
    'img-src data:',
    "connect-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
}

/** The opening of a self-contained page: doctype, language, CSP, title, inline style, and <body>. */
export function htmlStart(title: string, css: string, script?: string): string[] {
  return [
    '<!DOCTYPE html>',
    '<html lang="nl">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(css, script)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${css}</style>`,
    '</head>',
    '<body>',
  ];
}

export { escapeHtml };

const e = escapeHtml;

function tellingTekst(t: Telling): string {
  const parts = [aantal(t.fouten, 'fout', 'fouten'), aantal(t.waarschuwingen, 'waarschuwing', 'waarschuwingen')];
  if (t.uitgeschakeld > 0) parts.push(`${t.uitgeschakeld} uitgeschakeld`);
  return parts.join(', ');
}

function getallen(t: Telling): string {
  return `<td class="getal">${t.fouten}</td><td class="getal">${t.waarschuwingen}</td><td class="getal">${t.uitgeschakeld}</td>`;
}

const TELKOPPEN =
  '<th scope="col" class="getal">Fouten</th><th scope="col" class="getal">Waarschuwingen</th><th scope="col" class="getal">Uitgeschakeld</th>';

function actielijnTabel(rows: ActielijnRij[], caption: string): string {
  const body = rows
    .map((r) => {
      const kop = r.actielijn === null ? e(r.naam) : `${r.actielijn}. ${e(r.naam)}`;
      const regels = r.regels.length ? r.regels.map((id) => `${regelId(id)}`).join(', ') : '—';
      return `<tr><th scope="row">${kop}</th>${getallen(r)}<td>${regels}</td></tr>`;
    })
    .join('\n');
  const t = totaal(rows);
  return (
    `<table class="actielijnen">\n<caption>${e(caption)}</caption>\n` +
    `<thead><tr><th scope="col">Actielijn</th>${TELKOPPEN}<th scope="col">Regels</th></tr></thead>\n` +
    `<tbody>\n${body}\n</tbody>\n` +
    `<tfoot><tr><th scope="row">Totaal</th>${getallen(t)}<td></td></tr></tfoot>\n</table>`
  );
}

/**
 * How a document is named in the report: its path as given, relative to
 * where toets ran; an absolute path (outside that folder) by its file name
 * only, so the report shows no folders of the machine that made it.
 */
export function naamVan(filePath: string): string {
  return /^([A-Za-z]:)?[\\/]/.test(filePath) ? (filePath.split(/[\\/]/).pop() ?? filePath) : filePath;
}

function docId(index: number): string {
  return `d${index + 1}`;
}

function overzicht(summary: RunSummary): string {
  const bestanden = perBestand(summary);
  const out: string[] = ['<section class="overzicht" aria-labelledby="overzicht-titel">', '<h2 id="overzicht-titel">Overzicht</h2>'];

  out.push('<h3>Per bestand</h3>', '<div class=\"tabel\"><table class=\"bestanden\">', '<caption>Meldingen per bestand</caption>');
  out.push(`<thead><tr><th scope="col">Bestand</th><th scope="col">Soort</th><th scope="col">Datum</th>${TELKOPPEN}</tr></thead>`, '<tbody>');
  bestanden.forEach((b, i) => {
    const naam = `<a href="#${docId(i)}">${e(naamVan(b.filePath))}</a>${b.fatal ? ' <strong>(niet gelezen)</strong>' : ''}`;
    out.push(`<tr><th scope="row">${naam}</th><td>${e(b.documentType ?? '—')}</td><td>${e(b.documentDate ?? '—')}</td>${getallen(b)}</tr>`);
  });
  out.push('</tbody>', `<tfoot><tr><th scope="row">Totaal</th><td></td><td></td>${getallen(totaal(bestanden))}</tr></tfoot>`, '</table></div>');

  out.push('<h3>Per actielijn</h3>', `<div class="tabel">${actielijnTabel(perActielijn(summary.results, summary.rules), 'Meldingen per actielijn van het Actieplan, alle bestanden')}</div>`);

  const regels = perRegel(summary);
  out.push('<h3>Per regel</h3>');
  if (regels.length === 0) out.push('<p>Geen meldingen.</p>');
  else {
    out.push('<div class=\"tabel\"><table class=\"regels\">', '<caption>Meldingen per regel</caption>');
    out.push(`<thead><tr><th scope="col">Regel</th><th scope="col">Actielijn</th>${TELKOPPEN}<th scope="col" class="getal">Bestanden</th></tr></thead>`, '<tbody>');
    for (const r of regels) {
      const lijn = r.actielijn === null ? '—' : `${r.actielijn}. ${e(ACTIELIJNEN[r.actielijn])}`;
      const oms = r.description ? `<br><span class="oms">${e(r.description)}</span>` : '';
      out.push(`<tr><th scope="row">${regelId(r.ruleId)}${oms}</th><td>${lijn}</td>${getallen(r)}<td class="getal">${r.bestanden}</td></tr>`);
    }
    out.push('</tbody>', '</table></div>');
  }

  const vaak = meestVoorkomend(summary);
  out.push('<h3>Meest voorkomende meldingen</h3>');
  if (vaak.length === 0) out.push('<p>Geen melding komt vaker dan één keer voor.</p>');
  else {
    out.push('<div class=\"tabel\"><table class=\"vaak\">', '<caption>Meldingen die meer dan één keer voorkomen (zelfde regel en boodschap)</caption>');
    out.push('<thead><tr><th scope="col" class="getal">Aantal</th><th scope="col">Regel</th><th scope="col">Melding</th><th scope="col" class="getal">Bestanden</th></tr></thead>', '<tbody>');
    for (const v of vaak) {
      const vb = v.voorbeelden.length ? `<br>Tekst: ${v.voorbeelden.map((x) => `<code>${e(x)}</code>`).join(', ')}` : '';
      out.push(`<tr><td class="getal">${v.aantal}</td><th scope="row">${regelId(v.ruleId)}</th><td>${e(v.message)}${vb}</td><td class="getal">${v.bestanden.length}</td></tr>`);
    }
    out.push('</tbody>', '</table></div>');
  }
  out.push('</section>');
  return out.join('\n');
}

function plaats(f: Finding): string {
  if (f.line === f.endLine) {
    return f.endColumn > f.column ? `regel ${f.line}, kolom ${f.column}–${f.endColumn}` : `regel ${f.line}, kolom ${f.column}`;
  }
  return `regel ${f.line}, kolom ${f.column} tot regel ${f.endLine}, kolom ${f.endColumn}`;
}

/** A rule id as one unbreakable word. */
function regelId(id: string): string {
  return `<code class="regel">${e(id)}</code>`;
}

/** Id of the explanation of a rule, at the end of the report. */
function regelAnker(id: string): string {
  return `regel-${id.replace(/[^a-z0-9-]/gi, '-')}`;
}

/** One finding in the list per actielijn; `inTekst`: it has a reference point in the rendered text. */
function melding(f: Finding, nr: number, d: string, meta: RuleMeta | undefined, inTekst: boolean): string {
  const fout = f.severity === 2 ? ' fout' : '';
  const out: string[] = [
    `<li class="melding${fout}" id="${d}-m${nr}" tabindex="-1" data-regel="${e(f.ruleId)}" data-plek="${f.line}:${f.column}">`,
    `<p class="kop">Melding ${nr} <span class="ernst${fout}">${ernstNaam(f.severity)}</span> ${regelId(f.ruleId)} <span class="plaats">(${plaats(f)})</span></p>`,
    `<p>${e(f.message)}</p>`,
  ];
  if (f.excerpt) out.push(`<p class="citaat">Tekst: <q>${e(f.excerpt)}</q></p>`);
  if (f.suggestion) out.push(`<p><strong>Zo lost u het op:</strong> ${e(f.suggestion)}</p>`);
  const links: string[] = [];
  if (inTekst) links.push(`<a href="#${d}-v${nr}">Naar de plek in de tekst</a>`);
  if (meta) links.push(`<a href="#${regelAnker(meta.id)}">Waarom deze regel</a>`);
  if (links.length) out.push(`<p class="links">${links.join(' · ')}</p>`);
  out.push('</li>');
  return out.join('\n');
}

/** The findings of a document grouped per actielijn (findings without an actielijn last). */
function meldingenPerActielijn(r: FileResult, d: string, metas: Map<string, RuleMeta>, inTekst: boolean): string {
  const groepen = new Map<number | null, number[]>();
  r.messages.forEach((f, i) => {
    const lijn = metas.get(f.ruleId)?.actielijn ?? null;
    groepen.set(lijn, [...(groepen.get(lijn) ?? []), i]);
  });
  const volgorde: Array<number | null> = [1, 2, 3, 4, null];
  const out: string[] = [];
  for (const lijn of volgorde) {
    const lijst = groepen.get(lijn);
    if (!lijst) continue;
    const kop = lijn === null ? OVERIG : `Actielijn ${lijn}: ${ACTIELIJNEN[lijn as Actielijn]}`;
    out.push(`<h4>${e(kop)} (${lijst.length})</h4>`, '<ol class="meldingen">');
    for (const i of lijst) out.push(melding(r.messages[i]!, i + 1, d, metas.get(r.messages[i]!.ruleId), inTekst));
    out.push('</ol>');
  }
  return out.join('\n');
}

/** The document's text, rendered, with every finding marked where it is. */
function tekstMetMeldingen(r: FileResult, d: string): string {
  const source = r.source ?? '';
  // With --redact the text is redacted: place the findings in it (their own positions stay those of the original).
  const ranges = r.sourceEdits ? r.messages.map((m) => redactedRange(m, r.sourceEdits)) : r.messages;
  const at = offsetsOf(source);
  const plekken: Plek[] = ranges.map((m) => {
    const start = at(m.line, m.column);
    return { start, end: Math.max(start, at(m.endLine, m.endColumn)) };
  });
  const nrs = (list: readonly number[]): string => list.map((i) => i + 1).join(', ');
  const body = renderDocument(source, plekken, {
    kopNiveau: 4,
    idPrefix: d,
    markClass: (list) => [list.some((i) => r.messages[i]!.severity === 2) ? 'fout' : 'waarschuwing', ...(list.length > 1 ? ['dubbel'] : [])].join(' '),
    markTitle: (list) => `Melding ${nrs(list)}`,
    verwijzing: (i) => {
      const f = r.messages[i]!;
      const nr = i + 1;
      const fout = f.severity === 2 ? ' fout' : '';
      return `<a class="ref${fout}" id="${d}-v${nr}" href="#${d}-m${nr}" aria-label="Melding ${nr}: ${ernstNaam(f.severity)}, ${e(f.ruleId)}">${nr}</a>`;
    },
  });
  return `<div class="doc">\n${body}</div>`;
}

/** The rules with findings in this report, explained once: what, why, and the recommendation it rests on. */
function regelsUitgelegd(summary: RunSummary, metas: Map<string, RuleMeta>): string {
  const ids = new Set<string>();
  for (const r of summary.results) for (const f of [...r.messages, ...r.suppressedMessages]) if (metas.has(f.ruleId)) ids.add(f.ruleId);
  if (ids.size === 0) return '';
  const out: string[] = ['<section class="regeluitleg" aria-labelledby="regels-titel">', '<h2 id="regels-titel">Uitleg van de regels</h2>'];
  out.push('<p>Elke regel volgt een aanbeveling over goede verslaglegging in de jeugdbescherming. Hieronder staat per regel wat hij controleert, waarom, en op welke aanbeveling hij rust.</p>');
  for (const id of [...ids].sort()) {
    const m = metas.get(id)!;
    const rec = m.recommendation;
    out.push(
      `<div class="regel-uitleg" id="${regelAnker(id)}" tabindex="-1">`,
      `<h3>${regelId(id)}</h3>`,
      `<p><strong>Wat:</strong> ${e(m.description)}</p>`,
      ...(m.explanation ? [`<p><strong>Waarom:</strong> ${e(m.explanation)}</p>`] : []),
      `<p><strong>Waarop gebaseerd:</strong> ${e(rec.summary)} (${e(rec.document)}, ${e(rec.section)})</p>`,
      `<p><strong>Actielijn ${m.actielijn}:</strong> ${e(ACTIELIJNEN[m.actielijn])}</p>`,
      '</div>',
    );
  }
  out.push('</section>');
  return out.join('\n');
}

function uitgeschakeld(r: FileResult): string {
  const out: string[] = ['<table class="uitgeschakeld">', '<caption>Meldingen die een toets-opmerking in het document uitschakelde</caption>'];
  out.push('<thead><tr><th scope="col">Plaats</th><th scope="col">Regel</th><th scope="col">Melding</th><th scope="col">Reden</th><th scope="col">Opmerking op regel</th></tr></thead>', '<tbody>');
  for (const f of r.suppressedMessages) {
    const reden = f.suppressed?.reason ? e(f.suppressed.reason) : '<em>geen reden opgegeven</em>';
    out.push(
      `<tr><th scope="row">${f.line}:${f.column}</th><td>${regelId(f.ruleId)}</td><td>${e(f.message)}</td><td>${reden}</td><td class="getal">${f.suppressed?.line ?? '—'}</td></tr>`,
    );
  }
  out.push('</tbody>', '</table>');
  return out.join('\n');
}

function documentSectie(r: FileResult, index: number, rules: RuleMeta[], metas: Map<string, RuleMeta>, eerste: boolean): string {
  const d = docId(index);
  const out: string[] = [
    `<section class="document${eerste ? ' eerste' : ''}" id="${d}" aria-labelledby="${d}-titel">`,
    `<h2 id="${d}-titel">Document: ${e(naamVan(r.filePath))}</h2>`,
  ];
  if (r.fatal) {
    out.push(`<p class="fataal"><strong>Dit bestand kon niet worden gelezen.</strong> ${e(r.fatal.message)} (code <code>${e(r.fatal.code)}</code>)</p>`, '</section>');
    return out.join('\n');
  }
  const kenmerken: string[] = [];
  if (r.documentType) kenmerken.push(`Soort: ${e(r.documentType)}`);
  if (r.documentDate) kenmerken.push(`Datum: ${e(r.documentDate)}`);
  const rows = perActielijn(r, rules);
  kenmerken.push(e(tellingTekst(totaal(rows))));
  out.push(`<p class="kenmerken">${kenmerken.join(' · ')}</p>`);

  out.push(`<h3 id="${d}-actielijnen">Meldingen per actielijn</h3>`, `<div class="tabel">${actielijnTabel(rows, `Meldingen per actielijn van het Actieplan in ${naamVan(r.filePath)}`)}</div>`);
  if (r.messages.length === 0) out.push('<p>Geen meldingen in dit document.</p>');
  else out.push(meldingenPerActielijn(r, d, metas, r.source !== undefined));

  if (r.source !== undefined) {
    out.push(`<h3 id="${d}-tekst">Tekst met meldingen</h3>`);
    if (r.messages.length > 0) {
      out.push(
        '<p class="legenda">Gemarkeerde tekst hoort bij een melding: rood = fout, oranje = waarschuwing, dubbel onderstreept = meer meldingen tegelijk. ' +
          'Het nummer na de tekst leidt naar de melding.<span class="sneltoetsen"> Staat de focus op een nummer, dan gaat u met n naar de volgende en met p naar de vorige melding.</span></p>',
      );
    }
    out.push(tekstMetMeldingen(r, d));
  }

  if (r.suppressedMessages.length > 0) {
    out.push(`<h3 id="${d}-uitgeschakeld">Uitgeschakelde meldingen</h3>`, `<div class="tabel">${uitgeschakeld(r)}</div>`);
  }
  out.push('</section>');
  return out.join('\n');
}

/** The whole report page. */
const html: Reporter = (summary) => {
  const metas = metaById(summary.rules);
  const files = summary.results.length;
  const suppressed = summary.results.reduce((n, r) => n + r.suppressedMessages.length, 0);
  const title = files === 1 ? `toets-rapport: ${naamVan(summary.results[0]!.filePath)}` : `toets-rapport: ${aantal(files, 'bestand', 'bestanden')}`;
  const totals = tellingTekst({ fouten: summary.errorCount, waarschuwingen: summary.warningCount, uitgeschakeld: suppressed });

  const out: string[] = [
    ...htmlStart(title, CSS, SCRIPT),
    '<a class="skip" href="#inhoud">Naar de inhoud</a>',
    '<header>',
    '<h1>Rapport van toets</h1>',
    `<p>${e(aantal(files, 'bestand', 'bestanden'))} gecontroleerd: ${e(totals)}.</p>`,
    '</header>',
  ];
  if (files > 1) {
    out.push('<nav aria-label="Documenten in dit rapport">', '<ul>', '<li><a href="#overzicht-titel">Overzicht</a></li>');
    summary.results.forEach((r, i) => out.push(`<li><a href="#${docId(i)}">${e(naamVan(r.filePath))}</a></li>`));
    out.push('</ul>', '</nav>');
  }
  out.push('<main id="inhoud" tabindex="-1">');
  if (files === 0) out.push('<p>Er zijn geen bestanden gecontroleerd.</p>');
  if (files > 1) out.push(overzicht(summary));
  summary.results.forEach((r, i) => out.push(documentSectie(r, i, summary.rules, metas, i === 0 && files === 1)));
  out.push(regelsUitgelegd(summary, metas));
  out.push('</main>');
  out.push('<footer><p>Gemaakt met toets. Elke melding noemt de aanbeveling waarop de regel rust; lees de meldingen als hulp bij het nakijken, niet als oordeel over het gezin.</p></footer>');
  out.push(`<script>${SCRIPT}</script>`, '</body>', '</html>');
  return out.join('\n') + '\n';
};

export default html;
