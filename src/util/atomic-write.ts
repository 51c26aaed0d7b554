/**
 * Safe file writes for `-o`, `toets init` and `--fix`.
 *
 * A regular file is replaced atomically: a temporary file beside it is
 * written, synced, given the target's mode, owner and group, and renamed over
 * it, so a reader never sees half a file. Around that:
 *
 * - a symbolic link is written through: its target is replaced, the link stays;
 * - a file that is not a regular file (a device such as /dev/null, a pipe) is
 *   written directly, never replaced by a rename;
 * - with `expect` (used by --fix), the file must still hold exactly the bytes
 *   toets read (size and SHA-256, checked again right before the rename, so an
 *   edit saved meanwhile with an unchanged mtime is not overwritten), must be
 *   writable for its owner (a read-only file stays read-only and unchanged) and
 *   must have a single hard link (a rename would split the links);
 * - temporary files are removed when the process is interrupted (Ctrl-C,
 *   SIGTERM) — `signal-exit` runs the clean-up for every way a process ends.
 *
 * Every refusal is a WriteRefusedError with a Dutch reason.
 */
import { createHash, randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { chown, lstat, open, readFile, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { onExit } from 'signal-exit';

/** The file changed on disk after toets read it. */
export class ChangedOnDiskError extends Error {}

/** toets will not write here; the message says why (Dutch). */
export class WriteRefusedError extends Error {}

/** What the file held when toets read it. */
export interface ReadState {
  size: number;
  sha256: string;
}

export function readState(bytes: Uint8Array): ReadState {
  return { size: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') };
}

const pending = new Set<string>();
let cleanupInstalled = false;

function track(tmp: string): void {
  if (!cleanupInstalled) {
    cleanupInstalled = true;
    onExit(() => {
      for (const file of pending) {
        try {
          unlinkSync(file);
        } catch {
          // already gone
        }
      }
    });
  }
  pending.add(tmp);
}

async function removeTemp(tmp: string): Promise<void> {
  pending.delete(tmp);
  await unlink(tmp).catch(() => undefined);
}

/** The path whose contents are to be replaced: the final target of a symlink chain; the path itself when it does not exist yet. */
async function resolveTarget(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    // A dangling link: creating its target somewhere unexpected is not what the user asked for.
    const info = await lstat(path).catch(() => undefined);
    if (info?.isSymbolicLink()) throw new WriteRefusedError('het is een koppeling naar een bestand dat niet bestaat');
    return path;
  }
}

export async function atomicWrite(target: string, data: string | Uint8Array, opts: { expect?: ReadState } = {}): Promise<void> {
  const path = await resolveTarget(target);
  const info = await stat(path).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return undefined;
    throw err;
  });

  if (info && !info.isFile()) {
    if (info.isDirectory()) throw Object.assign(new Error('dat is een map'), { code: 'EISDIR' });
    if (opts.expect) throw new WriteRefusedError('het is geen gewoon bestand');
    // A device or pipe: write into it; renaming over it would replace the device node.
    await writeFile(path, data, { flag: 'w' });
    return;
  }
  if (opts.expect) {
    if (!info) throw new ChangedOnDiskError(`${target} bestaat niet meer`);
    if ((info.mode & 0o200) === 0) throw new WriteRefusedError('het bestand is alleen-lezen; toets laat het zo');
    if (info.nlink > 1) throw new WriteRefusedError(`het bestand heeft ${info.nlink} harde koppelingen; vervangen zou ze losmaken`);
  }

  const tmp = join(dirname(path), `.${basename(path)}.toets-tmp-${randomBytes(6).toString('hex')}`);
  track(tmp);
  try {
    const handle = await open(tmp, 'wx', info ? info.mode & 0o7777 : 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
      if (info) await handle.chmod(info.mode & 0o7777);
    } finally {
      await handle.close();
    }
    if (info && typeof process.getuid === 'function' && (info.uid !== process.getuid() || info.gid !== process.getgid?.())) {
      try {
        await chown(tmp, info.uid, info.gid);
      } catch {
        throw new WriteRefusedError('toets kan de eigenaar van het bestand niet behouden');
      }
    }
    if (opts.expect) {
      const now = await readFile(path).catch(() => undefined);
      const state = now ? readState(now) : undefined;
      if (!state || state.size !== opts.expect.size || state.sha256 !== opts.expect.sha256) {
        throw new ChangedOnDiskError(`${target} is gewijzigd nadat toets het las; er is niets geschreven.`);
      }
    }
    await rename(tmp, path);
    pending.delete(tmp);
  } catch (err) {
    await removeTemp(tmp);
    throw err;
  }
}
