/**
 * diagnose-onderbouwing: a diagnosis or clinical label about a person names
 * who diagnosed it and when, or cites a diagnostic report; speculative
 * diagnoses ("lijkt autistisch", "narcistische trekken") are always reported.
 */
import type { Document, Sentence } from '../../src/document/types.js';
import type { Rule } from '../../src/engine/types.js';
import type { SentenceAnalysis, Token } from '../../src/taal/index.js';
import { analysisContext, blockHasFormalSource, inRanges, previousInBlock, quotedRanges } from '../_gedeeld/context.js';
import { diagnosisLexicon, type DiagnosisLexicon } from './lexicon.js';
import meta from './meta.js';

interface Hit {
  term: string;
  /** token indexes [first, last] */
  first: number;
  last: number;
  suffix?: string;
}

const PROFESSIONAL = /(psychiater|psycholoog|orthopedagoog|pedagoog|arts|neuroloog|deskundige|gedragswetenschapper|behandelaar|therapeut|diagnosticus|specialist|ggz|kliniek|centrum|accare|karakter|lucertis|pluryn|levvel|lsg|rentray|altrecht|parnassia|arkin|yulius)$/;
const INVESTIGATION_BEFORE = /^(onderzoek|onderzoeken|onderzocht|getest|test|screening|uitgesloten|uitsluiten|verdenking|verdacht|over|voorlichting|psycho-educatie|psycho-educatie)$/;

function findHits(tokens: Token[], lex: DiagnosisLexicon): Hit[] {
  const hits: Hit[] = [];
  const words = tokens.map((t) => t.lower);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    // multi-word forms
    const phrase = lex.phrases.find((p) => p.parts.every((part, k) => words[i + k] === part));
    if (phrase) {
      hits.push({ term: phrase.term, first: i, last: i + phrase.parts.length - 1 });
      i += phrase.parts.length - 1;
      continue;
    }
    // abbreviations (exact case), also as the first part of a hyphenated compound
    const parts = t.text.split('-');
    const abbr = lex.abbreviations.get(t.text) ?? lex.abbreviations.get(parts[0]!);
    if (abbr) {
      const rest = parts.length > 1 && lex.abbreviations.has(parts[0]!) ? parts.slice(1).join('-').toLowerCase() : '';
      if (rest && lex.excluded.some((e) => rest.startsWith(e))) continue;
      hits.push({ term: abbr, first: i, last: i, ...(rest ? { suffix: rest } : {}) });
      continue;
    }
    const w = t.lower;
    const exact = lex.words.get(w);
    if (exact) {
      hits.push({ term: exact, first: i, last: i });
      continue;
    }
    // compounds: form + suffix ("borderline-trekken", "hechtingsproblematiek"), or a longer word ending in a form ("cocaïneverslaving")
    const compound = compoundOf(w, lex);
    if (compound) hits.push({ term: compound.term, first: i, last: i, ...(compound.suffix ? { suffix: compound.suffix } : {}) });
  }
  return hits;
}

/** Per lexicon, the compound reading of each word seen: the same words recur in every sentence. */
const compoundCache = new WeakMap<DiagnosisLexicon, Map<string, { term: string; suffix?: string } | null>>();

function compoundOf(w: string, lex: DiagnosisLexicon): { term: string; suffix?: string } | null {
  let cache = compoundCache.get(lex);
  if (!cache) {
    cache = new Map();
    compoundCache.set(lex, cache);
  }
  const known = cache.get(w);
  if (known !== undefined) return known;
  let result: { term: string; suffix?: string } | null = null;
  let head: [string, string] | undefined;
  for (const [form, term] of lex.words) {
    // Dutch compounds carry their head at the end: "cocaïneverslaving" is a verslaving, "winterdepressie" a depressie.
    if (form.length >= 7 && w.length >= form.length + 3 && w.endsWith(form) && (!head || form.length > head[0].length)) head = [form, term];
  }
  if (head) result = { term: head[1] };
  else {
    for (const [form, term] of lex.words) {
      if (form.length < 5 || !w.startsWith(form) || w === form) continue;
      const rest = w.slice(form.length).replace(/^-/, '');
      if (lex.excluded.some((e) => rest.startsWith(e))) break;
      if (lex.suffixes.some((sfx) => rest === sfx || rest === sfx + 'en')) {
        result = { term, suffix: rest };
        break;
      }
    }
  }
  cache.set(w, result);
  return result;
}

function clauseOf(a: SentenceAnalysis, tokenIndex: number) {
  return a.clauses.find((c) => tokenIndex >= c.tokenRange[0] && tokenIndex <= c.tokenRange[1]);
}

