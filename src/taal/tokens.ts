/** Tokens with word class and verb information. */
import { normalize } from './lexicon.js';
import { tokenizeRaw } from './tokenize.js';
import { MONTHS } from './time.js';
import type { Token } from './types.js';
import { inLexicon, verbInfo, wordClasses } from './words.js';

const DETERMINERS = new Set(['de', 'het', 'een', 'deze', 'die', 'dit', 'dat', 'mijn', 'zijn', 'haar', 'hun', 'ons', 'onze', 'jouw', 'uw', 'elk', 'elke', 'ieder', 'iedere', 'geen', 'welk', 'welke']);
const PREPOSITIONS = new Set(['tot', 'van', 'in', 'na', 'voor', 'sinds', 'vanaf', 'per', 'tegen', 'rond', 'rondom', 'bij', 'met', 'zonder', 'over', 'tijdens', 'vanwege', 'wegens', 'naar', 'op', 'aan', 'uit', 'door', 'onder', 'boven', 'achter', 'naast', 'tussen', 'binnen', 'buiten']);
const TIME_EDGE = new Set(['begin', 'eind', 'half', 'medio', 'halverwege']);
const PRONOUN_SUBJECTS = new Set(['ik', 'jij', 'je', 'hij', 'zij', 'ze', 'wij', 'we', 'u', 'jullie', 'men', 'het', 'er']);

function nextIsFinite(raw: { text: string; kind: string }[], i: number): boolean {
  const next = raw[i + 1];
  if (!next || next.kind !== 'word') return false;
  const lower = normalize(next.text);
  const v = verbInfo(lower, undefined);
  return Boolean(v?.finite && inLexicon(lower));
}

export function tokenize(text: string): Token[] {
  const raw = tokenizeRaw(text);
  const tokens: Token[] = raw.map((r) => {
    const lower = normalize(r.text);
    return { text: r.text, lower, start: r.start, end: r.end, kind: r.kind, pos: r.kind === 'word' ? 'other' : r.kind === 'number' ? 'num' : 'punct' };
  });
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    const classes = wordClasses(t.lower, t.text);
    t.pos = classes[0] ?? 'other';
    const prev = tokens[i - 1]?.lower;
    // The lexicon knows this word but never as a verb ("moeder", "school"): no verb reading.
    const knownNonVerb = classes.length > 0 && !classes.includes('verb') && !(classes.length === 1 && classes[0] === 'name');
    // A capitalised word inside the sentence that the lexicon does not know is a name ("Bente"), not a verb.
    if (i > 0 && /^\p{Lu}/u.test(t.text) && (!classes.includes('verb') || !inLexicon(t.lower)) && tokens[i - 1]!.text !== ':' && !/^[.!?"“]$/.test(tokens[i - 1]!.text)) {
      t.pos = 'name';
      continue;
    }
    // A capitalised first word that the lexicon does not know, followed by a finite verb, is a name ("Jens is …").
    if (i === 0 && /^\p{Lu}/u.test(t.text) && !inLexicon(t.lower) && nextIsFinite(raw, i)) {
      t.pos = 'name';
      continue;
    }
    // Right after a preposition a verb form is a noun ("tot begin 2023", "na afloop").
    const afterPrep = prev !== undefined && PREPOSITIONS.has(prev);
    // "Begin 2020", "eind maart", "half juni": a time word, not the verb "beginnen" or "eindigen".
    if (TIME_EDGE.has(t.lower) && (tokens[i + 1]?.kind === 'number' || Object.hasOwn(MONTHS, tokens[i + 1]?.lower ?? '') || /^(dit|vorig|volgend|deze|die)$/.test(tokens[i + 1]?.lower ?? ''))) {
      t.pos = 'other';
      continue;
    }
    const verb = knownNonVerb || afterPrep ? undefined : verbInfo(t.lower, prev);
    if (verb) {
      // A verb form right after a determiner is a noun ("de was", "het werk"), unless the data knows no noun reading.
      const afterDet = prev !== undefined && DETERMINERS.has(prev) && !PRONOUN_SUBJECTS.has(prev);
      if (afterDet && classes.some((c) => c === 'noun' || c === 'adj')) continue;
      // "het overlijden", "het drinken": an infinitive after "het" is a noun.
      if (prev === 'het' && verb.infinitive) {
        t.pos = 'noun';
        continue;
      }
      t.verb = verb;
      if (classes.includes('verb') && (t.pos !== 'verb' && (verb.finite || verb.participle))) {
        // Keep the lexicon's first class, but mark that a verb reading exists.
        if (t.pos === 'noun' && verb.finite && i > 0 && !afterDet) t.pos = 'verb';
      }
      if (!classes.length || classes[0] === 'verb') t.pos = 'verb';
    }
  }
  verbAfterOpeningTime(tokens);
  return tokens;
}

/**
 * Dutch puts the finite verb second: after an opening time phrase ("In
 * 2020", "Op 3 mei 2019", "In de zomer van 2021") the next word is the verb,
 * also when the lexicon reads it as a noun ("In 2020 verblijven moeder en
 * de kinderen …": 'verblijven' is also the plural of 'verblijf').
 */
function verbAfterOpeningTime(tokens: Token[]): void {
  const words = tokens.filter((t) => t.kind !== 'punct' || t.text === '-');
  if (words.length < 3 || !(PREPOSITIONS.has(words[0]!.lower) || TIME_EDGE.has(words[0]!.lower))) return;
  let hasNumber = false;
  for (let i = 1; i < Math.min(words.length, 8); i++) {
    const t = words[i]!;
    if (t.kind === 'number') {
      hasNumber = true;
      continue;
    }
    if (t.verb?.finite) return;
    if (!hasNumber || !(t.pos === 'noun' || t.pos === 'other')) {
      if (t.kind === 'word' && (t.pos === 'det' || t.pos === 'noun' || t.pos === 'adj' || PREPOSITIONS.has(t.lower) || t.text === '-')) continue;
      return;
    }
    const verb = verbInfo(t.lower, words[i - 1]!.lower);
    if (!verb?.finite) continue; // still the time phrase: "Op 3 mei 2019"
    t.verb = verb;
    t.pos = 'verb';
    return;
  }
}
