import { SEED_DIR } from '../../seed/paths';
import { loadSeedFiles } from '../../seed/validate';
import { loadCorpus } from './corpus';
import { type Calibrated, calibrationTable, fitCalibration, outOfFold, writeCalibration } from './calibrate';
import { type ArticleScore, scoreArticle } from './scoreArticle';
import { type Tally, addTallies, metrics } from './score';
import { type EvalArticle, fromCorpus, predictions, seedEvalArticles, snapshotOf } from './predictions';
import { groupByCorpus } from './corpusGroups';
import { printStanceConfusion } from './confusion';
import { setDetectorModel } from '../candidates/learned/detector';
import { committedModel } from './spans/train';

const USAGE = `npm run eval [-- --holdout] [--verbose] [--articles] [--calibrate] [--check]

Runs the extractor on articles it was not told about and scores it against their gold statements:
the five seed articles and the evaluation corpus's dev split (test/corpus/). The extractor resolves
against the seed graph's actors, places and events — the graph the article would be ingested into.
  --holdout    also score the corpus's holdout split (only once, at the end: never tune on it)
  --verbose    list the misses of the seed and the dev split (never of the holdout)
  --articles   one row per article
  --calibrate  fit the confidence calibration on the dev split and write it (src/ingest/plan/calibration.json)
  --check      exit 1 when the seed articles fall below F1 0.95
  --learned-spans  run the learned span detector (candidates/learned/, off in production) with its committed model`;

function main(): void {
  const args = new Set(process.argv.slice(2));
  if (args.has('--help')) {
    console.info(USAGE);
    return;
  }
  if (args.has('--learned-spans')) setDetectorModel(committedModel());
  const seed = loadSeedFiles(SEED_DIR);
  const snapshot = snapshotOf(seed);
  const seedArticles = seedEvalArticles(seed);
  const corpus = loadCorpus();
  for (const p of corpus.problems) console.warn(`corpus: left out, malformed: ${p}`);
  const split = (which: string) => corpus.articles.filter((a) => a.split === which).map(fromCorpus);

  const sets: [string, EvalArticle[], boolean][] = [
    ['seed', seedArticles, true],
    ['corpus dev', split('dev'), true],
  ];
  if (args.has('--holdout')) sets.push(['corpus holdout', split('holdout'), false]);

  const scored = sets.map(([name, articles, mayExplain]) => {
    const scores = articles.map((a) => ({ a, s: scoreArticle(a.gold, predictions(a, snapshot)) }));
    if (args.has('--verbose') && mayExplain) for (const { a, s } of scores) explain(a, s);
    return { name, scores };
  });

  console.info('\n== Per corpus (stance: CLAIMS and OTHER as one neutral class)');
  printTallies(
    scored.flatMap(({ name, scores }) => [
      ...(args.has('--articles')
        ? scores.map(({ a, s }) => [`  ${a.name}`, s.tally] as [string, Tally])
        : []),
      [`${name} (${scores.length})`, addTallies(scores.map(({ s }) => s.tally))] as [string, Tally],
      ...(name === 'seed' ? [] : perCorpus(scores)),
    ]),
  );
  for (const { name, scores } of scored.filter((x) => x.name !== 'seed'))
    printConstructions(
      name,
      scores.map((x) => x.s),
    );
  for (const { name, scores } of scored.filter((x) => x.name !== 'seed'))
    printStanceConfusion(
      name,
      scores.map((x) => x.s),
    );

  const dev = scored.find((x) => x.name === 'corpus dev')?.scores.map((x) => x.s) ?? [];
  const points = (scores: ArticleScore[]): Calibrated[] =>
    scores.flatMap((s) => s.predicted.map(({ confidence, right, p }) => ({ confidence, right, p })));
  if (args.has('--calibrate')) writeCalibration(fitCalibration(points(dev)));
  for (const { name, scores } of scored.filter((x) => x.name !== 'seed'))
    calibrationTable(`${name}`, points(scores.map((x) => x.s)));
  // What the fit says of text it has not seen: each dev article scored by a fit on the other dev articles.
  calibrationTable('corpus dev, each article by a fit on the others', outOfFold(dev.map((s) => points([s]))));

  const seedF1 = metrics(addTallies(scored[0]?.scores.map(({ s }) => s.tally) ?? [])).f1;
  console.info(`\nSeed articles F1 ${seedF1.toFixed(3)} (must stay >= 0.95).`);
  if (seedF1 < 0.95 && args.has('--check')) process.exitCode = 1;
}

/** One row per sub-corpus (A 1xx, B 2xx, …) under a split's total. */
function perCorpus(scores: { a: EvalArticle; s: ArticleScore }[]): [string, Tally][] {
  return groupByCorpus(scores, ({ a }) => a.name).map(([corpus, of]) => [
    `  ${corpus}, ${of.length} articles`,
    addTallies(of.map(({ s }) => s.tally)),
  ]);
}

const f = (x: number) => x.toFixed(2).padStart(6);

function printTallies(rows: [string, Tally][]): void {
  const head = ['', 'gold', 'pred', 'match', '     P', '     R', '    F1', 'spkrF1', '  spkr', 'stance'];
  console.info([head[0]?.padEnd(44), ...head.slice(1).map((h) => h.padStart(6))].join(' '));
  for (const [name, t] of rows) {
    const m = metrics(t);
    console.info(
      [
        name.padEnd(44),
        ...[t.gold, t.predicted, t.matched].map((n) => String(n).padStart(6)),
        f(m.precision),
        f(m.recall),
        f(m.f1),
        f(m.pairF1),
        f(m.speakerAccuracy),
        f(m.stanceAccuracy),
      ].join(' '),
    );
  }
  console.info(
    'A span matches when it overlaps the gold one by at least half of the shorter (one to one); spkrF1 is the\n' +
      '(speaker, span) F1; speaker and stance accuracy are over matched spans. Restatements are not counted.',
  );
}

function printConstructions(name: string, scores: ArticleScore[]): void {
  console.info(`\n== ${name}, per construction (recall; speaker and stance accuracy on the found)`);
  console.info(
    ['construction'.padEnd(24), '  gold', ' found', '     R', 'spkr R', '  spkr', 'stance'].join(' '),
  );
  const rows = scores.flatMap((s) => s.gold);
  for (const c of [...new Set(rows.map((r) => r.construction))].sort()) {
    const of = rows.filter((r) => r.construction === c);
    const found = of.filter((r) => r.found);
    const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
    const speakers = found.filter((r) => r.speakerRight).length;
    console.info(
      [
        c.padEnd(24),
        String(of.length).padStart(6),
        String(found.length).padStart(6),
        f(ratio(found.length, of.length)),
        f(ratio(speakers, of.length)),
        f(ratio(speakers, found.length)),
        f(ratio(found.filter((r) => r.stanceRight).length, found.length)),
      ].join(' '),
    );
  }
}

function explain(a: EvalArticle, s: ArticleScore): void {
  const show = (x: { start: number; end: number }) =>
    JSON.stringify(a.text.slice(x.start, x.end)).slice(0, 110);
  console.info(`\n== ${a.name}`);
  for (const g of s.missed) console.info(`  missed   [${g.construction}] ${g.speaker} ${show(g)}`);
  for (const p of s.extra) console.info(`  extra    ${p.speaker} ${show(p)}`);
  for (const [g, p] of s.wrong) {
    if (g.speaker !== p.speaker) console.info(`  speaker  ${p.speaker} (gold ${g.speaker}) ${show(p)}`);
    if (g.stance !== p.stance) console.info(`  stance   ${p.stance} (gold ${g.stance}) ${show(p)}`);
  }
}

main();
