/**
 * zienswijze: every child and every parent or carer has a view in their own
 * words in a zienswijze section (seed 000 art. 12 and toetsingsvraag 4; seed
 * 002 §III.2, §III.5; seed 003 verbeterlijn 2; seed 004 on children from 12).
 */
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { sectionBody } from '../../src/document/index.js';
import type { Document, Section, Sentence } from '../../src/document/types.js';
import type { Rule, RuleContext } from '../../src/engine/types.js';
import type { LexiconItem, SentenceAnalysis } from '../../src/taal/index.js';
import { clauseSubject, firstName, normalize, PhraseSet } from '../../src/taal/index.js';
import { packagePath } from '../../src/util/paths.js';
import { analysisContext, quotedRanges } from '../_gedeeld/context.js';
import { ageAt, firstHeadingSpan, mentionsWord, nameWords, ROLE_WORDS } from '../_gedeeld/familie.js';
import meta from './meta.js';

interface Raw {
  gehoord: LexiconItem[];
  'gehoord-werkwoorden': LexiconItem[];
  'visie-werkwoorden': LexiconItem[];
  'geen-zienswijze': LexiconItem[];
}
let raw: { heard: PhraseSet; heardVerbs: Set<string>; viewVerbs: Set<string>; noView: PhraseSet } | undefined;
export function lexicon() {
  if (!raw) {
    const r = YAML.parse(readFileSync(packagePath('rules/zienswijze/horen.yaml'), 'utf8')) as Raw;
    raw = {
      heard: new PhraseSet(r.gehoord.map((i) => i.woord)),
      heardVerbs: new Set(r['gehoord-werkwoorden'].map((i) => normalize(i.woord))),
      viewVerbs: new Set(r['visie-werkwoorden'].map((i) => normalize(i.woord))),
      noView: new PhraseSet(r['geen-zienswijze'].map((i) => i.woord)),
    };
  }
  return raw;
}

/** A verb of this set (by lemma) in the analysed sentence. */
function hasVerb(a: SentenceAnalysis, lemmas: ReadonlySet<string>): boolean {
  return a.tokens.some((t) => t.verb && lemmas.has(normalize(t.verb.lemma)));
}

/**
 * The sentence says how a young child was heard or observed, or why not. "Met Can is niet gepraat"
 * without a reason is neither: a negated hearing needs a reason ("omdat", "te jong", the child's age).
 */
function describesHearing(x: Analysed): boolean {
  const { heard, heardVerbs } = lexicon();
  if (!hasPhrase(heard, x.s.text) && !hasVerb(x.a, heardVerbs)) return false;
  if (!x.a.negations.length) return true;
  return /\b(omdat|want|vanwege|doordat|aangezien|te jong|leeftijd|jaar|baby|ziek)\b/.test(x.norm) || /\bis (een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf)\b/.test(x.norm);
}

/** The person is the subject of a view verb ("Lotte wil meer zelf beslissen", "Moeder vindt …"), not negated as a refusal. */
function viewBySubject(x: Analysed, named: (t: string) => boolean): boolean {
  const { viewVerbs } = lexicon();
  for (const c of x.a.clauses) {
    if (c.finiteVerb === undefined) continue;
    const subj = clauseSubject(x.a, c);
    if (!subj || !named(subj.text)) continue;
    const verbs = x.a.tokens.slice(c.tokenRange[0], c.tokenRange[1] + 1).filter((t) => t.verb);
    if (verbs.some((t) => viewVerbs.has(normalize(t.verb!.lemma)))) return true;
  }
  return false;
}

