/** Detectors of judgements of a person or a situation without (or with) a judging word. */
import { adjectiveBases, clauseRangeAt, familyInClause, negationAfter, personsInClauseAt } from '../../../src/taal/index.js';
import type { Token } from '../../../src/taal/index.js';
import type { DiagnosisLexicon } from '../../diagnose-onderbouwing/lexicon.js';
import type { Detector, DetectorInput, Hit } from './types.js';
import { COPULA, FILLERS, each, lastWord } from './util.js';

/**
 * "is een [subjective adjective]+ [person noun]" after a copula at i: the index of the noun, or 0.
 * The adjectives must include one the data calls clearly subjective (subjectivity ≥ 0.7,
 * |polarity| ≥ 0.3) and that is not merely descriptive, or a character trait.
 */
function characterisation({ a, lex, taal }: DetectorInput, i: number): number {
  const t = a.tokens;
  let judged = false;
  let adjectives = 0;
  for (let j = i + 1; j < Math.min(t.length, i + 10); j++) {
    const w = t[j]!.lower;
    if (lex.persoonswoorden.has(w)) return adjectives > 0 && judged ? j : 0;
    if (FILLERS.test(w)) continue;
    // A question word or conjunction starts a new clause: "Het is onduidelijk waar vader woont".
    if (/^(waar|wie|wat|hoe|of|dat|waarom|wanneer|welke|omdat|als)$/.test(w)) return 0;
    const subj = taal.subjectivity(w);
    // An inflected adjective the data does not know ("stabiele") still belongs to the run.
    const inflected = /\p{L}{3}e$/u.test(w) && (FILLERS.test(t[j + 1]?.lower ?? '') || lex.persoonswoorden.has(t[j + 1]?.lower ?? ''));
    const trait = lex.karaktertrekken.has(w) || adjectiveBases(w).some((b) => lex.karaktertrekken.has(b));
    if (!subj && t[j]!.pos !== 'adj' && !inflected && !trait) return 0;
    adjectives++;
    if (trait) judged = true;
    if (subj && subj.subjectivity >= 0.7 && Math.abs(subj.polarity) >= 0.3 && !lex['beschrijvende-bijvoeglijke-naamwoorden'].has(subj.base)) judged = true;
  }
  return 0;
}

export const typering: Detector = {
  id: 'typering',
  category: 'oordeel',
  messageId: 'oordeel-persoon',
  requires: { family: 'clause' },
  example: { fout: 'Vader is een betrokken en liefdevolle vader.', goed: 'Vader haalt Sem elke woensdag uit school en kookt dan samen met hem.' },
  find: (input) => each(input, (i) => {
    if (!COPULA.test(input.words[i]!)) return undefined;
    const n = characterisation(input, i);
    return n ? { from: i + 1, to: n, at: i } : undefined;
  }),
};

/** "is (veel) te streng" after a copula: the adjective. Time words ("was te laat") report what happened. */
export const teVeel: Detector = {
  id: 'te-veel',
  category: 'oordeel',
  messageId: 'oordeel-persoon',
  requires: { family: 'right-before' },
  example: { fout: 'Stiefvader is veel te streng.', goed: 'Stiefvader gaf Sem op 3 maart een week huisarrest omdat hij zijn bord liet staan.' },
  find: (input) => each(input, (i) => {
    const t = input.a.tokens;
    if (!COPULA.test(t[i]!.lower)) return undefined;
    let j = i + 1;
    while (j < t.length && /^(veel|erg|wel|nogal|ook|soms|vaak|echt|gewoon|duidelijk|nog|steeds|altijd)$/.test(t[j]!.lower)) j++;
    if (t[j]?.lower !== 'te') return undefined;
    const adj = t[j + 1];
    if (!adj || adj.kind !== 'word' || /^(laat|vroeg|veel|weinig)$/.test(adj.lower)) return undefined;
    return adj.pos === 'adj' || input.taal.subjectivity(adj.lower) ? { from: j, to: j + 1, at: i } : undefined;
  }),
};

/**
 * A strongly subjective adjective (subjectivity ≥ 0.9, |polarity| ≥ 0.5, not descriptive) or a
 * character trait in the present, as the predicate of a family member: "Vader is egoïstisch".
 */
