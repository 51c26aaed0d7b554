/**
 * Bytes → text. Detects BOMs and UTF-16, rejects binary files and invalid
 * UTF-8 with the place of the first bad byte, and normalises line endings to
 * LF while remembering the original, so positions are the same whatever the
 * encoding and a fix can be written back faithfully.
 */
import type { Document } from './types.js';

export type Encoding = Document['encoding'];

export type DecodeResult =
  | { ok: true; text: string; encoding: Encoding }
  | { ok: false; code: 'binary' | 'invalid-utf8' | 'invalid-utf16'; message: string; line?: number; column?: number };

function detectUtf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** Line and column (1-based) of a byte offset in UTF-8 bytes that are valid up to that offset. */
function placeOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: (lines[lines.length - 1] ?? '').length + 1 };
}

/** Offset of the first byte that is not part of a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    let min = 0;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    if (i + need >= bytes.length) return i;
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function normaliseLineEndings(text: string): { text: string; lineEnding: Encoding['lineEnding'] } {
  // The first line ending decides (a file with mixed endings is written back with that one).
  const cr = text.indexOf('\r');
  let lineEnding: Encoding['lineEnding'] = '\n';
  if (cr >= 0) {
    const lf = text.indexOf('\n');
    if (lf === cr + 1) lineEnding = '\r\n';
    else if (lf < 0 || cr < lf) lineEnding = '\r';
  }
  return { text: cr >= 0 ? text.replace(/\r\n?/g, '\n') : text, lineEnding };
}

export function decode(bytes: Uint8Array): DecodeResult {
  let name: Encoding['name'] = 'utf-8';
  let bom = false;
  let body = bytes;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    bom = true;
    body = bytes.subarray(3);
  } else if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    name = 'utf-16le';
    bom = true;
    body = bytes.subarray(2);
  } else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    name = 'utf-16be';
    bom = true;
    body = bytes.subarray(2);
  } else {
    const guess = detectUtf16WithoutBom(bytes);
    if (guess) name = guess;
  }

  let text: string;
  if (name === 'utf-8') {
    if (body.includes(0)) {
      return {
        ok: false,
        code: 'binary',
        message: 'Dit is geen tekstbestand (het bevat binaire gegevens). Sla het document op als Markdown-tekst (.md).',
      };
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      const at = firstInvalidUtf8(body);
      const place = placeOfByte(body, Math.max(0, at));
      return {
        ok: false,
        code: 'invalid-utf8',
        message:
          `Het bestand is geen geldige UTF-8-tekst (eerste ongeldige teken op regel ${place.line}, kolom ${place.column}). ` +
          'Sla het document op als UTF-8.',
        ...place,
      };
    }
  } else {
    if (body.length % 2 === 1) body = body.subarray(0, body.length - 1);
    try {
      text = new TextDecoder(name, { fatal: true }).decode(body);
    } catch {
      return {
        ok: false,
        code: 'invalid-utf16',
        message: `Het bestand lijkt ${name.toUpperCase()} maar bevat ongeldige tekens. Sla het document op als UTF-8.`,
      };
    }
    if (text.includes('\u0000')) {
      return {
        ok: false,
        code: 'binary',
        message: 'Dit is geen tekstbestand (het bevat binaire gegevens). Sla het document op als Markdown-tekst (.md).',
      };
    }
  }
  const normal = normaliseLineEndings(text);
  return { ok: true, text: normal.text, encoding: { name, bom, lineEnding: normal.lineEnding } };
}
