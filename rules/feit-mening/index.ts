/**
 * feit-mening: in feiten sections, no unattributed judgement, label,
 * speculation, interpretation or generalisation (documentformaat §4). An
 * attributed view ("Moeder vindt dat …", "Volgens de school …") is a fact
 * about what someone said and stays silent; analyse sections are exempt.
 */
import type { Document, Sentence } from '../../src/document/types.js';
import type { Rule } from '../../src/engine/types.js';
import type { Clause, PersonMention, SentenceAnalysis, Taal, Token } from '../../src/taal/index.js';
import { adjectiveBases, PhraseSet } from '../../src/taal/index.js';
import { analysisContext, colonLead, inRanges, isQuotation, previousInBlock, quotedRanges, sentencesIn } from '../_gedeeld/context.js';
import { diagnosisLexicon, type DiagnosisLexicon } from '../diagnose-onderbouwing/lexicon.js';
import meta from './meta.js';

type Category = 'schrijversmening' | 'gissing' | 'oordeel' | 'generalisatie' | 'binnenwereld' | 'duiding';
const CATEGORIES: Category[] = ['schrijversmening', 'gissing', 'oordeel', 'generalisatie', 'binnenwereld', 'duiding'];

interface Cue {
  category: Category;
  /** A writer's-opinion cue that someone else's attribution can still cover ("Volgens de school zou Sem … moeten"). */
  coverable?: boolean;
  /** The writer's own inference that no attribution in the sentence covers. */
  writerOnly?: boolean;
  start: number;
  end: number;
  words: string;
}

const MESSAGES: Record<Category, (w: string) => string> = {
  schrijversmening: (w) =>
    `"${w}" is uw eigen mening. Zet uw oordeel in de analyse, of beschrijf hier wat er gebeurde en wie dat zag of zei.`,
  gissing: (w) =>
    `"${w}" is een vermoeden, geen feit. Beschrijf wat er is gezien of gezegd, door wie en wanneer; een vermoeden hoort in de analyse, als vermoeden.`,
  oordeel: (w) =>
    `"${w}" is een oordeel over een persoon. Beschrijf het gedrag dat u of een ander zag (wat, wanneer, wie zag het), of schrijf wie dit vindt: "Volgens de leerkracht …".`,
  generalisatie: (w) =>
    `"${w}" maakt van een waarneming een algemene regel. Beschrijf concreet hoe vaak en wanneer het gebeurde, en wie het zag.`,
  binnenwereld: (w) =>
    `"${w}" beschrijft wat iemand voelt of denkt alsof het vaststaat. Schrijf wie dit zei of zag ("Sem vertelt dat hij bang is", "De mentor ziet dat …").`,
  duiding: (w) =>
    `"${w}" voegt uw uitleg toe aan een feit. Laat het feit staan met de bron en zet de uitleg in de analyse.`,
};

// Verbs and phrases that state an inner state of someone else as fact.
// Present-tense 'wil' is an attitude; past 'wilde' with an occasion is behaviour ("wilde de laatste twee keer niet naar binnen").
const INNER_VERBS = new Set([
  'voelt', 'voelde', 'voelen', 'beseft', 'besefte', 'begrijpt', 'begreep', 'snapt', 'snapte', 'wil', 'willen', 'durft', 'vertrouwt', 'vertrouwde',
  'geniet', 'genoot', 'mist', 'miste', 'verlangt', 'haat', 'haatte',
  // reflexive feelings and insight: "schaamt zich", "ergert zich", "realiseert zich"
  'schaamt', 'schaamde', 'schamen', 'ergert', 'ergerde', 'verveelt', 'verveelde', 'realiseert', 'realiseerde', 'geneert', 'wantrouwt', 'wantrouwde',
  // plural forms, and how someone sees another: "De ouders begrijpen niet", "beschouwt de pleegouders als zijn ouders"
  'begrijpen', 'begrepen', 'beseffen', 'beseften', 'snappen', 'snapten', 'durven', 'genieten', 'missen', 'verlangen', 'beschouwt', 'beschouwde', 'beschouwen',
  // belief without a dat-clause: "Moeder gelooft Yara niet" ("Moeder gelooft dat …" is her view, an attribution)
  'gelooft', 'geloofde', 'geloven', 'geloofden',
]);
/** Perception of a family member stated as fact with a negation: "merkt niets", "heeft niet door", "ziet niet in". */
const UNNOTICED = /^(merkt|merkte|ziet|zag|heeft|had)$/;
const LITTLE = /^(geen|weinig|onvoldoende|nauwelijks|beperkt|te weinig)$/;
const STILL_NOT_GENERAL = /^(nog|niet|bijna|vrijwel|meer|minder|vaker|beter|slechter|verder|groter|kleiner|zo|ook)$/;
const CAPACITY = /^(zorgen|opvoeden|bieden|beschermen|omgaan|aansluiten|begrenzen|afstemmen|inleven|verzorgen|grenzen|structuur|veiligheid|signalen|aanvoelen|inschatten|herkennen)$/;
/** The writer's evaluation in an adverb: "zijn terecht voorzichtig", "helaas". Covered when someone else says it. */
const EVALUATIVE_ADVERB = /^(terecht|onterecht|helaas|begrijpelijkerwijs)$/;
const GROUP_SUBJECT = /^(school|leerkracht|mentor|huisarts|politie|buurvrouw|buurman|oma|opa)$/;

function wordsOf(a: SentenceAnalysis): string[] {
  return a.tokens.map((t) => t.lower);
}