export function hasPhrase(set: PhraseSet, text: string): boolean {
  const w = normalize(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  for (let i = 0; i < w.length; i++) if (set.matchAt(w, i)) return true;
  return false;
}

interface Analysed {
  s: Sentence;
  a: SentenceAnalysis;
  norm: string;
  /** The person named by the level-3 heading above this sentence, if any. */
  under: string;
}

/** The sentence without its quoted parts ('Ela: "Ik mis mijn vader."' names Ela, not vader). */
function outsideQuotes(text: string): string {
  let out = text;
  for (const [a, b] of quotedRanges(text).sort((p, q) => q[0] - p[0])) out = out.slice(0, a) + ' ' + out.slice(b);
  return out;
}

/** Does this sentence give the view of a person called by one of `words`, in their own words? */
function givesView(x: Analysed, words: string[]): boolean {
  const named = (t: string) => words.some((w) => mentionsWord(normalize(t), w));
  // an attributed sentence: "Sem vertelt dat …", "Volgens moeder …", "…, zegt vader."
  if (x.a.attributions.some((at) => !at.byWriter && named(at.source))) return true;
  // a quote naming them: 'Sem: "Ik wil naar huis."', '"Ik wil naar huis," zegt Sem.'
  if (/["“„”]/.test(x.s.text) && named(outsideQuotes(x.s.text))) return true;
  // the person as the subject of a view verb ("Moeder wil Tim elke week zien")
  if (viewBySubject(x, named) && !hasPhrase(lexicon().noView, x.s.text)) return true;
  // a quote or first-person line under a heading with their name ("### Sem")
  if (x.under && named(x.under) && (/["“„”]/.test(x.s.text) || /(^|[^\p{L}])(ik|mij|mijn|me)([^\p{L}]|$)/u.test(x.norm) || x.s.inQuote)) return true;
  return false;
}

/** The zienswijze section a finding about this kind of person belongs to (by its heading), else the first. */
function sectionFor(sections: Section[], child: boolean, words: string[]): Section {
  const pick = sections.find((s) => words.some((w) => mentionsWord(s.normalizedHeading, w)));
  if (pick) return pick;
  const re = child ? /\b(kind|kinderen|jongere|jeugdige)\b/ : /\b(ouder|ouders|moeder|vader)\b/;
  return sections.find((s) => re.test(s.normalizedHeading)) ?? sections[0]!;
}

function analyse(doc: Document, ctx: RuleContext, sections: Section[]): Analysed[] {
  const actx = analysisContext(doc);
  const out: Analysed[] = [];
  for (const sec of sections) {
    let under = '';
    for (const i of sec.sentenceIndexes) {
      const s = doc.sentences[i]!;
      if (s.blockKind === 'heading') {
        if (s.span.start.line !== sec.headingSpan.start.line) under = s.text;
        continue;
      }
      out.push({ s, a: ctx.taal.analyze(s.text, actx), norm: normalize(s.text), under });
    }
  }
  return out;
}

const rule: Rule = {
  meta,
  check(doc, ctx) {
    const required = (ctx.options['verplicht-voor'] as string[]) ?? [];
    if (!doc.type || !required.includes(doc.type)) return;
    const fm = doc.frontmatter;
    // besides the built-in headings, an otherwise unknown heading that starts with one of `koppen` ("## Zienswijze", "## Zienswijze moeder")
    const prefixes = ((ctx.options.koppen as string[]) ?? []).map(normalize);
    const sections = doc.sections.filter(
      (s) => s.kind === 'zienswijze' || (s.kind === 'overig' && prefixes.some((p) => s.normalizedHeading === p || s.normalizedHeading.startsWith(p + ' '))),
    );
    if (!sections.length) {
      ctx.report({ span: firstHeadingSpan(doc), messageId: 'geenSectie' });
      return;
    }
    const body = sectionBody(doc, sections, (ctx.options.plaatshouders as string[]) ?? []);
    const head = sections[0]!;
    if (body.state !== 'content') {
      ctx.report({
        span: head.headingSpan,
        messageId: body.state === 'empty' ? 'leeg' : 'plaatshouder',
        data: { kop: head.heading, tekst: body.raw },
      });
      return;
    }
    const sentences = analyse(doc, ctx, sections);
    const { heard, noView } = lexicon();
    const children = fm?.kinderen ?? [];
    const limit = (ctx.options.leeftijd as number) ?? 12;

    for (const k of children) {
      const words = nameWords(k.naam);
      if (!words.length) continue;
      const generic = children.length === 1 ? ['het kind', 'de jongere', 'zoon', 'dochter'] : [];
      if (sentences.some((x) => givesView(x, [...words, ...generic]))) continue;
      const age = k.birthDate && fm?.date ? ageAt(k.birthDate, fm.date) : undefined;
      const naam = k.naam ?? '';
      const sec = sectionFor(sections, true, words);
      if (age === undefined || age >= limit) {
        ctx.report({ span: sec.headingSpan, messageId: 'kindZonderZienswijze', data: { naam, leeftijd: age ?? `${limit} of meer`, kop: sec.heading } });
        continue;
      }
      // a younger child: how the child was heard or observed, or why not
      const about = sentences.filter((x) => [...words, ...generic, 'kinderen', 'baby', 'kind'].some((w) => mentionsWord(x.norm, w)) || (x.under && words.some((w) => mentionsWord(normalize(x.under), w))));
      if (about.some((x) => describesHearing(x))) continue;
      ctx.report({ span: sec.headingSpan, messageId: 'jongKindZonderZienswijze', severity: 'waarschuwing', data: { naam, leeftijd: age, kop: sec.heading } });
    }

    const roles = new Set((ctx.options.rollen as string[]) ?? []);
    for (const p of fm?.betrokkenen ?? []) {
      if (!p.rol || !roles.has(p.rol)) continue;
      const words = [...nameWords(p.naam), ...(ROLE_WORDS[p.rol] ?? [p.rol])];
      const naam = p.naam ? `${p.naam} (${p.rol})` : p.rol;
      if (sentences.some((x) => givesView(x, words))) continue;
      const sec = sectionFor(sections, false, nameWords(p.naam));
      const own = [...nameWords(p.naam), ...(ROLE_WORDS[p.rol] ?? [p.rol]).filter((w) => !/ouders/.test(w))];
      const declared = sentences.find((x) => own.some((w) => mentionsWord(x.norm, w)) && hasPhrase(noView, x.s.text));
      if (declared) {
        const block = doc.blocks[declared.s.blockIndex]!;
        const dated = block.sentenceIndexes.some((i) => ctx.taal.timeReferences(doc.sentences[i]!.text, { ...(fm?.date ? { docDate: fm.date } : {}) }).some((t) => t.precision === 'day' || t.precision === 'month'));
        if (!dated) ctx.report({ span: declared.s.span, messageId: 'ouderZonderDatum', data: { naam: firstName(p.naam) ? p.naam! : p.rol } });
        continue;
      }
      ctx.report({ span: sec.headingSpan, messageId: 'ouderZonderZienswijze', data: { naam, kop: sec.heading } });
    }
  },
};

export default rule;
