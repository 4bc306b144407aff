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

/** Which rows a model learns from and which features it reads of them. */
export interface ModelSpec {
  /** 'gold': the gold spans' words; 'found': the extractor's matched statements. */
  learnsFrom: 'gold' | 'found';
  features: (r: StanceRow) => string[];
}

const CONFUSED = new Set(['NEUTRAL', 'ACCUSES']);
const onConfusion = (r: StanceRow) => CONFUSED.has(r.rules ?? '');
const withRules = (r: StanceRow) => [
  ...features(r.text, r.rules),
  ...r.context,
  ...(onConfusion(r) ? r.context.map((f) => `${r.rules}|${f}`) : []),
];

export const SPECS = {
  /** The classifier alone, learned from the gold spans' words (stanceml7's). */
  learned: { learnsFrom: 'gold', features: (r) => features(r.text) },
  /** The rules' verdict as one more feature, learned from the found statements (stanceml7's). */
  stacked: { learnsFrom: 'found', features: (r) => features(r.text, r.rules) },
  /** The sentence features and the article-level ones, learned from the found statements. */
  article: { learnsFrom: 'found', features: (r) => [...features(r.text), ...r.context] },
  /** The same with the rules' verdict, and the rules' verdict crossed with each article feature. */
  'article+rules': { learnsFrom: 'found', features: withRules },
} satisfies Record<string, ModelSpec>;

export type SpecName = keyof typeof SPECS;

export interface Fitted {
  spec: ModelSpec;
  model: LogisticModel;
}

export function train(spec: ModelSpec, data: { gold: StanceRow[]; found: StanceRow[] }): Fitted {
  const rows = spec.learnsFrom === 'gold' ? data.gold : data.found;
  const examples: Example[] = rows.map((r) => ({ features: spec.features(r), label: r.label }));
  return { spec, model: fitLogistic(examples, FIT) };
}

export const predict = (f: Fitted, r: StanceRow) => classify(f.model, f.spec.features(r));

/**
 * How the rules' verdict and the classifier's are combined, where the classifier is at least
 * `threshold` sure: 'neutral-only' overrules only a neutral verdict; 'accuse-confusion' only the two
 * confusions (neutral → ACCUSES and ACCUSES → neutral); 'any' overrules anything.
 */
export type Combination = 'neutral-only' | 'accuse-confusion' | 'any';

export function combined(
  how: Combination,
  rules: string,
  learned: { label: string; p: number },
  threshold: number,
): string {
  if (learned.p < threshold || learned.label === rules) return rules;
  if (how === 'neutral-only') return rules === 'NEUTRAL' ? learned.label : rules;
  if (how === 'accuse-confusion')
    return CONFUSED.has(rules) && CONFUSED.has(learned.label) ? learned.label : rules;
  return learned.label;
}

export const THRESHOLDS = [0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.99, 1.01];

const byCorpus = (rows: StanceRow[], held: string): [StanceRow[], StanceRow[]] => [
  rows.filter((r) => r.corpus !== held),
  rows.filter((r) => r.corpus === held),
];

/**
 * Each training corpus that `tunes` (all when absent) held out in turn from a model learned on all the
 * others: the pooled out-of-fold predictions a threshold is chosen on.
 */
export function outOfFold(
  spec: ModelSpec,
  gold: StanceRow[],
  found: StanceRow[],
  tunes: (corpus: string) => boolean = () => true,
): { rules: string; learned: { label: string; p: number }; label: string }[] {
  const pooled: { rules: string; learned: { label: string; p: number }; label: string }[] = [];
  for (const inner of [...new Set(found.map((r) => r.corpus))].filter(tunes)) {
    const [g] = byCorpus(gold, inner);
    const [f, test] = byCorpus(found, inner);
    const fitted = train(spec, { gold: g, found: f });
    for (const r of test)
      pooled.push({ rules: r.rules as string, learned: predict(fitted, r), label: r.label });
  }
  return pooled;
}

/**
 * The threshold chosen inside the training corpora only (nested: the held-out corpus never votes):
 * the most accurate over the pooled out-of-fold predictions, the higher one on a tie, so the rules
 * keep their say.
 */
export function innerThreshold(
  how: Combination,
  pooled: { rules: string; learned: { label: string; p: number }; label: string }[],
): number {
  let best = { t: 1.01, right: -1 };
  for (const t of THRESHOLDS) {
    const right = pooled.filter((x) => combined(how, x.rules, x.learned, t) === x.label).length;
    if (right >= best.right) best = { t, right };
  }
  return best.t;
}
