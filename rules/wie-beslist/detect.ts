/**
 * Detectors of wie-beslist: the writer as the subject of a deciding verb with
 * a measure as its object, and "toestemming vragen aan de rechter" framing.
 */
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import type { LexiconItem, SentenceAnalysis } from '../../src/taal/index.js';
import { clauseSubject, measureMentions, normalize, PhraseSet } from '../../src/taal/index.js';
import { packagePath } from '../../src/util/paths.js';

interface Raw {
  werkwoorden: LexiconItem[];
  toestemming: LexiconItem[];
}

let raw: Raw | undefined;
export function lexicon(): Raw {
  raw ??= YAML.parse(readFileSync(packagePath('rules/wie-beslist/beslissen.yaml'), 'utf8')) as Raw;
  return raw;
}

/** Prepositions that make a measure the time or setting of a decision, not its object. */
const SETTING = new Set(['tijdens', 'gedurende', 'na', 'sinds', 'binnen', 'bij', 'zolang', 'vanwege', 'ondanks']);

export interface DecisionClaim {
  /** Offsets in the sentence text: from the subject to the end of the measure. */
  start: number;
  end: number;
  subject: string;
  measure: string;
  soort: string;
}

export interface Settings {
  measures: ReadonlySet<string>;
  verbs: ReadonlySet<string>;
  writer: ReadonlySet<string>;
  exceptions: PhraseSet;
  /** Verbs of asking or advising (lemmas): a claim that holds one is a request, not a decision. */
  requestVerbs: ReadonlySet<string>;
}

/** "ons", "onze": the writer's own decision ("ons besluit"). */
function isWriter(text: string, s: Settings): boolean {
  const n = normalize(text).replace(/\s+/g, ' ');
  if (s.writer.has(n)) return true;
  return [...s.writer].some((w) => w.includes(' ') && n.endsWith(' ' + w.replace(/^de /, '')));
}

/** Which deciding verb does token i carry ("gaan … over tot" counts as overgaan)? */
function decidingVerbAt(a: SentenceAnalysis, i: number, s: Settings): boolean {
  const t = a.tokens[i]!;
  const lemma = normalize(t.verb?.lemma ?? t.lower);
  if (t.pos === 'verb' || t.verb) {
    if (s.verbs.has(lemma)) return true;
    if (lemma === 'gaan' && s.verbs.has('overgaan')) {
      const rest = a.tokens.slice(i + 1, i + 8).map((x) => x.lower);
      return rest.includes('over') && rest.includes('tot');
    }
    // separable verbs: "legt … op", "zet … in", "spreekt … uit"
    for (const v of s.verbs) {
      for (const particle of ['op', 'in', 'uit', 'over']) {
        if (v.startsWith(particle) && v.slice(particle.length).length > 3 && lemma === v.slice(particle.length)) {
          if (a.tokens.slice(i + 1).some((x) => x.lower === particle)) return true;
        }
      }
    }
  }
  // "besloten", "beslist" tagged otherwise
  return /^(besl[io]|besluit)/.test(t.lower) && s.verbs.has('besluiten');
}

export function decisionClaims(a: SentenceAnalysis, s: Settings): DecisionClaim[] {
  const out: DecisionClaim[] = [];
  const measures = measureMentions(a.tokens, a.text).filter((m) => s.measures.has(m.soort));
  if (!measures.length) return out;
  const words = a.tokens.map((t) => normalize(t.lower));
  for (const clause of a.clauses) {
    const [from, to] = clause.tokenRange;
    let verbAt = -1;
    for (let i = from; i <= to && verbAt < 0; i++) if (decidingVerbAt(a, i, s)) verbAt = i;
    // "Wij hebben Sem uit huis geplaatst" alone is no decision: the GI carries out a placement the judge authorised.
    if (verbAt < 0) continue;
    let subject = clauseSubject(a, clause);
    let agentStart = subject?.start;
    if (!subject || !isWriter(subject.text, s)) {
      // passive with the writer as agent: "door de GI is besloten tot …"
      const door = words.indexOf('door', from);
      if (door < 0 || door > to) continue;
      const agent = a.tokens.slice(door + 1, Math.min(to + 1, door + 5));
      const agentText = a.text.slice(agent[0]?.start ?? 0, agent.find((t, k) => k > 0 && t.pos !== 'det' && t.pos !== 'noun' && t.pos !== 'name' && t.pos !== 'pron')?.start ?? agent.at(-1)?.end ?? 0).trim();
      if (!agentText || !isWriter(agentText, s)) continue;
      agentStart = a.tokens[door]!.start;
      subject = undefined;
    }
    if (clause.passive && subject) continue; // "Sem is uit huis geplaatst": the subject underwent it
    // "tijdens de uithuisplaatsing", "na de OTS": a measure as the time or setting of the decision is not its object
    const isSetting = (m: { first: number }) => m.first > 0 && SETTING.has(words[m.first - 1]!) || (m.first > 1 && ['de', 'het', 'een'].includes(words[m.first - 1]!) && SETTING.has(words[m.first - 2]!));
    const after = measures.find((m) => (m.first > verbAt || (m.first >= from && m.last <= to)) && !isSetting(m));
    if (!after) continue;
    // the measure must belong to this decision: in this clause or the infinitive/tot-phrase right after it (no other finite verb between)
    const gapFinite = a.tokens.slice(to + 1, after.first).some((t) => t.verb?.finite);
    if (after.first > to && gapFinite) continue;
    const start = Math.min(agentStart ?? a.tokens[from]!.start, a.tokens[from]!.start);
    const end = Math.max(after.end, a.tokens[verbAt]!.end);
    // verzoek/advies, schriftelijke aanwijzing, contact, "op grond van de machtiging": not a decision on a measure
    let excepted = false;
    const firstTok = a.tokens.findIndex((t) => t.start >= start);
    const lastTok = a.tokens.findIndex((t) => t.end >= end);
    for (let i = firstTok; i <= (lastTok < 0 ? a.tokens.length - 1 : lastTok) && !excepted; i++) {
      if (s.exceptions.matchAt(words, i)) excepted = true;
      const lemma = a.tokens[i]!.verb?.lemma;
      if (lemma && s.requestVerbs.has(normalize(lemma))) excepted = true;
    }
    if (excepted) continue;
    out.push({ start, end, subject: subject?.text ?? '', measure: after.text, soort: after.soort });
  }
  return out;
}

let permission: PhraseSet | undefined;
/** "toestemming vragen aan de rechter": offsets of the phrase. */
export function permissionFraming(a: SentenceAnalysis): { start: number; end: number }[] {
  permission ??= new PhraseSet(lexicon().toestemming.map((i) => i.woord));
  const words = a.tokens.map((t) => normalize(t.lower));
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i < words.length; i++) {
    const n = permission.matchAt(words, i);
    if (n) {
      out.push({ start: a.tokens[i]!.start, end: a.tokens[i + n - 1]!.end });
      i += n - 1;
    }
  }
  return out;
}
