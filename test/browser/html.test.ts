/**
 * The HTML report in a real headless browser (Debian's chromium): landmarks,
 * the actielijn table, the document rendered (headings, the frontmatter as a
 * table, tables) with findings marked in it, focus following the markers,
 * no sideways scrolling on a phone, no request leaving the page, and A4 print
 * with unbroken rule ids. Without chromium: fails in CI, skips with a
 * warning elsewhere (test/browser/chromium.ts).
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/index.js';
import { createLinter } from '../../src/engine/index.js';
import type { RunSummary } from '../../src/engine/index.js';
import html from '../../src/reporters/html.js';
import { packagePath } from '../../src/util/paths.js';
import { OPTIONS, onleesbaar, plan, rapport, summary } from '../reporters/voorbeeld.js';
import { ARGS, CHROMIUM, hasChromium, isLocalUrl, requireChromium } from './chromium.js';

requireChromium('html-rapport');

const PLAN = packagePath('fixtures/voorbeelden/gezinsplan-met-fouten.md');

/** A document with a table and a list besides the usual sections (invented). */
const MET_TABEL = `---
type: gezinsplan
datum: 2025-05-02
kinderen:
  - naam: Noor
    geboortedatum: 2016-02-11
bronnen:
  - id: gesprek-2025
    soort: gesprek
    van: gezinsmanager
    datum: 2025-04-30
---

## Feiten

Noor gaat elke dag naar school [@gesprek-2025].

| datum | wie | wat |
| --- | --- | --- |
| 2025-04-30 | moeder | belde over de wachtlijst van de jeugdhulp in de gemeente Voorbeelddorp |

## Wat gaat goed

- Noor zit op zwemles.
- Moeder brengt haar elke week.
`;

async function realSummary(): Promise<RunSummary> {
  const linter = await createLinter(defaultConfig(packagePath('.')));
  const a = (await linter.lintFile(PLAN, 'gezinsplan-met-fouten.md')).result;
  const b = linter.lintText(MET_TABEL, 'noor.md').result;
  const results = [a, b];
  return {
    results,
    rules: linter.rules,
    errorCount: results.reduce((n, r) => n + r.errorCount, 0),
    warningCount: results.reduce((n, r) => n + r.warningCount, 0),
  };
}

