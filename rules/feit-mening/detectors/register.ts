/**
 * The professional register of real reports: judgements in the wording of the trade rather than
 * in a judging word. Each detector is a construction of Dutch, not a phrase: "er is sprake van" +
 * a problem noun, "toont zich" + an evaluative predicate, capacity and interest judgements,
 * interpretive links between clauses, causal claims about inner states, prognoses, sweeping
 * quantifiers, evaluative adverbs of manner and labels.
 */
import { clauseRangeAt, familyInClause, isFamily, negatedBefore } from '../../../src/taal/index.js';
import type { Token } from '../../../src/taal/index.js';
import type { Detector, DetectorInput, Hit } from './types.js';
import { COPULA, each, lastWord } from './util.js';

/** The data calls the word evaluative: clearly subjective with a clear polarity, and not merely descriptive. */
function evaluative(input: DetectorInput, w: string, subjectivity = 0.7, polarity = 0.3): boolean {
  const s = input.taal.subjectivity(w);
  return s !== undefined && s.subjectivity >= subjectivity && Math.abs(s.polarity) >= polarity && !input.lex['beschrijvende-bijvoeglijke-naamwoorden'].has(s.base);
}

/** A problem noun: in the lexicon, or a compound ending in one of the problem heads. */
const PROBLEM_HEAD = /(problematiek|conflict|bedreiging|tekort|stoornis|onmacht|verwaarlozing|onveiligheid)$/;
function problemNoun(input: DetectorInput, w: string): boolean {
  return input.lex.probleemwoorden.has(w) || input.lex.probleemwoorden.has(w.replace(/en$/, '')) || (w.length > 8 && PROBLEM_HEAD.test(w));
}

/** "er is sprake van een zorgelijke hechtingsrelatie", "bij vader is sprake van overbelasting". */
export const sprakeVan: Detector = {
  id: 'sprake-van',
  category: 'oordeel',
  messageId: 'oordeel-situatie',
  requires: { notNegated: true },
  example: { fout: 'Er is sprake van een zorgelijke hechtingsrelatie.', goed: 'Er is sprake van een scheiding; vader woont sinds 1 maart in Utrecht.' },
  find: (input) => each(input, (i) => {
    const { words } = input;
    if (words[i] !== 'sprake' || words[i + 1] !== 'van') return undefined;
    if (/^(geen|niet)$/.test(words[i - 1] ?? '')) return undefined;
    const t = input.a.tokens;
    for (let j = i + 2; j < Math.min(words.length, i + 7); j++) {
      const w = words[j]!;
      if (problemNoun(input, w)) return { from: i, to: j };
      if (/^(een|de|het|enige|grote|ernstige|sterke|veel)$/.test(w)) continue;
      // An evaluative adjective before its noun: "een zorgelijke hechtingsrelatie".
      if (t[j]!.pos !== 'noun' && evaluative(input, w) && t[j + 1]?.pos === 'noun') return { from: i, to: j + 1 };
      // The noun phrase ends at its noun, a preposition or punctuation.
      if (t[j]!.pos === 'noun' || t[j]!.pos === 'prep' || t[j]!.kind === 'punct') break;
    }
    return undefined;
  }),
};

/** "vader toont zich weinig betrokken", "moeder stelt zich afwachtend op": how someone is, in the writer's word. */
export const zichTonen: Detector = {
  id: 'zich-tonen',
  category: 'oordeel',
  messageId: 'oordeel-persoon',
  requires: { family: 'clause' },
  example: { fout: 'Vader toont zich weinig betrokken bij de school.', goed: 'Vader kwam niet naar de twee oudergesprekken op school.' },
  find: (input) => each(input, (i) => {
    const { a, words } = input;
    const w = words[i]!;
    const show = /^(toont|toonde|tonen|toonden|opstelt|opstelde)$/.test(w);
    const place = /^(stelt|stelde|stellen|stelden)$/.test(w);
    if ((!show && !place) || words[i + 1] !== 'zich') return undefined;
    const [, end] = clauseRangeAt(a, i);
    // "stelt zich … op": the particle closes the predicate ("stelt zich star op naar de school").
    const op = place ? words.findIndex((w, k) => k > i + 2 && k <= Math.min(end, i + 6) && w === 'op') : -1;
    if (place && op < 0) return undefined;
    const last = place ? op : lastWord(a.tokens, i, end);
    // The predicate: the first adjective, participle or evaluative word after "zich".
    for (let j = i + 2; j <= (place ? last - 1 : last); j++) {
      const t = a.tokens[j]!;
      if (/^(weinig|erg|heel|zeer|niet|wel|nogal|vrij|bijzonder|uiterst|steeds|ook|soms|vaak|te|zo|nauwelijks)$/.test(t.lower)) continue;
      // "stelt zich star op": whatever stands in the frame is how the writer sees the attitude.
      if (place && t.kind === 'word' && t.pos !== 'prep' && t.pos !== 'det') return { from: i, to: last };
      if (t.pos === 'adj' || t.verb?.participle || input.taal.subjectivity(t.lower) || /(end|ig|baar|ief|isch|zaam|loos)$/.test(t.lower)) return { from: i, to: place ? last : j };
    }
    return undefined;
  }),
};

