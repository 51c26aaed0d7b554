/**
 * Attribution: who says, reports, finds or saw what (documentformaat §3), as syntax rather than phrases.
 *
 * - Prepositional sources: "volgens X" (also inside a clause and after the statement), "naar zeggen
 *   van X", "naar eigen zeggen", "blijkens X", "in de woorden van X", "naar de mening van X",
 *   "…, aldus X", "uit X blijkt", "in X staat".
 * - A speech, perception or opinion verb from the lexicons (attributie-werkwoorden, opinie-werkwoorden;
 *   separable "stelt … vast" and multi-word "brengt … naar voren", "heeft het idee") with its subject,
 *   found by one function, subjectOf(), in any word order: main clause, inversion, fronted recipient,
 *   subordinate and relative clause, coordination, passive with "door". Where the cue stands decides
 *   what it covers: before a dat-clause or colon, after the statement ("…, vertelt de mentor."),
 *   inside it between commas, or in the next sentence ("Dat vertelde vader.", Attribution.previous).
 * - "X: …" at the start of a text; and the writer's own observations and opinions (byWriter).
 */
import { PhraseSet } from './lexicon.js';
import type { Attribution, AttributionKind, Clause, Token } from './types.js';
import { lemmasOf, verbReadings } from './words.js';

/** Is this infinitive a verb the verb table knows (not a guess)? */
function inVerbTable(infinitive: string): boolean {
  return verbReadings(infinitive).some((r) => r.lemma === infinitive && r.flags.includes('i'));
}

export interface AttributionLexicons {
  speech: Set<string>;
  opinion: Set<string>;
  documents: Set<string>;
  organisations: PhraseSet;
  roles: PhraseSet;
  names: Set<string>;
  /** Role nouns that mean the writer (default: WRITER_ROLES). */
  writerRoles?: ReadonlySet<string>;
}

const LOCATIVE = new Set(['op', 'in', 'onder', 'naast', 'achter', 'bij', 'tegen', 'voor', 'buiten', 'binnen']);
const PARTICLES = ['aan', 'op', 'toe', 'uit', 'mee', 'vast', 'door', 'terug', 'in', 'weer', 'voor', 'af', 'over'];
/** Compound role nouns: pleegzorgbegeleider, schoolmaatschappelijk werker, jeugdarts, gezinsmedewerker … */
const ROLE_SUFFIX = /(begeleider|begeleidster|werker|werkster|arts|consulent|medewerker|medewerkster|coach|therapeut|ambtenaar|verpleegkundige|psycholoog|psychiater|pedagoog|leerkracht|docent|mentor|hulpverlener|behandelaar|regisseur|onderzoeker|deskundige|manager|beschermer|voogd|agent|directeur|leider|leidster)$/;
const WEAK_CUES = new Set(['willen', 'voelen', 'wensen', 'bellen', 'appen', 'mailen', 'stellen', 'delen', 'noemen', 'uiten', 'schetsen', 'opgeven', 'aanvoeren', 'herhalen', 'vragen', 'antwoorden', 'aanvullen']);
const PERCEPTION = new Set(['opvallen', 'zien', 'horen', 'merken', 'waarnemen', 'observeren', 'constateren', 'opmerken', 'signaleren', 'vaststellen', 'registreren']);
const WRITER = new Set(['ik', 'wij', 'we', 'ondergetekende']);
export const WRITER_ROLES = new Set(['jeugdbeschermer', 'gezinsmanager', 'raadsonderzoeker', 'gezinsvoogd', 'onderzoeker']);
const PRONOUNS = new Set(['hij', 'zij', 'ze', 'zijzelf', 'hijzelf']);
/** Object pronouns after "volgens": "volgens haar", "volgens hen" (the writer's "volgens mij/ons" is handled apart). */
const OBJECT_PRONOUNS = new Set(['haar', 'hem', 'hen', 'hun', 'haarzelf', 'hemzelf']);

function classify(tokens: Token[], from: number, to: number, lex: AttributionLexicons): { kind: AttributionKind; byWriter: boolean; text: string } | undefined {
  const words = tokens.slice(from, to + 1).map((t) => t.lower);
  let best: { kind: AttributionKind; byWriter: boolean; at: number } | undefined;
  let m = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const t = tokens[from + i]!;
    let found: { kind: AttributionKind; byWriter: boolean } | undefined;
    if (WRITER.has(w)) found = { kind: 'person', byWriter: true };
    else if (lex.documents.has(w) || /(verslag|rapport|rapportage|brief|melding|dossier|verklaring|overzicht|onderzoek|mail|register|registratie|systeem|notulen|plan)$/.test(w)) found = { kind: 'document', byWriter: false };
    else if ((m = lex.organisations.matchAt(words, i)) > 0) {
      // "de raad" in the Raad's own report is the writer: an organisation phrase holding a writer role.
      const writer = words.slice(i, i + m).some((x) => (lex.writerRoles ?? WRITER_ROLES).has(x));
      found = writer ? { kind: 'person', byWriter: true } : { kind: 'organisation', byWriter: false };
    }
    else if ((lex.writerRoles ?? WRITER_ROLES).has(w)) found = { kind: 'person', byWriter: true };
    else if (lex.roles.matchAt(words, i) > 0 || ROLE_SUFFIX.test(w)) found = { kind: 'person', byWriter: false };
    else if (lex.names.has(w)) found = { kind: 'person', byWriter: false };
    else if (PRONOUNS.has(w) || (i === 0 && OBJECT_PRONOUNS.has(w))) found = { kind: 'person', byWriter: false };
    else if (t.pos === 'name' && /^\p{Lu}/u.test(t.text) && from + i > 0) found = { kind: 'person', byWriter: false };
    if (found && !best) best = { ...found, at: i };
  }
  if (!best) return undefined;
  const text = tokens
    .slice(from, to + 1)
    .filter((t) => t.kind === 'word' || t.kind === 'number')
    .map((t) => t.text)
    .join(' ');
  return { kind: best.kind, byWriter: best.byWriter, text };
}

