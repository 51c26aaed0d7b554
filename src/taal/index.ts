/** The Dutch language layer. Public entry point: `createTaal()`. */
export { createTaal } from './create.js';
export type { TaalOptions } from './create.js';
export { PhraseSet, normalize, loadLexicon } from './lexicon.js';
export { firstName } from './persons.js';
export { adjectiveBases } from './subjectief.js';
export type * from './types.js';
export type { Taal } from './types.js';
