/**
 * Ages and school groups written in the text: "Sem (13 jaar)", "Sem (13)",
 * "de 15-jarige Sem", "de vijftienjarige", "Sem is 13 jaar", "Sem, 13 jaar,";
 * "groep 7", "groep zeven". And the age of a person on a date.
 * All indexes are 0-based UTF-16 indexes into the analysed text, end exclusive.
 */

/** Dutch number words 0-20 (also the stem used in "vijftienjarige"). */
export const NUMBER_WORDS: Record<string, number> = {
  nul: 0, een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12,
  dertien: 13, veertien: 14, vijftien: 15, zestien: 16, zeventien: 17, achttien: 18, negentien: 19, twintig: 20,
};
const NUMBER_WORD_RE = Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|');

/** A number written in digits or as a word ("13", "dertien"); undefined otherwise. */
export function numberValue(s: string): number | undefined {
  const l = s.toLowerCase();
  if (l in NUMBER_WORDS) return NUMBER_WORDS[l];
  return /^\d{1,3}$/.test(l) ? Number(l) : undefined;
}

export interface AgeMention {
  /** The whole cue as written ("Sem (13 jaar)", "de 15-jarige Sem"). */
  text: string;
  start: number;
  end: number;
  /** The stated age in whole years. */
  age: number;
  /** The first name the age belongs to, if the text names one next to it. */
  name?: string;
}

// A capitalised first name (also with a hyphen: "Anne-Fleur").
const NAME = '(\\p{Lu}[\\p{Ll}\\p{M}]+(?:-\\p{Lu}[\\p{Ll}\\p{M}]+)?)';
const NUM = `(\\d{1,2}|${NUMBER_WORD_RE})`;

const AGE_PATTERNS: { re: RegExp; name: number; age: number }[] = [
  // Sem (13 jaar) / Sem (13) / Sem (13 jr.) / Sem (13 jaar oud)
  { re: new RegExp(`${NAME}\\s*\\(\\s*${NUM}(?:\\s*(?:jaar|jr\\.?)(?:\\s+oud)?)?\\s*\\)`, 'gu'), name: 1, age: 2 },
  // Sem, 13 jaar, … / Sem (groep 7, 13 jaar) is not matched: only the plain apposition
  { re: new RegExp(`${NAME},\\s+${NUM}\\s+jaar(?:\\s+oud)?,`, 'gu'), name: 1, age: 2 },
  // Sem is (nu|inmiddels|bijna?) 13 jaar (oud) — not "13 jaar geleden", not "bijna"
  { re: new RegExp(`${NAME}\\s+is\\s+(?:nu\\s+|inmiddels\\s+)?${NUM}\\s+jaar(?:\\s+oud)?(?!\\s+(?:geleden|terug|lang|bij|in|op|onder|uit))\\b`, 'gu'), name: 1, age: 2 },
  // de 15-jarige Sem / de vijftienjarige Sem / de 15-jarige (without a name)
  { re: new RegExp(`\\b(?:de|het|een)\\s+${NUM}-?jarige(?:\\s+(?:zoon|dochter|jongen|meisje|broer|zus))?(?:\\s+${NAME})?`, 'giu'), name: 2, age: 1 },
];

/** Ages stated in a text, each with the name next to it when there is one. */
export function ageMentions(text: string): AgeMention[] {
  const out: AgeMention[] = [];
  for (const p of AGE_PATTERNS) {
    p.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = p.re.exec(text))) {
      const age = numberValue(m[p.age]!);
      if (age === undefined || age > 25) continue;
      if (out.some((o) => m!.index < o.end && o.start < m!.index + m![0].length)) continue;
      const name = m[p.name];
      out.push({ text: m[0], start: m.index, end: m.index + m[0].length, age, ...(name ? { name } : {}) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Age in whole years on a date (UTC dates). */
export function ageOn(birth: Date, on: Date): number {
  let age = on.getUTCFullYear() - birth.getUTCFullYear();
  if (on.getUTCMonth() < birth.getUTCMonth() || (on.getUTCMonth() === birth.getUTCMonth() && on.getUTCDate() < birth.getUTCDate())) age--;
  return age;
}

export interface SchoolGroupMention {
  text: string;
  start: number;
  end: number;
  /** Primary-school group 1-8. */
  group: number;
}

const GROUP_RE = new RegExp(`\\bgroep\\s+([1-8]|een|twee|drie|vier|vijf|zes|zeven|acht)\\b(?![-/.,]\\d)`, 'giu');

/** Primary-school groups ("groep 7", "groep zeven"); not ranges ("groep 7-8") nor "groep 7/8". */
export function schoolGroups(text: string): SchoolGroupMention[] {
  const out: SchoolGroupMention[] = [];
  GROUP_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = GROUP_RE.exec(text))) {
    const g = numberValue(m[1]!);
    if (g === undefined || g < 1 || g > 8) continue;
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, group: g });
  }
  return out;
}

/**
 * The ages a child usually has in a primary-school group on a date: groep 1 at 4, groep 8
 * at 11-12, with a year's slack each way for a late start, a repeated or a skipped year.
 */
export function usualAgesForGroup(group: number): [number, number] {
  return [group + 2, group + 5];
}
