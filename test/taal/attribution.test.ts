/**
 * Attribution as syntax (issue 12, documentformaat §3): a speech, perception or opinion verb with its
 * subject in any word order, and prepositional sources. Every sentence here is invented. `span` is the
 * text of [start, end), `scope` the text of [scopeStart, scopeEnd).
 */
import { describe, expect, it } from 'vitest';
import { createTaal } from '../../src/taal/index.js';
import { subjectOf } from '../../src/taal/attribution.js';
import type { AnalysisContext } from '../../src/taal/index.js';

const taal = createTaal();
const ctx: AnalysisContext = {
  docDate: new Date(Date.UTC(2025, 5, 20)),
  children: [{ naam: 'Daan' }],
  people: [{ naam: 'Riet', rol: 'oma' }],
};
const att = (s: string, c: AnalysisContext = ctx) =>
  taal.analyze(s, c).attributions.map((a) => ({ source: a.source, kind: a.kind, span: s.slice(a.start, a.end), scope: s.slice(a.scopeStart, a.scopeEnd) }));
const one = (s: string, c?: AnalysisContext) => {
  const all = att(s, c);
  expect(all.length).toBe(1);
  return all[0]!;
};

describe('attribution: the subject of a speech verb in every word order', () => {
  it('main clause: subject, verb, dat-clause', () => {
    const s = 'Oma vertelt dat Daan elke dag zwemt.';
    expect(taal.analyze(s, ctx).attributions.map((a) => [a.start, a.end, a.scopeStart, a.scopeEnd])).toEqual([[0, 11, 11, 36]]);
    expect(one(s)).toEqual({ source: 'Oma', kind: 'person', span: 'Oma vertelt', scope: ' dat Daan elke dag zwemt.' });
  });

  it('inversion after a time or place phrase: the subject follows the verb and is not part of the scope', () => {
    expect(one('Tijdens het overleg vertelde de coach dat Daan goed traint.')).toEqual({ source: 'de coach', kind: 'person', span: 'vertelde de coach', scope: ' dat Daan goed traint.' });
    expect(one('Op 3 juni 2025 meldde de huisarts dat Daan griep had.').span).toBe('meldde de huisarts');
  });

  it('a fronted recipient is not the source: the subject after the finite verb is', () => {
    expect(one('Tegen de coach heeft Daan gezegd dat hij wil stoppen.')).toEqual({ source: 'Daan', kind: 'person', span: 'heeft Daan gezegd', scope: ' dat hij wil stoppen.' });
    // The recipient is the writer's role, the source is the child: not the writer's own view.
    const s = 'Aan de raadsonderzoeker heeft Daan verteld dat hij bang is.';
    expect(taal.analyze(s, { ...ctx, writerRoles: ['raadsonderzoeker'] }).attributions.map((a) => [a.source, a.byWriter])).toEqual([['Daan', false]]);
  });

  it('subordinate clause: the subject after the conjunction, without the conjunction', () => {
    expect(one('Omdat de buurvrouw meldt dat het lawaai aanhoudt, komt de wijkagent langs.')).toMatchObject({ source: 'de buurvrouw', span: 'de buurvrouw meldt' });
  });

  it('a passive with its agent: the noun phrase after "door" is the source', () => {
    expect(one('Door de coach is naar voren gebracht dat Daan weinig eet.')).toMatchObject({ source: 'de coach', span: 'Door de coach is naar voren gebracht', scope: ' dat Daan weinig eet.' });
    expect(one('Er wordt door de school gemeld dat Daan vaak afwezig is.')).toMatchObject({ source: 'de school', kind: 'organisation', span: 'wordt door de school gemeld' });
    expect(att('Daan wordt door de coach naar huis gebracht.')).toEqual([]);
  });

  it('a verb form between a determiner and a noun is an adjective of the subject ("De gecertificeerde instelling stelt")', () => {
    expect(one('De gecertificeerde instelling stelt dat Daan thuis onveilig is.')).toMatchObject({ source: 'De gecertificeerde instelling', kind: 'organisation' });
  });

  it('a verb after "en" shares the subject of the clause before; the span is the verb alone', () => {
    expect(one('Daan traint graag en zegt dat hij wil winnen.')).toEqual({ source: 'Daan', kind: 'person', span: 'zegt', scope: ' dat hij wil winnen.' });
    expect(one('Gisteren heeft de coach gebeld en verteld dat Daan ziek is.')).toMatchObject({ source: 'de coach', span: 'verteld' });
  });
});

