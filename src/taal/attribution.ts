/**
 * Attribution: who says, reports, finds or saw what. Recognises "volgens X",
 * a speech, perception or opinion verb with its subject (also inverted and
 * with separable particles: "geeft … aan"), "uit X blijkt", "in X staat",
 * "X: …", "naar zeggen van X", "…, zegt moeder", and the writer's own
 * observations and opinions.
 */
import { PhraseSet } from './lexicon.js';
import type { Attribution, AttributionKind, Clause, Token } from './types.js';
import { lemmasOf } from './words.js';

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
const PERCEPTION = new Set(['zien', 'horen', 'merken', 'waarnemen', 'observeren', 'constateren', 'opmerken', 'signaleren', 'vaststellen', 'registreren']);
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

/** The lemma(s) of a clause's finite verb, with separable particles joined on ("geeft … aan" → aangeven). */
function clauseLemmas(tokens: Token[], clause: Clause, verbIndex: number): string[] {
  const lemmas = lemmasOf(tokens[verbIndex]!.lower);
  const out = new Set(lemmas);
  const [, last] = clause.tokenRange;
  let lastWord = last;
  while (lastWord > verbIndex && tokens[lastWord]!.kind === 'punct') lastWord--;
  // A separable particle closing the clause makes it another verb: "zeggen … af" is afzeggen (cancel), not zeggen.
  if (lastWord > verbIndex + 1 && PARTICLES.includes(tokens[lastWord]!.lower)) return lemmas.map((l) => tokens[lastWord]!.lower + l);
  for (let i = verbIndex + 1; i <= last; i++) {
    const w = tokens[i]!.lower;
    if (PARTICLES.includes(w)) for (const l of lemmas) out.add(w + l);
    if (w === 'weten' && lemmas.includes('laten')) out.add('laten weten');
    if (w === 'maken' && tokens[i - 1]?.lower === 'kenbaar') out.add('kenbaar maken');
    // "is van mening dat", "was van oordeel dat"
    if (w === 'van' && lemmas.includes('zijn') && /^(mening|oordeel)$/.test(tokens[i + 1]?.lower ?? '')) out.add(`van ${tokens[i + 1]!.lower} zijn`);
    // "maakt zich (wel) zorgen": the reflexive idiom of worrying, an opinion verb of its own.
    if (w === 'zorgen' && lemmas.includes('maken') && tokens.slice(verbIndex + 1, i).some((t) => /^(zich|me|mij|ons|je)$/.test(t.lower))) out.add('zorgen maken');
  }
  return [...out];
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
    const isEigenZeggen = w === 'volgens' && tokens[i + 1]?.lower === 'eigen' && tokens[i + 2]?.lower === 'zeggen';
    if (!isVolgens && !isNaarZeggen && !isAldus && !isNaarMening) continue;
    const from = i + (isNaarZeggen ? 3 : isNaarMening ? 4 : 1);
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
      push({ source: 'eigen zeggen', kind: 'person', cue: 'volgens eigen zeggen', start: tokens[i]!.start, end: tokens[i + 2]!.end, scopeStart: 0, scopeEnd: endOfText, opinion: false, byWriter: false });
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
    const inside = isVolgens && clause && tokens.slice(clause.tokenRange[0], i).some((t) => t.kind === 'word' && !/^(en|maar|want|dus|ook)$/.test(t.lower)) ? clause : undefined;
    push({
      source: c.text,
      kind: c.kind,
      cue: isNaarZeggen ? 'naar zeggen van' : isNaarMening ? `naar ${tokens[i + 1]!.lower} ${tokens[i + 2]!.lower} van` : w,
      start: tokens[i]!.start,
      end: tokens[to]!.end,
      // "Volgens X …" opening a clause covers what follows; inside a clause ("Aya speelt volgens haar
      // graag …") it covers that clause and what follows; "…, aldus X" covers what went before.
      scopeStart: isAldus ? 0 : inside ? inside.start : tokens[to]!.end,
      scopeEnd: isAldus ? tokens[i]!.start : endOfText,
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

  // 3. A speech, perception or opinion verb with a subject in its clause.
  for (const clause of clauses) {
    const [first, last] = clause.tokenRange;
    const candidates: number[] = [];
    if (clause.finiteVerb !== undefined) candidates.push(clause.finiteVerb);
    // "heeft verteld", "had gemeld": a participle of a speech verb with hebben (not a passive "is gesteld").
    const finiteLemma = clause.finiteVerb !== undefined ? tokens[clause.finiteVerb]!.verb?.lemma : undefined;
    if (finiteLemma === 'hebben') for (let i = first; i <= last; i++) if (tokens[i]!.verb?.participle && i !== clause.finiteVerb) candidates.push(i);
    // "heeft laten weten", "had willen vertellen": an infinitive standing for the participle (IPP).
    if (finiteLemma === 'hebben') for (let i = first; i <= last; i++) if (tokens[i]!.verb?.infinitive && i > clause.finiteVerb!) candidates.push(i);
    for (const vi of candidates) {
      const lemmas = clauseLemmas(tokens, clause, vi);
      const speech = lemmas.find((l) => lex.speech.has(l));
      const opinion = lemmas.find((l) => lex.opinion.has(l));
      const lemma = speech ?? opinion;
      if (!lemma) continue;
      const verbTok = tokens[vi]!;
      // What follows: a dat/of/hoe clause, a colon or quote, or the end (inverted: "…, zegt moeder.")
      const next = tokens[last + 1];
      // "…en de kinderen zien dat." — a 'dat' that ends the clause is a pronoun, no dat-clause follows.
      const afterNext = tokens[vi + 2];
      const thatEndsClause = next !== undefined && next.lower !== ':' && (afterNext === undefined || (afterNext.kind === 'punct' && /^[.,;:!?)]$/.test(afterNext.text)));
      const followsThat = next !== undefined && /^(dat|of|hoe|wat|waarom|wanneer|:)$/.test(next.lower) && !thatEndsClause;
      const hasColonOrQuote = tokens.slice(vi + 1, last + 2).some((t) => t.text === ':' || /^["“]$/.test(t.text));
      const perception = PERCEPTION.has(lemma) || PERCEPTION.has(lemma.replace(/^(op|vast|waar)/, ''));
      // In a subordinate clause, or with an ambiguous verb ("grenzen stellen"), only a following dat-clause makes it an attribution.
      if ((clause.subordinate || WEAK_CUES.has(lemma)) && !followsThat && !hasColonOrQuote) continue;
      if (lemma === 'vinden') {
        const after = tokens[vi + 1]?.lower;
        const after2 = tokens[vi + 2]?.lower;
        if (after === 'een' || after2 === 'een' || (!followsThat && !tokens.slice(vi + 1, last + 1).some((t) => t.lower === 'het' || t.pos === 'adj'))) continue;
        // "vindt zijn vader bewusteloos op de bank": finding someone somewhere, not an opinion ("vindt Sem in de klas te druk" is one).
        const rest = tokens.slice(vi + 1, last + 1);
        const place = rest.some((t, k) => LOCATIVE.has(t.lower) && /^(de|het|een|zijn|haar|hun|mijn|ons|onze)$/.test(rest[k + 1]?.lower ?? ''));
        const degree = rest.some((t) => /^(te|erg|heel|zo|best|nogal|wel|niet|zeer|behoorlijk)$/.test(t.lower));
        if (!followsThat && place && !degree) continue;
      }
      // An opinion verb gives someone's view only with what they think: a dat-clause, a colon or quote, or
      // the content before it ("…, denkt moeder."). "denkt daarbij te weinig aan Luuk" (thinking about) and
      // "gelooft Yara niet" (not believing her) are no attributions. "vinden" has its own test below.
      const atEnd = first > 0 && tokens[first - 1]!.text === ',' && last - vi <= 4 && (last === n - 1 || tokens[last + 1]?.text === '.');
      // "maakt zich zorgen over …" names its content with "over".
      if (opinion && !speech && lemma !== 'vinden' && lemma !== 'zorgen maken' && !followsThat && !hasColonOrQuote && !atEnd) continue;
      if (lemma === 'vragen' && !followsThat && !tokens.slice(vi + 1, last + 1).some((t) => t.lower === 'om' || t.lower === 'of')) continue;
      // Subject: before the verb in the clause (normal order) or right after it (inversion).
      // The subject stands before the finite verb ("De school heeft laten weten"), also when the cue is a participle or infinitive after it.
      const subjEnd = clause.finiteVerb !== undefined && clause.finiteVerb < vi ? clause.finiteVerb : vi;
      // "De leerkracht van Liam, meester Joost, vertelt dat …": the commas cut the subject into verbless
      // fragments before the verb's clause; together they are its subject.
      let subjStart = first;
      if (first === subjEnd) {
        for (let k = clauses.indexOf(clause) - 1; k >= 0 && clauses[k]!.tense === 'none' && !clauses[k]!.subordinate; k--) subjStart = clauses[k]!.tokenRange[0];
      }
      let subj = subjStart < subjEnd ? classify(tokens, subjStart, subjEnd - 1, lex) : undefined;
      if (subj && subj.kind === 'document' && !lex.speech.has(lemma)) subj = undefined;
      const afterSubj = classify(tokens, vi + 1, Math.min(last, vi + 5), lex);
      const inverted = !subj || (first < vi && /^(in|tijdens|op|bij|na|uit|daarnaast|ook|verder|eerder|later|toen|daarna|vervolgens|afgelopen)$/.test(tokens[first]!.lower) && afterSubj !== undefined);
      let source = inverted ? afterSubj ?? subj : subj;
      // "…gesproken met de mentor, die vertelt dat …": a relative pronoun stands for the noun before it.
      if ((!source || /^(die|wie)$/.test(source.text.toLowerCase())) && /^(die|wie)$/.test(tokens[first]!.lower) && first > 0) {
        let k = first - 1;
        while (k > 0 && tokens[k]!.kind === 'punct') k--;
        // The noun phrase right before the pronoun: "de mentor", "de buurvrouw van oma" is cut at the preposition.
        let j = k;
        while (j > 0 && k - j < 3 && tokens[j - 1]!.kind === 'word' && !tokens[j - 1]!.verb && !/^(met|bij|van|aan|naar|voor|op|in|tegen|door|over)$/.test(tokens[j - 1]!.lower)) j--;
        source = classify(tokens, j, k, lex) ?? source;
      }
      if (!source) continue;
      // "De mentor zag moeder de fles klaarmaken": a professional who saw someone do something (the clause
      // ends in an infinitive) is a source; "Sem ziet zijn vader elke week" is not an attribution.
      let lastWord = last;
      while (lastWord > vi && tokens[lastWord]!.kind === 'punct') lastWord--;
      const seenDoing = lastWord > vi + 1 && Boolean(tokens[lastWord]!.verb?.infinitive) && (source.kind === 'organisation' || ROLE_SUFFIX.test(source.text.toLowerCase().split(/\s+/).pop() ?? ''));
      if (perception && !followsThat && !hasColonOrQuote && !source.byWriter && !seenDoing) continue;
      // "…, zegt moeder." — the cue stands after the content.
      const tail = clause.start > 0 && last === n - 1 || (last + 1 < n && tokens[last + 1]!.text === '.');
      const contentBefore = tail && inverted && first > 0;
      push({
        source: source.text,
        kind: perception && source.byWriter ? 'observation' : source.kind === 'document' ? 'document' : source.kind,
        cue: verbTok.text,
        start: clause.start,
        end: verbTok.end,
        scopeStart: contentBefore ? 0 : verbTok.end,
        scopeEnd: contentBefore ? clause.start : endOfText,
        opinion: Boolean(opinion && !speech),
        byWriter: source.byWriter && !perception,
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
