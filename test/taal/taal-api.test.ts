import { describe, expect, it } from 'vitest';
import {
  analysisContextFor, clauseAt, clauseTokensAt, continuesAttribution, createTaal, familyInClause, inNegationScope, inRanges, isQuotedText,
  negatedBefore, personRightBefore, quotedRanges, subjectBeforeIsFamily, writerRoles,
} from '../../src/taal/index.js';

const taal = createTaal();
const ctx = { children: [{ naam: 'Sem' }], people: [{ naam: 'Lisa', rol: 'moeder' }, { naam: 'Tom', rol: 'vader' }] };
const at = (text: string, word: string) => {
  const a = taal.analyze(text, ctx);
  return { a, i: a.tokens.findIndex((t) => t.lower === word) };
};

describe('clause lookup', () => {
  it('finds the clause of a word in a subordinate clause, and its tokens', () => {
    const { a, i } = at('Moeder zegt dat Sem bang is.', 'bang');
    expect(clauseAt(a, i)?.subordinate).toBe(true);
    expect(clauseTokensAt(a, i).map((t) => t.lower)).toContain('sem');
    expect(clauseTokensAt(a, i).map((t) => t.lower)).not.toContain('zegt');
  });
});

describe('negation scope', () => {
  it('a negation right before a predicate denies it; one further away does not', () => {
    const words = ['de', 'situatie', 'is', 'niet', 'onveilig'];
    expect(negatedBefore(words, 4)).toBe(true);
    expect(negatedBefore(['niet', 'de', 'situatie', 'is', 'onveilig'], 4)).toBe(false);
  });
  it('a word after "niet" in its clause lies in the scope; the word before does not', () => {
    const { a, i } = at('Vader komt niet naar de afspraak.', 'afspraak');
    expect(inNegationScope(a, i)).toBe(true);
    expect(inNegationScope(a, a.tokens.findIndex((t) => t.lower === 'vader'))).toBe(false);
  });
});

describe('quotation', () => {
  it('finds quoted ranges and a quote that runs to the end', () => {
    const text = 'Sem zegt: "Ik wil naar huis."';
    const r = quotedRanges(text);
    expect(r).toHaveLength(1);
    expect(inRanges(r, text.indexOf('wil'), text.indexOf('wil') + 3)).toBe(true);
    expect(inRanges(r, 0, 3)).toBe(false);
    expect(isQuotedText('"Ik ga niet."')).toBe(true);
    expect(isQuotedText('Ik ga niet.')).toBe(false);
  });
});

describe('continuation of an attribution by the next sentence', () => {
  const prev = (t: string) => taal.analyze(t, ctx);
  it('a marker ("Daarnaast") goes on with the informant', () => {
    expect(continuesAttribution(prev('De mentor vertelt dat Sem vaak moe is.'), taal.analyze('Daarnaast is hij vaak te laat.', ctx))).toBe(true);
  });
  it('a pronoun of the informant\'s gender goes on; one that may mean the child does not', () => {
    expect(continuesAttribution(prev('Moeder schrijft dat de school te streng is.'), taal.analyze('Zij wil een ander gesprek.', ctx))).toBe(true);
    expect(continuesAttribution(prev('De mentor vertelt dat Sem vaak moe is.'), taal.analyze('Hij heeft een kort lontje.', ctx))).toBe(false);
  });
  it('without an attributed previous sentence nothing goes on', () => {
    expect(continuesAttribution(undefined, taal.analyze('Daarnaast is hij vaak te laat.', ctx))).toBe(false);
    expect(continuesAttribution(prev('Sem is op 3 maart naar school gegaan.'), taal.analyze('Daarnaast is hij vaak te laat.', ctx))).toBe(false);
  });
});

describe('writer roles and the analysis context of a document', () => {
  it('gives the writer\'s roles by document type, plus the role in auteur', () => {
    expect(writerRoles('raadsrapport')).toContain('raad');
    expect(writerRoles('gezinsplan', 'J. Visser, jeugdbeschermer')).toContain('jeugdbeschermer');
    expect(writerRoles(undefined, 'J. Visser, casusregisseur')).toEqual(['casusregisseur']);
    expect(writerRoles(undefined)).toBeUndefined();
  });
  it('builds the context from the frontmatter', () => {
    const date = new Date('2025-03-14');
    const c = analysisContextFor({ type: 'gezinsplan', date, data: {}, kinderen: [{ naam: 'Sem' }], betrokkenen: [{ naam: 'Lisa', rol: 'moeder' }] });
    expect(c).toEqual({ writerRoles: writerRoles('gezinsplan'), docDate: date, children: [{ naam: 'Sem' }], people: [{ naam: 'Lisa', rol: 'moeder' }] });
  });
});

describe('whose clause it is', () => {
  it('a family member as subject, not the school', () => {
    const own = at('Sem begrijpt niet waarom hij naar oma moet.', 'begrijpt');
    expect(familyInClause(own.a, own.i)).toBe(true);
    expect(subjectBeforeIsFamily(own.a, own.i)).toBe(true);
    const school = at('De school beschouwt Sem als een lastige leerling.', 'beschouwt');
    expect(subjectBeforeIsFamily(school.a, school.i)).toBe(false);
  });
  it('a person right before a copula, not a thing', () => {
    const p = at('Vader is afstandelijk.', 'is');
    expect(personRightBefore(p.a, p.i)).toBe(true);
    const thing = at('De woning is klein.', 'is');
    expect(personRightBefore(thing.a, thing.i)).toBe(false);
  });
});