describe('attribution: where the cue stands towards the statement', () => {
  it('after the statement: "…, vertelt de coach." covers what went before', () => {
    expect(one('Daan zwemt drie keer per week, vertelt de coach.')).toEqual({ source: 'de coach', kind: 'person', span: 'vertelt de coach', scope: 'Daan zwemt drie keer per week, ' });
    expect(one('Daan zwemt drie keer per week, zo vertelt de coach.')).toMatchObject({ span: 'vertelt de coach', scope: 'Daan zwemt drie keer per week, ' });
    expect(one('Daan zwemt drie keer per week, heeft de coach aangegeven.')).toMatchObject({ span: 'heeft de coach aangegeven', scope: 'Daan zwemt drie keer per week, ' });
  });

  it('after a semicolon: "…; dat vertelde oma in het gesprek op 5 juni 2025."', () => {
    expect(one('Daan slaapt slecht; dat vertelde oma in het gesprek op 5 juni 2025.')).toEqual({ source: 'oma', kind: 'person', span: 'vertelde oma', scope: 'Daan slaapt slecht; ' });
  });

  it('"Dat vertelde oma …" on its own points back to the sentence before', () => {
    const a = taal.analyze('Dat vertelde oma op 5 juni 2025.', ctx).attributions;
    expect(a.map((x) => [x.source, x.previous, x.scopeStart, x.scopeEnd])).toEqual([['oma', true, 0, 0]]);
  });

  it('inside the statement between commas: the whole sentence is covered', () => {
    const s = 'Daan zwemt, zegt de coach, drie keer per week.';
    expect(one(s)).toEqual({ source: 'de coach', kind: 'person', span: 'zegt de coach', scope: s });
    const t = 'Opa, zo vertelt oma, drinkt elke avond bier.';
    expect(one(t)).toMatchObject({ source: 'oma', scope: t });
  });

  it('after a fronted subordinate clause the verb comes first anyway: no attribution of what went before', () => {
    expect(att('Doordat opa streng is, voelt Daan zich thuis niet gehoord.')).toEqual([]);
  });
});

