/**
 * The lexicons of the rules of issue 13: every entry has an invented example
 * sentence, and the detector that uses the entry finds it in that sentence.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import type { LexiconItem } from '../../src/taal/index.js';
import { createTaal, measureMentions, normalize, obligations, PhraseSet } from '../../src/taal/index.js';
import { decisionClaims, permissionFraming } from '../../rules/wie-beslist/detect.js';
import wieMeta from '../../rules/wie-beslist/meta.js';
import { hasPhrase as drangPhrase, lexicon as drangLexicon, threats } from '../../rules/drang-taal/index.js';

const ROOT = process.cwd();
const taal = createTaal();

function load(path: string): Record<string, unknown> {
  return YAML.parse(readFileSync(join(ROOT, path), 'utf8')) as Record<string, unknown>;
}

/** Does the example sentence hold the entry as a phrase (same normalising and word split as the rules)? */
function holds(entry: string, sentence: string): boolean {
  const set = new PhraseSet([normalize(entry)]);
  const words = normalize(sentence).split(/[^\p{L}\p{N}+/-]+/u).map((w) => w.replace(/^[-/]+|[-/]+$/g, '')).filter(Boolean);
  return words.some((_, i) => set.matchAt(words, i) > 0);
}

const FILES: Record<string, string[]> = {
  'src/taal/data/lexicons/maatregelwoorden.yaml': ['items'],
  'src/taal/data/lexicons/verplichting.yaml': ['items'],
  'src/taal/data/lexicons/correctiewoorden.yaml': ['items'],
  'rules/wie-beslist/beslissen.yaml': ['werkwoorden', 'toestemming'],
  'rules/drang-taal/drang.yaml': ['voorwaarden', 'gevolgen', 'vrijwillig', 'rechter-beslist'],
  'rules/zienswijze/horen.yaml': ['gehoord', 'gehoord-werkwoorden', 'visie-werkwoorden', 'geen-zienswijze'],
  'rules/maatregel-termijnen/termijnen.yaml': ['buitenshuis', 'wonen', 'achttien'],
  'rules/reactie-verwerkt/verwerking.yaml': ['verwerkt', 'niet-verwerkt', 'reden'],
};

describe('lexicon files of issue 13', () => {
  for (const [file, lists] of Object.entries(FILES)) {
    it(`${file}: origin, licence, and an example sentence for every entry`, () => {
      const raw = load(file);
      expect(String(raw.bron)).toMatch(/seed 00\d/);
      expect(String(raw.licentie).length).toBeGreaterThan(5);
      for (const list of lists) {
        const items = raw[list] as LexiconItem[];
        expect(items.length, `${file} ${list}`).toBeGreaterThan(0);
        const seen = new Set<string>();
        for (const i of items) {
          expect(typeof i.zin === 'string' && i.zin.length > 10, `${list}: ${i.woord}`).toBe(true);
          expect(seen.has(`${i.woord}`), `${list}: ${i.woord} twice`).toBe(false);
          seen.add(`${i.woord}`);
        }
      }
    });
  }

  it('every phrase entry occurs in its own example sentence', () => {
    const skip = new Set(['rules/wie-beslist/beslissen.yaml:werkwoorden', 'rules/zienswijze/horen.yaml:gehoord-werkwoorden', 'rules/zienswijze/horen.yaml:visie-werkwoorden']);
    for (const [file, lists] of Object.entries(FILES)) {
      const raw = load(file);
      for (const list of lists) {
        if (skip.has(`${file}:${list}`)) continue;
        for (const i of raw[list] as LexiconItem[]) expect(holds(String(i.woord), i.zin), `${file} ${list}: '${i.woord}' in '${i.zin}'`).toBe(true);
      }
    }
  });

  it('verb entries occur in their sentence as a form of that verb (by lemma)', () => {
    for (const [file, list] of [['rules/zienswijze/horen.yaml', 'gehoord-werkwoorden'], ['rules/zienswijze/horen.yaml', 'visie-werkwoorden'], ['rules/wie-beslist/beslissen.yaml', 'werkwoorden']] as const) {
      for (const i of load(file)[list] as LexiconItem[]) {
        const lemmas = taal.analyze(i.zin).tokens.map((t) => normalize(t.verb?.lemma ?? ''));
        const w = normalize(String(i.woord));
        // separable verbs: "legt … op" has the lemma leggen; "gaat … over" gaan
        const ok = lemmas.includes(w) || lemmas.some((l) => l.length > 3 && w.endsWith(l) && i.zin.toLowerCase().includes(` ${w.slice(0, w.length - l.length)}`));
        expect(ok, `${list}: '${i.woord}' in '${i.zin}' (${lemmas.filter(Boolean).join(', ')})`).toBe(true);
      }
    }
  });

  it('measure words: measureMentions finds each with its kind', () => {
    for (const i of load('src/taal/data/lexicons/maatregelwoorden.yaml').items as LexiconItem[]) {
      const found = measureMentions(taal.analyze(i.zin).tokens, i.zin);
      expect(found.map((m) => m.soort), `${i.woord}: ${i.zin}`).toContain(i.soort);
    }
  });

  it('obligation words: obligations() finds an obligation aimed at someone in each example', () => {
    for (const i of load('src/taal/data/lexicons/verplichting.yaml').items as LexiconItem[]) {
      const found = obligations(taal.analyze(i.zin), ['moeder', 'vader']);
      expect(found.filter((o) => !o.negated && o.addressee).length, `${i.woord}: ${i.zin}`).toBeGreaterThan(0);
    }
  });

  it('deciding verbs: the writer deciding on a measure is found in each example; the permission phrases too', () => {
    const o = wieMeta.defaultOptions!;
    const settings = {
      measures: new Set(o.maatregelen as string[]),
      verbs: new Set((o['beslis-werkwoorden'] as string[]).map(normalize)),
      writer: new Set((o.schrijver as string[]).map(normalize)),
      exceptions: new PhraseSet(o.uitzonderingen as string[]),
      requestVerbs: new Set((o['verzoek-werkwoorden'] as string[]).map(normalize)),
    };
    const raw = load('rules/wie-beslist/beslissen.yaml');
    for (const i of raw.werkwoorden as LexiconItem[]) expect(decisionClaims(taal.analyze(i.zin), settings).length, `${i.woord}: ${i.zin}`).toBe(1);
    for (const i of raw.toestemming as LexiconItem[]) expect(permissionFraming(taal.analyze(i.zin)).length, `${i.woord}: ${i.zin}`).toBeGreaterThan(0);
  });

  it('threat conditions and consequences: each example is a threat; a sentence where the judge decides is none', () => {
    const raw = load('rules/drang-taal/drang.yaml');
    for (const list of ['voorwaarden', 'gevolgen'] as const) {
      for (const i of raw[list] as LexiconItem[]) expect(threats(taal.analyze(i.zin)).length, `${list} ${i.woord}: ${i.zin}`).toBe(1);
    }
    for (const i of raw['rechter-beslist'] as LexiconItem[]) {
      expect(drangPhrase(drangLexicon().judge, i.zin), i.zin).toBe(true);
      expect(threats(taal.analyze(i.zin)), i.zin).toEqual([]);
    }
  });
});
