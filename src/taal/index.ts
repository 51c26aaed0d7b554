/** The Dutch language layer. Public entry point: `createTaal()`. */
export { createTaal } from './create.js';
export type { TaalOptions } from './create.js';
export { PhraseSet, normalize, loadLexicon } from './lexicon.js';
export { firstName } from './persons.js';
export { adjectiveBases } from './subjectief.js';
export type * from './types.js';
export type { Taal } from './types.js';
export { ageMentions, ageOn, schoolGroups, usualAgesForGroup, numberValue } from './ages.js';
export type { AgeMention, SchoolGroupMention } from './ages.js';
export { childCounts } from './counts.js';
export type { CountMention } from './counts.js';
export { kinMentions, KIN_ROLES } from './kinship.js';
export type { KinMention, KinRole } from './kinship.js';
export { weekdayDates, WEEKDAYS } from './weekdays.js';
export type { WeekdayDate } from './weekdays.js';
export { phraseMatches, wordCount } from './phrases.js';
export type { PhraseMatch } from './phrases.js';
export { vagueGoalVerbs, hasObservableResult, vagueConcerns, hasTimeAnchor, endPointCues } from './goals.js';
