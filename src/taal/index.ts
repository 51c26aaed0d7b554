/** The Dutch language layer. Public entry point: `createTaal()`. */
export { createTaal } from './create.js';
export type { TaalOptions } from './create.js';
export { PhraseSet, normalize, loadLexicon } from './lexicon.js';
export { firstName } from './persons.js';
export { adjectiveBases } from './subjectief.js';
export type * from './types.js';
export type { Taal } from './types.js';
export { measureMentions, loadLexiconItems } from './measure.js';
export type { MeasureMention, LexiconItem } from './measure.js';
export { obligations } from './obligation.js';
export type { ObligationCue } from './obligation.js';
export { conditionals } from './conditional.js';
export type { Conditional } from './conditional.js';
export { clauseSubject, clauseOfToken } from './subject.js';
export type { SubjectPhrase } from './subject.js';
export { correctionMatches, contentWords, statedAsTrue } from './correction.js';
export type { CorrectionMatch } from './correction.js';
