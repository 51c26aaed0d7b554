import { describe, expect, it } from 'vitest';
import { createTaal } from '../../src/taal/index.js';
import type { Clause, Token } from '../../src/taal/index.js';
import { goldSubject, labelOf, parseConllu } from '../../src/taal/syntax/conllu.js';
import { scoreConllu } from '../../src/taal/syntax/score.js';
import { analyzeWords } from '../../src/taal/syntax/tagger.js';
import { wordInfo } from '../../src/taal/syntax/features.js';
import { nameStart } from '../../src/taal/syntax/subject.js';
import { tokensFromWords } from '../../src/taal/tokens.js';

const taal = createTaal();
const ctx = {
  docDate: new Date(Date.UTC(2025, 4, 20)),
  children: [{ naam: 'Daan de Wit', birthDate: new Date(Date.UTC(2012, 1, 3)) }],
  people: [{ naam: 'Ilse de Wit', rol: 'moeder' }],
};
const analyze = (s: string) => taal.analyze(s, ctx);
const tokenOf = (s: string, word: string): Token => {
  const t = analyze(s).tokens.find((x) => x.text === word);
  if (!t) throw new Error(`no token ${word}`);
  return t;
};
const clauseWith = (s: string, word: string): Clause => {
  const a = analyze(s);
  const i = a.tokens.findIndex((x) => x.text === word);
  const c = a.clauses.find((x) => x.tokenRange[0] <= i && i <= x.tokenRange[1]);
  if (!c) throw new Error(`no clause with ${word}`);
  return c;
};
const subjectOf = (s: string, verb: string): string | undefined => {
  const a = analyze(s);
  const c = clauseWith(s, verb);
  return c.subject !== undefined ? a.tokens[c.subject]!.text : undefined;
};

describe('participles that look like present-tense forms', () => {
  it.each([
    ['De buurtcoach heeft het gezin twee jaar begeleid.', 'begeleid'],
    ['Oom heeft vroeger veel cannabis gebruikt.', 'gebruikt'],
    ['Een medewerker van het wijkteam heeft tussen de buren bemiddeld.', 'bemiddeld'],
    ['Moeder heeft het geld aan kleding besteed.', 'besteed'],
    ['Het gezin is vorig jaar naar Zwolle verhuisd.', 'verhuisd'],
    ['De training is in september gestart.', 'gestart'],
  ])('"%s": "%s" is a participle, not a finite verb', (s, w) => {
    const t = tokenOf(s, w);
    expect(t.verb?.participle).toBe(true);
    expect(t.verb?.finite).toBe(false);
  });

  it.each([
    ['De buurtcoach begeleidt het gezin sinds januari.', 'begeleidt'],
    ['Oom gebruikt elke dag cannabis.', 'gebruikt'],
    ['Het gezin verhuist in de zomer naar Zwolle.', 'verhuist'],
  ])('"%s": "%s" stays a finite present-tense verb', (s, w) => {
    const t = tokenOf(s, w);
    expect(t.verb?.finite).toBe(true);
    expect(t.verb?.tense).toBe('present');
  });
});

describe('perfect and passive with the auxiliary anywhere in the clause', () => {
  it.each([
    // The sentences of issue 12.
    ['In maart 2021 heeft de wijkagent bemiddeld bij een ruzie.', 'perfect'],
    ['De jongerencoach heeft Sem in 2020 en 2021 begeleid.', 'perfect'],
    ['Vader heeft tot 2022 antidepressiva gebruikt.', 'perfect'],
    ['In 2022 is er door de school een melding gedaan.', 'perfect'],
    // Invented: the participle far from the auxiliary, inversion, verb-final order.
    ['Moeder heeft in de afgelopen twee jaar samen met de buurtcoach veel tijd aan de opvoeding besteed.', 'perfect'],
    ['Vorig jaar heeft de school met vader over het verzuim van Daan gesproken.', 'perfect'],
    ['Daan had in 2019 al een half jaar bij zijn oma gewoond.', 'pluperfect'],
    ['In 2021 werd Daan door de politie thuisgebracht.', 'past'],
  ])('"%s" → %s', (s, tense) => {
    expect(analyze(s).tense).toBe(tense);
  });

  it('a subordinate clause with the auxiliary at the end is perfect', () => {
    const s = 'Moeder vertelt dat de buurtcoach het gezin in 2020 heeft begeleid.';
    expect(clauseWith(s, 'buurtcoach').tense).toBe('perfect');
    expect(clauseWith(s, 'vertelt').tense).toBe('present');
  });

  it('a passive with zijn and a door-agent is marked passive', () => {
    const c = clauseWith('In 2022 is er door de school een melding gedaan.', 'melding');
    expect(c.passive).toBe(true);
  });

  it('a participle cut off by an inserted clause still makes the perfect', () => {
    const s = 'Vader heeft, toen hij nog thuis woonde, veel gedronken.';
    expect(clauseWith(s, 'Vader').tense).toBe('perfect');
    expect(clauseWith(s, 'woonde').tense).toBe('past');
  });

  it('a participle before a noun does not make the perfect ("de gemaakte afspraken")', () => {
    expect(analyze('Vader heeft moeite met de gemaakte afspraken.').tense).toBe('present');
  });
});

