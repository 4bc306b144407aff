import { type DetectorModel, probability, setDetectorModel } from '../../candidates/learned/detector';
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
    console.info(
      [
        ...row(held, rules, combined),
        model.threshold,
        fired.length,
        f(tp / Math.max(1, fired.length)),
        f(tp / Math.max(1, pos)),
      ].join('\t'),
    );
  }
  console.info(row('all', addTallies(totals.rules), addTallies(totals.combined)).join('\t'));
}

const f = (x: number) => x.toFixed(3);

/** A fold's span P, R, F1 and (speaker, span) F1, the rules' and the rules' with the detector. */
function row(name: string, rules: Tally, combined: Tally): (string | number)[] {
  const cells = (t: Tally) => {
    const m = metrics(t);
    return [m.precision, m.recall, m.f1, m.pairF1].map(f);
  };
  return [name, rules.gold, ...cells(rules), ...cells(combined)];
}

function firing(model: DetectorModel, e: Example): boolean {
  return probability(model, e.features) >= model.threshold;
}
main();