export const gezegdeOordeel: Detector = {
  id: 'gezegde-oordeel',
  category: 'oordeel',
  messageId: 'oordeel-persoon',
  requires: { family: 'right-before' },
  example: { fout: 'Vader is egoïstisch.', goed: 'Vader at op 3 maart de hele pan leeg voordat Sem thuis was.' },
  find: (input) => each(input, (i) => {
    const { a, lex, taal } = input;
    const t = a.tokens;
    if (!COPULA.test(t[i]!.lower) || !familyInClause(a, i)) return undefined;
    let j = i + 1;
    while (j < t.length && /^(erg|heel|zeer|best|wel|nogal|vrij|ook|altijd|nog|steeds|echt|ontzettend|enorm|bijzonder|soms|vaak|niet)$/.test(t[j]!.lower)) j++;
    const w = t[j];
    if (!w || w.kind !== 'word' || t.slice(i + 1, j).some((x) => x.lower === 'niet')) return undefined;
    const subj = taal.subjectivity(w.lower);
    const strong = subj !== undefined && subj.subjectivity >= 0.9 && Math.abs(subj.polarity) >= 0.5 && !lex['beschrijvende-bijvoeglijke-naamwoorden'].has(subj.base);
    // A trait typifies only in the present: "Sem is stil"; "Sem was stil tijdens het gesprek" is what was seen.
    const trait = lex.karaktertrekken.has(w.lower) && /^(is|zijn|blijft|blijven)$/.test(t[i]!.lower) && !(w.lower === 'druk' && /^(met|bezig)$/.test(t[j + 1]?.lower ?? ''));
    if (!strong && !trait) return undefined;
    // Feelings ("is bang") are inner states, reported by the binnenwereld detectors.
    if (lex.binnenwereld.has(w.lower) || (subj && lex.binnenwereld.has(subj.base))) return undefined;
    const next = t[j + 1];
    const ends = !next || next.kind === 'punct' || /^(voor|tegen|naar|op|over|met|in|bij|en|maar|als)$/.test(next.lower);
    return ends ? { from: j, to: j, at: i } : undefined;
  }),
};

/** Degree words that may stand between the copula and a label: "is zwaar depressief", "is een echte narcist". */
const LABEL_FILLERS = /^(erg|heel|zeer|zwaar|ernstig|licht|behoorlijk|echt|echte|gewoon|duidelijk|ook|nogal|wat|een|zelf|typisch|typische|klassiek|klassieke|al|sinds|jaar|jaren|lang|inmiddels|nog|steeds|altijd|\d+|twee|drie|vier|vijf|zes|tien|vijftien|twintig|dertig)$/;

/** A single-word diagnosis form (or an abbreviation in capitals) at token j; its canonical term. */
export function diagnosisAt(t: Token[], j: number, dx: DiagnosisLexicon): string | undefined {
  const w = t[j];
  if (!w || w.kind !== 'word') return undefined;
  return dx.words.get(w.lower) ?? dx.abbreviations.get(w.text);
}

/** A diagnosis as a characterisation: "Moeder is borderline", "Vader is een narcist"; not when it says who established it. */
export const diagnoseEtiket: Detector = {
  id: 'diagnose-etiket',
  category: 'oordeel',
  messageId: 'oordeel-persoon',
  requires: { family: 'right-before' },
  example: { fout: 'Moeder is borderline.', goed: 'De psychiater stelde in 2023 bij moeder een borderline persoonlijkheidsstoornis vast.' },
  find: (input) => each(input, (i) => {
    const { a, dx } = input;
    const t = a.tokens;
    if (!COPULA.test(t[i]!.lower)) return undefined;
    let j = i + 1;
    while (j < t.length && LABEL_FILLERS.test(t[j]!.lower)) j++;
    if (!diagnosisAt(t, j, dx)) return undefined;
    if (t[j + 1]?.lower === 'aan' && /^verslaafd/.test(t[j]!.lower)) return undefined;
    if (t.some((x) => dx.establish.has(x.lower))) return undefined;
    return { from: i + 1, to: j, at: i };
  }),
};

