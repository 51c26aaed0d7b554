/**
 * The subject of a finite verb: a linear ranker (averaged perceptron) over the
 * nominal words of the sentence, with features of word order (before or
 * after the verb, distance, clause boundaries, finite verbs and
 * subordinators in between), the candidate's tag and neighbours (a noun
 * after a preposition is rarely a subject) and number agreement.
 */
import type { WordInfo } from './features.js';

const NOMINAL = new Set(['NOUN', 'PRON', 'PROPN', 'NUM', 'ADJ', 'X', 'SYM', 'DET']);
const BOUNDARY = /^[,;:()"“”–—-]$/;

function base(tag: string): string {
  const i = tag.indexOf('|');
  return i < 0 ? tag : tag.slice(0, i);
}

/** Candidates lie at most this many words from the verb (bounds the work on very long sentences). */
const WINDOW = 40;

/** Candidate subject heads for the finite verb at v: the nominal words near it in the sentence. */
export function subjectCandidates(words: readonly WordInfo[], tags: readonly string[], v: number): number[] {
  const out: number[] = [];
  const to = Math.min(words.length - 1, v + WINDOW);
  for (let i = Math.max(0, v - WINDOW); i <= to; i++) if (i !== v && NOMINAL.has(tags[i]!)) out.push(i);
  return out;
}

function bucket(d: number): string {
  return d <= 3 ? String(d) : d <= 5 ? '4-5' : d <= 8 ? '6-8' : d <= 12 ? '9-12' : '13+';
}

function pluralVerb(w: WordInfo): string {
  if (w.aux === 'z' || w.aux === 'h' || w.aux === 'w') return /^(zijn|waren|hebben|hadden|worden|werden)$/.test(w.lower) ? 'pl' : 'sg';
  return /en$/.test(w.lower) ? 'pl' : 'sg';
}

function pluralNoun(w: WordInfo, tag: string): string {
  if (tag === 'PRON') return w.lower;
  if (tag === 'NOUN') return /(en|s|'s)$/.test(w.lower) ? 'pl?' : 'sg?';
  return tag;
}

export function subjectFeatures(words: readonly WordInfo[], tags: readonly string[], v: number, c: number): string[] {
  const cw = words[c]!;
  const vw = words[v]!;
  const ct = tags[c]!;
  const vt = tags[v]!;
  const dir = c < v ? 'L' : 'R';
  const lo = Math.min(c, v);
  const hi = Math.max(c, v);
  let fins = 0;
  let bounds = 0;
  let subs = 0;
  let nominals = 0;
  let adps = 0;
  let conj = 0;
  for (let k = lo + 1; k < hi; k++) {
    const t = tags[k]!;
    if (t.includes('|Fin')) fins++;
    if (BOUNDARY.test(words[k]!.lower)) bounds++;
    if (t === 'SCONJ') subs++;
    if (t === 'CCONJ') conj++;
    if (t === 'ADP') adps++;
    if (t === 'NOUN' || t === 'PROPN' || t === 'PRON') nominals++;
  }
  const prevT = c > 0 ? base(tags[c - 1]!) : '<S>';
  const nextT = c + 1 < tags.length ? base(tags[c + 1]!) : '</S>';
  const prevW = c > 0 ? words[c - 1]!.lower : '<S>';
  // The verb stands at the end of its clause (subordinate order) when a boundary or the end follows.
  const vNext = words[v + 1];
  const vFinal = !vNext || BOUNDARY.test(vNext.lower) || vNext.lower === '.' || tags[v + 1] === 'PUNCT';
  // Clause start before the verb: sentence start, boundary, subordinator.
  let clauseStart = 0;
  for (let k = v - 1; k >= 0 && k >= v - WINDOW; k--) {
    if (BOUNDARY.test(words[k]!.lower) || tags[k] === 'SCONJ') {
      clauseStart = k + 1;
      break;
    }
  }
  const firstInClause = c === clauseStart || (c === clauseStart + 1 && (prevT === 'DET' || prevT === 'ADJ'));
  const d = bucket(hi - lo);
  const agr = `${pluralVerb(vw)}|${pluralNoun(cw, ct)}`;
  const cwLex = ct === 'PRON' || ct === 'DET' ? cw.lower : ct;
  const verbLex = vw.aux || 'v';
  const sconjBeforeVerb = clauseStart > 0 && tags[clauseStart - 1] === 'SCONJ';
  const feats = [
    'b',
    `dir=${dir}`,
    `dd=${dir}|${d}`,
    `ct=${ct}`,
    `ctd=${ct}|${dir}|${d}`,
    `cw=${cwLex}|${dir}`,
    `cwd=${cwLex}|${dir}|${d}`,
    `vt=${vt}|${dir}`,
    `vaux=${verbLex}|${dir}|${ct}`,
    `prev=${prevT}|${dir}`,
    `prevw=${prevT === 'ADP' ? prevW : '-'}|${dir}`,
    `next=${nextT}|${ct}`,
    `pn=${prevT}|${ct}|${nextT}`,
    `fins=${Math.min(fins, 2)}|${dir}`,
    `bounds=${Math.min(bounds, 2)}|${dir}`,
    `subs=${Math.min(subs, 2)}|${dir}`,
    `conj=${Math.min(conj, 2)}|${dir}`,
    `adps=${Math.min(adps, 2)}|${dir}`,
    `noms=${Math.min(nominals, 3)}|${dir}`,
    `noms-fins=${Math.min(nominals, 3)}|${Math.min(fins, 2)}|${dir}`,
    `vfinal=${vFinal}|${dir}|${Math.min(nominals, 3)}`,
    `first=${firstInClause}|${dir}`,
    `firstV=${firstInClause}|${dir}|${v - clauseStart}`,
    `sconj=${sconjBeforeVerb}|${dir}|${Math.min(nominals, 3)}`,
    `agr=${agr}|${dir}`,
    `shape=${cw.shape}|${ct}`,
  ];
  // The noun phrase the candidate heads: walk left over determiners, adjectives, numbers and adverbs.
  let np = c;
  while (np > 0 && np > c - 8 && /^(DET|ADJ|NUM|ADV)$/.test(base(tags[np - 1]!))) np--;
  const npPrevT = np > 0 ? base(tags[np - 1]!) : '<S>';
  const npPrevW = np > 0 ? words[np - 1]!.lower : '<S>';
  feats.push(`npprev=${npPrevT}|${dir}`, `npprevw=${npPrevT === 'ADP' || npPrevT === 'CCONJ' || npPrevT === 'SCONJ' ? npPrevW : npPrevT}|${dir}`);
  feats.push(`npprev+next=${npPrevT}|${nextT}|${ct}`);
  // Nearest nominal on its side of the verb, not inside a prepositional phrase.
  let nearest = true;
  for (let k = lo + 1; k < hi; k++) {
    const t = tags[k]!;
    if ((t === 'NOUN' || t === 'PROPN' || t === 'PRON') && !(k > 0 && base(tags[k - 1]!) === 'ADP')) nearest = false;
  }
  feats.push(`nearest=${nearest}|${dir}|${npPrevT === 'ADP'}`, `nearest+fin=${nearest}|${dir}|${Math.min(fins, 1)}|${Math.min(bounds + subs, 1)}`);
  feats.push(`vfirst=${v === clauseStart}|${dir}|${nearest}`);
  if (ct === 'PRON') feats.push(`pronnext=${cw.lower}|${nextT}|${dir}`, `rel=${cw.lower}|${prevT}|${vFinal}|${dir}|${Math.min(fins, 1)}`);
  if (ct === 'PROPN' || prevT === 'PROPN') feats.push(`name=${prevT}|${ct}|${nextT}|${cw.shape}`);
  if (ct === 'PRON') feats.push(`pronv=${cw.lower}|${vw.lower}`);
  if (dir === 'R' && c === v + 1) feats.push(`inv1=${ct}|${cwLex}`);
  // A time word ("Zondag was het …", "Volgende week is de return …", "In 2022 is er …") is seldom the subject.
  if (TIME_WORD.test(cw.lower)) feats.push(`time=${dir}|${firstInClause}|${nearest}`);
  return feats;
}

const TIME_WORD = /^(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|dag|dagen|week|weken|weekend|maand|maanden|jaar|jaren|middag|middags|avond|avonds|ochtend|ochtends|morgen|nacht|nachts|gisteren|vandaag|eergisteren|zomer|winter|voorjaar|najaar|herfst|lente|keer|moment|periode|\d{4})$/;

/** Scores candidates with a ranker's scoring function and returns the best, or undefined. */
export function bestSubject(words: readonly WordInfo[], tags: readonly string[], v: number, score: (features: string[]) => number): number | undefined {
  let best: number | undefined;
  let bestScore = -Infinity;
  for (const c of subjectCandidates(words, tags, v)) {
    const s = score(subjectFeatures(words, tags, v, c));
    if (s > bestScore) {
      bestScore = s;
      best = c;
    }
  }
  return best === undefined ? undefined : nameStart(words, tags, best);
}

const NAME_PARTICLE = /^(van|de|der|den|ter|ten|te|'t|la|le|du|da|di|del|von|vanden|vander)$/;

/**
 * A name's head word is its first word (UD's flat names: "Van Alebeek",
 * "Jan Tops", "De Rooij"): from a name, walk left over the words of the same
 * name — names, and particles that are capitalised inside the sentence or
 * lie between two name words ("Jan van der Vaart").
 */
export function nameStart(words: readonly WordInfo[], tags: readonly string[], c: number): number {
  if (tags[c] !== 'PROPN') return c;
  let k = c;
  while (k > 0 && k > c - 6) {
    const t = tags[k - 1]!;
    const w = words[k - 1]!;
    if (t === 'PROPN') {
      k--;
      continue;
    }
    if (!NAME_PARTICLE.test(w.lower)) break;
    // The particles back to the first non-particle: a name before them, or a capitalised first particle inside the sentence.
    let j = k - 1;
    while (j > 0 && j > k - 4 && NAME_PARTICLE.test(words[j - 1]!.lower) && tags[j - 1] !== 'PROPN') j--;
    const capital = words[j]!.shape === 'C' && j > 0 && !/^[.!?:"“'‘(,]+$/.test(words[j - 1]!.lower) && tags[j - 1] !== 'PUNCT';
    if (j > 0 && tags[j - 1] === 'PROPN') k = j;
    else if (capital) return j;
    else break;
  }
  return k;
}
