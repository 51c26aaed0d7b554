/**
 * krachten: the document names what goes well (seed 002 §III.1; seed 001
 * on strengths and network): a krachten section exists where the document
 * type requires it, is not empty or a placeholder, names at least one
 * strength of every child and every parent or carer, and is not dwarfed by
 * the concerns.
 */
import { sectionBody } from '../../src/document/index.js';
import type { Document, Section } from '../../src/document/types.js';
import type { Rule } from '../../src/engine/types.js';
import { firstName, normalize } from '../../src/taal/index.js';
import meta from './meta.js';
import { escapeRegExp } from '../../src/util/regexp.js';

const ROLE_WORDS: Record<string, string[]> = {
  moeder: ['moeder', 'mama', 'mam', 'ouders', 'ouder', 'beide ouders'],
  vader: ['vader', 'papa', 'pap', 'ouders', 'ouder', 'beide ouders'],
  ouder: ['ouder', 'ouders'],
  verzorger: ['verzorger', 'verzorgers', 'ouders'],
  pleegouder: ['pleegouder', 'pleegouders', 'pleegmoeder', 'pleegvader', 'pleeggezin'],
  stiefouder: ['stiefouder', 'stiefvader', 'stiefmoeder', 'ouders'],
  grootouder: ['grootouder', 'grootouders', 'oma', 'opa', 'grootmoeder', 'grootvader'],
};

function sentenceCount(doc: Document, sections: Section[]): number {
  return sections.reduce((n, s) => n + s.sentenceIndexes.filter((i) => doc.sentences[i]!.blockKind !== 'heading').length, 0);
}

function mentions(textNorm: string, word: string): boolean {
  const w = escapeRegExp(normalize(word));
  return new RegExp(`(^|[^\\p{L}])${w}([^\\p{L}]|$)`, 'u').test(textNorm);
}

/**
 * A group word for the children ("de kinderen", "beide kinderen") names them; after a
 * possessive ("haar kinderen", "zijn zoon") it is the object of a parent's strength.
 */
function mentionsGroup(textNorm: string, word: string): boolean {
  const w = escapeRegExp(normalize(word));
  return new RegExp(`(^|[^\\p{L}])(?<!\\b(?:haar|zijn|hun|mijn|onze|ons|jouw|uw)\\s+(?:\\p{L}+\\s+)?)${w}([^\\p{L}]|$)`, 'u').test(textNorm);
}

/** "mevrouw De Vries", "dhr. Bakker": the surname after a title names an adult. */
function mentionsByTitle(textNorm: string, naam: string | undefined): boolean {
  const parts = naam?.trim().split(/\s+/) ?? [];
  if (parts.length < 2) return false;
  const surname = escapeRegExp(normalize(parts.slice(1).join(' ')));
  return new RegExp(`(^|[^\\p{L}])(mevrouw|mevr\\.?|mw\\.?|meneer|dhr\\.?|de heer)\\s+${surname}([^\\p{L}]|$)`, 'u').test(textNorm);
}

const rule: Rule = {
  meta,
  check(doc, ctx) {
    const required = (ctx.options['verplicht-voor'] as string[]) ?? [];
    if (!doc.type || !required.includes(doc.type)) return;
    const krachten = doc.sections.filter((s) => s.kind === 'krachten');
    const firstHeading = doc.sections[0]?.headingSpan ?? { start: doc.pointAt(doc.frontmatter?.span.end.offset ?? 0), end: doc.pointAt(doc.frontmatter?.span.end.offset ?? 0) };

    if (krachten.length === 0) {
      ctx.report({
        span: firstHeading,
        message:
          'Dit document heeft geen sectie over wat goed gaat. Voeg een sectie toe zoals "## Wat gaat goed" of "## Beschermende factoren" en noem per kind en per ouder ten minste één kracht.',
        key: 'geen-sectie',
      });
      return;
    }

    const { raw, state } = sectionBody(doc, krachten, (ctx.options.plaatshouders as string[]) ?? []);
    const heading = krachten[0]!.headingSpan;
    if (state !== 'content') {
      ctx.report({
        span: heading,
        message: state === 'empty'
          ? `De sectie "${krachten[0]!.heading}" is leeg. Schrijf op wat goed gaat: wat lukt het kind, wat doen de ouders goed, wie in het netwerk helpt?`
          : `De sectie "${krachten[0]!.heading}" bevat alleen "${raw}". Ook in een moeilijke situatie gaat er iets goed: noem per kind en per ouder ten minste één kracht.`,
        key: 'leeg',
      });
      return;
    }

    // Every child and every parent or carer has at least one strength named.
    const textNorm = normalize(raw);
    const roles = new Set((ctx.options.rollen as string[]) ?? []);
    const children = doc.frontmatter?.kinderen ?? [];
    const missing: string[] = [];
    for (const k of children) {
      const f = firstName(k.naam);
      const names = [f, k.naam].filter((x): x is string => Boolean(x));
      const generic = children.length === 1 ? ['kind', 'zoon', 'dochter', 'de jongen', 'het meisje', 'baby'] : ['kinderen', 'alle kinderen'];
      if (!names.length) continue;
      if (!names.some((n) => mentions(textNorm, n)) && !generic.some((n) => mentionsGroup(textNorm, n))) missing.push(`${k.naam}`);
    }
    for (const p of doc.frontmatter?.betrokkenen ?? []) {
      if (!p.rol || !roles.has(p.rol)) continue;
      const f = firstName(p.naam);
      const words = [f, p.naam, ...(ROLE_WORDS[p.rol] ?? [p.rol])].filter((x): x is string => Boolean(x));
      if (!words.some((w) => mentions(textNorm, w)) && !mentionsByTitle(textNorm, p.naam)) missing.push(p.naam ? `${p.naam} (${p.rol})` : p.rol);
    }
    if (missing.length) {
      ctx.report({
        span: heading,
        message: `In "${krachten[0]!.heading}" staat niets over ${missing.join(', ')}. Noem voor ieder kind en iedere ouder of verzorger ten minste één ding dat goed gaat.`,
        key: `ontbreekt:${missing.join(',')}`,
      });
    }

    // One-sidedness: many concerns, next to no strengths.
    const ratio = (ctx.options['eenzijdigheid-verhouding'] as number) ?? 4;
    const minZorgen = (ctx.options['min-zorgen'] as number) ?? 8;
    const zorgen = sentenceCount(doc, doc.sections.filter((s) => s.kind === 'zorgen'));
    const sterk = sentenceCount(doc, krachten);
    if (zorgen >= minZorgen && zorgen >= ratio * Math.max(1, sterk)) {
      ctx.report({
        span: heading,
        message: `Het document noemt ${zorgen} zinnen met zorgen en ${sterk} met krachten. Dat geeft een eenzijdig beeld: beschrijf ook wat goed gaat en wat het gezin zelf al doet.`,
        key: 'eenzijdig',
      });
    }
  },
};

export default rule;
