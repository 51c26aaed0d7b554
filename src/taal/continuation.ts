/**
 * A sentence that goes on with the previous sentence's attribution: "Zij
 * schrijft dat … Daarnaast …", or a pronoun that can only mean the informant
 * ("Moeder schrijft dat … Zij wil het gezag houden"). In "De intern
 * begeleider vertelt dat Jonas … Hij heeft een kort lontje" "Hij" may be
 * Jonas, so the sentence is the writer's.
 */
import type { Attribution, SentenceAnalysis } from './types.js';

const CONTINUATION = /^(ook|daarnaast|verder|bovendien|volgens (haar|hem))\b/i;
const PRONOUN_START = /^(hij|zij|ze)\b/i;
const FEMALE_SOURCE = /\b(moeder|oma|tante|zus|zuster|pleegmoeder|stiefmoeder|mevrouw|mw|juf|buurvrouw|grootmoeder|dochter)\b/i;
const MALE_SOURCE = /\b(vader|opa|oom|broer|pleegvader|stiefvader|meneer|dhr|meester|buurman|grootvader|zoon|de heer)\b/i;

/** The informants of a sentence: attributions to someone other than the writer, not the writer's observation. */
export function informants(a: Pick<SentenceAnalysis, 'attributions'>): Attribution[] {
  return a.attributions.filter((x) => !x.byWriter && x.kind !== 'observation');
}

/** The text opens as a continuation may ("Daarnaast …", "Zij …"): only then is the previous sentence worth analysing. */
export function opensContinuation(text: string): boolean {
  const t = text.trim();
  return CONTINUATION.test(t) || PRONOUN_START.test(t);
}

/**
 * Does `current` carry on the attribution of `previous` (the sentence before it in the same
 * paragraph)? A marker ("Daarnaast", "Ook", "Volgens haar") always does; a pronoun subject does
 * when its gender fits the informant, or, for an informant of unknown gender, when the attributed
 * content names no family member the pronoun could mean instead.
 */
export function continuesAttribution(previous: SentenceAnalysis | undefined, current: SentenceAnalysis): boolean {
  const text = current.text.trim();
  const marker = CONTINUATION.test(text);
  const pronoun = PRONOUN_START.exec(text)?.[1]?.toLowerCase();
  if (!marker && !pronoun) return false;
  if (!previous) return false;
  const sources = informants(previous);
  if (!sources.length) return false;
  if (marker) return true;
  return sources.some((x) => {
    const female = FEMALE_SOURCE.test(x.source);
    const male = MALE_SOURCE.test(x.source);
    if (female || male) return pronoun === 'hij' ? male : female;
    if (x.kind === 'document' || x.kind === 'organisation') return false;
    // A family member named again in this sentence is not its pronoun subject ("Hij heeft Jayden nooit
    // doorverwezen": Hij is not Jayden), so only the others could be meant instead of the informant.
    const key = (p: SentenceAnalysis['persons'][number]) => (p.ref.naam ?? p.ref.rol ?? p.text).toLowerCase();
    const here = new Set(current.persons.map(key));
    return !previous.persons.some(
      (p) => p.start >= x.scopeStart && p.end <= x.scopeEnd && (p.ref.group === 'kind' || p.ref.group === 'betrokkene') && !here.has(key(p)),
    );
  });
}
