/**
 * Applying fixes to a file's bytes, faithfully: fixes are offsets into the
 * decoded text (BOM removed, line endings LF), so they are mapped back onto
 * the text as it was (CR LF and CR kept, also in a file with mixed line
 * endings), applied, and the result is encoded as it was read (UTF-8 or
 * UTF-16 LE/BE, with or without BOM). Overlapping edits: the first wins, the
 * others wait for a next run (as in ESLint).
 */
import { decode } from '../document/decode.js';
import type { FixEdit } from '../engine/types.js';

export interface FixOutcome {
  bytes: Uint8Array;
  /** Edits applied. */
  applied: number;
  /** Edits left out because they overlap an earlier one. */
  skipped: number;
}

function bomLength(bytes: Uint8Array): number {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 3;
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return 2;
  return 0;
}

/** Offset in the raw text (line endings as written) of each offset in the LF text. */
function rawOffsets(raw: string): (i: number) => number {
  if (!raw.includes('\r')) return (i) => i;
  // starts[k] = raw offset of the k-th character of the LF text.
  const starts: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    starts.push(i);
    if (raw[i] === '\r' && raw[i + 1] === '\n') i++;
  }
  return (i) => (i >= starts.length ? raw.length : starts[i]!);
}

function encode(text: string, name: 'utf-8' | 'utf-16le' | 'utf-16be'): Uint8Array {
  if (name === 'utf-8') return new TextEncoder().encode(text);
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const [lo, hi] = [c & 0xff, c >> 8];
    out[2 * i] = name === 'utf-16le' ? lo : hi;
    out[2 * i + 1] = name === 'utf-16le' ? hi : lo;
  }
  return out;
}

/** The bytes with the edits applied; undefined when the bytes cannot be decoded (then nothing is written). */
export function applyFixes(bytes: Uint8Array, edits: readonly FixEdit[]): FixOutcome | undefined {
  const decoded = decode(bytes);
  if (!decoded.ok) return undefined;
  const { name, bom, lineEnding } = decoded.encoding;
  const bomBytes = bom ? bytes.subarray(0, bomLength(bytes)) : new Uint8Array(0);
  let body = bytes.subarray(bomBytes.length);
  if (name !== 'utf-8' && body.length % 2 === 1) body = body.subarray(0, body.length - 1);
  const raw = new TextDecoder(name).decode(body);
  const at = rawOffsets(raw);

  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let out = '';
  let pos = 0; // in LF text
  let applied = 0;
  let skipped = 0;
  let lastEnd = -1;
  for (const e of sorted) {
    const [s, t] = e.range;
    if (s < lastEnd || s > decoded.text.length || t < s) {
      skipped++;
      continue;
    }
    out += raw.slice(at(pos), at(s)) + e.text.replace(/\n/g, lineEnding);
    pos = t;
    lastEnd = t;
    applied++;
  }
  out += raw.slice(at(pos));
  const encoded = encode(out, name);
  const result = new Uint8Array(bomBytes.length + encoded.length);
  result.set(bomBytes, 0);
  result.set(encoded, bomBytes.length);
  return { bytes: result, applied, skipped };
}
