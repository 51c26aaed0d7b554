/**
 * Whose files toets trusts. A configuration file or a plugin in a folder that
 * someone else could have written to runs someone else's choices — for a
 * plugin, someone else's code with the user's rights. So (as git does with
 * `safe.directory`):
 *
 * - a configuration file or plugin file must be owned by the user who runs
 *   toets (or by root), and neither it nor its folder may be writable for
 *   everyone;
 * - plugins load only with the user's consent: `--plugins`, TOETS_PLUGINS=1,
 *   or a list of allowed plugins in the user's own settings file
 *   (`$XDG_CONFIG_HOME/toets/plugins.yaml`, else `~/.config/toets/plugins.yaml`,
 *   key `toegestaan`: plugin files by absolute path, or npm package names).
 */
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import YAML from 'yaml';
import { untrustedReason } from '../util/file-trust.js';

export { untrustedReason };

export interface PluginConsent {
  /** --plugins on the command line. */
  flag?: boolean;
  /** The environment (TOETS_PLUGINS). */
  env?: Record<string, string | undefined>;
}

/** The user's own settings file with allowed plugins. */
export function userPluginListPath(env: Record<string, string | undefined> = process.env): string {
  const base = env.XDG_CONFIG_HOME && isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : join(homedir(), '.config');
  return join(base, 'toets', 'plugins.yaml');
}

function allowList(env: Record<string, string | undefined>): string[] {
  const path = userPluginListPath(env);
  if (!existsSync(path) || untrustedReason(path)) return [];
  try {
    const data = YAML.parse(readFileSync(path, 'utf8'), { logLevel: 'silent' }) as { toegestaan?: unknown } | null;
    return Array.isArray(data?.toegestaan) ? data.toegestaan.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

/** Decides per plugin spec (as written in a config in `baseDir`) whether the user allowed it to run. */
export function pluginAllowed(consent: PluginConsent): (spec: string, baseDir: string) => boolean {
  const env = consent.env ?? process.env;
  if (consent.flag || env.TOETS_PLUGINS === '1') return () => true;
  const list = allowList(env);
  return (spec, baseDir) => {
    const asPath = spec.startsWith('.') || isAbsolute(spec) ? resolve(baseDir, spec) : spec;
    return list.includes(asPath);
  };
}
