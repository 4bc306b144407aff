import type { ArticleScore } from './scoreArticle';

/** The stances as scored: CLAIMS and OTHER are one neutral class (scoreArticle's neutralStance). */
const CLASSES = ['ACCUSES', 'CONDEMNS', 'DENIES', 'CALLS_FOR', 'SUPPORTS', 'NEUTRAL'] as const;

/** Gold stance × predicted stance over the found statements: counts[gold][predicted]. */
export function stanceConfusion(scores: ArticleScore[]): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>();
  for (const row of scores.flatMap((s) => s.gold)) {
    if (row.predictedStance === null) continue;
    const byPredicted = counts.get(row.stance) ?? new Map<string, number>();
    byPredicted.set(row.predictedStance, (byPredicted.get(row.predictedStance) ?? 0) + 1);
    counts.set(row.stance, byPredicted);
  }
  return counts;
}

/** Prints the confusion matrix, so a stance error shows which way it goes and how often. */
export function printStanceConfusion(name: string, scores: ArticleScore[]): void {
  const counts = stanceConfusion(scores);
  const cell = (s: string) => s.padStart(10);
  console.info(`\n== ${name}, stance confusion on found statements (rows gold, columns predicted)`);
  console.info(['gold'.padEnd(10), ...CLASSES.map((c) => cell(c)), cell('recall')].join(''));
  for (const gold of CLASSES) {
    const row = CLASSES.map((p) => counts.get(gold)?.get(p) ?? 0);
    const total = row.reduce((a, b) => a + b, 0);
    const right = counts.get(gold)?.get(gold) ?? 0;
    const recall = total === 0 ? '-' : (right / total).toFixed(2);
    console.info([gold.padEnd(10), ...row.map((n) => cell(String(n))), cell(recall)].join(''));
  }
}