describe('subject of the finite verb', () => {
  it('finds the subject before the verb in a main clause', () => {
    expect(subjectOf('De buurtcoach belt elke week met moeder.', 'belt')).toBe('buurtcoach');
  });

  it('finds the subject after the verb in an inverted main clause', () => {
    expect(subjectOf('Daarom belt de gezinsvoogd elke week met oma.', 'belt')).toBe('gezinsvoogd');
    expect(subjectOf('In maart 2021 heeft de wijkagent bemiddeld bij een ruzie.', 'heeft')).toBe('wijkagent');
  });

  it('finds the subject of a subordinate clause', () => {
    expect(subjectOf('Moeder vertelt dat de jongen sinds maart bij zijn oom woont.', 'woont')).toBe('jongen');
  });

  it('finds a pronoun subject after the verb', () => {
    expect(subjectOf('Volgens de school komt hij vaak te laat.', 'komt')).toBe('hij');
  });

  it('puts the subject on the finite verb token too', () => {
    const a = analyze('De mentor heeft met vader gebeld.');
    const v = a.tokens.find((t) => t.text === 'heeft')!;
    expect(v.verb?.subject).toBeDefined();
    expect(a.tokens[v.verb!.subject!]!.text).toBe('mentor');
  });
});

describe('name subjects', () => {
  const words = (s: string) => s.split(' ').map(wordInfo);
  it('takes the first word of a name as its head, over capitalised particles inside the sentence', () => {
    const w = words('Gisteren belde Van der Berg de school .');
    const tags = ['ADV', 'VERB|Fin|Past', 'ADP', 'DET', 'PROPN', 'DET', 'NOUN', 'PUNCT'];
    expect(nameStart(w, tags, 4)).toBe(2);
  });
  it('walks over lower-case particles only between two name words', () => {
    const w = words('Toen kwam Anna van Dijk binnen .');
    expect(nameStart(w, ['ADV', 'VERB|Fin|Past', 'PROPN', 'ADP', 'PROPN', 'ADV', 'PUNCT'], 4)).toBe(2);
    const w2 = words('Het gesprek van Dijk duurde lang .');
    expect(nameStart(w2, ['DET', 'NOUN', 'ADP', 'PROPN', 'VERB|Fin|Past', 'ADJ', 'PUNCT'], 3)).toBe(3);
  });
  it('leaves a sentence-initial article before a name alone ("De Vries" vs. "De Belgen")', () => {
    const w = words('De Belgen wonnen gisteren .');
    expect(nameStart(w, ['DET', 'PROPN', 'VERB|Fin|Past', 'ADV', 'PUNCT'], 1)).toBe(1);
  });
});

describe('verb-table fallbacks after tagging', () => {
  it('a participle at the end of a clause with a perfect or passive auxiliary is a participle', () => {
    const t = tokensFromWords('Daarna is de afspraak met de school verschoven .'.split(' '));
    expect(t[7]!.verb?.participle).toBe(true);
    expect(t[7]!.verb?.finite).toBe(false);
  });
  it('a subordinator right before the end of the clause is a pronoun ("de buren zien dat.")', () => {
    const t = tokensFromWords('Oma drinkt veel en de buren zien dat .'.split(' '));
    expect(t[7]!.tag).toBe('PRON');
  });
  it('a past form between an article and a noun is an attributive participle, but not after a fronted year', () => {
    const t = tokensFromWords('Moeder volgt het vernieuwde programma .'.split(' '));
    expect(t[3]!.verb?.participle).toBe(true);
    const y = tokensFromWords('In 2019 gebruikte moeder dagelijks drugs .'.split(' '));
    expect(y[2]!.verb?.finite).toBe(true);
  });
  it('a verb form after a subject pronoun is not a preposition', () => {
    const t = tokensFromWords('Ik hoor het vaak van de buren .'.split(' '));
    expect(t[1]!.verb?.finite).toBe(true);
  });
  it('a sentence without any finite verb gets one from the verb table after its subject', () => {
    const t = tokensFromWords('De buurvrouw belde gisteren met de wijkagent .'.split(' '));
    expect(t[2]!.verb?.finite).toBe(true);
    expect(t[2]!.verb?.tense).toBe('past');
  });
});

describe('long input', () => {
  it('tags a very long sentence without punctuation and finds subjects near each verb', () => {
    const words = Array.from({ length: 600 }, () => ['moeder', 'belt', 'de', 'school', 'en']).flat();
    const r = analyzeWords(words);
    expect(r.tags).toHaveLength(words.length);
    const v = r.tags.findIndex((t, i) => i > 2000 && t.includes('|Fin'));
    expect(v).toBeGreaterThan(0);
    const s = r.subjectOf(v);
    expect(s).toBeDefined();
    expect(Math.abs(s! - v)).toBeLessThanOrEqual(40);
  });
});

