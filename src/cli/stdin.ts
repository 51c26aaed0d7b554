/** `toets check -`: the document comes from standard input (as in ESLint's `--stdin`). */
import { MAX_FILE_BYTES } from '../engine/linter.js';
import { UsageError } from './errors.js';

/** The argument that stands for standard input. */
export const STDIN_ARG = '-';

/** Display name of standard input when no --stdin-filename is given. */
export const STDIN_NAME = '<stdin>';

/** Reads all of standard input (at most MAX_FILE_BYTES). */
export async function readStdin(stream: NodeJS.ReadableStream = process.stdin): Promise<Uint8Array> {
  if ((stream as NodeJS.ReadStream).isTTY) {
    throw new UsageError("'toets check -' leest het document van de standaardinvoer, maar daar komt niets binnen. Gebruik bijvoorbeeld: toets check - < plan.md");
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += b.length;
    if (size > MAX_FILE_BYTES) throw new UsageError(`De standaardinvoer is te groot (meer dan ${MAX_FILE_BYTES / 1048576} MB).`);
    chunks.push(b);
  }
  return new Uint8Array(Buffer.concat(chunks));
}
