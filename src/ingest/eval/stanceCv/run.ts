import fs from 'node:fs';
import { CHECK, type StanceData, type StanceRow, TRAINING_CORPORA, loadStanceData } from './dataset';
import {
  type Combination,
  type Fitted,
  type SpecName,
  SPECS,
  combined,
  innerThreshold,
  outOfFold,
  predict,
  train,
} from './cv';

const USAGE = `npm run eval:stance [-- cache.json] [--check | --check-only]

Leave-one-corpus-out cross-validation of the learned stance classifiers against the rules (issue 13):
for each fold (A–N and O1), learn from the others and score its found statements (what \`npm run eval\`
scores), next to the rules on the same statements. Where a model overrules the rules, its threshold is
chosen by a second leave-one-corpus-out over the newest training folds only (G on): the held-out fold
never votes, and A–F, where the rules were written and look near-perfect, never set it.
  cache.json  read the folds' rows from this file, or write them there (running the extractor takes a while)
  --check       then once: models learned on all the folds, scored on ${CHECK} in aggregate only (counts)
  --check-only  that alone, without the folds' tables`;

/** The newest folds, the ones the question is about: the rules fall on each newer corpus. */
const NEWEST = new Set(['L', 'M', 'N', 'O1']);
/** Thresholds are tuned on the training folds from here on, never on A–F. */
const TUNES = (corpus: string) => corpus >= 'G';

/** The models scored alone, against the rules, on each held-out fold. */
const ALONE: SpecName[] = ['learned', 'stacked', 'article', 'article+rules'];
/** The models that may overrule the rules, and how. */
const OVERRULING: SpecName[] = ['learned', 'article'];
const HOW: [Combination, string][] = [
  ['any', 'any'],
  ['neutral-only', 'if neutral'],
  ['accuse-confusion', 'on A/N'],
];

/** Right answers out of how many, per column: pooled over folds by counts. */
type Tally = Map<string, { right: number; of: number; note?: string }>;

function count(tally: Tally, column: string, right: boolean, note?: string): void {
  const t = tally.get(column) ?? { right: 0, of: 0 };
  tally.set(column, { right: t.right + (right ? 1 : 0), of: t.of + 1, note: note ?? t.note });
}

const split = (rows: StanceRow[], held: (corpus: string) => boolean): [StanceRow[], StanceRow[]] => [
  rows.filter((r) => !held(r.corpus)),
  rows.filter((r) => held(r.corpus)),
];

/** The models learned on `training`, and the thresholds of the overruling ones chosen inside it. */
function learn(training: StanceData) {
  const fitted = Object.fromEntries(
    [...new Set([...ALONE, ...OVERRULING])].map((name) => [name, train(SPECS[name], training)]),
  ) as Record<SpecName, Fitted>;
  const thresholds = new Map<string, number>();
  for (const name of OVERRULING) {
    const pooled = outOfFold(SPECS[name], training.gold, training.found, TUNES);
    for (const [how] of HOW) thresholds.set(`${name} ${how}`, innerThreshold(how, pooled));
  }
  return { fitted, thresholds };
}

/** Scores one set of found statements (and its gold spans) with learned models, into the tallies. */
function score(
  models: ReturnType<typeof learn>,
  data: StanceData,
  tally: { alone: Tally; apart: Tally; overrule: Tally },
): void {
  const { fitted, thresholds } = models;
  for (const r of data.gold) count(tally.alone, 'learned@gold', predict(fitted.learned, r).label === r.label);
  for (const r of data.found) {
    const rules = r.rules as string;
    count(tally.alone, 'rules', rules === r.label);
    for (const name of ALONE) count(tally.alone, name, predict(fitted[name], r).label === r.label);
    for (const name of OVERRULING) {
      const learned = predict(fitted[name], r);
      if (learned.label !== rules) {
        count(tally.apart, `${name}: model`, learned.label === r.label);
        count(tally.apart, `${name}: rules`, rules === r.label);
      }
      for (const [how, label] of HOW) {
        const t = thresholds.get(`${name} ${how}`) ?? 1.01;
        count(tally.overrule, `${name} ${label}`, combined(how, rules, learned, t) === r.label, `${t}`);
      }
    }
  }
}

