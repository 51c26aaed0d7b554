/**
 * The linter: runs the enabled rules over Documents, applies severities and
 * inline controls, and returns FileResults. Reading files, decoding and
 * parsing happen here once per file; rules only read the Document.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { localizeDutch } from '../util/ajv-dutch.js';
import { basename } from 'node:path';
import { Ajv } from 'ajv';
import type { ResolvedConfig } from '../config/types.js';
import { ConfigError } from '../config/types.js';
import { buildDocument, convertDocx, decode, isDocxPath, looksLikeZip } from '../document/index.js';
import type { DocxOptions } from '../document/index.js';
import type { Document, Span } from '../document/types.js';
import { createTaal } from '../taal/index.js';
import type { Taal } from '../taal/index.js';
import { applyControls } from './controls.js';
import { loadBuiltInRules, loadPlugins } from './rules.js';
import { suggest } from './suggest.js';
import type { FileResult, Finding, ReportDescriptor, Rule, RuleContext, RuleMeta, Severity, SeverityName } from './types.js';

/** Pseudo rule ids for findings of toets itself. */
export const ENGINE_RULE = 'toets';
export const UNUSED_DISABLE_RULE = 'ongebruikte-uitzondering';

/** Files larger than this are not read: a clear message before the work, instead of running out of memory (an 8 MB document took 1.1 GB). */
export const MAX_FILE_BYTES = 12 * 1024 * 1024;

interface EnabledRule {
  rule: Rule;
  severity: Severity;
  /** The user set the severity (config or --rule): it overrides per-finding severities. */
  severityFixed: boolean;
  options: Record<string, unknown>;
}

export interface LintOutput {
  result: FileResult;
  document?: Document;
}

export interface Linter {
  rules: RuleMeta[];
  /** A hash of the rule set (ids, meta and code of every rule): part of the --cache key. */
  ruleSet: string;
  /** Lint text that is already decoded. */
  lintText(text: string, path?: string): LintOutput;
  /**
   * Lint a file's bytes. A Word document (a .docx path, or zip bytes) is
   * converted to Markdown first; `docx.sidecar` is its NAME.yaml, if any.
   */
  lintBytes(bytes: Uint8Array, path: string, docx?: DocxOptions): LintOutput;
  lintFile(path: string, displayPath?: string): Promise<LintOutput>;
  /**
   * Lint several files one after another (paths as given; no globbing or
   * ignore files — the CLI's file selection does that). A file that cannot
   * be read gives a fatal result; the others are still linted.
   */
  lintFiles(paths: string[]): Promise<FileResult[]>;
}

const SEVERITY: Record<Exclude<SeverityName, 'uit'>, Severity> = { waarschuwing: 1, fout: 2 };

export interface LinterOptions {
  /** Extra rules (tests, embedding programs). */
  rules?: Rule[];
  /**
   * Whether the user allowed a plugin named in the config to run (src/config/trust.ts).
   * Without it no plugin is loaded: a plugin is code that runs with the user's rights.
   */
  pluginAllowed?: (spec: string, baseDir: string) => boolean;
  /** Receives Dutch notices: which plugin files were loaded, which were not and why. */
  notice?: (message: string) => void;
}

