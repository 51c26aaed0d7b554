/**
 * Contract of the Dutch language layer (src/taal). Rules see only these types
 * and the `Taal` object handed to them in RuleContext.
 *
 * All start/end indexes are 0-based UTF-16 indexes into the analysed text
 * (normally Sentence.text), end exclusive.
 */

export type WordClass =
  | 'noun'
  | 'name'
  | 'verb'
  | 'adj'
  | 'adv'
  | 'pron'
  | 'prep'
  | 'conj'
  | 'det'
  | 'num'
  | 'punct'
  | 'other';

export interface VerbInfo {
  /** Infinitive, lowercase, e.g. 'drinken'. */
  lemma: string;
  /** A finite (conjugated) form: 'drinkt', 'dronk', 'heeft'. */
  finite: boolean;
  /** Tense of a finite form. */
  tense?: 'present' | 'past';
  /** Past participle ('gedronken', 'gewerkt'). */
  participle?: boolean;
  infinitive?: boolean;
  /** hebben/zijn/worden/zullen/modal. */
  auxiliary?: boolean;
  /**
   * For a finite verb: index (into the same token list) of the head word of
   * its subject ("moeder" in "De moeder van Sem vertelt …", "hij" in "Daarom
   * belt hij …"), as the syntax layer found it; absent when none was found.
   */
  subject?: number;
}

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'number' | 'punct' | 'symbol';
  /** Coarse word class from the tagger. */
  pos: WordClass;
  /**
   * Fine tag as the tagger produced it, if any: the Universal Dependencies
   * part of speech, for verbs with verb form and tense ('NOUN', 'PROPN',
   * 'VERB|Fin|Pres', 'AUX|Fin|Past', 'VERB|Part' (participle in a verb
   * group), 'VERB|PartAttr' (participle before a noun), 'VERB|Inf',
   * 'VERB|InfNom' (infinitive as a noun), 'VERB|PresPart').
   */
  tag?: string;
  verb?: VerbInfo;
}

/**
 * Tense of a clause: 'present' (drinkt), 'past' (dronk), 'perfect' (heeft
 * gedronken), 'pluperfect' (had gedronken), 'future' (zal drinken), 'none'
 * (no finite verb found).
 */
export type Tense = 'present' | 'past' | 'perfect' | 'pluperfect' | 'future' | 'none';

export interface Clause {
  start: number;
  end: number;
  /** Indexes into SentenceAnalysis.tokens, [first, last] inclusive. */
  tokenRange: [number, number];
  /** Index of the finite verb token, if found. */
  finiteVerb?: number;
  tense: Tense;
  /** Main clause or subordinate clause (introduced by dat, omdat, toen, die, …). */
  subordinate: boolean;
  /** Passive ('wordt … gedaan', 'werd … gedaan', 'is door de school gedaan'). */
  passive: boolean;
  /**
   * Index (into SentenceAnalysis.tokens) of the head word of the finite
   * verb's subject, if found: 'wijkagent' in "In maart heeft de wijkagent
   * bemiddeld", 'Sem' in "… dat Sem naar school gaat". May lie outside
   * tokenRange (a relative clause's antecedent, a subject before a comma).
   */
  subject?: number;
}

export type AttributionKind =
  | 'person' // moeder, Sem, de leerkracht, Lisa
  | 'organisation' // de school, Veilig Thuis, de Raad
  | 'document' // het rapport van …, uit het verslag blijkt
  | 'observation' // tijdens het huisbezoek zag de jeugdbeschermer
  | 'unknown';

export interface Attribution {
  /** Who or what is the source, as written ('moeder', 'de leerkracht', 'het rapport van Veilig Thuis'). */
  source: string;
  kind: AttributionKind;
  /** The cue ('volgens', 'vertelt', 'uit … blijkt', 'zag'). */
  cue: string;
  /** Span of the whole attribution phrase (source + cue). */
  start: number;
  end: number;
  /** The part of the text that is attributed (e.g. the dat-clause). */
  scopeStart: number;
  scopeEnd: number;
  /** Whether the cue is a verb of opinion (vindt, denkt, meent) rather than of telling or seeing. */
  opinion: boolean;
  /** Whether the writer is the source ('ik', 'de jeugdbeschermer' as author, 'wij'). */
  byWriter: boolean;
  /**
   * The attribution points back to the sentence before ("Dat vertelde vader in het gesprek op 4
   * maart."): what it attributes is not in this sentence (scopeStart = scopeEnd = 0).
   */
  previous?: boolean;
}

export interface Negation {
  /** The cue word ('niet', 'geen', 'nooit', 'niets', 'niemand', 'nergens', 'zonder'). */
  cue: string;
  cueStart: number;
  cueEnd: number;
  /** The part of the text in the scope of the negation. */
  scopeStart: number;
  scopeEnd: number;
}

export interface TimeReference {
  text: string;
  start: number;
  end: number;
  /** Start of the period referred to. */
  date: Date;
  /** End of the period (inclusive day), if a range. */
  endDate?: Date;
  precision: 'day' | 'month' | 'year';
  kind: 'absolute' | 'relative' | 'age';
  /** 'sinds 2019', 'vanaf maart' : a period that runs up to now. */
  since: boolean;
}

export interface PersonRef {
  /** Name from frontmatter, if known. */
  naam?: string;
  /** Role ('moeder', 'vader', 'kind', …). */
  rol?: string;
  group: 'kind' | 'betrokkene' | 'professional' | 'organisatie' | 'onbekend';
}

export interface PersonMention {
  text: string;
  start: number;
  end: number;
  ref: PersonRef;
}

/** Context the analysis needs from the document. */
export interface AnalysisContext {
  /** The document's datum ("now"). */
  docDate?: Date;
  children?: { naam?: string; birthDate?: Date }[];
  people?: { naam?: string; rol?: string }[];
  /**
   * Role nouns that mean the writer of this document ("de gezinsvoogd" in a
   * gezinsplan; "de raadsonderzoeker" in a raadsrapport). Absent: a default set.
   */
  writerRoles?: string[];
}

export interface SentenceAnalysis {
  text: string;
  tokens: Token[];
  clauses: Clause[];
  /** Tense of the first main clause ('none' if none). */
  tense: Tense;
  attributions: Attribution[];
  negations: Negation[];
  timeReferences: TimeReference[];
  persons: PersonMention[];
}

export interface Taal {
  /** Full analysis of one sentence (cached per text + context). */
  analyze(text: string, context?: AnalysisContext): SentenceAnalysis;
  /** Tokens with word class and verb info only. */
  tokenize(text: string): Token[];
  /** Time references only. */
  timeReferences(text: string, context?: AnalysisContext): TimeReference[];
  /**
   * A named lexicon (data file under src/taal/data or a rule's folder),
   * merged with extra entries from config. Lowercase entries.
   */
  lexicon(name: string): ReadonlySet<string>;
  /** Normalise for lexicon lookups: lowercase, diacritics folded. */
  normalize(word: string): string;
  /** Polarity and subjectivity of an adjective (also inflected), if the data knows it. */
  subjectivity(lower: string): Subjectivity | undefined;
}

export interface Subjectivity {
  /** The base form found in the data. */
  base: string;
  /** −1 (negative) … 1 (positive). */
  polarity: number;
  /** 0 (objective) … 1 (subjective). */
  subjectivity: number;
}
