import { describe, expect, it } from 'vitest';
import { createTaal } from '../../src/taal/index.js';

const taal = createTaal();
const ctx = {
  docDate: new Date(Date.UTC(2025, 2, 14)),
  children: [{ naam: 'Sem', birthDate: new Date(Date.UTC(2014, 5, 2)) }],
  people: [{ naam: 'Lisa', rol: 'moeder' }, { naam: 'Tom', rol: 'vader' }],
};
const tense = (s: string) => taal.analyze(s, ctx).tense;
const iso = (d: Date | undefined) => d?.toISOString().slice(0, 10);

describe('tense', () => {
  it.each([
    ['In 2015 drinkt vader veel.', 'present'],
    ['In 2015 dronk vader veel.', 'past'],
    ['In 2015 heeft vader veel gedronken.', 'perfect'],
    ['Vader had toen al veel gedronken.', 'pluperfect'],
    ['Sem is in 2014 geboren.', 'perfect'],
    ['Moeder zal de school bellen.', 'future'],
    ['Moeder geeft aan dat zij moe is.', 'present'],
    ['De ouders waren niet thuis.', 'past'],
    ['Vader werkt sinds januari bij een bouwbedrijf.', 'present'],
    ['Sem werkte hard.', 'past'],
    ['Het gezin ging in 2020 uit elkaar.', 'past'],
    ['Sem wordt elke dag gebracht.', 'present'],
    ['Sem werd in 2019 uit huis geplaatst.', 'past'],
  ])('%s → %s', (s, t) => {
    expect(tense(s)).toBe(t);
  });
});

describe('attribution', () => {
  const attr = (s: string) => taal.analyze(s, ctx).attributions.map((a) => [a.source, a.kind, a.opinion, a.byWriter]);
  it('finds who says, reports, finds or saw', () => {
    expect(attr('Volgens de leerkracht is Sem onrustig in de klas.')).toEqual([['de leerkracht', 'person', false, false]]);
    expect(attr('Moeder vertelt dat Sem slecht slaapt.')).toEqual([['Moeder', 'person', false, false]]);
    expect(attr('Moeder geeft aan dat zij moe is.')).toEqual([['Moeder', 'person', false, false]]);
    expect(attr('Sem is bang voor de hond, zegt moeder.')).toEqual([['moeder', 'person', false, false]]);
    expect(attr('Uit het rapport van Veilig Thuis blijkt dat vader moeder sloeg.')).toEqual([['het rapport van Veilig Thuis', 'document', false, false]]);
    expect(attr('De school meldt dat Sem vaak te laat komt.')).toEqual([['De school', 'organisation', false, false]]);
    expect(attr('Tijdens het huisbezoek zag de jeugdbeschermer dat de keuken vies was.')).toEqual([['de jeugdbeschermer', 'observation', false, false]]);
    expect(attr('Moeder vindt dat de school te streng is.')).toEqual([['Moeder', 'person', true, false]]);
    expect(attr('Ik vind dat moeder te weinig grenzen stelt.')).toEqual([['Ik', 'person', true, true]]);
  });
  it('does not take facts for attributions', () => {
    expect(attr('De school is groot.')).toEqual([]);
    expect(attr('Moeder belt de school.')).toEqual([]);
    expect(attr('Sem ziet zijn vader eens in de twee weken.')).toEqual([]);
    expect(attr('Moeder vindt een nieuwe baan.')).toEqual([]);
    expect(attr('Er is bij Sem geen diagnose gesteld.')).toEqual([]);
  });
});

describe('negation', () => {
  it('covers the clause of the cue', () => {
    const s = 'Sem heeft geen ADHD, maar hij is wel druk.';
    const n = taal.analyze(s, ctx).negations;
    expect(n.map((x) => [x.cue, s.slice(x.scopeStart, x.scopeEnd)])).toEqual([['geen', 'Sem heeft geen ADHD']]);
  });
});

