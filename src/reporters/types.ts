/**
 * What a reporter receives. Reporters import only result types, never the
 * engine, the document model or the CLI.
 */
import type { RunSummary } from '../engine/types.js';

export interface ReporterOptions {
  /** Colour output (stylish only). */
  color: boolean;
  /** Working directory; file paths in results are relative to it where possible. */
  cwd: string;
  /** Show errors only (--quiet): results already filtered by the engine; informational. */
  quiet: boolean;
  /** --max-warnings value, if given (for the summary line). */
  maxWarnings?: number;
  /** Version of toets (from package.json), for machine-readable formats. */
  toolVersion?: string;
  /**
   * Folder that artifact URIs are relative to (SARIF %SRCROOT%): the git
   * root above cwd, else cwd. Absent: cwd.
   */
  srcRoot?: string;
  /** Terminal width in columns (stylish wraps to it); absent: 80. */
  width?: number;
}

/** A reporter turns a run's results into the text written to stdout or -o FILE. */
export type Reporter = (summary: RunSummary, options: ReporterOptions) => string;
