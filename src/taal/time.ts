/**
 * Time references in Dutch text: dates (12 maart 2019, 12-03-2019,
 * 2019-03-12, maart 2019), years and ranges, relative time ("drie jaar
 * geleden", "vorig jaar", "afgelopen zomer") against the document date, and
 * ages of a child ("toen Sem twee was", "op vijfjarige leeftijd", "als peuter").
 */
import type { AnalysisContext, TimeReference } from './types.js';
import { escapeRegExp } from '../util/regexp.js';

/** Dutch month names and their abbreviations → month index (0-11). */
export const MONTHS: Record<string, number> = {
  januari: 0, jan: 0, februari: 1, feb: 1, maart: 2, mrt: 2, april: 3, apr: 3, mei: 4, juni: 5, jun: 5, juli: 6, jul: 6,
  augustus: 7, aug: 7, september: 8, sep: 8, sept: 8, oktober: 9, okt: 9, november: 10, nov: 10, december: 11, dec: 11,
};
const NUMBERS: Record<string, number> = {
  een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12,
  dertien: 13, veertien: 14, vijftien: 15, zestien: 16, zeventien: 17, achttien: 18, negentien: 19, twintig: 20, anderhalf: 1.5, half: 0.5,
};
const ORDINALS: Record<string, number> = {
  eerste: 1, tweede: 2, derde: 3, vierde: 4, vijfde: 5, zesde: 6, zevende: 7, achtste: 8, negende: 9, tiende: 10, elfde: 11, twaalfde: 12,
  dertiende: 13, veertiende: 14, vijftiende: 15, zestiende: 16, zeventiende: 17,
};
const AGE_WORDS: Record<string, [number, number]> = { baby: [0, 1], zuigeling: [0, 1], peuter: [2, 3], kleuter: [4, 6], tiener: [13, 17], puber: [12, 16] };

const MONTH_RE = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const NUM_RE = `\\d+(?:[.,]5)?|${Object.keys(NUMBERS).sort((a, b) => b.length - a.length).join('|')}`;

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d));
const endOfMonth = (y: number, m: number) => utc(y, m + 1, 0);

