/**
 * sjabloon-restanten: leftovers of a template in the text and in frontmatter
 * values (seed 000: a filled-in template with "(naam gecertificeerde
 * instelling)" and "..%" left in). Each detector is a small named function over
 * the body text; masked ranges (code, comments, link targets) and quotations
 * are skipped where the issue says they must stay silent.
 */
import type { Document } from '../../src/document/types.js';
import type { Rule } from '../../src/engine/types.js';
import { escapeRegExp } from '../../src/util/regexp.js';
import { quotedRanges } from '../_gedeeld/context.js';
import meta from './meta.js';

export interface Leftover {
  start: number;
  end: number;
  messageId: 'sjabloonTekst' | 'legeHaakjes' | 'getalOntbreekt' | 'openHaakje' | 'losHaakje' | 'losSymbool';
  tekst: string;
}

/** What a detector may look at: the text, masked ranges and quoted ranges (offsets into text). */
export interface Scope {
  text: string;
  masked: (i: number) => boolean;
  quoted: (i: number) => boolean;
  /** Labels of reference-style link definitions ("[1]: https://…"). */
  refLabels: Set<string>;
}

const HTML_TAGS = new Set(['a', 'b', 'i', 'u', 's', 'em', 'strong', 'br', 'hr', 'p', 'div', 'span', 'sup', 'sub', 'small', 'mark', 'kbd', 'abbr', 'ins', 'del', 'img', 'details', 'summary', 'code', 'pre', 'table', 'tr', 'td', 'th', 'ul', 'ol', 'li', 'center', 'font']);

/** Words within brackets that stand for text still to be filled in: "[naam]", "[datum]", "[naam kind]"; not links, footnotes, citations, task boxes, numbers or elisions. */
export function squareBracketPlaceholders(s: Scope): Leftover[] {
  const out: Leftover[] = [];
  const re = /\[([^[\]\n]*)\]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s.text))) {
    const inner = m[1]!;
    const start = m.index;
    const end = start + m[0].length;
    if (s.masked(start) || s.quoted(start)) continue;
    const next = s.text[end];
    if (next === '(' || next === '[' || next === ':') continue; // link, reference link, definition
    if (s.text[start - 1] === '!' || s.text[start - 1] === ']') continue; // image, second half of a reference link
    if (/^\s*[@^]/.test(inner)) continue; // citation, footnote
    if (/^\s*\d+(?:\s*[,–-]\s*\d+)*\s*$/.test(inner)) continue; // numbered reference [1], [2-4]
    if (/^\s*(?:\.{3}|…|sic!?|\?|!)\s*$/i.test(inner)) continue; // elision or editorial mark
    if (s.refLabels.has(inner.trim().toLowerCase())) continue; // shortcut reference link
    const lineStart = s.text.lastIndexOf('\n', start - 1) + 1;
    if (/^\s*(?:[-*+]|\d+[.)])\s+$/.test(s.text.slice(lineStart, start)) && /^\s?[xX ]?\s?$/.test(inner)) continue; // task list box
    out.push({ start, end, messageId: inner.trim() === '' ? 'legeHaakjes' : 'sjabloonTekst', tekst: m[0] });
  }
  return out;
}

/** Empty round brackets "()" or "( )". */
export function emptyRoundBrackets(s: Scope): Leftover[] {
  const out: Leftover[] = [];
  const re = /\(\s*\)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s.text))) {
    if (s.masked(m.index)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, messageId: 'legeHaakjes', tekst: m[0] });
  }
  return out;
}

/** "<invullen>", "<naam kind>": angle brackets around words that are not an HTML tag, a comment or an autolink. */
export function angleBracketPlaceholders(s: Scope): Leftover[] {
  const out: Leftover[] = [];
  const re = /<([^<>\n]{1,60})>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s.text))) {
    const inner = m[1]!;
    if (s.masked(m.index) || s.quoted(m.index)) continue;
    if (/^\s|\s$/.test(inner) || !/\p{L}/u.test(inner)) continue; // "< 12 en >": comparisons
    if (/^!--|:\/\/|^mailto:|@/.test(inner)) continue;
    const tag = /^\/?([a-zA-Z][a-zA-Z0-9]*)(?:\s[^>]*)?\/?$/.exec(inner);
    if (tag && HTML_TAGS.has(tag[1]!.toLowerCase())) continue;
    out.push({ start: m.index, end: m.index + m[0].length, messageId: 'sjabloonTekst', tekst: m[0] });
  }
  return out;
}

