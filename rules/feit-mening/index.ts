/**
 * feit-mening: in feiten sections, no unattributed judgement, label, speculation, interpretation
 * or generalisation (documentformaat §4). An attributed view ("Moeder vindt dat …", "Volgens de
 * school …") is a fact about what someone said and stays silent; analyse sections are exempt.
 *
 * The rule runs a list of small named detectors (detectors/), checks the context each one states
 * as data, and drops cues that an attribution covers. Of overlapping cues the longest (most
 * specific) wins; a sentence gets one finding, for the kind of cue listed first in CATEGORIEEN.
 * The finding spans its cue, not the whole sentence.
 */
import type { Document, Sentence } from '../../src/document/types.js';
import type { Rule } from '../../src/engine/types.js';
import type { Attribution, SentenceAnalysis, Taal } from '../../src/taal/index.js';
import {
  PhraseSet, clauseAt, continuesAttribution, opensContinuation, familyInClause, informants, inRanges, negatedBefore, personRightBefore, quotedRanges, subjectBeforeIsFamily,
} from '../../src/taal/index.js';
import { analysisContext, colonLead, isQuotation, previousInBlock, sentencesIn } from '../_gedeeld/context.js';
import { diagnosisLexicon } from '../diagnose-onderbouwing/lexicon.js';
import { DETECTORS, LEXICONS, MESSAGES, type Detector, type DetectorInput, type Hit, type Requirements } from './detectors/index.js';
import meta, { CATEGORIEEN, type Categorie } from './meta.js';

/** A cue found in one sentence, in character offsets of the sentence text. */
export interface Cue {
  detector: Detector;
  from: number;
  to: number;
  start: number;
  end: number;
  words: string;
}

/** Does the sentence meet the context the detector states? */
function meets(r: Requirements | undefined, a: SentenceAnalysis, words: string[], at: number): boolean {
  if (!r) return true;
  if (r.family === 'clause' && !familyInClause(a, at)) return false;
  if (r.family === 'subject' && !(familyInClause(a, at) && subjectBeforeIsFamily(a, at))) return false;
  if (r.family === 'right-before' && !personRightBefore(a, at)) return false;
  if (r.notNegated && negatedBefore(words, at)) return false;
  if (r.tense && !r.tense.includes(clauseAt(a, at)?.tense ?? 'none')) return false;
  if (r.undated && a.timeReferences.length > 0) return false;
  return true;
}

/** Every cue the detectors find in one sentence whose context they need is there. */
export function findCues(text: string, a: SentenceAnalysis, detectors: readonly Detector[], input: Omit<DetectorInput, 'text' | 'a' | 'words'>): Cue[] {
  const words = a.tokens.map((t) => t.lower);
  const full: DetectorInput = { ...input, text, a, words };
  const out: Cue[] = [];
  for (const d of detectors) {
    for (const h of d.find(full) as Hit[]) {
      if (h.from < 0 || h.to < h.from || h.to >= a.tokens.length) continue;
      if (!meets(d.requires, a, words, h.at ?? h.from)) continue;
      const start = a.tokens[h.from]!.start;
      const end = a.tokens[h.to]!.end;
      out.push({ detector: d, from: h.from, to: h.to, start, end, words: text.slice(start, end) });
    }
  }
  return out;
}

/** A relative clause in which the writer comments on the whole sentence: "…, wat laat zien dat …". */
const WRITER_COMMENT = /^(wat|hetgeen|waaruit|waarmee)\b/i;

interface Cover {
  quotes: [number, number][];
  grounding: Attribution[];
  underLead: boolean;
  continued: boolean;
  /** A (bron: …) note in the sentence names who reported it. */
  sourceNote: boolean;
}

