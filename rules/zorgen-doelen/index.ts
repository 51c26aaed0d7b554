/**
 * zorgen-doelen: concerns are concrete and tied to a fact, goals are
 * concrete (whose, observable, by when), few, cover the concerns and say when
 * the measure can end (seed 002 §III.2 and aanbeveling 7; seed 001 on few
 * goals and "goed genoeg"). The language cues live in src/taal/goals.ts and
 * the lexicons vage-doelwerkwoorden, zichtbaar-resultaat, vage-zorgen, eindpunt.
 */
import type { Block, Document, Section, Sentence, Span } from '../../src/document/types.js';
import type { ReportDescriptor, Rule } from '../../src/engine/types.js';
import {
  endPointCues,
  firstName,
  hasObservableResult,
  hasTimeAnchor,
  normalize,
  phraseMatches,
  vagueConcerns,
  vagueGoalVerbs,
  type AnalysisContext,
  type Taal,
} from '../../src/taal/index.js';
import { escapeRegExp } from '../../src/util/regexp.js';
import { analysisContext, groundingAttribution, hasFormalSource } from '../_gedeeld/context.js';
import { sectionsOfKind } from '../_gedeeld/secties.js';
import meta from './meta.js';

type Report = Omit<ReportDescriptor, 'message'> & { messageId: string };

/** One concern or one goal: a list item (with its sub-items), a table row or a paragraph. */
export interface Unit {
  sentences: Sentence[];
  text: string;
  span: Span;
}

/** The units of some sections and the notes around them (lead-ins, remarks under a list). */
export function unitsOf(doc: Document, sections: readonly Section[]): { units: Unit[]; notes: Sentence[] } {
  const blocks: Block[] = sections.flatMap((s) => s.blockIndexes.map((i) => doc.blocks[i]!)).filter((b) => b.kind !== 'heading' && !b.tableHeader);
  const sentencesOf = (b: Block) => b.sentenceIndexes.map((i) => doc.sentences[i]!).filter((s) => s.text.trim());
  const hasList = blocks.some((b) => b.kind === 'listItem');
  const hasTable = blocks.some((b) => b.kind === 'tableCell');
  const units: Unit[] = [];
  const notes: Sentence[] = [];
  const make = (sentences: Sentence[]): Unit => ({
    sentences,
    text: sentences.map((s) => s.text).join(' '),
    span: { start: sentences[0]!.span.start, end: sentences[sentences.length - 1]!.span.end },
  });
  let row: { line: number; sentences: Sentence[] } | undefined;
  for (const b of blocks) {
    const ss = sentencesOf(b);
    if (!ss.length) continue;
    if (b.kind === 'listItem') {
      if ((b.listDepth ?? 0) > 0 && units.length) {
        const last = units.pop()!;
        units.push(make([...last.sentences, ...ss]));
      } else units.push(make(ss));
    } else if (b.kind === 'tableCell') {
      if (row && row.line === b.span.start.line) row.sentences.push(...ss);
      else {
        if (row) units.push(make(row.sentences));
        row = { line: b.span.start.line, sentences: [...ss] };
      }
    } else if (hasList || hasTable || ss.every((s) => s.endsWithColon)) notes.push(...ss);
    else {
      const own = ss.filter((s) => !s.endsWithColon);
      notes.push(...ss.filter((s) => s.endsWithColon));
      units.push(make(own));
    }
  }
  if (row) units.push(make(row.sentences));
  return { units, notes };
}

