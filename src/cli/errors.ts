/** Errors the CLI turns into exit code 2 with a Dutch message. */
import { WriteRefusedError } from '../util/atomic-write.js';

export class UsageError extends Error {}

/** Writing output (-o, init) failed. */
export class OutputError extends Error {}

/** A Dutch reason for a failed write. */
export function writeProblem(err: unknown): string {
  if (err instanceof WriteRefusedError) return err.message;
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'de map bestaat niet';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'geen toestemming om daar te schrijven';
    case 'ENOSPC':
      return 'de schijf is vol';
    case 'EISDIR':
      return 'dat is een map';
    case 'EPIPE':
      return 'de lezer van de uitvoer is gestopt';
    case 'ENOTDIR':
      return 'een deel van het pad is geen map';
    case 'ELOOP':
      return 'het pad verwijst in een kring naar zichzelf';
    case 'EFBIG':
      return 'het bestand wordt te groot';
    default:
      return code ? `systeemfout ${code}` : 'onbekende fout';
  }
}
