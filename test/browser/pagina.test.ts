/**
 * The offline page end to end in chromium: built by scripts/build-pagina.mjs,
 * opened from disk (file://), fixture documents dropped on it; the findings
 * it shows are those `toets check --format json` gives for the same files,
 * two versions can be compared, the report can be downloaded, and no request
 * leaves the page. Without chromium: fails in CI, skips with a warning
 * elsewhere (test/browser/chromium.ts).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packagePath } from '../../src/util/paths.js';
import { spawnAsync } from '../spawn-async.js';
import { ARGS, CHROMIUM, hasChromium, isLocalUrl, requireChromium } from './chromium.js';

requireChromium('offline pagina');

const FIXTURES = ['gezinsplan-met-fouten.md', 'gezinsplan-goed.md', 'raadsrapport.md'].map((f) => packagePath('fixtures/voorbeelden', f));

interface Shown {
  ruleId: string;
  severity: string;
  plek: string;
  message: string;
}

/** What `toets check --format json` says about the files, in the same shape as the page shows it. */
async function cliFindings(files: string[]): Promise<Map<string, Shown[]>> {
  const run = await spawnAsync(process.execPath, [packagePath('bin/toets.js'), 'check', ...files, '--format', 'json'], { cwd: packagePath('.') });
  // Exit code 1 (findings at error level) and 2 (a file that cannot be read) still write the report.
  expect([0, 1, 2], run.stderr).toContain(run.status);
  const json = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; severity: number; line: number; column: number; message: string }> }>;
  return new Map(
    json.map((r) => [
      basename(r.filePath),
      r.messages.map((m) => ({ ruleId: m.ruleId, severity: m.severity === 2 ? 'fout' : 'waarschuwing', plek: `${m.line}:${m.column}`, message: m.message })),
    ]),
  );
}

/** The findings the page shows, per document title, in document order. */
async function pageFindings(page: Page): Promise<Map<string, Shown[]>> {
  const docs = await page.locator('#rapport section.document').evaluateAll((sections) =>
    sections.map((s) => ({
      naam: (s.querySelector('h2')?.textContent ?? '').replace(/^Document: /, ''),
      meldingen: [...s.querySelectorAll('li.melding')].map((li) => ({
        ruleId: li.getAttribute('data-regel') ?? '',
        severity: li.querySelector('.ernst')?.textContent ?? '',
        plek: li.getAttribute('data-plek') ?? '',
        message: li.querySelectorAll('p')[1]?.textContent ?? '',
        nr: Number(li.id.replace(/^d\d+-m/, '')),
      })),
    })),
  );
  return new Map(docs.map((d) => [d.naam, d.meldingen.sort((a, b) => a.nr - b.nr).map(({ nr: _nr, ...rest }) => rest)]));
}

