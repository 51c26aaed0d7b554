/**
 * The offline page (dist/toets.html): the same engine, rules and reports as
 * `toets check` and `toets vergelijk`, in the browser, for people who never
 * open a terminal. Documents are read with the File API and stay in memory;
 * the page's Content-Security-Policy forbids every connection.
 *
 * Built by scripts/build-pagina.mjs (esbuild, with node:fs and friends
 * replaced by the small shims in pagina/shims/).
 */
import { toolVersion } from '../src/cli/version.js';
import { defaultConfig } from '../src/config/types.js';
import { createLinter, fatalResult } from '../src/engine/index.js';
import type { FileResult, LintOutput, Linter, RunSummary } from '../src/engine/index.js';
import html from '../src/reporters/html.js';
import { SCRIPT } from '../src/reporters/html/stijl.js';
import { compare } from '../src/vergelijk/compare.js';
import { htmlVergelijking } from '../src/vergelijk/uitvoer/html.js';

interface Ingelezen {
  naam: string;
  output: LintOutput;
}

const MARKDOWN = /\.(md|markdown|txt)$/i;
const WORD = /\.docx$/i;

/**
 * Markdown and Word documents both go to the engine's lintBytes, exactly as
 * `toets check` reads them: Word conversion (src/document/docx) is the
 * engine's, so the page reads .docx as soon as the engine does; an engine
 * without it answers with its own clear message (save as Markdown).
 */
function leesbaar(naam: string): boolean {
  return MARKDOWN.test(naam) || WORD.test(naam);
}

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

function summaryOf(results: FileResult[], linter: Linter): RunSummary {
  return {
    results,
    rules: linter.rules,
    errorCount: results.reduce((n, r) => n + r.errorCount, 0),
    warningCount: results.reduce((n, r) => n + r.warningCount, 0),
  };
}

/** The body of a report page, without its own <head>, script and skip link (the page has its own). */
function inhoud(page: string): string {
  // The report's own <style> is left out before parsing (the page has the same stylesheet, allowed by its CSP).
  const doc = new DOMParser().parseFromString(page.replace(/<style>[\s\S]*?<\/style>/g, ''), 'text/html');
  doc.querySelectorAll('script, style, .skip').forEach((n) => n.remove());
  const main = doc.querySelector('main');
  const header = doc.querySelector('header');
  if (main) main.removeAttribute('id');
  header?.querySelector('h1')?.remove();
  // Wide tables scroll inside their own box, so the page never scrolls sideways on a phone.
  doc.querySelectorAll('table').forEach((t) => {
    if (t.parentElement?.classList.contains('tabel')) return;
    const box = doc.createElement('div');
    box.className = 'tabel';
    t.replaceWith(box);
    box.append(t);
  });
  return (header?.innerHTML ?? '') + (main?.outerHTML ?? doc.body.innerHTML);
}

