/**
 * A conditional logit ("which of these options"): one weight per feature, an option's score the sum of
 * its features' weights, the options of one statement compared by softmax. Fitted by full-batch
 * gradient descent with AdaGrad steps from zero weights, so the same rows give the same weights.
 */
export interface RankerModel {
  weights: Record<string, number>;
  /** The chooser overrides the rules' pick only when its pick is this much likelier (1 = never). */
  margin: number;
}

/** One statement: its options' features, which options are right, and which is the rules' pick. */
export interface RankRow {
  corpus: string;
  options: string[][];
  right: boolean[];
  rules: number;
}

export interface RankOptions {
  l2: number;
  iterations: number;
  /** Features seen in fewer training corpora are left out: they do not carry across corpora. */
  minCorpora: number;
}

export const RANK_DEFAULTS: RankOptions = { l2: 1, iterations: 150, minCorpora: 3 };

/** Each option's probability of being the speaker, under the model's weights. */
export function optionProbabilities(weights: Record<string, number>, options: string[][]): number[] {
  const scores = options.map((fs) => fs.reduce((sum, f) => sum + (weights[f] ?? 0), 0));
  const top = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - top));
  const total = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / total);
}

/**
 * The option picked: the likeliest, when it is at least `margin` likelier than the rules' pick;
 * else the rules' pick.
 */
export function pick(model: RankerModel, options: string[][], rules: number): number {
  return pickAt(optionProbabilities(model.weights, options), rules, model.margin);
}

/** The option a margin picks from the options' probabilities (`pick` with a model's; cross-validation's own). */
export function pickAt(p: number[], rules: number, margin: number): number {
  let best = rules;
  for (let i = 0; i < p.length; i++) if ((p[i] as number) > (p[best] as number)) best = i;
  return best !== rules && (p[best] as number) - (p[rules] as number) >= margin ? best : rules;
}

/**
 * Maximises the log-probability of the right options (summed, where several are right) over the rows
 * that have a right option and a choice to make, with an L2 penalty.
 */
export function fitRanker(rows: RankRow[], options: RankOptions = RANK_DEFAULTS): Record<string, number> {
  const usable = rows.filter((r) => r.options.length > 1 && r.right.some((x) => x));
  const corpora = new Map<string, Set<string>>();
  for (const r of usable)
    for (const fs of r.options)
      for (const f of fs) corpora.set(f, (corpora.get(f) ?? new Set()).add(r.corpus));
  const kept = [...corpora.entries()]
    .filter(([, c]) => c.size >= options.minCorpora)
    .map(([f]) => f)
    .sort();
  const id = new Map(kept.map((f, i) => [f, i]));
  const data = usable.map((r) => ({
    options: r.options.map((fs) => [...new Set(fs)].flatMap((f) => (id.has(f) ? [id.get(f) as number] : []))),
    right: r.right,
  }));
  const w = new Float64Array(kept.length);
  const g2 = new Float64Array(kept.length);
  const grad = new Float64Array(kept.length);
  const rate = 0.1;
  for (let it = 0; it < options.iterations; it++) {
    grad.fill(0);
    for (const row of data) {
      const scores = row.options.map((fs) => fs.reduce((s, f) => s + (w[f] as number), 0));
      const top = Math.max(...scores);
      const exp = scores.map((s) => Math.exp(s - top));
      const total = exp.reduce((a, b) => a + b, 0);
      const rightMass = exp.reduce((a, e, i) => a + (row.right[i] ? e : 0), 0);
      // d(−log P(right))/dw = E_all[f] − E_right[f]
      row.options.forEach((fs, i) => {
        const coef = (exp[i] as number) / total - (row.right[i] ? (exp[i] as number) / rightMass : 0);
        for (const f of fs) grad[f] = (grad[f] as number) + coef;
      });
    }
    for (let f = 0; f < w.length; f++) {
      const g = (grad[f] as number) / data.length + (options.l2 * (w[f] as number)) / data.length;
      g2[f] = (g2[f] as number) + g * g;
      w[f] = (w[f] as number) - (rate * g) / Math.sqrt((g2[f] as number) + 1e-8);
    }
  }
  const weights: Record<string, number> = {};
  kept.forEach((f, i) => {
    const x = Math.round((w[i] as number) * 1000) / 1000;
    if (x !== 0) weights[f] = x;
  });
  return weights;
}