/** "is onvoldoende in staat om grenzen te stellen", "is niet bij machte": a judgement of capacity. */
export const inStaat: Detector = {
  id: 'in-staat',
  category: 'oordeel',
  messageId: 'oordeel-vermogen',
  requires: { family: 'clause' },
  example: { fout: 'Moeder is onvoldoende in staat om grenzen te stellen.', goed: 'Moeder liet Sem op 3 maart tot middernacht gamen.' },
  find: (input) => each(input, (i) => {
    const { words } = input;
    // A capacity as it is ("is", "blijft"); "was niet in staat om te komen" reports an occasion.
    if (!/^(is|zijn|blijft|blijven)$/.test(words[i]!)) return undefined;
    let j = i + 1;
    const degree = /^(niet|onvoldoende|voldoende|beperkt|nauwelijks|weinig|slecht|goed|onvoldoende|amper|maar|matig|steeds|nog|minder|zeer|heel|wel|ook)$/;
    let graded = false;
    while (j < words.length && degree.test(words[j]!)) {
      if (!/^(steeds|nog|wel|ook|maar)$/.test(words[j]!)) graded = true;
      j++;
    }
    if (!graded) return undefined;
    // "is niet in staat geweest om … te komen" reports an occasion.
    const [, end] = clauseRangeAt(input.a, i);
    if (words.slice(j, end + 1).includes('geweest')) return undefined;
    if ((words[j] === 'in' && words[j + 1] === 'staat') || (words[j] === 'bij' && words[j + 1] === 'machte')) return { from: i + 1, to: j + 1, at: i };
    return undefined;
  }),
};

/**
 * "een terugkeer is niet in het belang van Sem", "de reistijd is te zwaar voor Noor", "het
 * contact is goed voor Sem": the writer weighs what is good for a child. The subject is a
 * situation (a person as subject is a judgement of that person, found elsewhere); the one it is
 * good or bad for is a family member.
 */
export const belang: Detector = {
  id: 'belang',
  category: 'schrijversmening',
  messageId: 'belang-norm',
  example: { fout: 'Een terugkeer naar huis is niet in het belang van Sem.', goed: 'Sem zegt dat hij terug naar huis wil.' },
  find: (input) => each(input, (i) => {
    const { a, words } = input;
    if (!COPULA.test(words[i]!)) return undefined;
    const before = a.tokens[i - 1];
    if (before && a.persons.some((p) => p.end === before.end)) return undefined;
    let j = i + 1;
    while (j < words.length && /^(niet|ook|wel|erg|heel|zeer|echt|dan|daarom|nu|nog|veel)$/.test(words[j]!)) j++;
    const familyAt = (k: number) => a.persons.some((p) => isFamily(p) && p.start >= a.tokens[k]!.start && p.start <= (a.tokens[k + 3]?.end ?? a.tokens[k]!.end));
    // "in het belang van Sem"
    if (words[j] === 'in' && words[j + 1] === 'het' && words[j + 2] === 'belang' && words[j + 3] === 'van' && a.tokens[j + 4] && familyAt(j + 4)) return { from: i + 1, to: j + 3, at: i };
    // "(te) zwaar / goed / schadelijk voor Sem"
    const te = words[j] === 'te' ? 1 : 0;
    const adj = words[j + te];
    if (adj && words[j + te + 1] === 'voor' && a.tokens[j + te + 2] && familyAt(j + te + 2) && (evaluative(input, adj, 0.6, 0.3) || /^(belastend|schadelijk|nadelig|gunstig|ongunstig|zwaar)$/.test(adj))) return { from: i + 1, to: j + te + 1, at: i };
    return undefined;
  }),
};