function num(s: string): number | undefined {
  const l = s.toLowerCase();
  if (l in NUMBERS) return NUMBERS[l];
  const n = Number(l.replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}

function addMonths(d: Date, months: number): Date {
  const whole = Math.trunc(months);
  const r = utc(d.getUTCFullYear(), d.getUTCMonth() + whole, d.getUTCDate());
  if (months !== whole) r.setUTCDate(r.getUTCDate() + Math.round((months - whole) * 30));
  return r;
}

interface Pattern {
  re: RegExp;
  make(m: RegExpExecArray, ctx: AnalysisContext): Omit<TimeReference, 'text' | 'start' | 'end' | 'since'> | undefined;
}

const PATTERNS: Pattern[] = [
  {
    // 12 maart 2019
    re: new RegExp(`\\b(\\d{1,2})\\s+(${MONTH_RE})\\.?\\s+(\\d{4})\\b`, 'giu'),
    make: (m) => {
      const d = utc(Number(m[3]), MONTHS[m[2]!.toLowerCase()]!, Number(m[1]));
      return { date: d, endDate: d, precision: 'day', kind: 'absolute' };
    },
  },
  {
    // 2019-03-12
    re: /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g,
    make: (m) => validDay(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  {
    // 12-03-2019, 12/3/2019, 12.03.2019
    re: /\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b/g,
    make: (m) => validDay(Number(m[3]), Number(m[2]), Number(m[1])),
  },
  {
    // maart 2019, (de zomer van) 2019 handled by the year pattern
    re: new RegExp(`\\b(${MONTH_RE})\\.?\\s+(\\d{4})\\b`, 'giu'),
    make: (m) => {
      const y = Number(m[2]);
      const mo = MONTHS[m[1]!.toLowerCase()]!;
      return { date: utc(y, mo, 1), endDate: endOfMonth(y, mo), precision: 'month', kind: 'absolute' };
    },
  },
  {
    // 2018-2019, 2018/2019 (school years)
    re: /\b((?:19|20)\d{2})\s*[-/–]\s*((?:19|20)\d{2})\b/g,
    make: (m) => {
      const [a, b] = [Number(m[1]), Number(m[2])];
      // "schooljaar 2023-2024": from August to July.
      if (b === a + 1 && /schooljaar\s*$/iu.test(m.input.slice(Math.max(0, m.index - 20), m.index))) {
        return { date: utc(a, 7, 1), endDate: utc(b, 6, 31), precision: 'month', kind: 'absolute' };
      }
      return { date: utc(a, 0, 1), endDate: utc(b, 11, 31), precision: 'year', kind: 'absolute' };
    },
  },
  {
    // a year on its own
    re: /(?<![\d€$.,-])\b((?:19[5-9]|20[0-9])\d)\b(?![.,]?\d|\s*(?:euro|uur|km|kilo|gram|€))/g,
    make: (m) => ({ date: utc(Number(m[1]), 0, 1), endDate: utc(Number(m[1]), 11, 31), precision: 'year', kind: 'absolute' }),
  },
  {
    // drie jaar geleden, twee maanden geleden, vier weken terug
    re: new RegExp(`\\b(${NUM_RE})\\s+(jaar|jaren|maand|maanden|week|weken|dag|dagen)\\s+(geleden|terug)\\b`, 'giu'),
    make: (m, ctx) => {
      if (!ctx.docDate) return undefined;
      const n = num(m[1]!);
      if (n === undefined) return undefined;
      const unit = m[2]!.toLowerCase();
      const months = unit.startsWith('jaar') ? n * 12 : unit.startsWith('maand') ? n : 0;
      const days = unit.startsWith('we') ? n * 7 : unit.startsWith('dag') ? n : 0;
      const d = addMonths(ctx.docDate, -months);
      d.setUTCDate(d.getUTCDate() - days);
      return { date: d, endDate: d, precision: unit.startsWith('jaar') ? 'year' : unit.startsWith('maand') ? 'month' : 'day', kind: 'relative' };
    },
  },
  {
    // vorig jaar in september, in september vorig jaar, september vorig jaar
    re: new RegExp(
      `\\b(?:vorig|afgelopen)\\s+jaar\\s+(?:in|rond|begin|eind|half|medio)\\s+(${MONTH_RE})\\b|\\b(?:(?:in|rond|begin|eind|half|medio)\\s+)?(${MONTH_RE})\\s+(?:van\\s+)?(?:vorig|afgelopen)\\s+jaar\\b`,
      'giu',
    ),
    make: (m, ctx) => {
      if (!ctx.docDate) return undefined;
      const y = ctx.docDate.getUTCFullYear() - 1;
      const mo = MONTHS[(m[1] ?? m[2])!.toLowerCase()]!;
      return { date: utc(y, mo, 1), endDate: endOfMonth(y, mo), precision: 'month', kind: 'relative' };
    },
  },
  {
    re: /\b(vorig|afgelopen)\s+(jaar)\b|\b(vorige|afgelopen)\s+(maand|week|zomer|winter|herfst|lente|schooljaar)\b/giu,
    make: (m, ctx) => {
      if (!ctx.docDate) return undefined;
      const y = ctx.docDate.getUTCFullYear();
      const unit = (m[2] ?? m[4] ?? '').toLowerCase();
      if (unit === 'jaar') return { date: utc(y - 1, 0, 1), endDate: utc(y - 1, 11, 31), precision: 'year', kind: 'relative' };
      if (unit === 'maand') {
        const d = addMonths(ctx.docDate, -1);
        return { date: utc(d.getUTCFullYear(), d.getUTCMonth(), 1), endDate: endOfMonth(d.getUTCFullYear(), d.getUTCMonth()), precision: 'month', kind: 'relative' };
      }
      if (unit === 'week') {
        const d = utc(y, ctx.docDate.getUTCMonth(), ctx.docDate.getUTCDate() - 7);
        return { date: d, endDate: d, precision: 'day', kind: 'relative' };
      }
      // seasons and school year: within the last twelve months
      const d = addMonths(ctx.docDate, -6);
      return { date: d, endDate: ctx.docDate, precision: 'month', kind: 'relative' };
    },
  },
];

function validDay(y: number, m: number, d: number): Omit<TimeReference, 'text' | 'start' | 'end' | 'since'> | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const date = utc(y, m - 1, d);
  if (date.getUTCMonth() !== m - 1) return undefined;
  return { date, endDate: date, precision: 'day', kind: 'absolute' };
}

function ageReferences(text: string, ctx: AnalysisContext): TimeReference[] {
  const out: TimeReference[] = [];
  const kids = (ctx.children ?? []).filter((c) => c.birthDate);
  if (!kids.length) return out;
  // With several children, a pronoun ("op zijn twaalfde") means the one child named in the same text, if only one is.
  const named = kids.filter((k) => {
    const f = k.naam?.trim().split(/\s+/)[0];
    return f !== undefined && new RegExp(`(^|[^\\p{L}])${escapeRegExp(f)}([^\\p{L}]|$)`, 'u').test(text);
  });
  const single = kids.length === 1 ? kids[0] : named.length === 1 ? named[0] : undefined;
  const byName = (name: string) =>
    kids.find((k) => k.naam && k.naam.toLowerCase().split(/\s+/)[0] === name.toLowerCase()) ?? (/^(hij|zij|ze)$/i.test(name) ? single : undefined);
  const push = (m: RegExpExecArray, kid: { birthDate?: Date } | undefined, from: number, to: number) => {
    if (!kid?.birthDate) return;
    const b = kid.birthDate;
    out.push({
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
      date: utc(b.getUTCFullYear() + Math.floor(from), b.getUTCMonth(), b.getUTCDate()),
      endDate: utc(b.getUTCFullYear() + Math.floor(to) + 1, b.getUTCMonth(), b.getUTCDate() - 1),
      precision: 'year',
      kind: 'age',
      since: false,
    });
  };
  // toen Sem twee (jaar oud) was / toen hij drie jaar was
  const toen = new RegExp(`\\btoen\\s+(\\p{L}+)\\s+(${NUM_RE})(?:\\s+jaar)?(?:\\s+oud)?\\s+(?:was|werd)\\b`, 'giu');
  let m: RegExpExecArray | null;
  while ((m = toen.exec(text))) {
    const n = num(m[2]!);
    if (n !== undefined) push(m, byName(m[1]!), n, n);
  }
  // op vijfjarige leeftijd / op 5-jarige leeftijd
  const jarige = new RegExp(`\\bop\\s+(${NUM_RE}|\\d+)[- ]?jarige\\s+leeftijd\\b`, 'giu');
  while ((m = jarige.exec(text))) {
    const n = num(m[1]!.replace(/-$/, ''));
    if (n !== undefined) push(m, single, n, n);
  }
  const compound = /\bop\s+(\p{L}+?)jarige\s+leeftijd\b/giu;
  while ((m = compound.exec(text))) {
    const n = num(m[1]!);
    if (n !== undefined) push(m, single, n, n);
  }
  // op zijn twaalfde / op haar 12e (jaar)
  const ordinal = new RegExp(`\\bop\\s+(?:zijn|haar|(\\p{L}+)s)\\s+(\\d{1,2})(?:e|de|ste)\\b|\\bop\\s+(?:zijn|haar)\\s+(${Object.keys(ORDINALS).join('|')})\\b`, 'giu');
  while ((m = ordinal.exec(text))) {
    const n = m[2] ? Number(m[2]) : ORDINALS[m[3]!.toLowerCase()];
    if (n !== undefined) push(m, m[1] ? byName(m[1]) : single, n, n);
  }
  // toen Lina in groep 3 zat (groep N: about N+3 to N+4 years old)
  const groep = /\btoen\s+(\p{L}+)\s+in\s+groep\s+(\d)\s+(?:zat|was)\b/giu;
  while ((m = groep.exec(text))) push(m, byName(m[1]!), Number(m[2]) + 3, Number(m[2]) + 4);
  // "In groep 6 weigert Niels …": the child named in the sentence (or the only child).
  const inGroep = /\b(?<!toen\s+\p{L}+\s+)in\s+groep\s+([1-8])\b(?!\s*(?:[-–,]|en|of|tot)\s*\d)/giu;
  while ((m = inGroep.exec(text))) push(m, single, Number(m[1]) + 3, Number(m[1]) + 4);
  // als baby / peuter / kleuter, toen hij (nog) een baby was (only when it is clear which child)
  const asAge = /\b(?:als|toen\s+(?:hij|zij|ze)\s+(?:een|nog\s+een))\s+(baby|zuigeling|peuter|kleuter)\b/giu;
  while ((m = asAge.exec(text))) {
    const range = AGE_WORDS[m[1]!.toLowerCase()]!;
    push(m, single, range[0], range[1]);
  }
  // toen Amira (nog) een baby was
  const toenNamed = /\b[Tt]oen\s+(\p{Lu}\p{L}+)\s+(?:nog\s+)?een\s+(baby|zuigeling|peuter|kleuter)\b/gu;
  while ((m = toenNamed.exec(text))) {
    const range = AGE_WORDS[m[2]!.toLowerCase()]!;
    push(m, byName(m[1]!), range[0], range[1]);
  }
  return out;
}

const SINCE = /\b(sinds|vanaf|sedert|al\s+sinds|al\s+vanaf|sindsdien|tot\s+nu\s+toe|nog\s+steeds)\b[^.]{0,40}$/iu;

export function findTimeReferences(text: string, ctx: AnalysisContext = {}): TimeReference[] {
  const out: TimeReference[] = [];
  const taken: [number, number][] = [];
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && e > a);
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = p.re.exec(text))) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlaps(start, end)) continue;
      const made = p.make(m, ctx);
      if (!made) continue;
      taken.push([start, end]);
      const before = text.slice(Math.max(0, start - 48), start);
      out.push({ ...made, text: m[0], start, end, since: SINCE.test(before) && !/[,;]/.test(before.slice(before.search(SINCE))) });
    }
  }
  for (const a of ageReferences(text, ctx)) if (!overlaps(a.start, a.end)) out.push(a);
  return out.sort((a, b) => a.start - b.start);
}
