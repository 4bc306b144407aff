import fs from 'node:fs';
import path from 'node:path';
import { type RankerModel, fitRanker, pick, pickAt } from '../../speakers/learned/ranker';
import type { SpeakerChooser } from '../../speakers/learned/chooser';
import type { Snapshot } from '../../types';
import { type Tally, addTallies, metrics } from '../score';
import { innerMargin, outOfFold } from './cv';
import { CHECK, FOLDS, type Labelled, articlesOf, loadSpeakerData, scored, seedSnapshot } from './dataset';
import { SEED_DIR } from '../../../seed/paths';
import { loadSeedFiles } from '../../../seed/validate';
import { type EvalArticle, seedEvalArticles } from '../predictions';

const USAGE = `npm run cv:speakers [-- --check] [--write]

Leave-one-corpus-out cross-validation of the learned speaker chooser (speakers/learned/) over the dev
corpora A–N and O1 (1500–1549): for each, weights learned on the others, the held-out corpus run through
the extractor with the rules alone, with the chooser, and with the chooser only where it is sure (a margin
chosen inside the training corpora). Then once: the model learned on all the folds, scored on the seed
and on O2 (1550–1599) in aggregate only.
  --check  score the final model on O2 too (aggregates; once, at the end)
  --write  write that model to src/ingest/speakers/learned/speakerChooser.json`;

const MODEL_FILE = path.join(__dirname, '../../speakers/learned/speakerChooser.json');

const chooserOf =
  (model: RankerModel): SpeakerChooser =>
  (options) =>
    pick(
      model,
      options.map((o) => o.features),
      0,
    );

function tallyOf(articles: EvalArticle[], snapshot: Snapshot, chooser: SpeakerChooser | null): Tally {
  return addTallies(articles.map((a) => scored(a, snapshot, chooser).tally));
}

const f3 = (x: number) => x.toFixed(3);
const row = (cells: string[]) => console.info(`| ${cells.join(' | ')} |`);

function main(): void {
  const args = new Set(process.argv.slice(2));
  if (args.has('--help')) return void console.info(USAGE);
  const snapshot = seedSnapshot();
  const data = loadSpeakerData(snapshot);
  const folds = articlesOf('folds');

  console.info('\n== Ceiling: found statements matched to gold whose right speaker is among the options');
  row(['fold', 'matched', 'with options', 'rules right', 'right option present', 'mean options']);
  for (const fold of FOLDS) {
    const rows = data.rows.filter((r) => r.corpus === fold);
    const present = rows.filter((r) => r.right.some((x) => x)).length;
    const mean = rows.reduce((n, r) => n + r.options.length, 0) / Math.max(1, rows.length);
    row([
      fold,
      String(data.matched.get(fold) ?? 0),
      String(rows.length),
      String(rows.filter((r) => r.right[0]).length),
      String(present),
      mean.toFixed(1),
    ]);
  }

  // The same training sets as the folds below, read on the recorded options: where the plain chooser and the rules part.
  const pooled = outOfFold(data.rows);
  console.info(
    '\n== Where the chooser (margin 0) and the rules disagree, each fold by a model learned on the others',
  );
  row(['fold', 'disagree', 'chooser right', 'rules right', 'neither']);
  const chooserRight = (x: (typeof pooled)[number]) => x.right[pickAt(x.p, x.rules, 0)] === true;
  for (const fold of [...FOLDS, 'all']) {
    const differ = pooled.filter(
      (x) => (fold === 'all' || x.corpus === fold) && pickAt(x.p, x.rules, 0) !== x.rules,
    );
    // Two options can both be right (two names of one gold speaker): such a statement counts on both sides.
    row([
      fold,
      String(differ.length),
      String(differ.filter(chooserRight).length),
      String(differ.filter((x) => x.right[x.rules]).length),
      String(differ.filter((x) => !chooserRight(x) && !x.right[x.rules]).length),
    ]);
  }

  console.info('\n== Held-out corpus: speaker accuracy on found statements, (speaker, span) F1');
  row([
    'fold',
    'matched',
    'spkr rules',
    'spkr chooser',
    'spkr sure (margin)',
    'spkrF1 rules',
    'spkrF1 chooser',
    'spkrF1 sure',
  ]);
  const totals: Tally[][] = [[], [], []];
  for (const fold of FOLDS) {
    const training = data.rows.filter((r) => r.corpus !== fold);
    const weights = fitRanker(training);
    const margin = innerMargin(outOfFold(training));
    const held = folds.filter((x: Labelled) => x.fold === fold).map((x) => x.article);
    const t = [
      tallyOf(held, snapshot, null),
      tallyOf(held, snapshot, chooserOf({ weights, margin: 0 })),
      tallyOf(held, snapshot, chooserOf({ weights, margin })),
    ];
    t.forEach((x, i) => totals[i]?.push(x));
    const m = t.map(metrics);
    row([
      fold,
      String(t[0]?.matched),
      `${f3(m[0]?.speakerAccuracy ?? 0)} (${t[0]?.speakerCorrect})`,
      `${f3(m[1]?.speakerAccuracy ?? 0)} (${t[1]?.speakerCorrect})`,
      `${f3(m[2]?.speakerAccuracy ?? 0)} (${t[2]?.speakerCorrect}; ${margin})`,
      f3(m[0]?.pairF1 ?? 0),
      f3(m[1]?.pairF1 ?? 0),
      f3(m[2]?.pairF1 ?? 0),
    ]);
  }
  const all = totals.map((ts) => addTallies(ts));
  const m = all.map(metrics);
  row([
    'all',
    String(all[0]?.matched),
    `${f3(m[0]?.speakerAccuracy ?? 0)} (${all[0]?.speakerCorrect})`,
    `${f3(m[1]?.speakerAccuracy ?? 0)} (${all[1]?.speakerCorrect})`,
    `${f3(m[2]?.speakerAccuracy ?? 0)} (${all[2]?.speakerCorrect})`,
    f3(m[0]?.pairF1 ?? 0),
    f3(m[1]?.pairF1 ?? 0),
    f3(m[2]?.pairF1 ?? 0),
  ]);

  // Once: the model learned on every fold, scored where nothing of it was learned (seed) or read (O2).
  const final: RankerModel = { weights: fitRanker(data.rows), margin: innerMargin(outOfFold(data.rows)) };
  if (args.has('--write')) fs.writeFileSync(MODEL_FILE, `${JSON.stringify(final, null, 2)}\n`);
  const seedArticles = seedEvalArticles(loadSeedFiles(SEED_DIR));
  const check = args.has('--check') ? articlesOf('check').map((x) => x.article) : [];
  console.info(
    `\n== Model learned on all folds (margin ${final.margin}): seed and ${CHECK} (aggregates only)`,
  );
  row(['set', 'variant', 'gold', 'pred', 'match', 'F1', 'spkrF1', 'spkr (right)']);
  for (const [name, articles] of [
    ['seed', seedArticles],
    ...(check.length ? [[CHECK, check] as const] : []),
  ] as const)
    for (const [variant, chooser] of [
      ['rules', null],
      ['chooser', chooserOf({ ...final, margin: 0 })],
      ['sure', chooserOf(final)],
    ] as const) {
      const t = tallyOf(articles, snapshot, chooser);
      const x = metrics(t);
      row([
        name,
        variant,
        String(t.gold),
        String(t.predicted),
        String(t.matched),
        f3(x.f1),
        f3(x.pairF1),
        `${f3(x.speakerAccuracy)} (${t.speakerCorrect})`,
      ]);
    }
}

main();