function findCues(s: Sentence, a: SentenceAnalysis, lex: Record<string, PhraseSet>, enabled: Set<Category>, taal: Taal, dx: DiagnosisLexicon): Cue[] {
  const cues: Cue[] = [];
  const words = wordsOf(a);
  const t = a.tokens;
  const add = (category: Category, from: number, to: number, coverable = false) => {
    if (!enabled.has(category)) return;
    cues.push({ category, start: t[from]!.start, end: t[to]!.end, words: s.text.slice(t[from]!.start, t[to]!.end), ...(coverable ? { coverable } : {}) });
  };
  for (let i = 0; i < t.length; i++) {
    if (t[i]!.kind !== 'word') continue;
    let n: number;
    if ((n = lex.schrijversmening!.matchAt(words, i))) add('schrijversmening', i, i + n - 1);
    if ((n = lex.duiding!.matchAt(words, i))) add('duiding', i, i + n - 1);
    if ((n = lex.hedges!.matchAt(words, i))) {
      // "mogelijk" as in "het is mogelijk om" is not a hedge; "lijkt" as in "lijkt op" (resembles) neither.
      const next = words[i + n];
      if (!(words[i] === 'lijkt' && next === 'op') && !(words[i] === 'mogelijk' && n === 1 && possibilityNotGuess(a, words, i))) add('gissing', i, i + n - 1);
    }
    // reported hearsay: "zou … hebben geslagen"
    if ((words[i] === 'zou' || words[i] === 'zouden') && words.slice(i + 1, i + 8).some((w, k, arr) => (w === 'hebben' || w === 'zijn') && arr.slice(0, k).some(() => true) || w === 'hebben' || w === 'zijn')) {
      if (t.slice(i + 1, i + 8).some((x) => x.verb?.participle)) add('gissing', i, i);
    }
    // A prediction about a family member: "Moeder zal nooit veranderen". A dated plan ("Sem zal na de
    // zomer naar groep 5 gaan") is not one.
    if ((words[i] === 'zal' || words[i] === 'zullen') && clauseAt(a, i)?.tense === 'future' && a.timeReferences.length === 0 && !words.some((w) => PLAN_TIME.test(w)) && subjectBeforeIsFamily(a, i) && innerStateOfFamily(a, i)) add('gissing', i, i);
    // The writer's inference: "moet het hebben geweten", "moeten dat hebben gezien".
    if ((words[i] === 'moet' || words[i] === 'moeten') && t.slice(i + 1, i + 9).some((x) => x.lower === 'hebben' || x.lower === 'zijn') && t.slice(i + 1, i + 9).some((x) => x.verb?.participle) && innerStateOfFamily(a, i)) add('gissing', i, i);
    // "een onvoldoende voor rekenen", "drie onvoldoendes": a school mark, not a judgement.
    const mark = /^(on)?voldoendes?$/.test(words[i]!) && (/^(een|twee|drie|vier|vijf|\d+|zijn|haar|geen)$/.test(words[i - 1] ?? '') || words[i + 1] === 'voor');
    if (!mark && (n = lex.meningswoorden!.matchAt(words, i))) add('oordeel', i, i + n - 1);
    // The inflected form of a judging adjective: "een manipulatieve man", "een onbetrouwbare vader".
    // Only about a person: the noun it goes with is a person word, or a family member is in the clause.
    else if (
      words[i]!.endsWith('e') &&
      adjectiveBases(words[i]!).slice(1).some((b) => lex.meningswoorden!.has(b)) &&
      (lex.persoonswoorden!.has(words[i + 1] ?? '') || innerStateOfFamily(a, i))
    ) add('oordeel', i, i);
    // Figurative judgements ("een kort lontje", "houden Niels de hand boven het hoofd") and inner states ("zit in de knoop").
    if ((n = lex['beeldspraak-oordeel']!.matchAt(words, i))) add('oordeel', i, i + n - 1);
    if ((n = lex['beeldspraak-binnenwereld']!.matchAt(words, i)) && innerStateOfFamily(a, i)) add('binnenwereld', i, i + n - 1);
    // A person characterised with a subjective adjective: "Vader is een liefdevolle vader", "De pleegouders zijn warme mensen".
    if (COPULA.test(words[i]!) && (n = characterisation(t, i, lex, taal)) && innerStateOfFamily(a, i)) add('oordeel', i + 1, i + n);
    // Too much of something, in the writer's measure: "Stiefvader is veel te streng", "Moeder is te toegeeflijk".
    if (COPULA.test(words[i]!) && personRightBefore(a, i) && (n = excess(t, i, taal))) add('oordeel', n - 1, n);
    // A strongly subjective adjective as the predicate of a family member: "Vader is egoïstisch", "Moeder is erg afwezig".
    else if (COPULA.test(words[i]!) && personRightBefore(a, i) && (n = predicateJudgement(t, i, lex, taal)) && innerStateOfFamily(a, i)) add('oordeel', n, n);
    // A clinical label as a characterisation of a family member: "Moeder is borderline", "Vader is een narcist".
    if (COPULA.test(words[i]!) && personRightBefore(a, i) && (n = labelPredicate(t, i, dx))) add('oordeel', i + 1, n);
    // A diagnosis as cause or effect in the writer's words: "heeft een angststoornis, waardoor zij …",
    // "heeft hierdoor een PTSS". What the diagnosis explains is an interpretation, not a fact.
    if (/^(waardoor|daardoor|hierdoor|doordat)$/.test(words[i]!) && t.some((x, k) => k !== i && diagnosisAt(t, k, dx) !== undefined) && innerStateOfFamily(a, i)) add('duiding', i, i);
    // A label that likens behaviour to a diagnosis: "ADHD-achtig gedrag", "autistisch gedrag".
    if ((n = labelLikeness(t, i, dx)) && innerStateOfFamily(a, i)) add('oordeel', i, i + n - 1);
    if (EVALUATIVE_ADVERB.test(words[i]!)) add('schrijversmening', i, i, true);
    // What someone needs or what is good for them, in the writer's words: "heeft baat bij", "moet leren".
    if ((n = lex.normatief!.matchAt(words, i)) && innerStateOfFamily(a, i)) add('schrijversmening', i, i + n - 1, true);
    // "Moeder heeft hulp nodig", "Sem heeft vooral rust en structuur nodig".
    if ((n = needs(a, i, lex)) && innerStateOfFamily(a, i)) add('schrijversmening', i, n, true);
    // "Het is belangrijk dat …", "Zorgelijk is dat …": the writer weighs what follows.
    if ((n = evaluativeFrame(t, i, lex))) add('schrijversmening', i, n, true);
    // A judgement of the home situation or a relationship: "De opvoedsituatie is onveilig", "een verstoorde hechting".
    if (lex['situatie-oordeel']!.has(words[i]!) && !negatedBefore(words, i) && (situationInClause(a, i, lex) || innerStateOfFamily(a, i))) add('oordeel', i, i);
    // The writer's view of what should happen: "zou eigenlijk getest moeten worden".
    if ((words[i] === 'zou' || words[i] === 'zouden') && words.slice(i + 1, i + 8).includes('moeten')) add('schrijversmening', i, i + 1 + words.slice(i + 1, i + 8).indexOf('moeten'), true);
    if ((n = lex.generalisaties!.matchAt(words, i))) {
      const prev = words[i - 1];
      const next = words[i + n];
      const still = (words[i] === 'steeds' || words[i] === 'altijd') && (prev === 'nog' || (next !== undefined && STILL_NOT_GENERAL.test(next)));
      const notAlways = prev === 'niet' || prev === 'bijna' || prev === 'vrijwel';
      // "nooit", "niemand" and "iedereen" bound to a time ("was op 3 mei niemand thuis") report one occasion.
      // "niemand" and "iedereen" generalise only in the present tense ("Tijdens het huisbezoek was niemand thuis").
      const people = /^(niemand|iedereen)$/.test(words[i]!);
      const bound = (words[i] === 'nooit' || people) && a.timeReferences.length > 0 || (people && clauseAt(a, i)?.tense !== 'present');
      // "niemand weet hoe …" says something is unknown, not how people behave.
      const unknown = words[i] === 'niemand' && /^(weet|wist|weten)$/.test(next ?? '');
      if (!still && !notAlways && !bound && !unknown) add('generalisatie', i, i + n - 1);
    }
    // A group's culture as the explanation: "In de Eritrese cultuur wordt niet over … gepraat".
    if (/^(in|binnen|vanuit)$/.test(words[i]!) && words[i + 1] === 'de' && /\p{L}{3,}e$/u.test(words[i + 2] ?? '') && /^(cultuur|gemeenschap|culturen)$/.test(words[i + 3] ?? '')) add('generalisatie', i, i + 3);
    if (lex.binnenwereld!.has(words[i]!) && innerStateOfFamily(a, i) && subjectBeforeIsFamily(a, i) && !visibleManner(words, i)) add('binnenwereld', i, i);
    // A dated wish is a reported event ("In 2023 willen de pleegouders stoppen"); a timeless one a state of mind.
    const datedWish = /^(wil|willen)$/.test(words[i]!) && a.timeReferences.some((r) => !r.since);
    if (INNER_VERBS.has(words[i]!) && innerStateOfFamily(a, i) && subjectBeforeIsFamily(a, i) && !isAuxiliaryUse(t, i) && !datedWish) add('binnenwereld', i, i);
    if (LITTLE.test(words[i]!)) {
      // "geen inzicht", "geen enkel besef", "weinig echte interesse"
      const k = /^(enkel|enkele|echt|echte|goed|goede|reeel|reele|werkelijk)$/.test(words[i + 1] ?? '') ? i + 2 : i + 1;
      if (lex.inzichtwoorden!.has(words[k] ?? '') && innerStateOfFamily(a, i)) add('binnenwereld', i, k);
    }
    if (UNNOTICED.test(words[i]!) && /^(niets|niks|niet)$/.test(words[i + 1] ?? '') && (words[i] === 'merkt' || words[i] === 'merkte' || /^(door|in)$/.test(words[i + 2] ?? '') || words[i + 3] === 'in') && innerStateOfFamily(a, i)) {
      add('binnenwereld', i, i + 1);
    }
    // "kan de zorg voor twee kinderen niet aan" (aankunnen): a judgement of what someone can bear.
    if (/^(kan|kon|kunnen|konden)$/.test(words[i]!)) {
      const clause = clauseAt(a, i);
      const end = clause ? clause.tokenRange[1] : t.length - 1;
      let k = end;
      while (k > i && t[k]!.kind === 'punct') k--;
      if (k > i + 2 && words[k] === 'aan' && words.slice(i + 1, k).includes('niet') && innerStateOfFamily(a, i)) add('oordeel', i, k);
    }
    // A judgement of parenting capacity: "kan niet voor een baby zorgen", "kan geen structuur bieden".
    // The negation may stand later: "kan de signalen van Sem niet lezen".
    if (/^(kan|kunnen|kon|konden)$/.test(words[i]!)) {
      const neg = words.slice(i + 1, i + 7).findIndex((w) => /^(niet|geen|onvoldoende|nauwelijks)$/.test(w));
      const rest = words.slice(i + 1, i + 10);
      if (neg >= 0 && rest.some((w) => CAPACITY.test(w)) && innerStateOfFamily(a, i)) add('oordeel', i, i + 1 + neg);
    }
    // "heeft moeite om zijn boosheid te beheersen", "heeft veel moeite met grenzen stellen": a judgement of
    // what a parent can do, or of a child's inner life; "Sem heeft moeite met rekenen" is a school fact.
    if (/^(heeft|had|hebben|hadden)$/.test(words[i]!)) {
      const k = words.slice(i + 1, i + 4).indexOf('moeite');
      const m = i + 1 + k;
      if (k >= 0 && /^(om|met)$/.test(words[m + 1] ?? '') && moeiteJudged(a, i, m, words) && innerStateOfFamily(a, i)) add('oordeel', i, m);
    }
    // A label as fact: "narcistische trekken", "borderline-trekken", "autistische kenmerken".
    // Only with a diagnosis or a judging word before it: "aantrekken" is putting on, not a trait.
    const traitCompound = /^([\p{L}]+?)-?(trekken|kenmerken)$/u.exec(words[i]!);
    if (traitCompound && words[i]!.length > 9 && (dx.words.has(traitCompound[1]!) || dx.abbreviations.has(t[i]!.text.slice(0, traitCompound[1]!.length)) || lex.meningswoorden!.has(traitCompound[1]!))) add('oordeel', i, i);
    if ((words[i] === 'trekken' || words[i] === 'kenmerken') && /(isch|ische|ief|ieve|tisch|tische|achtig|achtige)$/.test(words[i - 1] ?? '')) add('oordeel', i - 1, i);
  }
  return cues;
}

