import {
  type RankOptions,
  RANK_DEFAULTS,
  type RankRow,
  fitRanker,
  optionProbabilities,
  pickAt,
} from '../../speakers/learned/ranker';

/** Margins the sure variant may take: 0 is the plain argmax, above 1 never overrides the rules. */
export const MARGINS = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01];

interface OutOfFold {
  corpus: string;
  p: number[];
  right: boolean[];
  rules: number;
}

/** Each corpus of the rows held out in turn from weights learned on the others: pooled predictions. */
export function outOfFold(rows: RankRow[], options: RankOptions = RANK_DEFAULTS): OutOfFold[] {
  const pooled: OutOfFold[] = [];
  for (const held of [...new Set(rows.map((r) => r.corpus))]) {
    const weights = fitRanker(
      rows.filter((r) => r.corpus !== held),
      options,
    );
    for (const r of rows.filter((r) => r.corpus === held))
      pooled.push({
        corpus: held,
        p: optionProbabilities(weights, r.options),
        right: r.right,
        rules: r.rules,
      });
  }
  return pooled;
}

/**
 * The margin chosen inside the training corpora only (the held-out corpus never votes): the one with
 * the most right picks over the pooled out-of-fold predictions, the higher on a tie, so the rules keep
 * their say.
 */
export function innerMargin(pooled: Omit<OutOfFold, 'corpus'>[]): number {
  let best = { margin: 1.01, right: -1 };
  for (const margin of MARGINS) {
    const right = pooled.filter((x) => x.right[pickAt(x.p, x.rules, margin)]).length;
    if (right >= best.right) best = { margin, right };
  }
  return best.margin;
}