/** A diagnosis as cause or effect in the writer's words: "heeft een angststoornis, waardoor zij …". */
export const diagnoseAlsOorzaak: Detector = {
  id: 'diagnose-als-oorzaak',
  category: 'duiding',
  messageId: 'verband',
  requires: { family: 'clause' },
  example: { fout: 'Moeder heeft een angststoornis, waardoor zij Sem binnenhoudt.', goed: 'Moeder liet Sem in maart op vier schooldagen thuis.' },
  find: (input) => each(input, (i) => {
    const { a, words, dx } = input;
    if (!/^(waardoor|daardoor|hierdoor|doordat)$/.test(words[i]!)) return undefined;
    return a.tokens.some((_, k) => k !== i && diagnosisAt(a.tokens, k, dx) !== undefined) ? { from: i, to: i } : undefined;
  }),
};

/** "ADHD-achtig gedrag", "autistisch gedrag": behaviour likened to a diagnosis. */
export const diagnoseAchtig: Detector = {
  id: 'diagnose-achtig',
  category: 'oordeel',
  messageId: 'oordeel-persoon',
  requires: { family: 'clause' },
  example: { fout: 'Sem laat ADHD-achtig gedrag zien.', goed: 'Sem liep in de les van 3 maart vier keer de klas uit.' },
  find: (input) => each(input, (i) => {
    const t = input.a.tokens;
    const w = t[i]!;
    const m = /^(.+?)-?achtige?$/.exec(w.lower);
    if (/^(trekken|kenmerken)$/.test(t[i + 1]?.lower ?? '')) return undefined;
    if (m && w.text.length > 7 && (input.dx.words.has(m[1]!) || input.dx.abbreviations.has(w.text.slice(0, m[1]!.length)))) return { from: i, to: i };
    if (t[i + 1]?.lower === 'gedrag' && /(isch|ische|ief|ieve)$/.test(w.lower) && input.dx.words.has(w.lower)) return { from: i, to: i + 1 };
    return undefined;
  }),
};

/** A label as fact: "narcistische trekken", "borderline-trekken", "ADHD-achtige trekken". */
export const trekken: Detector = {
  id: 'trekken',
  category: 'oordeel',
  messageId: 'oordeel-persoon',
  example: { fout: 'Vader heeft narcistische trekken.', goed: 'Vader onderbrak moeder in het gesprek van 3 maart elf keer.' },
  find: (input) => each(input, (i) => {
    const { a, words, dx, lex } = input;
    const t = a.tokens;
    const compound = /^([\p{L}]+?)-?(trekken|kenmerken)$/u.exec(words[i]!);
    if (compound && words[i]!.length > 9 && (dx.words.has(compound[1]!) || dx.abbreviations.has(t[i]!.text.slice(0, compound[1]!.length)) || lex.meningswoorden.has(compound[1]!))) return { from: i, to: i };
    if ((words[i] === 'trekken' || words[i] === 'kenmerken') && /(isch|ische|ief|ieve|tisch|tische|achtig|achtige)$/.test(words[i - 1] ?? '')) return { from: i - 1, to: i };
    return undefined;
  }),
};

/** A judgement of the home situation or a relationship: "De opvoedsituatie is onveilig", "een verstoorde hechting". */
export const situatieOordeel: Detector = {
  id: 'situatie-oordeel',
  category: 'oordeel',
  messageId: 'oordeel-situatie',
  requires: { notNegated: true },
  example: { fout: 'De opvoedsituatie is onveilig.', goed: 'Op 3 maart lagen er messen binnen het bereik van de peuter.' },
  find: (input) => each(input, (i) => {
    const { a, words, lex } = input;
    if (!lex['situatie-oordeel'].has(words[i]!)) return undefined;
    // "voelt zich onveilig" is a feeling (an inner state), not a judgement of the situation.
    const feel = (w: string) => /^(voelt|voelde|voelen|voelden)$/.test(w);
    if (words.slice(Math.max(0, i - 3), i).includes('zich') && (words.slice(Math.max(0, i - 4), i).some(feel) || words.slice(i + 1, i + 3).some(feel))) return undefined;
    const [from, to] = clauseRangeAt(a, i);
    const situation = a.tokens.slice(from, to + 1).some((x) => lex.situatiewoorden.has(x.lower));
    return situation || familyInClause(a, i) ? { from: i, to: i } : undefined;
  }),
};