/**
 * "mogelijk" for what can be done, not a guess: "zo snel mogelijk", "zoveel mogelijk", "indien
 * mogelijk", "waar mogelijk", "niet mogelijk", "het is mogelijk om …", "maakt het mogelijk", or
 * "mogelijk" closing its clause ("Dat is mogelijk."). A guess: "is mogelijk autistisch",
 * "het is mogelijk dat vader drinkt", "heeft mogelijk gedronken".
 */
function possibilityNotGuess(a: SentenceAnalysis, words: readonly string[], i: number): boolean {
  const before = words.slice(Math.max(0, i - 3), i);
  const prev = words[i - 1] ?? '';
  const next = words[i + 1] ?? '';
  if (before.some((w) => /^(zo|zoveel|zover|zoals|indien|waar|wanneer|voorzover)$/.test(w))) return true;
  if (/^(niet|geen|ook|alleen|pas|weer|nog|het|alle|elke|iedere|veel|meer|goed)$/.test(prev)) return !(prev === 'het' && next === 'dat');
  if (next === 'om' || next === 'te' || next === '' || /^[.,;:!?)]$/.test(next)) return true;
  // "Omgang is mogelijk op zaterdag": something that can happen; "Vader is mogelijk in Marokko" is a guess about a person.
  if (/^(op|in|via|bij|na|voor|vanaf|tot|met|zonder|onder|binnen|buiten|door)$/.test(next)) {
    return !a.persons.some((p) => p.end <= a.tokens[i]!.start);
  }
  return false;
}