describe('time references (document date 2025-03-14)', () => {
  const refs = (s: string) => taal.timeReferences(s, ctx).map((r) => [r.text, iso(r.date), iso(r.endDate), r.kind, r.since]);
  it('reads Dutch dates and years', () => {
    expect(refs('Op 12 maart 2019 en 12-03-2019 en 2019-03-12.')).toEqual([
      ['12 maart 2019', '2019-03-12', '2019-03-12', 'absolute', false],
      ['12-03-2019', '2019-03-12', '2019-03-12', 'absolute', false],
      ['2019-03-12', '2019-03-12', '2019-03-12', 'absolute', false],
    ]);
    expect(refs('In maart 2019 en in 2015.')).toEqual([
      ['maart 2019', '2019-03-01', '2019-03-31', 'absolute', false],
      ['2015', '2015-01-01', '2015-12-31', 'absolute', false],
    ]);
    expect(refs('Sem woont sinds 2019 bij oma.')).toEqual([['2019', '2019-01-01', '2019-12-31', 'absolute', true]]);
  });
  it('reads relative time and ages', () => {
    expect(refs('Drie jaar geleden verhuisde het gezin.')).toEqual([['Drie jaar geleden', '2022-03-14', '2022-03-14', 'relative', false]]);
    expect(refs('Vorig jaar was het anders.')).toEqual([['Vorig jaar', '2024-01-01', '2024-12-31', 'relative', false]]);
    expect(refs('Toen Sem twee was, woonde het gezin in Zwolle.')).toEqual([['Toen Sem twee was', '2016-06-02', '2017-06-01', 'age', false]]);
    expect(refs('Op zijn twaalfde ging hij naar de brugklas.')).toEqual([['Op zijn twaalfde', '2026-06-02', '2027-06-01', 'age', false]]);
  });
  it('ignores money and plain numbers', () => {
    expect(refs('De schuld is 2019 euro en er zijn 12 kinderen.')).toEqual([]);
  });
});

describe('lexicons', () => {
  it('are data files merged with config entries', () => {
    const t = createTaal({ extraLexicon: { meningswoorden: ['Ontwrichtend'] } });
    expect(t.lexicon('meningswoorden').has('onverantwoordelijk')).toBe(true);
    expect(t.lexicon('meningswoorden').has('ontwrichtend')).toBe(true);
    expect(t.lexicon('bestaat-niet').size).toBe(0);
  });
});

describe('clauses and names', () => {
  const clauses = (text: string, c = ctx) => {
    const a = taal.analyze(text, c);
    return a.clauses.map((x) => [text.slice(x.start, x.end), x.tense, x.subordinate]);
  };

  it('splits a relative clause without a comma, and the main clause after its verb', () => {
    expect(clauses('De man die haar in 2019 sloeg woont nu in Utrecht.')).toEqual([
      ['De man', 'none', false],
      ['die haar in 2019 sloeg', 'past', true],
      ['woont nu in Utrecht.', 'present', false],
    ]);
    expect(clauses('Het gaat om een jongen bij wie de arts in 2019 ASS vaststelde.')).toEqual([
      ['Het gaat om een jongen', 'present', false],
      ['bij wie de arts in 2019 ASS vaststelde.', 'past', true],
    ]);
    // "die" after a verb is a demonstrative, not a relative pronoun.
    expect(clauses('Ik ken die jongen.')).toEqual([['Ik ken die jongen.', 'present', false]]);
  });

  it('a name from the frontmatter is never a verb ("Jens" is not a form of "jenzen")', () => {
    const c = { ...ctx, children: [{ naam: 'Jens', birthDate: new Date(Date.UTC(2011, 0, 1)) }] };
    expect(clauses('Jens is in 2024 in een pleeggezin geplaatst.', c)).toEqual([['Jens is in 2024 in een pleeggezin geplaatst.', 'perfect', false]]);
    const a = taal.analyze('Jens is in 2024 in een pleeggezin geplaatst.', c);
    expect([a.tokens[0]!.pos, a.tokens[0]!.verb]).toEqual(['name', undefined]);
  });

  it('the writer\'s roles come from the context', () => {
    const text = 'Volgens de gezinsvoogd loopt Sem weg.';
    expect(taal.analyze(text, ctx).attributions.map((x) => x.byWriter)).toEqual([true]);
    expect(taal.analyze(text, { ...ctx, writerRoles: ['raadsonderzoeker'] }).attributions.map((x) => x.byWriter)).toEqual([false]);
  });
});

