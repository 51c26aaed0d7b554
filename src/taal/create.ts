/** createTaal(): the language layer object handed to rules, with a bounded analysis cache. */
import { findAttributions, type AttributionLexicons } from './attribution.js';
import { splitClauses } from './clauses.js';
import { loadLexicon, normalize, PhraseSet } from './lexicon.js';
import { findNegations } from './negation.js';
import { firstName, findPersons } from './persons.js';
import { subjectivity } from './subjectief.js';
import { findTimeReferences } from './time.js';
import { tokenize } from './tokens.js';
import type { AnalysisContext, SentenceAnalysis, Taal, Token } from './types.js';

const CACHE_LIMIT = 4000;

export interface TaalOptions {
  extraLexicon?: Record<string, string[]>;
}

function contextKey(ctx: AnalysisContext | undefined): string {
  if (!ctx) return '';
  return [
    ctx.docDate?.toISOString().slice(0, 10) ?? '',
    ...(ctx.children ?? []).map((c) => `${c.naam ?? ''}@${c.birthDate?.toISOString().slice(0, 10) ?? ''}`),
    ...(ctx.people ?? []).map((p) => `${p.naam ?? ''}/${p.rol ?? ''}`),
    (ctx.writerRoles ?? []).join(','),
  ].join('|');
}

/** Every written part of the names in the frontmatter ("Jens", "Vos"), lower-cased. */
function nameParts(context: AnalysisContext | undefined): Set<string> {
  const out = new Set<string>();
  for (const p of [...(context?.children ?? []), ...(context?.people ?? [])]) {
    for (const part of (p.naam ?? '').split(/[\s-]+/)) if (part.length > 1 && /^\p{Lu}/u.test(part)) out.add(part.toLowerCase());
  }
  return out;
}

/**
 * A capitalised word that is the name of someone in the frontmatter is a
 * name, never a verb ("Jens" is not a form of "jenzen"). Copies the tokens
 * that change; the cached token list is shared and stays untouched.
 */
function asNames(tokens: Token[], firstNames: Set<string>, context: AnalysisContext | undefined): Token[] {
  const parts = nameParts(context);
  for (const f of firstNames) parts.add(f);
  if (!parts.size || !tokens.some((t) => t.verb && parts.has(t.lower) && /^\p{Lu}/u.test(t.text))) return tokens;
  return tokens.map((t) => {
    if (!t.verb || !parts.has(t.lower) || !/^\p{Lu}/u.test(t.text)) return t;
    const { verb: _verb, ...rest } = t;
    void _verb;
    return { ...rest, pos: 'name' };
  });
}

export function createTaal(options: TaalOptions = {}): Taal {
  const extra = options.extraLexicon ?? {};
  const lexicons = new Map<string, Set<string>>();
  const lexicon = (name: string): ReadonlySet<string> => {
    let set = lexicons.get(name);
    if (!set) {
      set = new Set([...loadLexicon(name), ...(extra[name] ?? []).map(normalize)]);
      lexicons.set(name, set);
    }
    return set;
  };
  const phrases = new Map<string, PhraseSet>();
  const phraseSet = (name: string): PhraseSet => {
    let p = phrases.get(name);
    if (!p) {
      p = new PhraseSet(lexicon(name));
      phrases.set(name, p);
    }
    return p;
  };

  const cache = new Map<string, SentenceAnalysis>();
  const tokenCache = new Map<string, Token[]>();

  const tokensOf = (text: string): Token[] => {
    let t = tokenCache.get(text);
    if (!t) {
      t = tokenize(text);
      if (tokenCache.size >= CACHE_LIMIT) tokenCache.delete(tokenCache.keys().next().value as string);
      tokenCache.set(text, t);
    }
    return t;
  };

  const analyze = (text: string, context?: AnalysisContext): SentenceAnalysis => {
    const key = `${contextKey(context)}\u0000${text}`;
    const hit = cache.get(key);
    if (hit) return hit;
    const names = new Set<string>();
    for (const c of context?.children ?? []) {
      const f = firstName(c.naam);
      if (f) names.add(f);
    }
    for (const p of context?.people ?? []) {
      const f = firstName(p.naam);
      if (f) names.add(f);
    }
    const tokens = asNames(tokensOf(text), names, context);
    const clauses = splitClauses(tokens);
    const lex: AttributionLexicons = {
      speech: lexicon('attributie-werkwoorden') as Set<string>,
      opinion: lexicon('opinie-werkwoorden') as Set<string>,
      documents: lexicon('documenten') as Set<string>,
      organisations: phraseSet('organisaties'),
      roles: phraseSet('rollen'),
      names,
      ...(context?.writerRoles ? { writerRoles: new Set(context.writerRoles) } : {}),
    };
    const main = clauses.find((c) => !c.subordinate && c.tense !== 'none') ?? clauses.find((c) => c.tense !== 'none');
    const analysis: SentenceAnalysis = {
      text,
      tokens,
      clauses,
      tense: main?.tense ?? 'none',
      attributions: findAttributions(text, tokens, clauses, lex),
      negations: findNegations(tokens, clauses, lexicon('negaties') as Set<string>),
      timeReferences: findTimeReferences(text, context ?? {}),
      persons: findPersons(tokens, context ?? {}, phraseSet('rollen')),
    };
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(key, analysis);
    return analysis;
  };

  return {
    analyze,
    tokenize: tokensOf,
    timeReferences: (text, context) => findTimeReferences(text, context ?? {}),
    lexicon,
    normalize,
    subjectivity,
  };
}