/** Multi-word entries of the verb lexicons, split into words ("naar voren brengen", "het idee hebben"). */
const multiWordCache = new WeakMap<Set<string>, string[][]>();
function multiWord(set: Set<string>): string[][] {
  let list = multiWordCache.get(set);
  if (!list) {
    list = [...set].filter((e) => e.includes(' ')).map((e) => e.split(/\s+/));
    multiWordCache.set(set, list);
  }
  return list;
}

/**
 * The lemma(s) of a verb in a clause, with separable particles joined on ("geeft … aan" → aangeven,
 * "stelt … vast" → vaststellen) and the multi-word verbs of the lexicons whose other words stand in
 * the clause in order ("brengt … naar voren" → naar voren brengen, "wijst erop" → erop wijzen,
 * "heeft het idee" → het idee hebben).
 */
function clauseLemmas(tokens: Token[], clause: Clause, verbIndex: number, lex: AttributionLexicons): string[] {
  const lemmas = lemmasOf(tokens[verbIndex]!.lower);
  const out = new Set(lemmas);
  const [first, last] = clause.tokenRange;
  let lastWord = last;
  while (lastWord > verbIndex && tokens[lastWord]!.kind === 'punct') lastWord--;
  // A separable particle closing the clause makes it another verb: "zeggen … af" is afzeggen (cancel), not zeggen.
  const closing = lastWord > verbIndex + 1 && PARTICLES.includes(tokens[lastWord]!.lower);
  if (closing) {
    out.clear();
    for (const l of lemmas) out.add(tokens[lastWord]!.lower + l);
  }
  for (let i = verbIndex + 1; i <= last && !closing; i++) {
    const w = tokens[i]!.lower;
    if (PARTICLES.includes(w)) {
      for (const l of lemmas) out.add(w + l);
      // "schrijft Sem in bij een school" is inschrijven (enrol), not schrijven: a particle that is no
      // preposition here (nothing of a noun phrase after it) and makes a known verb replaces the plain one.
      const after = tokens[i + 1];
      const standsAlone = !after || after.kind === 'punct' || after.pos === 'prep' || /^(voor|bij|met|naar|van|om|tot|tegen|op|in|aan|over|door|na)$/.test(after.lower) || Boolean(after.verb) || after.lower === 'dat';
      if (standsAlone) {
        for (const l of lemmas) if (inVerbTable(w + l) && !lex.speech.has(w + l) && !lex.opinion.has(w + l)) out.delete(l);
      }
    }
    // "maakt zich (wel) zorgen": the reflexive idiom of worrying, an opinion verb of its own.
    if (w === 'zorgen' && lemmas.includes('maken') && tokens.slice(verbIndex + 1, i).some((t) => /^(zich|me|mij|ons|je)$/.test(t.lower))) out.add('zorgen maken');
  }
  // The clause's words, with "er … op" also read as "erop" ("wijst er ook op dat").
  const words = tokens.slice(first, last + 1).filter((t) => t.kind === 'word').map((t) => t.lower);
  const er = words.indexOf('er');
  if (er >= 0 && words.indexOf('op', er + 1) > er) words.push('erop');
  for (const entry of [...multiWord(lex.speech), ...multiWord(lex.opinion)]) {
    if (entry[entry.length - 1] === 'maken' && entry[0] === 'zorgen') continue; // reflexive only, above
    const k = entry.findIndex((p) => lemmas.includes(p));
    if (k < 0) continue;
    const rest = entry.filter((_, j) => j !== k);
    let at = 0;
    let ok = true;
    for (const p of rest) {
      const found = words.indexOf(p, at);
      if (found < 0) {
        ok = false;
        break;
      }
      at = found + 1;
    }
    if (ok) out.add(entry.join(' '));
  }
  // The longer verb first: "vraagt zich af" is afvragen before vragen, "stelt vast" vaststellen before stellen.
  return [...out].sort((a, b) => Number(lemmas.includes(a)) - Number(lemmas.includes(b)));
}

/**
 * Where a speech verb's clause stands towards the statement it attributes, when no dat-clause or
 * colon follows: 'after' the statement ("…, vertelt de mentor.", "…; dat vertelde vader in het
 * gesprek.", "…, zo zegt moeder."), 'inside' it ("Sem gaat, zegt de mentor, graag naar school"),
 * or 'before' (the ordinary order: "Moeder vertelt over …").
 */
