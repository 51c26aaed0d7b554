/** Offsets ↔ line/column in a decoded text. */
import type { Point, Span } from './types.js';

export function computeLineStarts(text: string): number[] {
  const starts = [0];
  let i = text.indexOf('\n');
  while (i >= 0) {
    starts.push(i + 1);
    i = text.indexOf('\n', i + 1);
  }
  return starts;
}

export function makePointAt(lineStarts: number[], length: number): (offset: number) => Point {
  return (offset: number): Point => {
    const o = Math.max(0, Math.min(offset, length));
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - lineStarts[lo]! + 1, offset: o };
  };
}

export function spanFrom(pointAt: (o: number) => Point, start: number, end: number): Span {
  return { start: pointAt(start), end: pointAt(Math.max(start, end)) };
}
