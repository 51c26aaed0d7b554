/**
 * A family role followed by a first name: "zijn zusje Mila", "haar broer Daan",
 * "hun moeder Lisa", "de moeder van Sem, Lisa" is not covered. And a name
 * followed by its role in brackets: "Tom (vader)".
 * The role is mapped to a `rol` of the document format (or 'kind' for a child
 * or sibling), so a rule can compare it with the frontmatter.
 */

export type KinRole = 'moeder' | 'vader' | 'stiefouder' | 'pleegouder' | 'kind';

/** Family role nouns and what they mean in the frontmatter. */
export const KIN_ROLES: Record<string, KinRole> = {
  moeder: 'moeder', mama: 'moeder', vader: 'vader', papa: 'vader',
  stiefvader: 'stiefouder', stiefmoeder: 'stiefouder', pleegvader: 'pleegouder', pleegmoeder: 'pleegouder',
  zus: 'kind', zusje: 'kind', zuster: 'kind', broer: 'kind', broertje: 'kind', halfzus: 'kind', halfzusje: 'kind',
  halfbroer: 'kind', halfbroertje: 'kind', zoon: 'kind', zoontje: 'kind', dochter: 'kind', dochtertje: 'kind',
};

export interface KinMention {
  text: string;
  start: number;
  end: number;
  /** The role noun as written, lowercase ('zusje'). */
  roleWord: string;
  role: KinRole;
  name: string;
  nameStart: number;
  nameEnd: number;
  /** 'possessive' = "zijn zusje Mila"; 'bracket' = "Mila (zusje)". */
  form: 'possessive' | 'bracket';
}

const ROLE_RE = Object.keys(KIN_ROLES).sort((a, b) => b.length - a.length).join('|');
const NAME = '(\\p{Lu}[\\p{Ll}\\p{M}]+(?:-\\p{Lu}[\\p{Ll}\\p{M}]+)?)';
const POSSESSIVE = new RegExp(
  `\\b(?:zijn|haar|hun|diens|mijn|ons|onze)\\s+(?:(?:jongere|oudere|kleine|grote|jongste|oudste|tweelings?|eigen|biologische)\\s+)?(${ROLE_RE})\\s+${NAME}(?![\\p{L}\\p{M}])`,
  'gu',
);
const BRACKET = new RegExp(`${NAME}\\s*\\(\\s*(${ROLE_RE})\\s*\\)`, 'gu');

/** Family roles with a first name in a text. */
export function kinMentions(text: string): KinMention[] {
  const out: KinMention[] = [];
  let m: RegExpExecArray | null;
  POSSESSIVE.lastIndex = 0;
  while ((m = POSSESSIVE.exec(text))) {
    const roleWord = m[1]!.toLowerCase();
    const name = m[2]!;
    const nameStart = m.index + m[0].length - name.length;
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, roleWord, role: KIN_ROLES[roleWord]!, name, nameStart, nameEnd: nameStart + name.length, form: 'possessive' });
  }
  BRACKET.lastIndex = 0;
  while ((m = BRACKET.exec(text))) {
    const roleWord = m[2]!.toLowerCase();
    const name = m[1]!;
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, roleWord, role: KIN_ROLES[roleWord]!, name, nameStart: m.index, nameEnd: m.index + name.length, form: 'bracket' });
  }
  return out.sort((a, b) => a.start - b.start);
}
