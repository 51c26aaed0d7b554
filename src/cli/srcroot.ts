/** The source root for repo-relative paths (SARIF): the nearest git root above cwd, else cwd. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export function findSourceRoot(cwd: string): string {
  let dir = resolve(cwd);
  for (;;) {
    // .git is a folder in a normal clone and a file in a worktree or submodule.
    if (existsSync(join(dir, '.git'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return resolve(cwd);
    dir = parent;
  }
}
