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
  } catch (err) {
    // Only a missing module means "not available"; any other error is a bug to show.
    if ((err as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') return undefined;
    throw err;
  }
}

export type { Reporter, ReporterOptions } from './types.js';
