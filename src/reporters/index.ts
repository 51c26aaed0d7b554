/** Reporter registry: format name → module. Loaded lazily by name. */
import type { Reporter } from './types.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'html', 'markdown'] as const;
export type FormatName = (typeof FORMATS)[number];

export async function loadReporter(name: string): Promise<Reporter | undefined> {
  if (!(FORMATS as readonly string[]).includes(name)) return undefined;
  try {
    // By name, so a format whose module is missing (html, markdown) does not break the others.
    const mod = (await import(/* @vite-ignore */ `./${name}.js`)) as { default: Reporter };
    return mod.default;
  } catch {
    return undefined;
  }
}

export type { Reporter, ReporterOptions } from './types.js';