function isSpeculative(a: SentenceAnalysis, hit: Hit, lex: DiagnosisLexicon): boolean {
  if (hit.suffix && /^(trekken|kenmerken|achtig|achtige)/.test(hit.suffix)) return true;
  const next = a.tokens[hit.last + 1]?.lower;
  if (next && /^(trekken|kenmerken|achtig|achtige)$/.test(next)) return true;
  const clause = clauseOf(a, hit.first);
  let from = clause ? clause.tokenRange[0] : Math.max(0, hit.first - 6);
  const to = clause ? clause.tokenRange[1] : Math.min(a.tokens.length - 1, hit.last + 3);
  // "ik vermoed dat ook zij een LVB heeft": the guess governs the dat-clause from the clause before it.
  if (clause?.subordinate) {
    const k = a.clauses.indexOf(clause);
    const governing = k > 0 ? a.clauses[k - 1] : undefined;
    if (governing && !governing.subordinate) from = governing.tokenRange[0];
  }
  for (let i = from; i <= to; i++) if (lex.speculative.has(a.tokens[i]!.lower)) return true;
  if (doesNotRuleOut(a, from, to)) return true;
  // "doet denken aan"
  for (let i = from; i < to; i++) if (a.tokens[i]!.lower === 'doet' && a.tokens[i + 1]?.lower === 'denken') return true;
  return false;
}

/** "niet uitsluiten", "sluit … niet uit", "is niet uitgesloten": a guess, although it has a 'niet'. */
function doesNotRuleOut(a: SentenceAnalysis, from: number, to: number): boolean {
  const words = a.tokens.slice(from, to + 1).map((t) => t.lower);
  if (!words.includes('niet')) return false;
  return words.some((w) => /^(uitsluiten|uitsluit|uitgesloten)$/.test(w)) || (words.some((w) => /^(sluit|sluiten)$/.test(w)) && words.includes('uit'));
}

/** After the term, a negation denies the diagnosis only with words like these: "ADHD is bij Sem niet vastgesteld", "speelt geen rol". */
const DENIAL = /^(aangetoond|bevestigd|uitgesloten|gevonden|gebleken|rol|orde|sprake|aanwezig|bekend|vastgesteld|gesteld|gediagnosticeerd|gediagnostiseerd|geconstateerd)$/;

/**
 * The diagnosis is denied: a negation before it in its scope ("geen ADHD", "niet autistisch", "Er is
 * niet vastgesteld dat hij ADHD heeft"), or after it with a word of finding ("Autisme is niet
 * aangetoond"). "De verslaving van moeder maakt een terugkeer niet haalbaar" still names it.
 */
function isNegated(a: SentenceAnalysis, hit: Hit, lex: DiagnosisLexicon): boolean {
  const start = a.tokens[hit.first]!.start;
  return a.negations.some((n) => {
    if (start < n.scopeStart || start >= n.scopeEnd) return false;
    if (n.cueStart < start) return true;
    return a.tokens.some((t) => t.start > start && t.end <= n.scopeEnd && (DENIAL.test(t.lower) || lex.establish.has(t.lower)));
  });
}

function isInvestigationOrTopic(a: SentenceAnalysis, hit: Hit): boolean {
  for (let i = Math.max(0, hit.first - 6); i < hit.first; i++) {
    const w = a.tokens[i]!.lower;
    if (INVESTIGATION_BEFORE.test(w)) return true;
    if (w === 'omgaan' && a.tokens[i + 1]?.lower === 'met') return true;
    if (w === 'sprake' && a.tokens[i - 1]?.lower === 'of') return true; // "onderzocht of er sprake was van"
  }
  return false;
}

function aboutAPerson(a: SentenceAnalysis): boolean {
  return a.persons.length > 0 || a.tokens.some((t) => /^(hij|zij|ze|haar|hem|zijn|ik|u)$/.test(t.lower));
}

function hasWho(a: SentenceAnalysis, lex: DiagnosisLexicon): boolean {
  return (
    a.tokens.some((t) => PROFESSIONAL.test(t.lower) || lex.establish.has(t.lower)) ||
    // The investigation itself names the source: "(IQ 68, onderzoek Trajectum 2020)", "volgens het psychodiagnostisch rapport".
    a.tokens.some((t, k) => /(onderzoek|diagnostiek|rapport|rapportage|verslag)$/.test(t.lower) && !/^(geen|nooit)$/.test(a.tokens[k - 1]?.lower ?? '')) ||
    a.attributions.some((x) => x.kind === 'document' || x.kind === 'organisation')
  );
}

/** "een borderline persoonlijkheidsstoornis": two terms side by side name one diagnosis, reported once. */
function mergeAdjacent(hits: Hit[]): Hit[] {
  const out: Hit[] = [];
  for (const h of [...hits].sort((x, y) => x.first - y.first)) {
    const prev = out[out.length - 1];
    if (prev && h.first <= prev.last + 1) out[out.length - 1] = { ...prev, last: Math.max(prev.last, h.last) };
    else out.push(h);
  }
  return out;
}

function hasWhoAndWhen(a: SentenceAnalysis, lex: DiagnosisLexicon): boolean {
  return a.timeReferences.length > 0 && hasWho(a, lex);
}

function citesDiagnosticReport(doc: Document, s: Sentence): boolean {
  const diagnostic = new Set((doc.frontmatter?.bronnen ?? []).filter((b) => b.soort === 'diagnostisch-onderzoek').map((b) => b.id));
  if (diagnostic.size === 0) return false;
  const block = doc.blocks[s.blockIndex];
  const sentences = block ? block.sentenceIndexes.map((i) => doc.sentences[i]!) : [s];
  return sentences.some((x) => x.citations.some((c) => diagnostic.has(c.id)));
}

