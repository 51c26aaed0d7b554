/**
 * Clauses and tense. Splits a sentence at punctuation, subordinating
 * conjunctions and relative pronouns, finds each clause's finite verb and
 * works out the tense: present, past, perfect (heeft/is + participle),
 * pluperfect (had/was + participle), future (zal + infinitive), passive.
 */
import type { Clause, Tense, Token } from './types.js';
import { inLexicon, isClearlyFinite, isParticiple, verbInfo } from './words.js';

export const SUBORDINATORS = new Set([
  'dat', 'omdat', 'toen', 'als', 'wanneer', 'nadat', 'terwijl', 'voordat', 'zodat', 'doordat', 'hoewel', 'ofschoon', 'indien', 'zodra',
  'totdat', 'tenzij', 'of', 'waardoor', 'waarin', 'waarbij', 'waarna', 'waarop', 'waarmee', 'waarover', 'waaruit', 'waarvan', 'waaraan',
  'zoals', 'aangezien', 'opdat', 'mits', 'alsof', 'voor zover', 'sinds', 'nu',
]);
/** Prepositions after which 'dat' + noun is a determiner ('in dat onderzoek'); not the usual particles (aan, op, toe, mee, uit, af). */
const PREPOSITIONS = new Set(['in', 'bij', 'met', 'van', 'voor', 'na', 'tijdens', 'over', 'door', 'naar', 'tot', 'sinds', 'vanaf', 'zonder', 'tegen', 'onder', 'binnen', 'buiten', 'rond', 'rondom', 'volgens', 'via']);
/** Family words that start a dat-clause without an article ("… in dat vader …" does not occur, "ziet in dat moeder …" does). */
const FAMILY_NOUNS = /^(vader|moeder|oma|opa|ouders|papa|mama|stiefvader|stiefmoeder|pleegvader|pleegmoeder|pleegouders|tante|oom|broer|zus|zoon|dochter)$/;
/** A word before which a clause-final form is a noun ("dat hij de vlucht"), not a verb. */
const DETERMINER_BEFORE = /^(de|het|een|zijn|haar|hun|mijn|deze|die|dit|dat|elke|iedere|geen|onze|uw)$/;
const RELATIVES = new Set(['die', 'wat', 'wie', 'welke', 'waar']);
const COORDINATORS = new Set(['en', 'maar', 'want', 'dus', 'of']);
const BOUNDARY_PUNCT = /^[,;:()"“”«»\[\]–—]$/;

/** A finite verb: as tagged, or (for untagged tokens) a form with an unambiguous finite reading. */
function clearlyFinite(t: Token): boolean {
  return t.tag !== undefined ? t.verb?.finite === true : isClearlyFinite(t.lower);
}

/** A participle in a verb group ("heeft … begeleid"), not one before a noun ("de gemaakte afspraken"). */
function participleOf(tokens: Token[], i: number, finite: number): boolean {
  const t = tokens[i]!;
  if (t.tag !== undefined) return /\|Part$/.test(t.tag);
  // Untagged: participles from the table, and ge-…-en/d/t forms it lacks or tags as adjectives ("geboren", "gescheiden").
  // "geweld", "gezin", "gebied" are nouns, not participles.
  const knownNoun = t.pos === 'noun' && inLexicon(t.lower);
  return Boolean(t.verb?.participle || (!knownNoun && (isParticiple(t.lower) || (i > finite && /^ge\p{L}{3,}(en|d|t)$/u.test(t.lower)))));
}

function isFiniteCandidate(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!t.verb?.finite) return false;
  const prev = tokens[i - 1]?.lower;
  if (prev === 'te' || prev === 'om') return false;
  return true;
}

/** Verbs whose infinitive stands for the participle next to another infinitive (infinitivus pro participio). */
const IPP_VERBS = new Set(['laten', 'moeten', 'kunnen', 'willen', 'mogen', 'gaan', 'zien', 'horen', 'helpen', 'blijven', 'leren', 'durven', 'hoeven', 'komen', 'proberen']);

