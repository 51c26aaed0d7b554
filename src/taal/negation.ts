/** Negation cues and their scope (to the end of the clause they stand in). */
import type { Clause, Negation, Token } from './types.js';

export function findNegations(tokens: Token[], clauses: Clause[], cues: Set<string>): Negation[] {
  const out: Negation[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !cues.has(t.lower)) continue;
    const clause = clauses.find((c) => t.start >= c.start && t.end <= c.end);
    // Scope: from the clause start (Dutch puts the negated verb late: "dat hij geen ADHD heeft")
    // to the clause end; a negation in a main clause also covers a following dat-clause
    // ("Er is niet vastgesteld dat …").
    let scopeEnd = clause?.end ?? t.end;
    if (clause) {
      const idx = clauses.indexOf(clause);
      const next = clauses[idx + 1];
      if (next && next.subordinate && tokens[next.tokenRange[0]]?.lower === 'dat') scopeEnd = next.end;
    }
    out.push({ cue: t.lower, cueStart: t.start, cueEnd: t.end, scopeStart: clause?.start ?? t.start, scopeEnd });
  }
  return out;
}
