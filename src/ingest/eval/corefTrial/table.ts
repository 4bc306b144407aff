import { SEED_DIR } from '../../../seed/paths';
import { loadSeedFiles } from '../../../seed/validate';
import { loadCorpus } from '../corpus';
import { corpusLetter } from '../corpusGroups';
import { type EvalArticle, fromCorpus, predictions, seedEvalArticles, snapshotOf } from '../predictions';
import { type Tally, addTallies, metrics } from '../score';
import { scoreArticle } from '../scoreArticle';
import type { Snapshot } from '../../types';
import { trialTally } from './eligible';

/** The articles a coreference trial is scored on, and the seed snapshot they are extracted against. */
export interface TrialArticles {
  seed: EvalArticle[];
  dev: EvalArticle[];
  held: EvalArticle[];
  snapshot: Snapshot;
}

/** The seed's articles, the dev split, and (only when asked) the holdout. */
export function trialArticles(holdout: boolean): TrialArticles {
  const seedFiles = loadSeedFiles(SEED_DIR);
  const corpus = loadCorpus().articles;
  const of = (split: string) => corpus.filter((a) => a.split === split).map(fromCorpus);
  return {
    seed: seedEvalArticles(seedFiles),
    dev: of('dev'),
    held: holdout ? of('holdout') : [],
    snapshot: snapshotOf(seedFiles),
  };
}

const HEAD = ['part', 'gold', 'pred', 'match', 'spkr', 'P', 'R', 'F1', 'spkrF1', 'spkrAcc'];

function row(name: string, tallies: Tally[]): string {
  const t = addTallies(tallies);
  const m = metrics(t);
  const f = (x: number) => x.toFixed(3);
  return [
    name,
    t.gold,
    t.predicted,
    t.matched,
    t.speakerCorrect,
    f(m.precision),
    f(m.recall),
    f(m.f1),
    f(m.pairF1),
    f(m.speakerAccuracy),
  ].join('\t');
}

/**
 * The (speaker, span) table of a trial (issue 13, coref15): the seed, each dev corpus and the dev split, and the
 * holdout split in aggregate only (never per article or per statement). Whatever trial is set is in force.
 */
export function printTrialTable(label: string, { seed, dev, held, snapshot }: TrialArticles): void {
  const score = (a: EvalArticle) => scoreArticle(a.gold, predictions(a, snapshot)).tally;
  const byCorpus = new Map<string, Tally[]>();
  const devTallies = dev.map((a) => {
    const t = score(a);
    const letter = corpusLetter(a.name) ?? '?';
    byCorpus.set(letter, [...(byCorpus.get(letter) ?? []), t]);
    return t;
  });
  const seedTallies = seed.map(score);
  const heldTallies = held.map(score);
  console.info(`== ${label}`);
  console.info(HEAD.join('\t'));
  console.info(row('seed', seedTallies));
  for (const [letter, ts] of [...byCorpus].sort(([a], [b]) => a.localeCompare(b)))
    console.info(row(letter, ts));
  console.info(row('dev', devTallies));
  if (held.length) console.info(row('holdout', heldTallies));
  console.info(`trial: ${JSON.stringify(trialTally)}`);
}
