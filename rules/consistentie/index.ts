/**
 * consistentie: places in the document that must agree do (seed 002 §III.1,
 * aanbeveling 3: factual errors are corrected before they spread). Each check
 * is a small named detector; each finding names both places. Children are
 * matched by name, never by position, so one child's bad birth date cannot
 * shift another child's findings.
 */
import type { Child, Document, Person, Sentence, SourceEntry, Span } from '../../src/document/types.js';
import type { ReportDescriptor, Rule } from '../../src/engine/types.js';
import {
  ageMentions,
  ageOn,
  childCounts,
  firstName,
  kinMentions,
  schoolGroups,
  usualAgesForGroup,
  weekdayDates,
  type SentenceAnalysis,
  type Taal,
} from '../../src/taal/index.js';
import { escapeRegExp } from '../../src/util/regexp.js';
import { analysisContext } from '../_gedeeld/context.js';
import meta from './meta.js';

type Report = Omit<ReportDescriptor, 'message'> & { messageId: string };

/** dd-mm-jjjj */
export function dutchDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}-${p(d.getUTCMonth() + 1)}-${d.getUTCFullYear()}`;
}

interface Facts {
  doc: Document;
  now?: Date;
  nowLine: number;
  children: Child[];
  people: Person[];
  sentences: Sentence[];
  /** The analysis of a sentence, computed on first use (most sentences need none). */
  analysis(s: Sentence): SentenceAnalysis;
}

const line = (span: Span) => span.start.line;

/** The line of a top-level frontmatter key ("kinderen:"), for messages. */
function keyLine(doc: Document, key: string): number | undefined {
  const fm = doc.frontmatter;
  if (!fm) return undefined;
  const m = new RegExp(`^${key}:`, 'm').exec(doc.text.slice(fm.span.start.offset, fm.span.end.offset));
  return m ? doc.pointAt(fm.span.start.offset + m.index).line : fm.keySpans[key]?.start.line;
}

function sentenceSpan(s: Sentence, start: number, end: number): Span {
  return s.spanOf(start, end);
}

/** A child by first name, only if exactly one child has that first name. */
function childNamed(children: Child[], name: string): Child | undefined {
  const hits = children.filter((k) => firstName(k.naam) === name.toLowerCase());
  return hits.length === 1 ? hits[0] : undefined;
}

/** A birth date that can be used: present and not after the document date. */
function usableBirth(k: Child | undefined, now: Date | undefined): Date | undefined {
  if (!k?.birthDate || !now || k.birthDate > now) return undefined;
  return k.birthDate;
}

const PAST = new Set(['past', 'perfect', 'pluperfect']);

/** Every clause with a finite verb is in a past tense (and there is one). */
function allPast(a: SentenceAnalysis): boolean {
  const finite = a.clauses.filter((c) => c.tense !== 'none');
  return finite.length > 0 && finite.every((c) => PAST.has(c.tense));
}

/** The date an age or group in this sentence refers to: the document date, or the one day/month date in the sentence; undefined when unclear. */
function referenceDate(a: SentenceAnalysis, now: Date): { date: Date; endDate: Date } | undefined {
  const abs = a.timeReferences.filter((t) => t.kind === 'absolute');
  if (abs.length === 0) return a.tense === 'past' || a.tense === 'pluperfect' ? undefined : { date: now, endDate: now };
  if (abs.length === 1 && abs[0]!.precision !== 'year') return { date: abs[0]!.date, endDate: abs[0]!.endDate ?? abs[0]!.date };
  return undefined;
}

/** "Sem (13 jaar)", "de 15-jarige Sem": the stated age against the birth date. */
export function ageContradictions(f: Facts): Report[] {
  const out: Report[] = [];
  if (!f.now) return out;
  for (const s of f.sentences) {
    const mentions = ageMentions(s.text);
    if (!mentions.length) continue;
    const a = f.analysis(s);
    for (const m of mentions) {
      const kid = m.name ? childNamed(f.children, m.name) : f.children.length === 1 ? f.children[0] : undefined;
      const birth = usableBirth(kid, f.now);
      if (!kid || !birth) continue;
      const ref = referenceDate(a, f.now);
      if (!ref) continue;
      const lo = ageOn(birth, ref.date);
      const hi = ageOn(birth, ref.endDate);
      if (m.age >= lo && m.age <= hi) continue;
      const span = sentenceSpan(s, m.start, m.end);
      out.push({
        span,
        messageId: 'leeftijd',
        data: { regel: line(span), genoemd: m.age, geboorteregel: line(kid.span), naam: firstNameAsWritten(kid), peildatum: dutchDate(ref.date), werkelijk: lo },
      });
    }
  }
  return out;
}

function firstNameAsWritten(p: { naam?: string }): string {
  const f = firstName(p.naam);
  const parts = p.naam?.trim().split(/\s+/) ?? [];
  return parts.find((x) => x.toLowerCase() === f) ?? p.naam ?? '';
}

/** "Sem zit in groep 7" when Sem is 6: the school group against the age on the document date. */
export function schoolGroupContradictions(f: Facts): Report[] {
  const out: Report[] = [];
  if (!f.now) return out;
  for (const s of f.sentences) {
    const groups = schoolGroups(s.text);
    if (!groups.length) continue;
    const a = f.analysis(s);
    if (PAST.has(a.tense) || a.timeReferences.some((t) => t.kind === 'absolute')) continue;
    const named = f.children.filter((k) => {
      const n = firstNameAsWritten(k);
      return n && new RegExp(`(^|[^\\p{L}])${escapeRegExp(n)}([^\\p{L}]|$)`, 'u').test(s.text);
    });
    if (named.length !== 1) continue;
    const kid = named[0]!;
    const birth = usableBirth(kid, f.now);
    if (!birth) continue;
    for (const g of groups) {
      const before = s.text.slice(Math.max(0, g.start - 40), g.start);
      // The child's own group: "zit in groep 7", "gaat naar groep 7", "(groep 7)", ", groep 7", "leerling van groep 7".
      if (!/(?:\b(?:zit|zitten|gaat|komt)\s+(?:nu\s+|inmiddels\s+|sinds\s+kort\s+)?(?:in|naar)|\(|,|\bleerling\s+(?:van|uit|in))\s*$/iu.test(before)) continue;
      const age = ageOn(birth, f.now);
      const [van, tot] = usualAgesForGroup(g.group);
      if (age >= van && age <= tot) continue;
      const span = sentenceSpan(s, g.start, g.end);
      out.push({
        span,
        messageId: 'groep',
        data: { regel: line(span), naam: firstNameAsWritten(kid), groep: g.text, geboorteregel: line(kid.span), peildatum: dutchDate(f.now), werkelijk: age, van, tot },
      });
    }
  }
  return out;
}

const PARENT_WORDS: Record<string, string[]> = {
  moeder: ['moeder', 'mama', 'mam', 'moeders'],
  vader: ['vader', 'papa', 'pap', 'vaders'],
  ouder: ['ouder'],
  verzorger: ['verzorger', 'verzorgster'],
  pleegouder: ['pleegouder', 'pleegmoeder', 'pleegvader'],
  stiefouder: ['stiefouder', 'stiefvader', 'stiefmoeder'],
};

function mentioned(body: string, word: string): boolean {
  return new RegExp(`(^|[^\\p{L}])${escapeRegExp(word)}([^\\p{L}]|$)`, 'iu').test(body);
}

/** The Kindcheck: every child and parent in the frontmatter is mentioned in the text. */
export function unmentionedPeople(f: Facts, parentRoles: readonly string[]): Report[] {
  const out: Report[] = [];
  // The running text, without headings ("## Zienswijze ouders" does not mention the parents).
  const body = f.sentences.map((s) => s.text).join('\n');
  if (!body.trim()) return out;
  for (const k of f.children) {
    const n = firstNameAsWritten(k);
    if (!n) continue;
    if (mentioned(body, n) || (k.naam && mentioned(body, k.naam))) continue;
    out.push({ span: k.span, messageId: 'kindNietGenoemd', data: { naam: k.naam ?? n, regel: line(k.span) } });
  }
  const sameRole = (rol: string) => f.people.filter((p) => p.rol === rol).length;
  for (const p of f.people) {
    if (!p.rol || !parentRoles.includes(p.rol)) continue;
    const n = firstNameAsWritten(p);
    const surname = p.naam?.trim().split(/\s+/).slice(1).join(' ');
    const words = [n, p.naam, ...(sameRole(p.rol) === 1 ? (PARENT_WORDS[p.rol] ?? [p.rol]) : []), 'ouders', 'beide ouders'].filter((x): x is string => Boolean(x));
    if (words.some((w) => mentioned(body, w))) continue;
    if (surname && new RegExp(`(mevrouw|mevr\\.?|mw\\.?|meneer|dhr\\.?|de heer)\\s+${escapeRegExp(surname)}`, 'iu').test(body)) continue;
    out.push({ span: p.span, messageId: 'ouderNietGenoemd', data: { naam: p.naam ?? p.rol, rol: p.rol, regel: line(p.span) } });
  }
  return out;
}

const KIN_TO_ROLES: Record<string, string[]> = {
  moeder: ['moeder'],
  vader: ['vader'],
  stiefouder: ['stiefouder'],
  pleegouder: ['pleegouder'],
};
const GENERIC_ROLES = new Set(['ouder', 'verzorger', 'overig']);

/** "zijn zusje Mila" with no Mila in the frontmatter, and "zijn vader Lisa" when Lisa is the mother. */
export function familyContradictions(f: Facts, checks: Set<string>): Report[] {
  const out: Report[] = [];
  const fm = f.doc.frontmatter;
  if (!fm || (!f.children.length && !f.people.length)) return out;
  const kopregel = keyLine(f.doc, 'kinderen') ?? keyLine(f.doc, 'betrokkenen') ?? fm.span.start.line;
  const names = new Set<string>();
  for (const p of [...f.children, ...f.people]) for (const part of p.naam?.toLowerCase().split(/\s+/) ?? []) names.add(part);
  const reported = new Set<string>();
  for (const s of f.sentences) {
    for (const m of kinMentions(s.text)) {
      const lower = m.name.toLowerCase();
      const span = sentenceSpan(s, m.nameStart, m.nameEnd);
      if (!names.has(lower)) {
        if (!checks.has('familie') || reported.has(lower)) continue;
        reported.add(lower);
        out.push({ span, messageId: 'familieNietInKopje', data: { regel: line(span), tekst: m.text, naam: m.name, kopregel } });
        continue;
      }
      if (!checks.has('rol')) continue;
      const kid = f.children.find((k) => firstName(k.naam) === lower);
      const person = f.people.find((p) => firstName(p.naam) === lower);
      let rolkopje: string | undefined;
      let kop: Span | undefined;
      if (m.role === 'kind' && person && !kid && person.rol && !GENERIC_ROLES.has(person.rol) && person.rol !== 'grootouder') {
        rolkopje = person.rol;
        kop = person.span;
      } else if (m.role !== 'kind' && kid && !person) {
        rolkopje = 'kind';
        kop = kid.span;
      } else if (m.role !== 'kind' && person?.rol && !GENERIC_ROLES.has(person.rol) && !(KIN_TO_ROLES[m.role] ?? []).includes(person.rol)) {
        rolkopje = person.rol;
        kop = person.span;
      }
      if (rolkopje && kop) out.push({ span, messageId: 'rolTegenspraak', data: { regel: line(span), naam: m.name, roltekst: m.roleWord, kopregel: line(kop), rolkopje } });
    }
  }
  return out;
}

/** "de drie kinderen" when the frontmatter has two. */
export function countContradictions(f: Facts): Report[] {
  const out: Report[] = [];
  const n = f.children.length;
  const kop = keyLine(f.doc, 'kinderen');
  if (!n || !kop) return out;
  for (const s of f.sentences) {
    for (const c of childCounts(s.text)) {
      if (c.count === n) continue;
      const span = sentenceSpan(s, c.start, c.end);
      out.push({ span, messageId: 'aantal', data: { regel: line(span), tekst: c.text, kopregel: kop, aantal: n } });
    }
  }
  return out;
}

/** Birth dates and source dates after the document date (frontmatter entries). */
export function frontmatterDatesAfterDocument(f: Facts): Report[] {
  const out: Report[] = [];
  if (!f.now) return out;
  const datum = dutchDate(f.now);
  for (const k of f.children) {
    if (k.birthDate && k.birthDate > f.now) {
      out.push({ span: k.span, messageId: 'geboortedatumNaDatum', data: { naam: k.naam ?? '?', geboortedatum: dutchDate(k.birthDate), regel: line(k.span), datum, datumregel: f.nowLine } });
    }
  }
  for (const b of f.doc.frontmatter?.bronnen ?? []) {
    if (b.date && b.date > f.now) {
      out.push({ span: b.span, messageId: 'bronNaDatum', data: { id: b.id, brondatum: dutchDate(b.date), regel: line(b.span), datum, datumregel: f.nowLine } });
    }
  }
  return out;
}

const YEAR = /\b(?:19|20)\d{2}\b/;
const DEADLINE = /\b(?:voor|vóór|uiterlijk|tot|binnen|na|vanaf|per)\s+(?:de|het)?\s*$/iu;

/** An event told in the past tense on a date after the document date. */
export function pastEventsAfterDocument(f: Facts): Report[] {
  const out: Report[] = [];
  if (!f.now) return out;
  for (const s of f.sentences) {
    // Goals and agreements are plans: "is voor 1 februari geweest" is a deadline.
    if (s.sectionKind === 'doelen' || s.sectionKind === 'afspraken') continue;
    if (!YEAR.test(s.text)) continue; // a date after the document date has a year
    const a = f.analysis(s);
    if (!a.timeReferences.length || !allPast(a)) continue;
    for (const t of a.timeReferences) {
      if (t.kind !== 'absolute' || t.since || t.date <= f.now) continue;
      if (DEADLINE.test(s.text.slice(Math.max(0, t.start - 12), t.start))) continue;
      const span = sentenceSpan(s, t.start, t.end);
      out.push({ span, messageId: 'gebeurtenisNaDatum', data: { regel: line(span), tekst: t.text, datum: dutchDate(f.now), datumregel: f.nowLine } });
    }
  }
  return out;
}

/** "maandag 4 maart 2025" when 4 March 2025 is a Tuesday. */
export function weekdayContradictions(f: Facts): Report[] {
  const out: Report[] = [];
  for (const s of f.sentences) {
    for (const w of weekdayDates(s.text)) {
      if (w.written === w.actual) continue;
      const span = sentenceSpan(s, w.start, w.end);
      out.push({ span, messageId: 'weekdag', data: { regel: line(span), tekst: w.text, datum: dutchDate(w.date), werkelijk: w.actual } });
    }
  }
  return out;
}

/** A past event dated after every source the sentence cites: the sources cannot tell it. */
export function citationDateContradictions(f: Facts): Report[] {
  const out: Report[] = [];
  const byId = new Map<string, SourceEntry>((f.doc.frontmatter?.bronnen ?? []).map((b) => [b.id, b]));
  for (const s of f.sentences) {
    if (!s.citations.length || !YEAR.test(s.text)) continue;
    const cited = s.citations.map((c) => byId.get(c.id));
    if (cited.some((b) => !b?.date)) continue;
    const a = f.analysis(s);
    if (!allPast(a)) continue;
    let latest = cited[0]!;
    for (const b of cited) if (b!.date! > latest.date!) latest = b!;
    for (const t of a.timeReferences) {
      if (t.kind !== 'absolute' || t.precision !== 'day' || t.date <= latest.date!) continue;
      if (f.now && t.date > f.now) continue; // reported as an event after the document date
      const span = sentenceSpan(s, t.start, t.end);
      out.push({ span, messageId: 'bronDatum', data: { regel: line(span), tekst: t.text, id: `[@${latest.id}]`, bronregel: line(latest.span), brondatum: dutchDate(latest.date!) } });
    }
  }
  return out;
}

function facts(doc: Document, taal: Taal): Facts {
  const fm = doc.frontmatter;
  const actx = analysisContext(doc);
  const sentences = doc.sentences.filter((s) => s.blockKind !== 'heading' && !s.tableHeader);
  const analyses = new Map<number, SentenceAnalysis>();
  const analysis = (s: Sentence) => {
    let a = analyses.get(s.index);
    if (!a) {
      a = taal.analyze(s.text, actx);
      analyses.set(s.index, a);
    }
    return a;
  };
  return {
    doc,
    ...(fm?.date ? { now: fm.date } : {}),
    nowLine: fm?.keySpans.datum?.start.line ?? 1,
    children: fm?.kinderen ?? [],
    people: fm?.betrokkenen ?? [],
    sentences,
    analysis,
  };
}

const rule: Rule = {
  meta,
  check(doc, ctx) {
    if (!doc.frontmatter) return;
    const checks = new Set((ctx.options.controles as string[] | undefined) ?? meta.defaultOptions!.controles as string[]);
    const parentRoles = (ctx.options['ouder-rollen'] as string[] | undefined) ?? [];
    const f = facts(doc, ctx.taal);
    const reports: Report[] = [
      ...(checks.has('datums') ? frontmatterDatesAfterDocument(f) : []),
      ...(checks.has('kindcheck') ? unmentionedPeople(f, parentRoles) : []),
      ...(checks.has('leeftijd') ? ageContradictions(f) : []),
      ...(checks.has('groep') ? schoolGroupContradictions(f) : []),
      ...familyContradictions(f, checks),
      ...(checks.has('aantal') ? countContradictions(f) : []),
      ...(checks.has('datums') ? pastEventsAfterDocument(f) : []),
      ...(checks.has('weekdag') ? weekdayContradictions(f) : []),
      ...(checks.has('bron-datum') ? citationDateContradictions(f) : []),
    ];
    for (const r of reports) ctx.report(r);
  },
};

export default rule;