const rule: Rule = {
  meta,
  check(doc, ctx) {
    const lex = diagnosisLexicon([...((ctx.options['extra-termen'] as string[]) ?? []), ...(ctx.settings.lexicon['diagnoses'] ?? [])]);
    const skip = new Set((ctx.options['secties-uitgezonderd'] as string[]) ?? ['bronnen']);
    const actx = analysisContext(doc);
    const grounded = new Set<string>();
    for (const s of doc.sentences) {
      if (s.blockKind === 'heading' || skip.has(s.sectionKind)) continue;
      if (!/[A-Za-z]/.test(s.text)) continue;
      const a = ctx.taal.analyze(s.text, actx);
      const hits = mergeAdjacent(findHits(a.tokens, lex));
      if (!hits.length) continue;
      const quotes = quotedRanges(s.text);
      for (const hit of hits) {
        const first = a.tokens[hit.first]!;
        const last = a.tokens[hit.last]!;
        if (inRanges(quotes, first.start, last.end)) continue;
        const speculative = isSpeculative(a, hit, lex);
        const words = s.text.slice(first.start, last.end);
        if (speculative && (!isNegated(a, hit, lex) || doesNotRuleOut(a, 0, a.tokens.length - 1))) {
          ctx.report({
            span: s.spanOf(first.start, last.end),
            message: `"${words}" is een vermoeden van een diagnose (${hit.term}). Noem geen stoornis die een deskundige niet heeft vastgesteld: beschrijf wat u zag of hoorde, met wie en wanneer.`,
            key: `speculatief:${hit.term}:${s.text}`,
          });
          continue;
        }
        if (isNegated(a, hit, lex) || isInvestigationOrTopic(a, hit) || !aboutAPerson(a)) continue;
        // Grounding counts for the person it was about: Mila's established depression does not ground
        // "Moeder is zelf ook depressief" later on.
        const who = personOf(a, hit);
        if (citesDiagnosticReport(doc, s) || hasWhoAndWhen(a, lex) || blockGrounds(doc, s, a, lex, ctx.taal.analyze, actx)) {
          grounded.add(`${hit.term}|${who ?? '*'}`);
          continue;
        }
        if (grounded.has(`${hit.term}|*`) || (who !== undefined ? grounded.has(`${hit.term}|${who}`) : [...grounded].some((g) => g.startsWith(`${hit.term}|`)))) continue;
        ctx.report({
          span: s.spanOf(first.start, last.end),
          message:
            `"${words}" is een diagnose (${hit.term}). Vermeld wie deze diagnose stelde en wanneer, bijvoorbeeld "In maart 2022 stelde de kinderpsychiater van Accare ${hit.term} vast", ` +
            'of verwijs naar een bron van soort diagnostisch-onderzoek. Is er geen diagnose gesteld? Beschrijf dan het gedrag.',
          key: `ongegrond:${hit.term}:${s.text}`,
        });
      }
    }
  },
};

/** The family member a diagnosis is about: the nearest child or betrokkene before it in the sentence, else after it. */
function personOf(a: SentenceAnalysis, hit: Hit): string | undefined {
  const at = a.tokens[hit.first]!.start;
  const family = a.persons.filter((p) => p.ref.group === 'kind' || p.ref.group === 'betrokkene');
  // "het autisme van Lucas", "bij Lucas ASS": the person after "van" or "bij" is the one it is about.
  const of = family.find((p) => {
    const k = a.tokens.findIndex((t) => t.start === p.start);
    return k > 0 && /^(van|bij)$/.test(a.tokens[k - 1]!.lower) && (k - 1 === hit.last + 1 || a.tokens[k - 1]!.lower === 'bij');
  });
  const before = family.filter((p) => p.end <= at);
  const p = of ?? (before.length ? before[before.length - 1] : family.find((x) => x.start >= at));
  return p ? (p.ref.naam ?? p.ref.rol ?? p.text).toLowerCase() : undefined;
}

/** A diagnosis can be grounded by the sentence before it in the same paragraph ("In 2022 onderzocht Accare Sem. Hij heeft ASS."). */
function blockGrounds(
  doc: Document,
  s: Sentence,
  current: SentenceAnalysis,
  lex: DiagnosisLexicon,
  analyze: (t: string, c?: ReturnType<typeof analysisContext>) => SentenceAnalysis,
  actx: ReturnType<typeof analysisContext>,
): boolean {
  const prev = previousInBlock(doc, s);
  if (!prev) return false;
  const pa = analyze(prev.text, actx);
  // "… in de nacht van 7 november. De psychiater stelde die nacht een psychose vast."
  if (hasWho(current, lex) && current.tokens.some((t) => lex.establish.has(t.lower)) && pa.timeReferences.length > 0) return true;
  return hasWhoAndWhen(pa, lex) && pa.tokens.some((t) => lex.establish.has(t.lower) || /onderzoe?k/.test(t.lower)) && !blockHasFormalSource(doc, s);
}

export default rule;
