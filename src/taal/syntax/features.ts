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
  /** A clause boundary mark (comma, semicolon, colon, bracket, quote). */
  boundary: boolean;
  /** A word that can open a subordinate clause (dat, omdat, die, …). */
  subordinator: boolean;
  /** Hashes of the parts the features combine (see hashString). */
  h: { lower: number; s2: number; s3: number; shape: number; cls: number; vf: number; aux: number; ge: boolean; end: boolean };
  /** The word's own features (hashed), computed once per word form. */
  own: number[];
}

/**
 * Feature hashing: a feature is a 30-bit integer mixed from a template number
 * and the hashes of its parts, so tagging builds no strings. Training and
 * tagging use the same functions; the model stores weights per integer.
 */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function mix(h: number, x: number): number {
  h = Math.imul(h ^ x, 0x9e3779b1);
  return (h ^ (h >>> 15)) >>> 0;
}

/** A feature from a template number and up to four part hashes; 30 bits (small integers in V8). */
export function feature(template: number, a = 0, b = 0, c = 0, d = 0): number {
  return (mix(mix(mix(mix(mix(0x2545f491, template), a), b), c), d) & 0x3fffffff) >>> 0;
}

const tagHashes = new Map<string, number>();
/** Hash of a tag label (few distinct labels: cached). */
export function tagHash(tag: string): number {
  let h = tagHashes.get(tag);
  if (h === undefined) tagHashes.set(tag, (h = hashString(tag)));
  return h;
}

/** How far back the clause features look. */
const LOOKBACK = 50;

const TRUE = 1;
const FALSE = 2;
const START = hashString('<S>');
const END = hashString('</S>');

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
  const shape = shapeOf(form);
  const cls = lexiconClassLetters(lower) || lexiconClassLetters(form) || '-';
  const vf = /^\p{L}/u.test(lower) ? verbFlagLetters(lower) || '-' : '-';
  const aux = AUX_FORMS[lower] ?? '';
  const h = {
    lower: hashString(lower),
    s2: hashString(lower.slice(-2)),
    s3: hashString(lower.slice(-3)),
    shape: hashString(shape),
    cls: hashString(cls),
    vf: hashString(vf),
    aux: hashString(aux || 'v'),
    ge: lower.startsWith('ge') || /^\p{L}+ge\p{L}{3,}$/u.test(lower),
    end: BOUNDARY.test(lower) || lower === '.',
  };
  const own = [
    feature(1),
    feature(2, h.lower),
    feature(3, h.s2),
    feature(4, h.s3),
    feature(5, hashString(lower.slice(-4))),
    feature(6, hashString(lower.slice(0, 3))),
    feature(7, h.shape),
    feature(8, h.cls),
    feature(9, h.vf),
    feature(10, h.cls, h.vf),
    feature(11, hashString(lower.slice(-1))),
    feature(12, h.shape, h.vf),
  ];
  return { lower, shape, cls, vf, aux, boundary: BOUNDARY.test(lower), subordinator: SUBORDINATOR.test(lower), h, own };
}

const BOUNDARY = /^[,;:()"“”]$/;
const SUBORDINATOR = /^(dat|omdat|als|wanneer|nadat|terwijl|voordat|zodat|doordat|hoewel|indien|zodra|totdat|of|die|wat|waar|waarin|waarbij|toen|sinds|nu|zoals|welke|wie)$/;

/** Features of word i (hashed). `tags` holds the labels already given to words 0..i-1. */
export function tagFeatures(words: readonly WordInfo[], i: number, tags: readonly string[]): number[] {
  return [...words[i]!.own, ...contextFeatures(words, i, tags)];
}

/** Features of the word in its sentence: neighbours and the tags given so far. */
export function contextFeatures(words: readonly WordInfo[], i: number, tags: readonly string[]): number[] {
  const w = words[i]!.h;
  const p1 = words[i - 1]?.h;
  const n1 = words[i + 1]?.h;
  const t1 = i > 0 ? tagHash(tags[i - 1]!) : START;
  const t2 = i > 1 ? tagHash(tags[i - 2]!) : START;
  // What lies between the last clause boundary and this word: a finite verb already? which auxiliary?
  let finBefore = false;
  let auxBefore = 0;
  let subBefore = false;
  // Look back at most LOOKBACK words, so that a sentence without punctuation costs linear time.
  for (let k = i - 1; k >= 0 && k >= i - LOOKBACK; k--) {
    const x = words[k]!;
    const tk = tags[k]!;
    if (tk.length > 5 && tk.includes('|Fin')) {
      if (!finBefore) auxBefore = x.h.aux;
      finBefore = true;
    }
    if (x.boundary) break;
    if (tk === 'SCONJ' || (x.subordinator && tk === 'PRON')) {
      subBefore = true;
      break;
    }
  }
  const fin = finBefore ? TRUE : FALSE;
  const sub = subBefore ? TRUE : FALSE;
  const feats = [
    feature(20, i === 0 ? TRUE : FALSE, w.shape),
    feature(21, t1),
    feature(22, t1, t2),
    feature(23, t1, w.lower),
    feature(24, p1?.lower ?? START),
    feature(25, n1?.lower ?? END),
    feature(26, p1?.lower ?? START, w.lower),
    feature(27, w.lower, n1?.lower ?? END),
    feature(28, n1?.s3 ?? END),
    feature(29, p1?.cls ?? START),
    feature(30, n1?.cls ?? END),
    feature(31, n1?.vf ?? END),
    feature(32, t1, n1?.cls ?? END),
    feature(33, fin, w.vf),
    feature(34, auxBefore, w.vf),
    feature(35, sub, fin, w.vf),
    feature(36, !n1 || n1.end ? TRUE : FALSE, w.vf),
    feature(40, words[i + 2]?.h.lower ?? END),
    feature(41, words[i - 2]?.h.lower ?? START),
    feature(42, t1, w.vf),
    feature(43, t1, t2, w.vf),
    feature(44, p1?.lower ?? START, w.vf),
    feature(45, fin, sub, w.cls, w.vf),
    feature(46, !n1 || n1.end ? TRUE : FALSE, sub, fin, w.vf),
    feature(47, n1?.cls ?? END, words[i + 2]?.h.cls ?? END),
  ];
  if (words[i]!.vf !== '-') {
    feats.push(feature(37, fin, auxBefore, sub, mix(w.vf, w.s2)));
    if (w.ge) feats.push(feature(38, auxBefore, w.vf));
  }
  return feats;
}
