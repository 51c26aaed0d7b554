/** node:path (POSIX) for the offline page: the few functions toets uses, on virtual paths. */
export const sep = '/';
export const delimiter = ':';

function normalizeParts(parts: string[], absolute: boolean): string[] {
  const out: string[] = [];
  for (const p of parts) {
    if (!p || p === '.') continue;
    if (p === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
    } else out.push(p);
  }
  return out;
}

export function normalize(p: string): string {
  const abs = p.startsWith('/');
  const s = normalizeParts(p.split('/'), abs).join('/');
  return abs ? `/${s}` : s || '.';
}

export function isAbsolute(p: string): boolean {
  return p.startsWith('/');
}

export function join(...parts: string[]): string {
  return normalize(parts.filter((x) => x !== '').join('/') || '.');
}

export function resolve(...parts: string[]): string {
  let out = '';
  for (let i = parts.length - 1; i >= 0 && !out.startsWith('/'); i--) out = out ? `${parts[i]}/${out}` : parts[i]!;
  if (!out.startsWith('/')) out = `/${out}`;
  return normalize(out);
}

export function dirname(p: string): string {
  const s = p.replace(/\/+$/, '');
  const i = s.lastIndexOf('/');
  if (i < 0) return '.';
  if (i === 0) return '/';
  return s.slice(0, i);
}

export function basename(p: string, ext?: string): string {
  const b = p.replace(/\/+$/, '').split('/').pop() ?? '';
  return ext && b.endsWith(ext) ? b.slice(0, -ext.length) : b;
}

export function extname(p: string): string {
  const b = basename(p);
  const i = b.lastIndexOf('.');
  return i > 0 ? b.slice(i) : '';
}

export function relative(from: string, to: string): string {
  const a = resolve(from).split('/').filter(Boolean);
  const b = resolve(to).split('/').filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

export const posix = { sep, delimiter, normalize, isAbsolute, join, resolve, dirname, basename, extname, relative };
export default posix;