function cuePlace(tokens: Token[], clauses: Clause[], clause: Clause, n: number): 'before' | 'inside' | 'after' | 'previous' {
  const [first, last] = clause.tokenRange;
  if (first === 0) {
    // "Dat vertelde vader in het gesprek op 4 maart." on its own: it attributes the sentence before.
    const closes = tokens.slice(last + 1).every((t) => t.kind === 'punct');
    return /^(dat|dit|zo)$/.test(tokens[0]!.lower) && clause.finiteVerb === 1 && closes ? 'previous' : 'before';
  }
  // A statement must stand before it: a main clause with a verb. After a fronted subordinate clause
  // the verb comes first anyway ("Doordat vader streng is, voelt Sem zich …").
  // "Dat kost veel geld, stelt hij.": a clause that opens with "dat" or "dit" right before its verb is a main clause.
  const mainLike = (c: Clause) => c.finiteVerb !== undefined && (!c.subordinate || (/^(dat|dit)$/.test(tokens[c.tokenRange[0]]!.lower) && c.finiteVerb === c.tokenRange[0] + 1));
  const mainBefore = clauses.some((c) => c.end <= clause.start && mainLike(c));
  // "Noor, zo vertelt haar moeder, eet slecht": only a fragment of the statement (its subject) before the cue.
  const fragmentBefore = clauses.some((c) => c.end <= clause.start && !c.subordinate && c.finiteVerb === undefined) && !clauses.some((c) => c.end <= clause.start && c.subordinate);
  let k = first - 1;
  while (k > 0 && tokens[k]!.kind === 'punct' && !/^[,;:–—(]$/.test(tokens[k]!.text)) k--;
  const separated = /^[,;:–—(]$/.test(tokens[k]?.text ?? '');
  if (!separated) return 'before';
  const head = tokens[first]!.lower;
  // The verb first ("vertelt de mentor"), or after a word that points back ("zo", "dat", "dit", "aldus").
  const fin = clause.finiteVerb;
  const verbFirst = fin !== undefined && (fin === first || (fin === first + 1 && /^(zo|dat|dit|aldus|althans)$/.test(head)));
  if (!verbFirst) return 'before';
  const atEnd = last === n - 1 || tokens.slice(last + 1).every((t) => t.kind === 'punct');
  if (atEnd) return mainBefore ? 'after' : 'before';
  // After verbless fragments only a cue that points back ("Noor, zo vertelt haar moeder, eet slecht") stands
  // inside: "De organisatie, een netwerk van …, wil …" is the main verb after a long subject.
  if (!mainBefore && !(fragmentBefore && fin !== first)) return 'before';
  // Closed by a comma (or a bracket or dash) with more of the statement after it.
  const closer = tokens[last + 1]?.text ?? tokens[last]!.text;
  return /^[,)–—]$/.test(closer) || tokens[last]!.text === ',' ? 'inside' : 'before';
}

/** "noemt het zorgelijk", "noemt Sem een gezellige jongen": naming something as something is a view. */
function namesAQuality(tokens: Token[], vi: number, last: number): boolean {
  return tokens.slice(vi + 1, last + 1).some((t) => t.pos === 'adj' || t.lower === 'een');
}

/**
 * The main clause whose subject (and finite verb) a coordinated clause shares: "en zegt dat …" right
 * after "Sem gaat graag naar school", "en verteld" after "heeft de mentor gebeld".
 */
function coordinationHost(tokens: Token[], clauses: Clause[], clause: Clause): Clause | undefined {
  const [first] = clause.tokenRange;
  if (!/^(en|maar|of)$/.test(tokens[first]!.lower)) return undefined;
  const fin = clause.finiteVerb;
  if (fin !== undefined && fin !== first + 1) return undefined;
  const idx = clauses.findIndex((c) => c.tokenRange[0] === clause.tokenRange[0]);
  for (let k = idx - 1; k >= 0; k--) {
    const c = clauses[k]!;
    if (!c.subordinate && c.finiteVerb !== undefined) return c;
  }
  return undefined;
}

/** The agent of a passive: the noun phrase after "door" in the clause ("door de school"), as a token range. */
function doorAgent(tokens: Token[], first: number, last: number): [number, number] | undefined {
  for (let i = first; i < last; i++) {
    if (tokens[i]!.lower !== 'door') continue;
    const end = nounPhraseEnd(tokens, i + 1, last);
    if (end >= 0) return [i + 1, end];
  }
  return undefined;
}

/** A noun phrase the lexicons do not know, as a source of unknown kind: its head is a noun or a name. */
function unknownSource(tokens: Token[], from: number, to: number): { kind: AttributionKind; byWriter: boolean; text: string } | undefined {
  const words = tokens.slice(from, to + 1).filter((t) => t.kind === 'word' || t.kind === 'number');
  if (!words.length || /^(het|dit|dat|er|wat|wie|die|niemand|iedereen|men)$/.test(words[0]!.lower)) return undefined;
  if (!words.some((t) => t.pos === 'noun' || t.pos === 'name' || /^\p{Lu}/u.test(t.text))) return undefined;
  const name = words.some((t) => t.pos === 'name');
  return { kind: name ? 'person' : 'unknown', byWriter: false, text: words.map((t) => t.text).join(' ') };
}

/** Verbs of noticing whose grammatical subject is "het" and whose noticer is the object: "Het valt de mentor op dat …". */
const EXPERIENCER_LEMMAS = new Set(['opvallen']);
const EXPERIENCER = /^opgevallen$/;

const SUBJECT_PRONOUNS = new Set(['ik', 'wij', 'we', 'hij', 'zij', 'ze', 'u', 'jij', 'je', 'men']);
const DETERMINERS = new Set(['de', 'het', 'een', 'zijn', 'haar', 'hun', 'mijn', 'onze', 'ons', 'deze', 'die', 'dit', 'beide', 'alle', 'sommige', 'enkele', 'veel', 'andere', 'meerdere', 'diverse', 'verschillende', 'twee', 'drie']);
const LEADING = new Set(['en', 'maar', 'want', 'dus', 'ook', 'of', 'zowel']);

/**
 * A noun phrase starting at token i, within [i, limit]: a pronoun, or determiner, adjectives and
 * nouns or names ("de leerkracht", "meester Joost", "Veilig Thuis"), with a van-phrase after it
 * ("de leerkracht van Sem"). Returns the last token of the phrase, or -1.
 */
function nounPhraseEnd(tokens: Token[], i: number, limit: number): number {
  const t = tokens[i];
  if (!t || i > limit || t.kind !== 'word') return -1;
  if (SUBJECT_PRONOUNS.has(t.lower)) return i;
  let k = i;
  if (DETERMINERS.has(t.lower)) k++;
  let headAt = -1;
  while (k <= limit) {
    const x = tokens[k]!;
    if (x.kind !== 'word' && x.kind !== 'number') break;
    // A finite verb is never part of the subject ("De mentor vertelt"), but a form between a determiner
    // and a noun is an adjective ("de gecertificeerde instelling").
    const attributive = k > i && DETERMINERS.has(tokens[k - 1]!.lower) && (tokens[k + 1]?.pos === 'noun' || tokens[k + 1]?.pos === 'name') && k + 1 <= limit;
    if (x.pos === 'verb' && x.verb?.finite && !attributive) break;
    if (attributive && x.pos === 'verb') {
      k++;
      continue;
    }
    // A capital makes a name, but not of a function word that opens the sentence ("In het hoofdstuk …").
    if (x.pos === 'noun' || x.pos === 'name' || (/^\p{Lu}/u.test(x.text) && !/^(prep|det|conj|adv|pron)$/.test(x.pos))) headAt = k;
    else if (!(x.pos === 'adj' && headAt < 0)) break;
    k++;
  }
  if (headAt < 0) return -1;
  // "de leerkracht van Sem", "het rapport van Veilig Thuis"
  if (tokens[headAt + 1]?.lower === 'van' && headAt + 2 <= limit) {
    const more = nounPhraseEnd(tokens, headAt + 2, limit);
    if (more >= 0) return more;
  }
  return headAt;
}

/**
 * The subject of a clause's finite verb, as a token range [first, last], or undefined. One place
 * for it: when the tagger gives the clause its subject (Clause.subject, the head token), that is
 * used; otherwise Dutch word order decides. A main clause that opens with its subject ("Moeder
 * vertelt") has it before the verb; one that opens with something else ("Tegen de mentor heeft Sem
 * gezegd", "Tijdens het gesprek vertelde Sem", "dat vertelde vader") has it right after the finite
 * verb; a subordinate clause has it right after its conjunction; a relative pronoun stands for the
 * noun before it ("de mentor, die vertelt").
 */
export function subjectOf(tokens: Token[], clauses: Clause[], clause: Clause): [number, number] | undefined {
  const [first, last] = clause.tokenRange;
  const fin = clause.finiteVerb;
  const given = (clause as Clause & { subject?: number }).subject;
  // A relative pronoun as the given subject ("de mentor, die vertelt") stands for its antecedent: found below.
  // The tagger's subject counts only inside this clause, and not as a word that points back ("Dat
  // vertelde oma": the subject is oma), which the word order below handles.
  if (given !== undefined && given >= first && given <= last && tokens[given] && !/^(die|wie|welke|dat|dit|het|wat|zo)$/.test(tokens[given]!.lower)) {
    // Widen the head to its phrase: back over determiner and adjectives, on over a van-phrase.
    let from = given;
    while (from > first && (DETERMINERS.has(tokens[from - 1]!.lower) || tokens[from - 1]!.pos === 'adj' || tokens[from - 1]!.pos === 'name')) from--;
    const to = nounPhraseEnd(tokens, from, last);
    return [from, Math.max(given, to)];
  }
  // "Sem gaat graag naar school en zegt dat …", "heeft gebeld en verteld dat …": a clause that opens
  // with en/maar/of and its verb shares the subject of the main clause before it.
  const host = coordinationHost(tokens, clauses, clause);
  if (host) return subjectOf(tokens, clauses, host);
  if (fin === undefined) return undefined;
  let start = first;
  while (start < fin && LEADING.has(tokens[start]!.lower)) start++;
  const head = tokens[start]!.lower;
  const after = (): [number, number] | undefined => {
    const end = nounPhraseEnd(tokens, fin + 1, last);
    return end >= 0 ? [fin + 1, end] : undefined;
  };
  // A relative pronoun: the noun phrase right before it ("de mentor, die vertelt"; "de buurvrouw van oma" is cut at the preposition).
  if (/^(die|wie|welke)$/.test(head) && start > 0 && (clause.subordinate || start === first)) {
    let k = start - 1;
    while (k > 0 && tokens[k]!.kind === 'punct') k--;
    let j = k;
    while (j > 0 && k - j < 3 && tokens[j - 1]!.kind === 'word' && !tokens[j - 1]!.verb && !/^(met|bij|van|aan|naar|voor|op|in|tegen|door|over|als|zoals)$/.test(tokens[j - 1]!.lower)) j--;
    return [j, k];
  }
  if (clause.subordinate) {
    // "; dat vertelde vader": 'dat' right before the finite verb is a pronoun pointing back, and the subject follows the verb.
    if (fin === start + 1 && /^(dat|dit)$/.test(head)) return after();
    let s = start + 1;
    if (tokens[start]!.pos === 'prep' || /^(wie|wat|welke|waar)$/.test(head)) return undefined;
    while (s < fin && tokens[s]!.kind === 'punct') s++;
    const end = nounPhraseEnd(tokens, s, fin - 1);
    return end >= 0 ? [s, end] : undefined;
  }
  // The verb first ("zegt de mentor", "heeft de mentor aangegeven"), or after a fronted "zo"/"dat"/"dit".
  if (fin === start || (fin === start + 1 && /^(zo|dat|dit|aldus)$/.test(head))) {
    // "De leerkracht van Liam, meester Joost, vertelt dat …": the commas cut the subject into verbless
    // fragments before the verb's clause; together they are its subject.
    if (fin === start && start === first) {
      const idx = clauses.findIndex((c) => c.tokenRange[0] === clause.tokenRange[0]);
      let from = -1;
      let k = idx - 1;
      for (; k >= 0 && clauses[k]!.tense === 'none' && !clauses[k]!.subordinate; k--) from = clauses[k]!.tokenRange[0];
      // Only when the fragments open the sentence: after a statement they are part of it ("…, een reis van een uur, vertelt vader").
      if (k < 0 && from >= 0 && nounPhraseEnd(tokens, from, fin - 1) >= 0) {
        let to = fin - 1;
        while (to > from && tokens[to]!.kind === 'punct') to--;
        return [from, to];
      }
    }
    return after();
  }
  // The subject first: a noun phrase that runs up to the finite verb.
  const t = tokens[start]!;
  const opensWithPhrase = (t.pos !== 'prep' && t.pos !== 'adv' && t.pos !== 'conj' && t.kind === 'word' && !/^(er|daar|hier|toen|nu|dan|zo)$/.test(head)) || SUBJECT_PRONOUNS.has(head);
  if (opensWithPhrase && nounPhraseEnd(tokens, start, fin - 1) >= 0) return [start, fin - 1];
  // Something else stands first (a time, a place, a recipient): the subject follows the finite verb.
  return after();
}

export function findAttributions(text: string, tokens: Token[], clauses: Clause[], lex: AttributionLexicons): Attribution[] {
  const out: Attribution[] = [];
  const n = tokens.length;
  const endOfText = text.length;
  const push = (a: Attribution) => {
    if (!out.some((b) => b.start === a.start && b.cue === a.cue)) out.push(a);
  };

  // 1. "Volgens X …", "naar zeggen van X", "aldus X".
  for (let i = 0; i < n; i++) {
    const w = tokens[i]!.lower;
    const isVolgens = w === 'volgens';
    const isNaarZeggen = w === 'naar' && tokens[i + 1]?.lower === 'zeggen' && tokens[i + 2]?.lower === 'van';
    const isAldus = w === 'aldus';
    // "naar de mening van X", "naar het oordeel van X", "naar de inschatting van X": X's view.
    const isNaarMening =
      w === 'naar' && /^(de|het)$/.test(tokens[i + 1]?.lower ?? '') && /^(mening|oordeel|inschatting|idee|indruk|opvatting)$/.test(tokens[i + 2]?.lower ?? '') && tokens[i + 3]?.lower === 'van';
    const isEigenZeggen = (w === 'volgens' || w === 'naar') && tokens[i + 1]?.lower === 'eigen' && tokens[i + 2]?.lower === 'zeggen';
    // "blijkens het verslag van de school": what a document shows.
    const isBlijkens = w === 'blijkens';
    // "in de woorden van de mentor", "met de woorden van moeder".
    const isWoorden = (w === 'in' || w === 'met') && tokens[i + 1]?.lower === 'de' && tokens[i + 2]?.lower === 'woorden' && tokens[i + 3]?.lower === 'van';
    if (!isVolgens && !isNaarZeggen && !isAldus && !isNaarMening && !isBlijkens && !isWoorden && !isEigenZeggen) continue;
    const from = i + (isNaarZeggen ? 3 : isNaarMening || isWoorden ? 4 : 1);
    let to = from;
    // "volgens haar" is a whole source; otherwise the source runs on to a verb or punctuation.
    if (!OBJECT_PRONOUNS.has(tokens[from]?.lower ?? '')) {
      // After the head noun only more of the noun phrase follows ("de leerkracht van Sem in groep 7");
      // an adverb or adjective there belongs to the claim ("volgens de school vaak moe").
      let head = tokens[from]!.pos === 'noun' || tokens[from]!.pos === 'name';
      while (to + 1 < n && tokens[to + 1]!.kind !== 'punct' && !tokens[to + 1]!.verb?.finite && to - from < 8) {
        const next = tokens[to + 1]!;
        if (head && next.kind === 'word' && next.pos !== 'noun' && next.pos !== 'name' && next.pos !== 'det' && !/^(van|uit|bij|in|op|en|de|het|een)$/.test(next.lower)) break;
        to++;
        if (next.pos === 'noun' || next.pos === 'name') head = true;
      }
    }
    if (isEigenZeggen) {
      push({ source: 'eigen zeggen', kind: 'person', cue: `${w} eigen zeggen`, start: tokens[i]!.start, end: tokens[i + 2]!.end, scopeStart: 0, scopeEnd: endOfText, opinion: false, byWriter: false });
      continue;
    }
    const c = classify(tokens, from, to, lex);
    const writerOpinion = ['mij', 'ons'].includes(tokens[from]?.lower ?? '');
    if (writerOpinion) {
      push({ source: tokens[from]!.text, kind: 'person', cue: w, start: tokens[i]!.start, end: tokens[from]!.end, scopeStart: 0, scopeEnd: endOfText, opinion: true, byWriter: true });
      continue;
    }
    if (!c) continue;
    const clause = clauses.find((x) => i >= x.tokenRange[0] && i <= x.tokenRange[1]);
    const inside = (isVolgens || isBlijkens || isWoorden || isNaarZeggen) && clause && tokens.slice(clause.tokenRange[0], i).some((t) => t.kind === 'word' && !/^(en|maar|want|dus|ook)$/.test(t.lower)) ? clause : undefined;
    // After a comma and closing the sentence ("…, aldus de mentor.", "…, volgens de buurman.") the source
    // covers what went before; between commas ("Vader drinkt, aldus moeder, elke avond") the whole sentence.
    const comma = i > 0 && /^[,;–—]$/.test(tokens[i - 1]!.text);
    const rest = tokens.slice(to + 1);
    const closes = rest.every((t) => t.kind === 'punct' && !/^[,;:]$/.test(t.text));
    const after = (isAldus && !(comma && !closes && rest[0]?.text === ',')) || (comma && closes && i > 1);
    const between = comma && rest[0]?.text === ',' && rest.length > 1;
    push({
      source: c.text,
      kind: c.kind,
      cue: isNaarZeggen ? 'naar zeggen van' : isNaarMening ? `naar ${tokens[i + 1]!.lower} ${tokens[i + 2]!.lower} van` : isWoorden ? `${w} de woorden van` : w,
      start: tokens[i]!.start,
      end: tokens[to]!.end,
      // "Volgens X …" opening a clause covers what follows; inside a clause ("Aya speelt volgens haar
      // graag …") it covers that clause and what follows; "…, aldus X" covers what went before.
      scopeStart: after || between ? 0 : inside ? inside.start : tokens[to]!.end,
      scopeEnd: after ? tokens[i]!.start : endOfText,
      opinion: isNaarMening,
      byWriter: c.byWriter,
    });
  }

  // 2. "Uit X blijkt/komt naar voren", "X blijkt uit Y", "In X staat/wordt beschreven".
  for (let i = 0; i < n; i++) {
    const w = tokens[i]!.lower;
    if (w === 'uit' || w === 'in') {
      // find the verb "blijkt/bleek/kwam naar voren/staat/stond/wordt beschreven" within the next 12 tokens
      for (let j = i + 1; j < Math.min(n, i + 14); j++) {
        const v = tokens[j]!.lower;
        const blijkt = w === 'uit' && /^(blijkt|bleek|blijken|bleken|komt|kwam|kwamen)$/.test(v);
        const staat = w === 'in' && /^(staat|stond|staan|stonden|wordt|werd|is|lezen|lees)$/.test(v);
        if (!blijkt && !staat) continue;
        const c = classify(tokens, i + 1, j - 1, lex);
        if (c && (c.kind === 'document' || c.kind === 'organisation' || /gesprek|huisbezoek|observatie|overleg|bespreking|contact/.test(c.text.toLowerCase()))) {
          push({ source: c.text, kind: c.kind === 'organisation' ? 'organisation' : 'document', cue: `${w} … ${v}`, start: tokens[i]!.start, end: tokens[j]!.end, scopeStart: tokens[j]!.end, scopeEnd: endOfText, opinion: false, byWriter: false });
        }
        break;
      }
    }
    if (/^(blijkt|bleek)$/.test(w) && tokens[i + 1]?.lower === 'uit') {
      let to = i + 2;
      while (to + 1 < n && tokens[to + 1]!.kind !== 'punct' && to - i < 10) to++;
      const c = classify(tokens, i + 2, to, lex);
      if (c) push({ source: c.text, kind: c.kind === 'person' ? 'person' : 'document', cue: `${w} uit`, start: tokens[i]!.start, end: tokens[to]!.end, scopeStart: 0, scopeEnd: tokens[i]!.start, opinion: false, byWriter: false });
    }
  }

  // 3. A speech, perception or opinion verb with its subject, in any word order.
  for (const found of clauses) {
    const [first, last] = found.tokenRange;
    // "Tijdens het overleg vertelde de coach": a form after a determiner ("het overleg") is a noun; the
    // next finite verb of the clause is its verb.
    let clause = found;
    const fv = found.finiteVerb;
    if (fv !== undefined && fv > first && DETERMINERS.has(tokens[fv - 1]!.lower) && !found.subordinate) {
      let k = fv + 1;
      while (k <= last && !(tokens[k]!.verb?.finite && tokens[k]!.pos === 'verb' && !DETERMINERS.has(tokens[k - 1]!.lower))) k++;
      if (k <= last) clause = { ...found, finiteVerb: k };
    }
    const candidates: number[] = [];
    if (clause.finiteVerb !== undefined) candidates.push(clause.finiteVerb);
    // "heeft gebeld en verteld dat …": a coordinated participle shares the finite verb of the clause before.
    const host = clause.finiteVerb === undefined ? coordinationHost(tokens, clauses, clause) : undefined;
    const finiteAt = clause.finiteVerb ?? host?.finiteVerb;
    // "heeft verteld", "had gemeld": a participle of a speech verb with hebben (not a passive "is gesteld").
    const finiteLemma = finiteAt !== undefined ? tokens[finiteAt]!.verb?.lemma : undefined;
    // In a main clause the participle follows the finite verb ("Gevraagd of …, zei hij" has none).
    const after = (i: number) => clause.subordinate || finiteAt === undefined || i > finiteAt || clause.finiteVerb === undefined;
    if (finiteLemma === 'hebben') for (let i = first; i <= last; i++) if (tokens[i]!.verb?.participle && i !== clause.finiteVerb && after(i)) candidates.push(i);
    // "Door de GI is naar voren gebracht dat …", "Er wordt door de school gemeld dat …": a passive with its agent.
    const agent = finiteLemma === 'worden' || finiteLemma === 'zijn' ? doorAgent(tokens, first, last) : undefined;
    if (agent) for (let i = first; i <= last; i++) if (tokens[i]!.verb?.participle && i !== clause.finiteVerb && (i < agent[0] - 1 || i > agent[1])) candidates.push(i);
    // "Het is de mentor opgevallen dat …": a verb of noticing with zijn.
    if (finiteLemma === 'zijn') for (let i = first; i <= last; i++) if (tokens[i]!.verb?.participle && EXPERIENCER.test(tokens[i]!.lower)) candidates.push(i);
    // "heeft laten weten", "had willen vertellen": an infinitive standing for the participle (IPP).
    if (finiteLemma === 'hebben') for (let i = first; i <= last; i++) if (tokens[i]!.verb?.infinitive && i > finiteAt! && tokens[i - 1]?.lower !== 'te') candidates.push(i);
    for (const vi of candidates) {
      const lemmas = clauseLemmas(tokens, clause, vi, lex);
      const lemma = lemmas.find((l) => lex.speech.has(l) || lex.opinion.has(l));
      if (!lemma) continue;
      const speech = lex.speech.has(lemma) ? lemma : undefined;
      const opinion = lex.opinion.has(lemma) ? lemma : undefined;
      const verbTok = tokens[vi]!;
      // What follows: a dat/of/hoe clause, a colon or quote.
      const next = tokens[last + 1];
      // "…en de kinderen zien dat." — a 'dat' that ends the clause is a pronoun, no dat-clause follows.
      const afterNext = tokens[vi + 2];
      const thatEndsClause = next !== undefined && next.lower !== ':' && (afterNext === undefined || (afterNext.kind === 'punct' && /^[.,;:!?)]$/.test(afterNext.text)));
      const followsThat = next !== undefined && /^(dat|of|hoe|wat|waarom|wanneer|:)$/.test(next.lower) && !thatEndsClause;
      const hasColonOrQuote = tokens.slice(vi + 1, last + 2).some((t) => t.text === ':' || /^["“]$/.test(t.text));
      // "vraagt zich af of …": 'of' does not open a clause of its own, so look inside.
      const ofInside = /vragen$/.test(lemmas[0] ?? '') && tokens.slice(vi + 1, last + 1).some((t) => t.lower === 'of');
      const complement = followsThat || hasColonOrQuote || ofInside;
      const head = tokens[first]!.lower;
      // Where the cue stands: after the statement ("…, vertelt de mentor.", "…; dat vertelde vader …"),
      // inside it ("Sem gaat, zegt de mentor, graag …"), or before what it governs.
      const place = complement ? 'before' : cuePlace(tokens, clauses, clause, n);
      // "Zoals de mentor vertelt, …": a zoals-clause attributes the sentence it stands in.
      const zoals = head === 'zoals';
      const perception = PERCEPTION.has(lemma) || PERCEPTION.has(lemma.replace(/^(op|vast|waar)/, ''));
      // In a subordinate clause, or with an ambiguous verb ("grenzen stellen"), only a following dat-clause makes it an attribution.
      if ((clause.subordinate && !zoals && !(place !== 'before' && head === 'dat')) || WEAK_CUES.has(lemma)) {
        if (!complement && !zoals && place === 'before' && !(lemma === 'noemen' && namesAQuality(tokens, vi, last))) continue;
      }
      if (lemma === 'vinden' && place === 'before') {
        const after = tokens[vi + 1]?.lower;
        const after2 = tokens[vi + 2]?.lower;
        if (after === 'een' || after2 === 'een' || (!followsThat && !tokens.slice(vi + 1, last + 1).some((t) => t.lower === 'het' || t.pos === 'adj'))) continue;
        // "vindt zijn vader bewusteloos op de bank": finding someone somewhere, not an opinion ("vindt Sem in de klas te druk" is one).
        const rest = tokens.slice(vi + 1, last + 1);
        const placeWord = rest.some((t, k) => LOCATIVE.has(t.lower) && /^(de|het|een|zijn|haar|hun|mijn|ons|onze)$/.test(rest[k + 1]?.lower ?? ''));
        const degree = rest.some((t) => /^(te|erg|heel|zo|best|nogal|wel|niet|zeer|behoorlijk)$/.test(t.lower));
        if (!followsThat && placeWord && !degree) continue;
      }
      // An opinion verb gives someone's view only with what they think: a dat-clause, a colon or quote, or
      // the content around it ("…, denkt moeder."). "denkt daarbij te weinig aan Luuk" (thinking about) and
      // "gelooft Yara niet" (not believing her) are no attributions. "vinden" has its own test above.
      // "maakt zich zorgen over …" names its content with "over".
      if (opinion && !speech && lemma !== 'vinden' && lemma !== 'zorgen maken' && !complement && place === 'before') continue;
      // "meldt zich ziek", "meldt zich bij de balie": a reflexive use reports nothing.
      if (!complement && place === 'before' && tokens.slice(vi + 1, vi + 4).some((t) => t.lower === 'zich') && !/ /.test(lemma) && lemma !== 'afvragen') continue;
      // Saying little or nothing attributes nothing: "zei weinig", "vertelt niets", "zegt er niet veel over".
      if (!complement && place === 'before' && (/^(weinig|niets|niks|nauwelijks|amper|niet|geen)$/.test(tokens[vi + 1]?.lower ?? '') || tokens.slice(first, last + 1).some((t) => /^(niets|niks)$/.test(t.lower)))) continue;
      // A coordinated verb without a dat-clause or quote ("… en zei toen tegen de mentor") tells what someone did.
      if (coordinationHost(tokens, clauses, clause) && !complement && place === 'before') continue;
      if (lemma === 'vragen' && !followsThat && !tokens.slice(vi + 1, last + 1).some((t) => t.lower === 'om' || t.lower === 'of')) continue;
      const byAgent = agent !== undefined && vi !== clause.finiteVerb && Boolean(tokens[vi]!.verb?.participle);
      let subject = byAgent ? [agent[0] - 1, agent[1]] as [number, number] : subjectOf(tokens, clauses, clause);
      // "Het valt de mentor op dat …": with a verb of noticing the one who notices is the object after "het".
      if (EXPERIENCER_LEMMAS.has(lemma) && (!subject || /^(het|dat|dit|er)$/.test(tokens[subject[0]]!.lower))) {
        const from = tokens.findIndex((t, k) => k > (subject?.[1] ?? clause.finiteVerb ?? first) && k <= last && t.kind === 'word' && !t.verb && !/^(het|er|ook|wel|toen|daarbij|steeds)$/.test(t.lower));
        const end = from >= 0 ? nounPhraseEnd(tokens, from, last) : -1;
        subject = end >= 0 ? [from, end] : undefined;
      }
      let source = subject ? classify(tokens, byAgent ? subject[0] + 1 : subject[0], subject[1], lex) : undefined;
      // A document says, shows or describes; it does not think ("Het rapport vindt" is no attribution of a view).
      if (source && source.kind === 'document' && !lex.speech.has(lemma)) source = undefined;
      // Whoever says or thinks something that follows (a dat-clause, a colon, the statement around the cue) is a
      // source even when the lexicons do not know the word: "Een woordvoerster zei dat …", "Pastrana verklaarde: …".
      if (!source && subject && !byAgent && (complement || place !== 'before')) source = unknownSource(tokens, subject[0], subject[1]);
      if (!source) continue;
      // "De mentor zag moeder de fles klaarmaken": a professional who saw someone do something (the clause
      // ends in an infinitive) is a source; "Sem ziet zijn vader elke week" is not an attribution.
      let lastWord = last;
      while (lastWord > vi && tokens[lastWord]!.kind === 'punct') lastWord--;
      const seenDoing = lastWord > vi + 1 && Boolean(tokens[lastWord]!.verb?.infinitive) && (source.kind === 'organisation' || ROLE_SUFFIX.test(source.text.toLowerCase().split(/\s+/).pop() ?? ''));
      if (perception && !complement && place === 'before' && !source.byWriter && !seenDoing) continue;
      // The span runs over the subject and the verb, in whichever order they stand.
      // A subject shared with the clause before ("Sem gaat … en zegt dat …") stays out of the span.
      const own = subject![0] >= first;
      const spanStart = Math.min(own ? tokens[subject![0]]!.start : verbTok.start, clause.finiteVerb !== undefined && clause.finiteVerb < vi ? tokens[clause.finiteVerb]!.start : verbTok.start);
      const spanEnd = own ? Math.max(tokens[subject![1]]!.end, verbTok.end) : verbTok.end;
      const clauseEnd = tokens[last]!.kind === 'punct' ? tokens[last]!.start : tokens[last]!.end;
      let scopeStart = Math.max(verbTok.end, spanEnd);
      let scopeEnd = endOfText;
      if (place === 'after' || place === 'previous') {
        scopeStart = 0;
        scopeEnd = place === 'after' ? clause.start : 0;
      } else if (place === 'inside' || zoals) {
        // The statement around the cue: all of the sentence but the cue's own clause.
        scopeStart = 0;
        scopeEnd = endOfText;
      } else if (clause.subordinate && head === 'dat' && clause.finiteVerb === first + 1) {
        scopeEnd = Math.max(scopeStart, clauseEnd);
      }
      push({
        source: source.text,
        kind: perception && source.byWriter ? 'observation' : source.kind === 'document' ? 'document' : source.kind,
        cue: verbTok.text,
        start: spanStart,
        end: spanEnd,
        scopeStart,
        scopeEnd,
        opinion: Boolean(opinion && !speech),
        byWriter: source.byWriter && !perception,
        ...(place === 'previous' ? { previous: true } : {}),
      });
      break;
    }
  }

  // 4. "Moeder: …" — a person or role before a colon at the start of the text.
  const colon = tokens.findIndex((t) => t.text === ':');
  if (colon > 0 && colon <= 4 && !tokens.slice(0, colon).some((t) => t.verb?.finite)) {
    const c = classify(tokens, 0, colon - 1, lex);
    if (c && c.kind !== 'document') push({ source: c.text, kind: c.kind, cue: ':', start: tokens[0]!.start, end: tokens[colon]!.end, scopeStart: tokens[colon]!.end, scopeEnd: endOfText, opinion: false, byWriter: c.byWriter });
  }
  return out;
}