function tenseOf(tokens: Token[], range: [number, number], finite: number | undefined, participleAfter = false): { tense: Tense; passive: boolean } {
  if (finite === undefined) return { tense: 'none', passive: false };
  const f = tokens[finite]!;
  const lemma = f.verb!.lemma;
  const past = f.verb!.tense === 'past';
  let hasParticiple = false;
  let hasInfinitive = false;
  let infinitives = 0;
  let ippVerb = false;
  let agent = false;
  if (participleAfter) hasParticiple = true;
  for (let i = range[0]; i <= range[1]; i++) {
    if (i === finite) continue;
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    // Participles from the table, and ge-…-en/d/t forms it lacks or tags as adjectives ("geboren", "gescheiden").
    // "geweld", "gezin", "gebied" are nouns, not participles.
    // "is moeilijk te verstaan": an infinitive after "te" that looks like a participle is no participle.
    if (t.lower === 'door') agent = true;
    if (tokens[i - 1]?.lower === 'te') continue;
    if (participleOf(tokens, i, finite)) hasParticiple = true;
    // "is … gaan wonen": a verb-group infinitive the tagger read as a finite plural still is one.
    const infinitiveLike = t.verb?.infinitive || (i > finite && t.tag !== undefined && t.verb !== undefined && t.lower === t.verb.lemma && IPP_VERBS.has(t.lower));
    if (infinitiveLike) {
      hasInfinitive = true;
      infinitives++;
      if (IPP_VERBS.has(t.lower)) ippVerb = true;
    }
  }
  // "heeft laten onderzoeken", "is gaan wonen", "had moeten komen": the perfect with an infinitive for a participle.
  if ((lemma === 'hebben' || lemma === 'zijn') && ippVerb && infinitives >= 2) return { tense: past ? 'pluperfect' : 'perfect', passive: false };
  if (lemma === 'hebben' && hasParticiple) return { tense: past ? 'pluperfect' : 'perfect', passive: false };
  // "is er door de school een melding gedaan": zijn + participle + a door-agent is the passive of the perfect.
  if (lemma === 'zijn' && hasParticiple) return { tense: past ? 'pluperfect' : 'perfect', passive: agent };
  if (lemma === 'worden' && hasParticiple) return { tense: past ? 'past' : 'present', passive: true };
  if (lemma === 'zullen' && !past && hasInfinitive) return { tense: 'future', passive: false };
  return { tense: past ? 'past' : 'present', passive: false };
}

const RELATIVE_PREPOSITIONS = new Set(['bij', 'met', 'voor', 'van', 'aan', 'op', 'over', 'naar', 'door', 'tegen', 'zonder', 'om', 'tot', 'uit']);

/**
 * Does a relative clause start at token i (the relative pronoun)? "die"/"welke"
 * right after a noun or name, and "bij wie"/"met welke", with a finite verb
 * further on before the next boundary (the verb closes the relative clause).
 */
function relativeStart(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (!t || !prev || t.kind !== 'word' || prev.kind !== 'word') return false;
  const afterNoun = (t.lower === 'die' || t.lower === 'welke') && (prev.pos === 'noun' || prev.pos === 'name') && !prev.verb?.finite;
  const afterPrep = (t.lower === 'wie' || t.lower === 'welke') && RELATIVE_PREPOSITIONS.has(prev.lower) && i >= 2 && tokens[i - 2]!.kind === 'word';
  if (!afterNoun && !afterPrep) return false;
  for (let j = i + 1; j < tokens.length; j++) {
    const x = tokens[j]!;
    if (x.kind === 'punct' && BOUNDARY_PUNCT.test(x.text)) return false;
    if (x.verb?.finite && clearlyFinite(x)) return j > i + 1 || afterNoun;
  }
  return false;
}