describe('more time references (document date 2025-03-14, Sem born 2014-06-02)', () => {
  const refs = (text: string) => taal.analyze(text, ctx).timeReferences.map((r) => [r.text, iso(r.date), iso(r.endDate)]);
  it('a month of last year, a school year, a named baby', () => {
    expect(refs('Vorig jaar in september begint Sem.')).toEqual([['Vorig jaar in september', '2024-09-01', '2024-09-30']]);
    expect(refs('In oktober vorig jaar begint Sem.')).toEqual([['In oktober vorig jaar', '2024-10-01', '2024-10-31']]);
    expect(refs('In groep 6 weigert Sem.')).toEqual([['In groep 6', '2023-06-02', '2025-06-01']]);
    expect(refs('Toen Sem een peuter was, woonde hij bij oma.')).toEqual([['Toen Sem een peuter', '2016-06-02', '2018-06-01']]);
  });
});

describe('subjective adjectives', () => {
  it('are found through their inflected form', () => {
    expect(['liefdevolle', 'lieve', 'boze', 'warme', 'alleenstaande'].map((w) => taal.subjectivity(w)?.base)).toEqual(['liefdevol', 'lief', 'boos', 'warm', undefined]);
  });
});

describe('verb groups, roles and school years', () => {
  const clauses = (text: string) => taal.analyze(text, ctx).clauses.map((x) => [text.slice(x.start, x.end), x.tense, x.subordinate]);
  const refs = (text: string) => taal.analyze(text, ctx).timeReferences.map((r) => [r.text, iso(r.date), iso(r.endDate)]);
  const attr = (s: string) => taal.analyze(s, ctx).attributions.map((a) => [a.source, a.opinion]);

  it.each([
    ['Moeder heeft Sem in 2019 laten onderzoeken.', 'perfect'],
    ['Vader is in 2018 in Tilburg gaan wonen.', 'perfect'],
    ['Moeder had de school moeten bellen.', 'pluperfect'],
    ['Moeder laat Sem onderzoeken.', 'present'],
    ['Vader gaat in Tilburg wonen.', 'present'],
  ])('an infinitive for a participle (IPP): %s → %s', (s, t) => {
    expect(tense(s)).toBe(t);
  });

  it("'als' for a role opens no clause; 'als' with a verb does", () => {
    expect(clauses('Vader heeft als militair in Mali gediend.')).toEqual([['Vader heeft als militair in Mali gediend.', 'perfect', false]]);
    expect(clauses('Als moeder drinkt, gaat Sem naar oma.')).toEqual([
      ['Als moeder drinkt', 'present', true],
      ['gaat Sem naar oma.', 'present', false],
    ]);
  });

  it('a school year runs from August to July; other year ranges cover whole years', () => {
    expect(refs('In schooljaar 2023-2024 verzuimt Sem veel.')).toEqual([['2023-2024', '2023-08-01', '2024-07-31']]);
    expect(refs('Van 2018-2020 woont Sem bij oma.')).toEqual([['2018-2020', '2018-01-01', '2020-12-31']]);
  });

  it('after an opening time phrase the second position is the verb, even if the lexicon reads a noun', () => {
    const a = taal.analyze('In 2020 verblijven moeder en de kinderen in de opvang.', ctx);
    const v = a.tokens.find((t) => t.lower === 'verblijven')!;
    expect([v.pos, v.verb?.finite, a.tense]).toEqual(['verb', true, 'present']);
    // Without a number up front nothing changes: "In de verblijven van de opvang …" keeps the noun.
    const b = taal.analyze('In de verblijven van de opvang is het druk.', ctx);
    expect(b.tokens.find((t) => t.lower === 'verblijven')!.pos).not.toBe('verb');
  });

  it("a particle closing the clause makes another verb: 'zegt … af' (cancels) is no attribution", () => {
    expect(attr('Moeder zegt de afspraak met de school af.')).toEqual([]);
    expect(attr('Moeder zegt dat de afspraak niet doorgaat.')).toEqual([['Moeder', false]]);
  });

  it("'vinden' with a place and no degree word is finding, not an opinion", () => {
    expect(attr('Sem vindt zijn vader bewusteloos op de bank.')).toEqual([]);
    expect(attr('Moeder vindt Sem in de klas te druk.')).toEqual([['Moeder', true]]);
  });

  it("'heeft laten weten' (IPP) and a register as a document are attributions", () => {
    expect(attr('De school heeft laten weten dat Sem goed meedoet.')).toEqual([['De school', false]]);
    expect(taal.analyze('Uit het politieregister blijkt dat er twee meldingen zijn.', ctx).attributions.map((a) => [a.source, a.kind])).toEqual([
      ['het politieregister', 'document'],
    ]);
    expect(attr('Sem heeft leren fietsen.')).toEqual([]);
  });

  it('a relative pronoun stands for the noun phrase before it', () => {
    expect(attr('Ik sprak met de buurvrouw die zegt dat het rustig is.')).toEqual([['de buurvrouw', false]]);
    expect(taal.analyze('Ik sprak met de mentor, die vertelt dat Sem goed meedoet.', ctx).attributions.map((a) => [a.source, a.byWriter])).toEqual([['de mentor', false]]);
  });

  it("'begin', 'eind', 'half' before a year or month are time words, not the verb", () => {
    const finite = (text: string) => {
      const a = taal.analyze(text, ctx);
      return a.clauses.map((c) => (c.finiteVerb !== undefined ? a.tokens[c.finiteVerb]!.text : undefined));
    };
    expect(finite('Begin 2020 start de hulpverlening.')).toEqual(['start']);
    expect(finite('Eind maart 2019 verhuist het gezin.')).toEqual(['verhuist']);
    expect(finite('Sem begint in 2018 op school.')).toEqual(['begint']);
  });
});


