/**
 * What a feit-mening detector is: a small, named check that finds cues in one
 * sentence. The context a detector needs (a family member as subject, no
 * negation, a tense) is data in `requires`; the rule checks it, so each
 * detector only says where its cue stands.
 */
import type { PhraseSet, SentenceAnalysis, Taal, Tense } from '../../../src/taal/index.js';
import type { DiagnosisLexicon } from '../../diagnose-onderbouwing/lexicon.js';
import type { Categorie } from '../meta.js';

export type Category = Categorie;

/** Names of the lexicons detectors read (src/taal/data/lexicons/<name>.yaml, merged with config). */
export const LEXICONS = [
  'schrijversmening', 'duiding', 'hedges', 'meningswoorden', 'generalisaties', 'binnenwereld',
  'beeldspraak-oordeel', 'beeldspraak-binnenwereld', 'persoonswoorden', 'beschrijvende-bijvoeglijke-naamwoorden',
  'normatief', 'behoeften', 'evaluatief', 'situatie-oordeel', 'situatiewoorden', 'inzichtwoorden', 'karaktertrekken',
  'probleemwoorden', 'domeinwoorden', 'etiketten', 'vooruitzichtwoorden', 'verbandwerkwoorden',
] as const;
export type LexiconName = (typeof LEXICONS)[number];

export interface DetectorInput {
  text: string;
  a: SentenceAnalysis;
  /** Lower-case token texts, one per token. */
  words: string[];
  lex: Record<LexiconName, PhraseSet>;
  taal: Taal;
  dx: DiagnosisLexicon;
}

/** A cue found by a detector: tokens [from, to] inclusive; `at` is the token the context checks look at (default: from). */
export interface Hit {
  from: number;
  to: number;
  at?: number;
}

/** Context a cue needs before it counts, stated as data. */
export interface Requirements {
  /**
   * 'clause': a family member (child, betrokkene, a pronoun) is in the clause of the cue and no
   * informant stands before it as subject; 'subject': that, and the noun phrase before the cue in
   * its clause is a family member; 'right-before': a non-professional person ends right before the cue.
   */
  family?: 'clause' | 'subject' | 'right-before';
  /** No "niet", "geen" or "nooit" right before the cue. */
  notNegated?: boolean;
  /** The clause of the cue has one of these tenses. */
  tense?: Tense[];
  /** The sentence has no time reference (a dated event is a report, not a claim about how things are). */
  undated?: boolean;
}

/** How an attribution in the sentence (or the paragraph) relates to the cue. */
export type Coverage =
  /** Someone else's attribution that holds the cue makes it their view (the default). */
  | 'attributable'
  /** The writer's own opinion: never covered ("Ik vind …"). */
  | 'writer'
  /** The writer's inference beside an attribution: never covered, not even by a quote. */
  | 'writer-only';

export interface Detector {
  /** Dutch kebab-case id, used in options (`uit: [id]`) and tests. */
  id: string;
  category: Category;
  /** The message this detector gives (see MESSAGES). */
  messageId: MessageId;
  requires?: Requirements;
  coverage?: Coverage;
  /** One wrong and one right sentence (invented), shown in the README and run as tests. */
  example: { fout: string; goed: string };
  find(input: DetectorInput): Hit[];
}

/** Messages by id: what the cue is really about, and what to write instead. */
export const MESSAGES = {
  'eigen-mening': (w: string) =>
    `"${w}" is uw eigen mening. Zet uw oordeel in de analyse, of beschrijf hier wat er gebeurde en wie dat zag of zei.`,
  vermoeden: (w: string) =>
    `"${w}" is een vermoeden, geen feit. Beschrijf wat er is gezien of gezegd, door wie en wanneer; een vermoeden hoort in de analyse, als vermoeden.`,
  voorspelling: (w: string) =>
    `"${w}" is een voorspelling, geen feit. Zet de verwachting in de analyse, met de feiten waarop die rust.`,
  'oordeel-persoon': (w: string) =>
    `"${w}" is een oordeel over een persoon. Beschrijf het gedrag dat u of een ander zag (wat, wanneer, wie zag het), of schrijf wie dit vindt: "Volgens de leerkracht …".`,
  'oordeel-situatie': (w: string) =>
    `"${w}" is een oordeel over de situatie. Beschrijf wat er gebeurde of te zien was (wat, wanneer, wie zag het), of schrijf wie dit vindt.`,
  'oordeel-vermogen': (w: string) =>
    `"${w}" is een oordeel over wat iemand kan. Beschrijf wat er gebeurde toen het erop aankwam (wat, wanneer, wie zag het), of schrijf wie dit vindt.`,
  'oordeel-handelwijze': (w: string) =>
    `"${w}" waardeert hoe iemand iets deed. Beschrijf wat er gedaan is en wie dat zag; uw waardering hoort in de analyse.`,
  etiket: (w: string) =>
    `"${w}" plakt een etiket op wat iemand zei of deed. Beschrijf wat er gezegd of gedaan is, en wie dat hoorde of zag.`,
  'belang-norm': (w: string) =>
    `"${w}" weegt wat goed is voor iemand of wat moet. Die afweging hoort in de analyse; beschrijf hier de feiten, of schrijf wie dit vindt.`,
  veralgemening: (w: string) =>
    `"${w}" maakt van een waarneming een algemene regel. Beschrijf concreet hoe vaak en wanneer het gebeurde, en wie het zag.`,
  binnenwereld: (w: string) =>
    `"${w}" beschrijft wat iemand voelt of denkt alsof het vaststaat. Schrijf wie dit zei of zag ("Sem vertelt dat hij bang is", "De mentor ziet dat …").`,
  uitleg: (w: string) =>
    `"${w}" voegt uw uitleg toe aan een feit. Laat het feit staan met de bron en zet de uitleg in de analyse.`,
  verband: (w: string) =>
    `"${w}" legt een oorzaak of verband dat u zelf trekt. Beschrijf de feiten los, met hun bron, en zet het verband in de analyse.`,
} as const;
export type MessageId = keyof typeof MESSAGES;
