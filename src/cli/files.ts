/**
 * Which files to check: directories walked for .md and .docx (fast-glob;
 * Word's lock files ~$….docx are skipped), globs
 * expanded, and .toetsignore (gitignore syntax, via `ignore`),
 * --ignore-pattern and the config's `negeren` applied.
 */
import { existsSync, lstatSync, readdir, readFileSync, statSync } from 'node:fs';
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
  /** Arguments or folders toets could not read, each with a Dutch reason. */
  unreadable: { path: string; message: string; code: string }[];
  /** Folders or patterns named on the command line that hold no document to check. */
  empty: string[];
}

const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**', '**/~$*'];

/** The file names a folder walk takes as documents (any case): Markdown (.md, .markdown) and Word (.docx). */
export const DOCUMENT_GLOB = '**/*.{md,markdown,docx}';

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
  const unreadable: FileSelection['unreadable'] = [];
  const empty: string[] = [];
  // fast-glob skips folders it cannot read; this adapter notes them so the user hears about it.
  const noteUnreadable: typeof readdir = ((path: string, options: unknown, callback: (err: NodeJS.ErrnoException | null, entries: unknown) => void) =>
    readdir(path, options as { withFileTypes: true }, (err, entries) => {
      if (err && (err.code === 'EACCES' || err.code === 'EPERM')) unreadable.push({ path, code: err.code, message: 'Deze map kon niet worden gelezen (geen toestemming); de documenten erin zijn niet gecontroleerd.' });
      callback(err, entries);
    })) as unknown as typeof readdir;
  const walk = async (pattern: string, base: string): Promise<string[]> => {
    const entries = await fg(pattern, {
      cwd: base, absolute: true, onlyFiles: false, dot: false, followSymbolicLinks: false, caseSensitiveMatch: false,
      ignore: ALWAYS_IGNORED, suppressErrors: true, fs: { readdir: noteUnreadable },
    });
    // Regular files, and symbolic links to regular files (a linked folder is not walked: no loops).
    return entries.filter((f) => {
      try {
        return lstatSync(f).isFile() || statSync(f).isFile();
      } catch {
        return false;
      }
    });
  };
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
    } catch (err) {
      info = undefined;
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') {
        unreadable.push({ path: arg, code, message: 'Dit pad verwijst in een kring naar zichzelf (symbolische koppeling).' });
        continue;
      }
      if (code === 'EACCES' || code === 'EPERM') {
        unreadable.push({ path: arg, code, message: 'Geen toestemming om dit pad te lezen.' });
        continue;
      }
    }
    if (info?.isDirectory()) {
      const before = files.length;
      const found = await walk(DOCUMENT_GLOB, abs);
      for (const f of found.sort()) if (!isIgnored(resolve(f), abs)) add(resolve(f));
      if (files.length === before) empty.push(arg);
    } else if (info) {
      if (isIgnored(abs)) ignoredExplicit.push(arg);
      else add(abs);
    } else if (isGlob(arg)) {
      const found = await walk(toPosix(arg), cwd);
      if (found.length === 0) missing.push(arg);
      const before = files.length;
      for (const f of found.sort()) if (!isIgnored(resolve(f))) add(resolve(f));
      if (found.length > 0 && files.length === before) empty.push(arg);
    } else {
      missing.push(arg);
    }
  }
  return { files, missing, ignoredExplicit, unreadable, empty };
}
