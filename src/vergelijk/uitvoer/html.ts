/**
 * `toets vergelijk --format html`: one self-contained, accessible page
 * (the report's own stylesheet; <del>/<ins> for word changes, which screen
 * readers announce and which stay visible in black-and-white print).
 */
import type { Finding } from '../../engine/types.js';
import { escapeHtml as e, htmlStart } from '../../reporters/html.js';
import { CSS } from '../../reporters/html/stijl.js';
import type { Vergelijking, WoordDeel } from '../model.js';
import { GEEN_KOPJE_VERSCHIL, GEEN_ZIENSWIJZE, correctieKop, correctieTekst, aantal, ernst, kopjeRegels, verplaatsing, versieTekst, zienswijzeTekst } from './tekst.js';

const EXTRA_CSS = `
del { background: #fde2e2; color: #5c0010; text-decoration: line-through 2px; }
ins { background: #dff3e4; color: #0b4a1f; text-decoration: underline 2px; }
del, ins { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
ul.zinnen li { margin: .35rem 0; }
.regelnr { color: #4a4a4a; font-variant-numeric: tabular-nums; }
.let-op { border-left: 4px solid #7a4b00; background: #fffaf0; padding: .5rem .75rem; }
`;

function tabel(caption: string, koppen: readonly string[], rows: readonly (readonly string[])[]): string {
  return [
    '<table>',
    `<caption>${e(caption)}</caption>`,
    `<thead><tr>${koppen.map((k) => `<th scope="col">${e(k)}</th>`).join('')}</tr></thead>`,
    '<tbody>',
    ...rows.map((r) => `<tr>${r.join('')}</tr>`),
    '</tbody>',
    '</table>',
  ].join('\n');
}

function td(s: string, cls = ''): string {
  return `<td${cls ? ` class="${cls}"` : ''}>${e(s)}</td>`;
}

function ernstCel(f: Finding): string {
  return `<td><span class="ernst${f.severity === 2 ? ' fout' : ''}">${e(ernst(f))}</span></td>`;
}

function findingTable(caption: string, list: readonly Finding[]): string {
  return tabel(
    caption,
    ['Plaats', 'Ernst', 'Regel', 'Melding', 'Tekst'],
    list.map((f) => [td(`${f.line}:${f.column}`, 'getal'), ernstCel(f), `<td><code>${e(f.ruleId)}</code></td>`, td(f.message), td(f.excerpt)]),
  );
}

function woorden(delen: readonly WoordDeel[]): string {
  return delen.map((d) => (d.soort === 'weg' ? `<del>${e(d.tekst)}</del>` : d.soort === 'erbij' ? `<ins>${e(d.tekst)}</ins>` : e(d.tekst))).join('');
}

