import { setDetectorModel } from '../../candidates/learned/detector';
import { fromCorpus, predictions } from '../predictions';
import { type Tally, addTallies, metrics } from '../score';
import { scoreArticle } from '../scoreArticle';
import { devArticles } from './devArticles';
import { DEFAULTS, type Example, type TrainOptions, examplesOf, trainWithThreshold } from './train';

/**
 * Leave-one-corpus-out cross-validation of the learned span detector (EXTRACT.md): for each corpus
 * of A–G, a detector trained on the other six, and the extractor scored on the seventh with the
 * rules alone and with the rules and that detector. `npm run cv:spans`.
 */
/** `--l2=5 --minCount=5 --falseCost=2`: the training options, for comparing them under the same folds. */
function options(): TrainOptions {
  const given = Object.fromEntries(
    process.argv.slice(2).flatMap((a) => {
      const m = /^--(\w+)=([\d.]+)$/.exec(a);
      return m ? [[m[1] as string, Number(m[2])]] : [];
    }),
  );
  return { ...DEFAULTS, ...given };
}

function main(): void {
  const opts = options();
  console.info(`options ${JSON.stringify(opts)}`);
  const { articles, snapshot } = devArticles();
  const examples = new Map<string, Example[]>();
  for (const a of articles) examples.set(a.folder, examplesOf(a));
  const corpora = [...new Set(articles.map((a) => a.corpus))].sort();
  const f = (x: number) => x.toFixed(3);
  const header = [
    'fold',
    'gold',
    'rules P',
    'R',
    'F1',
    'spkrF1',
    '+det P',
    'R',
    'F1',
    'spkrF1',
    'thr',
    'fired',
    'det P',
    'det R',
  ];
  console.info(header.join('\t'));
  const totals: { rules: Tally[]; combined: Tally[] } = { rules: [], combined: [] };
  for (const held of corpora) {
    const train = articles.filter((a) => a.corpus !== held).flatMap((a) => examples.get(a.folder) ?? []);
    const test = articles.filter((a) => a.corpus === held);
    const model = trainWithThreshold(train, opts);
    const score = (m: typeof model | null): Tally => {
      setDetectorModel(m);
      return addTallies(
        test.map((a) => {
          const e = fromCorpus(a);
          return scoreArticle(e.gold, predictions(e, snapshot)).tally;
        }),
      );
    };
    const rules = score(null);
    const combined = score(model);
    setDetectorModel(null);
    totals.rules.push(rules);
    totals.combined.push(combined);
    // The detector's own sentence-level precision and recall on the held-out corpus.
    const heldOut = test.flatMap((a) => examples.get(a.folder) ?? []);
    const fired = heldOut.filter((e) => firing(model, e));
    const tp = fired.filter((e) => e.positive).length;
    const pos = heldOut.filter((e) => e.positive).length;
    const [r, c] = [metrics(rules), metrics(combined)];
    console.info(
      [
        held,
        rules.gold,
        f(r.precision),
        f(r.recall),
        f(r.f1),
        f(r.pairF1),
        f(c.precision),
        f(c.recall),
        f(c.f1),
        f(c.pairF1),
        model.threshold,
        fired.length,
        f(tp / Math.max(1, fired.length)),
        f(tp / Math.max(1, pos)),
      ].join('\t'),
    );
  }
  const [r, c] = [metrics(addTallies(totals.rules)), metrics(addTallies(totals.combined))];
  console.info(
    [
      'all',
      addTallies(totals.rules).gold,
      f(r.precision),
      f(r.recall),
      f(r.f1),
      f(r.pairF1),
      f(c.precision),
      f(c.recall),
      f(c.f1),
      f(c.pairF1),
    ].join('\t'),
  );
}

function firing(
  model: { bias: number; weights: Record<string, number>; threshold: number },
  e: Example,
): boolean {
  const z = e.features.reduce((s, x) => s + (model.weights[x] ?? 0), model.bias);
  return 1 / (1 + Math.exp(-z)) >= model.threshold;
}

main();
