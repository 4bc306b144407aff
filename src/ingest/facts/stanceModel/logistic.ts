/**
 * Multinomial logistic regression over sparse binary features: small, transparent (one weight per
 * feature and class, readable in the JSON), and trained here from the corpus with a fixed seed.
 */
export interface LogisticModel {
  classes: string[];
  /** feature → one weight per class (classes' order). */
  weights: Record<string, number[]>;
}

export interface Example {
  features: string[];
  label: string;
}

export interface FitOptions {
  classes: readonly string[];
  epochs?: number;
  /** L2 penalty over the whole training set per epoch (spread over each feature's occurrences). */
  l2?: number;
  rate?: number;
  seed?: number;
  /** Features seen in fewer training examples than this are dropped. */
  minCount?: number;
}

/** Class probabilities for one example's features (unknown features weigh nothing). */
export function probabilities(model: LogisticModel, features: string[]): number[] {
  const scores = model.classes.map(() => 0);
  for (const f of features) {
    const w = model.weights[f];
    if (w) for (let k = 0; k < scores.length; k++) scores[k] = (scores[k] as number) + (w[k] ?? 0);
  }
  const top = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - top));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / sum);
}

/** The likeliest class and its probability. */
export function classify(model: LogisticModel, features: string[]): { label: string; p: number } {
  const p = probabilities(model, features);
  let best = 0;
  for (let k = 1; k < p.length; k++) if ((p[k] as number) > (p[best] as number)) best = k;
  return { label: model.classes[best] as string, p: p[best] as number };
}

/** A small seeded generator (mulberry32), so that the shuffle, and so the weights, are reproducible. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Stochastic gradient descent with AdaGrad steps, examples shuffled by a seeded generator each epoch.
 * Features are numbered once, so that the weights are one flat array (a feature's classes side by side).
 */
export function fitLogistic(examples: Example[], options: FitOptions): LogisticModel {
  const { classes, epochs = 10, l2 = 1, rate = 0.1, seed = 13, minCount = 2 } = options;
  const K = classes.length;
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const numbers = new Map<string, number>();
  const names: string[] = [];
  const numberOf = (f: string) => {
    let n = numbers.get(f);
    if (n === undefined) numbers.set(f, (n = names.push(f) - 1));
    return n;
  };
  const rows = examples.map((e) => ({
    features: Int32Array.from(e.features.filter((f) => (counts.get(f) ?? 0) >= minCount).map(numberOf)),
    y: classes.indexOf(e.label),
  }));
  // Each feature takes its share of the penalty at each of its occurrences, so a frequent feature (the
  // bias, the rules' verdict) is not shrunk harder than a rare word.
  const share = Float64Array.from(names, (f) => l2 / (counts.get(f) ?? 1));
  const w = new Float64Array(names.length * K);
  const g2 = new Float64Array(names.length * K);
  const scores = new Float64Array(K);
  const random = seeded(seed);
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const i of order) {
      const row = rows[i] as (typeof rows)[number];
      if (row.y < 0) continue;
      scores.fill(0);
      for (const f of row.features)
        for (let k = 0; k < K; k++) scores[k] = (scores[k] as number) + (w[f * K + k] as number);
      let top = -Infinity;
      for (let k = 0; k < K; k++) top = Math.max(top, scores[k] as number);
      let sum = 0;
      for (let k = 0; k < K; k++) sum += scores[k] = Math.exp((scores[k] as number) - top);
      for (const f of row.features) {
        for (let k = 0; k < K; k++) {
          const at = f * K + k;
          const grad =
            (scores[k] as number) / sum - (k === row.y ? 1 : 0) + (share[f] as number) * (w[at] as number);
          g2[at] = (g2[at] as number) + grad * grad;
          w[at] = (w[at] as number) - (rate * grad) / Math.sqrt((g2[at] as number) + 1e-8);
        }
      }
    }
  }
  const fitted: LogisticModel = { classes: [...classes], weights: {} };
  names.forEach((f, n) => {
    fitted.weights[f] = Array.from(w.subarray(n * K, n * K + K), (x) => Math.round(x * 1000) / 1000);
  });
  return fitted;
}
