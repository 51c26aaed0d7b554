/**
 * Whose clause is it? Checks on the subject of a word: a family member (a
 * child or betrokkene from the frontmatter, or a pronoun that may stand for
 * one), a person at all, or an informant such as the school.
 */
import { clauseAt, clauseRangeAt } from './clause-lookup.js';
import type { PersonMention, SentenceAnalysis } from './types.js';

type Analysis = Pick<SentenceAnalysis, 'clauses' | 'tokens' | 'persons'>;

/** A child or betrokkene from the frontmatter, or a personal pronoun that may stand for one. */
export function isFamily(p: PersonMention): boolean {
  return p.ref.group === 'kind' || p.ref.group === 'betrokkene' || (p.ref.group === 'onbekend' && /^(hij|zij|ze)$/i.test(p.text));
}

/** Informants whose view, as the subject before a cue, makes the cue theirs ("De school vindt Sem …"). */
const INFORMANT_ROLE = /^(school|leerkracht|mentor|huisarts|politie|buurvrouw|buurman|oma|opa)$/;

/**
 * A family member is the subject of the clause of token i: a family member stands in the clause
 * (in a coordinated clause without its own subject, "… en voelt zich verantwoordelijk", in the
 * sentence), and no informant stands as the subject before the word.
 */
export function familyInClause(a: Analysis, i: number): boolean {
  const clause = clauseAt(a, i);
  const [from, to] = clauseRangeAt(a, i);
  const start = a.tokens[from]!.start;
  const end = a.tokens[to]!.end;
  let inClause = a.persons.filter((p) => p.start >= start && p.end <= end);
  if (!inClause.some(isFamily) && clause && a.tokens[from]!.lower === 'en') inClause = a.persons;
  if (inClause.some((p) => p.ref.group === 'professional' && INFORMANT_ROLE.test(p.ref.rol ?? '') && p.end <= a.tokens[i]!.start)) return false;
  return inClause.some(isFamily);
}

/**
 * For a verb at i: when a noun phrase stands before it in its clause, that is the subject, and it
 * must be a family member ("De school beschouwt Sem als …" is the school's view). With nothing
 * nominal before the verb (inversion: "Daarom begrijpt moeder niet …") the clause check decides.
 */
export function subjectBeforeIsFamily(a: Analysis, i: number): boolean {
  const [from] = clauseRangeAt(a, i);
  const before = a.tokens.slice(from, i).filter((x) => x.kind === 'word');
  const nominal = before.some((x) => x.pos === 'noun' || x.pos === 'name' || x.pos === 'det' || /^(ik|hij|zij|ze|wij|we|u)$/.test(x.lower));
  if (!nominal) return true;
  const start = a.tokens[from]!.start;
  const end = a.tokens[i]!.start;
  return a.persons.some((p) => p.start >= start && p.end <= end && isFamily(p));
}

/** The word right before token i ends a mention of a person who is not a professional ("Vader is", "Mila en Sem zijn"). */
export function personRightBefore(a: Analysis, i: number): boolean {
  const prev = a.tokens[i - 1];
  return prev !== undefined && a.persons.some((p) => p.end === prev.end && p.ref.group !== 'professional');
}