const COPULA = /^(is|zijn|was|waren|blijft|blijven|bleef|bleven)$/;
/** Words that may stand between the copula and the adjectives: "is echt een heel lieve moeder". */
const FILLERS = /^(een|echt|heel|erg|zeer|best|wel|nogal|vrij|ook|altijd|nog|steeds|een|,|en|maar|toch|ontzettend|enorm|bijzonder)$/;

/**
 * "is een [subjective adjective]+ [person noun]" after a copula at i: the number of tokens
 * from i+1 to the noun, or 0. The adjectives must include one that the data calls clearly
 * subjective (subjectivity ≥ 0.7, |polarity| ≥ 0.3) and that is not merely descriptive.
 */
function characterisation(t: Token[], i: number, lex: Record<string, PhraseSet>, taal: Taal): number {
  let judged = false;
  let adjectives = 0;
  for (let j = i + 1; j < Math.min(t.length, i + 10); j++) {
    const w = t[j]!.lower;
    if (lex.persoonswoorden!.has(w)) return adjectives > 0 && judged ? j - i : 0;
    if (FILLERS.test(w)) continue;
    // A question word or conjunction starts a new clause: "Het is onduidelijk waar vader woont".
    if (/^(waar|wie|wat|hoe|of|dat|waarom|wanneer|welke|omdat|als)$/.test(w)) return 0;
    const subj = taal.subjectivity(w);
    // An inflected adjective the data does not know ("stabiele") still belongs to the run.
    const inflected = /\p{L}{3,}e$/u.test(w) && (FILLERS.test(t[j + 1]?.lower ?? '') || lex.persoonswoorden!.has(t[j + 1]?.lower ?? ''));
    const trait = lex.karaktertrekken!.has(w) || adjectiveBases(w).some((b) => lex.karaktertrekken!.has(b));
    if (!subj && t[j]!.pos !== 'adj' && !inflected && !trait) return 0;
    adjectives++;
    if (trait) judged = true;
    if (subj && subj.subjectivity >= 0.7 && Math.abs(subj.polarity) >= 0.3 && !lex['beschrijvende-bijvoeglijke-naamwoorden']!.has(subj.base)) judged = true;
  }
  return 0;
}

