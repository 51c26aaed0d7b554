/**
 * Features of the tagger: the word, its affixes and shape, its neighbours, the
 * tags already given to the words before it, and what the project's lexicon
 * data (Brill-NL word classes, the verb table) says of the word and its
 * neighbours, so that words the treebanks never saw are still tagged well.
 */
import { lexiconClassLetters, verbFlagLetters } from '../words.js';

export interface WordInfo {
  lower: string;
  shape: string;
  /** Brill-NL class letters, '-' when unknown. */
  cls: string;
  /** Verb-table flags, '-' when none. */
  vf: string;
  /** Which auxiliary family the form belongs to: h(ebben), z(ijn), w(orden), m(odal/zullen), or ''. */
  aux: string;
}

const AUX_FORMS: Record<string, string> = {};
for (const w of ['heb', 'hebt', 'heeft', 'hebben', 'had', 'hadden']) AUX_FORMS[w] = 'h';
for (const w of ['ben', 'bent', 'is', 'zijn', 'was', 'waren']) AUX_FORMS[w] = 'z';
for (const w of ['word', 'wordt', 'worden', 'werd', 'werden']) AUX_FORMS[w] = 'w';
for (const w of ['zal', 'zult', 'zullen', 'zou', 'zouden', 'kan', 'kun', 'kunt', 'kunnen', 'kon', 'konden', 'moet', 'moeten', 'moest', 'moesten', 'mag', 'mogen', 'mocht', 'mochten', 'wil', 'wilt', 'willen', 'wilde', 'wilden', 'wou', 'gaat', 'gaan', 'ging', 'gingen']) AUX_FORMS[w] = 'm';

function shapeOf(w: string): string {
  if (/^\d+$/.test(w)) return 'd';
  if (/\d/.test(w)) return 'dx';
  if (/^\p{Lu}+$/u.test(w) && w.length > 1) return 'U';
  if (/^\p{Lu}/u.test(w)) return 'C';
  if (/^\p{Ll}/u.test(w)) return w.includes('-') ? 'l-' : 'l';
  return 'p';
}

const infoCache = new Map<string, WordInfo>();

export function wordInfo(form: string): WordInfo {
  const hit = infoCache.get(form);
  if (hit) return hit;
  const info = computeWordInfo(form);
  if (infoCache.size >= 50000) infoCache.clear();
  infoCache.set(form, info);
  return info;
}

function computeWordInfo(form: string): WordInfo {
  const lower = form.toLowerCase();
  return {
    lower,
    shape: shapeOf(form),
    cls: lexiconClassLetters(lower) || lexiconClassLetters(form) || '-',
    vf: /^\p{L}/u.test(lower) ? verbFlagLetters(lower) || '-' : '-',
    aux: AUX_FORMS[lower] ?? '',
  };
}

const BOUNDARY = /^[,;:()"“”]$/;
const SUBORDINATOR = /^(dat|omdat|als|wanneer|nadat|terwijl|voordat|zodat|doordat|hoewel|indien|zodra|totdat|of|die|wat|waar|waarin|waarbij|toen|sinds|nu|zoals|welke|wie)$/;

/**
 * Features of word i. `tags` holds the labels already given to words 0..i-1.
 * `ctx` carries running facts about the sentence so far.
 */
export function tagFeatures(words: readonly WordInfo[], i: number, tags: readonly string[]): string[] {
  return [...staticFeatures(words[i]!), ...contextFeatures(words, i, tags)];
}

/** Features of the word alone (cacheable per word form). */
export function staticFeatures(w: WordInfo): string[] {
  const lw = w.lower;
  return [
    'b',
    `w=${lw}`,
    `s2=${lw.slice(-2)}`,
    `s3=${lw.slice(-3)}`,
    `s4=${lw.slice(-4)}`,
    `p3=${lw.slice(0, 3)}`,
    `sh=${w.shape}`,
    `cl=${w.cls}`,
    `vf=${w.vf}`,
    `cl+vf=${w.cls}|${w.vf}`,
  ];
}

/** Features of the word in its sentence: neighbours and the tags given so far. */
export function contextFeatures(words: readonly WordInfo[], i: number, tags: readonly string[]): string[] {
  const w = words[i]!;
  const p1 = words[i - 1];
  const n1 = words[i + 1];
  const t1 = i > 0 ? tags[i - 1]! : '<S>';
  const t2 = i > 1 ? tags[i - 2]! : '<S>';
  const lw = w.lower;
  // What lies between the last clause boundary and this word: a finite verb already? which auxiliary?
  let finBefore = false;
  let auxBefore = '';
  let subBefore = false;
  for (let k = i - 1; k >= 0; k--) {
    const x = words[k]!;
    if (tags[k]!.includes('|Fin')) {
      if (!auxBefore && !finBefore) auxBefore = x.aux || 'v';
      finBefore = true;
    }
    if (BOUNDARY.test(x.lower)) break;
    if (tags[k] === 'SCONJ' || (SUBORDINATOR.test(x.lower) && tags[k] === 'PRON')) {
      subBefore = true;
      break;
    }
  }
  const feats = [
    `first=${i === 0}|${w.shape}`,
    `t1=${t1}`,
    `t12=${t1}|${t2}`,
    `t1w=${t1}|${lw}`,
    `w-1=${p1?.lower ?? '<S>'}`,
    `w+1=${n1?.lower ?? '</S>'}`,
    `w-1w=${p1?.lower ?? '<S>'}|${lw}`,
    `ww+1=${lw}|${n1?.lower ?? '</S>'}`,
    `s3+1=${n1?.lower.slice(-3) ?? '</S>'}`,
    `cl-1=${p1?.cls ?? '<S>'}`,
    `cl+1=${n1?.cls ?? '</S>'}`,
    `vf+1=${n1?.vf ?? '</S>'}`,
    `t1cl+1=${t1}|${n1?.cls ?? '</S>'}`,
    `fin=${finBefore}|${w.vf}`,
    `aux=${auxBefore}|${w.vf}`,
    `sub=${subBefore}|${finBefore}|${w.vf}`,
    `end=${!n1 || BOUNDARY.test(n1.lower) || n1.lower === '.'}|${w.vf}`,
  ];
  if (w.vf !== '-') {
    feats.push(`fin+aux+s=${finBefore}|${auxBefore}|${subBefore}|${w.vf}|${lw.slice(-2)}`);
    if (lw.startsWith('ge') || /^\p{L}+ge\p{L}{3,}$/u.test(lw)) feats.push(`ge=${auxBefore}|${w.vf}`);
  }
  return feats;
}