const newTallies = () => ({ alone: new Map(), apart: new Map(), overrule: new Map() }) as const;
type Tallies = ReturnType<typeof newTallies>;

function main(): void {
  const args = process.argv.slice(2);
  if (args.includes('--help')) return void console.info(USAGE);
  const started = Date.now();
  const data = cached(args.find((a) => !a.startsWith('--')));
  if (!args.includes('--check-only')) crossValidate(data, started);
  if (args.some((a) => a.startsWith('--check'))) check(data);
  console.info(`\n(${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

/** Each fold held out in turn, then the newest folds and all of them pooled by counts. */
function crossValidate(data: StanceData, started: number): void {
  const folds: [string, Tallies][] = [];
  for (const held of TRAINING_CORPORA) {
    const isHeld = (c: string) => c === held;
    const [trainGold, testGold] = split(data.gold, isHeld);
    const [trainFound, testFound] = split(data.found, isHeld);
    const tallies = newTallies();
    score(learn({ gold: trainGold, found: trainFound }), { gold: testGold, found: testFound }, tallies);
    folds.push([held, tallies]);
    console.info(`${held} done (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  const pooled = (which: (fold: string) => boolean, name: string): [string, Tallies] => {
    const sum = newTallies();
    for (const [, t] of folds.filter(([f]) => which(f)))
      for (const part of ['alone', 'apart', 'overrule'] as const)
        for (const [column, x] of t[part]) {
          const s = sum[part].get(column) ?? { right: 0, of: 0 };
          sum[part].set(column, { right: s.right + x.right, of: s.of + x.of });
        }
    return [name, sum];
  };
  const rows = [...folds, pooled((f) => NEWEST.has(f), 'L–O1'), pooled(() => true, 'all')];
  print(rows);
}

/** Once: the models learned on all the folds (thresholds tuned on G on), scored on the check half in aggregate. */
function check(data: StanceData): void {
  const tallies = newTallies();
  const models = learn(data);
  score(models, loadStanceData('check'), tallies);
  print([[CHECK, tallies]], `models learned on all folds, scored once on ${CHECK} (aggregates only)`);
  console.info(`thresholds: ${[...models.thresholds].map(([k, t]) => `${k} ${t}`).join(', ')}`);
}

const pct = (x: { right: number; of: number } | undefined) =>
  x ? `${(x.right / Math.max(1, x.of)).toFixed(3)} (${x.right}/${x.of})` : '';

function print(rows: [string, Tallies][], title = 'each fold learned from the others'): void {
  const table = (heading: string, columns: string[], cell: (t: Tallies, c: string) => string) => {
    console.info(`\n== Stance, ${title}: ${heading}`);
    console.info(`| fold | ${columns.join(' | ')} |`);
    for (const [fold, t] of rows) console.info(`| ${fold} | ${columns.map((c) => cell(t, c)).join(' | ')} |`);
  };
  table('accuracy on found statements (CLAIMS, OTHER neutral)', ['rules', ...ALONE, 'learned@gold'], (t, c) =>
    pct(t.alone.get(c)),
  );
  table(
    'where model and rules disagree: model right / rules right / neither, of n',
    OVERRULING,
    (t, name) => {
      const model = t.apart.get(`${name}: model`);
      const rules = t.apart.get(`${name}: rules`);
      if (!model || !rules) return '0';
      return `${model.right} / ${rules.right} / ${model.of - model.right - rules.right} of ${model.of}`;
    },
  );
  const combos = OVERRULING.flatMap((name) => HOW.map(([, label]) => `${name} ${label}`));
  table(
    'the rules, overruled where the model is at least t sure (t tuned on training folds G on)',
    combos,
    (t, c) => {
      const x = t.overrule.get(c);
      return x ? `${pct(x)}${x.note ? ` t ${x.note}` : ''}` : '';
    },
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
