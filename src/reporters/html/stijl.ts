/**
 * Inline CSS and the optional keyboard script of the HTML report. Colours
 * are chosen for WCAG AA contrast (text ≥ 4.5:1 on its background); marks
 * are also underlined so they stay visible in black-and-white print.
 */
export const CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, "Segoe UI", "DejaVu Sans", Arial, sans-serif; color: #1b1b1b; background: #fff; }
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
.bron { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: .9rem; border: 1px solid #767676; }
.r { display: flex; }
.nr { flex: 0 0 3.5rem; text-align: right; padding: 0 .5rem; color: #4a4a4a; background: #f3f3f3; user-select: none; }
.code { flex: 1; white-space: pre-wrap; overflow-wrap: anywhere; padding: 0 .5rem; min-height: 1.35em; }
mark { color: inherit; background: #fff1c2; text-decoration: underline 2px #7a4b00; text-underline-offset: 3px; }
mark.fout { background: #fde2e2; text-decoration-color: #a4001d; }
mark.dubbel { background: #f6c9a8; text-decoration-style: double; }
mark, .ref, .ernst { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.ref { display: inline-block; font: bold .75rem/1.2 system-ui, "DejaVu Sans", Arial, sans-serif; color: #fff; background: #7a4b00; border-radius: .6rem; padding: 0 .35rem; margin: 0 .1rem; text-decoration: none; vertical-align: super; }
.ref.fout { background: #a4001d; }
.ref:focus-visible { outline: 3px solid #0b4f9c; outline-offset: 1px; }
.uitleg { font-family: system-ui, "DejaVu Sans", Arial, sans-serif; font-size: .95rem; margin: .25rem .5rem .5rem 4rem; padding: .5rem .75rem; border-left: 4px solid #7a4b00; background: #fffaf0; break-inside: avoid; }
.uitleg.fout { border-left-color: #a4001d; background: #fff5f5; }
.uitleg p { margin: .2rem 0; }
.uitleg .kop { font-weight: bold; }
.ernst { display: inline-block; padding: 0 .35rem; border-radius: .25rem; color: #fff; background: #7a4b00; font-size: .85rem; }
.ernst.fout { background: #a4001d; }
code { font-family: "DejaVu Sans Mono", Consolas, monospace; background: #f3f3f3; padding: 0 .2rem; overflow-wrap: anywhere; }
footer { margin-top: 2rem; padding-bottom: 1rem; color: #3b3b3b; font-size: .9rem; }
@page { size: A4; margin: 16mm 14mm; }
@media print {
  body { font-size: 10.5pt; }
  .skip, nav, .sneltoetsen { display: none; }
  header, main, footer { max-width: none; padding: 0; }
  section.document { break-before: page; }
  section.document.eerste { break-before: auto; }
  h2, h3 { break-after: avoid; }
  table, .uitleg, .r { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: #1b1b1b; }
}
`;

/**
 * Optional keyboard help: when a finding link has focus, "n" goes to the next
 * finding and "p" to the previous one (only while a finding has focus, so it
 * never captures typing elsewhere). The page works fully without it.
 */
export const SCRIPT = `
document.addEventListener('keydown', function (e) {
  var t = e.target;
  if (!t || !t.classList || !t.classList.contains('ref') || e.altKey || e.ctrlKey || e.metaKey) return;
  if (e.key !== 'n' && e.key !== 'p') return;
  var refs = Array.prototype.slice.call(document.querySelectorAll('a.ref'));
  var i = refs.indexOf(t) + (e.key === 'n' ? 1 : -1);
  if (i >= 0 && i < refs.length) { refs[i].focus(); e.preventDefault(); }
});
`;
