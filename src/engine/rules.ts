/**
 * Loading rules: the built-in ones (one folder per rule under rules/,
 * discovered at run time, so adding a rule means adding one module) and
 * plugins named in the config (a local path or an npm package).
 */
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { importRuleModule } from './rule-modules.js';
import type { Rule } from './types.js';
import { untrustedReason } from '../util/file-trust.js';

export class RuleLoadError extends Error {}

const ID = /^[a-z][a-z0-9-]*(\/[a-z][a-z0-9-]*)?$/;

/** Check a rule's shape; returns a Dutch problem description or undefined. */
export function validateRule(rule: unknown, origin: string): string | undefined {
  const r = rule as Partial<Rule> | undefined;
  if (!r || typeof r !== 'object') return `${origin}: exporteert geen regel`;
  if (typeof r.check !== 'function') return `${origin}: de regel heeft geen functie 'check'`;
  const m = r.meta;
  if (!m || typeof m !== 'object') return `${origin}: de regel heeft geen 'meta'`;
  if (typeof m.id !== 'string' || !ID.test(m.id)) return `${origin}: ongeldige regel-id '${String(m.id)}' (kleine letters, cijfers en streepjes)`;
  if (![1, 2, 3, 4].includes(m.actielijn as number)) return `${origin}: regel '${m.id}' heeft geen actielijn 1 t/m 4`;
  if (m.defaultSeverity !== 'fout' && m.defaultSeverity !== 'waarschuwing') return `${origin}: regel '${m.id}' heeft geen geldige standaard-ernst`;
  if (typeof m.description !== 'string' || !m.description) return `${origin}: regel '${m.id}' heeft geen beschrijving`;
  if (m.messages !== undefined && (typeof m.messages !== 'object' || m.messages === null || Object.values(m.messages).some((t) => typeof t !== 'string' || !t))) {
    return `${origin}: regel '${m.id}' heeft ongeldige 'messages' (verwacht: per id een meldingstekst)`;
  }
  return undefined;
}

function rulesDir(): string {
  // src/engine → ../../rules ; dist/src/engine → ../../rules (= dist/rules)
  return resolve(dirname(fileURLToPath(import.meta.url)), '../../rules');
}

function unwrap(mod: unknown): unknown[] {
  const m = mod as { default?: unknown; rules?: unknown };
  const value = m.default ?? m;
  if (Array.isArray(value)) return value;
  const v = value as { rules?: unknown; meta?: unknown };
  if (v && typeof v === 'object' && Array.isArray(v.rules)) return v.rules;
  if (m.rules && Array.isArray(m.rules)) return m.rules;
  return [value];
}

let builtInCache: Promise<Rule[]> | undefined;

export function loadBuiltInRules(): Promise<Rule[]> {
  builtInCache ??= (async () => {
    const dir = rulesDir();
    if (!existsSync(dir)) return [];
    const out: Rule[] = [];
    for (const name of readdirSync(dir).sort()) {
      const js = join(dir, name, 'index.js');
      const ts = join(dir, name, 'index.ts');
      const file = existsSync(js) ? js : existsSync(ts) ? ts : undefined;
      if (!file) continue;
      const mod: unknown = await importRuleModule(file);
      for (const rule of unwrap(mod)) {
        const problem = validateRule(rule, `rules/${name}`);
        if (problem) throw new RuleLoadError(problem);
        out.push(rule as Rule);
      }
    }
    return out;
  })();
  return builtInCache;
}

/** Load plugins named in a config file; `baseDir` is the config file's folder. */
export async function loadPlugins(specs: string[], baseDir: string, notice?: (message: string) => void): Promise<Rule[]> {
  const out: Rule[] = [];
  for (const spec of specs) {
    let url: string;
    try {
      if (spec.startsWith('.') || isAbsolute(spec)) {
        const file = resolve(baseDir, spec);
        if (!existsSync(file)) throw new RuleLoadError(`Plug-in '${spec}' niet gevonden (gezocht: ${file})`);
        url = pathToFileURL(file).href;
      } else {
        const req = createRequire(join(baseDir, 'noop.js'));
        url = pathToFileURL(req.resolve(spec)).href;
      }
    } catch (err) {
      if (err instanceof RuleLoadError) throw err;
      throw new RuleLoadError(`Plug-in '${spec}' kon niet worden gevonden vanuit ${baseDir}. Is het pakket geïnstalleerd?`);
    }
    const file = fileURLToPath(url);
    const distrust = untrustedReason(file);
    if (distrust) throw new RuleLoadError(`Plug-in '${spec}' (${file}) wordt niet geladen: ${distrust}.`);
    notice?.(`plug-in geladen: ${file}`);
    let mod: unknown;
    try {
      mod = await import(url);
    } catch (err) {
      throw new RuleLoadError(`Plug-in '${spec}' kon niet worden geladen: ${(err as Error).message.split('\n')[0]}`);
    }
    for (const rule of unwrap(mod)) {
      const problem = validateRule(rule, `plug-in '${spec}'`);
      if (problem) throw new RuleLoadError(problem);
      out.push(rule as Rule);
    }
  }
  return out;
}