/** A verb of effect or meaning (lexicon verbandwerkwoorden) at token k, by its lemma or its stem. */
function effectVerb(input: DetectorInput, t: Token): boolean {
  const lemma = t.verb?.lemma;
  if (lemma && input.lex.verbandwerkwoorden.has(lemma)) return true;
  // Participles and finite forms the tagger did not lemmatise: "geschaad", "ondermijnt".
  if (/^(wijst|wees|wezen|duidt|duidde|duidden|past|paste|pasten)$/.test(t.lower)) return true;
  for (const l of ['schad', 'ondermijn', 'beschadig', 'bevestig', 'illustre', 'onderstre', 'typeer', 'typeert', 'verklaar', 'beteken', 'aangeto', 'aanton', 'benadee', 'vererger']) if (t.lower.includes(l) && t.lower.length > l.length + 1) return true;
  return false;
}

/** Links that open a clause commenting on the one before. */
const LINK = /^(wat|hetgeen|waardoor|daardoor|hierdoor|daarmee|hiermee|waarmee)$/;

/**
 * "…, wat zijn zelfvertrouwen heeft geschaad", "hetgeen haar gezag ondermijnt", "waardoor Sem
 * onzeker is geworden": a link that gives a fact an effect or meaning. Only when the linked clause
 * holds a verb of effect or meaning, or an inner state of a family member.
 */
export const verbandZin: Detector = {
  id: 'verband-zin',
  category: 'duiding',
  messageId: 'verband',
  coverage: 'writer-only',
  example: { fout: 'Vader kwam niet naar de verjaardag, wat het vertrouwen van Sem heeft geschaad.', goed: 'Vader kwam niet naar de verjaardag van Sem op 3 maart.' },
  find: (input) => each(input, (i) => {
    const { a, words, lex } = input;
    if (!LINK.test(words[i]!)) return undefined;
    // "wat" as a relative to the whole clause stands after a comma; "daarmee" and the others may open a sentence.
    if (words[i] === 'wat' && words[i - 1] !== ',') return undefined;
    if (i === 0 && /^(wat|hetgeen|waardoor|waarmee)$/.test(words[i]!)) return undefined;
    // "…, wat moeder bevestigt": a person as the subject of the linked clause reports, the writer does not interpret.
    const next = a.tokens[/^(de|het|een)$/.test(words[i + 1] ?? '') ? i + 2 : i + 1];
    if (next && a.persons.some((p) => p.start <= next.start && p.end >= next.end && !/^(hij|zij|ze|haar|zijn|hem|hun|hen)$/i.test(p.text))) return undefined;
    const [, end] = clauseRangeAt(a, i);
    const stop = Math.min(a.tokens.length - 1, Math.max(end, i + 8));
    for (let k = i + 1; k <= stop; k++) {
      const t = a.tokens[k]!;
      if (effectVerb(input, t)) return { from: i, to: i };
      // "daarmee laat vader zien dat …": showing, as the writer reads it.
      if (/^(laat|liet|laten|lieten)$/.test(t.lower) && words.slice(k + 1, stop + 1).includes('zien')) return { from: i, to: i };
      if (lex.binnenwereld.has(t.lower) && familyInClause(a, k)) return { from: i, to: i };
    }
    return undefined;
  }),
};

/** "door de vele verhuizingen is Sem onzeker geworden", "Sem is daardoor teruggetrokken geraakt": a cause of an inner state, stated as fact. */
export const oorzaakBinnenwereld: Detector = {
  id: 'oorzaak-binnenwereld',
  category: 'duiding',
  messageId: 'verband',
  requires: { family: 'clause' },
  example: { fout: 'Door de vele verhuizingen is Sem onzeker geworden.', goed: 'Sem verhuisde tussen 2022 en 2024 vier keer.' },
  find: (input) => each(input, (i) => {
    const { a, words, lex } = input;
    if (!/^(door|doordat|daardoor|hierdoor)$/.test(words[i]!)) return undefined;
    // "door" as the agent of a passive ("is door de hond gebeten") does not state a cause of a feeling.
    const become = words.findIndex((w, k) => k > i && /^(geworden|geraakt|raakte|raakt|raken|wordt|werd)$/.test(w));
    const inner = words.findIndex((w, k) => k > i && (lex.binnenwereld.has(w) || /^(onzeker|angstig|teruggetrokken|gesloten|wantrouwend|getraumatiseerd|beschadigd)$/.test(w)));
    return become > i && inner > i ? { from: i, to: Math.max(become, inner) } : undefined;
  }),
};

