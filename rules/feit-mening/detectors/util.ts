/** Small helpers shared by detectors (word shapes only; language logic lives in src/taal). */
import type { Token } from '../../../src/taal/index.js';
import type { DetectorInput, Hit } from './types.js';

export const COPULA = /^(is|zijn|was|waren|blijft|blijven|bleef|bleven)$/;
/** Words that may stand between the copula and the adjectives: "is echt een heel lieve moeder". */
export const FILLERS = /^(een|echt|heel|erg|zeer|best|wel|nogal|vrij|ook|altijd|nog|steeds|een|,|en|maar|toch|ontzettend|enorm|bijzonder)$/;
/** Degree words before a predicate. */
export const DEGREE = /^(erg|heel|zeer|best|wel|nogal|vrij|ook|altijd|nog|steeds|echt|ontzettend|enorm|bijzonder|soms|vaak|weinig|niet|te|onvoldoende|voldoende|bijzonder|uiterst|zeer|behoorlijk|redelijk|tamelijk|sterk|duidelijk)$/;
export const PERSONAL_PRONOUN = /^(hij|zij|ze|hem|haar|hen|hun)$/;

/** The last word token of a clause range, skipping punctuation. */
export function lastWord(t: Token[], from: number, to: number): number {
  let k = to;
  while (k > from && t[k]!.kind === 'punct') k--;
  return k;
}

/** Index of the first token j in [from, to] whose lower text matches re, or -1. */
export function findAhead(t: Token[], from: number, to: number, re: RegExp): number {
  for (let j = from; j <= to && j < t.length; j++) if (re.test(t[j]!.lower)) return j;
  return -1;
}

/** Run a check at every word token of the sentence; the hits it returns. */
export function each(input: DetectorInput, at: (i: number) => Hit | undefined): Hit[] {
  const out: Hit[] = [];
  for (let i = 0; i < input.a.tokens.length; i++) {
    // A cue starts at a word (a lexicon entry from config may be a punctuation mark).
    if (input.a.tokens[i]!.kind !== 'word') continue;
    const h = at(i);
    if (h) out.push(h);
  }
  return out;
}
