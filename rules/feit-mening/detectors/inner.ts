/** Detectors of inner states, intentions, guesses and predictions stated as fact. */

import type { Token } from '../../../src/taal/index.js';
import type { Detector } from './types.js';
import { each } from './util.js';

/** How someone visibly reacted: "reageerde boos", "keek angstig" describe behaviour, not an inner state. */
const MANNER_VERB = /^(reageert|reageerde|reageerden|reageren|gereageerd|keek|kijkt|keken|klonk|klinkt|klonken|sprak|spreekt|praatte|praat|antwoordde|antwoordt|oogde|oogt|kwam|komt|liep|loopt|schreeuwde|riep|huilde|zat|stond)$/;

function visibleManner(words: readonly string[], i: number): boolean {
  const prev = words[i - 1] ?? '';
  const prev2 = words[i - 2] ?? '';
  return MANNER_VERB.test(prev) || (/^(erg|heel|zeer|wat|nogal|best)$/.test(prev) && MANNER_VERB.test(prev2));
}

export const binnenwereldWoord: Detector = {
  id: 'binnenwereld-woord',
  category: 'binnenwereld',
  messageId: 'binnenwereld',
  requires: { family: 'subject' },
  example: { fout: 'Sem is bang voor vader.', goed: 'Sem vertelt dat hij bang is voor vader.' },
  find: (input) => each(input, (i) => (input.lex.binnenwereld.has(input.words[i]!) && !visibleManner(input.words, i) ? { from: i, to: i } : undefined)),
};

// Verbs that state an inner state of someone else as fact. Present-tense 'wil' is an attitude.
const INNER_VERBS = new Set([
  'voelt', 'voelde', 'voelen', 'beseft', 'besefte', 'begrijpt', 'begreep', 'snapt', 'snapte', 'wil', 'willen', 'durft', 'vertrouwt', 'vertrouwde',
  'geniet', 'genoot', 'mist', 'miste', 'verlangt', 'haat', 'haatte',
  'schaamt', 'schaamde', 'schamen', 'ergert', 'ergerde', 'verveelt', 'verveelde', 'realiseert', 'realiseerde', 'geneert', 'wantrouwt', 'wantrouwde',
  'begrijpen', 'begrepen', 'beseffen', 'beseften', 'snappen', 'snapten', 'durven', 'genieten', 'missen', 'verlangen', 'beschouwt', 'beschouwde', 'beschouwen',
  'gelooft', 'geloofde', 'geloven', 'geloofden',
]);

/** "Sem mist lessen" (absence) is a fact, "Sem mist zijn vader" an inner state. */
function missesSomething(t: Token[], i: number): boolean {
  const w = t[i]!.lower;
  if (w !== 'mist' && w !== 'miste') return false;
  return !t.slice(i + 1, i + 4).some((x) => /^(zijn|haar|hun|de|het)$/.test(x.lower)) || t.slice(i + 1, i + 8).some((x) => /^(lessen|lesuren|les|uur|uren|afspraken|afspraak|dagen|dag|school|bus|trein|toets|toetsen|training)$/.test(x.lower));
}

export const binnenwereldWerkwoord: Detector = {
  id: 'binnenwereld-werkwoord',
  category: 'binnenwereld',
  messageId: 'binnenwereld',
  requires: { family: 'subject' },
  example: { fout: 'Sem schaamt zich voor zijn vader.', goed: 'Sem vertelt dat hij zich schaamt voor zijn vader.' },
  find: (input) => each(input, (i) => {
    const { a, words } = input;
    if (!INNER_VERBS.has(words[i]!) || missesSomething(a.tokens, i)) return undefined;
    // A dated wish is a reported event ("In 2023 willen de pleegouders stoppen").
    if (/^(wil|willen)$/.test(words[i]!) && a.timeReferences.some((r) => !r.since)) return undefined;
    return { from: i, to: i };
  }),
};

