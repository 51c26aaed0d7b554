/** Detectors whose cue is an entry of a word list (with the few exceptions each list needs). */
import { adjectiveBases, clauseAt, familyInClause } from '../../../src/taal/index.js';
import type { Detector, DetectorInput, Hit } from './types.js';

/** Every match of a lexicon in the sentence, as hits; `keep` filters per start token. */
function matches(input: DetectorInput, name: keyof DetectorInput['lex'], keep: (i: number, n: number) => boolean = () => true): Hit[] {
  const out: Hit[] = [];
  const { words, a } = input;
  for (let i = 0; i < words.length; i++) {
    if (a.tokens[i]!.kind !== 'word') continue;
    const n = input.lex[name].matchAt(words, i);
    if (n && keep(i, n)) out.push({ from: i, to: i + n - 1 });
  }
  return out;
}

export const eigenMeningWoorden: Detector = {
  id: 'eigen-mening',
  category: 'schrijversmening',
  messageId: 'eigen-mening',
  coverage: 'writer',
  example: { fout: 'Ik vind dat moeder de afspraken te licht opvat.', goed: 'Moeder kwam op 3 en 10 maart niet naar de afspraak.' },
  find: (input) => matches(input, 'schrijversmening'),
};

export const uitlegWoorden: Detector = {
  id: 'uitleg',
  category: 'duiding',
  messageId: 'uitleg',
  example: { fout: 'Sem kwam drie keer te laat, wat typerend is voor het gezin.', goed: 'Sem kwam op 4, 6 en 11 maart te laat op school.' },
  find: (input) => matches(input, 'duiding'),
};

/**
 * "mogelijk" for what can be done, not a guess: "zo snel mogelijk", "indien mogelijk", "niet
 * mogelijk", "het is mogelijk om …", or "mogelijk" closing its clause. A guess: "is mogelijk
 * autistisch", "het is mogelijk dat vader drinkt".
 */
function possibilityNotGuess(input: DetectorInput, i: number): boolean {
  const { words, a } = input;
  const before = words.slice(Math.max(0, i - 3), i);
  const prev = words[i - 1] ?? '';
  const next = words[i + 1] ?? '';
  if (before.some((w) => /^(zo|zoveel|zover|zoals|indien|waar|wanneer|voorzover)$/.test(w))) return true;
  if (/^(niet|geen|ook|alleen|pas|weer|nog|het|alle|elke|iedere|veel|meer|goed)$/.test(prev)) return !(prev === 'het' && next === 'dat');
  if (next === 'om' || next === 'te' || next === '' || /^[.,;:!?)]$/.test(next)) return true;
  // "Omgang is mogelijk op zaterdag": something that can happen; "Vader is mogelijk in Marokko" is a guess about a person.
  if (/^(op|in|via|bij|na|voor|vanaf|tot|met|zonder|onder|binnen|buiten|door)$/.test(next)) return !a.persons.some((p) => p.end <= a.tokens[i]!.start);
  return false;
}

export const gissingWoorden: Detector = {
  id: 'gissing',
  category: 'gissing',
  messageId: 'vermoeden',
  example: { fout: 'Vader drinkt vermoedelijk elke avond.', goed: 'Vader vertelt dat hij elke avond twee biertjes drinkt.' },
  find: (input) =>
    matches(input, 'hedges', (i, n) => {
      const { words } = input;
      // "lijkt op" (resembles) is no hedge; nor "mogelijk" as a possibility.
      if (words[i] === 'lijkt' && words[i + n] === 'op') return false;
      return !(words[i] === 'mogelijk' && n === 1 && possibilityNotGuess(input, i));
    }),
};

/** "een onvoldoende voor rekenen", "drie onvoldoendes": a school mark, not a judgement. */
function schoolMark(words: string[], i: number): boolean {
  return /^(on)?voldoendes?$/.test(words[i]!) && (/^(een|twee|drie|vier|vijf|\d+|zijn|haar|geen)$/.test(words[i - 1] ?? '') || words[i + 1] === 'voor');
}

/** A plain manner word with a verb of doing: "eet slecht", "heeft slecht geslapen" describe a complaint, not a person. */
function plainManner({ a, words }: DetectorInput, i: number): boolean {
  const prev = a.tokens[i - 1];
  if (!/^(slecht|goed|weinig|veel|moeilijk|onrustig|licht)$/.test(words[i]!)) return false;
  // "heeft slecht geslapen": before the participle of a verb of doing.
  const next = a.tokens[i + 1];
  if (next?.verb?.participle) return true;
  // "dat Sem slecht slaapt": before the finite verb at the end of a subordinate clause.
  if (next?.verb?.finite && !next.verb.auxiliary && !/^(is|zijn|was|waren|wordt|worden|werd|blijft|lijkt)$/.test(next.lower)) return true;
  return prev?.verb !== undefined && !prev.verb.auxiliary && !/^(is|zijn|was|waren|wordt|worden|werd|blijft|lijkt|wordt)$/.test(prev.lower);
}