function download(naam: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/html;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = naam;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

async function start(): Promise<void> {
  const status = $<HTMLParagraphElement>('status');
  let linter: Linter;
  try {
    linter = await createLinter(defaultConfig('/'));
  } catch (err) {
    status.textContent = `toets kon niet starten: ${(err as Error).message}`;
    return;
  }
  $('versie').textContent = toolVersion();
  // The report's own keyboard and focus help, once for the whole page (allowed by hash in the CSP).
  const s = document.createElement('script');
  s.textContent = SCRIPT;
  document.body.append(s);

  const docs: Ingelezen[] = [];
  let laatsteRapport = '';

  const toon = (): void => {
    const results = docs.map((d) => d.output.result);
    const summary = summaryOf(results, linter);
    laatsteRapport = html(summary, { color: false, cwd: '/', quiet: false });
    $('rapport').innerHTML = inhoud(laatsteRapport);
    $('rapport-sectie').hidden = docs.length === 0;
    $('wissen').hidden = docs.length === 0;

    const leesbaar = docs.filter((d) => d.output.document);
    $('vergelijken').hidden = leesbaar.length < 2;
    for (const id of ['oud', 'nieuw']) {
      const select = $<HTMLSelectElement>(id);
      const vorige = select.value;
      select.innerHTML = '';
      for (const d of leesbaar) select.append(new Option(d.naam, d.naam));
      if (leesbaar.some((d) => d.naam === vorige)) select.value = vorige;
    }
    if (leesbaar.length >= 2 && $<HTMLSelectElement>('oud').value === $<HTMLSelectElement>('nieuw').value) {
      $<HTMLSelectElement>('oud').value = leesbaar[0]!.naam;
      $<HTMLSelectElement>('nieuw').value = leesbaar[1]!.naam;
    }
  };

  const lees = async (files: FileList | File[]): Promise<void> => {
    const list = [...files];
    if (list.length === 0) return;
    status.textContent = `Bezig met ${list.length === 1 ? '1 document' : `${list.length} documenten`} …`;
    for (const file of list) {
      let output: LintOutput;
      if (!leesbaar(file.name)) {
        output = { result: fatalResult(file.name, 'Dit soort bestand leest toets niet. Kies een Markdown-bestand (.md) of een Word-document (.docx).', 'EXT') };
      } else {
        try {
          output = linter.lintBytes(new Uint8Array(await file.arrayBuffer()), file.name);
        } catch (err) {
          output = { result: fatalResult(file.name, `Het bestand kon niet worden gelezen: ${(err as Error).message}`, 'EIO') };
        }
      }
      const i = docs.findIndex((d) => d.naam === file.name);
      if (i >= 0) docs[i] = { naam: file.name, output };
      else docs.push({ naam: file.name, output });
    }
    toon();
    const s = summaryOf(docs.map((d) => d.output.result), linter);
    status.textContent = `${docs.length === 1 ? '1 document' : `${docs.length} documenten`} gecontroleerd: ${s.errorCount} ${s.errorCount === 1 ? 'fout' : 'fouten'}, ${s.warningCount} ${s.warningCount === 1 ? 'waarschuwing' : 'waarschuwingen'}. Het rapport staat hieronder.`;
  };

  const input = $<HTMLInputElement>('bestanden');
  input.addEventListener('change', () => {
    if (input.files) void lees(input.files).then(() => (input.value = ''));
  });
  const zone = $('neerzetten');
  zone.addEventListener('dragover', (e) => {
    e.preventDefault();
    zone.classList.add('erboven');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('erboven'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('erboven');
    if (e.dataTransfer?.files) void lees(e.dataTransfer.files);
  });
  // A file dropped next to the zone must not make the browser open it instead of the page.
  window.addEventListener('dragover', (e) => e.preventDefault());
  window.addEventListener('drop', (e) => e.preventDefault());

  $('download').addEventListener('click', () => {
    if (laatsteRapport) download(docs.length === 1 ? `toets-rapport-${docs[0]!.naam.replace(/\.[^.]+$/, '')}.html` : 'toets-rapport.html', laatsteRapport);
  });
  $('wissen').addEventListener('click', () => {
    docs.length = 0;
    $('verschil-sectie').hidden = true;
    $('verschil').innerHTML = '';
    toon();
    status.textContent = 'De documenten zijn van de pagina gehaald.';
  });

  let laatsteVerschil = '';
  $('vergelijk').addEventListener('click', () => {
    const oud = docs.find((d) => d.naam === $<HTMLSelectElement>('oud').value);
    const nieuw = docs.find((d) => d.naam === $<HTMLSelectElement>('nieuw').value);
    if (!oud?.output.document || !nieuw?.output.document || oud === nieuw) {
      $('verschil-sectie').hidden = false;
      $('verschil').innerHTML = '<p>Kies twee verschillende documenten om te vergelijken.</p>';
      return;
    }
    const v = compare({ result: oud.output.result, document: oud.output.document }, { result: nieuw.output.result, document: nieuw.output.document }, linter.rules);
    laatsteVerschil = htmlVergelijking(v);
    $('verschil').innerHTML = inhoud(laatsteVerschil);
    $('verschil-sectie').hidden = false;
    $('verschil-titel').focus();
  });
  $('download-verschil').addEventListener('click', () => {
    if (laatsteVerschil) download('toets-vergelijking.html', laatsteVerschil);
  });

  status.textContent = 'Klaar. Kies of sleep een of meer documenten.';
  document.documentElement.dataset.klaar = 'ja';
}

void start();
