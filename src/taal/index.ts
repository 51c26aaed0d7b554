/** The Dutch language layer. Public entry point: `createTaal()`. */
export { createTaal } from './create.js';
export type { TaalOptions } from './create.js';
export { PhraseSet, normalize, loadLexicon } from './lexicon.js';
export { firstName } from './persons.js';
export { adjectiveBases } from './subjectief.js';
export type * from './types.js';
export type { Taal } from './types.js';
export { clauseAt, clauseRangeAt, clauseTokensAt, personsInClauseAt } from './clause-lookup.js';
export { negatedBefore, inNegationScope, negationAfter } from './negation-scope.js';
export { quotedRanges, inRanges, isQuotedText } from './quotation.js';
export { continuesAttribution, informants, opensContinuation } from './continuation.js';
export { WRITER_ROLES_BY_TYPE, writerRoles, analysisContextFor } from './writer.js';
export type { WriterSource } from './writer.js';
export { isFamily, familyInClause, subjectBeforeIsFamily, personRightBefore } from './family.js';
