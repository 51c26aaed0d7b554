import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * The package root (the folder with toets' package.json), found by walking up
 * from this module. Works both from src/ (tests) and from dist/src/ (built).
 */
export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      try {
        const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string };
        if (pkg.name === 'toets') {
          cached = dir;
          return dir;
        }
      } catch {
        // not ours; keep walking
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('toets: package root not found');
    dir = parent;
  }
}

/** Absolute path of a file shipped with the package, given relative to the package root. */
export function packagePath(...parts: string[]): string {
  return join(packageRoot(), ...parts);
}