/** "de vooruitzichten zijn ongunstig", "er valt geen verbetering te verwachten". */
export const prognose: Detector = {
  id: 'prognose',
  category: 'gissing',
  messageId: 'voorspelling',
  example: { fout: 'De vooruitzichten zijn ongunstig.', goed: 'De behandeling bij de GGZ is op 3 maart gestopt.' },
  find: (input) => each(input, (i) => {
    const { a, words, lex } = input;
    if (lex.vooruitzichtwoorden.has(words[i]!)) {
      const [, end] = clauseRangeAt(a, i);
      for (let j = i + 1; j <= Math.min(end, i + 8); j++) {
        if (!COPULA.test(words[j]!) && !/^(lijkt|lijken|blijft|blijven|wordt|worden)$/.test(words[j]!)) continue;
        let k = j + 1;
        while (k <= end && /^(erg|heel|zeer|niet|bijzonder|uiterst|weinig|nog|steeds|op|dit|moment)$/.test(words[k]!)) k++;
        const w = words[k];
        if (w && (evaluative(input, w, 0.5, 0.2) || /^(somber|klein|gering|groot|beperkt|onzeker)$/.test(w))) return { from: i, to: k };
      }
      return undefined;
    }
    // "het is (niet) te verwachten dat …"
    if (COPULA.test(words[i]!) && (words[i + 1] === 'te' || (words[i + 1] === 'niet' && words[i + 2] === 'te'))) {
      const k = words[i + 1] === 'te' ? i + 2 : i + 3;
      if (words[k] === 'verwachten') return { from: i, to: k };
    }
    // "er valt (geen|weinig) verbetering te verwachten"
    if (/^(valt|viel)$/.test(words[i]!)) {
      const k = words.indexOf('verwachten', i);
      if (k > i && k - i <= 6 && words[k - 1] === 'te') return { from: i, to: k };
    }
    return undefined;
  }),
};

/** "op alle vlakken gaat het slechter", "in alle opzichten", "nergens blijkt uit dat …". */
export const alleVlakken: Detector = {
  id: 'alle-vlakken',
  category: 'generalisatie',
  messageId: 'veralgemening',
  example: { fout: 'Op alle vlakken gaat het slechter met Sem.', goed: 'Sem haalde in maart drie onvoldoendes en ging twee keer niet naar voetbal.' },
  find: (input) => each(input, (i) => {
    const { words, lex } = input;
    if (/^(op|in)$/.test(words[i]!) && /^(alle|elk|ieder)$/.test(words[i + 1] ?? '')) {
      const noun = words[i + 2] ?? '';
      const singular = noun.replace(/en$/, '');
      if (lex.domeinwoorden.has(noun) || (words[i + 1] !== 'alle' && [...['vlak', 'gebied', 'opzicht', 'front', 'terrein', 'domein', 'levensgebied']].includes(singular))) return { from: i, to: i + 2 };
    }
    // "nergens blijkt uit dat …", "nergens uit blijkt": the absence of evidence as a rule.
    if (words[i] === 'nergens' && words.slice(i + 1, i + 3).some((w) => /^(blijkt|bleek|blijken|bleken)$/.test(w))) return { from: i, to: words.slice(i + 1, i + 3).findIndex((w) => /^(blijkt|bleek|blijken|bleken)$/.test(w)) + i + 1 };
    return undefined;
  }),
};

/** Plain manner words that describe rather than judge ("heeft slecht geslapen", "is snel gegroeid"). */
const PLAIN_MANNER = /^(goed|slecht|snel|langzaam|hard|zacht|laat|vroeg|lang|kort|rustig|veel|weinig|vaak|zelden|alleen|samen|duidelijk|even|direct|meteen|vast|zwaar|licht|netjes|keurig|schoon|stil)$/;

/** "moeder heeft de overstap zorgvuldig voorbereid", "vader heeft Sem liefdevol verzorgd": a valued manner of acting. */
export const wijzeBijwoord: Detector = {
  id: 'wijze-bijwoord',
  category: 'oordeel',
  messageId: 'oordeel-handelwijze',
  requires: { family: 'clause', notNegated: true },
  example: { fout: 'Moeder heeft de overstap zorgvuldig voorbereid.', goed: 'Moeder heeft de overstap met de school op 3 maart besproken.' },
  find: (input) => each(input, (i) => {
    const { a, words, lex } = input;
    const next = a.tokens[i + 1];
    if (!next?.verb?.participle || PLAIN_MANNER.test(words[i]!) || a.tokens[i]!.verb) return undefined;
    if (lex.binnenwereld.has(words[i]!)) return undefined;
    return evaluative(input, words[i]!, 0.8, 0.4) ? { from: i, to: i + 1 } : undefined;
  }),
};

