import { type StanceText, stanceFeatures } from '../../facts/stanceModel/features';
import {
  type Example,
  type FitOptions,
  type LogisticModel,
  classify,
  fitLogistic,
} from '../../facts/stanceModel/logistic';
import type { StanceRow } from './dataset';

/** The stances as scored: CLAIMS and OTHER are one neutral class. */
export const SCORED_STANCES = ['ACCUSES', 'CONDEMNS', 'DENIES', 'CALLS_FOR', 'SUPPORTS', 'NEUTRAL'] as const;

/** The fit's settings, chosen on folds A–F only (corpus G's fold never chose them). */
export const FIT: FitOptions = { classes: SCORED_STANCES, l2: 3 };

const features = (text: StanceText, rules?: string | null) => [
  ...stanceFeatures(text),
  ...(rules ? [`rules:${rules}`] : []),
];

/** The classifier alone, learned from the gold spans' words. */
export function trainLearned(rows: StanceRow[], options: Partial<FitOptions> = {}): LogisticModel {
  const examples: Example[] = rows.map((r) => ({ features: features(r.text), label: r.label }));
  return fitLogistic(examples, { ...FIT, ...options });
}

/** The classifier with the rules' verdict as one more feature, learned from the found statements. */
export function trainStacked(rows: StanceRow[], options: Partial<FitOptions> = {}): LogisticModel {
  const examples: Example[] = rows.map((r) => ({ features: features(r.text, r.rules), label: r.label }));
  return fitLogistic(examples, { ...FIT, ...options });
}

export const learnedOf = (model: LogisticModel, r: StanceRow) => classify(model, features(r.text));
export const stackedOf = (model: LogisticModel, r: StanceRow) => classify(model, features(r.text, r.rules));

/** How the rules' verdict and the classifier's are combined; `threshold` is the classifier's least probability. */
export type Combination = 'neutral-only' | 'any';

export function combined(
  how: Combination,
  rules: string,
  learned: { label: string; p: number },
  threshold: number,
): string {
  if (learned.p < threshold || learned.label === rules) return rules;
  if (how === 'neutral-only') return rules === 'NEUTRAL' ? learned.label : rules;
  return learned.label;
}

export const THRESHOLDS = [0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.99, 1.01];

/**
 * The threshold chosen inside the training corpora only: each of them held out in turn from a model
 * learned on the others, the found statements' predictions pooled, the most accurate threshold kept
 * (the higher one on a tie, so the rules keep their say).
 */
export function innerThreshold(how: Combination, gold: StanceRow[], found: StanceRow[]): number {
  const corpora = [...new Set(gold.map((r) => r.corpus))];
  const pooled: { rules: string; learned: { label: string; p: number }; label: string }[] = [];
  for (const inner of corpora) {
    const model = trainLearned(gold.filter((r) => r.corpus !== inner));
    for (const r of found.filter((x) => x.corpus === inner))
      pooled.push({ rules: r.rules as string, learned: learnedOf(model, r), label: r.label });
  }
  let best = { t: 1.01, right: -1 };
  for (const t of THRESHOLDS) {
    const right = pooled.filter((x) => combined(how, x.rules, x.learned, t) === x.label).length;
    if (right >= best.right) best = { t, right };
  }
  return best.t;
}
