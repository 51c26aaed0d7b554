/**
 * Debian's chromium for the browser tests. Missing chromium fails loudly in
 * CI (CI is set) and skips with a warning elsewhere; scripts/install-chromium.sh
 * installs it.
 */
import { existsSync } from 'node:fs';
import { it } from 'vitest';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

export const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Call at the top of a browser test file: registers a failing test in CI when chromium is missing. */
export function requireChromium(what: string): void {
  if (hasChromium) return;
  const msg = `${what}: ${CHROMIUM} ontbreekt. Installeer het met scripts/install-chromium.sh (als root).`;
  if (process.env.CI) {
    it(`has chromium for the browser test (${what})`, () => {
      throw new Error(`${msg} In CI moet de browsertest draaien.`);
    });
  } else {
    console.warn(`\n*** BROWSERTEST OVERGESLAGEN *** ${msg}\n`);
  }
}

/** URLs a self-contained page may request: itself and data it makes (data:, blob:). */
export function isLocalUrl(url: string): boolean {
  return /^(file|data|blob):/.test(url);
}
