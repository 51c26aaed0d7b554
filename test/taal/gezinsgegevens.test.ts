/**
 * Language helpers for issue 14 (src/taal/ages.ts, counts.ts, kinship.ts,
 * weekdays.ts, phrases.ts, goals.ts) and the lexicons vage-doelwerkwoorden,
 * zichtbaar-resultaat, vage-zorgen and eindpunt: every entry has an invented
 * example sentence that the helper finds.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import {
  ageMentions,
  ageOn,
  childCounts,
  createTaal,
  endPointCues,
  hasObservableResult,
  hasTimeAnchor,
  kinMentions,
  normalize,
  schoolGroups,
  vagueConcerns,
  vagueGoalVerbs,
  weekdayDates,
  wordCount,
} from '../../src/taal/index.js';

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe('ages in the text', () => {
  it('finds an age in brackets, as an adjective and in a plain sentence, with the name', () => {
    expect(ageMentions('Sem (13 jaar) en de vijftienjarige Noor').map((a) => [a.name, a.age, a.text])).toEqual([
      ['Sem', 13, 'Sem (13 jaar)'],
      ['Noor', 15, 'de vijftienjarige Noor'],
    ]);
    expect(ageMentions('Mila is nu 8 jaar oud.').map((a) => [a.name, a.age])).toEqual([['Mila', 8]]);
    expect(ageMentions('De 15-jarige gaat naar school.')[0]).toMatchObject({ age: 15, start: 0 });
  });

  it('does not take time spans or amounts for ages', () => {
    expect(ageMentions('Sem is 3 jaar geleden verhuisd.')).toEqual([]);
    expect(ageMentions('Sem is 2 jaar bij de club.')).toEqual([]);
    expect(ageMentions('Het contract (12 maanden) loopt af.')).toEqual([]);
  });

  it('computes the age on a date, before and after the birthday', () => {
    expect(ageOn(utc(2014, 6, 2), utc(2025, 3, 14))).toBe(10);
    expect(ageOn(utc(2014, 6, 2), utc(2025, 6, 2))).toBe(11);
  });

  it('finds school groups but not ranges', () => {
    expect(schoolGroups('Daan zit in groep 7 en Noor in groep drie.').map((g) => g.group)).toEqual([7, 3]);
    expect(schoolGroups('Een combinatieklas groep 7-8 en groep 5/6.')).toEqual([]);
  });
});

describe('counts, family roles, weekdays', () => {
  it('counts definite groups of children only', () => {
    expect(childCounts('De drie kinderen en beide kinderen').map((c) => c.count)).toEqual([3, 2]);
    expect(childCounts('Moeder heeft vier kinderen.')).toEqual([]);
    expect(childCounts('De twee kinderen van tante Ans logeren.')).toEqual([]);
  });

  it('finds a family role with a first name, and a name with its role in brackets', () => {
    expect(kinMentions('Hij speelt met zijn kleine zusje Mila en Tom (vader) kijkt.').map((k) => [k.name, k.role, k.form])).toEqual([
      ['Mila', 'kind', 'possessive'],
      ['Tom', 'vader', 'bracket'],
    ]);
    expect(kinMentions('Volgens moeder gaat het goed.')).toEqual([]);
  });

  it('gives the real weekday of a written date', () => {
    const [w] = weekdayDates('Op maandag 4 maart 2025 en vrijdag 14-03-2025.');
    expect(w).toMatchObject({ written: 'maandag', actual: 'dinsdag' });
    expect(weekdayDates('vrijdag 14-03-2025')[0]!.actual).toBe('vrijdag');
  });

  it('counts words without punctuation', () => {
    expect(wordCount('Sem (10) gaat, elke dag, naar school.')).toBe(7);
  });
});

describe('goals: time anchors and observable results', () => {
  it('finds time anchors', () => {
    for (const t of ['voor 1 juni 2025', 'binnen drie maanden', 'voor de zomervakantie', 'evaluatie in oktober', 'in maart 2025']) expect(hasTimeAnchor(`Sem leest ${t}.`), t).toBe(true);
    expect(hasTimeAnchor('Sem leest elke dag.')).toBe(false);
  });

  it('does not take a date for an observable result', () => {
    const lex = createTaal().lexicon('zichtbaar-resultaat');
    expect(hasObservableResult('Moeder werkt aan structuur voor 1 juni 2025.', lex)).toBe(false);
    expect(hasObservableResult('Sem is 90% van de lessen aanwezig.', lex)).toBe(true);
  });
});

interface LexiconFile {
  bron: string;
  licentie: string;
  woorden: string[];
  voorbeelden: Record<string, string>;
}

function lexicon(name: string): LexiconFile {
  return YAML.parse(readFileSync(`src/taal/data/lexicons/${name}.yaml`, 'utf8')) as LexiconFile;
}

const taal = createTaal();
const CASES: [string, (text: string) => string[]][] = [
  ['vage-doelwerkwoorden', (t) => vagueGoalVerbs(t, taal.lexicon('vage-doelwerkwoorden')).map((m) => m.text)],
  ['vage-zorgen', (t) => vagueConcerns(t, taal.lexicon('vage-zorgen')).map((m) => m.text)],
  ['eindpunt', (t) => endPointCues(t, taal.lexicon('eindpunt')).map((m) => m.text)],
];

describe('lexicons with an invented example per entry', () => {
  for (const name of ['vage-doelwerkwoorden', 'zichtbaar-resultaat', 'vage-zorgen', 'eindpunt']) {
    it(`${name}: has a source, a licence and an example for every entry`, () => {
      const lex = lexicon(name);
      expect(lex.bron.length).toBeGreaterThan(40);
      expect(lex.licentie).toBeTruthy();
      expect(Object.keys(lex.voorbeelden).sort()).toEqual([...lex.woorden].sort());
    });
  }

  for (const [name, find] of CASES) {
    const lex = lexicon(name);
    for (const entry of lex.woorden) {
      it(`${name}: "${entry}" is found in its example`, () => {
        const found = find(lex.voorbeelden[entry]!).map(normalize);
        const head = normalize(entry).split(' ')[0]!;
        expect(found.some((f) => f.startsWith(head)), found.join(', ')).toBe(true);
      });
    }
  }

  const observable = lexicon('zichtbaar-resultaat');
  for (const entry of observable.woorden) {
    it(`zichtbaar-resultaat: "${entry}" makes its example observable`, () => {
      const without = observable.voorbeelden[entry]!;
      expect(hasObservableResult(without, taal.lexicon('zichtbaar-resultaat'))).toBe(true);
    });
  }
});