export function splitClauses(tokens: Token[]): Clause[] {
  const clauses: Clause[] = [];
  if (!tokens.length) return clauses;
  const bounds: number[] = [0];
  // Inside a comma-less relative clause: has its finite verb been seen? A second clearly
  // finite verb after it starts the main clause again ("De man die haar sloeg | woont nu …").
  let relative: 'open' | 'verb' | undefined;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]!;
    if (t.kind === 'punct' && BOUNDARY_PUNCT.test(t.text)) {
      bounds.push(i);
      relative = undefined;
      continue;
    }
    if (t.kind !== 'word') continue;
    if (relative && t.verb?.finite && clearlyFinite(t) && !t.verb.participle) {
      if (relative === 'verb') {
        bounds.push(i);
        relative = undefined;
        continue;
      }
      relative = 'verb';
    }
    // "toen" after a verb is the adverb "then" ("had toen al"), and "toen" followed by a finite verb too ("Toen ging hij").
    const adverbialToen = t.lower === 'toen' && (prev.kind === 'word' && !COORDINATORS.has(prev.lower) || Boolean(tokens[i + 1]?.verb?.finite && clearlyFinite(tokens[i + 1]!)));
    // "als militair gediend", "als moeder": 'als' is a conjunction only when a finite verb follows in its clause.
    const alsWithoutVerb = t.lower === 'als' && !finiteBeforeBoundary(tokens, i + 1);
    // "in dat onderzoek", "na dat gesprek": after a preposition "dat" is a determiner, not a conjunction.
    // "geeft aan dat vader …", "merkt op dat Noah …" are particles before a conjunction, so only a plain
    // noun right after 'dat' makes it a determiner.
    const nextWord = tokens[i + 1];
    const determinerDat =
      t.lower === 'dat' && PREPOSITIONS.has(prev.lower) && nextWord !== undefined && nextWord.pos === 'noun' && !/^\p{Lu}/u.test(nextWord.text) && !FAMILY_NOUNS.test(nextWord.lower);
    // "hij heeft dat in 2019 ook beloofd": right after an auxiliary, with no finite verb of its own before
    // the next boundary, "dat" is the object pronoun. A conjunction clause ends in its finite verb.
    const pronounDat = t.lower === 'dat' && Boolean(prev.verb?.finite && prev.verb.auxiliary) && !finiteBeforeBoundary(tokens, i + 1);
    if (SUBORDINATORS.has(t.lower) && t.lower !== 'of' && t.lower !== 'nu' && t.lower !== 'sinds' && !adverbialToen && !alsWithoutVerb && !determinerDat && !pronounDat) {
      // "dat" after a determiner-less noun may be a relative; both start a clause.
      if (!(prev.kind === 'punct' && BOUNDARY_PUNCT.test(prev.text))) bounds.push(i);
      continue;
    }
    if (RELATIVES.has(t.lower) && prev.kind === 'punct' && prev.text === ',') continue; // already a boundary
    // A relative clause without a comma: "een jongen bij wie de arts in 2019 ASS vaststelde", "de man die haar sloeg".
    if (relativeStart(tokens, i)) {
      bounds.push(tokens[i]!.lower === 'die' || tokens[i]!.lower === 'welke' ? i : i - 1);
      relative = 'open';
      continue;
    }
    if (COORDINATORS.has(t.lower) && t.lower !== 'of') {
      // Split "…, en …" style coordination only when a finite verb follows before the next boundary.
      let j = i + 1;
      let finiteAhead = false;
      // The verb must come before the next coordinator: in "in 2021 en 2022 veel meegemaakt en reageert hij"
      // only the second 'en' joins two clauses. Between two numbers ("2021 en 2022") it never does.
      const betweenNumbers = prev.kind === 'number' && tokens[i + 1]?.kind === 'number';
      while (!betweenNumbers && j < tokens.length && !(tokens[j]!.kind === 'punct' && BOUNDARY_PUNCT.test(tokens[j]!.text)) && !COORDINATORS.has(tokens[j]!.lower)) {
        // A verb right after the coordinator shares the subject: "De ouders scheiden in 2023 en hebben sindsdien …".
        if (tokens[j]!.verb?.finite && (clearlyFinite(tokens[j]!) || (j === i + 1 && sharedPluralSubject(tokens, bounds[bounds.length - 1]!, i)))) {
          finiteAhead = true;
          break;
        }
        j++;
      }
      let finiteBefore = false;
      for (let k = bounds[bounds.length - 1]!; k < i; k++) if (tokens[k]!.verb?.finite) finiteBefore = true;
      if (finiteAhead && finiteBefore) bounds.push(i);
    }
  }
  bounds.push(tokens.length);
  const uniq = [...new Set(bounds)].sort((a, b) => a - b);
  for (let b = 0; b + 1 < uniq.length; b++) {
    let first = uniq[b]!;
    const last = uniq[b + 1]! - 1;
    while (first <= last && tokens[first]!.kind === 'punct') first++;
    if (first > last) continue;
    const head = tokens[first]!.lower;
    // 'sinds' and 'nu' open a clause only as conjunctions; at the head they are mostly prepositions/adverbs.
    const toenAdverb = head === 'toen' && Boolean(tokens[first + 1]?.verb?.finite && clearlyFinite(tokens[first + 1]!));
    const subordinate =
      (SUBORDINATORS.has(head) && head !== 'sinds' && head !== 'nu' && !toenAdverb) || (RELATIVES.has(head) && first > 0) || (first > 0 && relativeStart(tokens, first + 1));
    let finite: number | undefined;
    // Prefer a clearly finite form; fall back to plural/infinitive forms.
    for (let i = first; i <= last; i++) {
      if (isFiniteCandidate(tokens, i) && clearlyFinite(tokens[i]!)) {
        finite = i;
        break;
      }
    }
    if (finite === undefined) {
      for (let i = first; i <= last; i++) {
        if (isFiniteCandidate(tokens, i)) {
          finite = i;
          break;
        }
      }
    }
    // A conjunction clause without a verb ends in its verb, even one the lexicon reads only as a noun:
    // "dat zij in 2020 naar een kamp vlucht".
    if (subordinate && finite === undefined && SUBORDINATORS.has(head) && last - first >= 2) {
      let k = last;
      while (k > first && tokens[k]!.kind === 'punct') k--;
      const v = k > first + 1 && tokens[k]!.kind === 'word' && tokens[k]!.pos !== 'name' ? verbInfo(tokens[k]!.lower, tokens[k - 1]?.lower) : undefined;
      if (v?.finite && isClearlyFinite(tokens[k]!.lower) && !DETERMINER_BEFORE.test(tokens[k - 1]!.lower)) {
        tokens[k]!.verb = v;
        // Tagged tokens: the tagger read a noun or adjective here; the clause's verb-final slot says otherwise.
        if (tokens[k]!.tag !== undefined) {
          tokens[k]!.tag = `VERB|Fin|${v.tense === 'past' ? 'Past' : 'Pres'}`;
          tokens[k]!.pos = 'verb';
        }
        finite = k;
      }
    }
    // In a subordinate clause the finite verb stands at the end: prefer the last finite auxiliary, and in a
    // conjunction clause the last clearly finite verb ("toen vader dronken aan de deur staat": 'dronken' is
    // an adjective there).
    if (subordinate && finite !== undefined) {
      let found = false;
      for (let i = last; i > finite; i--) {
        const t = tokens[i]!;
        if (isFiniteCandidate(tokens, i) && clearlyFinite(t) && t.verb?.auxiliary) {
          finite = i;
          found = true;
          break;
        }
      }
      // Only the verb cluster that closes a conjunction clause: "toen vader dronken … aan de deur staat".
      if (!found && SUBORDINATORS.has(head)) {
        let k = last;
        while (k > finite && tokens[k]!.kind === 'punct') k--;
        for (; k > finite && tokens[k]!.verb; k--) {
          if (isFiniteCandidate(tokens, k) && clearlyFinite(tokens[k]!) && tokens[k]!.pos === 'verb') {
            finite = k;
            break;
          }
        }
      }
    }
    const clause: Clause = {
      start: tokens[first]!.start,
      end: tokens[last]!.end,
      tokenRange: [first, last],
      ...(finite !== undefined ? { finiteVerb: finite } : {}),
      tense: 'none',
      subordinate,
      passive: false,
    };
    // The subject of the clause's finite verb, found on first use (see VerbInfo.subject).
    const verb = finite !== undefined ? tokens[finite]!.verb : undefined;
    if (verb) Object.defineProperty(clause, 'subject', { get: () => verb.subject, enumerable: true, configurable: true });
    clauses.push(clause);
  }
  clauses.forEach((c, k) => {
    const { tense, passive } = tenseOf(tokens, c.tokenRange, c.finiteVerb, participleLater(tokens, clauses, k));
    c.tense = tense;
    c.passive = passive;
  });
  return clauses;
}