/** Degree words that may stand between the copula and a label: "is zwaar depressief", "is een echte narcist". */
const LABEL_FILLERS = /^(erg|heel|zeer|zwaar|ernstig|licht|behoorlijk|echt|echte|gewoon|duidelijk|ook|nogal|wat|een|zelf|typisch|typische|klassiek|klassieke|al|sinds|jaar|jaren|lang|inmiddels|nog|steeds|altijd|\d+|twee|drie|vier|vijf|zes|tien|vijftien|twintig|dertig)$/;
/** Words that make a future a plan rather than a prediction. */
const PLAN_TIME = /^(na|vanaf|volgende|komende|binnenkort|morgen|straks|dan)$/;

/** A single-word diagnosis form (or an abbreviation in capitals) at token j; its canonical term. */
function diagnosisAt(t: Token[], j: number, dx: DiagnosisLexicon): string | undefined {
  const w = t[j];
  if (!w || w.kind !== 'word') return undefined;
  return dx.words.get(w.lower) ?? dx.abbreviations.get(w.text);
}

/**
 * After a copula at i: the index of a diagnosis form that the copula makes into a characterisation
 * ("is borderline", "is zwaar depressief", "is een narcist"), or 0. Not when negated ("is niet
 * autistisch"), not when the sentence says who established it ("is in 2020 … gediagnosticeerd"),
 * and not "verslaafd aan" a named substance, which reports a dependency rather than a character.
 */
function labelPredicate(t: Token[], i: number, dx: DiagnosisLexicon): number {
  let j = i + 1;
  while (j < t.length && LABEL_FILLERS.test(t[j]!.lower)) j++;
  if (!diagnosisAt(t, j, dx)) return 0;
  if (t[j + 1]?.lower === 'aan' && /^verslaafd/.test(t[j]!.lower)) return 0;
  if (t.some((x) => dx.establish.has(x.lower))) return 0;
  return j;
}

/** "ADHD-achtig(e)", "autisme-achtig", or a diagnosis adjective before "gedrag": the number of tokens of the label, or 0. */
function labelLikeness(t: Token[], i: number, dx: DiagnosisLexicon): number {
  const w = t[i]!;
  const m = /^(.+?)-?achtige?$/.exec(w.lower);
  // "ADHD-achtige trekken" is quoted whole by the trekken check.
  if (/^(trekken|kenmerken)$/.test(t[i + 1]?.lower ?? '')) return 0;
  if (m && w.text.length > 7 && (dx.words.has(m[1]!) || dx.abbreviations.has(w.text.slice(0, m[1]!.length)))) return 1;
  if (t[i + 1]?.lower === 'gedrag' && /(isch|ische|ief|ieve)$/.test(w.lower) && dx.words.has(w.lower)) return 2;
  return 0;
}

/** What "moeite met/om" is about when it judges: feelings and self-control, or parenting capacity. */
const REGULATION = /^(boosheid|woede|emoties|emotie|gevoelens|frustratie|agressie|impulsen|beheersen|reguleren|controleren|accepteren|erkennen|loslaten|toegeven|grenzen|afstand|kritiek|gezag|regels)$/;

/**
 * "heeft moeite om/met" (moeite at m) judges when its subject is a parent or carer, or when what
 * follows is about feelings, self-control or parenting; a child's school subject is not.
 */
function moeiteJudged(a: SentenceAnalysis, i: number, m: number, words: readonly string[]): boolean {
  const after = words.slice(m + 2, m + 10);
  if (after.some((w) => REGULATION.test(w) || CAPACITY.test(w))) return true;
  const start = a.tokens[clauseAt(a, i)?.tokenRange[0] ?? 0]!.start;
  return a.persons.some((p) => p.ref.group === 'betrokkene' && p.start >= start && p.end <= a.tokens[i]!.start);
}

/**
 * "is (veel) te streng" after a copula at i: the index of the adjective, or 0. Time words ("was te
 * laat", "te vroeg") report what happened, not a measure of the person.
 */
function excess(t: Token[], i: number, taal: Taal): number {
  let j = i + 1;
  while (j < t.length && /^(veel|erg|wel|nogal|ook|soms|vaak|echt|gewoon|duidelijk|nog|steeds|altijd)$/.test(t[j]!.lower)) j++;
  if (t[j]?.lower !== 'te') return 0;
  const adj = t[j + 1];
  if (!adj || adj.kind !== 'word' || /^(laat|vroeg|veel|weinig)$/.test(adj.lower)) return 0;
  return adj.pos === 'adj' || taal.subjectivity(adj.lower) ? j + 1 : 0;
}

/** "heeft/hebben … nodig" with something from the needs list in between: the index of "nodig", or 0. */
function needs(a: SentenceAnalysis, i: number, lex: Record<string, PhraseSet>): number {
  const t = a.tokens;
  if (!/^(heeft|hebben|had|hadden)$/.test(t[i]!.lower)) return 0;
  const end = Math.min(t.length - 1, clauseAt(a, i)?.tokenRange[1] ?? t.length - 1, i + 9);
  for (let j = i + 1; j <= end; j++) {
    if (t[j]!.lower !== 'nodig') continue;
    // "heeft hulp nodig bij het klaarmaken van de fles": help with a named task describes the support, not a judgement.
    if (t[j + 1]?.lower === 'bij' && t[j + 2]?.lower === 'het') return 0;
    return t.slice(i + 1, j).some((x) => lex.behoeften!.has(x.lower)) ? j : 0;
  }
  return 0;
}

/**
 * "Het is (erg) belangrijk dat/om …" or "Belangrijk is dat …" at i, with an evaluative adjective from
 * the lexicon: the index of the last token of the frame, or 0. "Het is onduidelijk waar …" only says
 * something is not known and is not in the lexicon.
 */
