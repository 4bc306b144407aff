import { devArticles } from './devArticles';
import { examplesOf, trainWithThreshold, writeModel } from './train';

/**
 * `npm run train:spans`: fits the learned span detector on the dev split of corpora A–G (never the
 * holdout) and writes src/ingest/candidates/learned/spanDetector.json. Deterministic: the same
 * corpus gives the same file.
 */
function main(): void {
  const { articles } = devArticles();
  const examples = articles.flatMap(examplesOf);
  const model = trainWithThreshold(examples);
  writeModel(model);
  const positives = examples.filter((e) => e.positive).length;
  console.info(
    `span detector: ${examples.length} sentences no rule touches (${positives} with a gold statement), ` +
      `${Object.keys(model.weights).length} weights, threshold ${model.threshold}`,
  );
}

main();