describe('"volgens" inside a clause', () => {
  const scope = (s: string) =>
    taal.analyze(s, ctx).attributions.map((a) => [a.source, s.slice(a.scopeStart, a.scopeEnd)]);

  it('"volgens haar" is a whole source; in mid-clause it covers that clause and what follows', () => {
    expect(scope('Sem speelt volgens haar graag in de bouwhoek.')).toEqual([['haar', 'Sem speelt volgens haar graag in de bouwhoek.']]);
    expect(scope('Vader is boos en Sem is volgens de school vaak moe.')).toEqual([['de school', 'en Sem is volgens de school vaak moe.']]);
  });

  it('at the start of a sentence it covers what follows the source', () => {
    expect(scope('Volgens de school is Sem vaak moe.')).toEqual([['de school', ' is Sem vaak moe.']]);
  });
});

describe('clauses: "dat" as a determiner, and a verb at the end of a dat-clause', () => {
  const clauses = (s: string) => taal.analyze(s, ctx).clauses.map((c) => [s.slice(c.start, c.end), c.tense]);

  it('"in dat onderzoek" is no clause boundary; "geeft aan dat vader …" is', () => {
    expect(clauses('Vader heeft in dat onderzoek verklaard dat hij schulden had.')).toEqual([
      ['Vader heeft in dat onderzoek verklaard', 'perfect'],
      ['dat hij schulden had.', 'past'],
    ]);
    expect(clauses('Zij geeft aan dat vader onregelmatig kwam.')).toEqual([
      ['Zij geeft aan', 'present'],
      ['dat vader onregelmatig kwam.', 'past'],
    ]);
  });

  it('the last word of a dat-clause without a verb is its verb, also when the lexicon reads a noun', () => {
    expect(clauses('Moeder vertelt dat zij in 2020 naar een kamp vlucht.')).toEqual([
      ['Moeder vertelt', 'present'],
      ['dat zij in 2020 naar een kamp vlucht.', 'present'],
    ]);
  });
});