export const oordeelwoord: Detector = {
  id: 'oordeelwoord',
  category: 'oordeel',
  messageId: 'oordeel-persoon',
  example: { fout: 'Moeder is onverantwoordelijk.', goed: 'Moeder liet Sem op 3 maart een nacht alleen thuis.' },
  find: (input) => matches(input, 'meningswoorden', (i, n) => !schoolMark(input.words, i) && !(n === 1 && plainManner(input, i))),
};

/** The inflected form of a judging adjective about a person: "een manipulatieve man", "een onbetrouwbare vader". */
export const verbogenOordeelwoord: Detector = {
  id: 'verbogen-oordeelwoord',
  category: 'oordeel',
  messageId: 'oordeel-persoon',
  example: { fout: 'Vader is een manipulatieve man.', goed: 'Vader zei op 3 maart tegen Sem dat moeder niet van hem houdt.' },
  find: ({ words, lex, a }) => {
    const out: Hit[] = [];
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (!w.endsWith('e') || schoolMark(words, i) || lex.meningswoorden.matchAt(words, i)) continue;
      if (!adjectiveBases(w).slice(1).some((b) => lex.meningswoorden.has(b))) continue;
      // Only about a person: the noun it goes with is a person word, or a family member is in the clause.
      if (lex.persoonswoorden.has(words[i + 1] ?? '')) out.push({ from: i, to: i });
      else if (familyInClause(a, i)) out.push({ from: i, to: i });
    }
    return out;
  },
};

export const beeldspraakOordeel: Detector = {
  id: 'beeldspraak-oordeel',
  category: 'oordeel',
  messageId: 'oordeel-persoon',
  example: { fout: 'Vader heeft een kort lontje.', goed: 'Vader sloeg op 3 maart met zijn vuist op tafel toen Sem niet luisterde.' },
  find: (input) => matches(input, 'beeldspraak-oordeel'),
};

export const beeldspraakBinnenwereld: Detector = {
  id: 'beeldspraak-binnenwereld',
  category: 'binnenwereld',
  messageId: 'binnenwereld',
  requires: { family: 'clause' },
  example: { fout: 'Sem zit na elk bezoek in de knoop.', goed: 'Sem huilde na het bezoek van 3 maart.' },
  find: (input) => matches(input, 'beeldspraak-binnenwereld'),
};

const STILL_NOT_GENERAL = /^(nog|niet|bijna|vrijwel|meer|minder|vaker|beter|slechter|verder|groter|kleiner|zo|ook)$/;

export const generalisatie: Detector = {
  id: 'generalisatie',
  category: 'generalisatie',
  messageId: 'veralgemening',
  example: { fout: 'Vader komt nooit op tijd.', goed: 'Vader kwam op 3 en 10 maart te laat.' },
  find: (input) => {
    const { words, a } = input;
    return matches(input, 'generalisaties', (i, n) => {
      const prev = words[i - 1];
      const next = words[i + n];
      const still = (words[i] === 'steeds' || words[i] === 'altijd') && (prev === 'nog' || (next !== undefined && STILL_NOT_GENERAL.test(next)));
      const notAlways = prev === 'niet' || prev === 'bijna' || prev === 'vrijwel';
      // "nooit", "niemand" and "iedereen" bound to a time ("was op 3 mei niemand thuis") report one occasion;
      // "niemand" and "iedereen" generalise only in the present tense.
      const people = /^(niemand|iedereen)$/.test(words[i]!);
      const bound = ((words[i] === 'nooit' || people) && a.timeReferences.length > 0) || (people && clauseAt(a, i)?.tense !== 'present');
      // "altijd" since a moment ("wonen daar sindsdien altijd") says how long, not how often.
      const since = words[i] === 'altijd' && (words.includes('sindsdien') || a.timeReferences.some((r) => r.since));
      // "niemand weet hoe …" says something is unknown, not how people behave.
      const unknown = words[i] === 'niemand' && /^(weet|wist|weten)$/.test(next ?? '');
      return !still && !notAlways && !bound && !unknown && !since;
    });
  },
};

/** A group's culture as the explanation: "In de Eritrese cultuur wordt niet over … gepraat". */
export const cultuur: Detector = {
  id: 'cultuur',
  category: 'generalisatie',
  messageId: 'veralgemening',
  example: { fout: 'In de Poolse cultuur wordt niet over problemen gepraat.', goed: 'Moeder vertelt dat zij thuis nooit over problemen praatten.' },
  find: ({ words }) => {
    const out: Hit[] = [];
    for (let i = 0; i + 3 < words.length; i++) {
      if (/^(in|binnen|vanuit)$/.test(words[i]!) && words[i + 1] === 'de' && /\p{L}{3}e$/u.test(words[i + 2]!) && /^(cultuur|gemeenschap|culturen)$/.test(words[i + 3]!)) out.push({ from: i, to: i + 3 });
    }
    return out;
  },
};

