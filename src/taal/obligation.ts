/**
 * Obligation language aimed at a person: "U bent verplicht om mee te werken",
 * "Ouders moeten meewerken", "Er wordt van u verwacht dat …". A strong cue
 * (verplicht, wordt … verwacht, niet vrijblijvend) is an obligation by itself;
 * a modal (moet, dient) only with a cooperation word (meewerken, deelnemen,
 * de adviezen opvolgen). A negated cue ("U bent niet verplicht …") is the
 * opposite: a statement that taking part is voluntary. Lexicon:
 * data/lexicons/verplichting.yaml.
 */
import { normalize, PhraseSet } from './lexicon.js';
import { loadLexiconItems } from './measure.js';
import type { SentenceAnalysis } from './types.js';

export interface ObligationCue {
  /** The obligation words as written. */
  cue: string;
  start: number;
  end: number;
  /** 'sterk' or 'modaal' (a modal with a cooperation word). */
  strength: 'sterk' | 'modaal';
  /** The cue lies in the scope of a negation ("niet verplicht"). */
  negated: boolean;
  /** Who is addressed ("u", "ouders", "moeder", a name), if found in the same clause. */
  addressee?: string;
}

let sets: { strong: PhraseSet; modal: PhraseSet; goal: PhraseSet } | undefined;

function lexicon() {
  if (!sets) {
    const items = loadLexiconItems('verplichting');
    const of = (s: string) => new PhraseSet(items.filter((i) => i.soort === s).map((i) => i.woord));
    sets = { strong: of('sterk'), modal: of('modaal'), goal: of('doel') };
  }
  return sets;
}

const ADDRESS_PRONOUNS = new Set(['u', 'jullie', 'je', 'jij', 'uw']);

/** Obligation cues in one analysed sentence. `addressees` are extra words that name the family (roles, first names). */
export function obligations(a: SentenceAnalysis, addressees: readonly string[] = []): ObligationCue[] {
  const { strong, modal, goal } = lexicon();
  const words = a.tokens.map((t) => normalize(t.lower));
  const family = new Set([...addressees.map(normalize), 'ouders', 'ouder', 'moeder', 'vader', 'kind', 'kinderen', 'jongere', 'gezin']);
  const out: ObligationCue[] = [];
  const clauseOf = (i: number) => a.clauses.find((c) => i >= c.tokenRange[0] && i <= c.tokenRange[1]);
  for (let i = 0; i < words.length; i++) {
    let n = strong.matchAt(words, i);
    let strength: ObligationCue['strength'] = 'sterk';
    if (!n) {
      n = modal.matchAt(words, i);
      strength = 'modaal';
    }
    if (!n) continue;
    const clause = clauseOf(i);
    const [from, to] = clause ? clause.tokenRange : [0, words.length - 1];
    // A modal needs a cooperation word in its clause or the infinitive clause after it ("om mee te werken").
    const scopeEnd = Math.min(words.length - 1, to + 8);
    if (strength === 'modaal') {
      let found = false;
      for (let j = from; j <= scopeEnd && !found; j++) if (goal.matchAt(words, j)) found = true;
      if (!found) {
        i += n - 1;
        continue;
      }
    }
    const start = a.tokens[i]!.start;
    const end = a.tokens[i + n - 1]!.end;
    const isNietVrijblijvend = words[i] === 'niet';
    const negated = !isNietVrijblijvend && a.negations.some((g) => g.cueEnd <= start && g.scopeEnd >= end && g.cueStart >= a.tokens[from]!.start);
    let addressee: string | undefined;
    for (let j = from; j <= scopeEnd && !addressee; j++) {
      const w = words[j]!;
      if (ADDRESS_PRONOUNS.has(w) || family.has(w)) addressee = a.tokens[j]!.text;
    }
    out.push({ cue: a.text.slice(start, end), start, end, strength, negated, ...(addressee ? { addressee } : {}) });
    i += n - 1;
  }
  return out;
}