export async function createLinter(config: ResolvedConfig, extra?: LinterOptions): Promise<Linter> {
  const builtIn = await loadBuiltInRules();
  const plugins = await allowedPlugins(config, extra);
  const all = [...builtIn, ...plugins, ...(extra?.rules ?? [])];
  const byId = new Map<string, Rule>();
  for (const r of all) {
    if (byId.has(r.meta.id)) throw new ConfigError(`Twee regels hebben dezelfde id '${r.meta.id}'.`, config.file);
    byId.set(r.meta.id, r);
  }
  for (const id of Object.keys(config.rules)) {
    if (!byId.has(id)) {
      const pos = config.rulePositions[id];
      throw new ConfigError(`Onbekende regel '${id}'${suggest(id, [...byId.keys()])}.`, config.file, pos?.line, pos?.column);
    }
  }

  const ajv = new Ajv({ allErrors: true, strict: false, useDefaults: false });
  const enabled: EnabledRule[] = [];
  for (const rule of all) {
    const setting = config.rules[rule.meta.id];
    const severityName = setting?.severity ?? rule.meta.defaultSeverity;
    const options = { ...(rule.meta.defaultOptions ?? {}), ...(setting?.options ?? {}) };
    if (rule.meta.optionsSchema) {
      const validate = ajv.compile(rule.meta.optionsSchema);
      if (!validate(options)) {
        localizeDutch(validate.errors);
        const e = validate.errors?.[0];
        const where = e?.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : '';
        const pos = config.rulePositions[rule.meta.id];
        throw new ConfigError(
          `Ongeldige opties voor regel '${rule.meta.id}'${where ? ` bij '${where}'` : ''}: ${e?.message ?? 'onbekende fout'}.`,
          config.file,
          pos?.line,
          pos?.column,
        );
      }
    }
    if (severityName === 'uit') continue;
    enabled.push({ rule, severity: SEVERITY[severityName], severityFixed: setting?.severity !== undefined, options });
  }

  const taal = createTaal({ extraLexicon: config.settings.lexicon });
  const knownIds = new Set(byId.keys());
  const buildOptions = { sectionAliases: config.sectionAliases };

  const lintDocument = (doc: Document): FileResult => runRules(doc, enabled, taal, config, knownIds);

  const lintText = (text: string, path = '<tekst>'): LintOutput => {
    const doc = buildDocument(path, { text: text.replace(/\r\n?/g, '\n'), encoding: { name: 'utf-8', bom: false, lineEnding: '\n' } }, buildOptions);
    return { result: lintDocument(doc), document: doc };
  };

  const lintBytes = (bytes: Uint8Array, path: string, docx?: DocxOptions): LintOutput => {
    if (isDocxPath(path) || looksLikeZip(bytes)) {
      const converted = convertDocx(bytes, docx);
      if (!converted.ok) return { result: fatalResult(path, converted.message, converted.code) };
      const places = converted.places;
      const origin = { format: 'docx' as const, placeOfLine: (line: number) => places[line - 1] };
      const doc = buildDocument(path, { text: converted.markdown, encoding: { name: 'utf-8', bom: false, lineEnding: '\n' } }, { ...buildOptions, origin });
      return { result: lintDocument(doc), document: doc };
    }
    const decoded = decode(bytes);
    if (!decoded.ok) {
      return { result: fatalResult(path, decoded.message, decoded.code, decoded.line, decoded.column) };
    }
    const doc = buildDocument(path, decoded, buildOptions);
    return { result: lintDocument(doc), document: doc };
  };

  const lintFile = async (path: string, displayPath = path): Promise<LintOutput> => {
    try {
      const info = await stat(path);
      if (info.isDirectory()) return { result: fatalResult(displayPath, 'Dit is een map, geen bestand.', 'EISDIR') };
      // A pipe, socket or device would block or never end: only regular files are read.
      if (!info.isFile()) return { result: fatalResult(displayPath, 'Dit is geen gewoon bestand (maar bijvoorbeeld een pijp of apparaat); toets leest het niet.', 'ENOTFILE') };
      if (info.size > MAX_FILE_BYTES) {
        return { result: fatalResult(displayPath, `Het bestand is te groot (${Math.round(info.size / 1048576)} MB; maximaal ${MAX_FILE_BYTES / 1048576} MB).`, 'EFBIG') };
      }
      const bytes = await readFile(path);
      if (isDocxPath(path)) return lintBytes(bytes, displayPath, await sidecarOf(path));
      return lintBytes(bytes, displayPath);
    } catch (err) {
      return { result: fatalResult(displayPath, ioMessage(err), (err as NodeJS.ErrnoException).code ?? 'EIO') };
    }
  };

  const lintFiles = async (paths: string[]): Promise<FileResult[]> => {
    const results: FileResult[] = [];
    for (const p of paths) results.push((await lintFile(p)).result);
    return results;
  };

  const ruleSet = createHash('sha256')
    .update(JSON.stringify(all.map((r) => [r.meta.id, JSON.stringify(r.meta), String(r.check)])))
    .digest('hex');
  return { rules: all.map((r) => r.meta), ruleSet, lintText, lintBytes, lintFile, lintFiles };
}

/** NAME.yaml (or NAME.yml) next to NAME.docx: the Word document's frontmatter. */
async function sidecarOf(docxPath: string): Promise<DocxOptions> {
  for (const ext of ['.yaml', '.yml']) {
    const p = docxPath.replace(/\.docx$/i, ext);
    try {
      const info = await stat(p);
      if (!info.isFile() || info.size > MAX_FILE_BYTES) continue;
      return { sidecar: { name: basename(p), text: await readFile(p, 'utf8') } };
    } catch {
      // no sidecar with this extension
    }
  }
  return {};
}