function evaluativeFrame(t: Token[], i: number, lex: Record<string, PhraseSet>): number {
  const w = (k: number) => t[k]?.lower ?? '';
  if (w(i) === 'het' && /^(is|was|lijkt|blijft|bleek|blijkt)$/.test(w(i + 1))) {
    let j = i + 2;
    while (/^(erg|heel|zeer|wel|ook|dan|daarom|extra|echt|niet|dus|vooral|nu|nog|steeds|bijzonder)$/.test(w(j))) j++;
    const n = lex.evaluatief!.matchAt(t.map((x) => x.lower), j);
    if (n && /^(dat|om|te|als|wanneer|hoe|,)$/.test(w(j + n))) return j + n - 1;
    return 0;
  }
  // Inverted, at the start of a clause: "Zorgelijk is dat …", "Opvallend is dat …".
  if ((i === 0 || t[i - 1]!.kind === 'punct') && /^(is|was)$/.test(w(i + 1)) && /^(dat|het)$/.test(w(i + 2)) && lex.evaluatief!.has(w(i))) return i + 1;
  return 0;
}

/** "niet" or "geen" right before (with one word between at most): "is niet onveilig" denies the judgement. */
function negatedBefore(words: readonly string[], i: number): boolean {
  return /^(niet|geen|nooit)$/.test(words[i - 1] ?? '') || (/^(niet|geen)$/.test(words[i - 2] ?? '') && /^(meer|zo|echt|per se)$/.test(words[i - 1] ?? ''));
}

/** A word for the home situation or a relationship in the clause of token i ("de thuissituatie", "de hechting"). */
function situationInClause(a: SentenceAnalysis, i: number, lex: Record<string, PhraseSet>): boolean {
  const c = clauseAt(a, i);
  const [from, to] = c ? c.tokenRange : [0, a.tokens.length - 1];
  return a.tokens.slice(from, to + 1).some((x) => lex.situatiewoorden!.has(x.lower));
}

/** How someone visibly reacted: "reageerde boos", "keek angstig", "klonk gespannen" describe behaviour, not an inner state. */
const MANNER_VERB = /^(reageert|reageerde|reageerden|reageren|gereageerd|keek|kijkt|keken|klonk|klinkt|klonken|sprak|spreekt|praatte|praat|antwoordde|antwoordt|oogde|oogt|kwam|komt|liep|loopt|schreeuwde|riep|huilde|zat|stond)$/;

function visibleManner(words: readonly string[], i: number): boolean {
  const prev = words[i - 1] ?? '';
  const prev2 = words[i - 2] ?? '';
  // "kwam boos binnen", "kwam boos over": how someone came across, as seen.
  return MANNER_VERB.test(prev) || (/^(erg|heel|zeer|wat|nogal|best)$/.test(prev) && MANNER_VERB.test(prev2));
}

/** The clause that holds token i. */
function clauseAt(a: SentenceAnalysis, i: number): Clause | undefined {
  return a.clauses.find((c) => i >= c.tokenRange[0] && i <= c.tokenRange[1]);
}

/** A child or betrokkene from the frontmatter, or a personal pronoun that may stand for one. */
function isFamily(p: PersonMention): boolean {
  return p.ref.group === 'kind' || p.ref.group === 'betrokkene' || (p.ref.group === 'onbekend' && /^(hij|zij|ze)$/i.test(p.text));
}

/**
 * For a verb at i: when a noun phrase stands before it in its clause, that is the subject, and it
 * must be a family member ("De school beschouwt Sem als …" is the school's view). With nothing
 * nominal before the verb (inversion: "Daarom begrijpt moeder niet …") the clause check decides.
 */
function subjectBeforeIsFamily(a: SentenceAnalysis, i: number): boolean {
  const clause = clauseAt(a, i);
  const from = clause ? clause.tokenRange[0] : 0;
  const before = a.tokens.slice(from, i).filter((x) => x.kind === 'word');
  const nominal = before.some((x) => x.pos === 'noun' || x.pos === 'name' || x.pos === 'det' || /^(ik|hij|zij|ze|wij|we|u)$/.test(x.lower));
  if (!nominal) return true;
  const start = a.tokens[from]!.start;
  const end = a.tokens[i]!.start;
  return a.persons.some((p) => p.start >= start && p.end <= end && isFamily(p));
}

/** The subject right before the copula at i is a person ("Vader is", "Mila en Sem zijn"), not a thing ("zijn urinecontroles waren"). */
function personRightBefore(a: SentenceAnalysis, i: number): boolean {
  const prev = a.tokens[i - 1];
  return prev !== undefined && a.persons.some((p) => p.end === prev.end && p.ref.group !== 'professional');
}

/**
 * After a copula at i: the index of a predicate adjective that the data calls strongly subjective
 * (subjectivity ≥ 0.9, |polarity| ≥ 0.5) and that is not merely descriptive, standing at the end
 * of its clause or before a preposition ("is lief voor de kinderen"); else 0.
 */
