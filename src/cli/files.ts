/**
 * Which files to check: directories walked for .md and .docx (fast-glob;
 * Word's lock files ~$….docx are skipped), globs
 * expanded, and .toetsignore (gitignore syntax, via `ignore`),
 * --ignore-pattern and the config's `negeren` applied.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import fg from 'fast-glob';
import ignore, { type Ignore } from 'ignore';

export interface FileSelection {
  /** Absolute paths to check, in order, without duplicates. */
  files: string[];
  /** Arguments that matched nothing on disk. */
  missing: string[];
  /** Explicitly named files that an ignore pattern skipped. */
  ignoredExplicit: string[];
}

const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**', '**/~$*'];

/** What a folder is searched for: Markdown and Word documents. */
export const DOCUMENT_PATTERN = '**/*.{md,docx}';

function isGlob(s: string): boolean {
  return /[*?[\]{}]/.test(s);
}

function toPosix(p: string): string {
  return p.split(sep).join('/');
}

function readIgnoreFile(dir: string): string[] {
  const p = join(dir, '.toetsignore');
  if (!existsSync(p)) return [];
  try {
    return readFileSync(p, 'utf8').split(/\r?\n/);
  } catch {
    return [];
  }
}

/** `rel` (from relative()) points inside its base folder. */
function inside(rel: string): boolean {
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

export interface IgnoreSettings {
  /** --ignore-pattern values: relative to cwd. */
  cliPatterns: string[];
  /** The config's `negeren`: relative to the config file's folder. */
  configPatterns: string[];
  configDir: string;
}

export async function selectFiles(args: string[], cwd: string, settings: IgnoreSettings): Promise<FileSelection> {
  const rootIgnore: Ignore = ignore().add(readIgnoreFile(cwd)).add(settings.cliPatterns);
  const configIgnore: Ignore = ignore().add(settings.configPatterns);
  const perRoot = new Map<string, Ignore>();
  const isIgnored = (abs: string, root?: string): boolean => {
    const rel = relative(cwd, abs);
    if (inside(rel) && rootIgnore.ignores(toPosix(rel))) return true;
    const relConfig = relative(settings.configDir, abs);
    if (settings.configPatterns.length && inside(relConfig) && configIgnore.ignores(toPosix(relConfig))) return true;
    if (root && root !== cwd) {
      const r = relative(root, abs);
      if (inside(r) && ignoreOf(root).ignores(toPosix(r))) return true;
    }
    // Like .gitignore, a .toetsignore in a folder below the root or cwd applies to that folder:
    // "toets check fixtures" honours fixtures/corpus/.toetsignore.
    const top = root ?? cwd;
    if (inside(relative(top, abs))) {
      for (let d = dirname(abs); d !== top && inside(relative(top, d)); d = dirname(d)) {
        if (ignoreOf(d).ignores(toPosix(relative(d, abs)))) return true;
      }
    }
    return false;
  };
  function ignoreOf(dir: string): Ignore {
    let ig = perRoot.get(dir);
    if (!ig) {
      ig = ignore().add(readIgnoreFile(dir));
      perRoot.set(dir, ig);
    }
    return ig;
  }

  const files: string[] = [];
  const seen = new Set<string>();
  const missing: string[] = [];
  const ignoredExplicit: string[] = [];
  const add = (abs: string) => {
    if (!seen.has(abs)) {
      seen.add(abs);
      files.push(abs);
    }
  };

  for (const arg of args.length ? args : ['.']) {
    const abs = resolve(cwd, arg);
    let info: ReturnType<typeof statSync> | undefined;
    try {
      info = statSync(abs);
    } catch {
      info = undefined;
    }
    if (info?.isDirectory()) {
      const found = await fg(DOCUMENT_PATTERN, { cwd: abs, absolute: true, onlyFiles: true, dot: false, followSymbolicLinks: false, ignore: ALWAYS_IGNORED, suppressErrors: true });
      for (const f of found.sort()) if (!isIgnored(resolve(f), abs)) add(resolve(f));
    } else if (info) {
      if (isIgnored(abs)) ignoredExplicit.push(arg);
      else add(abs);
    } else if (isGlob(arg)) {
      const found = await fg(toPosix(arg), { cwd, absolute: true, onlyFiles: true, dot: false, followSymbolicLinks: false, ignore: ALWAYS_IGNORED, suppressErrors: true });
      if (found.length === 0) missing.push(arg);
      for (const f of found.sort()) if (!isIgnored(resolve(f))) add(resolve(f));
    } else {
      missing.push(arg);
    }
  }
  return { files, missing, ignoredExplicit };
}