/** "(naam gecertificeerde instelling)", "(datum)", "(in te vullen)": a bracket that names what should be there. */
export function namedGapInBrackets(s: Scope): Leftover[] {
  const out: Leftover[] = [];
  const re = /\((?:naam|datum|plaats|adres|geboortedatum|aantal|percentage|organisatie|instelling|in te vullen|invullen)\b([^()]{0,80})\)/giu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s.text))) {
    if (s.masked(m.index) || s.quoted(m.index)) continue;
    // "(naam bij de redactie bekend)", "(datum onbekend)", "(naam gewijzigd)": a real remark, not a gap
    if (/\b(?:onbekend|bekend|gewijzigd|veranderd|anoniem|weggelaten|niet|van|:)\b|[:\d]/iu.test(m[1]!)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, messageId: 'sjabloonTekst', tekst: m[0].replace(/\s+/g, ' ') });
  }
  return out;
}

const COUNT_NOUNS = 'keer|gevallen|dossiers|klachten|procent|kinderen|jongeren|ouders|gezinnen|euro|weken|maanden|dagen|uur|van de|van het';

/** Dots standing for a number: " ..%", "in .. gevallen", "In ... van de gevallen", "€ ...". An ellipsis in running text or a quotation stays silent. */
export function dotsForNumber(s: Scope): Leftover[] {
  const out: Leftover[] = [];
  const two = /(?<![.\p{L}\d])\.\.(?!\.)/gu;
  const three = new RegExp(`(?<![.\\p{L}\\d])(?:\\.\\.\\.|…)(?=\\s*%|\\s+(?:${COUNT_NOUNS})\\b)|(?<=€\\s?)(?:\\.\\.\\.|…)`, 'giu');
  for (const re of [two, three]) {
    let m: RegExpExecArray | null;
    while ((m = re.exec(s.text))) {
      if (s.masked(m.index) || s.quoted(m.index)) continue;
      const pct = s.text[m.index + m[0].length] === '%';
      out.push({ start: m.index, end: m.index + m[0].length + (pct ? 1 : 0), messageId: 'getalOntbreekt', tekst: m[0] + (pct ? '%' : '') });
    }
  }
  return out;
}

/** "XX", "xx-xx-2025": letters X standing for a number or name. */
export function xxPlaceholders(s: Scope): Leftover[] {
  const out: Leftover[] = [];
  const re = /(?<![\p{L}\d])(?:XX+|xx+)(?![\p{L}\d])/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s.text))) {
    if (s.masked(m.index)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, messageId: 'getalOntbreekt', tekst: m[0] });
  }
  return out;
}