describe('tagger labels', () => {
  it('tags every word and gives verbs form and tense', () => {
    const r = analyzeWords(['De', 'jongen', 'werd', 'gisteren', 'opgehaald', '.']);
    expect(r.tags).toHaveLength(6);
    expect(r.tags[2]).toMatch(/^(AUX|VERB)\|Fin\|Past$/);
    expect(r.tags[4]).toMatch(/^(AUX|VERB)\|Part$/);
  });
});

// A tiny hand-made treebank to test the measurement itself.
const CONLLU = [
  '# sent_id = a',
  '# text = Sem heeft gewerkt .',
  '1\tSem\tSem\tPROPN\tN|eigen\t_\t3\tnsubj\t_\t_',
  '2\theeft\thebben\tAUX\tWW|pv|tgw|met-t\tNumber=Sing|Tense=Pres|VerbForm=Fin\t3\taux\t_\t_',
  '3\tgewerkt\twerken\tVERB\tWW|vd|vrij|zonder\tVerbForm=Part\t0\troot\t_\t_',
  '4\t.\t.\tPUNCT\tLET\t_\t3\tpunct\t_\t_',
  '',
  '# sent_id = b',
  '# text = Hij liep en zij rent .',
  '1\tHij\thij\tPRON\tVNW\t_\t2\tnsubj\t_\t_',
  '2\tliep\tlopen\tVERB\tWW|pv|verl|ev\tTense=Past|VerbForm=Fin\t0\troot\t_\t_',
  '3\ten\ten\tCCONJ\tVG|neven\t_\t5\tcc\t_\t_',
  '4\tzij\tzij\tPRON\tVNW\t_\t5\tnsubj\t_\t_',
  '5\trent\trennen\tVERB\tWW|pv|tgw|met-t\tTense=Pres|VerbForm=Fin\t2\tconj\t_\t_',
  '6\t.\t.\tPUNCT\tLET\t_\t2\tpunct\t_\t_',
  '',
].join('\n');

describe('the eval:taal measurement', () => {
  it('reads CoNLL-U, labels words and finds gold subjects (also through an auxiliary)', () => {
    const s = parseConllu(CONLLU);
    expect(s).toHaveLength(2);
    expect(labelOf(s[0]!.words[1]!)).toBe('AUX|Fin|Pres');
    expect(labelOf(s[0]!.words[2]!)).toBe('VERB|Part');
    expect(goldSubject(s[0]!, 1)).toBe(0);
    expect(goldSubject(s[1]!, 4)).toBe(3);
  });

  it('computes tense, participle, subject and perfect figures from a known analysis', () => {
    const tok = (text: string, verb?: Token['verb']): Token => ({ text, lower: text.toLowerCase(), start: 0, end: 0, kind: 'word', pos: 'other', ...(verb ? { verb } : {}) });
    // Sentence a: tense right, participle found, subject right, perfect found.
    // Sentence b: 'liep' read as present (wrong), 'rent' right; 'Hij' predicted as a participle
    // (a false participle); the subject of 'rent' wrong; no perfect.
    const analyses = [
      {
        tokens: [tok('Sem'), tok('heeft', { lemma: 'hebben', finite: true, tense: 'present', subject: 0 }), tok('gewerkt', { lemma: 'werken', finite: false, participle: true }), tok('.')],
        clauses: [{ start: 0, end: 0, tokenRange: [0, 3] as [number, number], finiteVerb: 1, tense: 'perfect' as const, subordinate: false, passive: false, subject: 0 }],
      },
      {
        tokens: [tok('Hij', { lemma: 'x', finite: false, participle: true }), tok('liep', { lemma: 'lopen', finite: true, tense: 'present', subject: 0 }), tok('en'), tok('zij'), tok('rent', { lemma: 'rennen', finite: true, tense: 'present', subject: 0 }), tok('.')],
        clauses: [],
      },
    ];
    let k = 0;
    const r = scoreConllu(CONLLU, () => analyses[k++]!);
    expect(r.tense).toMatchObject({ correct: 2, total: 3 });
    expect(r.participlePrecision).toMatchObject({ correct: 1, total: 2 });
    expect(r.participleRecall).toMatchObject({ correct: 1, total: 1 });
    expect(r.subject).toMatchObject({ correct: 2, total: 3 });
    expect(r.compoundPrecision).toMatchObject({ correct: 1, total: 1 });
    expect(r.compoundRecall).toMatchObject({ correct: 1, total: 1 });
    expect(r.finitePrecision).toMatchObject({ correct: 3, total: 3 });
    expect(r.tenseWhenFound).toMatchObject({ correct: 2, total: 3 });
  });
});
