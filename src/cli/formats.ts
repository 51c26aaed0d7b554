/** Output formats of the subcommands, kept apart so the CLI can list them without loading the subcommands. */
export const VERGELIJK_FORMATS = ['stylish', 'json', 'markdown', 'html'] as const;
