export { findConfigFile, loadConfigFile, parseConfig, resolveConfig, CONFIG_NAMES } from './load.js';
export { ConfigError, defaultConfig } from './types.js';
export type { ResolvedConfig, RuleSetting } from './types.js';
export { pluginAllowed, untrustedReason, userPluginListPath } from './trust.js';
export type { PluginConsent } from './trust.js';
