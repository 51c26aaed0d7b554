/** toets' own version, from package.json. */
import { readFileSync } from 'node:fs';
import { packagePath } from '../util/paths.js';

let cached: string | undefined;

export function toolVersion(): string {
  if (cached) return cached;
  try {
    cached = (JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }).version;
  } catch {
    cached = 'onbekend';
  }
  return cached;
}
