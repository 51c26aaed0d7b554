/**
 * Word class and verb information per word, from the derived Brill-NL and
 * Pattern data (src/taal/data), with suffix rules for unknown words and the
 * 't kofschip rule for weak verbs that the tables miss.
 */
import { readFileSync } from 'node:fs';
import { packagePath } from '../util/paths.js';
import type { VerbInfo, WordClass } from './types.js';

interface VerbForm {
  lemma: string;
  flags: string;
}

let verbForms: Map<string, VerbForm[]> | undefined;
let classTable: Map<string, string> | undefined;
let infinitives: Set<string> | undefined;
let lemmaRank: Map<string, number> | undefined;

function load(): void {
  if (verbForms) return;
  const v = JSON.parse(readFileSync(packagePath('src/taal/data/werkwoorden.json'), 'utf8')) as { vormen: Record<string, string>; rang?: string[] };
  lemmaRank = new Map((v.rang ?? []).map((l, i) => [l, i]));
  verbForms = new Map();
  infinitives = new Set();
  for (const [form, spec] of Object.entries(v.vormen)) {
    const list = spec.split('|').map((part) => {
      const i = part.indexOf(':');
      return i < 0 ? { lemma: form, flags: part } : { lemma: part.slice(0, i), flags: part.slice(i + 1) };
    });
    // Most frequent lemma first ("waren": zijn before waren, "was": zijn before wassen).
    list.sort((a, b) => (lemmaRank!.get(a.lemma) ?? 1e9) - (lemmaRank!.get(b.lemma) ?? 1e9));
    verbForms.set(form, list);
    for (const f of list) if (f.flags.includes('i')) infinitives.add(f.lemma);
  }
  const w = JSON.parse(readFileSync(packagePath('src/taal/data/woordsoorten.json'), 'utf8')) as { woorden: Record<string, string> };
  classTable = new Map(Object.entries(w.woorden));
}

const CLASS_OF: Record<string, WordClass> = { n: 'noun', e: 'name', v: 'verb', a: 'adj', b: 'adv', r: 'pron', p: 'prep', c: 'conj', d: 'det', g: 'num', '.': 'punct', i: 'other', m: 'other' };

export const AUXILIARIES = new Set(['hebben', 'zijn', 'worden', 'zullen', 'kunnen', 'moeten', 'mogen', 'willen', 'gaan', 'blijven', 'laten', 'hoeven', 'durven', 'lijken', 'schijnen']);

/** Function words the data sometimes tags as verbs ("was" the noun aside). */
const NOT_VERBS = new Set(['de', 'het', 'een', 'en', 'of', 'dat', 'die', 'in', 'op', 'te', 'aan', 'met', 'om', 'voor', 'bij', 'na', 'uit', 'toe', 'af', 'door', 'over', 'zo', 'nu', 'al', 'wel', 'niet', 'ook', 'er', 'ze', 'zij', 'hij', 'we', 'wij', 'ik', 'je', 'jij', 'u', 'mijn', 'haar', 'zijn_pron']);

/** All verb readings of a word form. */
export function verbReadings(lower: string): VerbForm[] {
  load();
  const known = verbForms!.get(lower);
  if (known) return known;
  return guessWeakVerb(lower);
}

/** 't kofschip: weak past tense and participle of verbs missing from the table. */
function guessWeakVerb(w: string): VerbForm[] {
  const inf = infinitives!;
  const out: VerbForm[] = [];
  const tryStem = (stem: string, flags: string) => {
    for (const cand of stemToInfinitives(stem)) if (inf.has(cand)) out.push({ lemma: cand, flags });
  };
  let m: RegExpExecArray | null;
  if ((m = /^(.+?)(?:de|te)$/.exec(w))) tryStem(m[1]!, 'v');
  if ((m = /^(.+?)(?:den|ten)$/.exec(w))) tryStem(m[1]!, 'w');
  if ((m = /^(.+?)t$/.exec(w)) && w.length > 3) tryStem(m[1]!, 's');
  if ((m = /^(.*?)ge(.+?)[dt]$/.exec(w))) tryStem(m[1]! + m[2]!, 'd');
  // Verbs on -eren (escaleren, functioneren, reageren) are regular; the table lacks many of them.
  if (!out.length && !inLexicon(w) && w.length > 6) {
    if (/eren$/.test(w)) out.push({ lemma: w, flags: 'ip' });
    else if (/eert$/.test(w)) out.push({ lemma: w.slice(0, -3) + 'ren', flags: 's' });
    else if ((m = /^(.+eer)(de|den)$/.exec(w))) out.push({ lemma: m[1]!.slice(0, -2) + 'ren', flags: m[2] === 'de' ? 'v' : 'w' });
    else if ((m = /^ge(.+e)erd$/.exec(w))) out.push({ lemma: m[1]! + 'ren', flags: 'd' });
  }
  return out;
}

