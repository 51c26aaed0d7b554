/** Detectors that read the attribution structure: the writer's view given as an attribution, and an inferred view. */
import { isFamily } from '../../../src/taal/index.js';
import type { Detector, Hit } from './types.js';

/** Character offsets → the token range they cover. */
function tokenRange(tokens: { start: number; end: number }[], start: number, end: number): Hit | undefined {
  const from = tokens.findIndex((t) => t.start >= start);
  let to = -1;
  tokens.forEach((t, k) => {
    if (t.end <= end) to = k;
  });
  return from >= 0 && to >= from ? { from, to } : undefined;
}

/**
 * The writer's view given as an attribution to the writer: "De gezinsvoogd vindt dat …" in a
 * gezinsplan, "De raad is van mening dat …" or "Naar het oordeel van de raad …" in a raadsrapport.
 */
export const meningVanSchrijver: Detector = {
  id: 'mening-van-schrijver',
  category: 'schrijversmening',
  messageId: 'eigen-mening',
  coverage: 'writer',
  example: { fout: 'De gezinsvoogd vindt dat moeder te weinig doet.', goed: 'Moeder vindt dat de school te weinig doet.' },
  find: ({ a }) => {
    const out: Hit[] = [];
    for (const x of a.attributions) {
      if (!x.byWriter || !x.opinion) continue;
      // Quote the whole expression: "De raad is van mening", "De raad maakt zich zorgen".
      let end = x.end;
      if (!/^(naar|volgens)\b/.test(x.cue)) {
        for (const t of a.tokens.filter((t) => t.start >= x.end).slice(0, 3)) {
          if (t.kind === 'punct' || /^(dat|of|over|om|omdat)$/.test(t.lower)) break;
          end = t.end;
        }
      }
      const h = tokenRange(a.tokens, x.start, end);
      if (h) out.push(h);
    }
    return out;
  },
};

/**
 * "Vader vindt zijn werk belangrijker dan zijn kinderen, want hij plant …": the writer infers the
 * view and gives the evidence; that inference is the writer's interpretation.
 */
export const afgeleideMening: Detector = {
  id: 'afgeleide-mening',
  category: 'duiding',
  messageId: 'uitleg',
  coverage: 'writer-only',
  example: { fout: 'Vader vindt zijn werk belangrijker dan Sem, want hij werkt elk weekend.', goed: 'Vader werkte in maart elk weekend.' },
  find: ({ a }) => {
    const inferred = a.attributions.find((x) => x.opinion && !x.byWriter && a.persons.some((p) => isFamily(p) && p.start >= x.start && p.end <= x.end));
    if (!inferred) return [];
    const want = a.tokens.findIndex((t) => t.lower === 'want' && t.start > inferred.end);
    return want >= 0 ? [{ from: want, to: want }] : [];
  },
};
