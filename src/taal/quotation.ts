import type { SentenceAnalysis } from './types.js';
/**
 * Quotation: which parts of a sentence are someone's literal words. A quote
 * is a fact about what was said, not the writer's statement.
 */

/** Ranges [start, end) of text between quotation marks in a sentence (also when a quote runs on from the previous sentence). */
export function quotedRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /["“„]([^"”]{1,2000})["”]|'([^'\n]{3,400})'(?![a-z])|‘([^’]{1,2000})’/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push([m.index, m.index + m[0].length]);
  // An opening quote without a closing one: the rest is quoted; a closing quote without an opening one: all before it.
  const opens = (text.match(/["“„]/g) ?? []).length;
  if (opens % 2 === 1) {
    const lastOpen = Math.max(text.lastIndexOf('"'), text.lastIndexOf('“'), text.lastIndexOf('”'));
    const firstQuote = text.search(/["“”„]/);
    const covered = out.some(([a, b]) => firstQuote >= a && firstQuote < b);
    if (!covered && firstQuote >= 0) {
      // Decide by position: a quote mark near the end closes a quotation that began earlier.
      if (firstQuote > text.length / 2 || /["”]\s*[.!?]?\s*$/.test(text)) out.push([0, firstQuote + 1]);
      else out.push([lastOpen, text.length]);
    }
  }
  return out;
}

/** [start, end) lies inside one of the ranges. */
export function inRanges(ranges: readonly [number, number][], start: number, end: number): boolean {
  return ranges.some(([a, b]) => start >= a && end <= b);
}

/** The whole text is one quotation ('"Ik ga niet." ', "‘Nee.’"). */
export function isQuotedText(text: string): boolean {
  const t = text.trim();
  return /^["“„'‘]/.test(t) && /["”'’][.!?]?$|[.!?]["”'’]$/.test(t);
}

/**
 * Whether a span of a sentence is someone else's account: inside what a named informant says
 * ("Moeder zegt dat …", not the writer) or inside a quote. A rule that judges the writer's own
 * wording stays silent there.
 */
export function othersWords(a: SentenceAnalysis): (start: number, end: number) => boolean {
  const reported = a.attributions.filter((x) => !x.byWriter);
  const quotes = quotedRanges(a.text);
  return (start, end) =>
    reported.some((x) => start >= x.scopeStart && end <= x.scopeEnd) || quotes.some(([q0, q1]) => start >= q0 && end <= q1);
}
