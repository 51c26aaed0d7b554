/**
 * The rule API and the result types.
 *
 * A rule is one module (rules/<id>/index.ts) whose default export is a Rule:
 * `meta` says what it is, `check(doc, ctx)` reports findings through
 * `ctx.report`. Rules never parse, never do I/O, and never import the engine,
 * the CLI or a reporter: only src/document, src/taal and these types.
 */
import type { Document, Span, WordPlace } from '../document/types.js';
import type { Taal } from '../taal/index.js';

/** Severity as users write it in config and on the command line. */
export type SeverityName = 'uit' | 'waarschuwing' | 'fout';
/** Numeric severity as in ESLint's JSON: 1 = warning, 2 = error. */
export type Severity = 1 | 2;

/** The four lines of action of the Actieplan Verbetering Feitenonderzoek. */
export type Actielijn = 1 | 2 | 3 | 4;

export const ACTIELIJNEN: Record<Actielijn, string> = {
  1: 'Respectvolle bejegening',
  2: 'Informeren en ondersteunen',
  3: 'Kwaliteit onderzoek en rapportage',
  4: 'Rechtspositie',
};

/** The recommendation a rule rests on, cited by document and section. */
export interface Recommendation {
  /** e.g. 'Kinderombudsman Metropool Amsterdam, Klachten over Jeugdbescherming (seed 002)' */
  document: string;
  /** e.g. 'III.1b Aanbevelingen; IV aanbeveling 1' */
  section: string;
  /** A short paraphrase in Dutch (our words, not the source's). */
  summary: string;
}

export interface RuleMeta {
  /** Dutch kebab-case id, e.g. 'bronvermelding'. */
  id: string;
  /** One Dutch line. */
  description: string;
  /** Longer Dutch explanation (used in SARIF fullDescription, HTML report). */
  explanation: string;
  defaultSeverity: Exclude<SeverityName, 'uit'>;
  actielijn: Actielijn;
  /** Path of the doc page relative to the package root, e.g. 'rules/bronvermelding/README.md'. */
  docs: string;
  recommendation: Recommendation;
  /** JSON Schema of the options object (validated with ajv). */
  optionsSchema?: Record<string, unknown>;
  /** Default option values. */
  defaultOptions?: Record<string, unknown>;
  /**
   * Dutch message templates by id (as in ESLint): a report names a `messageId`
   * and fills the template's `{name}` placeholders from its `data`.
   */
  messages?: Record<string, string>;
}

export interface ReportDescriptor {
  /** Where: a span in the document. */
  span: Span;
  /** Dutch message telling the writer what to do (or give `messageId`). */
  message?: string;
  /** Id of a template in the rule's `meta.messages`; the message is made from it and `data`. */
  messageId?: string;
  /** Values for the template's `{name}` placeholders. */
  data?: Record<string, string | number>;
  /**
   * Severity of this finding when the user did not set the rule's severity
   * (e.g. bronvermelding reports an unknown [@id] as 'fout', an uncited source as 'waarschuwing').
   */
  severity?: Exclude<SeverityName, 'uit'>;
  /** Optional suggestion (Dutch), e.g. a rewrite. */
  suggestion?: string;
  /**
   * Text that identifies the finding independently of its line (used for
   * fingerprints and for matching findings across versions). Defaults to the
   * source text of the span plus the message.
   */
  key?: string;
  /**
   * A safe, mechanical correction (`toets check --fix`): each span of the
   * document is replaced by its text. Only for changes that cannot alter
   * what the document says (a date in ISO form, an unused toets comment).
   */
  fix?: Array<{ span: Span; text: string }>;
}

/** One edit of a fix: offsets into the decoded text (Document.text), end exclusive. */
export interface FixEdit {
  range: [number, number];
  text: string;
}

/** Settings from config that rules may read. */
export interface SharedSettings {
  /** Threshold in months for verouderde-tijd and other time checks. */
  maandenVerouderd: number;
  /** Extra lexicon entries from config, by lexicon name (e.g. 'meningswoorden', 'diagnoses'). */
  lexicon: Record<string, string[]>;
  /** Other thresholds by name. */
  drempels: Record<string, number>;
}

export interface RuleContext {
  /** Options for this rule: defaults merged with config. */
  options: Record<string, unknown>;
  settings: SharedSettings;
  /** The Dutch language layer. */
  taal: Taal;
  report(descriptor: ReportDescriptor): void;
}

export interface Rule {
  meta: RuleMeta;
  check(doc: Document, ctx: RuleContext): void;
}

/** One finding, as every reporter sees it. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** The template id the rule reported with, if any (`meta.messages`). */
  messageId?: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  suggestion?: string;
  /** The source text of the span (one line at most, trimmed to ~200 chars). */
  excerpt: string;
  /** Stable, line-independent fingerprint (hex). */
  fingerprint: string;
  /** Set when an inline comment disabled this finding. */
  suppressed?: { reason?: string; line: number };
  /** Set when `toets check --fix` can correct this finding. */
  fix?: FixEdit[];
  /**
   * The sentence (or line) the finding is in, whitespace collapsed, with the
   * finding's span as offsets [start, end) into `text` (for showing the cue).
   */
  sentence?: { text: string; start: number; end: number };
  /**
   * For a Word document: where the finding is, in terms its writer can find
   * (heading, paragraph, table row). `line`/`column` then refer to the
   * Markdown toets made of the document.
   */
  place?: WordPlace;
}

export interface FileResult {
  /** Path as given (relative to cwd when possible). */
  filePath: string;
  /** Active findings, sorted by line, column, rule. */
  messages: Finding[];
  /** Findings disabled by inline comments. */
  suppressedMessages: Finding[];
  errorCount: number;
  warningCount: number;
  /** Set when the file could not be read or decoded at all. */
  fatal?: { message: string; code: string };
  /** Document type and date, for reports. */
  documentType?: string;
  documentDate?: string;
  /** The decoded source, for reporters that show the text (html, markdown). */
  source?: string;
  /**
   * Set when `source` was redacted (--redact): where text was replaced, so a
   * reporter can place findings, whose positions refer to the original
   * text, in the redacted one (src/privacy/redact.ts: redactedRange).
   */
  sourceEdits?: SourceEdit[];
}

/** One replacement in a line of redacted source: original columns (1-based, end exclusive) and the new length. */
export interface SourceEdit {
  line: number;
  column: number;
  endColumn: number;
  length: number;
}

export interface RunSummary {
  /** With --fix: what was corrected and written back. */
  fixed?: { files: number; edits: number };
  results: FileResult[];
  rules: RuleMeta[];
  errorCount: number;
  warningCount: number;
}
