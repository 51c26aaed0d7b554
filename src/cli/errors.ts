/** Errors the CLI turns into exit code 2 with a Dutch message. */
export class UsageError extends Error {}
