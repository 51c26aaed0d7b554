/**
 * Mentions of child-protection measures ("OTS", "uithuisplaatsing", "machtiging
 * uithuisplaatsing", "gezagsbeëindiging", …) in a token list, with their kind
 * as written in frontmatter `maatregelen[].soort`. Lexicon:
 * data/lexicons/maatregelwoorden.yaml.
 */
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { packagePath } from '../util/paths.js';
import { normalize, PhraseSet } from './lexicon.js';
import type { Token } from './types.js';

export interface LexiconItem {
  woord: string;
  zin: string;
  soort?: string;
}

const itemCache = new Map<string, LexiconItem[]>();

/** Entries of a lexicon file with an invented example sentence per entry (`items:`). */
export function loadLexiconItems(name: string, file?: string): LexiconItem[] {
  const key = file ?? name;
  const hit = itemCache.get(key);
  if (hit) return hit;
  const raw = YAML.parse(readFileSync(file ?? packagePath('src/taal/data/lexicons', `${name}.yaml`), 'utf8')) as { items?: LexiconItem[] };
  const items = (raw?.items ?? []).map((i) => ({ ...i, woord: normalize(String(i.woord)) }));
  itemCache.set(key, items);
  return items;
}

export interface MeasureMention {
  /** Index of the first and last token (inclusive). */
  first: number;
  last: number;
  start: number;
  end: number;
  /** OTS | VOTS | MUHP | VoVo | schorsing-gezag | GBM | voogdij | maatregel */
  soort: string;
  text: string;
}

let matcher: { set: PhraseSet; kinds: Map<string, string> } | undefined;

function measureMatcher() {
  if (!matcher) {
    const items = loadLexiconItems('maatregelwoorden');
    matcher = { set: new PhraseSet(items.map((i) => i.woord)), kinds: new Map(items.map((i) => [i.woord, i.soort ?? 'maatregel'])) };
  }
  return matcher;
}

/** Words of a token list for phrase matching; a hyphenated compound counts by its first part ("OTS-verzoek" → "ots"). */
function words(tokens: readonly Token[]): string[] {
  return tokens.map((t) => normalize(t.lower));
}

/** Every measure mentioned in the tokens, longest match first, left to right. */
export function measureMentions(tokens: readonly Token[], text: string): MeasureMention[] {
  const { set, kinds } = measureMatcher();
  const w = words(tokens);
  const out: MeasureMention[] = [];
  for (let i = 0; i < w.length; i++) {
    let n = set.matchAt(w, i);
    let soort: string | undefined;
    if (n > 0) soort = kinds.get(w.slice(i, i + n).join(' '));
    else {
      // "OTS-verzoek", "uithuisplaatsingsverzoek"
      const head = w[i]!.split('-')[0]!;
      if (head !== w[i] && kinds.has(head)) {
        n = 1;
        soort = kinds.get(head);
      }
    }
    if (n > 0) {
      const first = tokens[i]!;
      const last = tokens[i + n - 1]!;
      out.push({ first: i, last: i + n - 1, start: first.start, end: last.end, soort: soort ?? 'maatregel', text: text.slice(first.start, last.end) });
      i += n - 1;
    }
  }
  return out;
}
