/**
 * Conditional sentences: "Als u niet meewerkt, volgt een uithuisplaatsing",
 * "Wanneer de zorgen blijven, dan overwegen wij …", "Mocht u weigeren, dan …",
 * and the consequence first: "Er volgt een melding als u niet komt." The
 * condition is the subordinate clause opened by als/wanneer/indien/mocht/
 * zodra; the consequence is the rest of the sentence.
 */
import type { SentenceAnalysis } from './types.js';

export interface Conditional {
  /** The opening word as written ("Als", "wanneer"). */
  cue: string;
  condStart: number;
  condEnd: number;
  consStart: number;
  consEnd: number;
}

const OPENERS = new Set(['als', 'wanneer', 'indien', 'mocht', 'mochten', 'zodra', 'ingeval']);

export function conditionals(a: SentenceAnalysis): Conditional[] {
  const out: Conditional[] = [];
  const toks = a.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!OPENERS.has(t.lower)) continue;
    // "als" as comparison ("als moeder", "zo groot als") is no condition: a condition has a finite verb before the next comma.
    const prev = toks[i - 1];
    // "mocht" opens a condition only at the start of a sentence or clause; "als" after a word may be a comparison
    // ("werkt als kok"), which has no finite verb of its own: the check below keeps only real conditions
    if (prev && prev.kind === 'word' && t.lower.startsWith('moch') && !['en', 'maar', 'of', 'want', 'dus', 'dan', 'ook'].includes(prev.lower)) continue;
    let j = i + 1;
    let hasVerb = t.lower.startsWith('moch');
    let verbBreak = false;
    while (j < toks.length && toks[j]!.text !== ',' && toks[j]!.text !== ';' && !(toks[j]!.kind === 'punct' && /[.!?]/.test(toks[j]!.text))) {
      // "Als u niet meewerkt volgt …": a finite verb right after the condition's verb opens the main clause.
      if (hasVerb && toks[j]!.verb?.finite && toks[j - 1]!.pos === 'verb' && !(toks[j]!.verb?.infinitive && toks[j - 1]!.verb?.auxiliary)) {
        verbBreak = true;
        break;
      }
      if (toks[j]!.verb?.finite) hasVerb = true;
      j++;
    }
    if (!hasVerb || j - i < 2) continue;
    const condStart = t.start;
    const condEnd = toks[j - 1]!.end;
    const atStart = i === 0 || toks.slice(0, i).every((x) => x.kind === 'punct');
    if (atStart) {
      if (j >= toks.length) continue;
      out.push({ cue: t.text, condStart, condEnd, consStart: verbBreak ? toks[j]!.start : toks[j]!.end, consEnd: a.text.length });
    } else {
      out.push({ cue: t.text, condStart, condEnd, consStart: 0, consEnd: t.start });
    }
  }
  return out;
}
