/** Tokens with word class and verb information. */
import { normalize } from './lexicon.js';
import { analyzeWords, splitLabel } from './syntax/tagger.js';
import { tokenizeRaw, type RawToken } from './tokenize.js';
import { MONTHS } from './time.js';
import type { Token, VerbInfo, WordClass } from './types.js';
import { AUXILIARIES, inLexicon, isClearlyFinite, isParticiple, verbInfo, verbReadings, wordClasses } from './words.js';

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

/** Tokens of a text, tagged by the syntax layer (src/taal/syntax). */
export function tokenize(text: string): Token[] {
  return tagTokens(tokenizeRaw(text));
}

/**
 * Tokens whose words are given (the gold tokenisation of a treebank, for
 * measurement): the words are joined with single spaces and tagged as
 * tokenize() would.
 */
export function tokensFromWords(words: readonly string[], options: { lexiconOnly?: boolean } = {}): Token[] {
  const raw: RawToken[] = [];
  let at = 0;
  for (const w of words) {
    const kind: RawToken['kind'] = /^\d/.test(w) ? 'number' : /^[\p{L}\p{M}]|^'[a-z]$/u.test(w) ? 'word' : /^[.,;:!?()"'“”‘’«»\[\]\-–—…]+$/.test(w) ? 'punct' : 'symbol';
    raw.push({ text: w, start: at, end: at + w.length, kind });
    at += w.length + 1;
  }
  return options.lexiconOnly ? lexiconTokens(raw) : tagTokens(raw);
}

const WORD_CLASS: Record<string, WordClass> = {
  NOUN: 'noun', PROPN: 'name', VERB: 'verb', AUX: 'verb', ADJ: 'adj', ADV: 'adv', PRON: 'pron', ADP: 'prep',
  CCONJ: 'conj', SCONJ: 'conj', DET: 'det', NUM: 'num', PUNCT: 'punct', SYM: 'other', X: 'other', INTJ: 'other',
};

/** The verb table's lemma for a form, preferring readings that fit the tagged verb form. */
function lemmaFor(lower: string, form: string | undefined, tense: string | undefined): string {
  const readings = verbReadings(lower);
  const want = form === 'Fin' ? (tense === 'Past' ? /[vw]/ : /[sp]/) : form === 'Part' || form === 'PartAttr' ? /d/ : form === 'Inf' ? /i/ : /./;
  return (readings.find((r) => want.test(r.flags)) ?? readings[0])?.lemma ?? lower;
}

/**
 * Word class and verb information from the tagger: finite verbs with their
 * tense, participles, infinitives, and the subject of each finite verb.
 */
function tagTokens(raw: RawToken[]): Token[] {
  const syntax = analyzeWords(raw.map((r) => r.text));
  const tokens = raw.map((r, i) => {
    const lower = normalize(r.text);
    const tag = syntax.tags[i]!;
    const { upos, form, tense } = splitLabel(tag);
    const token: Token = { text: r.text, lower, start: r.start, end: r.end, kind: r.kind, pos: r.kind === 'punct' ? 'punct' : r.kind === 'number' ? 'num' : WORD_CLASS[upos] ?? 'other', tag };
    if (r.kind !== 'word') return token;
    if ((upos === 'VERB' || upos === 'AUX') && form && form !== 'InfNom' && form !== 'PresPart') {
      const lemma = lemmaFor(lower, form, tense);
      const verb: VerbInfo = {
        lemma,
        finite: form === 'Fin',
        ...(form === 'Fin' ? { tense: tense === 'Past' ? ('past' as const) : ('present' as const) } : {}),
        ...(form === 'Part' || form === 'PartAttr' ? { participle: true } : {}),
        ...(form === 'Inf' ? { infinitive: true } : {}),
        ...(AUXILIARIES.has(lemma) || upos === 'AUX' ? { auxiliary: true } : {}),
      };
      // The subject is found on first use (a getter that remembers), since few callers need it.
      if (form === 'Fin') Object.defineProperty(verb, 'subject', { get: () => syntax.subjectOf(i), enumerable: true, configurable: true });
      token.verb = verb;
      if (form === 'PartAttr') token.pos = 'adj';
    } else if (form === 'InfNom') token.pos = 'noun';
    else if (form === 'PresPart') token.pos = 'adj';
    return token;
  });
  lexiconFallbacks(tokens);
  return tokens;
}


function makeParticiple(t: Token, attributive: boolean): void {
  const lemma = lemmaFor(t.lower, 'Part', undefined);
  t.tag = attributive ? 'VERB|PartAttr' : 'VERB|Part';
  t.pos = attributive ? 'adj' : 'verb';
  t.verb = { lemma, finite: false, participle: true, ...(AUXILIARIES.has(lemma) ? { auxiliary: true } : {}) };
}

