/** Tokenizer for Dutch text: words (with hyphens and apostrophes), numbers and dates, punctuation. */

export interface RawToken {
  text: string;
  start: number;
  end: number;
  kind: 'word' | 'number' | 'punct' | 'symbol';
}

// Dates (12-03-2019, 2019-03-12, 12/3/2019) and numbers (1.000, 3,5) first, then words, then single marks.
const TOKEN = /(\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4})|(\d+(?:[.,]\d+)*(?:e|ste|de)?)|([\p{L}\p{M}](?:[\p{L}\p{M}\d]|['’-](?=[\p{L}\p{M}\d]))*)|('(?:s|t|k|n|m)\b)|([^\s\p{L}\p{M}\d])/gu;

export function tokenizeRaw(text: string): RawToken[] {
  const out: RawToken[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text))) {
    const t = m[0];
    const kind: RawToken['kind'] = m[1] || m[2] ? 'number' : m[3] || m[4] ? 'word' : /[.,;:!?()"'“”‘’«»\[\]-–—…]/.test(t) ? 'punct' : 'symbol';
    out.push({ text: t, start: m.index, end: m.index + t.length, kind });
  }
  return out;
}
