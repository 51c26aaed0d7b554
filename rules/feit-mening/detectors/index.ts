/**
 * The detectors of feit-mening, in order of preference: when two cues of the same length
 * overlap, the one listed first wins (the writer's own opinion before a guess, a guess before
 * a judgement, and so on). A longer cue always wins over a shorter one inside it.
 */
import { afleiding, binnenwereldWerkwoord, binnenwereldWoord, geenInzicht, horenZeggen, nietMerken, voorspelling } from './inner.js';
import { diagnoseAchtig, diagnoseAlsOorzaak, diagnoseEtiket, gezegdeOordeel, moeite, nietAankunnen, situatieOordeel, teVeel, trekken, typering, vermogen } from './judgement.js';
import {
  afweging, behoefte, beeldspraakBinnenwereld, beeldspraakOordeel, cultuur, eigenMeningWoorden, generalisatie, gissingWoorden,
  normatief, oordeelwoord, uitlegWoorden, verbogenOordeelwoord, waarderendBijwoord, zouMoeten,
} from './lexical.js';
import {
  alleVlakken, belang, etiket, inStaat, kloptNiet, ontwikkelingBedreigd, onvoldoendeGezegde, oorzaakBinnenwereld, prognose, sprakeVan, verbandZin, weinigGedaan, wijzeBijwoord, zichTonen,
} from './register.js';
import type { Detector } from './types.js';
import { afgeleideMening, meningVanSchrijver } from './writer.js';

export const DETECTORS: readonly Detector[] = [
  // the writer's own opinion and what the writer weighs
  eigenMeningWoorden, meningVanSchrijver, afweging, waarderendBijwoord, zouMoeten, normatief, behoefte, belang,
  // guesses and predictions
  gissingWoorden, horenZeggen, afleiding, voorspelling, prognose,
  // judgements of a person, a situation, a capacity, a way of acting
  // (constructions before single words: for the same span the construction's message says more)
  zichTonen, sprakeVan, inStaat, onvoldoendeGezegde, nietAankunnen, vermogen, moeite, wijzeBijwoord, weinigGedaan, etiket, kloptNiet, ontwikkelingBedreigd,
  oordeelwoord, verbogenOordeelwoord, beeldspraakOordeel, typering, teVeel, gezegdeOordeel, diagnoseEtiket, diagnoseAchtig, trekken, situatieOordeel,
  // generalisations
  generalisatie, alleVlakken, cultuur,
  // inner states as fact
  binnenwereldWoord, binnenwereldWerkwoord, beeldspraakBinnenwereld, geenInzicht, nietMerken,
  // interpretations and links
  verbandZin, oorzaakBinnenwereld, diagnoseAlsOorzaak, uitlegWoorden, afgeleideMening,
];

export const DETECTOR_IDS = DETECTORS.map((d) => d.id);

export type { Detector, DetectorInput, Hit, Requirements, Coverage, MessageId } from './types.js';
export { MESSAGES, LEXICONS } from './types.js';