/** "p.m.", "nader in te vullen", "nog invullen", "invullen" on its own, "TODO", "TBD" and words from the options. */
export function fillInWords(s: Scope, extra: readonly string[] = []): Leftover[] {
  const out: Leftover[] = [];
  const parts = [
    '(?<![\\p{L}.])p\\.\\s?m\\.(?![\\p{L}])',
    '\\b(?:nader|nog|later|zelf)\\s+in\\s+te\\s+vullen\\b',
    '\\bnog\\s+invullen\\b',
    '\\b(?:TODO|TBD|FIXME)\\b',
    '\\btodo:',
    ...extra.map((w) => `(?<![\\p{L}])${escapeRegExp(w)}(?![\\p{L}])`),
  ];
  const re = new RegExp(parts.join('|'), 'gmu');
  const reI = new RegExp(parts.filter((p) => !p.includes('TODO')).join('|'), 'gimu');
  const seen = new Set<number>();
  for (const r of [re, reI]) {
    let m: RegExpExecArray | null;
    while ((m = r.exec(s.text))) {
      if (s.masked(m.index) || seen.has(m.index)) continue;
      seen.add(m.index);
      out.push({ start: m.index, end: m.index + m[0].length, messageId: 'sjabloonTekst', tekst: m[0] });
    }
  }
  // "invullen" on its own: alone on the line, after a list bullet, a colon or an opening bracket, and nothing after it.
  const alone = /invullen(?=[ \t]*[)\]>*_.]?[ \t]*$)/gimu;
  let m: RegExpExecArray | null;
  while ((m = alone.exec(s.text))) {
    if (s.masked(m.index) || seen.has(m.index)) continue;
    const lineStart = s.text.lastIndexOf('\n', m.index - 1) + 1;
    const before = s.text.slice(lineStart, m.index);
    if (!/^[ \t]*(?:[-*+][ \t]+)?$|[:([<*_][ \t]{0,2}$/.test(before)) continue;
    if (/\b(?:nog|nader)\s+$/iu.test(before)) continue; // already found as "nog invullen"
    seen.add(m.index);
    out.push({ start: m.index, end: m.index + m[0].length, messageId: 'sjabloonTekst', tekst: m[0] });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Round and square brackets that are opened and never closed, or closed and never opened, within a paragraph. Enumerations ("a)", "1)") and smileys stay silent. */
export function unbalancedBrackets(s: Scope): Leftover[] {
  const out: Leftover[] = [];
  const para = /(?:[^\n]+(?:\n|$))+/g;
  let p: RegExpExecArray | null;
  while ((p = para.exec(s.text))) {
    const stack: number[] = [];
    let strayReported = false;
    for (let i = p.index; i < p.index + p[0].length; i++) {
      const c = s.text[i]!;
      if (c !== '(' && c !== ')' && c !== '[' && c !== ']') continue;
      if (s.masked(i)) continue;
      if (c === '(' || c === '[') {
        stack.push(i);
        continue;
      }
      const want = c === ')' ? '(' : '[';
      const top = stack.length ? stack[stack.length - 1]! : -1;
      if (top >= 0 && s.text[top] === want) {
        stack.pop();
        continue;
      }
      const before = s.text.slice(Math.max(p.index, i - 6), i);
      if (c === ')' && (/(?:^|[\s(])(?:\d{1,2}|[a-zA-Z]|[ivx]{1,4})$/.test(before) || /[:;]-?$/.test(before))) continue;
      if (top >= 0) continue; // crossed brackets "( [ )": let the opener report it
      if (!strayReported) out.push({ start: i, end: i + 1, messageId: 'losHaakje', tekst: c });
      strayReported = true;
    }
    // One finding per paragraph is enough to send the writer there: the first opener left open.
    if (stack.length) out.push({ start: stack[0]!, end: stack[0]! + 1, messageId: 'openHaakje', tekst: s.text[stack[0]!]! });
  }
  return out;
}

/** A line that holds only one symbol ("-", "*", "?", "#", "…") or a run of question marks or dots. */
export function loneSymbolLines(s: Scope): Leftover[] {
  const out: Leftover[] = [];
  const re = /^([ \t>]*)([?!*#+•·@$%&=~^_\\/<>…–—-]|\?{2,}|\.{2,})[ \t]*$/gmu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s.text))) {
    const start = m.index + m[1]!.length;
    if (s.masked(start)) continue;
    out.push({ start, end: start + m[2]!.length, messageId: 'losSymbool', tekst: m[2]! });
  }
  return out;
}

/** Ranges that are not prose: fenced code, inline code, HTML comments, link targets, autolinks, table separator rows. */
export function maskedRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  const add = (re: RegExp, group = 0) => {
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const off = group ? m.index + m[0].indexOf(m[group]!) : m.index;
      out.push([off, off + (group ? m[group]!.length : m[0].length)]);
    }
  };
  add(/^(```|~~~)[^\n]*\n[\s\S]*?(?:^\1[^\n]*$|(?![\s\S]))/gm);
  add(/`[^`\n]+`/g);
  add(/<!--[\s\S]*?-->/g);
  add(/\](\((?:<[^>\n]*>|[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:\s+"[^"\n]*")?\))/g, 1);
  add(/<(?:https?|mailto|ftp):[^>\s]+>/g);
  add(/https?:\/\/[^\s)>\]]+/g);
  // Table separator rows and horizontal rules, line by line (a regex with overlapping
  // whitespace classes over many indented lines is quadratic).
  let offset = 0;
  for (const line of text.split('\n')) {
    const t = line.trim();
    if ((t.includes('---') && /^[|:\s-]+$/.test(t)) || /^(?:\*[ \t]*){3,}$|^(?:_[ \t]*){3,}$/.test(t)) out.push([offset, offset + line.length]);
    offset += line.length + 1;
  }
  return out;
}

/** A membership test for a set of ranges: merged, then binary search (O(log n) per question). */
function lookup(ranges: [number, number][]): (i: number) => boolean {
  const merged: [number, number][] = [];
  for (const [a, b] of [...ranges].sort((x, y) => x[0] - y[0])) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return (i) => {
    let lo = 0;
    let hi = merged.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [a, b] = merged[mid]!;
      if (i < a) hi = mid - 1;
      else if (i >= b) lo = mid + 1;
      else return true;
    }
    return false;
  };
}

/** Quotations: blockquote lines and text between quotation marks within a paragraph. */
export function quotationRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  let m: RegExpExecArray | null;
  const bq = /^[ \t]*>[^\n]*/gm;
  while ((m = bq.exec(text))) out.push([m.index, m.index + m[0].length]);
  const para = /(?:[^\n]+(?:\n|$))+/g;
  while ((m = para.exec(text))) for (const [a, b] of quotedRanges(m[0])) out.push([m.index + a, m.index + b]);
  return out;
}

/** Run every body detector on a text; overlapping findings are kept once (the first detector wins). */
export function detectLeftovers(text: string, extraWords: readonly string[] = []): Leftover[] {
  const masked = lookup(maskedRanges(text));
  const quoted = lookup(quotationRanges(text));
  const refLabels = new Set([...text.matchAll(/^ {0,3}\[([^\]\n]+)\]:\s/gm)].map((m) => m[1]!.trim().toLowerCase()));
  const scope: Scope = { text, masked, quoted, refLabels };
  const all = [
    ...squareBracketPlaceholders(scope),
    ...emptyRoundBrackets(scope),
    ...angleBracketPlaceholders(scope),
    ...namedGapInBrackets(scope),
    ...dotsForNumber(scope),
    ...xxPlaceholders(scope),
    ...fillInWords(scope, extraWords),
    ...loneSymbolLines(scope),
    ...unbalancedBrackets(scope),
  ];
  // Overlapping findings are kept once: the first detector wins (stable sort keeps detector order per start).
  const order = all.map((l, k) => ({ l, k })).sort((a, b) => a.l.start - b.l.start || a.k - b.k);
  const kept: { l: Leftover; k: number }[] = [];
  let reach = -1;
  let last: { l: Leftover; k: number } | undefined;
  for (const x of order) {
    if (x.l.start < reach) {
      // Overlaps the previous kept finding: replace it only if this detector came first.
      if (last && x.k < last.k && x.l.start === last.l.start) {
        kept[kept.length - 1] = x;
        last = x;
        reach = x.l.end;
      }
      continue;
    }
    kept.push(x);
    last = x;
    reach = x.l.end;
  }
  return kept.map((x) => x.l);
}

/** Frontmatter keys whose value is a YAML list (a "[…]" there is YAML, not a placeholder). */
const LIST_KEYS = new Set(['kinderen', 'betrokkenen', 'bronnen', 'maatregelen', 'besproken', 'correcties', 'tags']);

/** Template leftovers in the values of the frontmatter: "titel: Gezinsplan [naam]", "datum: XX-XX-2025", "auteur: <invullen>". */
export function frontmatterLeftovers(doc: Document, extraWords: readonly string[] = []): (Leftover & { veld: string })[] {
  const fm = doc.frontmatter;
  // Frontmatter that is not valid YAML is the frontmatter rule's finding (one cue, one finding):
  // an unclosed "[" there is a syntax error, not a template leftover.
  if (!fm || fm.data === null || fm.problems.some((p) => p.code === 'yaml-syntax' || p.code === 'unclosed')) return [];
  const out: (Leftover & { veld: string })[] = [];
  const from = fm.span.start.offset;
  const block = doc.text.slice(from, fm.span.end.offset);
  const re = /^([ \t]*(?:-[ \t]+)?)([\p{L}\d_-]+):[ \t]+([^\n#]*?)[ \t]*(?:#[^\n]*)?$/gmu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(block))) {
    const key = m[2]!;
    let value = m[3]!;
    if (!value) continue;
    let valueStart = from + m.index + m[0].indexOf(value, m[1]!.length + key.length + 1);
    if (/^(["']).*\1$/.test(value)) {
      value = value.slice(1, -1);
      valueStart += 1;
    }
    if (LIST_KEYS.has(key) && /^\[.*\]$/.test(value)) continue;
    const found = detectLeftovers(value, extraWords).filter((l) => l.messageId !== 'losSymbool' || value.trim().length === 1);
    // A whole value that is a placeholder word ("invullen", "onbekend" is a real value).
    for (const l of found) out.push({ ...l, start: valueStart + l.start, end: valueStart + l.end, veld: key });
  }
  return out;
}

const rule: Rule = {
  meta,
  check(doc, ctx) {
    const extra = (ctx.options['extra-woorden'] as string[] | undefined) ?? [];
    const bodyStart = doc.frontmatter?.span.end.offset ?? 0;
    const body = doc.text.slice(bodyStart);
    for (const l of detectLeftovers(body, extra)) {
      ctx.report({
        span: { start: doc.pointAt(bodyStart + l.start), end: doc.pointAt(bodyStart + l.end) },
        messageId: l.messageId,
        data: { tekst: l.tekst },
      });
    }
    if (ctx.options.kopje !== false) {
      for (const l of frontmatterLeftovers(doc, extra)) {
        ctx.report({ span: { start: doc.pointAt(l.start), end: doc.pointAt(l.end) }, messageId: 'kopjeSjabloon', data: { veld: l.veld, tekst: l.tekst } });
      }
    }
  },
};

export default rule;
