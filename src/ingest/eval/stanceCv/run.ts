import fs from 'node:fs';
import { type StanceData, type StanceRow, TRAINING_CORPORA, loadStanceData } from './dataset';
import {
  type Combination,
  type SpecName,
  SPECS,
  combined,
  innerThreshold,
  outOfFold,
  predict,
  train,
} from './cv';

/** The combinations measured: a model, how it overrules the rules (its threshold chosen nested). */
const COMBINATIONS: [SpecName, Combination, string][] = [
  ['article', 'accuse-confusion', 'article on A/N'],
  ['article+rules', 'accuse-confusion', 'art+rules on A/N'],
  ['confusion', 'accuse-confusion', 'confusion on A/N'],
  ['confusion-lean', 'accuse-confusion', 'lean on A/N'],
];

/**
 * Leave-one-corpus-out cross-validation of the learned stance classifiers against the rules (issue 13):
 * for each of corpora A–I, learn from the other eight and score the ninth on the extractor's found
 * statements (what `npm run eval` scores), next to the rules on the same statements. Where a model
 * overrules the rules, its threshold is chosen by a second leave-one-corpus-out inside the eight.
 */
function main(): void {
  const started = Date.now();
  const data = cached(process.argv[2]);
  const rows: Record<string, string | number>[] = [];
  for (const held of TRAINING_CORPORA) {
    const [trainGold, testGold] = split(data.gold, held);
    const [trainFound, testFound] = split(data.found, held);
    const training = { gold: trainGold, found: trainFound };
    const acc = (f: (r: StanceRow) => string, of: StanceRow[]) =>
      of.filter((r) => f(r) === r.label).length / Math.max(1, of.length);
    const fitted = Object.fromEntries(
      (Object.keys(SPECS) as SpecName[]).map((name) => [name, train(SPECS[name], training)]),
    ) as Record<SpecName, ReturnType<typeof train>>;
    const row: Record<string, string | number> = {
      corpus: held,
      found: testFound.length,
      rules: acc((r) => r.rules as string, testFound),
      'learned@gold': acc((r) => predict(fitted.learned, r).label, testGold),
    };
    for (const name of Object.keys(SPECS) as SpecName[])
      row[name] = acc((r) => predict(fitted[name], r).label, testFound);
    const pooled = new Map<SpecName, ReturnType<typeof outOfFold>>();
    for (const [name, how, label] of COMBINATIONS) {
      if (!pooled.has(name)) pooled.set(name, outOfFold(SPECS[name], trainGold, trainFound));
      const t = innerThreshold(how, pooled.get(name) ?? []);
      row[label] = acc((r) => combined(how, r.rules as string, predict(fitted[name], r), t), testFound);
      row[`t ${label.split(' ')[0]}`] = t;
    }
    Object.assign(
      row,
      disagreements(testFound, (r) => predict(fitted['article+rules'], r).label),
    );
    rows.push(row);
    console.info(`${held} done (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  print(rows);
  console.info(`\n(${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

/** Where a classifier and the rules disagree between ACCUSES and neutral, and which of the two the gold sides with. */
function disagreements(rows: StanceRow[], model: (r: StanceRow) => string): Record<string, number> {
  const confused = (s: string | null) => s === 'ACCUSES' || s === 'NEUTRAL';
  const apart = rows.filter((r) => model(r) !== r.rules && confused(r.rules) && confused(model(r)));
  return {
    disagree: apart.length,
    'model ok': apart.filter((r) => model(r) === r.label).length,
    'rules ok': apart.filter((r) => r.rules === r.label).length,
  };
}

const split = (rows: StanceRow[], held: string): [StanceRow[], StanceRow[]] => [
  rows.filter((r) => r.corpus !== held),
  rows.filter((r) => r.corpus === held),
];

function print(rows: Record<string, string | number>[]): void {
  const columns = Object.keys(rows[0] ?? {});
  const width = (c: string) => Math.max(6, c.length) + 2;
  const cell = (c: string, v: string | number | undefined) =>
    (typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(3) : String(v ?? '')).padStart(width(c));
  console.info(
    '\n== Stance, leave-one-corpus-out (train on eight of A–I, score the ninth; stances as scored)',
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
    'Accuracy on the held-out corpus\'s found statements (`npm run eval`\'s stance column), "learned@gold" on its\n' +
      "gold spans. learned: sentence features from gold spans; stacked: + the rules' verdict, from found\n" +
      'statements; article: sentence + article-level features (facts/stanceModel/articleFeatures.ts);\n' +
      'article+rules: + the rules\' verdict and its crossings. "… on A/N": the rules, but the model where the\n' +
      'two disagree between ACCUSES and neutral and it is at least t sure; "any": wherever it is t sure;\n' +
      '"if neutral": where the rules say neutral. t is chosen by leave-one-corpus-out inside the eight\n' +
      'training corpora (1.01: never). disagree / model ok / rules ok: the confusion model against the rules,\n' +
      'where the rules say ACCUSES or neutral and the model the other. confusion(-lean): learned only from\n' +
      "the statements the rules call ACCUSES or neutral (-lean: without the whole sentence's words).",
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
