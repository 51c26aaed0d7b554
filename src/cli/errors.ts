/** Errors the CLI turns into exit code 2 with a Dutch message. */
export class UsageError extends Error {}

/** Writing output (-o, init) failed. */
export class OutputError extends Error {}

/** A Dutch reason for a failed write. */
export function writeProblem(err: unknown): string {
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
    default:
      return code ?? (err instanceof Error ? err.message : String(err));
  }
}
