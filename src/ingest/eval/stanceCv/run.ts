import fs from 'node:fs';
import { type StanceData, type StanceRow, TRAINING_CORPORA, loadStanceData } from './dataset';
import {
  combined,
  innerThreshold,
  learnedOf,
  stackedOf,
  trainLearned,
  trainStacked,
  type Combination,
} from './cv';

/**
 * Leave-one-corpus-out cross-validation of the learned stance classifier against the rules (issue 13):
 * for each of corpora A–G, learn from the other six and score the seventh, on its gold spans and on
 * the extractor's found statements (what `npm run eval` scores), next to the rules on the same statements.
 */
function main(): void {
  const started = Date.now();
  const data = cached(process.argv[2]);
  const rows: Record<string, string | number>[] = [];
  for (const held of TRAINING_CORPORA) {
    const [trainGold, testGold] = split(data.gold, held);
    const [trainFound, testFound] = split(data.found, held);
    const learned = trainLearned(trainGold);
    const stacked = trainStacked(trainFound);
    const thresholds: Record<Combination, number> = {
      'neutral-only': innerThreshold('neutral-only', trainGold, trainFound),
      any: innerThreshold('any', trainGold, trainFound),
    };
    const acc = (f: (r: StanceRow) => string, of: StanceRow[]) =>
      of.filter((r) => f(r) === r.label).length / Math.max(1, of.length);
    const rules = (r: StanceRow) => r.rules as string;
    const model = (r: StanceRow) => learnedOf(learned, r).label;
    const combine = (how: Combination) => (r: StanceRow) =>
      combined(how, r.rules as string, learnedOf(learned, r), thresholds[how]);
    rows.push({
      corpus: held,
      gold: testGold.length,
      'learned@gold': acc(model, testGold),
      found: testFound.length,
      rules: acc(rules, testFound),
      learned: acc(model, testFound),
      'if neutral': acc(combine('neutral-only'), testFound),
      t: thresholds['neutral-only'],
      'if confident': acc(combine('any'), testFound),
      't ': thresholds.any,
      stacked: acc((r) => stackedOf(stacked, r).label, testFound),
      ...disagreements(testFound, model),
    });
  }
  print(rows);
  console.info(`\n(${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

/** Where the classifier and the rules disagree, and which of the two the gold sides with. */
function disagreements(rows: StanceRow[], model: (r: StanceRow) => string): Record<string, number> {
  const apart = rows.filter((r) => model(r) !== r.rules);
  return {
    disagree: apart.length,
    'learned ok': apart.filter((r) => model(r) === r.label).length,
    'rules ok': apart.filter((r) => r.rules === r.label).length,
  };
}

const split = (rows: StanceRow[], held: string): [StanceRow[], StanceRow[]] => [
  rows.filter((r) => r.corpus !== held),
  rows.filter((r) => r.corpus === held),
];

function print(rows: Record<string, string | number>[]): void {
  const columns = Object.keys(rows[0] ?? {});
  const width = (c: string) => Math.max(8, c.length) + 2;
  const cell = (c: string, v: string | number | undefined) =>
    (typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(3) : String(v ?? '')).padStart(width(c));
  console.info(
    '\n== Stance, leave-one-corpus-out (train on six of A–G, score the seventh; stances as scored)',
  );
  console.info(columns.map((c) => c.padStart(width(c))).join(''));
  for (const r of rows) console.info(columns.map((c) => cell(c, r[c])).join(''));
  const mean = Object.fromEntries(
    columns.map((c) => [
      c,
      c === 'corpus' ? 'mean' : rows.reduce((s, r) => s + Number(r[c]), 0) / Math.max(1, rows.length),
    ]),
  );
  console.info(columns.map((c) => cell(c, mean[c])).join(''));
  console.info(
    'Accuracy on the held-out corpus: "learned@gold" on its gold spans, the rest on the found statements\n' +
      '(`npm run eval`\'s stance column). "if neutral": the rules, but the classifier where they say neutral and\n' +
      'it is at least t sure; "if confident": the classifier wherever it is at least t sure; t is chosen inside\n' +
      'the six training corpora (1.01: never). "stacked": the classifier with the rules\' verdict as a feature.\n' +
      'Where the classifier and the rules disagree: how often each is right.',
  );
}

/** The rows, read from a file written by an earlier run when one is named (running the extractor takes a while). */
function cached(file: string | undefined): StanceData {
  if (file && fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as StanceData;
  const data = loadStanceData();
  if (file) fs.writeFileSync(file, JSON.stringify(data));
  return data;
}

main();
