/**
 * Looking up the clause of a token, and the tokens and persons that stand in
 * it. Every rule that asks "in which clause is this word?" uses these.
 */
import type { Clause, PersonMention, SentenceAnalysis, Token } from './types.js';

/** The clause that holds token i, if any. */
export function clauseAt(a: Pick<SentenceAnalysis, 'clauses'>, i: number): Clause | undefined {
  return a.clauses.find((c) => i >= c.tokenRange[0] && i <= c.tokenRange[1]);
}

/** Token range [first, last] of the clause that holds token i; the whole sentence when no clause does. */
export function clauseRangeAt(a: Pick<SentenceAnalysis, 'clauses' | 'tokens'>, i: number): [number, number] {
  const c = clauseAt(a, i);
  return c ? c.tokenRange : [0, a.tokens.length - 1];
}

/** The tokens of the clause that holds token i. */
export function clauseTokensAt(a: Pick<SentenceAnalysis, 'clauses' | 'tokens'>, i: number): Token[] {
  const [from, to] = clauseRangeAt(a, i);
  return a.tokens.slice(from, to + 1);
}

/** The person mentions that lie inside the clause of token i. */
export function personsInClauseAt(a: Pick<SentenceAnalysis, 'clauses' | 'tokens' | 'persons'>, i: number): PersonMention[] {
  const [from, to] = clauseRangeAt(a, i);
  const start = a.tokens[from]?.start ?? 0;
  const end = a.tokens[to]?.end ?? 0;
  return a.persons.filter((p) => p.start >= start && p.end <= end);
}