describe.skipIf(!hasChromium)('html report in chromium', () => {
  let browser: Browser;
  let page: Page;
  let dir: string;
  let file: string;
  let echt: string;
  let echtHtml: string;
  const requests: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'toets-html-'));
    file = join(dir, 'rapport.html');
    writeFileSync(file, html(summary([plan(), onleesbaar(), rapport()]), OPTIONS));
    echt = join(dir, 'echt.html');
    echtHtml = html(await realSummary(), OPTIONS);
    writeFileSync(echt, echtHtml);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(file).href);
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('has the landmarks, the language and one h1', async () => {
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    expect(await page.locator('header').count()).toBe(1);
    expect(await page.locator('nav').count()).toBe(1);
    expect(await page.locator('main').count()).toBe(1);
    expect(await page.locator('h1').allTextContents()).toEqual(['Rapport van toets']);
    expect(await page.locator('h2').allTextContents()).toEqual(['Overzicht', 'Document: map/plan <1>.md', 'Document: kapot.md', 'Document: rapport.md', 'Uitleg van de regels']);
    expect(await page.locator('#d1 h3').allTextContents()).toEqual(['Meldingen per actielijn', 'Tekst met meldingen', 'Uitgeschakelde meldingen']);
  });

  it('shows the actielijn table of a document with row headers and counts', async () => {
    const rows = await page.locator('#d1 table.actielijnen tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.children].map((c) => `${c.tagName}${c.getAttribute('scope') ? `[${c.getAttribute('scope')}]` : ''}:${c.textContent}`)),
    );
    expect(rows).toEqual([
      ['TH[row]:1. Respectvolle bejegening', 'TD:0', 'TD:1', 'TD:0', 'TD:regel-b'],
      ['TH[row]:2. Informeren en ondersteunen', 'TD:0', 'TD:0', 'TD:0', 'TD:—'],
      ['TH[row]:3. Kwaliteit onderzoek en rapportage', 'TD:1', 'TD:0', 'TD:1', 'TD:regel-a'],
      ['TH[row]:4. Rechtspositie', 'TD:0', 'TD:0', 'TD:0', 'TD:—'],
    ]);
  });

  it('marks the exact text of each finding, as text, not as markup', async () => {
    expect(await page.locator('#d1 .doc mark').allTextContents()).toEqual(['<b>', 'regel', '</b>', ' & zo.\nTweede']);
    expect(await page.locator('#d1 b').count()).toBe(0);
    expect(await page.locator('#d2 .fataal').textContent()).toBe('Dit bestand kon niet worden gelezen. Het bestand is geen tekst <binair>. (code BINARY)');
  });

  it('renders the document: its headings, the frontmatter as a table of facts, its tables and lists, no Markdown or YAML', async () => {
    await page.goto(pathToFileURL(echt).href);
    const source = readFileSync(PLAN, 'utf8');
    const koppen = [...source.matchAll(/^##\s+(.+)$/gm)].map((m) => m[1]!.trim());
    const shown = await page.locator('#d1 .doc h4').evaluateAll((hs) => hs.map((h) => [...h.childNodes].filter((n) => !(n instanceof HTMLElement && n.classList.contains('ref'))).map((n) => n.textContent).join('')));
    expect(shown).toEqual(koppen);
    const feiten = await page.locator('#d1 table.feiten th[scope="row"]').allTextContents();
    expect(feiten.slice(0, 3)).toEqual(['Type', 'Titel', 'Datum']);
    expect(feiten).toContain('Kinderen');
    expect(feiten).toContain('Bronnen');
    const tekst = await page.locator('#d1 .doc').innerText();
    expect(tekst).not.toContain('type: gezinsplan');
    expect(tekst).not.toMatch(/^##/m);
    expect(tekst).not.toContain('---');
    // The second document's Markdown table and list.
    expect(await page.locator('#d2 .doc table.doctabel thead th').allTextContents()).toEqual(['datum', 'wie', 'wat']);
    const zonderRefs = (els: Element[]): string[] => els.map((el) => [...el.childNodes].filter((n) => !(n instanceof HTMLElement && n.classList.contains('ref'))).map((n) => n.textContent).join(''));
    expect(await page.locator('#d2 .doc table.doctabel tbody td').evaluateAll(zonderRefs)).toEqual(['2025-04-30', 'moeder', 'belde over de wachtlijst van de jeugdhulp in de gemeente Voorbeelddorp']);
    expect(await page.locator('#d2 .doc > ul > li').allTextContents()).toEqual(['Noor zit op zwemles.', 'Moeder brengt haar elke week.']);
  });

  it('puts every finding with a place in the text at a marker in the rendered text', async () => {
    const items = await page.locator('#d1 li.melding').evaluateAll((lis) => lis.map((li) => li.id));
    expect(items.length).toBeGreaterThan(5);
    for (const id of items) {
      const ref = id.replace('-m', '-v');
      expect(await page.locator(`#d1 .doc #${ref}`).count(), ref).toBe(1);
    }
    // The opinion sentence of the fixture is marked in its rendered paragraph.
    const p = page.locator('#d1 .doc p', { hasText: 'Moeder is een chaotische vrouw' });
    // bronvermelding marks the whole sentence, feit-mening its cue inside it: the marks cover the sentence, the cue on its own.
    const marks = await p.locator('mark').allTextContents();
    expect(marks.join('')).toBe('Moeder is een chaotische vrouw die haar leven niet op orde heeft.');
    expect(marks).toContain('een chaotische vrouw');
  });

  it('moves keyboard focus to the finding when a marker is followed, and back to the marker from the finding', async () => {
    await page.goto(pathToFileURL(echt).href);
    const ref = page.locator('#d1 .doc a.ref').nth(2);
    const refId = await ref.getAttribute('id');
    const target = (await ref.getAttribute('href'))!.slice(1);
    await ref.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(target);
    await page.locator(`#${target} a`, { hasText: 'Naar de plek in de tekst' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(refId);
    // By keyboard: Enter on the focused marker.
    await ref.focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(target);
    // From a finding to its rule's explanation.
    await page.locator(`#${target} a`, { hasText: 'Waarom deze regel' }).click();
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('regel-uitleg');
  });

  it('reaches the skip link first and a finding link by Tab, and n moves to the next finding', async () => {
    await page.goto(pathToFileURL(file).href);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Naar de inhoud');
    let id = '';
    for (let i = 0; i < 60 && id === ''; i++) {
      await page.keyboard.press('Tab');
      id = await page.evaluate(() => (document.activeElement?.classList.contains('ref') ? document.activeElement.id : ''));
    }
    expect(id).toBe('d1-v1');
    await page.keyboard.press('n');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('d1-v2');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#d1-m2');
  });

  it('carries the rule explanations inside the file, without file links, machine paths or internal words', async () => {
    expect(echtHtml).not.toContain('file:');
    expect(echtHtml).not.toContain(packagePath('.'));
    expect(echtHtml).not.toMatch(/\bseed\b/i);
    await page.goto(pathToFileURL(echt).href);
    const uitleg = page.locator('#regel-feit-mening');
    expect(await uitleg.locator('h3').textContent()).toBe('feit-mening');
    expect(await uitleg.innerText()).toContain('Waarop gebaseerd:');
    expect(await page.locator('a[href]').evaluateAll((as) => as.every((a) => a.getAttribute('href')!.startsWith('#')))).toBe(true);
  });

  it('is readable without scripts', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const p = await context.newPage();
    await p.goto(pathToFileURL(file).href);
    expect(await p.locator('mark').count()).toBe(5);
    expect(await p.locator('li.melding').count()).toBe(3);
    await context.close();
  });

  it('does not scroll sideways on a 390 px wide phone', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const p = await context.newPage();
    for (const f of [file, echt]) {
      await p.goto(pathToFileURL(f).href);
      expect(await p.evaluate(() => document.documentElement.scrollWidth), f).toBeLessThanOrEqual(390);
    }
    await context.close();
  });

  it('prints to A4 without breaking a rule id over two lines', async () => {
    const p = await browser.newPage();
    await p.goto(pathToFileURL(echt).href);
    await p.emulateMedia({ media: 'print' });
    await p.setViewportSize({ width: 700, height: 1000 });
    const broken = await p.locator('code.regel').evaluateAll((cs) => cs.filter((c) => c.getClientRects().length > 1).map((c) => c.textContent));
    expect(broken).toEqual([]);
    const pdf = await p.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(2);
    await p.close();
  });

  it('takes a screenshot', async () => {
    const shot = process.env.TOETS_SCREENSHOT ?? join(dir, 'rapport.png');
    await page.goto(pathToFileURL(echt).href + '#d1');
    await page.screenshot({ path: shot });
    expect(statSync(shot).size).toBeGreaterThan(10_000);
  });

  it('never requested anything outside the page', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => !isLocalUrl(u))).toEqual([]);
  });
});