/** The writer's evaluation in an adverb: "zijn terecht voorzichtig", "helaas". */
export const waarderendBijwoord: Detector = {
  id: 'waarderend-bijwoord',
  category: 'schrijversmening',
  messageId: 'eigen-mening',
  example: { fout: 'De pleegouders zijn terecht voorzichtig.', goed: 'De pleegouders laten Sem niet alleen naar de sportclub fietsen.' },
  find: ({ words }) => words.flatMap((w, i) => (/^(terecht|onterecht|helaas|begrijpelijkerwijs)$/.test(w) ? [{ from: i, to: i }] : [])),
};

/** What someone needs or what is good for them, in the writer's words: "heeft baat bij", "moet leren". */
export const normatief: Detector = {
  id: 'normatief',
  category: 'schrijversmening',
  messageId: 'belang-norm',
  requires: { family: 'clause' },
  example: { fout: 'Sem heeft baat bij een vaste plek.', goed: 'Sem sliep in maart op drie verschillende adressen.' },
  find: (input) => matches(input, 'normatief'),
};

/** The writer's view of what should happen: "zou eigenlijk getest moeten worden". */
export const zouMoeten: Detector = {
  id: 'zou-moeten',
  category: 'schrijversmening',
  messageId: 'belang-norm',
  example: { fout: 'Sem zou eigenlijk getest moeten worden.', goed: 'De school vindt dat Sem getest zou moeten worden.' },
  find: ({ words }) => {
    const out: Hit[] = [];
    words.forEach((w, i) => {
      if (w !== 'zou' && w !== 'zouden') return;
      const k = words.slice(i + 1, i + 8).indexOf('moeten');
      if (k >= 0) out.push({ from: i, to: i + 1 + k });
    });
    return out;
  },
};

/** "Het is belangrijk dat …", "Zorgelijk is dat …": the writer weighs what follows. */
export const afweging: Detector = {
  id: 'afweging',
  category: 'schrijversmening',
  messageId: 'eigen-mening',
  example: { fout: 'Het is belangrijk dat Sem naar school gaat.', goed: 'Sem ging in maart vier van de twintig dagen naar school.' },
  find: ({ a, words, lex }) => {
    const t = a.tokens;
    const w = (k: number) => words[k] ?? '';
    const out: Hit[] = [];
    for (let i = 0; i < t.length; i++) {
      if (w(i) === 'het' && /^(is|was|lijkt|blijft|bleek|blijkt)$/.test(w(i + 1))) {
        let j = i + 2;
        while (/^(erg|heel|zeer|wel|ook|dan|daarom|extra|echt|niet|dus|vooral|nu|nog|steeds|bijzonder)$/.test(w(j))) j++;
        const n = lex.evaluatief.matchAt(words, j);
        if (n && /^(dat|om|te|als|wanneer|hoe|,)$/.test(w(j + n))) out.push({ from: i, to: j + n - 1 });
      } else if ((i === 0 || t[i - 1]!.kind === 'punct') && /^(is|was)$/.test(w(i + 1)) && /^(dat|het)$/.test(w(i + 2)) && lex.evaluatief.has(w(i))) {
        out.push({ from: i, to: i + 1 });
      }
    }
    return out;
  },
};

/** "Moeder heeft hulp nodig", "Sem heeft vooral rust en structuur nodig". */
export const behoefte: Detector = {
  id: 'behoefte',
  category: 'schrijversmening',
  messageId: 'belang-norm',
  requires: { family: 'clause' },
  example: { fout: 'Moeder heeft hulp nodig.', goed: 'Moeder vraagt om hulp bij de administratie.' },
  find: ({ a, lex }) => {
    const t = a.tokens;
    const out: Hit[] = [];
    for (let i = 0; i < t.length; i++) {
      if (!/^(heeft|hebben|had|hadden)$/.test(t[i]!.lower)) continue;
      const end = Math.min(t.length - 1, clauseAt(a, i)?.tokenRange[1] ?? t.length - 1, i + 9);
      for (let j = i + 1; j <= end; j++) {
        if (t[j]!.lower !== 'nodig') continue;
        // "heeft hulp nodig bij het klaarmaken van de fles": help with a named task describes the support.
        if (!(t[j + 1]?.lower === 'bij' && t[j + 2]?.lower === 'het') && t.slice(i + 1, j).some((x) => lex.behoeften.has(x.lower))) out.push({ from: i, to: j });
        break;
      }
    }
    return out;
  },
};
