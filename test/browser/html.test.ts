/**
 * The HTML report in a real headless browser (Debian's chromium): landmarks,
 * headings, the actielijn table, marks at the right text, keyboard access,
 * and a screenshot. Skipped, with a warning, where chromium is not installed
 * (scripts/install-chromium.sh installs it; CI runs it first).
 */
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import html from '../../src/reporters/html.js';
import { OPTIONS, onleesbaar, plan, rapport, summary } from '../reporters/voorbeeld.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(`Browsertest overgeslagen: ${CHROMIUM} ontbreekt. Installeer het met scripts/install-chromium.sh (als root).`);
}

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

describe.skipIf(!hasChromium)('html report in chromium', () => {
  let browser: Browser;
  let page: Page;
  let dir: string;
  let file: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'toets-html-'));
    file = join(dir, 'rapport.html');
    writeFileSync(file, html(summary([plan(), onleesbaar(), rapport()]), OPTIONS));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    await page.goto(pathToFileURL(file).href);
  }, 60_000);

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
    expect(await page.locator('h2').allTextContents()).toEqual(['Overzicht', 'Document: map/plan <1>.md', 'Document: kapot.md', 'Document: rapport.md']);
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
    expect(await page.locator('#d1 table.actielijnen thead th[scope="col"]').allTextContents()).toEqual(['Actielijn', 'Fouten', 'Waarschuwingen', 'Uitgeschakeld', 'Regels']);
  });

  it('marks the exact text of each finding, as text, not as markup', async () => {
    expect(await page.locator('#d1-l1 mark').allTextContents()).toEqual(['<b>', 'regel</b>', ' & zo.']);
    expect(await page.locator('#d1-l1 mark.dubbel').getAttribute('data-meldingen')).toBe('1 2');
    expect(await page.locator('#d1-l2 mark').allTextContents()).toEqual(['Tweede']);
    expect(await page.locator('#d1-l1 .code').textContent()).toBe('Eerste <b>regel</b>1 & zo.');
    expect(await page.locator('#d1 b').count()).toBe(0);
    expect(await page.locator('#d2 .fataal').textContent()).toBe('Dit bestand kon niet worden gelezen. Het bestand is geen tekst <binair>. (code BINARY)');
  });

  it('reaches the skip link first and a finding link by Tab, and n moves to the next finding', async () => {
    await page.goto(pathToFileURL(file).href);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Naar de inhoud');
    let id = '';
    for (let i = 0; i < 40 && id === ''; i++) {
      await page.keyboard.press('Tab');
      id = await page.evaluate(() => (document.activeElement?.classList.contains('ref') ? document.activeElement.id : ''));
    }
    expect(id).toBe('d1-v1');
    await page.keyboard.press('n');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('d1-v2');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#d1-m2');
  });

  it('is readable without scripts', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const p = await context.newPage();
    await p.goto(pathToFileURL(file).href);
    expect(await p.locator('mark').count()).toBe(5);
    expect(await p.locator('.uitleg').count()).toBe(3);
    await context.close();
  });

  it('takes a screenshot and prints to A4', async () => {
    const shot = join(dir, 'rapport.png');
    await page.goto(pathToFileURL(file).href + '#d1');
    await page.screenshot({ path: shot, fullPage: true });
    expect(statSync(shot).size).toBeGreaterThan(10_000);
    const pdf = await page.pdf({ format: 'A4' });
    // Overview plus one page per document at least.
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(4);
  });
});
