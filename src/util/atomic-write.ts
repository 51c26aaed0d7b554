/**
 * Atomic file writes: write a temporary file beside the target, then rename
 * it over the target, so a reader never sees half a file. Keeps the mode of
 * an existing target, and refuses to overwrite a file that changed on disk
 * after `expectMtimeMs` (when given).
 */
import { randomBytes } from 'node:crypto';
import { chmod, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export class ChangedOnDiskError extends Error {}

export async function atomicWrite(target: string, data: string | Uint8Array, opts: { expectMtimeMs?: number } = {}): Promise<void> {
  let mode: number | undefined;
  try {
    const info = await stat(target);
    mode = info.mode & 0o7777;
    if (opts.expectMtimeMs !== undefined && info.mtimeMs !== opts.expectMtimeMs) {
      throw new ChangedOnDiskError(`${target} is gewijzigd nadat toets het las; er is niets geschreven.`);
    }
  } catch (err) {
    if (err instanceof ChangedOnDiskError) throw err;
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const tmp = join(dirname(target), `.${basename(target)}.toets-tmp-${randomBytes(6).toString('hex')}`);
  const handle = await open(tmp, 'wx', mode ?? 0o644);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (err) {
    // e.g. a full disk: leave no half-written temporary file behind.
    await handle.close().catch(() => undefined);
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
  await handle.close();
  try {
    if (mode !== undefined) await chmod(tmp, mode);
    await rename(tmp, target);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
}
