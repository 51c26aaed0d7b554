/**
 * Measurement of the language layer on gold-annotated Dutch (CoNLL-U), used
 * by scripts/eval-taal.mjs. The analysis runs on the gold tokenisation: one
 * token per gold word, so predicted and gold line up by index.
 *
 * Definitions (all over the words of the file; multi-word tokens and empty
 * nodes are skipped):
 *  (a) tense: over the gold finite verbs (VerbForm=Fin), the share whose token
 *      the layer marks finite (verb.finite) with the gold tense (Tense=Pres →
 *      'present', Tense=Past → 'past'). A gold finite verb the layer does not
 *      mark finite counts as wrong.
 *  (b) past participles: gold = VerbForm=Part with XPOS WW|vd… (in a verb
 *      group, before a noun, or as a noun); predicted = tokens with
 *      verb.participle. Precision = correct / predicted, recall = correct / gold.
 *  (c) subject: over the gold finite verbs that have a subject — a dependent
 *      with deprel nsubj or nsubj:pass, or, for a finite auxiliary or copula
 *      (deprel aux, aux:pass, cop) without one, the nsubj/nsubj:pass dependent
 *      of its head — the share for which the layer's subject of that token
 *      (verb.subject) is the gold subject's head word.
 *  (d) perfect/passive: over the gold finite verbs, 'compound' when the verb
 *      is an auxiliary (deprel aux with lemma hebben or zijn, or aux:pass)
 *      whose head is a participle (XPOS WW|vd); predicted 'compound' when the
 *      clause whose finite verb is this token has tense perfect/pluperfect or
 *      is passive. Precision and recall of 'compound'.
 *      Also: (d1) finite precision (tokens marked finite that are gold
 *      finite), tense among gold finite verbs also marked finite, (d2) the share of gold finite verbs that are the finite verb of
 *      one of the layer's clauses, and (d3) subject via Clause.subject.
 */
import type { Clause, Token } from '../types.js';
import { goldSubject, isGoldFinite, isGoldParticiple, parseConllu, type UdSentence } from './conllu.js';

export interface Analysed {
  tokens: Token[];
  clauses: Clause[];
}

export interface Ratio {
  correct: number;
  total: number;
  value: number;
}

export interface TaalScores {
  sentences: number;
  words: number;
  tense: Ratio;
  participlePrecision: Ratio;
  participleRecall: Ratio;
  subject: Ratio;
  compoundPrecision: Ratio;
  compoundRecall: Ratio;
  clauseFinite: Ratio;
  finitePrecision: Ratio;
  /** Tense right among gold finite verbs the layer also marks finite (tense alone, detection aside). */
  tenseWhenFound: Ratio;
  clauseSubject: Ratio;
}

const ratio = (correct: number, total: number): Ratio => ({ correct, total, value: total ? correct / total : 0 });

function goldCompound(s: UdSentence, i: number): boolean {
  const w = s.words[i]!;
  const head = w.head > 0 ? s.words[w.head - 1] : undefined;
  if (!head || !head.xpos.startsWith('WW|vd')) return false;
  return w.deprel === 'aux:pass' || (w.deprel === 'aux' && (w.lemma === 'hebben' || w.lemma === 'zijn'));
}

export function scoreSentences(sentences: UdSentence[], analyse: (words: string[]) => Analysed): TaalScores {
  let words = 0;
  let fin = 0, tenseOk = 0;
  let partGold = 0, partPred = 0, partOk = 0;
  let subj = 0, subjOk = 0, clauseSubjOk = 0;
  let compGold = 0, compPred = 0, compOk = 0;
  let clauseFin = 0;
  let finPred = 0, finPredOk = 0;
  let finBoth = 0;
  for (const s of sentences) {
    const a = analyse(s.words.map((w) => w.form));
    if (a.tokens.length !== s.words.length) throw new Error(`zin ${s.id}: ${a.tokens.length} tokens voor ${s.words.length} woorden`);
    const clauseOf = new Map<number, Clause>();
    for (const c of a.clauses) if (c.finiteVerb !== undefined) clauseOf.set(c.finiteVerb, c);
    s.words.forEach((w, i) => {
      words++;
      const t = a.tokens[i]!;
      const goldPart = isGoldParticiple(w);
      const predPart = t.verb?.participle === true;
      if (goldPart) partGold++;
      if (predPart) partPred++;
      if (goldPart && predPart) partOk++;
      if (t.verb?.finite) {
        finPred++;
        if (isGoldFinite(w)) finPredOk++;
      }
      if (!isGoldFinite(w)) return;
      fin++;
      const want = w.feats.Tense === 'Past' ? 'past' : 'present';
      if (t.verb?.finite && t.verb.tense === want) tenseOk++;
      if (t.verb?.finite) finBoth++;
      const clause = clauseOf.get(i);
      if (clause) clauseFin++;
      const g = goldSubject(s, i);
      if (g !== undefined) {
        subj++;
        if (t.verb?.finite && t.verb.subject === g) subjOk++;
        if (clause?.subject === g) clauseSubjOk++;
      }
      const gc = goldCompound(s, i);
      const pc = clause !== undefined && (clause.tense === 'perfect' || clause.tense === 'pluperfect' || clause.passive);
      if (gc) compGold++;
      if (pc) compPred++;
      if (gc && pc) compOk++;
    });
  }
  return {
    sentences: sentences.length,
    words,
    tense: ratio(tenseOk, fin),
    participlePrecision: ratio(partOk, partPred),
    participleRecall: ratio(partOk, partGold),
    subject: ratio(subjOk, subj),
    compoundPrecision: ratio(compOk, compPred),
    compoundRecall: ratio(compOk, compGold),
    clauseFinite: ratio(clauseFin, fin),
    finitePrecision: ratio(finPredOk, finPred),
    tenseWhenFound: ratio(tenseOk, finBoth),
    clauseSubject: ratio(clauseSubjOk, subj),
  };
}

export function scoreConllu(text: string, analyse: (words: string[]) => Analysed): TaalScores {
  return scoreSentences(parseConllu(text), analyse);
}

/** The bars of issue 12 on nl_alpino-ud-test.conllu. */
export const BARS = { tense: 0.97, participlePrecision: 0.97, participleRecall: 0.97, subject: 0.9 } as const;
