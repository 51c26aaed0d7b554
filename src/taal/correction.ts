/**
 * Corrections (frontmatter `correcties[].onjuist`): does a sentence still say
 * the wrong thing? A fuzzy match on content words (word forms compared by
 * their first letters, so "huisverbod"/"huisverboden" and "had"/"gehad" are
 * close enough), then a check whether the sentence names it as corrected
 * ("… bleek onjuist", "ten onrechte", a negation the wrong text does not have).
 */
import { normalize, PhraseSet } from './lexicon.js';
import { loadLexiconItems } from './measure.js';

const STOP = new Set([
  'de', 'het', 'een', 'en', 'of', 'in', 'op', 'van', 'voor', 'met', 'aan', 'bij', 'door', 'naar', 'om', 'uit', 'tot', 'dat', 'die', 'dit', 'deze',
  'is', 'was', 'zijn', 'waren', 'heeft', 'hebben', 'had', 'hadden', 'wordt', 'werd', 'worden', 'zal', 'zou', 'ook', 'nog', 'wel', 'er', 'hij', 'zij', 'ze',
  'haar', 'hem', 'hun', 'zich', 'als', 'dan', 'te', 'toen', 'omdat', 'maar', 'want', 'al', 'meer',
]);
const NEGATIONS = new Set(['niet', 'geen', 'nooit', 'niets', 'niemand', 'nergens']);

function tokens(text: string): string[] {
  return normalize(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Content words of a text: no function words, no negations. */
export function contentWords(text: string): string[] {
  return [...new Set(tokens(text).filter((w) => !STOP.has(w) && !NEGATIONS.has(w) && (w.length >= 3 || /\d/.test(w))))];
}

function close(a: string, b: string): boolean {
  if (a === b) return true;
  if (/\d/.test(a) || /\d/.test(b)) return false;
  const stemA = a.replace(/^ge/, '');
  const stemB = b.replace(/^ge/, '');
  const n = Math.min(5, stemA.length, stemB.length);
  return n >= 3 && stemA.slice(0, n) === stemB.slice(0, n) && Math.abs(stemA.length - stemB.length) <= 3;
}

export interface CorrectionMatch {
  /** Share of the wrong text's content words found in the sentence (0–1). */
  score: number;
  /** The sentence names the text as wrong or corrected, or denies it. */
  asCorrected: boolean;
}

let markers: PhraseSet | undefined;

/**
 * How a sentence relates to a corrected statement: undefined when it does not
 * repeat it (fewer than `threshold` of its content words, at least two).
 */
export function correctionMatches(onjuist: string, sentence: string, threshold = 0.75): CorrectionMatch | undefined {
  const want = contentWords(onjuist);
  if (want.length < 2) return undefined;
  const have = tokens(sentence);
  const found = want.filter((w) => have.some((h) => close(w, h))).length;
  const score = found / want.length;
  if (score < threshold) return undefined;
  markers ??= new PhraseSet(loadLexiconItems('correctiewoorden').map((i) => i.woord));
  let asCorrected = false;
  for (let i = 0; i < have.length && !asCorrected; i++) if (markers.matchAt(have, i)) asCorrected = true;
  const negOld = tokens(onjuist).some((w) => NEGATIONS.has(w));
  const negNew = have.some((w) => NEGATIONS.has(w));
  if (negOld !== negNew) asCorrected = true;
  return { score, asCorrected };
}

/** Indexes of the texts that still state `onjuist` as true (a fuzzy match not named as corrected). */
export function statedAsTrue(onjuist: string, texts: readonly string[], threshold = 0.75): number[] {
  const out: number[] = [];
  texts.forEach((t, i) => {
    const m = correctionMatches(onjuist, t, threshold);
    if (m && !m.asCorrected) out.push(i);
  });
  return out;
}
