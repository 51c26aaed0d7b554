/**
 * node:fs for the offline page: a read-only file system holding the files
 * toets reads at run time (lexicons, schemas, section names, rule data),
 * embedded at build time under /toets (scripts/build-pagina.mjs). Anything
 * else does not exist: the page never reads or writes the user's disk.
 */
import files from 'toets-virtual-files';

const FILES = files as Record<string, string>;

function enoent(path: string): Error {
  const err = new Error(`ENOENT: no such file or directory, '${path}'`) as Error & { code: string };
  err.code = 'ENOENT';
  return err;
}

function isDir(path: string): boolean {
  const prefix = path.endsWith('/') ? path : `${path}/`;
  return Object.keys(FILES).some((f) => f.startsWith(prefix));
}

export function existsSync(path: string): boolean {
  return String(path) in FILES || isDir(String(path));
}

export function readFileSync(path: string, options?: string | { encoding?: string }): string | Uint8Array {
  const p = String(path);
  const text = FILES[p];
  if (text === undefined) throw enoent(p);
  const enc = typeof options === 'string' ? options : options?.encoding;
  return enc ? text : new TextEncoder().encode(text);
}

export function readdirSync(path: string): string[] {
  const p = String(path);
  if (!isDir(p)) throw enoent(p);
  const prefix = p.endsWith('/') ? p : `${p}/`;
  const names = new Set<string>();
  for (const f of Object.keys(FILES)) if (f.startsWith(prefix)) names.add(f.slice(prefix.length).split('/')[0]!);
  return [...names].sort();
}

export function statSync(path: string): { isFile(): boolean; isDirectory(): boolean; size: number } {
  const p = String(path);
  if (p in FILES) return { isFile: () => true, isDirectory: () => false, size: FILES[p]!.length };
  if (isDir(p)) return { isFile: () => false, isDirectory: () => true, size: 0 };
  throw enoent(p);
}

function refused(): never {
  throw new Error('Deze pagina schrijft niets naar de schijf.');
}

export const writeFileSync = refused;
export const mkdirSync = refused;
export const promises = {
  readFile: async (p: string, o?: string) => readFileSync(p, o),
  stat: async (p: string) => statSync(p),
  writeFile: async () => refused(),
};
export default { existsSync, readFileSync, readdirSync, statSync, writeFileSync, mkdirSync, promises };
