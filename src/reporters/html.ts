/**
 * `--format html`: one self-contained, printable, accessible HTML page.
 * With several files it starts with an overview; then per document a table
 * per actielijn, the text with findings marked in place and explained below
 * their line, and the findings that inline comments disabled.
 */
import { ACTIELIJNEN } from '../engine/types.js';
import type { FileResult, Finding, RuleMeta, RunSummary } from '../engine/types.js';
import type { Reporter } from './types.js';
import { markeer } from './html/markeringen.js';
import type { Regel } from './html/markeringen.js';
import { CSS, SCRIPT } from './html/stijl.js';
import { redactedRange } from '../privacy/positions.js';
import {
  aantal,
  docsHref,
  ernstNaam,
  meestVoorkomend,
  metaById,
  perActielijn,
  perBestand,
  perRegel,
  totaal,
} from './samenvatting.js';
import type { ActielijnRij, Telling } from './samenvatting.js';

/** Escape text for HTML element content and quoted attribute values. */
/** The opening of a self-contained page: doctype, language, title, inline style, and <body>. */
export function htmlStart(title: string, css: string): string[] {
  return [
    '<!DOCTYPE html>',
    '<html lang="nl">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${css}</style>`,
    '</head>',
    '<body>',
  ];
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '\uFFFD');
}

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
      const regels = r.regels.length ? r.regels.map((id) => `<code>${e(id)}</code>`).join(', ') : '—';
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

function docId(index: number): string {
  return `d${index + 1}`;
}

