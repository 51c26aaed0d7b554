/**
 * The subject of a clause's finite verb, found by word order: in a main
 * clause the noun phrase before the finite verb ("De GI heeft besloten …"),
 * or, after a fronted adverbial, the noun phrase right after it ("Daarom
 * heeft de GI besloten …"); in a subordinate clause the noun phrase after
 * the conjunction ("… dat wij besloten hebben …").
 */
import type { Clause, SentenceAnalysis, Token } from './types.js';

export interface SubjectPhrase {
  /** Token indexes [first, last] inclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
}

const NP_POS = new Set(['det', 'noun', 'name', 'pron', 'adj', 'num']);
const SUBJECT_PRONOUNS = new Set(['ik', 'wij', 'we', 'jij', 'je', 'u', 'hij', 'zij', 'ze', 'jullie', 'men', 'het', 'dit', 'dat', 'die']);
const LEADING_CONJ = new Set(['en', 'maar', 'of', 'want', 'dus']);

function isNpToken(t: Token | undefined, midSentence = false): boolean {
  if (!t || t.kind !== 'word') return false;
  if (NP_POS.has(t.pos) || (t.pos === 'verb' && /^\p{Lu}{2,}$/u.test(t.text))) return true;
  // a capital inside the sentence is part of a name, whatever the tagger says ("Samen Veilig Noord")
  return /^\p{Lu}/u.test(t.text) && (t.pos === 'other' || midSentence);
}

/** A noun phrase starting at token i (at most `max` tokens), or undefined. */
function npAt(tokens: readonly Token[], i: number, end: number, max = 5): [number, number] | undefined {
  const t = tokens[i];
  if (!t || i > end) return undefined;
  if (t.pos === 'pron') return SUBJECT_PRONOUNS.has(t.lower) ? [i, i] : undefined;
  if (!isNpToken(t, i > 0)) return undefined;
  let j = i;
  // a determiner after the head starts the next noun phrase ("de Raad | een OTS")
  while (j + 1 <= end && j + 1 - i < max && isNpToken(tokens[j + 1], true) && tokens[j + 1]!.pos !== 'pron' && tokens[j + 1]!.pos !== 'det') j++;
  // A noun phrase ends in a noun or a name ("de GI", "de jeugdbeschermer", "Jeugdbescherming Regio Oost").
  while (j > i && !['noun', 'name', 'other'].includes(tokens[j]!.pos) && !/^\p{Lu}/u.test(tokens[j]!.text)) j--;
  return [i, j];
}

function phrase(a: SentenceAnalysis, [first, last]: [number, number]): SubjectPhrase {
  const start = a.tokens[first]!.start;
  const end = a.tokens[last]!.end;
  return { first, last, start, end, text: a.text.slice(start, end) };
}

/** The subject of this clause's finite verb, if word order shows it. */
export function clauseSubject(a: SentenceAnalysis, clause: Clause): SubjectPhrase | undefined {
  const [from, to] = clause.tokenRange;
  let fv = clause.finiteVerb;
  if (fv === undefined) return undefined;
  // "Wij hebben besloten …": a participle tagged finite after an earlier finite auxiliary is not the finite verb
  if (!clause.subordinate) {
    for (let k = from; k < fv; k++) {
      if (a.tokens[k]!.verb?.finite && a.tokens[k]!.verb?.auxiliary) {
        fv = k;
        break;
      }
    }
  }
  let i = from;
  while (i < fv && (a.tokens[i]!.kind === 'punct' || LEADING_CONJ.has(a.tokens[i]!.lower))) i++;
  if (clause.subordinate) {
    // skip the conjunction or relative pronoun
    if (a.tokens[i] && (a.tokens[i]!.pos === 'conj' || ['die', 'dat', 'wat', 'waarin', 'waarna'].includes(a.tokens[i]!.lower))) i++;
    const np = npAt(a.tokens, i, fv - 1);
    return np ? phrase(a, np) : undefined;
  }
  if (i < fv) {
    const np = npAt(a.tokens, i, fv - 1);
    if (np && np[1] === fv - 1) return phrase(a, np);
  }
  // inversion: the noun phrase right after the finite verb
  const np = npAt(a.tokens, fv + 1, to);
  return np ? phrase(a, np) : undefined;
}

/** The clause that holds token i. */
export function clauseOfToken(a: SentenceAnalysis, i: number): Clause | undefined {
  return a.clauses.find((c) => i >= c.tokenRange[0] && i <= c.tokenRange[1]);
}