describe('attribution: separable and multi-word verbs', () => {
  it('separable verbs: stelt … vast, geeft … aan, merkt … op', () => {
    expect(one('De tandarts stelt vast dat Daan gaatjes heeft.')).toMatchObject({ source: 'De tandarts', span: 'De tandarts stelt' });
    expect(one('De coach geeft aan dat Daan moe is.')).toMatchObject({ source: 'De coach', span: 'De coach geeft' });
    expect(one('De coach merkt op dat Daan stil is.')).toMatchObject({ source: 'De coach', span: 'De coach merkt' });
  });

  it('multi-word speech verbs from the lexicon, their words anywhere in the clause in order', () => {
    expect(one('De coach brengt naar voren dat Daan weinig eet.')).toMatchObject({ source: 'De coach', scope: ' naar voren dat Daan weinig eet.' });
    expect(one('De coach heeft naar voren gebracht dat Daan weinig eet.')).toMatchObject({ span: 'De coach heeft naar voren gebracht' });
    expect(one('De tandarts wijst erop dat Daan te veel snoept.')).toMatchObject({ source: 'De tandarts' });
    expect(one('De tandarts wijst er nadrukkelijk op dat Daan te veel snoept.')).toMatchObject({ source: 'De tandarts' });
    expect(one('De coach gaf te kennen dat Daan mag blijven.')).toMatchObject({ source: 'De coach' });
    expect(one('Oma bracht ter sprake dat de huur te hoog is.')).toMatchObject({ source: 'Oma' });
    expect(one('De buurvrouw bracht onder de aandacht dat opa vaak dronken is.')).toMatchObject({ source: 'De buurvrouw' });
    expect(one('Opa spreekt uit dat hij hulp wil.')).toMatchObject({ source: 'Opa' });
  });

  it('a view with a multi-word opinion verb: het idee, de indruk, het gevoel, het vermoeden hebben; zich afvragen', () => {
    const op = (s: string) => taal.analyze(s, ctx).attributions.map((a) => [a.source, a.kind, a.opinion]);
    expect(op('De school heeft het idee dat oma overbelast is.')).toEqual([['De school', 'organisation', true]]);
    expect(op('Opa heeft de indruk dat Daan gepest wordt.')).toEqual([['Opa', 'person', true]]);
    expect(op('Daan heeft het gevoel dat niemand luistert.')).toEqual([['Daan', 'person', true]]);
    expect(op('De coach heeft het vermoeden dat Daan blowt.')).toEqual([['De coach', 'person', true]]);
    expect(op('Oma vraagt zich af of Daan genoeg eet.')).toEqual([['Oma', 'person', true]]);
  });

  it('a verb of noticing: the one who notices is the object after "het" ("Het valt de coach op dat …")', () => {
    expect(one('Het valt de coach op dat Daan stil is.')).toMatchObject({ source: 'de coach', span: 'valt de coach' });
    expect(one('Het is de coach opgevallen dat Daan stil is.')).toMatchObject({ source: 'de coach', span: 'is de coach opgevallen' });
    expect(att('Het valt op dat Daan stil is.')).toEqual([]);
    expect(att('Daan valt op in de klas.')).toEqual([]);
  });

  it('the same verbs in another sense are no attribution', () => {
    expect(att('De coach brengt Daan naar huis.')).toEqual([]);
    expect(att('Oma geeft Daan elke dag brood mee.')).toEqual([]);
    expect(att('Opa wijst naar de deur.')).toEqual([]);
    expect(att('Opa heeft het idee van de coach overgenomen.')).toEqual([]);
    expect(att('Daan zwemt graag en zegt weinig.')).toEqual([]);
    expect(att('Opa stelt grenzen aan het gamen.')).toEqual([]);
    // A particle that makes another verb: inschrijven (enrol), zich melden (report sick).
    expect(att('Oma schrijft Daan in bij een nieuwe school.')).toEqual([]);
    expect(att('Opa meldt zich ziek bij zijn werk.')).toEqual([]);
  });

  it('a particle that makes another speech or opinion verb keeps the attribution: zegt … toe, ziet … in', () => {
    expect(one('Opa zegt toe dat hij stopt met drinken.')).toMatchObject({ source: 'Opa', span: 'Opa zegt' });
    expect(taal.analyze('Oma ziet in dat zij hulp nodig heeft.', ctx).attributions.map((a) => [a.source, a.opinion])).toEqual([['Oma', true]]);
  });
});

describe('attribution: sources the lexicons do not know', () => {
  it('a noun phrase or name that says what follows is a source of unknown kind, or a person for a name', () => {
    expect(att('Een voorbijganger zei dat de hond blafte.')).toEqual([{ source: 'Een voorbijganger', kind: 'unknown', span: 'Een voorbijganger zei', scope: ' dat de hond blafte.' }]);
    expect(one('Jansen verklaarde dat hij niets had gezien.')).toMatchObject({ source: 'Jansen', kind: 'person' });
    // Without what is said, an unknown subject is no source.
    expect(att('Een voorbijganger vertelt over de hond.')).toEqual([]);
  });

  it('after a clause that opens with "Dat" and its verb, a verb-first cue stands after the statement', () => {
    expect(one('Dat helpt Daan niet, stelt de tandarts.')).toMatchObject({ source: 'de tandarts', span: 'stelt de tandarts', scope: 'Dat helpt Daan niet, ' });
  });

  it('a participle before the finite verb of a main clause is not its verb ("Gevraagd naar …, antwoordt …")', () => {
    expect(att('Gevraagd naar school heeft Daan weinig te vertellen.').map((a) => a.span)).toEqual([]);
  });
});