describe('clauses and attributions: coordination, pronoun "dat", separable participles, seeing someone do something', () => {
  const clauses = (s: string) => taal.analyze(s, ctx).clauses.map((c) => [s.slice(c.start, c.end), c.tense]);
  const sources = (s: string) => taal.analyze(s, ctx).attributions.map((a) => a.source);

  it('"2021 en 2022" is one phrase; the verb of a coordinated clause comes before the next "en"', () => {
    expect(clauses('Daan heeft in 2021 en 2022 veel meegemaakt en reageert heftig op wisselingen.')).toEqual([
      ['Daan heeft in 2021 en 2022 veel meegemaakt', 'perfect'],
      ['en reageert heftig op wisselingen.', 'present'],
    ]);
  });

  it('"heeft dat beloofd" keeps "dat" as an object; "heeft ingetrapt" is a perfect', () => {
    expect(clauses('Hij heeft dat in 2019 ook beloofd.')).toEqual([['Hij heeft dat in 2019 ook beloofd.', 'perfect']]);
    expect(clauses('Vader heeft in 2019 een deur ingetrapt.')).toEqual([['Vader heeft in 2019 een deur ingetrapt.', 'perfect']]);
  });

  it('a professional who saw someone do something is a source; a family member seeing someone is not', () => {
    expect(sources('De mentor zag moeder de fles klaarmaken.')).toEqual(['De mentor']);
    expect(sources('Sem ziet zijn vader elke week.')).toEqual([]);
  });
});

describe('attribution with an apposition, and a plural verb after "en"', () => {
  it('"De leerkracht van Liam, meester Joost, vertelt dat …" has the teacher as its source', () => {
    expect(taal.analyze('De leerkracht van Liam, meester Joost, vertelt dat Liam goed leest.', ctx).attributions.map((a) => a.cue)).toEqual(['vertelt']);
  });

  it('"De ouders scheiden in 2023 en hebben sindsdien …" is two clauses; "door voordoen en herhalen" is not', () => {
    const clauses = (s: string) => taal.analyze(s, ctx).clauses.map((c) => s.slice(c.start, c.end));
    expect(clauses('De ouders scheiden in 2023 en hebben sindsdien samen het gezag.')).toEqual(['De ouders scheiden in 2023', 'en hebben sindsdien samen het gezag.']);
    expect(clauses('Het verslag adviseerde te oefenen door voordoen en herhalen.')).toEqual(['Het verslag adviseerde te oefenen door voordoen en herhalen.']);
  });
});

describe('nouns that look like verbs', () => {
  const clauses = (s: string) => taal.analyze(s, ctx).clauses.map((c) => [s.slice(c.start, c.end), c.tense]);
  it('"het overlijden" is a noun; "geweld" is no participle; "denkt aan" is no attribution', () => {
    expect(clauses('In 2020 is Sem getuige van het geweld.')).toEqual([['In 2020 is Sem getuige van het geweld.', 'present']]);
    expect(clauses('Hij vertelt dat hij na het overlijden van zijn broer meer is gaan drinken.')).toEqual([
      ['Hij vertelt', 'present'],
      ['dat hij na het overlijden van zijn broer meer is gaan drinken.', 'perfect'],
    ]);
    expect(taal.analyze('Vader wil weg en denkt daarbij te weinig aan Sem.', ctx).attributions).toEqual([]);
  });
});

describe('verbs the table lacks, and "te" + infinitive', () => {
  const clauses = (s: string) => taal.analyze(s, ctx).clauses.map((c) => [s.slice(c.start, c.end), c.tense]);
  it('"escaleren" after an opening year is the verb; "is moeilijk te verstaan" is no perfect', () => {
    expect(clauses('In 2022 escaleren de ruzies tussen de ouders.')).toEqual([['In 2022 escaleren de ruzies tussen de ouders.', 'present']]);
    expect(clauses('Sem is voor vreemden moeilijk te verstaan.')).toEqual([['Sem is voor vreemden moeilijk te verstaan.', 'present']]);
  });
});

describe('the verb that closes a conjunction clause', () => {
  it('"toen vader dronken aan de deur staat" is present: "dronken" is an adjective there', () => {
    const s = 'Het incident van juni 2023, toen vader dronken aan de deur staat, weegt zwaar.';
    expect(taal.analyze(s, ctx).clauses.map((c) => c.tense)).toEqual(['none', 'present', 'present']);
  });
});