function stemToInfinitives(stem: string): string[] {
  const out = [stem + 'en'];
  // werk → werken; maak → maken (long vowel written double in the stem)
  const m = /^(.*?)([aeou])\2([^aeiou])$/.exec(stem);
  if (m) out.push(m[1]! + m[2]! + m[3]! + 'en');
  // zet → zetten (short vowel: double consonant)
  if (/[aeiou][^aeiou]$/.test(stem)) out.push(stem + stem[stem.length - 1] + 'en');
  // leef → leven, reis → reizen
  if (stem.endsWith('f')) out.push(stem.slice(0, -1) + 'ven');
  if (stem.endsWith('s')) out.push(stem.slice(0, -1) + 'zen');
  return out;
}

/** Does the Brill-NL lexicon know this word? */
export function inLexicon(lower: string): boolean {
  load();
  return classTable!.has(lower);
}

/** Word classes from the lexicon, most likely first, or from suffix rules. */
export function wordClasses(lower: string, original: string): WordClass[] {
  load();
  const cls = classTable!.get(lower);
  if (cls) return [...cls].map((c) => CLASS_OF[c] ?? 'other');
  if (/^[A-ZÀ-Ý]/.test(original) && !verbReadings(lower).length) return ['name'];
  if (verbReadings(lower).length) return ['verb'];
  if (/(lijk|ig|isch|baar|loos|zaam|ief|aal|eel|ant|ent)e?$/.test(lower)) return ['adj'];
  return ['noun'];
}

export function verbInfo(lower: string, prev: string | undefined): VerbInfo | undefined {
  if (NOT_VERBS.has(lower)) return undefined;
  const readings = verbReadings(lower);
  if (!readings.length) return undefined;
  const flags = readings.map((r) => r.flags).join('');
  const lemma = readings[0]!.lemma;
  const afterTe = prev === 'te';
  const present = /[s]/.test(flags);
  const past = /[vw]/.test(flags);
  const plural = /p/.test(flags);
  const participle = /d/.test(flags);
  const info: VerbInfo = {
    lemma,
    finite: !afterTe && (present || past || plural),
    ...(present || plural ? { tense: 'present' as const } : past ? { tense: 'past' as const } : {}),
    ...(participle ? { participle: true } : {}),
    ...(/i/.test(flags) ? { infinitive: true } : {}),
    ...(AUXILIARIES.has(lemma) ? { auxiliary: true } : {}),
  };
  // The most frequent lemma decides the tense of an ambiguous form ("waren", "was", "zetten").
  const top = readings[0]!.flags;
  // "zetten" is both present plural and past plural of one lemma: read it as present.
  if (/[vw]/.test(top) && !/[sp]/.test(top)) info.tense = 'past';
  else if (/[sp]/.test(top)) info.tense = 'present';
  else if (past && !present && !plural) info.tense = 'past';
  return info;
}

/** Does this verb form have an unambiguous finite reading (not just infinitive/plural)? */
export function isClearlyFinite(lower: string): boolean {
  const readings = verbReadings(lower);
  return readings.some((r) => /[svw]/.test(r.flags));
}

/** Separable prefixes before "ge" in a participle: "ingetrapt", "opgehaald", "weggelopen". */
const SEPARABLE = /^(in|op|aan|af|uit|mee|door|terug|weg|over|toe|bij|na|voor|om|neer|binnen|buiten|thuis|vast|los|samen|kapot|schoon|stil|open|dicht|tegen|achter|langs|rond|mis|vrij|fijn)ge(\p{L}{3,})$/u;

export function isParticiple(lower: string): boolean {
  if (verbReadings(lower).some((r) => r.flags.includes('d'))) return true;
  // A separable verb's participle the table lacks: the prefix, then a participle the table knows ("ge" + "trapt").
  const m = SEPARABLE.exec(lower);
  return m !== null && verbReadings('ge' + m[2]!).some((r) => r.flags.includes('d'));
}

export function isPastForm(lower: string): boolean {
  const r = verbReadings(lower);
  return r.some((x) => /[vw]/.test(x.flags)) && !r.some((x) => /s/.test(x.flags));
}

export function lemmasOf(lower: string): string[] {
  return [...new Set(verbReadings(lower).map((r) => r.lemma))];
}

/** The Brill-NL class letters of a word ('nv', 'a'), or '' when the lexicon does not know it. Used as tagger features. */
export function lexiconClassLetters(lower: string): string {
  load();
  return classTable!.get(lower) ?? '';
}

/** All verb-table flags of a word form, sorted and unique ('ds', 'ipw'), guessed ones included; '' for none. */
export function verbFlagLetters(lower: string): string {
  if (NOT_VERBS.has(lower)) return '';
  const set = new Set<string>();
  let readings = verbReadings(lower);
  // A separable verb written as one word that the table lacks ("klaarlag", "wegzakte", "meegesprongen"):
  // the particle, then a form the table knows.
  if (!readings.length) {
    const m = PARTICLE.exec(lower);
    if (m && m[2]!.length >= 3) readings = verbForms!.get(m[2]!) ?? [];
  }
  for (const r of readings) for (const c of r.flags) set.add(c);
  return [...set].sort().join('');
}

const PARTICLE = /^(in|op|aan|af|uit|mee|door|terug|weg|over|toe|bij|na|voor|om|neer|binnen|buiten|thuis|vast|los|samen|kapot|schoon|stil|open|dicht|tegen|achter|langs|rond|mis|vrij|fijn|klaar|voort|vooruit|teweeg|tot|onder)(\p{L}+)$/u;