describe('attribution: prepositional sources', () => {
  it('"volgens" in the middle of a clause covers that clause, the hedge "zou" included', () => {
    const s = 'Voor Daan is het volgens de tandarts beter om minder snoep te eten.';
    expect(one(s)).toEqual({ source: 'de tandarts', kind: 'person', span: 'volgens de tandarts', scope: s });
    const t = 'Daan zou volgens de buurman vaak alleen thuis zijn.';
    expect(one(t)).toMatchObject({ span: 'volgens de buurman', scope: t });
  });

  it('"volgens" and "aldus" after the statement cover what went before; between commas the whole sentence', () => {
    expect(one('Opa drinkt te veel, volgens de buurman.')).toMatchObject({ source: 'de buurman', scope: 'Opa drinkt te veel, ' });
    expect(one('Opa drinkt te veel, aldus de buurman.')).toMatchObject({ source: 'de buurman', scope: 'Opa drinkt te veel, ' });
    const s = 'Opa drinkt, aldus oma, elke avond bier.';
    expect(one(s)).toMatchObject({ source: 'oma', span: 'aldus oma', scope: s });
  });

  it('naar zeggen van, blijkens, uit … blijkt, in de woorden van, naar eigen zeggen', () => {
    expect(one('Naar zeggen van de buurman is opa vaak weg.')).toMatchObject({ source: 'de buurman', span: 'Naar zeggen van de buurman', scope: ' is opa vaak weg.' });
    expect(one('Blijkens het verslag van de tandarts poetst Daan slecht.')).toMatchObject({ source: 'het verslag van de tandarts', kind: 'document', span: 'Blijkens het verslag van de tandarts' });
    expect(one('Uit het verslag van de coach blijkt dat Daan vaak ontbreekt.')).toMatchObject({ kind: 'document', span: 'Uit het verslag van de coach blijkt' });
    expect(one('In de woorden van de coach is Daan een harde werker.')).toMatchObject({ source: 'de coach', span: 'In de woorden van de coach', scope: ' is Daan een harde werker.' });
    const s = 'Opa drinkt naar eigen zeggen niet meer.';
    expect(one(s)).toMatchObject({ span: 'naar eigen zeggen', scope: s });
  });
});

describe('subjectOf: one function for the subject of a clause', () => {
  const subj = (s: string, clauseIndex = 0, given?: number) => {
    const a = taal.analyze(s, ctx);
    const clause = a.clauses[clauseIndex]!;
    const c = given === undefined ? clause : { ...clause, subject: given };
    const r = subjectOf(a.tokens, a.clauses, c);
    return r ? s.slice(a.tokens[r[0]]!.start, a.tokens[r[1]]!.end) : undefined;
  };

  it('reads word order when the tagger gives no subject', () => {
    expect(subj('De coach van Daan vertelt dat hij traint.')).toBe('De coach van Daan');
    expect(subj('Tegen de coach heeft Daan gezegd dat hij stopt.')).toBe('Daan');
    expect(subj('Ik sprak de coach, die vertelt dat Daan traint.', 1)).toBe('de coach');
  });

  it('uses the subject the tagger gives (Clause.subject, the head token), widened to its phrase', () => {
    // Token 3 is "coach" in "Gisteren belde de coach van Daan."
    expect(subj('Gisteren belde de coach van Daan.', 0, 3)).toBe('de coach van Daan');
  });
});