/**
 * Participles by their form, where the tagger is unsure: "de door de school
 * gesteunde aanpak" — a form whose stem is a past participle is no present
 * participle (those end in -end, -ende).
 */
function participleRepairs(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !t.tag) continue;
    // A capitalised first word that no lexicon knows and that has no participle prefix is a name ("Boogerd werd derde").
    if (/\|Part(Attr)?$/.test(t.tag) && /^\p{Lu}/u.test(t.text) && !/^(ge|be|ver|ont|her|er)|\p{L}ge\p{L}{3}/u.test(t.lower) && (i === 0 || tokens[i - 1]!.kind === 'punct')) {
      t.tag = 'PROPN';
      t.pos = 'name';
      delete t.verb;
      continue;
    }
    // A past form before a noun, after an article, number or preposition, is an attributive participle:
    // "het vernieuwde team", "twee finaal mislukte pogingen", "met vernieuwde moed".
    if (t.tag === 'VERB|Fin|Past' && /[dt]e$/.test(t.lower) && isParticiple(t.lower.slice(0, -1)) && /^(NOUN|ADJ|CCONJ)$/.test(tokens[i + 1]?.tag ?? '') && attributiveStart(tokens, i)) {
      makeParticiple(t, true);
      continue;
    }
    if (t.tag.endsWith('|PresPart') && !/end(e|en)?$/.test(t.lower) && isParticiple(t.lower.replace(/e$/, ''))) {
      makeParticiple(t, true);
      continue;
    }
  }
}

const PERFECT_PASSIVE_AUX = new Set(['heb', 'hebt', 'heeft', 'hebben', 'had', 'hadden', 'ben', 'bent', 'is', 'zijn', 'was', 'waren', 'word', 'wordt', 'worden', 'werd', 'werden']);
const CLAUSE_EDGE = /^[,;:()"“”«»\[\]–—.!?]$/;

/**
 * A participle form at the end of a clause whose finite verb is a perfect or
 * passive auxiliary is the participle, also where the tagger read a finite
 * past plural or a noun: "Toen was de grens overschreden.", "Dan worden we
 * overlopen." Only the last word before the clause's end (or before another
 * verb) is taken, and no noun after a determiner ("heeft een verleden").
 */
function participlesAfterAuxiliary(tokens: Token[]): void {
  let aux = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if ((t.kind === 'punct' && CLAUSE_EDGE.test(t.text)) || t.tag === 'SCONJ' || (t.tag === 'PRON' && RELATIVE_OPENERS.has(t.lower))) {
      aux = -1;
      continue;
    }
    if (t.kind !== 'word' || !t.tag) continue;
    if (t.verb?.finite && aux < 0) {
      if (PERFECT_PASSIVE_AUX.has(t.lower)) aux = i;
      else aux = -2;
      continue;
    }
    if (aux < 0 || !(t.verb?.finite || t.tag === 'NOUN')) continue;
    const next = tokens[i + 1];
    const last = !next || (next.kind === 'punct' && CLAUSE_EDGE.test(next.text)) || next.verb !== undefined || next.tag === 'SCONJ';
    if (!last || !isParticiple(t.lower)) continue;
    if (t.tag === 'NOUN' && (/^\p{Lu}/u.test(t.text) || nounPhraseBefore(tokens, i))) continue;
    makeParticiple(t, false);
  }
}

/** A determiner before the word, with at most adjectives between ("een groot verleden"). */
function nounPhraseBefore(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const t = tokens[k]!;
    if (DETERMINERS.has(t.lower) || t.tag === 'DET' || t.tag === 'NUM') return true;
    if (t.pos !== 'adj') return false;
  }
  return false;
}

/**
 * A word the tagger reads as a preposition or particle that the lexicon does
 * not know as one, but the verb table knows as an infinitive, is the
 * infinitive ("Vader is in Tilburg gaan wonen").
 */
function infinitivesReadAsParticles(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || t.tag !== 'ADP' || t.verb) continue;
    if (wordClasses(t.lower, t.text).some((c) => c === 'prep' || c === 'adv')) continue;
    const readings = verbReadings(t.lower);
    // Right after a subject pronoun a present form is the finite verb ("Ik hoor het altijd achteraf").
    const prev = tokens[i - 1]?.lower;
    if (prev !== undefined && /^(ik|jij|je|hij|zij|ze|wij|we|u)$/.test(prev) && readings.some((r) => r.flags.includes('s'))) {
      const verb = verbInfo(t.lower, prev);
      if (verb?.finite) {
        t.verb = verb;
        t.pos = 'verb';
        t.tag = `VERB|Fin|${verb.tense === 'past' ? 'Past' : 'Pres'}`;
        continue;
      }
    }
    if (!readings.some((r) => r.flags.includes('i'))) continue;
    const lemma = lemmaFor(t.lower, 'Inf', undefined);
    t.tag = 'VERB|Inf';
    t.pos = 'verb';
    t.verb = { lemma, finite: false, infinitive: true, ...(AUXILIARIES.has(lemma) ? { auxiliary: true } : {}) };
  }
}