/** "dat was een smoes", "wat vader zei, was een leugen": a label on what someone said or did. */
export const etiket: Detector = {
  id: 'etiket',
  category: 'oordeel',
  messageId: 'etiket',
  requires: { notNegated: true },
  example: { fout: 'Dat was een smoes.', goed: 'Vader zei dat hij ziek was en kwam niet naar het gesprek.' },
  find: (input) => each(input, (i) => {
    const { words, lex } = input;
    if (!lex.etiketten.has(words[i]!)) return undefined;
    const from = /^(een|het)$/.test(words[i - 1] ?? '') && !negatedBefore(words, i - 1) ? i - 1 : i;
    return { from, to: i };
  }),
};

/** Nouns for someone's account of events. */
const ACCOUNT = /^(verhaal|verklaring|uitleg|lezing|versie|verhalen|verklaringen|excuus)$/;

/** "een verklaring die niet klopt", "het verhaal van vader klopt niet": the writer judges an account untrue. */
export const kloptNiet: Detector = {
  id: 'klopt-niet',
  category: 'oordeel',
  messageId: 'etiket',
  example: { fout: 'Het verhaal van vader klopt niet.', goed: 'Vader zegt dat hij om acht uur thuis was; de buurvrouw zag hem om tien uur thuiskomen.' },
  find: (input) => each(input, (i) => {
    const { a, words } = input;
    if (!/^(klopt|klopte|kloppen|klopten)$/.test(words[i]!)) return undefined;
    const neg = words[i - 1] === 'niet' ? i - 1 : words[i + 1] === 'niet' ? i + 1 : -1;
    if (neg < 0) return undefined;
    const [from] = clauseRangeAt(a, i);
    // The account is the subject: in the clause, or the noun a relative "die" refers to.
    const head = words.slice(Math.max(0, from - 2), i).some((w) => ACCOUNT.test(w));
    return head ? { from: Math.min(i, neg), to: Math.max(i, neg) } : undefined;
  }),
};

/** "heeft weinig gedaan om Jayden terug te krijgen", "hebben niets gedaan aan de schulden": a judgement of effort. */
export const weinigGedaan: Detector = {
  id: 'weinig-gedaan',
  category: 'oordeel',
  messageId: 'oordeel-persoon',
  requires: { family: 'clause' },
  example: { fout: 'Vader heeft weinig gedaan om de schulden af te lossen.', goed: 'Vader heeft in 2024 twee van de twaalf termijnen betaald.' },
  find: (input) => each(input, (i) => {
    const { words } = input;
    if (!/^(weinig|niets|niks|nauwelijks|onvoldoende)$/.test(words[i]!) || words[i + 1] !== 'gedaan' || !/^(om|aan|voor|met)$/.test(words[i + 2] ?? '')) return undefined;
    return { from: i, to: i + 1 };
  }),
};

/** "De ouders zijn onvoldoende beschikbaar", "moeder is te weinig betrokken": a graded judgement of a person. */
export const onvoldoendeGezegde: Detector = {
  id: 'onvoldoende-gezegde',
  category: 'oordeel',
  messageId: 'oordeel-persoon',
  requires: { family: 'right-before' },
  example: { fout: 'De ouders zijn onvoldoende beschikbaar voor Sem.', goed: 'De ouders waren in maart op drie van de vijf middagen niet thuis.' },
  find: (input) => each(input, (i) => {
    const { a, words } = input;
    if (!COPULA.test(words[i]!)) return undefined;
    const j = words[i + 1] === 'onvoldoende' ? i + 2 : words[i + 1] === 'te' && words[i + 2] === 'weinig' ? i + 3 : -1;
    if (j < 0) return undefined;
    const t = a.tokens[j];
    if (!t || !(t.pos === 'adj' || t.verb?.participle || input.taal.subjectivity(t.lower))) return undefined;
    // "in staat" is the capacity detector's.
    if (t.lower === 'in' || t.lower === 'bij') return undefined;
    return { from: i + 1, to: j, at: i };
  }),
};

/** "de ontwikkeling van Sem wordt bedreigd", "zijn ontwikkeling is geschaad": a judgement of a child's development. */
export const ontwikkelingBedreigd: Detector = {
  id: 'ontwikkeling-bedreigd',
  category: 'oordeel',
  messageId: 'oordeel-situatie',
  requires: { notNegated: true },
  example: { fout: 'De ontwikkeling van Sem wordt ernstig bedreigd.', goed: 'Sem zit sinds september in groep 5.' },
  find: (input) => each(input, (i) => {
    const { a, words } = input;
    if (!/^(bedreigd|geschaad|belemmerd|beschadigd|bedreigt|schaadt|belemmert)$/.test(words[i]!)) return undefined;
    const [from] = clauseRangeAt(a, i);
    return words.slice(from, i).some((w) => /^ontwikkeling$/.test(w)) ? { from: i, to: i } : undefined;
  }),
};