/** "kan de zorg voor twee kinderen niet aan" (aankunnen): a judgement of what someone can bear. */
export const nietAankunnen: Detector = {
  id: 'niet-aankunnen',
  category: 'oordeel',
  messageId: 'oordeel-vermogen',
  requires: { family: 'clause' },
  example: { fout: 'Moeder kan de zorg voor drie kinderen niet aan.', goed: 'Moeder vertelt dat zij de zorg voor drie kinderen zwaar vindt.' },
  find: (input) => each(input, (i) => {
    const { a, words } = input;
    if (!/^(kan|kon|kunnen|konden)$/.test(words[i]!)) return undefined;
    const [, end] = clauseRangeAt(a, i);
    const k = lastWord(a.tokens, i, end);
    return k > i + 2 && words[k] === 'aan' && words.slice(i + 1, k).includes('niet') ? { from: i, to: k } : undefined;
  }),
};

const CAPACITY = /^(zorgen|opvoeden|bieden|beschermen|omgaan|aansluiten|begrenzen|afstemmen|inleven|verzorgen|grenzen|structuur|veiligheid|signalen|aanvoelen|inschatten|herkennen)$/;

/**
 * A judgement of parenting capacity: "kan niet voor een baby zorgen", "kan geen structuur bieden",
 * and "kan onvoldoende …" whatever follows ("kan onvoldoende afstemmen op Sem").
 */
export const vermogen: Detector = {
  id: 'vermogen',
  category: 'oordeel',
  messageId: 'oordeel-vermogen',
  requires: { family: 'clause' },
  example: { fout: 'Moeder kan geen structuur bieden.', goed: 'Moeder vergat in maart drie keer Sem van school te halen.' },
  find: (input) => each(input, (i) => {
    const { words } = input;
    if (!/^(kan|kunnen|kon|konden)$/.test(words[i]!)) return undefined;
    const neg = negationAfter(words, i, 6);
    if (neg < 0) return undefined;
    // "kan onvoldoende …" judges a capacity as it is; "kon op 3 maart onvoldoende uitleggen" reports an occasion.
    const weak = /^(onvoldoende|nauwelijks)$/.test(words[neg]!) && /^(kan|kunnen)$/.test(words[i]!) && input.a.timeReferences.length === 0;
    return weak || words.slice(i + 1, i + 10).some((w) => CAPACITY.test(w)) ? { from: i, to: neg } : undefined;
  }),
};

/** What "moeite met/om" is about when it judges: feelings and self-control, or parenting capacity. */
const REGULATION = /^(boosheid|woede|emoties|emotie|gevoelens|frustratie|agressie|impulsen|beheersen|reguleren|controleren|accepteren|erkennen|loslaten|toegeven|grenzen|afstand|kritiek|gezag|regels)$/;

/**
 * "heeft moeite om zijn boosheid te beheersen", "heeft moeite met grenzen stellen": a judgement of
 * what a parent can do or of a child's inner life; "Sem heeft moeite met rekenen" is a school fact.
 */
export const moeite: Detector = {
  id: 'moeite',
  category: 'oordeel',
  messageId: 'oordeel-vermogen',
  requires: { family: 'clause' },
  example: { fout: 'Vader heeft moeite om zijn boosheid te beheersen.', goed: 'Sem heeft moeite met rekenen.' },
  find: (input) => each(input, (i) => {
    const { a, words } = input;
    if (!/^(heeft|had|hebben|hadden)$/.test(words[i]!)) return undefined;
    const k = words.slice(i + 1, i + 4).indexOf('moeite');
    const m = i + 1 + k;
    if (k < 0 || !/^(om|met)$/.test(words[m + 1] ?? '')) return undefined;
    const after = words.slice(m + 2, m + 10);
    const judged = after.some((w) => REGULATION.test(w) || CAPACITY.test(w)) || personsInClauseAt(a, i).some((p) => p.ref.group === 'betrokkene' && p.end <= a.tokens[i]!.start);
    return judged ? { from: i, to: m } : undefined;
  }),
};

