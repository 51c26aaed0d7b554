/**
 * A view of a text in which personal data is found, with the way back to
 * the text's own offsets. The same name can be written in many ways that a
 * reader does not see: decomposed accents (NFD), a soft hyphen or a
 * zero-width space inside it, a Turkish dotted capital İ. The view drops
 * format characters (\p{Cf}) and combining marks, so finders see "Zoë",
 * "Zoe\u0308" and "Zo\u00ADë" alike; `lower` is the same view in lower
 * case with a few letters folded (ı → i, ø → o …), character for character,
 * so both share one offset map.
 */

export interface TextView {
  /** Without format characters and combining marks; case kept. */
  text: string;
  /** The same, lower case, letters folded; same length as `text`. */
  lower: string;
  /** For each code unit of `text`, its offset in the original; one more entry for the end. */
  origin: Int32Array;
  /** The original text. */
  source: string;
}

const FOLD: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ŀ: 'l' };
const DROP = /^[\p{Cf}\p{M}]$/u;

function lowerChar(c: string): string {
  const l = c.toLowerCase();
  const one = l.length === c.length ? l : c;
  return FOLD[one] ?? one;
}

export function makeView(source: string): TextView {
  let text = '';
  let lower = '';
  // A letter never becomes more than a few code units (ß stays ß): room for every code unit, and the end.
  let origin = new Int32Array(source.length + 16);
  let n = 0;
  let i = 0;
  for (const ch of source) {
    if (DROP.test(ch)) {
      i += ch.length;
      continue;
    }
    // A precomposed letter without its accents (é → e, İ → I), one code point at a time.
    const base = ch.length === 1 && ch.charCodeAt(0) < 0x80 ? ch : ch.normalize('NFD').replace(/[\p{M}\p{Cf}]/gu, '') || ch;
    for (const c of base) {
      text += c;
      for (let k = 0; k < c.length; k++) {
        lower += c.length === 1 ? lowerChar(c) : c[k];
        if (n >= origin.length - 1) {
          const bigger = new Int32Array(origin.length * 2);
          bigger.set(origin);
          origin = bigger;
        }
        origin[n++] = i;
      }
    }
    i += ch.length;
  }
  origin[n++] = source.length;
  return { text, lower, origin: origin.subarray(0, n), source };
}

/** The original offsets of a range of the view (end exclusive); dropped characters inside stay inside. */
export function toSource(view: TextView, start: number, end: number): { start: number; end: number } {
  const s = view.origin[start]!;
  let e = end < view.origin.length ? view.origin[end]! : view.source.length;
  // Format characters right after the range are not part of it (a zero-width space before a space).
  if (end < view.text.length) {
    const last = view.origin[end - 1]!;
    const lastLen = view.source.codePointAt(last)! > 0xffff ? 2 : 1;
    let k = last + lastLen;
    // Keep combining marks of the last letter, stop before anything else that was dropped.
    while (k < e && /\p{M}/u.test(view.source[k]!)) k++;
    e = k;
  }
  return { start: s, end: e };
}

/** Lower case, without accents or invisible characters: the key under which a name is known. */
export function foldKey(s: string): string {
  return makeView(s).lower.replace(/\s+/g, ' ').trim();
}
