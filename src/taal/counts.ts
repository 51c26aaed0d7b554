/**
 * Counts of the family's children written in the text: "de drie kinderen",
 * "alle vier kinderen", "beide kinderen", "hun twee kinderen", "de kinderen (3)".
 * Only definite groups (the children the document is about); "moeder heeft drie
 * kinderen" is a fact about the mother, not a count of the document's children.
 */
import { numberValue } from './ages.js';

export interface CountMention {
  text: string;
  start: number;
  end: number;
  count: number;
  /** The counted noun as written ('kinderen'). */
  noun: string;
}

const NUM = '(\\d{1,2}|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)';
const NOUN = '(kinderen|kids)';

const PATTERNS: { re: RegExp; count: (m: RegExpExecArray) => number | undefined; noun: number }[] = [
  { re: new RegExp(`\\b(?:de|alle|hun|deze|zijn|haar)\\s+${NUM}\\s+${NOUN}\\b`, 'giu'), count: (m) => numberValue(m[1]!), noun: 2 },
  { re: new RegExp(`\\bbeide\\s+${NOUN}\\b`, 'giu'), count: () => 2, noun: 1 },
  { re: new RegExp(`\\b(?:de|alle)\\s+${NOUN}\\s+\\((\\d{1,2})\\)`, 'giu'), count: (m) => Number(m[2]), noun: 1 },
];

/** Counts of children in a text. */
export function childCounts(text: string): CountMention[] {
  const out: CountMention[] = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = p.re.exec(text))) {
      const count = p.count(m);
      if (count === undefined) continue;
      // "de drie kinderen van tante Ans": the children of someone else.
      if (/^\s+(?:van|uit)\s/iu.test(text.slice(m.index + m[0].length))) continue;
      out.push({ text: m[0], start: m.index, end: m.index + m[0].length, count, noun: m[p.noun]!.toLowerCase() });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