export function ioMessage(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'Het bestand bestaat niet.';
    case 'EACCES':
    case 'EPERM':
      return 'Geen toestemming om dit bestand te lezen.';
    case 'EISDIR':
      return 'Dit is een map, geen bestand.';
    case 'ELOOP':
      return 'Dit pad verwijst in een kring naar zichzelf (symbolische koppeling).';
    default:
      return `Het bestand kon niet worden gelezen (${code ?? 'onbekende oorzaak'}).`;
  }
}

export function fatalResult(filePath: string, message: string, code: string, line = 1, column = 1): FileResult {
  const finding: Finding = {
    ruleId: ENGINE_RULE,
    severity: 2,
    message,
    line,
    column,
    endLine: line,
    endColumn: column,
    excerpt: '',
    fingerprint: hash(`${ENGINE_RULE}\0${code}`),
  };
  return { filePath, messages: [finding], suppressedMessages: [], errorCount: 1, warningCount: 0, fatal: { message, code } };
}

/** The plugins of the config that the user allowed, loaded; the others named in a notice. */
async function allowedPlugins(config: ResolvedConfig, options: LinterOptions | undefined): Promise<Rule[]> {
  if (!config.plugins.length) return [];
  const allowed = options?.pluginAllowed ?? (() => false);
  const yes = config.plugins.filter((spec) => allowed(spec, config.baseDir));
  const no = config.plugins.filter((spec) => !yes.includes(spec));
  if (no.length) {
    options?.notice?.(
      `${config.file ?? 'de configuratie'} noemt plug-ins die niet zijn geladen: ${no.join(', ')}. Een plug-in is code die met uw rechten draait. ` +
        'Vertrouwt u ze, gebruik dan --plugins (of TOETS_PLUGINS=1), of zet ze in uw eigen lijst met toegestane plug-ins (zie de README, Privacy).',
    );
  }
  return yes.length ? loadPlugins(yes, config.baseDir, options?.notice) : [];
}

/**
 * The report's message: its own `message`, or else the rule's template
 * `messageId` with `{name}` placeholders filled from `data`. A report with
 * neither, an unknown id or a placeholder without data is a defect of the rule: it throws,
 * and the engine turns that into "Interne fout in regel …".
 */
export function withMessage(meta: RuleMeta, d: ReportDescriptor): ReportDescriptor & { message: string } {
  // A message of its own wins; a messageId beside it only names the kind of finding.
  if (typeof d.message === 'string' && d.message) return d as ReportDescriptor & { message: string };
  if (d.messageId === undefined) throw new Error('melding zonder tekst (geen message en geen messageId)');
  const template = meta.messages?.[d.messageId];
  if (template === undefined) throw new Error(`onbekende messageId '${d.messageId}'`);
  const message = template.replace(/\{(\w[\w-]*)\}/g, (_, name: string) => {
    const value = d.data?.[name];
    if (value === undefined) throw new Error(`messageId '${d.messageId}' mist de waarde '${name}'`);
    return String(value);
  });
  return { ...d, message };
}

function hash(s: string): string {
  return createHash('sha1').update(s).digest('hex');
}

function excerptOf(doc: Document, span: Span): string {
  const raw = doc.text.slice(span.start.offset, Math.min(span.end.offset, span.start.offset + 400));
  const oneLine = raw.replace(/\s+/g, ' ').trim();
  return oneLine.length > 200 ? oneLine.slice(0, 199) + '…' : oneLine;
}

/** Longest sentence context kept on a finding. */
const MAX_SENTENCE = 600;

/**
 * The sentence a finding is about, with the finding's span inside it
 * (offsets into `text`): the document sentence that contains the span's
 * start, else the line (frontmatter, headings). Absent for an empty line.
 */
