/**
 * The result of `toets vergelijk OUD NIEUW`: what changed between two
 * versions of one document. Plain data (JSON output is this object), built
 * by compare.ts and shown by the writers in ./uitvoer/.
 */
import type { Finding, RuleMeta } from '../engine/types.js';

export interface VersieInfo {
  filePath: string;
  documentType?: string;
  documentDate?: string;
  errorCount: number;
  warningCount: number;
}

/** A finding present in both versions: where it was and where it is now. */
export interface GeblevenMelding {
  oud: Finding;
  nieuw: Finding;
}

export interface MeldingenVerschil {
  /** In the old version, not in the new (positions of the old version). */
  opgelost: Finding[];
  /** In the new version, not in the old (positions of the new version). */
  nieuw: Finding[];
  gebleven: GeblevenMelding[];
  /**
   * Active in the old version and disabled by a toets comment in the new
   * one: not solved, only silenced (the new finding carries the reason).
   */
  uitgeschakeld: GeblevenMelding[];
}

/** A sentence of one version, where it stands. */
export interface ZinPlaats {
  tekst: string;
  line: number;
  column: number;
  /** Heading of its section as written ('' before the first heading). */
  sectie: string;
}

/** A piece of a word diff between an old and a new sentence. */
export interface WoordDeel {
  soort: 'gelijk' | 'weg' | 'erbij';
  tekst: string;
}

export interface GewijzigdeZin {
  oud: ZinPlaats;
  nieuw: ZinPlaats;
  delen: WoordDeel[];
}

/** A sentence that stands elsewhere in the new version (another section, or another place in its section). */
export interface VerplaatsteZin {
  oud: ZinPlaats;
  nieuw: ZinPlaats;
  /** Set when the sentence was also reworded on the way (a word diff). */
  delen?: WoordDeel[];
}

export interface ZinnenVerschil {
  verwijderd: ZinPlaats[];
  toegevoegd: ZinPlaats[];
  gewijzigd: GewijzigdeZin[];
  /** Removed in one place and added in another: moved, not rewritten. */
  verplaatst: VerplaatsteZin[];
  ongewijzigd: number;
  /** True when the sentence diff gave up (very large, very different documents): everything counts as removed and added. */
  afgebroken?: boolean;
}

export type ZienswijzeStatus = 'ongewijzigd' | 'gewijzigd' | 'toegevoegd' | 'verwijderd';

/** A view section (zienswijze: of the parents, of the child) and what happened to it. */
export interface ZienswijzeVerschil {
  /** Heading as written (the new version's when it exists in both). */
  kop: string;
  status: ZienswijzeStatus;
  verwijderd: number;
  toegevoegd: number;
  gewijzigd: number;
  /** The section's sentences before and after (empty when it did not exist). */
  tekstOud: string[];
  tekstNieuw: string[];
}

/** One field of the frontmatter that differs ('' = absent). */
export interface VeldWijziging {
  veld: string;
  oud: string;
  nieuw: string;
}

export interface BronInfo {
  id: string;
  soort?: string;
  van?: string;
  datum?: string;
  titel?: string;
}

/** What changed in the frontmatter: fields (dates, children, people) and sources. */
export interface KopjeVerschil {
  velden: VeldWijziging[];
  bronnen: {
    toegevoegd: BronInfo[];
    verwijderd: BronInfo[];
    gewijzigd: Array<{ id: string; velden: VeldWijziging[] }>;
  };
}

/**
 * One `correcties` entry (information found wrong) and whether the new
 * version processed it: the wrong text no longer appears as true.
 */
export interface CorrectieStatus {
  onjuist: string;
  datum?: string;
  door?: string;
  /** True when no sentence of the new version states it as true. */
  verwerkt: boolean;
  /** Sentences of the new version that still state it as true. */
  nieuw: ZinPlaats[];
  /** How many sentences of the old version stated it as true. */
  oudAantal: number;
}

export interface Vergelijking {
  oud: VersieInfo;
  nieuw: VersieInfo;
  meldingen: MeldingenVerschil;
  zinnen: ZinnenVerschil;
  /** Empty when neither version has a zienswijze section. */
  zienswijzen: ZienswijzeVerschil[];
  /** Per `correcties` entry of either version: processed or not. Empty when neither has `correcties`. */
  correcties: CorrectieStatus[];
  kopje: KopjeVerschil;
  /**
   * Why these two may not be versions of one document (other children,
   * another type, the "new" one dated before the old). The CLI stops on
   * them unless --force; then they are shown with the comparison.
   */
  waarschuwingen: string[];
  /** Metadata of the rules that ran (for descriptions and actielijn). */
  regels: RuleMeta[];
}