describe.skipIf(!hasChromium)('offline page in chromium', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let dir: string;
  let file: string;
  const requests: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'toets-pagina-'));
    file = join(dir, 'toets.html');
    const build = await spawnAsync(process.execPath, [packagePath('scripts/build-pagina.mjs'), '--out', file]);
    expect(build.status, build.stderr).toBe(0);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    context = await browser.newContext({ viewport: { width: 1000, height: 900 }, acceptDownloads: true });
    context.on('request', (r) => requests.push(r.url()));
    page = await context.newPage();
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector('html[data-klaar="ja"]');
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('is one file with no outside assets and a policy that forbids connections', () => {
    const text = readFileSync(file, 'utf8');
    expect(existsSync(file)).toBe(true);
    expect(text).not.toMatch(/<(link|iframe|img)\b|\bsrc=|@import/);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(text)?.[1] ?? '';
    expect(csp).toContain("connect-src 'none'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/https?:|\*/);
  });

  it('says on the page, in Dutch, that nothing leaves the computer', async () => {
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    const privacy = await page.locator('#privacy').innerText();
    expect(privacy).toContain('Alles blijft op deze computer.');
    expect(privacy).toContain('nergens heen gestuurd');
  });

  it('shows the same findings as toets check --format json for dropped documents', async () => {
    await page.setInputFiles('#bestanden', FIXTURES);
    await page.waitForFunction(() => document.querySelectorAll('#rapport section.document').length === 3);
    const shown = await pageFindings(page);
    const cli = await cliFindings(FIXTURES);
    expect([...shown.keys()].sort()).toEqual([...cli.keys()].sort());
    for (const [naam, expected] of cli) expect(shown.get(naam), naam).toEqual(expected);
    // Not trivially equal: the documents with mistakes have findings.
    expect(cli.get('gezinsplan-met-fouten.md')!.length).toBeGreaterThan(5);
    expect(await page.locator('#status').textContent()).toMatch(/^3 documenten gecontroleerd: \d+ fouten, \d+ waarschuwingen\./);
  });

  it('reads a Word document (.docx) as toets check does', async () => {
    const docx = packagePath('fixtures/voorbeelden', 'gezinsplan-word.docx');
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector('html[data-klaar="ja"]');
    await page.setInputFiles('#bestanden', docx);
    await page.waitForFunction(() => /^1 document gecontroleerd/.test(document.querySelector('#status')?.textContent ?? ''));
    const shown = await pageFindings(page);
    const cli = await cliFindings([docx]);
    expect(cli.get('gezinsplan-word.docx')!.length).toBeGreaterThan(3);
    expect(shown.get('gezinsplan-word.docx')).toEqual(cli.get('gezinsplan-word.docx'));
    // The tests below go on with the three Markdown examples loaded, as before this test.
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector('html[data-klaar="ja"]');
    await page.setInputFiles('#bestanden', FIXTURES);
    await page.waitForFunction(() => document.querySelectorAll('#rapport section.document').length === 3);
  });

  it('reads a document dropped with drag and drop', async () => {
    const text = readFileSync(FIXTURES[2]!, 'utf8');
    await page.evaluate((t) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], 'gesleept.md', { type: 'text/markdown' }));
      document.getElementById('neerzetten')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, text);
    await page.waitForFunction(() => [...document.querySelectorAll('#rapport section.document h2')].some((h) => h.textContent === 'Document: gesleept.md'));
    const shown = await pageFindings(page);
    expect(shown.get('gesleept.md')).toEqual((await cliFindings([FIXTURES[2]!])).get('raadsrapport.md'));
  });

  it('shows the findings in the rendered text, grouped per actielijn', async () => {
    const section = page.locator('#rapport section.document', { has: page.locator('h2', { hasText: 'gezinsplan-met-fouten.md' }) });
    expect(await section.locator('.doc h4').first().textContent()).toBe('Aanleiding');
    expect(await section.locator('.doc table.feiten th[scope="row"]').first().textContent()).toBe('Type');
    expect(await section.locator('.doc mark').count()).toBeGreaterThan(5);
    expect(await section.locator('h4', { hasText: /^Actielijn 3:/ }).count()).toBe(1);
    // Following a marker moves focus to its finding.
    const ref = section.locator('.doc a.ref').first();
    const target = (await ref.getAttribute('href'))!.slice(1);
    await ref.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(target);
  });

  it('reads a .docx as the engine does: a damaged one gets a clear Dutch message in the report, not a broken page', async () => {
    const bytes = Buffer.from('PK\u0003\u0004\u0014\u0000\u0000\u0000\u0008\u0000');
    await page.setInputFiles('#bestanden', { name: 'plan.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: bytes });
    const fatal = page.locator('#rapport section.document', { has: page.locator('h2', { hasText: 'plan.docx' }) }).locator('.fataal');
    await fatal.waitFor();
    expect(await fatal.innerText()).toMatch(/^Dit bestand kon niet worden gelezen\. \S/);
    // The same message as toets check gives for the same bytes.
    const file = join(dir, 'plan.docx');
    writeFileSync(file, bytes);
    const cli = (await cliFindings([file])).get('plan.docx')!;
    expect(await fatal.innerText()).toContain(cli[0]!.message);
  });

  it('compares two versions', async () => {
    await page.selectOption('#oud', 'gezinsplan-met-fouten.md');
    await page.selectOption('#nieuw', 'gezinsplan-goed.md');
    await page.click('#vergelijk');
    await page.locator('#verschil h2').first().waitFor();
    expect(await page.locator('#verschil h2').allTextContents()).toContain('Meldingen');
    expect(await page.locator('#verschil').innerText()).toContain('gezinsplan-met-fouten.md');
  });

  it('downloads the report as one HTML file', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    expect(download.suggestedFilename()).toBe('toets-rapport.html');
    const saved = join(dir, 'gedownload.html');
    await download.saveAs(saved);
    const text = readFileSync(saved, 'utf8');
    expect(text.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(text).toContain('Document: gezinsplan-met-fouten.md');
    expect(text).toContain("connect-src 'none'");
  });

  it('does not scroll sideways on a 390 px wide phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1000, height: 900 });
  });

  it('sent no request outside the page', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => !isLocalUrl(u))).toEqual([]);
  });
});
