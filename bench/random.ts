/**
 * Deterministic randomness for the generator: the same seed gives the same graph on every machine.
 * `Math.random` is never used.
 */

export type Random = () => number;

/** mulberry32: a small, fast 32-bit PRNG with a good enough distribution for synthetic data. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [min, max], both included. */
export function intBetween(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick() from an empty list');
  return item;
}

export function chance(random: Random, probability: number): boolean {
  return random() < probability;
}

/** Fisher-Yates, in place. */
export function shuffle<T>(random: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = items[i] as T;
    items[i] = items[j] as T;
    items[j] = a;
  }
  return items;
}

/**
 * Samples indexes 0..n-1 in proportion to the given weights, in O(log n) per draw (binary search over
 * the cumulative sums).
 */
export class WeightedSampler {
  private readonly cumulative: Float64Array;

  constructor(weights: ArrayLike<number>) {
    if (weights.length === 0) throw new Error('WeightedSampler needs at least one weight');
    this.cumulative = new Float64Array(weights.length);
    let sum = 0;
    for (let i = 0; i < weights.length; i++) {
      sum += weights[i] as number;
      this.cumulative[i] = sum;
    }
  }

  get size(): number {
    return this.cumulative.length;
  }

  /** The probability of drawing index i. */
  share(i: number): number {
    const total = this.cumulative[this.cumulative.length - 1] as number;
    const before = i === 0 ? 0 : (this.cumulative[i - 1] as number);
    return ((this.cumulative[i] as number) - before) / total;
  }

  draw(random: Random): number {
    const total = this.cumulative[this.cumulative.length - 1] as number;
    const target = random() * total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cumulative[mid] as number) > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/** Zipf weights: rank r (0-based) has weight 1 / (r + 1)^exponent. */
export function zipf(n: number, exponent = 1): WeightedSampler {
  const weights = new Float64Array(n);
  for (let r = 0; r < n; r++) weights[r] = 1 / Math.pow(r + 1, exponent);
  return new WeightedSampler(weights);
}

/** A Pareto-distributed weight (heavy tail) with the given shape, capped so one item cannot dominate. */
export function paretoWeight(random: Random, shape: number, cap: number): number {
  const u = 1 - random(); // (0, 1]
  return Math.min(cap, 1 / Math.pow(u, 1 / shape));
}

/** Small counts with a geometric tail: 0 with probability 1-p, and so on. */
export function geometric(random: Random, p: number, max: number): number {
  let n = 0;
  while (n < max && random() < p) n++;
  return n;
}
