/**
 * Finding, reading and validating `.toetsrc.yaml`. Every problem is a
 * ConfigError that names the file, the line and column, and the key.
 */
import { forbiddenKeyPath, yamlErrorInDutch } from '../util/yaml-errors.js';
import { untrustedReason } from '../util/file-trust.js';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { localizeDutch } from '../util/ajv-dutch.js';
import { Ajv, type ErrorObject } from 'ajv';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { SeverityName } from '../engine/types.js';
import { packagePath } from '../util/paths.js';
import { ConfigError, defaultConfig, type ResolvedConfig, type RuleSetting } from './types.js';

export const CONFIG_NAMES = ['.toetsrc.yaml', '.toetsrc.yml'];

/** The nearest config file walking up from `start`, if any. */
export function findConfigFile(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const p = join(dir, name);
      if (existsSync(p)) return p;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

let validator: ReturnType<Ajv['compile']> | undefined;
function getValidator() {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    validator = ajv.compile(JSON.parse(readFileSync(packagePath('schemas/toetsrc.schema.json'), 'utf8')) as object);
  }
  return validator;
}

export function loadConfigFile(file: string): ResolvedConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ConfigError(code === 'ENOENT' ? 'Het configuratiebestand bestaat niet.' : `Het configuratiebestand kon niet worden gelezen (${code}).`, file);
  }
  return parseConfig(text, file);
}

export function parseConfig(text: string, file: string): ResolvedConfig {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true, logLevel: 'silent' });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    const p = lc.linePos(e.pos[0]);
    throw new ConfigError(`Ongeldige YAML: ${yamlErrorInDutch(e.code)}`, file, p.line, p.col);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (err) {
    const tooMany = /alias/i.test((err as Error).message);
    throw new ConfigError(tooMany ? 'De configuratie bevat te veel verwijzingen (*naam); schrijf de waarden uit.' : 'De configuratie kon niet worden gelezen.', file, 1, 1);
  }
  const forbidden = forbiddenKeyPath(data);
  if (forbidden) {
    const pos = positionOf(doc, lc, forbidden, true);
    throw new ConfigError(`De sleutel '${forbidden.join('.')}' is niet toegestaan.`, file, pos?.line ?? 1, pos?.col ?? 1);
  }
  if (typeof data !== 'object' || Array.isArray(data) || data === null) {
    throw new ConfigError('De configuratie moet bestaan uit sleutels met waarden (zoals "regels:").', file, 1, 1);
  }
  const validate = getValidator();
  if (!validate(data)) {
    localizeDutch(validate.errors);
    const err = pickError(validate.errors ?? []);
    const path = err.instancePath.split('/').slice(1);
    let keyPath = path;
    let message: string;
    if (err.keyword === 'additionalProperties') {
      const extra = (err.params as { additionalProperty: string }).additionalProperty;
      keyPath = [...path, extra];
      message = `Onbekende sleutel '${keyPath.join('.')}'.${knownKeysHint(path)}`;
    } else if (err.keyword === 'enum') {
      message = `Ongeldige waarde voor '${path.join('.')}': kies uit ${(err.params as { allowedValues: unknown[] }).allowedValues.join(', ')}.`;
    } else if (err.keyword === 'type') {
      message = `'${path.join('.')}' heeft het verkeerde type: verwacht ${(err.params as { type: string }).type === 'array' ? 'een lijst' : (err.params as { type: string }).type === 'object' ? 'sleutels met waarden' : (err.params as { type: string }).type}.`;
    } else {
      message = `Ongeldige waarde voor '${path.join('.') || '(hoofdniveau)'}': ${err.message ?? ''}.`;
    }
    const pos = positionOf(doc, lc, keyPath, err.keyword === 'additionalProperties');
    throw new ConfigError(message, file, pos?.line, pos?.col);
  }
  const resolved = toResolved(data as RawConfig, file);
  for (const id of Object.keys(resolved.rules)) {
    const pos = positionOf(doc, lc, ['regels', id], true);
    if (pos) resolved.rulePositions[id] = { line: pos.line, column: pos.col };
  }
  return resolved;
}