/**
 * The participle of an auxiliary's verb group cut off by commas: "Vader heeft,
 * toen hij daar woonde, veel gedronken" — a later verbless fragment holds the
 * participle. Clauses with their own finite verb in between are skipped when
 * subordinate; a main clause with a finite verb ends the search.
 */
function participleLater(tokens: Token[], clauses: Clause[], k: number): boolean {
  const c = clauses[k]!;
  if (c.finiteVerb === undefined || !/^(hebben|zijn|worden)$/.test(tokens[c.finiteVerb]!.verb?.lemma ?? '')) return false;
  // A few clauses on at most (a comma-separated insertion or two), so long lists stay linear.
  for (let j = k + 1; j < clauses.length && j <= k + 4; j++) {
    const d = clauses[j]!;
    if (d.finiteVerb !== undefined) {
      if (d.subordinate) continue;
      return false;
    }
    for (let i = d.tokenRange[0]; i <= d.tokenRange[1]; i++) if (tokens[i]!.tag !== undefined && participleOf(tokens, i, c.finiteVerb)) return true;
  }
  return false;
}

/**
 * "De ouders scheiden in 2023 en hebben sindsdien …": a plural verb right after "en" shares the plural
 * subject of the clause before, whose own finite verb is plural too, and more follows the verb.
 * "door voordoen en herhalen" and "gaat werken en koken" are not clauses.
 */
function sharedPluralSubject(tokens: readonly Token[], from: number, i: number): boolean {
  const next = tokens[i + 2];
  if (!next || next.kind === 'punct') return false;
  for (let k = from; k < i; k++) {
    const t = tokens[k]!;
    if (t.verb?.finite && !t.verb.infinitive) return false;
    if (t.verb?.finite && /en$/.test(t.lower) && tokens.slice(from, k).some((x) => x.pos === 'noun' || x.pos === 'name' || /^(zij|ze|wij|we)$/.test(x.lower))) return true;
  }
  return false;
}

/** A finite verb before the next clause boundary (comma, semicolon, colon, dash, end). */
function finiteBeforeBoundary(tokens: readonly Token[], from: number): boolean {
  for (let j = from; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.kind === 'punct' && BOUNDARY_PUNCT.test(t.text)) return false;
    if (t.verb?.finite) return true;
  }
  return false;
}