function sentenceAround(doc: Document, span: Span): Finding['sentence'] | undefined {
  const at = span.start.offset;
  let lo = 0;
  let hi = doc.sentences.length - 1;
  let found: (typeof doc.sentences)[number] | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid]!;
    if (s.span.start.offset <= at) {
      found = s;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  let start: number;
  let end: number;
  if (found && at <= found.span.end.offset && found.span.start.line === found.span.end.line) {
    start = found.span.start.offset;
    end = found.span.end.offset;
  } else {
    start = doc.lineStarts[span.start.line - 1] ?? 0;
    const nl = doc.text.indexOf('\n', start);
    end = nl < 0 ? doc.text.length : nl;
    // A heading's '#', a list marker or a quote sign is Markdown, not part of what the writer wrote.
    const marker = /^\s*(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s*)/.exec(doc.text.slice(start, end));
    if (marker) start += marker[0].length;
  }
  const raw = doc.text.slice(start, end);
  if (!raw.trim() || raw.length > MAX_SENTENCE * 4) return undefined;
  const cueStart = Math.max(0, Math.min(raw.length, at - start));
  const cueEnd = Math.max(cueStart, Math.min(raw.length, span.end.offset - start));
  // Whitespace runs become one space; the cue's offsets move with them.
  let text = '';
  let s = -1;
  let e = -1;
  for (let i = 0; i <= raw.length; i++) {
    if (i === cueStart) s = text.length;
    if (i === cueEnd) e = text.length;
    if (i === raw.length) break;
    const ch = raw[i]!;
    if (/\s/.test(ch)) {
      if (!text.endsWith(' ')) text += ' ';
    } else text += ch;
  }
  return { text, start: s, end: Math.max(s, e) };
}

function runRules(doc: Document, enabled: EnabledRule[], taal: Taal, config: ResolvedConfig, knownIds: Set<string>): FileResult {
  const findings: Finding[] = [];
  const offsets = new Map<Finding, number>();
  const messageIds = new Map<Finding, string>();
  const keyCount = new Map<string, number>();

  const make = (ruleId: string, severity: Severity, d: ReportDescriptor & { message: string }): Finding => {
    const span = clampSpan(doc, d.span);
    const excerpt = excerptOf(doc, span);
    const key = `${ruleId}\0${(d.key ?? excerpt + '\0' + d.message).replace(/\s+/g, ' ').trim()}`;
    const n = keyCount.get(key) ?? 0;
    keyCount.set(key, n + 1);
    const f: Finding = {
      ruleId,
      severity,
      message: d.message,
      ...(d.messageId ? { messageId: d.messageId } : {}),
      line: span.start.line,
      column: span.start.column,
      endLine: span.end.line,
      endColumn: span.end.column,
      ...(d.suggestion ? { suggestion: d.suggestion } : {}),
      ...(d.fix && d.fix.length ? { fix: d.fix.map((x) => ({ range: [clampSpan(doc, x.span).start.offset, clampSpan(doc, x.span).end.offset] as [number, number], text: x.text })) } : {}),
      excerpt,
      fingerprint: hash(`${key}\0${n}`),
    };
    const sentence = sentenceAround(doc, span);
    if (sentence) f.sentence = sentence;
    const place = doc.origin?.placeOfLine(span.start.line);
    if (place) f.place = place;
    offsets.set(f, span.start.offset);
    return f;
  };

  for (const { rule, severity, severityFixed, options } of enabled) {
    const ctx: RuleContext = {
      options,
      settings: config.settings,
      taal,
      report: (d) => {
        const f = make(rule.meta.id, !severityFixed && d.severity ? SEVERITY[d.severity] : severity, withMessage(rule.meta, d));
        if (d.messageId) messageIds.set(f, d.messageId);
        findings.push(f);
      },
    };
    try {
      const returned: unknown = rule.check(doc, ctx);
      if (returned && typeof (returned as PromiseLike<unknown>).then === 'function') {
        // An async rule: its rejection must not crash the run, and findings after an await would be lost.
        (returned as Promise<unknown>).then(undefined, () => undefined);
        throw new Error('de functie check is asynchroon (geeft een Promise terug); regels van toets moeten synchroon zijn');
      }
    } catch (err) {
      const msg = err instanceof Error ? err.message : String(err);
      findings.push(
        make(rule.meta.id, 2, {
          span: { start: doc.pointAt(0), end: doc.pointAt(0) },
          message: `Interne fout in regel '${rule.meta.id}': ${msg.split('\n')[0]}. De andere regels zijn wel uitgevoerd; meld dit bij de beheerder van toets.`,
        }),
      );
      if (typeof process !== 'undefined' && process.env.TOETS_DEBUG) console.error(err);
    }
  }

  // Problems toets itself found while reading (malformed control comments, Markdown trouble).
  for (const p of doc.parseProblems) {
    if (p.code === 'control-comment' || p.code === 'markdown') findings.push(make(ENGINE_RULE, p.code === 'markdown' ? 2 : 1, { span: p.span, message: p.message }));
  }

  let active = dropSuperseded(doc, findings, offsets, messageIds, enabled);
  let suppressed: Finding[] = [];
  if (config.inlineConfig && doc.controls.length) {
    const outcome = applyControls(active, offsets, doc.controls, knownIds, doc.text.length, new Set(enabled.map((e) => e.rule.meta.id)));
    active = outcome.active;
    suppressed = outcome.suppressed;
    for (const u of outcome.unused) {
      const fix = u.removable.map((c) => removal(doc, c.span));
      active.push(make(UNUSED_DISABLE_RULE, 1, { span: u.control.span, message: u.message, ...(fix.length ? { fix } : {}) }));
    }
  }

  const order = (a: Finding, b: Finding) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
  active.sort(order);
  suppressed.sort(order);
  return {
    filePath: doc.path,
    messages: active,
    suppressedMessages: suppressed,
    errorCount: active.filter((f) => f.severity === 2).length,
    warningCount: active.filter((f) => f.severity === 1).length,
    ...(doc.type ? { documentType: doc.type } : {}),
    ...(doc.frontmatter?.datum ? { documentDate: doc.frontmatter.datum } : {}),
    source: doc.text,
  };
}

