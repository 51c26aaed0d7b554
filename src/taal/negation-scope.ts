/**
 * Negation as seen from one word: does a negation govern it? Built on the
 * negations the analysis finds (negation.ts) plus the close-range check that
 * denies a predicate ("is niet onveilig", "geen zorgelijke situatie").
 */
import type { SentenceAnalysis } from './types.js';

/** "niet", "geen" or "nooit" right before word i (one degree word between at most: "niet meer", "niet zo"). */
export function negatedBefore(words: readonly string[], i: number): boolean {
  return /^(niet|geen|nooit)$/.test(words[i - 1] ?? '') || (/^(niet|geen)$/.test(words[i - 2] ?? '') && /^(meer|zo|echt|per se|erg|heel)$/.test(words[i - 1] ?? ''));
}

/** A negation cue before token i whose scope holds token i ("Vader is op geen enkel moment agressief geweest"). */
export function inNegationScope(a: Pick<SentenceAnalysis, 'negations' | 'tokens'>, i: number): boolean {
  const t = a.tokens[i];
  if (!t) return false;
  return a.negations.some((n) => n.cueEnd <= t.start && t.start >= n.scopeStart && t.end <= n.scopeEnd);
}

/** The index of the first negation word among the next `within` words after i, or -1. */
export function negationAfter(words: readonly string[], i: number, within: number): number {
  for (let k = i + 1; k <= i + within && k < words.length; k++) if (/^(niet|geen|onvoldoende|nauwelijks)$/.test(words[k]!)) return k;
  return -1;
}
