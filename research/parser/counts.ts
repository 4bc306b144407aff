import { SEED_DIR } from '../../src/seed/paths';
import { loadSeedFiles } from '../../src/seed/validate';
import { loadCorpus } from '../../src/ingest/eval/corpus';
import { corpusOf } from '../../src/ingest/eval/corpusGroups';
import { fromCorpus, predictions } from '../../src/ingest/eval/predictions';
import { type Tally, addTallies, metrics } from '../../src/ingest/eval/score';
import { scoreArticle } from '../../src/ingest/eval/scoreArticle';
import { installTrial } from './install';

/**
 * `npx tsx research/parser/counts.ts MODE`: the dev split's counts per corpus (the eval's tallies, to
 * three decimals) with the rules ("rules") or a parser trial (install.ts), to compare small moves.
 */
const mode = installTrial(process.argv[2] ?? '');
if (!mode) {
  console.error('usage: counts.ts rules | (corenlp|nlp4j)-(replace|fallback)[-core]');
  process.exit(2);
}
const seed = loadSeedFiles(SEED_DIR);
const snapshot = { actors: seed.actors, places: seed.places, events: seed.events };
const by = new Map<string, Tally[]>();
for (const a of loadCorpus().articles.filter((x) => x.split === 'dev')) {
  const art = fromCorpus(a);
  const t = scoreArticle(art.gold, predictions(art, snapshot)).tally;
  for (const key of [corpusOf(a.folder) ?? '?', 'dev']) by.set(key, [...(by.get(key) ?? []), t]);
}
console.info(`${mode}: corpus pred match spkrRight stanceRight F1 spkrF1 spkrAcc stanceAcc`);
for (const [key, ts] of [...by].sort(([x], [y]) => x.localeCompare(y))) {
  const t = addTallies(ts);
  const m = metrics(t);
  const f = (x: number) => x.toFixed(3);
  console.info(
    [
      key,
      t.predicted,
      t.matched,
      t.speakerCorrect,
      t.stanceCorrect,
      f(m.f1),
      f(m.pairF1),
      f(m.speakerAccuracy),
      f(m.stanceAccuracy),
    ].join(' '),
  );
}
