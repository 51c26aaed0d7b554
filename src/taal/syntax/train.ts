/**
 * Training of the tagger and the subject ranker (used by scripts/train-tagger.mjs;
 * never at run time). Deterministic: fixed seed, sorted output.
 */
import { goldSubject, isGoldFinite, labelOf, type UdSentence } from './conllu.js';
import { tagFeatures, wordInfo } from './features.js';
import { Perceptron, seededRandom, shuffle, type CompactWeights } from './perceptron.js';
import { subjectCandidates, subjectFeatures } from './subject.js';

export interface TrainedModel {
  labels: string[];
  tagger: CompactWeights;
  subject: CompactWeights;
}

export interface TrainOptions {
  iterations?: number;
  seed?: number;
  /** Weight scale before rounding to integers. */
  scale?: number;
  /** Rounded weights below this (absolute) are dropped. */
  minAbs?: number;
  log?: (line: string) => void;
}

export function trainTagger(sentences: UdSentence[], opts: TrainOptions = {}): { labels: string[]; weights: CompactWeights; perceptron: Perceptron } {
  const labels = [...new Set(sentences.flatMap((s) => s.words.map(labelOf)))].sort();
  const p = new Perceptron(labels);
  const random = seededRandom(opts.seed ?? 1);
  const infos = new Map(sentences.map((s) => [s, s.words.map((w) => wordInfo(w.form))]));
  let order = sentences;
  for (let it = 0; it < (opts.iterations ?? 8); it++) {
    let correct = 0;
    let total = 0;
    for (const s of order) {
      const words = infos.get(s)!;
      const tags: string[] = [];
      for (let i = 0; i < words.length; i++) {
        const f = tagFeatures(words, i, tags);
        const guess = p.predict(f);
        const truth = p.labelIndex(labelOf(s.words[i]!));
        p.update(truth, guess, f);
        // Train on the tags as the tagger will see them: its own guesses.
        tags.push(labels[guess]!);
        if (guess === truth) correct++;
        total++;
      }
    }
    opts.log?.(`tagger iteratie ${it + 1}: ${(correct / total).toFixed(4)}`);
    order = shuffle(order, random);
  }
  p.average();
  return { labels, weights: p.compact(opts.scale ?? 100, opts.minAbs ?? 1), perceptron: p };
}

/**
 * The subject ranker: for each finite verb with a gold subject, the candidates
 * in the sentence are ranked; the gold subject must score highest. Trained on
 * the tags a tagger predicts (`predicted` holds one label list per sentence),
 * so that it learns from the input it will get.
 */
export function trainSubjects(sentences: UdSentence[], predicted: string[][], opts: TrainOptions = {}): CompactWeights {
  const p = new Perceptron(['s']);
  const random = seededRandom((opts.seed ?? 1) + 7);
  let order = sentences.map((s, k) => ({ s, tags: predicted[k]!, infos: s.words.map((w) => wordInfo(w.form)) }));
  for (let it = 0; it < (opts.iterations ?? 8); it++) {
    let correct = 0;
    let total = 0;
    for (const { s, tags, infos } of order) {
      for (let v = 0; v < s.words.length; v++) {
        if (!isGoldFinite(s.words[v]!) || !tags[v]!.includes('|Fin')) continue;
        const gold = goldSubject(s, v);
        if (gold === undefined) continue;
        const cands = subjectCandidates(infos, tags, v);
        if (!cands.includes(gold)) continue;
        const feats = cands.map((c) => subjectFeatures(infos, tags, v, c));
        let best = 0;
        let bestScore = -Infinity;
        feats.forEach((f, k) => {
          const sc = p.scores(f)[0]!;
          if (sc > bestScore) {
            bestScore = sc;
            best = k;
          }
        });
        total++;
        const goldK = cands.indexOf(gold);
        if (best === goldK) {
          correct++;
          p.tick();
          continue;
        }
        // Ranking update: towards the gold candidate's features, away from the guess's.
        rankUpdate(p, feats[goldK]!, feats[best]!);
      }
    }
    opts.log?.(`onderwerp iteratie ${it + 1}: ${(correct / Math.max(1, total)).toFixed(4)}`);
    order = shuffle(order, random);
  }
  p.average();
  return p.compact(opts.scale ?? 100, opts.minAbs ?? 1);
}

/** Ranking update: towards the gold candidate's features, away from the guess's. */
function rankUpdate(p: Perceptron, gold: readonly string[], guess: readonly string[]): void {
  const g = new Set(gold);
  const b = new Set(guess);
  p.rank([...g].filter((f) => !b.has(f)), [...b].filter((f) => !g.has(f)));
}