function overzicht(summary: RunSummary): string {
  const bestanden = perBestand(summary);
  const out: string[] = ['<section class="overzicht" aria-labelledby="overzicht-titel">', '<h2 id="overzicht-titel">Overzicht</h2>'];

  out.push('<h3>Per bestand</h3>', '<table class="bestanden">', '<caption>Meldingen per bestand</caption>');
  out.push(`<thead><tr><th scope="col">Bestand</th><th scope="col">Soort</th><th scope="col">Datum</th>${TELKOPPEN}</tr></thead>`, '<tbody>');
  bestanden.forEach((b, i) => {
    const naam = `<a href="#${docId(i)}">${e(b.filePath)}</a>${b.fatal ? ' <strong>(niet gelezen)</strong>' : ''}`;
    out.push(`<tr><th scope="row">${naam}</th><td>${e(b.documentType ?? '—')}</td><td>${e(b.documentDate ?? '—')}</td>${getallen(b)}</tr>`);
  });
  out.push('</tbody>', `<tfoot><tr><th scope="row">Totaal</th><td></td><td></td>${getallen(totaal(bestanden))}</tr></tfoot>`, '</table>');

  out.push('<h3>Per actielijn</h3>', actielijnTabel(perActielijn(summary.results, summary.rules), 'Meldingen per actielijn van het Actieplan, alle bestanden'));

  const regels = perRegel(summary);
  out.push('<h3>Per regel</h3>');
  if (regels.length === 0) out.push('<p>Geen meldingen.</p>');
  else {
    out.push('<table class="regels">', '<caption>Meldingen per regel</caption>');
    out.push(`<thead><tr><th scope="col">Regel</th><th scope="col">Actielijn</th>${TELKOPPEN}<th scope="col" class="getal">Bestanden</th></tr></thead>`, '<tbody>');
    for (const r of regels) {
      const lijn = r.actielijn === null ? '—' : `${r.actielijn}. ${e(ACTIELIJNEN[r.actielijn])}`;
      const oms = r.description ? `<br><span class="oms">${e(r.description)}</span>` : '';
      out.push(`<tr><th scope="row"><code>${e(r.ruleId)}</code>${oms}</th><td>${lijn}</td>${getallen(r)}<td class="getal">${r.bestanden}</td></tr>`);
    }
    out.push('</tbody>', '</table>');
  }

  const vaak = meestVoorkomend(summary);
  out.push('<h3>Meest voorkomende meldingen</h3>');
  if (vaak.length === 0) out.push('<p>Geen melding komt vaker dan één keer voor.</p>');
  else {
    out.push('<table class="vaak">', '<caption>Meldingen die meer dan één keer voorkomen (zelfde regel en boodschap)</caption>');
    out.push('<thead><tr><th scope="col" class="getal">Aantal</th><th scope="col">Regel</th><th scope="col">Melding</th><th scope="col" class="getal">Bestanden</th></tr></thead>', '<tbody>');
    for (const v of vaak) {
      const vb = v.voorbeelden.length ? `<br>Tekst: ${v.voorbeelden.map((x) => `<code>${e(x)}</code>`).join(', ')}` : '';
      out.push(`<tr><td class="getal">${v.aantal}</td><th scope="row"><code>${e(v.ruleId)}</code></th><td>${e(v.message)}${vb}</td><td class="getal">${v.bestanden.length}</td></tr>`);
    }
    out.push('</tbody>', '</table>');
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

/**
 * The explanation of one finding. The rule's why and its recommendation are
 * written out at the first finding of that rule in a document; later ones
 * refer back to it (`eerder`: number of that first finding).
 */
function uitleg(f: Finding, nr: number, d: string, meta: RuleMeta | undefined, metVerwijzing: boolean, eerder?: number): string {
  const ernst = ernstNaam(f.severity);
  const cls = f.severity === 2 ? 'uitleg fout' : 'uitleg';
  const terug = metVerwijzing ? ` <a href="#${d}-v${nr}">terug naar de tekst</a>` : '';
  const out: string[] = [
    `<div class="${cls}" id="${d}-m${nr}">`,
    `<p class="kop">Melding ${nr}: <span class="ernst${f.severity === 2 ? ' fout' : ''}">${ernst}</span> <code>${e(f.ruleId)}</code> (${plaats(f)})${terug}</p>`,
    `<p>${e(f.message)}</p>`,
  ];
  if (f.excerpt) out.push(`<p>Tekst: <code>${e(f.excerpt)}</code></p>`);
  if (meta && eerder !== undefined) {
    if (f.suggestion) out.push(`<p><strong>Zo lost u het op:</strong> ${e(f.suggestion)}</p>`);
    out.push(`<p><strong>Waarom en waarop gebaseerd:</strong> zie <a href="#${d}-m${eerder}">melding ${eerder}</a> (zelfde regel).</p>`, '</div>');
    return out.join('\n');
  }
  if (meta) {
    out.push(`<p><strong>Waarom:</strong> ${e(meta.explanation || meta.description)}</p>`);
    const rec = meta.recommendation;
    out.push(`<p><strong>Waarop gebaseerd:</strong> ${e(rec.summary)} (${e(rec.document)}, ${e(rec.section)}; actielijn ${meta.actielijn}: ${e(ACTIELIJNEN[meta.actielijn])})</p>`);
  }
  if (f.suggestion) out.push(`<p><strong>Zo lost u het op:</strong> ${e(f.suggestion)}</p>`);
  if (meta) out.push(`<p><a href="${e(docsHref(meta.docs))}">Uitleg van de regel ${e(meta.id)}</a> (<code>${e(meta.docs)}</code>)</p>`);
  out.push('</div>');
  return out.join('\n');
}

/**
 * For each finding that is not the first of its rule in the order the
 * explanations appear (`order`: finding indices), the number of the first one.
 */
function eersteVanRegel(messages: readonly Finding[], order: readonly number[]): Map<number, number> {
  const first = new Map<string, number>();
  const out = new Map<number, number>();
  for (const i of order) {
    const id = messages[i]!.ruleId;
    const seen = first.get(id);
    if (seen === undefined) first.set(id, i + 1);
    else out.set(i, seen);
  }
  return out;
}

function tekstMetMeldingen(r: FileResult, d: string, metas: Map<string, RuleMeta>): string {
  // With --redact the text is redacted: place the findings in it (their own positions stay those of the original).
  const regels: Regel[] = markeer(r.source ?? '', r.sourceEdits ? r.messages.map((m) => redactedRange(m, r.sourceEdits)) : r.messages);
  const eerste = eersteVanRegel(r.messages, regels.flatMap((regel) => regel.eindigtHier));
  const out: string[] = ['<div class="bron">'];
  for (const regel of regels) {
    const stukken = regel.stukken
      .map((s) => {
        if (s.soort === 'verwijzing') {
          const f = r.messages[s.melding]!;
          const nr = s.melding + 1;
          const fout = f.severity === 2 ? ' fout' : '';
          return `<a class="ref${fout}" id="${d}-v${nr}" href="#${d}-m${nr}" aria-label="Melding ${nr}: ${ernstNaam(f.severity)}, ${e(f.ruleId)}">${nr}</a>`;
        }
        if (s.meldingen.length === 0) return e(s.tekst);
        const fout = s.meldingen.some((i) => r.messages[i]!.severity === 2);
        const cls = [fout ? 'fout' : 'waarschuwing', ...(s.meldingen.length > 1 ? ['dubbel'] : [])].join(' ');
        const nrs = s.meldingen.map((i) => i + 1).join(' ');
        return `<mark class="${cls}" data-meldingen="${nrs}" title="Melding ${s.meldingen.map((i) => i + 1).join(', ')}">${e(s.tekst)}</mark>`;
      })
      .join('');
    out.push(`<div class="r" id="${d}-l${regel.nr}"><span class="nr">${regel.nr}</span><span class="code">${stukken}</span></div>`);
    for (const i of regel.eindigtHier) {
      const f = r.messages[i]!;
      out.push(uitleg(f, i + 1, d, metas.get(f.ruleId), true, eerste.get(i)));
    }
  }
  out.push('</div>');
  return out.join('\n');
}

function uitgeschakeld(r: FileResult): string {
  const out: string[] = ['<table class="uitgeschakeld">', '<caption>Meldingen die een toets-opmerking in het document uitschakelde</caption>'];
  out.push('<thead><tr><th scope="col">Plaats</th><th scope="col">Regel</th><th scope="col">Melding</th><th scope="col">Reden</th><th scope="col">Opmerking op regel</th></tr></thead>', '<tbody>');
  for (const f of r.suppressedMessages) {
    const reden = f.suppressed?.reason ? e(f.suppressed.reason) : '<em>geen reden opgegeven</em>';
    out.push(
      `<tr><th scope="row">${f.line}:${f.column}</th><td><code>${e(f.ruleId)}</code></td><td>${e(f.message)}</td><td>${reden}</td><td class="getal">${f.suppressed?.line ?? '—'}</td></tr>`,
    );
  }
  out.push('</tbody>', '</table>');
  return out.join('\n');
}

function documentSectie(r: FileResult, index: number, rules: RuleMeta[], metas: Map<string, RuleMeta>, eerste: boolean): string {
  const d = docId(index);
  const out: string[] = [
    `<section class="document${eerste ? ' eerste' : ''}" id="${d}" aria-labelledby="${d}-titel">`,
    `<h2 id="${d}-titel">Document: ${e(r.filePath)}</h2>`,
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

  out.push(`<h3 id="${d}-actielijnen">Meldingen per actielijn</h3>`, actielijnTabel(rows, `Meldingen per actielijn van het Actieplan in ${r.filePath}`));

  if (r.source !== undefined) {
    out.push(`<h3 id="${d}-tekst">Tekst met meldingen</h3>`);
    if (r.messages.length > 0) {
      out.push(
        '<p class="legenda">Gemarkeerde tekst hoort bij een melding: rood = fout, oranje = waarschuwing, dubbel onderstreept = meer meldingen tegelijk. ' +
          'Het nummer na de tekst leidt naar de uitleg, direct onder de regel.<span class="sneltoetsen"> Staat de focus op een nummer, dan gaat u met n naar de volgende en met p naar de vorige melding.</span></p>',
      );
    } else out.push('<p>Geen meldingen in dit document.</p>');
    out.push(tekstMetMeldingen(r, d, metas));
  } else {
    out.push(`<h3 id="${d}-meldingen">Meldingen</h3>`);
    if (r.messages.length === 0) out.push('<p>Geen meldingen in dit document.</p>');
    const eerste = eersteVanRegel(r.messages, r.messages.map((_, i) => i));
    r.messages.forEach((f, i) => out.push(uitleg(f, i + 1, d, metas.get(f.ruleId), false, eerste.get(i))));
  }

  if (r.suppressedMessages.length > 0) {
    out.push(`<h3 id="${d}-uitgeschakeld">Uitgeschakelde meldingen</h3>`, uitgeschakeld(r));
  }
  out.push('</section>');
  return out.join('\n');
}

const html: Reporter = (summary) => {
  const metas = metaById(summary.rules);
  const files = summary.results.length;
  const suppressed = summary.results.reduce((n, r) => n + r.suppressedMessages.length, 0);
  const title = files === 1 ? `toets-rapport: ${summary.results[0]!.filePath}` : `toets-rapport: ${aantal(files, 'bestand', 'bestanden')}`;
  const totals = tellingTekst({ fouten: summary.errorCount, waarschuwingen: summary.warningCount, uitgeschakeld: suppressed });

  const out: string[] = [
    ...htmlStart(title, CSS),
    '<a class="skip" href="#inhoud">Naar de inhoud</a>',
    '<header>',
    '<h1>Rapport van toets</h1>',
    `<p>${e(aantal(files, 'bestand', 'bestanden'))} gecontroleerd: ${e(totals)}.</p>`,
    '</header>',
  ];
  if (files > 1) {
    out.push('<nav aria-label="Documenten in dit rapport">', '<ul>', '<li><a href="#overzicht-titel">Overzicht</a></li>');
    summary.results.forEach((r, i) => out.push(`<li><a href="#${docId(i)}">${e(r.filePath)}</a></li>`));
    out.push('</ul>', '</nav>');
  }
  out.push('<main id="inhoud" tabindex="-1">');
  if (files === 0) out.push('<p>Er zijn geen bestanden gecontroleerd.</p>');
  if (files > 1) out.push(overzicht(summary));
  summary.results.forEach((r, i) => out.push(documentSectie(r, i, summary.rules, metas, i === 0 && files === 1)));
  out.push('</main>');
  out.push('<footer><p>Gemaakt met toets. Elke melding noemt de aanbeveling waarop de regel rust; lees de meldingen als hulp bij het nakijken, niet als oordeel over het gezin.</p></footer>');
  out.push(`<script>${SCRIPT}</script>`, '</body>', '</html>');
  return out.join('\n') + '\n';
};

export default html;
