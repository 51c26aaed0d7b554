/**
 * Goals and concerns in plain language (seed 002 §III.2 and aanbeveling 7):
 * vague goal verbs ("werkt aan", "krijgt inzicht in") without an observable
 * result, vague concerns without an event ("zorgen over de opvoeding", "er is
 * sprake van problematiek"), time anchors of a goal, and the "goed genoeg"
 * end point of help (seed 001). The word lists are lexicons (data files in
 * src/taal/data/lexicons): vage-doelwerkwoorden, zichtbaar-resultaat,
 * vage-zorgen, eindpunt.
 */
import { phraseMatches, type PhraseMatch } from './phrases.js';
import { MONTHS } from './time.js';

/** Vague goal verbs in a goal ("werkt aan", "verbetert"). */
export function vagueGoalVerbs(text: string, lexicon: ReadonlySet<string>): PhraseMatch[] {
  return phraseMatches(text, lexicon);
}

/**
 * Does the goal name something one can see or count: a number, a frequency, a
 * "zodat"-result, "te zien aan", … (lexicon zichtbaar-resultaat)?
 */
export function hasObservableResult(text: string, lexicon: ReadonlySet<string>): boolean {
  // A number counts (90%, drie keer, 2 uur), a date does not: a deadline is not a result.
  const withoutDates = text.replace(DATES, ' ');
  if (/\d/.test(withoutDates)) return true;
  return phraseMatches(withoutDates, lexicon).length > 0;
}

const DATES = new RegExp(`\\b\\d{1,2}\\s+(?:${Object.keys(MONTHS).join('|')})\\b|\\b\\d{1,2}[-/]\\d{1,2}[-/]\\d{2,4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b(?:19|20)\\d{2}\\b`, 'giu');

/** Vague concerns ("zorgen over de opvoeding", "er is sprake van problematiek"). */
export function vagueConcerns(text: string, lexicon: ReadonlySet<string>): PhraseMatch[] {
  return phraseMatches(text, lexicon);
}

const MONTH_RE = Object.keys(MONTHS).join('|');
const ANCHOR = new RegExp(
  [
    `\\b(?:voor|vóór|uiterlijk|binnen|eind|begin|medio|half|per|vanaf|na|tot|in|over|op)\\s+(?:\\d+|een|twee|drie|vier|vijf|zes|acht|tien|twaalf|de|het)?\\s*(?:${MONTH_RE}|weken|week|maanden|maand|jaar|schooljaar|zomer|zomervakantie|kerst|kerstvakantie|herfstvakantie|voorjaarsvakantie|meivakantie|evaluatie|eerstvolgende evaluatie|volgende evaluatie|zitting)\\b`,
    `\\b(?:\\d{1,2}\\s+(?:${MONTH_RE})|(?:${MONTH_RE})\\s+\\d{4}|\\d{1,2}[-/]\\d{1,2}[-/]\\d{2,4}|\\d{4}-\\d{2}-\\d{2})\\b`,
    `\\b(?:evaluatie|evalueren|evalueert|geëvalueerd|deadline|einddatum|termijn)\\b`,
    `\\b(?:19|20)\\d{2}\\b`,
  ].join('|'),
  'iu',
);

/** Does the text say by when (a date, "binnen drie maanden", "voor de zomervakantie", "evaluatie")? */
export function hasTimeAnchor(text: string): boolean {
  return ANCHOR.test(text);
}

/** The "goed genoeg" end point: when help or the measure can end (lexicon eindpunt). */
export function endPointCues(text: string, lexicon: ReadonlySet<string>): PhraseMatch[] {
  return phraseMatches(text, lexicon);
}
