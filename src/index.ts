/**
 * The public API of the toets package, for plugin authors and tools:
 * the rule API and result types (engine), the document model (document)
 * and the Dutch language layer (taal). `import type { Rule } from 'toets'`.
 */
export * from './engine/types.js';
export * from './document/index.js';
export * from './taal/index.js';
export { createLinter } from './engine/index.js';
export type { Linter, LintOutput } from './engine/index.js';
export { defaultConfig, resolveConfig } from './config/index.js';
export type { ResolvedConfig } from './config/index.js';