function predicateJudgement(t: Token[], i: number, lex: Record<string, PhraseSet>, taal: Taal): number {
  let j = i + 1;
  while (j < t.length && /^(erg|heel|zeer|best|wel|nogal|vrij|ook|altijd|nog|steeds|echt|ontzettend|enorm|bijzonder|soms|vaak|niet)$/.test(t[j]!.lower)) j++;
  const w = t[j];
  if (!w || w.kind !== 'word' || t.slice(i + 1, j).some((x) => x.lower === 'niet')) return 0;
  const subj = taal.subjectivity(w.lower);
  const strong = subj !== undefined && subj.subjectivity >= 0.9 && Math.abs(subj.polarity) >= 0.5 && !lex['beschrijvende-bijvoeglijke-naamwoorden']!.has(subj.base);
  // A character trait typifies only in the present: "Sem is stil"; "Sem was stil tijdens het gesprek" is what was seen.
  // "is druk met zijn werk" is busy, not restless.
  const trait = lex.karaktertrekken!.has(w.lower) && /^(is|zijn|blijft|blijven)$/.test(t[i]!.lower) && !(w.lower === 'druk' && /^(met|bezig)$/.test(t[j + 1]?.lower ?? ''));
  if (!strong && !trait) return 0;
  // Feelings ("is bang", "is boos") are inner states, reported as such by the binnenwereld check.
  if (lex.binnenwereld!.has(w.lower) || (subj && lex.binnenwereld!.has(subj.base))) return 0;
  const next = t[j + 1];
  const ends = !next || next.kind === 'punct' || /^(voor|tegen|naar|op|over|met|in|bij|en|maar|als)$/.test(next.lower);
  return ends ? j : 0;
}

/** "wil" followed by an infinitive of doing is a plan ("wil verhuizen") only when attributed; as fact it is an inner state. */
function isAuxiliaryUse(t: Token[], i: number): boolean {
  const w = t[i]!.lower;
  if (w === 'mist' || w === 'miste') {
    // "Sem mist lessen" (absence) is a fact, "Sem mist zijn vader" an inner state.
    return !t.slice(i + 1, i + 4).some((x) => /^(zijn|haar|hun|de|het)$/.test(x.lower)) || t.slice(i + 1, i + 8).some((x) => /^(lessen|lesuren|les|uur|uren|afspraken|afspraak|dagen|dag|school|bus|trein|toets|toetsen|training)$/.test(x.lower));
  }
  return false;
}

/** The subject of the inner-state word is a family member (a name, a parent role, a pronoun), not an organisation or a professional. */
function innerStateOfFamily(a: SentenceAnalysis, i: number): boolean {
  const clause = clauseAt(a, i);
  const from = clause ? clause.tokenRange[0] : 0;
  const to = clause ? clause.tokenRange[1] : a.tokens.length - 1;
  const start = a.tokens[from]!.start;
  const end = a.tokens[to]!.end;
  let inClause = a.persons.filter((p) => p.start >= start && p.end <= end);
  // A coordinated clause without its own subject ("… en voelt zich verantwoordelijk"): the sentence's subject counts.
  if (!inClause.some(isFamily) && clause && a.tokens[from]!.lower === 'en') {
    inClause = a.persons;
  }
  // A school, mentor or neighbour as the subject (before the cue) makes it their view; after the cue ("… naar oma moet") it does not.
  if (inClause.some((p) => p.ref.group === 'professional' && GROUP_SUBJECT.test(p.ref.rol ?? '') && p.end <= a.tokens[i]!.start)) return false;
  return inClause.some(isFamily);
}

/** A relative clause in which the writer comments on the whole sentence: "…, wat laat zien dat …". */
const WRITER_COMMENT = /^(wat|hetgeen|waaruit|waarmee)\b/i;

const CONTINUATION = /^(ook|daarnaast|verder|bovendien|volgens (haar|hem))\b/i;
const PRONOUN_START = /^(hij|zij|ze)\b/i;
const FEMALE_SOURCE = /\b(moeder|oma|tante|zus|zuster|pleegmoeder|stiefmoeder|mevrouw|mw|juf|buurvrouw|grootmoeder|dochter)\b/i;
const MALE_SOURCE = /\b(vader|opa|oom|broer|pleegvader|stiefvader|meneer|dhr|meester|buurman|grootvader|zoon|de heer)\b/i;

/**
 * The sentence goes on with the previous sentence's attribution: "Zij schrijft dat … Daarnaast …",
 * or a pronoun that can only mean the informant ("Moeder schrijft dat … Zij wil het gezag houden").
 * "De intern begeleider vertelt dat Jonas … Hij heeft een kort lontje": "Hij" may be Jonas, so the
 * judgement is the writer's.
 */
function continuesAttribution(doc: Document, s: Sentence, analyze: (t: string) => SentenceAnalysis): boolean {
  const text = s.text.trim();
  const marker = CONTINUATION.test(text);
  const pronoun = PRONOUN_START.exec(text)?.[1]?.toLowerCase();
  if (!marker && !pronoun) return false;
  const prev = previousInBlock(doc, s);
  if (!prev) return false;
  const pa = analyze(prev.text);
  const informants = pa.attributions.filter((x) => !x.byWriter && x.kind !== 'observation');
  if (!informants.length) return false;
  if (marker) return true;
  return informants.some((x) => {
    const female = FEMALE_SOURCE.test(x.source);
    const male = MALE_SOURCE.test(x.source);
    if (female || male) return pronoun === 'hij' ? male : female;
    // A source of unknown gender (a professional, a document): the pronoun refers to the informant
    // only when the attributed content names no family member it could mean instead.
    if (x.kind === 'document' || x.kind === 'organisation') return false;
    // A family member named again in this sentence is not its pronoun subject ("Hij heeft Jayden nooit
    // doorverwezen": Hij is not Jayden), so only the others could be meant instead of the informant.
    const here = new Set(analyze(s.text).persons.map((p) => (p.ref.naam ?? p.ref.rol ?? p.text).toLowerCase()));
    return !pa.persons.some(
      (p) => p.start >= x.scopeStart && p.end <= x.scopeEnd && (p.ref.group === 'kind' || p.ref.group === 'betrokkene') && !here.has((p.ref.naam ?? p.ref.rol ?? p.text).toLowerCase()),
    );
  });
}

