/** The rule engine's public API. */
export { suggest } from './suggest.js';
export { createLinter, fatalResult, ioMessage, ENGINE_RULE, UNUSED_DISABLE_RULE, MAX_FILE_BYTES } from './linter.js';
export type { Linter, LinterOptions, LintOutput } from './linter.js';
export { loadBuiltInRules, loadPlugins, validateRule, RuleLoadError } from './rules.js';
export * from './types.js';
