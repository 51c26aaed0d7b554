/** The resolved configuration the engine runs with. */
import type { BuildOptions } from '../document/types.js';
import type { SeverityName, SharedSettings } from '../engine/types.js';

export interface RuleSetting {
  /** Absent: the rule's default severity. */
  severity?: SeverityName;
  options?: Record<string, unknown>;
}

export interface ResolvedConfig {
  /** The config file that was read, if any. */
  file?: string;
  /** Folder that relative paths in the config are resolved against. */
  baseDir: string;
  rules: Record<string, RuleSetting>;
  sectionAliases: NonNullable<BuildOptions['sectionAliases']>;
  settings: SharedSettings;
  ignorePatterns: string[];
  plugins: string[];
  /** Where each rule id stands in the config file (for error messages). */
  rulePositions: Record<string, { line: number; column: number }>;
  /** false with --no-inline-config. */
  inlineConfig: boolean;
}

export class ConfigError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
  }
}

export function defaultConfig(baseDir: string): ResolvedConfig {
  return {
    baseDir,
    rules: {},
    sectionAliases: {},
    settings: { maandenVerouderd: 12, lexicon: {}, drempels: {} },
    ignorePatterns: [],
    plugins: [],
    rulePositions: {},
    inlineConfig: true,
  };
}