/** A list item or quote whose colon lead names who is speaking ("Volgens de school:", "Moeder vertelt:"). */
function underAttributedLead(doc: Document, s: Sentence, analyze: (t: string) => SentenceAnalysis): boolean {
  const lead = colonLead(doc, s);
  if (!lead) return false;
  return analyze(lead.text).attributions.some((x) => !x.byWriter && x.kind !== 'observation');
}

const rule: Rule = {
  meta,
  check(doc, ctx) {
    const kinds = (ctx.options.secties as string[]) ?? ['feiten'];
    const enabled = new Set((ctx.options.categorieen as Category[]) ?? CATEGORIES);
    const lex: Record<string, PhraseSet> = {};
    for (const name of [
      'schrijversmening', 'duiding', 'hedges', 'meningswoorden', 'generalisaties', 'binnenwereld',
      'beeldspraak-oordeel', 'beeldspraak-binnenwereld', 'persoonswoorden', 'beschrijvende-bijvoeglijke-naamwoorden',
      'normatief', 'behoeften', 'evaluatief', 'situatie-oordeel', 'situatiewoorden', 'inzichtwoorden', 'karaktertrekken',
    ]) lex[name] = new PhraseSet(ctx.taal.lexicon(name));
    const actx = analysisContext(doc);
    const dx = diagnosisLexicon();
    for (const s of sentencesIn(doc, kinds)) {
      if (isQuotation(s)) continue;
      const a = ctx.taal.analyze(s.text, actx);
      const quotes = quotedRanges(s.text);
      const grounding = a.attributions.filter((x) => !x.byWriter);
      // A sentence that carries on the previous sentence's attribution ("Zij schrijft dat … Zij wil …").
      // … or an item under an attributed colon lead ("De mentor noemt de volgende punten:").
      const continued = continuesAttribution(doc, s, (t) => ctx.taal.analyze(t, actx));
      const underLead = underAttributedLead(doc, s, (t) => ctx.taal.analyze(t, actx));
      const found = findCues(s, a, lex, enabled, ctx.taal, dx);
      // The writer's view given as an attribution to the writer: "De gezinsvoogd vindt dat …" in a
      // gezinsplan, "De raad is van mening dat …" or "Naar het oordeel van de raad …" in a raadsrapport.
      for (const x of a.attributions) {
        if (!x.byWriter || !x.opinion || !enabled.has('schrijversmening')) continue;
        if (found.some((c) => c.category === 'schrijversmening' && c.start < x.end && c.end > x.start)) continue;
        // Quote the whole expression: "De raad is van mening", "De raad maakt zich zorgen".
        let end = x.end;
        const after = a.tokens.filter((t) => t.start >= x.end);
        for (const t of /^(naar|volgens)\b/.test(x.cue) ? [] : after.slice(0, 3)) {
          if (t.kind === 'punct' || /^(dat|of|over|om|omdat)$/.test(t.lower)) break;
          end = t.end;
        }
        found.push({ category: 'schrijversmening', start: x.start, end, words: s.text.slice(x.start, end) });
      }
      // "Vader vindt zijn werk belangrijker dan zijn kinderen, want hij plant …": the writer infers the view
      // and gives the evidence; that inference is the writer's interpretation.
      const inferred = a.attributions.find((x) => x.opinion && !x.byWriter && a.persons.some((p) => isFamily(p) && p.start >= x.start && p.end <= x.end));
      const want = inferred ? a.tokens.findIndex((t) => t.lower === 'want' && t.start > inferred.end) : -1;
      if (want >= 0 && enabled.has('duiding')) found.push({ category: 'duiding', start: a.tokens[want]!.start, end: a.tokens[want]!.end, words: a.tokens[want]!.text, writerOnly: true });
      const cues = found.filter((c) => {
        if (c.writerOnly) return true;
        if (inRanges(quotes, c.start, c.end)) return false;
        // The writer's own opinion is never covered by someone else's attribution.
        if (c.category === 'schrijversmening' && !c.coverable) return true;
        if (underLead) return false;
        // A guess in a sentence that only goes on from an attributed one ("Vader vertelt dat hij in de
        // gevangenis zat. Hij heeft daar vermoedelijk PTSS aan overgehouden.") is the writer's guess.
        if (continued && c.category !== 'gissing') return false;
        // What the writer saw covers a visible feeling ("Ik zag dat Sem bang was"), not the writer's own
        // judgement or interpretation of it ("zag ik twaalf lege flessen, wat laat zien dat …").
        return !grounding.some((g) => {
          if (g.kind === 'observation' && c.category !== 'binnenwereld') return false;
          // The writer's comment on a reported fact ("Joris vertelt dat hij laat slaapt, wat laat zien dat …")
          // is covered only by an attribution inside it ("…, wat volgens haar laat zien …").
          if (c.category === 'duiding' && WRITER_COMMENT.test(c.words) && g.start < c.start) return false;
          // A hedge before the attribution's verb is the writer's: "Blijkbaar vinden ouders het normaal".
          if (c.category === 'gissing' && c.start >= g.start && c.end < g.end) return false;
          return (c.start >= g.scopeStart && c.end <= g.scopeEnd) || (c.start >= g.start && c.end <= g.end);
        });
      });
      if (!cues.length) continue;
      const order = CATEGORIES;
      cues.sort((x, y) => order.indexOf(x.category) - order.indexOf(y.category) || x.start - y.start);
      const cue = cues[0]!;
      ctx.report({ span: s.span, message: MESSAGES[cue.category](cue.words), key: `${cue.category}:${s.text}` });
    }
  },
};

export default rule;
