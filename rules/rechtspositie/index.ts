/**
 * rechtspositie: the document tells the family how to complain, who can
 * support them and which rights they have (seed 002 §III.6 and aanbevelingen
 * 5 and 22; seed 004 §2.4; seed 000). The items and when each is required
 * are configuration (`items`).
 */
import { sectionBody } from '../../src/document/index.js';
import type { Document, Section, Span } from '../../src/document/types.js';
import type { Rule } from '../../src/engine/types.js';
import { normalize } from '../../src/taal/index.js';
import { ageAt, firstHeadingSpan, mentionsWord, nameWords } from '../_gedeeld/familie.js';
import meta from './meta.js';

export interface Item {
  id: string;
  naam: string;
  woorden: string[];
  'ook-kind'?: boolean;
  maatregelen?: string[];
  status?: string[];
  kader?: string[];
}

/** Is this item required for this document (by its frame, measures and children's ages)? */
export function required(doc: Document, item: Item, age: number): boolean {
  const fm = doc.frontmatter;
  if (item.kader && (!fm?.kader || !item.kader.includes(fm.kader))) return false;
  if (item.maatregelen) {
    const hit = (fm?.maatregelen ?? []).some(
      (m) => m.soort && item.maatregelen!.includes(m.soort) && (!item.status || item.status.includes(m.status ?? 'lopend')),
    );
    if (!hit) return false;
  }
  if (item['ook-kind']) return olderChildren(doc, age).length > 0;
  return true;
}

function olderChildren(doc: Document, age: number) {
  const fm = doc.frontmatter;
  return (fm?.kinderen ?? []).filter((k) => k.birthDate && fm?.date && ageAt(k.birthDate, fm.date) >= age);
}

const CHILD_WORDS = ['kind', 'kinderen', 'jongere', 'jongeren', 'jij', 'je', 'jou', 'jouw', 'zoon', 'dochter', 'minderjarige'];

/** Is the item named in these sentences (for a child item: in a sentence that also names the child)? */
export function covered(sentences: string[], item: Item, childWords: string[]): boolean {
  return sentences.some((t) => {
    const n = normalize(t);
    if (!item.woorden.some((w) => mentionsWord(n, w))) return false;
    return !item['ook-kind'] || childWords.some((w) => mentionsWord(n, w));
  });
}

/** Complaint information only in a footnote or in the document's last block. */
function hiddenComplaint(doc: Document, item: Item | undefined): Span | undefined {
  if (!item) return undefined;
  const fn = doc.footnoteDefinitions.find((f) => item.woorden.some((w) => mentionsWord(normalize(f.text), w)));
  if (fn) return fn.span;
  const last = [...doc.blocks].reverse().find((b) => b.kind !== 'heading' && b.sentenceIndexes.length);
  if (last && last.sentenceIndexes.some((i) => item.woorden.some((w) => mentionsWord(normalize(doc.sentences[i]!.text), w)))) {
    return doc.sentences[last.sentenceIndexes[0]!]!.span;
  }
  return undefined;
}

const rule: Rule = {
  meta,
  check(doc, ctx) {
    const types = (ctx.options['verplicht-voor'] as string[]) ?? [];
    if (!doc.type || !types.includes(doc.type)) return;
    // Which items are needed follows from `kader` and `maatregelen`; without either the rule stays silent (unless configured).
    const fm = doc.frontmatter;
    if (!fm?.kader && !fm?.maatregelen.length && ctx.options['zonder-kader'] !== 'controleren') return;
    const age = (ctx.options.leeftijd as number) ?? 12;
    const items = ((ctx.options.items as Item[]) ?? []).map((i) => ({ ...i, woorden: i.woorden.map(normalize) }));
    const needed = items.filter((i) => required(doc, i, age));
    if (!needed.length) return;
    const kinds = (ctx.options.secties as string[]) ?? ['rechtspositie'];
    const sections: Section[] = doc.sections.filter((s) => kinds.includes(s.kind));
    const list = needed.map((i) => i.naam).join('; ');
    if (!sections.length) {
      const hidden = hiddenComplaint(doc, needed.find((i) => i.id === 'klacht'));
      if (hidden) ctx.report({ span: hidden, messageId: 'verstopt' });
      else ctx.report({ span: firstHeadingSpan(doc), messageId: 'geenSectie', data: { items: list } });
      return;
    }
    const head = sections[0]!;
    const body = sectionBody(doc, sections);
    if (body.state !== 'content') {
      ctx.report({ span: head.headingSpan, messageId: 'leeg', data: { kop: head.heading, items: list } });
      return;
    }
    const sentences = sections.flatMap((s) => s.sentenceIndexes.map((i) => doc.sentences[i]!).filter((x) => x.blockKind !== 'heading').map((x) => x.text));
    const childWords = [...CHILD_WORDS, ...olderChildren(doc, age).flatMap((k) => nameWords(k.naam))];
    for (const item of needed) {
      if (covered(sentences, item, childWords)) continue;
      ctx.report({ span: head.headingSpan, messageId: 'ontbreekt', data: { kop: head.heading, item: item.naam }, key: `ontbreekt:${item.id}` });
    }
  },
};

export default rule;