const STOP = new Set(
  [
    'omdat', 'zorgen', 'zorgt', 'zorg', 'moeder', 'vader', 'ouders', 'kinderen', 'hebben', 'heeft', 'hadden', 'worden', 'wordt', 'werden', 'kunnen', 'zullen',
    'gezin', 'situatie', 'jeugdbeschermer', 'gezinsmanager', 'ervoor', 'daardoor', 'wanneer', 'tijdens', 'steeds', 'vaker', 'eerst', 'andere', 'tussen',
    'zonder', 'onder', 'tegen', 'zodat', 'hierdoor', 'daarom', 'alleen', 'komen', 'komt', 'gaan', 'gaat', 'blijft', 'blijven', 'staat', 'staan', 'weten',
    'welke', 'waarin', 'waarbij', 'waardoor', 'hierbij', 'daarbij', 'nodig', 'moeten', 'moet', 'willen', 'maken', 'maakt', 'samen', 'goede', 'voldoende',
    'onvoldoende', 'elkaar', 'zichzelf', 'iedere', 'minder', 'meer', 'sinds', 'nadat', 'voordat', 'zoals', 'ondanks', 'echter', 'wordt', 'weer', 'altijd',
    'nooit', 'zijn', 'haar', 'hun', 'deze', 'dit', 'die', 'dat', 'dan', 'door', 'over', 'binnen', 'buiten', 'zelf', 'hulp', 'maanden', 'weken', 'jaar',
  ].map((w) => w.slice(0, 5)),
);

/** Content stems (first five letters of words of five letters or more), without names and common words. */
export function stems(text: string, names: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/[\p{L}\p{M}]+/gu)) {
    const w = normalize(m[0]);
    if (w.length < 5 || names.has(w)) continue;
    const st = w.slice(0, 5);
    if (!STOP.has(st)) out.add(st);
  }
  return out;
}

const GROUP_WORDS = /\b(?:de|alle|beide|hun|haar|zijn)\s+(?:\S+\s+)?(?:kinderen|broertjes|zusjes|broers|zussen|jongens|meisjes)\b/iu;

const FAMILY_WORDS = /\b(?:ouders?|moeder|vader|mama|papa|thuis|huis|gezin|huishouden|pleegouders?|verzorgers?)\b/iu;
const SIBLING_WORDS = /\b(?:broertje|zusje|broer|zus|broers|zussen|broertjes|zusjes|kinderen|gezin)\b/iu;

/** Does the goal text name a person the concern names ("moeder", "Sem"), with "ouders" for either parent and "kinderen" for any child? */
export function sharesPerson(concern: string, goals: string, doc: Document): boolean {
  const who = (t: string) => {
    const out = new Set<string>();
    const l = t.toLowerCase();
    if (/\b(?:moeder|mama)\b/.test(l)) out.add('moeder');
    if (/\b(?:vader|papa)\b/.test(l)) out.add('vader');
    if (/\bouders\b/.test(l)) out.add('moeder').add('vader');
    if (/\b(?:kinderen|kind)\b/.test(l)) for (const k of doc.frontmatter?.kinderen ?? []) out.add(firstName(k.naam) ?? '');
    for (const p of [...(doc.frontmatter?.kinderen ?? []), ...(doc.frontmatter?.betrokkenen ?? [])]) {
      const f = firstName(p.naam);
      if (f && new RegExp(`(^|[^\\p{L}])${escapeRegExp(f)}([^\\p{L}]|$)`, 'iu').test(t)) out.add(f);
    }
    out.delete('');
    return out;
  };
  const c = who(concern);
  if (!c.size) return false;
  const g = who(goals);
  return [...c].some((x) => g.has(x));
}

function names(doc: Document): Set<string> {
  const out = new Set<string>();
  for (const p of [...(doc.frontmatter?.kinderen ?? []), ...(doc.frontmatter?.betrokkenen ?? [])]) {
    for (const part of p.naam?.split(/\s+/) ?? []) out.add(normalize(part));
  }
  return out;
}

function firstNameWritten(naam: string | undefined): string | undefined {
  const f = firstName(naam);
  return naam?.split(/\s+/).find((x) => x.toLowerCase() === f);
}

