/**
 * Averaged perceptron (Collins 2002), in the classic design of Honnibal's
 * part-of-speech tagger: string features, one weight per feature and label,
 * weights averaged over all updates. Training and the compact model format.
 */

/** Sparse weights: feature → [labelIndex, weight, labelIndex, weight, …]. */
export type CompactWeights = Record<string, number[]>;

/** A feature: a string, or a hashed integer (see features.ts). */
export type Feature = string | number;

export class Perceptron {
  readonly labels: string[];
  private readonly index = new Map<string, number>();
  /** feature → label index → weight */
  private readonly weights = new Map<Feature, Map<number, number>>();
  private readonly totals = new Map<string, number>();
  private readonly stamps = new Map<string, number>();
  private instances = 0;

  constructor(labels: string[]) {
    this.labels = labels;
    labels.forEach((l, i) => this.index.set(l, i));
  }

  scores(features: readonly Feature[]): Float64Array {
    const s = new Float64Array(this.labels.length);
    for (const f of features) {
      const w = this.weights.get(f);
      if (!w) continue;
      for (const [l, v] of w) s[l] += v;
    }
    return s;
  }

  predict(features: readonly Feature[]): number {
    return argmax(this.scores(features));
  }

  /** One training step: if the guess is wrong, reward the truth and punish the guess. */
  update(truth: number, guess: number, features: readonly Feature[]): void {
    this.instances++;
    if (truth === guess) return;
    for (const f of features) {
      let w = this.weights.get(f);
      if (!w) this.weights.set(f, (w = new Map()));
      this.bump(f, w, truth, 1);
      this.bump(f, w, guess, -1);
    }
  }

  /** Ranking step (one label): +1 on features only the gold candidate has, −1 on those only the guess has. */
  rank(up: readonly Feature[], down: readonly Feature[]): void {
    this.instances++;
    for (const [list, delta] of [[up, 1], [down, -1]] as const) {
      for (const f of list) {
        let w = this.weights.get(f);
        if (!w) this.weights.set(f, (w = new Map()));
        this.bump(f, w, 0, delta);
      }
    }
  }

  /** Counts an instance without an update (a correct ranking). */
  tick(): void {
    this.instances++;
  }

  private bump(f: Feature, w: Map<number, number>, label: number, delta: number): void {
    const key = `${label}\u0000${f}`;
    const old = w.get(label) ?? 0;
    this.totals.set(key, (this.totals.get(key) ?? 0) + (this.instances - (this.stamps.get(key) ?? 0)) * old);
    this.stamps.set(key, this.instances);
    w.set(label, old + delta);
  }

  labelIndex(label: string): number {
    const i = this.index.get(label);
    if (i === undefined) throw new Error(`unknown label ${label}`);
    return i;
  }

  /** Replaces every weight by its average over all training instances. */
  average(): void {
    for (const [f, w] of this.weights) {
      for (const [l, v] of w) {
        const key = `${l}\u0000${f}`;
        const total = (this.totals.get(key) ?? 0) + (this.instances - (this.stamps.get(key) ?? 0)) * v;
        w.set(l, total / Math.max(1, this.instances));
      }
    }
    this.totals.clear();
    this.stamps.clear();
  }

  /**
   * The weights as integers (weight × scale, rounded), dropping those whose
   * absolute rounded value is below minAbs, and features left empty.
   */
  compact(scale: number, minAbs: number): CompactWeights {
    const out: CompactWeights = {};
    for (const f of [...this.weights.keys()].sort((a, b) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0))) {
      const list: number[] = [];
      for (const [l, v] of [...this.weights.get(f)!].sort((a, b) => a[0] - b[0])) {
        const r = Math.round(v * scale);
        if (Math.abs(r) >= minAbs) list.push(l, r);
      }
      if (list.length) out[String(f)] = list;
    }
    return out;
  }
}

export function argmax(s: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < s.length; i++) if (s[i]! > s[best]!) best = i;
  return best;
}

/** A loaded compact model: fast scoring only. */
export class CompactModel {
  readonly labels: string[];
  private readonly weights: CompactWeights;

  constructor(labels: string[], weights: CompactWeights) {
    this.labels = labels;
    // Without a prototype one property read answers both "is it there" and "what is it".
    this.weights = Object.setPrototypeOf(weights, null) as CompactWeights;
  }

  /** Adds the features' weights to s (a fresh array when none is given). */
  scores(features: readonly Feature[], s: Float64Array = new Float64Array(this.labels.length)): Float64Array {
    const all = this.weights;
    for (let i = 0; i < features.length; i++) {
      const w = all[features[i]! as string];
      if (w === undefined) continue;
      for (let k = 0; k < w.length; k += 2) s[w[k]!] += w[k + 1]!;
    }
    return s;
  }

  predict(features: readonly Feature[]): number {
    return argmax(this.scores(features));
  }
}

/** Deterministic pseudo-random numbers (mulberry32) for shuffling training data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: T[], random: () => number): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}