const RELATIVE_OPENERS = new Set(['die', 'dat', 'wat', 'wie', 'welke', 'waar']);

/** An article, a number word or a preposition before the word, with at most two adjectives or adverbs between. */
function attributiveStart(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const tag = tokens[k]!.tag ?? '';
    // Not a year: "In 2019 gebruikte moeder …" puts the finite verb after the time phrase.
    if (tag === 'DET' || tag === 'ADP' || (tag === 'NUM' && tokens[k]!.kind === 'word')) return true;
    if (tag !== 'ADJ' && tag !== 'ADV') return false;
  }
  return false;
}

const DEGREE = new Set(['te', 'erg', 'heel', 'zeer', 'zo', 'best', 'nogal', 'behoorlijk', 'vrij', 'tamelijk']);

/**
 * Where the lexicon knows better than the tagger (which learned from
 * newspapers and Wikipedia): a word after a degree adverb that the lexicon
 * knows as an adjective is one ("te druk", "erg stil"); and a sentence that
 * opens with a time phrase has its finite verb in second position even when
 * the tagger read a noun ("In 2020 verblijven moeder en de kinderen …").
 */
function lexiconFallbacks(tokens: Token[]): void {
  participleRepairs(tokens);
  participlesAfterAuxiliary(tokens);
  infinitivesReadAsParticles(tokens);
  // A subordinator opens a clause, so none stands before the end of one: "de kinderen zien dat." ('dat' is a pronoun).
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (t.tag === 'SCONJ' && /^(dat|wat|die)$/.test(t.lower) && (!next || (next.kind === 'punct' && /^[.,;:!?)]$/.test(next.text)))) {
      t.tag = 'PRON';
      t.pos = 'pron';
    }
  }
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word' && t.pos === 'noun' && DEGREE.has(tokens[i - 1]!.lower) && wordClasses(t.lower, t.text).includes('adj')) t.pos = 'adj';
  }
  verbInFirstClause(tokens);
  if (tokens.some((t) => t.verb?.finite)) return;
  verbAfterOpeningTime(tokens);
  for (const t of tokens) if (t.verb?.finite && t.tag && !t.tag.includes('|Fin')) t.tag = `VERB|Fin|${t.verb.tense === 'past' ? 'Past' : 'Pres'}`;
}

/** The lexicon-only analysis used before the tagger (kept for comparison and as fallback). */
export function tokenizeByLexicon(text: string): Token[] {
  return lexiconTokens(tokenizeRaw(text));
}

function lexiconTokens(raw: RawToken[]): Token[] {
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
 * A main clause needs a finite verb. When the words before the first
 * subordinate clause have none, a verb form the tagger read as something
 * else after the subject is the verb: "De jeugdarts acht het waarschijnlijk
 * dat …" ('acht' is not the number here), "Moeder stelt voor dat …".
 */
function verbInFirstClause(tokens: Token[]): void {
  let end = tokens.findIndex((t) => t.tag === 'SCONJ' || (t.kind === 'punct' && /^[;:]$/.test(t.text)));
  // A sentence without a subordinate clause: the whole sentence ("De buurvrouw belde gisteren met de wijkagent"),
  // but only verb forms the lexicon does not know as other words only ('moeder' is no form of 'moeren' here).
  const whole = end < 0;
  if (whole) end = tokens.length;
  if (tokens.slice(0, end).some((t) => t.verb?.finite)) return;
  for (let i = 1; i < end; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]!;
    if (t.kind !== 'word' || t.pos === 'name' || DETERMINERS.has(prev.lower) || prev.lower === 'te') continue;
    if (!(prev.pos === 'noun' || prev.pos === 'name' || prev.pos === 'pron')) continue;
    const verb = verbInfo(t.lower, prev.lower);
    if (!verb?.finite || !isClearlyFinite(t.lower)) continue;
    if (whole) {
      const classes = wordClasses(t.lower, t.text);
      if (classes.length > 0 && !classes.includes('verb')) continue;
    }
    t.verb = verb;
    t.pos = 'verb';
    t.tag = `VERB|Fin|${verb.tense === 'past' ? 'Past' : 'Pres'}`;
    return;
  }
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