/**
 * Removing a comment: its whole line when nothing else stands on it (and
 * one blank line after it when a blank line also precedes it, so no double
 * blank lines remain); otherwise only the comment.
 */
function removal(doc: Document, span: Span): { span: Span; text: string } {
  const text = doc.text;
  const lineStart = text.lastIndexOf('\n', span.start.offset - 1) + 1;
  let lineEnd = text.indexOf('\n', span.end.offset);
  if (lineEnd < 0) lineEnd = text.length;
  const alone = text.slice(lineStart, span.start.offset).trim() === '' && text.slice(span.end.offset, lineEnd).trim() === '';
  if (!alone) return { span, text: '' };
  let end = Math.min(text.length, lineEnd + 1);
  const prevLineStart = lineStart === 0 ? 0 : text.lastIndexOf('\n', lineStart - 2) + 1;
  const blankBefore = lineStart === 0 || text.slice(prevLineStart, lineStart - 1).trim() === '';
  const nextLineEnd = text.indexOf('\n', end);
  if (blankBefore && nextLineEnd >= 0 && text.slice(end, nextLineEnd).trim() === '') end = nextLineEnd + 1;
  return { span: { start: doc.pointAt(lineStart), end: doc.pointAt(end) }, text: '' };
}

/** The index of the sentence that holds a document offset, or -1 (sentences are in document order). */
function sentenceAt(doc: Document, offset: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid]!;
    if (offset < s.span.start.offset) hi = mid - 1;
    else if (offset >= s.span.end.offset) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * One finding per cue across rules: a rule whose meta declares `supersedes` removes the named
 * findings of another rule that stand on the same sentence as one of its own findings.
 */
function dropSuperseded(doc: Document, findings: Finding[], offsets: Map<Finding, number>, messageIds: Map<Finding, string>, enabled: EnabledRule[]): Finding[] {
  const rules = enabled.filter((e) => e.rule.meta.supersedes?.length);
  if (!rules.length) return findings;
  const drop = new Set<Finding>();
  for (const { rule } of rules) {
    for (const sup of rule.meta.supersedes!) {
      const sentences = new Set<number>();
      for (const f of findings) {
        if (f.ruleId !== rule.meta.id) continue;
        if (sup.by && !sup.by.includes(messageIds.get(f) ?? '')) continue;
        const at = sentenceAt(doc, offsets.get(f) ?? -1);
        if (at >= 0) sentences.add(at);
      }
      if (!sentences.size) continue;
      for (const f of findings) {
        if (f.ruleId !== sup.rule || (sup.messageId !== undefined && messageIds.get(f) !== sup.messageId)) continue;
        if (sentences.has(sentenceAt(doc, offsets.get(f) ?? -1))) drop.add(f);
      }
    }
  }
  return drop.size ? findings.filter((f) => !drop.has(f)) : findings;
}

function clampSpan(doc: Document, span: Span): Span {
  const len = doc.text.length;
  const s = Math.max(0, Math.min(span.start.offset, len));
  const e = Math.max(s, Math.min(span.end.offset, len));
  if (s === span.start.offset && e === span.end.offset) return span;
  return { start: doc.pointAt(s), end: doc.pointAt(e) };
}