/** Is the concern tied to a fact: a date, a source, an attribution, a number, a reference to the feiten, or key words that the feiten use too? */
function tiedToFact(u: Unit, taal: Taal, actx: AnalysisContext, factStems: Set<string>, nameSet: Set<string>): boolean {
  if (u.sentences.some((s) => hasFormalSource(s))) return true;
  if (/\bzie\b|\bfeiten\b|\bparagraaf\b|§|\d/iu.test(u.text)) return true;
  for (const s of u.sentences) {
    const a = taal.analyze(s.text, actx);
    if (a.timeReferences.length || groundingAttribution(a)) return true;
  }
  return [...stems(u.text, nameSet)].some((st) => factStems.has(st));
}

/** Vague concerns without a fact in the same concern. */
export function vagueConcernFindings(u: Unit, lexicon: ReadonlySet<string>, tied: boolean): Report[] {
  if (tied) return [];
  const out: Report[] = [];
  for (const s of u.sentences) {
    for (const m of vagueConcerns(s.text, lexicon)) out.push({ span: s.spanOf(m.start, m.end), messageId: 'vageZorg', data: { tekst: m.text } });
  }
  return out;
}

/** Vague goal verbs when the goal names no observable result. */
export function vagueGoalFindings(u: Unit, verbs: ReadonlySet<string>, observable: ReadonlySet<string>): Report[] {
  if (hasObservableResult(u.text, observable)) return [];
  for (const s of u.sentences) {
    const m = vagueGoalVerbs(s.text, verbs)[0];
    if (m) return [{ span: s.spanOf(m.start, m.end), messageId: 'vaagDoel', data: { tekst: m.text } }];
  }
  return [];
}

/** The goal names whose goal it is (a person, a role, a pronoun, "we"). */
export function namesWho(u: Unit, taal: Taal, actx: AnalysisContext): boolean {
  if (/\b(?:wij|we|ik|iedereen|gezin|netwerk|school|leerkracht|mentor)\b/iu.test(u.text)) return true;
  // An organisation is someone too ("De ondersteuning van MEE loopt door"): an acronym or a known organisation.
  if (/(?<![\p{L}])\p{Lu}{2,}(?![\p{L}])/u.test(u.text)) return true;
  if (phraseMatches(u.text, taal.lexicon('organisaties')).length) return true;
  return u.sentences.some((s) => taal.analyze(s.text, actx).persons.length > 0);
}

