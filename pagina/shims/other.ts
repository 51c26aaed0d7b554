/** Node built-ins toets imports but the offline page never calls (os, process …). */
export function tmpdir(): string {
  return '/tmp';
}
export function cwd(): string {
  return '/';
}
export const env: Record<string, string | undefined> = {};
export const argv: string[] = [];
export const platform = 'browser';
export default { tmpdir, cwd, env, argv, platform };