function pickError(errors: ErrorObject[]): ErrorObject {
  // Prefer the most specific error: an unknown key or enum over oneOf noise.
  return (
    errors.find((e) => e.keyword === 'additionalProperties') ??
    errors.find((e) => e.keyword === 'enum') ??
    errors.find((e) => e.keyword !== 'oneOf') ??
    errors[0]!
  );
}

function knownKeysHint(path: string[]): string {
  if (path.length === 0) return ' Toegestaan: regels, secties, drempels, lexicon, negeren, plugins.';
  if (path[0] === 'secties') return ' Gebruik een sectiesoort: aanleiding, feiten, krachten, zorgen, analyse, zienswijze, reactie, rechtspositie, netwerk, samenvatting, doelen, afspraken, bronnen, overig.';
  if (path[0] === 'drempels') return ' Toegestaan: maanden-verouderd.';
  if (path[0] === 'regels') return ' Per regel: ernst en opties.';
  return '';
}

function positionOf(doc: ReturnType<typeof parseDocument>, lc: LineCounter, path: string[], wantKey: boolean): { line: number; col: number } | undefined {
  let node: unknown = doc.contents;
  let keyRange: [number, number, number] | undefined;
  let lastGood: { line: number; col: number } | undefined;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === seg);
      if (!pair) break;
      keyRange = (pair.key as { range?: [number, number, number] }).range;
      if (keyRange) lastGood = lc.linePos(keyRange[0]);
      node = pair.value;
    } else if (isSeq(node)) {
      node = node.items[Number(seg)];
    } else break;
  }
  if (!wantKey) {
    const r = (node as { range?: [number, number, number] } | null)?.range;
    if (r) return lc.linePos(r[0]);
  }
  return lastGood ?? { line: 1, col: 1 };
}

interface RawConfig {
  regels?: Record<string, SeverityName | { ernst?: SeverityName; opties?: Record<string, unknown> }>;
  secties?: Record<string, Record<string, string[]>>;
  drempels?: { 'maanden-verouderd'?: number };
  lexicon?: Record<string, string[]>;
  negeren?: string[];
  plugins?: string[];
}

function toResolved(raw: RawConfig, file: string): ResolvedConfig {
  const config = defaultConfig(dirname(resolve(file)));
  config.file = file;
  for (const [id, v] of Object.entries(raw.regels ?? {})) {
    const setting: RuleSetting =
      typeof v === 'string' ? { severity: v } : { ...(v.ernst ? { severity: v.ernst } : {}), ...(v.opties ? { options: v.opties } : {}) };
    config.rules[id] = setting;
  }
  config.sectionAliases = raw.secties ?? {};
  if (raw.drempels?.['maanden-verouderd']) config.settings.maandenVerouderd = raw.drempels['maanden-verouderd'];
  config.settings.drempels = { ...(raw.drempels ?? {}) } as Record<string, number>;
  config.settings.lexicon = raw.lexicon ?? {};
  config.ignorePatterns = raw.negeren ?? [];
  config.plugins = raw.plugins ?? [];
  return config;
}

/** Resolve the configuration for a run: --config FILE, else the nearest .toetsrc.yaml, else defaults. */
/**
 * The configuration for a run: the file given with --config (the user chose it), or the nearest
 * .toetsrc.yaml above `cwd` — which is refused when someone else could have put it there.
 */
export function resolveConfig(cwd: string, explicit?: string): ResolvedConfig {
  if (explicit) return loadConfigFile(resolve(cwd, explicit));
  const found = findConfigFile(cwd);
  if (!found) return defaultConfig(cwd);
  const distrust = untrustedReason(found);
  if (distrust) {
    throw new ConfigError(
      `Deze configuratie wordt niet gebruikt: ${distrust}. Controleer het bestand; vertrouwt u het, geef het dan zelf op met --config.`,
      found,
    );
  }
  return loadConfigFile(found);
}
