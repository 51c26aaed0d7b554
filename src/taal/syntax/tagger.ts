/**
 * Run-time entry of the syntax layer: tags a sentence's words (UPOS with verb
 * form and tense) and finds the subject of each finite verb, with the model
 * in src/taal/data/syntaxis-nl.json (trained by scripts/train-tagger.mjs on
 * UD_Dutch-Alpino and UD_Dutch-LassySmall, CC BY-SA 4.0). The model is read
 * once, on first use.
 */
import { readFileSync } from 'node:fs';
import { packagePath } from '../../util/paths.js';
import { contextFeatures, tagFeatures, wordInfo, type WordInfo } from './features.js';
import { argmax } from './perceptron.js';
import { CompactModel, type CompactWeights, type Feature } from './perceptron.js';
import { bestSubject } from './subject.js';

export const MODEL_FILE = 'src/taal/data/syntaxis-nl.json';

export interface SyntaxModel {
  tagger: CompactModel;
  subject: CompactModel;
}

let model: SyntaxModel | undefined;

export function loadModel(): SyntaxModel {
  if (model) return model;
  // TOETS_SYNTAX_MODEL: another model file, for development runs of scripts/train-tagger.mjs --dev --out.
  const raw = JSON.parse(readFileSync((typeof process !== 'undefined' && process.env.TOETS_SYNTAX_MODEL) || packagePath(MODEL_FILE), 'utf8')) as { labels: string[]; tagger: CompactWeights; subject: CompactWeights };
  model = { tagger: new CompactModel(raw.labels, raw.tagger), subject: new CompactModel(['s'], raw.subject) };
  return model;
}

/** Greedy left-to-right tagging with any scorer (the shipped model, or one in training). */
export function tagInfos(words: readonly WordInfo[], predict: (features: Feature[]) => number, labels: readonly string[]): string[] {
  const tags: string[] = [];
  for (let i = 0; i < words.length; i++) tags.push(labels[predict(tagFeatures(words, i, tags))]!);
  return tags;
}

export interface SyntaxResult {
  /** One label per word: 'NOUN', 'VERB|Fin|Pres', 'AUX|Part', … (see conllu.ts labelOf). */
  tags: string[];
  /**
   * The index of the subject's head word of the finite verb at v (undefined
   * for other words, or when none is found). Computed on first request and
   * remembered: most callers never ask, and ranking costs more than tagging.
   */
  subjectOf(v: number): number | undefined;
}

/** Scores of the word's own features, per word form (most words recur); tied to the loaded model. */
const ownScores = new WeakMap<WordInfo, Float64Array>();

function fastTag(infos: readonly WordInfo[], m: SyntaxModel): string[] {
  const labels = m.tagger.labels;
  const tags: string[] = [];
  const buf = new Float64Array(labels.length);
  for (let i = 0; i < infos.length; i++) {
    const w = infos[i]!;
    let own = ownScores.get(w);
    if (!own) ownScores.set(w, (own = m.tagger.scores(w.own)));
    buf.set(own);
    tags.push(labels[argmax(m.tagger.scores(contextFeatures(infos, i, tags), buf))]!);
  }
  return tags;
}

/** Tags the words of one sentence and finds the subject of each finite verb. */
export function analyzeWords(forms: readonly string[], m: SyntaxModel = loadModel()): SyntaxResult {
  const infos = forms.map(wordInfo);
  const tags = fastTag(infos, m);
  const subjects = new Map<number, number | undefined>();
  const subjectOf = (v: number): number | undefined => {
    if (!tags[v]?.includes('|Fin')) return undefined;
    if (!subjects.has(v)) subjects.set(v, bestSubject(infos, tags, v, (f) => m.subject.scores(f)[0]!));
    return subjects.get(v);
  };
  return { tags, subjectOf };
}

const labelParts = new Map<string, { upos: string; form?: string; tense?: 'Pres' | 'Past' }>();

/** Parts of a label: the UPOS and the verb form ('Fin', 'Part', 'PartAttr', 'Inf', 'InfNom', 'PresPart') and tense. */
export function splitLabel(label: string): { upos: string; form?: string; tense?: 'Pres' | 'Past' } {
  let parts = labelParts.get(label);
  if (!parts) {
    const [upos, form, tense] = label.split('|');
    parts = { upos: upos!, ...(form ? { form } : {}), ...(tense === 'Pres' || tense === 'Past' ? { tense } : {}) };
    labelParts.set(label, parts);
  }
  return parts;
}