const rule: Rule = {
  meta,
  check(doc, ctx) {
    const checks = new Set((ctx.options.controles as string[] | undefined) ?? (meta.defaultOptions!.controles as string[]));
    const max = (ctx.options['max-doelen'] as number | undefined) ?? 5;
    const endMode = (ctx.options.eindpunt as string | undefined) ?? 'maatregel';
    const actx = analysisContext(doc);
    const nameSet = names(doc);
    const zorgSections = sectionsOfKind(doc, 'zorgen');
    const doelSections = sectionsOfKind(doc, 'doelen');
    const zorgen = unitsOf(doc, zorgSections);
    const doelen = unitsOf(doc, doelSections);
    const reports: Report[] = [];

    // Concerns.
    const factText = sectionsOfKind(doc, 'feiten').map((s) => doc.text.slice(s.headingSpan.end.offset, s.span.end.offset)).join('\n');
    const factStems = stems(factText, nameSet);
    const goalStems = stems(doelen.units.map((u) => u.text).join(' '), nameSet);
    const goalHeading = doelSections[0];
    const goalText = doelen.units.map((u) => u.text).join(' ');
    for (const u of zorgen.units) {
      const tied = tiedToFact(u, ctx.taal, actx, factStems, nameSet);
      const vague = checks.has('vage-zorg') ? vagueConcernFindings(u, ctx.taal.lexicon('vage-zorgen'), tied) : [];
      reports.push(...vague);
      if (!tied && !vague.length && checks.has('zorg-zonder-feit')) {
        reports.push({ span: u.sentences[0]!.span, messageId: 'zorgZonderFeit' });
      }
      if (checks.has('zorg-zonder-doel') && goalHeading && doelen.units.length) {
        const own = stems(u.text, nameSet);
        if (own.size >= 2 && ![...own].some((st) => goalStems.has(st)) && !sharesPerson(u.text, goalText, doc)) {
          reports.push({ span: u.sentences[0]!.span, messageId: 'zorgZonderDoel', data: { kop: goalHeading.heading, regel: goalHeading.headingSpan.start.line } });
        }
      }
    }
    const kids = doc.frontmatter?.kinderen ?? [];
    if (checks.has('kind-zonder-zorg') && kids.length > 1 && zorgSections.length && zorgen.units.length) {
      const text = zorgen.units.map((u) => u.text).join(' ') + ' ' + zorgen.notes.map((s) => s.text).join(' ');
      const named = kids.filter((k) => {
        const n = firstNameWritten(k.naam);
        return n !== undefined && new RegExp(`(^|[^\\p{L}])${escapeRegExp(n)}([^\\p{L}]|$)`, 'iu').test(text);
      });
      // Only when the concerns are written per child (one is named) and no word covers the others.
      // A concern about the parents or the household ("ouders", "thuis", "gezin") concerns every child.
      if (named.length > 0 && !GROUP_WORDS.test(text) && !SIBLING_WORDS.test(text) && !FAMILY_WORDS.test(text)) {
        for (const k of kids) {
          const n = firstNameWritten(k.naam);
          if (!n || new RegExp(`(^|[^\\p{L}])${escapeRegExp(n)}([^\\p{L}]|$)`, 'iu').test(text)) continue;
          reports.push({ span: zorgSections[0]!.headingSpan, messageId: 'kindZonderZorg', data: { kop: zorgSections[0]!.heading, naam: n } });
        }
      }
    }

    // Goals.
    if (goalHeading && doelen.units.length) {
      const verbs = ctx.taal.lexicon('vage-doelwerkwoorden');
      const observable = ctx.taal.lexicon('zichtbaar-resultaat');
      // A time frame for the plan as a whole (a note under the goals, the agreements) covers every goal.
      const afspraken = sectionsOfKind(doc, 'afspraken').map((s) => doc.text.slice(s.headingSpan.end.offset, s.span.end.offset)).join('\n');
      const sectionAnchor = doelen.notes.some((s) => hasTimeAnchor(s.text)) || hasTimeAnchor(afspraken);
      for (const u of doelen.units) {
        if (checks.has('vaag-doel')) reports.push(...vagueGoalFindings(u, verbs, observable));
        if (checks.has('doel-zonder-wie') && !namesWho(u, ctx.taal, actx)) reports.push({ span: u.sentences[0]!.span, messageId: 'doelZonderWie' });
        if (checks.has('doel-zonder-tijd') && !sectionAnchor && !hasTimeAnchor(u.text)) reports.push({ span: u.sentences[0]!.span, messageId: 'doelZonderTijd' });
      }
      if (checks.has('aantal-doelen') && doelen.units.length > max) {
        reports.push({ span: goalHeading.headingSpan, messageId: 'teveelDoelen', data: { kop: goalHeading.heading, aantal: doelen.units.length, max } });
      }
      const fm = doc.frontmatter;
      const underMeasure = fm?.kader === 'gedwongen' || (fm?.maatregelen ?? []).some((m) => m.status !== 'geëindigd');
      if (checks.has('eindpunt') && (endMode === 'altijd' || (endMode === 'maatregel' && underMeasure))) {
        const lex = ctx.taal.lexicon('eindpunt');
        const where = [...doelSections, ...sectionsOfKind(doc, 'afspraken'), ...sectionsOfKind(doc, 'analyse')];
        const text = where.map((s) => doc.text.slice(s.headingSpan.end.offset, s.span.end.offset)).join('\n');
        if (!endPointCues(text, lex).length) reports.push({ span: goalHeading.headingSpan, messageId: 'geenEindpunt', data: { kop: goalHeading.heading } });
      }
    }
    for (const r of reports) ctx.report(r);
  },
};

export default rule;
