import { SEED_DIR } from '../../../seed/paths';
import { loadSeedFiles } from '../../../seed/validate';
import { extractArticle } from '../../plan/extract';
import { type SpeakerChooser, setSpeakerChooser } from '../../speakers/learned/chooser';
import type { SpeakerOption } from '../../speakers/learned/options';
import type { RankRow } from '../../speakers/learned/ranker';
import type { Snapshot } from '../../types';
import { type EvalArticle, fromCorpus, predictionsOf, snapshotOf } from '../predictions';
import { loadCorpus } from '../corpus';
import { partOf } from '../corpusGroups';
import { type ArticleScore, scoreArticle } from '../scoreArticle';
import { goldActorFor } from '../speakerMatch';

/**
 * The folds: the dev corpora A–N and O's first half (1500–1549). O's second half (1550–1599) is the check
 * that is never read: it is only ever scored in aggregate, by a model learned on all the folds.
 */
export const FOLDS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O1'] as const;
export const CHECK = 'O2';

export interface Labelled {
  article: EvalArticle;
  fold: string;
}

export function seedSnapshot(): Snapshot {
  return snapshotOf(loadSeedFiles(SEED_DIR));
}

/** The dev articles of the folds, or of the check when asked for (only to be scored in aggregate). */
export function articlesOf(which: 'folds' | 'check'): Labelled[] {
  return loadCorpus()
    .articles.filter((a) => a.split === 'dev')
    .map((a) => ({ article: fromCorpus(a), fold: partOf(a.folder) ?? '' }))
    .filter(({ fold }) => (which === 'check' ? fold === CHECK : (FOLDS as readonly string[]).includes(fold)));
}

/** An article run through the extractor with a chooser (null: the rules alone), and its score. */
export function scored(a: EvalArticle, snapshot: Snapshot, chooser: SpeakerChooser | null): ArticleScore {
  setSpeakerChooser(chooser);
  try {
    return scoreArticle(a.gold, predictionsOf(extractArticle(a.text, a.meta, snapshot), a, snapshot));
  } finally {
    setSpeakerChooser(null);
  }
}

export interface SpeakerData {
  /** One row per found statement matched to a gold one whose speaker the chooser could change. */
  rows: (RankRow & { article: string })[];
  /** Found statements matched to a gold one, per fold: what speaker accuracy is over. */
  matched: Map<string, number>;
}

/**
 * Runs the extractor (the rules' picks kept) over the folds' articles, recording each statement's
 * options, and labels the options by the scorer's speaker match against the gold statement paired with it.
 */
export function loadSpeakerData(snapshot: Snapshot): SpeakerData {
  const aliases = new Map(snapshot.actors.map((a) => [a.id, a.aliases]));
  const data: SpeakerData = { rows: [], matched: new Map() };
  for (const { article: a, fold } of articlesOf('folds')) {
    const recorded = new Map<string, SpeakerOption[]>();
    const recorder: SpeakerChooser = (options, c) => {
      const key = `${c.start}:${c.end}`;
      if (!recorded.has(key)) recorded.set(key, options);
      return 0;
    };
    const score = scored(a, snapshot, recorder);
    data.matched.set(fold, (data.matched.get(fold) ?? 0) + score.pairs.length);
    for (const [g, p] of score.pairs) {
      const options = recorded.get(`${p.start}:${p.end}`);
      if (!options) continue;
      const right = options.map(
        (o) =>
          goldActorFor(
            {
              id: o.actor.id,
              isNew: o.actor.isNew,
              names: [o.actor.name, ...(aliases.get(o.actor.id) ?? []), ...o.names.slice(1)],
            },
            a.actors,
          ) === g.speaker,
      );
      data.rows.push({
        corpus: fold,
        article: a.name,
        options: options.map((o) => o.features),
        right,
        rules: 0,
      });
    }
  }
  return data;
}