export function htmlVergelijking(v: Vergelijking): string {
  const m = v.meldingen;
  const z = v.zinnen;
  const title = `toets: vergelijking ${v.oud.filePath} → ${v.nieuw.filePath}`;
  const out: string[] = [
    ...htmlStart(title, CSS + EXTRA_CSS),
    '<a class="skip" href="#inhoud">Naar de inhoud</a>',
    '<header>',
    '<h1>Vergelijking van twee versies</h1>',
    '<dl>',
    `<dt>Oud</dt><dd>${e(versieTekst(v.oud))}: ${e(aantal(v.oud.errorCount, 'fout', 'fouten'))}, ${e(aantal(v.oud.warningCount, 'waarschuwing', 'waarschuwingen'))}</dd>`,
    `<dt>Nieuw</dt><dd>${e(versieTekst(v.nieuw))}: ${e(aantal(v.nieuw.errorCount, 'fout', 'fouten'))}, ${e(aantal(v.nieuw.warningCount, 'waarschuwing', 'waarschuwingen'))}</dd>`,
    '</dl>',
    '</header>',
    '<main id="inhoud" tabindex="-1">',
    ...(v.waarschuwingen.length
      ? ['<section class="let-op" aria-labelledby="waarschuwing-titel">', '<h2 id="waarschuwing-titel">Let op: zijn dit twee versies van hetzelfde document?</h2>', '<ul>', ...v.waarschuwingen.map((w) => `<li>${e(w)}</li>`), '</ul>', '</section>']
      : []),
    '<section aria-labelledby="kopje-titel">',
    '<h2 id="kopje-titel">Gegevens bovenaan</h2>',
    ...(kopjeRegels(v.kopje).length
      ? ['<ul>', ...kopjeRegels(v.kopje).map((k) => `<li>${k.teken === '+' ? '<ins>' : k.teken === '-' ? '<del>' : ''}${e(k.tekst)}${k.teken === '+' ? '</ins>' : k.teken === '-' ? '</del>' : ''}</li>`), '</ul>']
      : [`<p>${e(GEEN_KOPJE_VERSCHIL)}</p>`]),
    '</section>',
    '<section aria-labelledby="meldingen-titel">',
    '<h2 id="meldingen-titel">Meldingen</h2>',
    tabel(
      'Meldingen, gekoppeld op inhoud (niet op regelnummer)',
      ['Opgelost', 'Nieuw', 'Gebleven', 'Alleen uitgeschakeld'],
      [[m.opgelost.length, m.nieuw.length, m.gebleven.length, m.uitgeschakeld.length].map((n) => td(String(n), 'getal'))],
    ),
  ];
  if (m.opgelost.length) out.push('<h3>Opgelost</h3>', findingTable('Opgelost (plaats in de oude versie)', m.opgelost));
  if (m.nieuw.length) out.push('<h3>Nieuw</h3>', findingTable('Nieuw in de nieuwe versie', m.nieuw));
  if (m.uitgeschakeld.length) {
    out.push(
      '<h3>Alleen uitgeschakeld</h3>',
      '<p class="let-op">Deze meldingen zijn niet opgelost, maar met een toets-opmerking stilgezet.</p>',
      tabel(
        'Stilgezet in de nieuwe versie',
        ['Plaats', 'Regel', 'Melding', 'Reden'],
        m.uitgeschakeld.map((g) => [td(`${g.nieuw.line}:${g.nieuw.column}`, 'getal'), `<td><code>${e(g.nieuw.ruleId)}</code></td>`, td(g.nieuw.message), td(g.nieuw.suppressed?.reason ?? '(geen reden)')]),
      ),
    );
  }
  if (m.gebleven.length) {
    out.push(
      '<h3>Gebleven</h3>',
      tabel(
        'In beide versies',
        ['Oud', 'Nieuw', 'Ernst', 'Regel', 'Melding'],
        m.gebleven.map((g) => [td(`${g.oud.line}:${g.oud.column}`, 'getal'), td(`${g.nieuw.line}:${g.nieuw.column}`, 'getal'), ernstCel(g.nieuw), `<td><code>${e(g.nieuw.ruleId)}</code></td>`, td(g.nieuw.message)]),
      ),
    );
  }
  out.push('</section>', '<section aria-labelledby="zinnen-titel">', '<h2 id="zinnen-titel">Zinnen</h2>');
  if (z.afgebroken) out.push('<p class="let-op">De versies verschillen te veel om zin voor zin te vergelijken; alle zinnen tellen als verwijderd en toegevoegd.</p>');
  out.push(
    tabel(
      'Zinnen in de oude en de nieuwe versie',
      ['Gewijzigd', 'Verplaatst', 'Toegevoegd', 'Verwijderd', 'Ongewijzigd'],
      [[z.gewijzigd.length, z.verplaatst.length, z.toegevoegd.length, z.verwijderd.length, z.ongewijzigd].map((n) => td(String(n), 'getal'))],
    ),
  );
  if (z.verplaatst.length) {
    out.push('<h3>Verplaatst</h3>', '<ul class="zinnen">');
    for (const mv of z.verplaatst) out.push(`<li><span class="regelnr">${e(verplaatsing(mv.oud, mv.nieuw))}:</span> ${mv.delen ? woorden(mv.delen) : e(mv.nieuw.tekst)}</li>`);
    out.push('</ul>');
  }
  if (z.gewijzigd.length) {
    out.push('<h3>Gewijzigd</h3>', '<p class="legenda">Doorgestreept is weg, onderstreept is erbij.</p>', '<ul class="zinnen">');
    for (const g of z.gewijzigd) out.push(`<li><span class="regelnr">regel ${g.oud.line} → ${g.nieuw.line}:</span> ${woorden(g.delen)}</li>`);
    out.push('</ul>');
  }
  if (z.verwijderd.length) {
    out.push('<h3>Verwijderd</h3>', '<ul class="zinnen">');
    for (const r of z.verwijderd) out.push(`<li><span class="regelnr">regel ${r.line}:</span> <del>${e(r.tekst)}</del></li>`);
    out.push('</ul>');
  }
  if (z.toegevoegd.length) {
    out.push('<h3>Toegevoegd</h3>', '<ul class="zinnen">');
    for (const a of z.toegevoegd) out.push(`<li><span class="regelnr">regel ${a.line}:</span> <ins>${e(a.tekst)}</ins></li>`);
    out.push('</ul>');
  }
  out.push('</section>', '<section aria-labelledby="zienswijze-titel">', '<h2 id="zienswijze-titel">Zienswijze van ouders en kind</h2>');
  if (v.zienswijzen.length === 0) out.push(`<p class="let-op">${e(GEEN_ZIENSWIJZE)}</p>`);
  else {
    out.push('<ul>');
    for (const s of v.zienswijzen) {
      out.push(`<li><strong>${e(s.kop)}</strong>: ${e(zienswijzeTekst(s))}`);
      if (s.status !== 'ongewijzigd') {
        out.push(
          '<div class="voor-na"><p>Voor:</p>',
          s.tekstOud.length ? `<blockquote>${s.tekstOud.map((t) => `<p>${e(t)}</p>`).join('')}</blockquote>` : '<p>(geen tekst)</p>',
          '<p>Na:</p>',
          s.tekstNieuw.length ? `<blockquote>${s.tekstNieuw.map((t) => `<p>${e(t)}</p>`).join('')}</blockquote>` : '<p>(geen tekst)</p>',
          '</div>',
        );
      }
      out.push('</li>');
    }
    out.push('</ul>');
  }
  if (v.correcties.length) {
    out.push('</section>', '<section aria-labelledby="correcties-titel">', '<h2 id="correcties-titel">Correcties</h2>', '<ul>');
    for (const k of v.correcties) out.push(`<li${k.verwerkt ? '' : ' class="let-op"'}><strong>${e(correctieKop(k))}</strong>: ${e(correctieTekst(k))}</li>`);
    out.push('</ul>');
  }
  out.push('</section>', '</main>');
  out.push('<footer><p>Gemaakt met toets vergelijk. Meldingen zijn gekoppeld op hun inhoud, zodat verschoven tekst niet als nieuw telt.</p></footer>');
  out.push('</body>', '</html>');
  return out.join('\n') + '\n';
}