/** Is the cue someone else's view (an attribution, a quote, an attributed lead or paragraph)? */
function covered(c: Cue, cover: Cover): boolean {
  const coverage = c.detector.coverage ?? 'attributable';
  const category = c.detector.category;
  if (coverage === 'writer-only') return false;
  if (inRanges(cover.quotes, c.start, c.end)) return true;
  if (coverage === 'writer') return false;
  if (cover.underLead) return true;
  // A guess in a sentence that only goes on from an attributed one is the writer's guess.
  if (cover.continued && category !== 'gissing') return true;
  // A feeling with a (bron: …) note that says who reported it.
  if (cover.sourceNote && category === 'binnenwereld') return true;
  return cover.grounding.some((g) => {
    // What the writer saw covers a visible feeling, not the writer's judgement or interpretation of it.
    if (g.kind === 'observation' && category !== 'binnenwereld') return false;
    // The writer's comment on a reported fact ("…, wat laat zien dat …") is covered only by an attribution inside it.
    if (category === 'duiding' && WRITER_COMMENT.test(c.words) && g.start < c.start) return false;
    // A hedge before the attribution's verb is the writer's: "Blijkbaar vinden ouders het normaal".
    if (category === 'gissing' && c.start >= g.start && c.end < g.end) return false;
    return (c.start >= g.scopeStart && c.end <= g.scopeEnd) || (c.start >= g.start && c.end <= g.end);
  });
}

/** One cue per place: of overlapping cues the longest wins, then the kind listed first in CATEGORIEEN, then the first. */
export function onePerCue(cues: Cue[], order: readonly Detector[]): Cue[] {
  const rank = (c: Cue) => order.indexOf(c.detector);
  const kind = (c: Cue) => CATEGORIEEN.indexOf(c.detector.category);
  const sorted = [...cues].sort((x, y) => y.to - y.from - (x.to - x.from) || kind(x) - kind(y) || x.start - y.start || rank(x) - rank(y));
  const kept: Cue[] = [];
  for (const c of sorted) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  return kept.sort((x, y) => x.start - y.start);
}

/** The lexicons as phrase matchers, built once per language layer (its config-extended lists). */
const lexiconCache = new WeakMap<Taal, DetectorInput['lex']>();

function lexicons(taal: Taal): DetectorInput['lex'] {
  let out = lexiconCache.get(taal);
  if (!out) {
    out = {} as DetectorInput['lex'];
    for (const name of LEXICONS) out[name] = new PhraseSet(taal.lexicon(name));
    lexiconCache.set(taal, out);
  }
  return out;
}

const rule: Rule = {
  meta,
  check(doc: Document, ctx) {
    const kinds = (ctx.options.secties as string[]) ?? ['feiten'];
    const categories = new Set((ctx.options.categorieen as Categorie[]) ?? CATEGORIEEN);
    const off = new Set((ctx.options.uit as string[]) ?? []);
    const detectors = DETECTORS.filter((d) => categories.has(d.category) && !off.has(d.id));
    if (!detectors.length) return;
    const input = { lex: lexicons(ctx.taal), taal: ctx.taal, dx: diagnosisLexicon() };
    const actx = analysisContext(doc);
    const analyze = (s: Sentence) => ctx.taal.analyze(s.text, actx);
    for (const s of sentencesIn(doc, kinds)) {
      if (isQuotation(s)) continue;
      const a = analyze(s);
      const found = findCues(s.text, a, detectors, input);
      if (!found.length) continue;
      const prev = opensContinuation(s.text) ? previousInBlock(doc, s) : undefined;
      const lead = colonLead(doc, s);
      const cover: Cover = {
        quotes: quotedRanges(s.text),
        grounding: a.attributions.filter((x) => !x.byWriter),
        continued: prev !== undefined && opensContinuation(s.text) && continuesAttribution(analyze(prev), a),
        underLead: lead ? informants(analyze(lead)).length > 0 : false,
        sourceNote: s.sourceNotes.length > 0,
      };
      const kept = onePerCue(found.filter((c) => !covered(c, cover)), DETECTORS);
      // One finding per sentence: the kind listed first in CATEGORIEEN, then the first cue.
      const first = kept.sort((x, y) => CATEGORIEEN.indexOf(x.detector.category) - CATEGORIEEN.indexOf(y.detector.category) || x.start - y.start)[0];
      for (const c of first ? [first] : []) {
        ctx.report({
          span: s.spanOf(c.start, c.end),
          message: MESSAGES[c.detector.messageId](c.words),
          messageId: c.detector.messageId,
          key: `${c.detector.id}:${c.words}:${s.text}`,
        });
      }
    }
  },
};

export default rule;
