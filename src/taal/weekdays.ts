/**
 * A weekday written with a full date: "maandag 4 maart 2025", "op dinsdag
 * 4-3-2025", "vrijdag 14 maart 2025". The rule can compare the weekday with the
 * real weekday of the date.
 */
import { MONTHS } from './time.js';

export const WEEKDAYS = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'] as const;

export interface WeekdayDate {
  text: string;
  start: number;
  end: number;
  /** The weekday as written (lowercase) and its index (0 = zondag). */
  written: string;
  writtenIndex: number;
  date: Date;
  /** The weekday the date really falls on. */
  actual: string;
}

const MONTH_RE = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const RE = new RegExp(
  `\\b(${WEEKDAYS.join('|')})\\s*,?\\s+(?:(\\d{1,2})\\s+(${MONTH_RE})\\.?\\s+(\\d{4})|(\\d{1,2})[-/](\\d{1,2})[-/](\\d{4}))\\b`,
  'giu',
);

/** Weekday + date pairs in a text (only complete dates with a year). */
export function weekdayDates(text: string): WeekdayDate[] {
  const out: WeekdayDate[] = [];
  RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RE.exec(text))) {
    const written = m[1]!.toLowerCase();
    const [y, mo, d] = m[2] ? [Number(m[4]), MONTHS[m[3]!.toLowerCase()]!, Number(m[2])] : [Number(m[7]), Number(m[6]) - 1, Number(m[5])];
    const date = new Date(Date.UTC(y, mo, d));
    if (date.getUTCMonth() !== mo || date.getUTCDate() !== d) continue;
    out.push({
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
      written,
      writtenIndex: WEEKDAYS.indexOf(written as (typeof WEEKDAYS)[number]),
      date,
      actual: WEEKDAYS[date.getUTCDay()]!,
    });
  }
  return out;
}