/** "geen inzicht", "geen enkel besef", "weinig echte interesse". */
export const geenInzicht: Detector = {
  id: 'geen-inzicht',
  category: 'binnenwereld',
  messageId: 'binnenwereld',
  requires: { family: 'clause' },
  example: { fout: 'Moeder heeft geen enkel inzicht in haar eigen gedrag.', goed: 'Moeder zegt dat zij niet weet waarom Sem boos wordt.' },
  find: (input) => each(input, (i) => {
    const { words, lex } = input;
    if (!/^(geen|weinig|onvoldoende|nauwelijks|beperkt|te weinig)$/.test(words[i]!)) return undefined;
    const k = /^(enkel|enkele|echt|echte|goed|goede|reeel|reele|werkelijk)$/.test(words[i + 1] ?? '') ? i + 2 : i + 1;
    return lex.inzichtwoorden.has(words[k] ?? '') ? { from: i, to: k } : undefined;
  }),
};

/** Perception of a family member stated as fact with a negation: "merkt niets", "heeft niet door", "ziet niet in". */
export const nietMerken: Detector = {
  id: 'niet-merken',
  category: 'binnenwereld',
  messageId: 'binnenwereld',
  requires: { family: 'clause' },
  example: { fout: 'Moeder heeft niet door dat Sem spijbelt.', goed: 'Moeder zegt dat zij niet wist dat Sem spijbelde.' },
  find: (input) => each(input, (i) => {
    const { words } = input;
    if (!/^(merkt|merkte|ziet|zag|heeft|had)$/.test(words[i]!) || !/^(niets|niks|niet)$/.test(words[i + 1] ?? '')) return undefined;
    return words[i] === 'merkt' || words[i] === 'merkte' || /^(door|in)$/.test(words[i + 2] ?? '') || words[i + 3] === 'in' ? { from: i, to: i + 1 } : undefined;
  }),
};

/** Reported hearsay as fact: "zou … hebben geslagen". */
export const horenZeggen: Detector = {
  id: 'horen-zeggen',
  category: 'gissing',
  messageId: 'vermoeden',
  example: { fout: 'Vader zou moeder hebben geslagen.', goed: 'Moeder vertelt dat vader haar op 3 maart heeft geslagen.' },
  find: (input) => each(input, (i) => {
    const { a, words } = input;
    if (words[i] !== 'zou' && words[i] !== 'zouden') return undefined;
    const ahead = words.slice(i + 1, i + 8);
    if (!ahead.includes('hebben') && !ahead.includes('zijn')) return undefined;
    return a.tokens.slice(i + 1, i + 8).some((x) => x.verb?.participle) ? { from: i, to: i } : undefined;
  }),
};

/** Words that make a future a plan rather than a prediction. */
const PLAN_TIME = /^(na|vanaf|volgende|komende|binnenkort|morgen|straks|dan)$/;

/** A prediction about a family member: "Moeder zal nooit veranderen". A dated plan is not one. */
export const voorspelling: Detector = {
  id: 'voorspelling',
  category: 'gissing',
  messageId: 'voorspelling',
  requires: { family: 'subject', tense: ['future'], undated: true },
  example: { fout: 'Vader zal niet meer veranderen.', goed: 'Sem zal na de zomer naar groep 5 gaan.' },
  find: (input) => each(input, (i) => ((input.words[i] === 'zal' || input.words[i] === 'zullen') && !input.words.some((w) => PLAN_TIME.test(w)) ? { from: i, to: i } : undefined)),
};

/** The writer's inference: "moet het hebben geweten", "moeten dat hebben gezien". */
export const afleiding: Detector = {
  id: 'afleiding',
  category: 'gissing',
  messageId: 'vermoeden',
  requires: { family: 'clause' },
  example: { fout: 'Moeder moet het hebben geweten.', goed: 'Moeder zegt dat zij het niet wist.' },
  find: (input) => each(input, (i) => {
    const { a, words } = input;
    if (words[i] !== 'moet' && words[i] !== 'moeten') return undefined;
    const ahead = a.tokens.slice(i + 1, i + 9);
    return ahead.some((x) => x.lower === 'hebben' || x.lower === 'zijn') && ahead.some((x) => x.verb?.participle) ? { from: i, to: i } : undefined;
  }),
};


