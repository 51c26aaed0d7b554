/**
 * A small CoNLL-U reader (Universal Dependencies) and the mapping from a gold
 * token to the tag label the tagger learns. Used by the training script
 * (scripts/train-tagger.mjs), the measurement (scripts/eval-taal.mjs) and tests.
 */

export interface UdWord {
  /** 1-based position in the sentence (multi-word and empty nodes are skipped). */
  id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: Record<string, string>;
  /** 1-based head id, 0 for the root. */
  head: number;
  deprel: string;
}

export interface UdSentence {
  id: string;
  text: string;
  words: UdWord[];
}

/** Parses CoNLL-U text. Lines with a range id (1-2) or a decimal id (3.1) are skipped. */
export function parseConllu(text: string): UdSentence[] {
  const out: UdSentence[] = [];
  let cur: UdSentence = { id: '', text: '', words: [] };
  const flush = () => {
    if (cur.words.length) out.push(cur);
    cur = { id: '', text: '', words: [] };
  };
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) {
      flush();
      continue;
    }
    if (line.startsWith('#')) {
      const m = /^#\s*(sent_id|text)\s*=\s*(.*)$/.exec(line);
      if (m) {
        if (m[1] === 'sent_id') cur.id = m[2]!;
        else cur.text = m[2]!;
      }
      continue;
    }
    const cols = line.split('\t');
    if (cols.length < 8 || !/^\d+$/.test(cols[0]!)) continue;
    const feats: Record<string, string> = {};
    if (cols[5] && cols[5] !== '_') {
      for (const kv of cols[5].split('|')) {
        const i = kv.indexOf('=');
        if (i > 0) feats[kv.slice(0, i)] = kv.slice(i + 1);
      }
    }
    cur.words.push({
      id: Number(cols[0]),
      form: cols[1]!,
      lemma: cols[2]!,
      upos: cols[3]!,
      xpos: cols[4]!,
      feats,
      head: Number(cols[6]),
      deprel: cols[7]!,
    });
  }
  flush();
  return out;
}

/**
 * The tagger's label for a gold word: the UPOS, and for verbs and auxiliaries
 * what the language layer needs from the CGN tag (XPOS):
 *   VERB|Fin|Pres, VERB|Fin|Past  finite (WW|pv|tgw, WW|pv|verl; WW|pv|conj counts as present)
 *   VERB|Part                     past participle used as a verb (WW|vd|vrij)
 *   VERB|PartAttr                 past participle before or as a noun (WW|vd|prenom, WW|vd|nom)
 *   VERB|Inf, VERB|InfNom         infinitive (WW|inf|vrij/prenom), as a noun (WW|inf|nom)
 *   VERB|PresPart                 present participle (WW|od)
 * and the same with AUX.
 */
export function labelOf(w: Pick<UdWord, 'upos' | 'xpos'>): string {
  if (w.upos !== 'VERB' && w.upos !== 'AUX') return w.upos;
  const x = w.xpos.split('|');
  if (x[0] !== 'WW') return w.upos;
  switch (x[1]) {
    case 'pv':
      return `${w.upos}|Fin|${x[2] === 'verl' ? 'Past' : 'Pres'}`;
    case 'vd':
      return `${w.upos}|${x[2] === 'vrij' ? 'Part' : 'PartAttr'}`;
    case 'inf':
      return `${w.upos}|${x[2] === 'nom' ? 'InfNom' : 'Inf'}`;
    case 'od':
      return `${w.upos}|PresPart`;
    default:
      return w.upos;
  }
}

/** Is the word a gold past participle (VerbForm=Part and XPOS WW|vd…)? */
export function isGoldParticiple(w: UdWord): boolean {
  return w.feats.VerbForm === 'Part' && w.xpos.startsWith('WW|vd');
}

/** Is the word a gold finite verb (VerbForm=Fin)? */
export function isGoldFinite(w: UdWord): boolean {
  return w.feats.VerbForm === 'Fin';
}

const SUBJECT_RELS = new Set(['nsubj', 'nsubj:pass']);
const FUNCTION_RELS = new Set(['aux', 'aux:pass', 'cop']);

/**
 * Gold subject (0-based word index) of the finite verb at index v, or
 * undefined when it has none: a dependent of v with deprel nsubj or
 * nsubj:pass; if v itself has none and v is an auxiliary or copula (deprel
 * aux, aux:pass or cop), the nsubj/nsubj:pass dependent of v's head.
 */
export function goldSubject(s: UdSentence, v: number): number | undefined {
  const verb = s.words[v]!;
  const dependentOf = (id: number) => s.words.findIndex((w) => w.head === id && SUBJECT_RELS.has(w.deprel.toLowerCase()));
  let i = dependentOf(verb.id);
  if (i < 0 && FUNCTION_RELS.has(verb.deprel) && verb.head > 0) i = dependentOf(verb.head);
  return i >= 0 ? i : undefined;
}
