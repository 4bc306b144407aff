import fs from 'node:fs';
import path from 'node:path';
import { type DetectorModel, probability, uncovered } from '../../candidates/learned/detector';
import { quotedTokens, sentenceFeatures } from '../../candidates/learned/features';
import { trimEnd } from '../../candidates/candidates';
import type { CorpusArticle } from '../corpus';
import { spansMatch } from '../score';
import { ruleCandidates } from './rules';

/** One sentence no rule candidate touches: its features and whether a gold statement lies on it. */
export interface Example {
  corpus: string;
  features: string[];
  positive: boolean;
}

/**
 * The detector's training examples from annotated articles. A sentence is positive when a gold
 * statement (restatements aside) that no rule candidate matches matches it, as the scorer matches
 * spans; a sentence that only a restatement matches is left out (neither right nor wrong, as in scoring).
 */
export function examplesOf(a: CorpusArticle & { corpus: string }): Example[] {
  const { doc, quotes, rules } = ruleCandidates(a.text);
  const quoted = quotedTokens(doc, quotes);
  return uncovered(doc, rules).flatMap((i) => {
    const s = doc.sentences[i];
    if (!s) return [];
    const span = { start: s.start, end: trimEnd(a.text, s.start, s.end) };
    const on = a.statements.filter((g) => spansMatch(g, span));
    if (on.length > 0 && on.every((g) => g.restates !== null)) return [];
    // A gold statement a rule candidate already matches (one running on from the sentence before) is
    // found: a second statement on it would be an extra one.
    const missed = on.filter((g) => g.restates === null && !rules.some((c) => spansMatch(c, g)));
    return [
      {
        corpus: a.corpus,
        features: sentenceFeatures({ doc, s, quoted, rules }),
        positive: missed.length > 0,
      },
    ];
  });
}

export interface TrainOptions {
  /** L2 penalty per weight. */
  l2: number;
  iterations: number;
  /** Features seen in fewer training sentences are left out: rare words do not carry across corpora. */
  minCount: number;
  /** Nor those seen in fewer training corpora: one article's topic ("church") says nothing of the next. */
  minCorpora: number;
  /**
   * What a sentence fired on in error costs against one fired on rightly, when the threshold is
   * chosen: 1 maximises the sentence-level F1; more asks for a more precise detector.
   */
  falseCost: number;
}

export const DEFAULTS: TrainOptions = { l2: 1, iterations: 400, minCount: 3, minCorpora: 2, falseCost: 1 };

/**
 * Logistic regression by full-batch gradient descent with AdaGrad steps from zero weights: no
 * sampling, so the same examples give the same weights on every run.
 */
export function fit(examples: Example[], options: TrainOptions = DEFAULTS): DetectorModel {
  const counts = new Map<string, number>();
  const corpora = new Map<string, Set<string>>();
  for (const e of examples)
    for (const f of e.features) {
      counts.set(f, (counts.get(f) ?? 0) + 1);
      corpora.set(f, (corpora.get(f) ?? new Set()).add(e.corpus));
    }
  const kept = [...counts.entries()]
    .filter(([f, n]) => n >= options.minCount && (corpora.get(f)?.size ?? 0) >= options.minCorpora)
    .map(([f]) => f)
    .sort();
  const id = new Map(kept.map((f, i) => [f, i]));
  const rows = examples.map((e) => ({
    x: e.features.map((f) => id.get(f)).filter((i): i is number => i !== undefined),
    y: e.positive ? 1 : 0,
  }));
  const w = new Float64Array(kept.length);
  const g2 = new Float64Array(kept.length + 1);
  let bias = 0;
  const rate = 0.5;
  for (let it = 0; it < options.iterations; it++) {
    const grad = new Float64Array(kept.length);
    let gb = 0;
    for (const r of rows) {
      const z = r.x.reduce((s, i) => s + (w[i] as number), bias);
      const err = 1 / (1 + Math.exp(-z)) - r.y;
      gb += err;
      for (const i of r.x) grad[i] = (grad[i] as number) + err;
    }
    const n = rows.length;
    for (let i = 0; i < kept.length; i++) {
      const gi = (grad[i] as number) / n + (options.l2 * (w[i] as number)) / n;
      g2[i] = (g2[i] as number) + gi * gi;
      w[i] = (w[i] as number) - (rate * gi) / Math.sqrt((g2[i] as number) + 1e-12);
    }
    const gbn = gb / n;
    g2[kept.length] = (g2[kept.length] as number) + gbn * gbn;
    bias -= (rate * gbn) / Math.sqrt((g2[kept.length] as number) + 1e-12);
  }
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  const weights: Record<string, number> = {};
  kept.forEach((f, i) => {
    if (Math.abs(w[i] as number) >= 1e-3) weights[f] = round(w[i] as number);
  });
  return { bias: round(bias), weights, threshold: 0.5 };
}

/**
 * The threshold, chosen without the corpora scored later: each training corpus in turn is scored by
 * a model fitted on the others, and the threshold where those out-of-fold probabilities gain most
 * (sentences rightly fired on, less `falseCost` per wrong one) is kept; none gaining, it is 0.99.
 */
export function trainWithThreshold(examples: Example[], options: TrainOptions = DEFAULTS): DetectorModel {
  const corpora = [...new Set(examples.map((e) => e.corpus))].sort();
  const scored: { p: number; positive: boolean }[] = [];
  for (const c of corpora) {
    const model = fit(
      examples.filter((e) => e.corpus !== c),
      options,
    );
    for (const e of examples.filter((x) => x.corpus === c))
      scored.push({ p: probability(model, e.features), positive: e.positive });
  }
  let best = { threshold: 0.99, gain: 0 };
  for (let t = 0.2; t < 0.96; t += 0.05) {
    const fired = scored.filter((s) => s.p >= t);
    const tp = fired.filter((s) => s.positive).length;
    const gain = tp - options.falseCost * (fired.length - tp);
    if (gain > best.gain) best = { threshold: Math.round(t * 100) / 100, gain };
  }
  return { ...fit(examples, options), threshold: best.threshold };
}

export const MODEL_FILE = path.resolve(__dirname, '../../candidates/learned/spanDetector.json');

export function writeModel(model: DetectorModel): void {
  const weights = Object.fromEntries(Object.entries(model.weights).sort(([a], [b]) => a.localeCompare(b)));
  fs.writeFileSync(MODEL_FILE, `${JSON.stringify({ ...model, weights }, null, 2)}\n`);
}

export function committedModel(): DetectorModel {
  return JSON.parse(fs.readFileSync(MODEL_FILE, 'utf8')) as DetectorModel;
}
