/**
 * Inline CSS and the optional keyboard script of the HTML report. Colours
 * are chosen for WCAG AA contrast (text ≥ 4.5:1 on its background); marks
 * are also underlined so they stay visible in black-and-white print.
 */
export const CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, "Segoe UI", "DejaVu Sans", Arial, sans-serif; color: #1b1b1b; background: #fff; overflow-wrap: break-word; }
header, main, footer { max-width: 62rem; margin: 0 auto; padding: 0 1rem; }
header { padding-top: 1rem; }
h1 { font-size: 1.75rem; margin: .5rem 0; }
h2 { font-size: 1.4rem; margin: 2rem 0 .5rem; padding-top: .5rem; border-top: 3px solid #1b1b1b; overflow-wrap: anywhere; }
h3 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
a { color: #0b4f9c; }
a:focus-visible, main:focus-visible { outline: 3px solid #0b4f9c; outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem 1rem; }
.skip:focus { left: 1rem; z-index: 10; }
nav { max-width: 62rem; margin: 0 auto; padding: 0 1rem; }
nav ul { padding-left: 1.25rem; }
table { border-collapse: collapse; margin: .5rem 0 1rem; width: 100%; }
th, td { border: 1px solid #767676; padding: .25rem .5rem; text-align: left; vertical-align: top; }
thead th, tfoot th, tfoot td { background: #eeeeee; }
td.getal, th.getal { text-align: right; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: bold; padding: .25rem 0; }
.oms { font-weight: normal; }
.kenmerken { color: #3b3b3b; }
.fataal { border: 2px solid #a4001d; background: #fdecee; padding: .5rem 1rem; }
.legenda { font-size: .9rem; color: #3b3b3b; }
.tabel { max-width: 100%; overflow-x: auto; }
.doc { border-left: 4px solid #d0d0d0; padding: 0 0 0 1rem; margin: 1rem 0; }
.doc h4, .doc h5, .doc h6 { margin: 1.25rem 0 .4rem; }
.doc h4 { font-size: 1.15rem; }
.doc h5 { font-size: 1.05rem; }
.doc h6 { font-size: 1rem; }
.doc p, .doc li { overflow-wrap: anywhere; }
.doc blockquote { margin: .5rem 0; padding-left: .75rem; border-left: 3px solid #767676; color: #2b2b2b; }
.doc .url { color: #4a4a4a; font-size: .9em; overflow-wrap: anywhere; }
.doc .opmerking { font-size: .85rem; color: #4a4a4a; font-family: "DejaVu Sans Mono", Consolas, monospace; overflow-wrap: anywhere; }
.doc .voetnoot { font-size: .9rem; margin: .25rem 0; }
.doc .voetnootnr { font-weight: bold; }
pre.codeblok { white-space: pre-wrap; overflow-wrap: anywhere; background: #f3f3f3; padding: .5rem; font-size: .9rem; }
table.feiten th[scope="row"] { width: 28%; background: #f3f3f3; }
table.feiten td { overflow-wrap: anywhere; }
table.feiten ul.waarden { margin: 0; padding-left: 1.1rem; }
table.feiten .sleutel { color: #3b3b3b; }
td.gemarkeerd { background: #fff1c2; }
td.gemarkeerd.fout { background: #fde2e2; }
ol.meldingen { padding-left: 0; list-style: none; }
li.melding { margin: .5rem 0; padding: .5rem .75rem; border-left: 4px solid #7a4b00; background: #fffaf0; break-inside: avoid; }
li.melding.fout { border-left-color: #a4001d; background: #fff5f5; }
li.melding p { margin: .2rem 0; }
li.melding .kop { font-weight: bold; }
li.melding .plaats { font-weight: normal; color: #3b3b3b; }
li.melding:focus, .regel-uitleg:focus { outline: 3px solid #0b4f9c; outline-offset: 2px; }
li.melding:target, .regel-uitleg:target { box-shadow: 0 0 0 3px #0b4f9c; }
code.regel { white-space: nowrap; overflow-wrap: normal; word-break: keep-all; hyphens: none; }
.regel-uitleg { margin: .5rem 0 1rem; break-inside: avoid; }
.regel-uitleg h3 { margin-bottom: .25rem; }
mark { color: inherit; background: #fff1c2; text-decoration: underline 2px #7a4b00; text-underline-offset: 3px; }
mark.fout { background: #fde2e2; text-decoration-color: #a4001d; }
mark.dubbel { background: #f6c9a8; text-decoration-style: double; }
mark, .ref, .ernst { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.ref { display: inline-block; font: bold .75rem/1.2 system-ui, "DejaVu Sans", Arial, sans-serif; color: #fff; background: #7a4b00; border-radius: .6rem; padding: 0 .35rem; margin: 0 .1rem; text-decoration: none; vertical-align: super; }
.ref.fout { background: #a4001d; }
.ref:focus, .ref:focus-visible { outline: 3px solid #0b4f9c; outline-offset: 1px; }
.ernst { display: inline-block; padding: 0 .35rem; border-radius: .25rem; color: #fff; background: #7a4b00; font-size: .85rem; }
.ernst.fout { background: #a4001d; }
code { font-family: "DejaVu Sans Mono", Consolas, monospace; background: #f3f3f3; padding: 0 .2rem; overflow-wrap: anywhere; }
code.regel { overflow-wrap: normal; }
footer { margin-top: 2rem; padding-bottom: 1rem; color: #3b3b3b; font-size: .9rem; }
@media (max-width: 30rem) {
  header, main, footer, nav { padding: 0 .6rem; }
  .doc { padding-left: .5rem; }
  th, td { padding: .2rem .3rem; }
}
@page { size: A4; margin: 14mm 13mm 16mm; @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; } }
@media print {
  body { font-size: 10pt; line-height: 1.35; }
  .skip, nav, .sneltoetsen, .links { display: none; }
  header, main, footer { max-width: none; padding: 0; }
  h1 { font-size: 16pt; }
  h2 { font-size: 13pt; margin-top: 1rem; }
  h3 { font-size: 11.5pt; margin: .8rem 0 .3rem; }
  section.document { break-before: page; }
  section.document.eerste { break-before: auto; }
  section.regeluitleg { break-before: page; }
  h2, h3, h4, h5, h6 { break-after: avoid; }
  tr, li.melding, .regel-uitleg { break-inside: avoid; }
  p { orphans: 3; widows: 3; }
  .tabel { overflow: visible; }
  thead { display: table-header-group; }
  a { color: #1b1b1b; text-decoration: none; }
  .ref { color: #fff; }
  li.melding { padding: .3rem .5rem; margin: .3rem 0; }
  .doc h4 { font-size: 11pt; }
  .doc h5, .doc h6 { font-size: 10.5pt; }
  .doc p { margin: .4rem 0; }
}
`;

/**
 * Optional keyboard help. Following a link inside the report (a marker in
 * the text, "naar de plek in de tekst", "waarom deze regel") moves keyboard
 * focus to its target, so the next Tab continues from there; browsers do this
 * for focusable targets on their own, the script makes sure of it. When a
 * finding link has focus, "n" goes to the next finding and "p" to the
 * previous one (only then, so it never captures typing elsewhere). The page
 * works fully without the script.
 */
export const SCRIPT = `
(function () {
  function focusTarget(id) {
    var el = id && document.getElementById(id);
    if (!el) return;
    if (!el.hasAttribute('tabindex') && !/^(A|BUTTON|INPUT|SELECT|TEXTAREA)$/.test(el.tagName)) el.setAttribute('tabindex', '-1');
    el.focus();
  }
  document.addEventListener('click', function (e) {
    var a = e.target && e.target.closest ? e.target.closest('a[href^="#"]') : null;
    if (!a) return;
    var id = decodeURIComponent(a.getAttribute('href').slice(1));
    if (!document.getElementById(id)) return;
    e.preventDefault();
    if (history.pushState) history.pushState(null, '', '#' + encodeURIComponent(id));
    focusTarget(id);
  });
  window.addEventListener('hashchange', function () { focusTarget(decodeURIComponent(location.hash.slice(1))); });
  document.addEventListener('keydown', function (e) {
    var t = e.target;
    if (!t || !t.classList || !t.classList.contains('ref') || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key !== 'n' && e.key !== 'p') return;
    var refs = Array.prototype.slice.call(document.querySelectorAll('a.ref'));
    var i = refs.indexOf(t) + (e.key === 'n' ? 1 : -1);
    if (i >= 0 && i < refs.length) { refs[i].focus(); e.preventDefault(); }
  });
})();
`;
