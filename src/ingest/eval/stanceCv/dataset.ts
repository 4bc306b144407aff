import { SEED_DIR } from '../../../seed/paths';
import { loadSeedFiles } from '../../../seed/validate';
import { extractArticle } from '../../plan/extract';
import { articleContext, articleFeatures } from '../../facts/stanceModel/articleFeatures';
import { stanceText } from '../../facts/stanceModel/context';
import type { StanceText } from '../../facts/stanceModel/features';
import { analyse } from '../../text/sentences';
import { fromCorpus, predictionsOf, snapshotOf } from '../predictions';
import { loadCorpus } from '../corpus';
import { partOf } from '../corpusGroups';
import { neutralStance, scoreArticle } from '../scoreArticle';
import { CHECK, FOLDS } from '../speakerCv/dataset';

/**
 * The folds the stance classifier learns from and is cross-validated on: the speaker chooser's, the dev
 * corpora A–N and O's read half O1. O's check half O2 is never a fold: it is only scored in aggregate.
 */
export const TRAINING_CORPORA = FOLDS;
export { CHECK };

/** One statement to learn from or score: its words, its gold stance and what the rules said of it. */
export interface StanceRow {
  corpus: string;
  article: string;
  text: StanceText;
  /** Gold stance as scored (CLAIMS and OTHER as NEUTRAL). */
  label: string;
  /** The rules' stance (as scored) on the extractor's statement matched to it; null when none was found. */
  rules: string | null;
  /** Article-level features of the extractor's statement (facts/stanceModel/articleFeatures.ts); [] on gold rows. */
  context: string[];
}

export interface StanceData {
  /** One row per gold statement (restatements left out), read from the gold span. */
  gold: StanceRow[];
  /** One row per found statement matched to a gold one, read from the extractor's span. */
  found: StanceRow[];
}

/**
 * Runs the extractor over the dev articles of the folds (as `npm run eval` does) and pairs its
 * statements with the gold ones: the rows the classifier is trained and cross-validated on. With
 * 'check', the check half's rows instead, to be scored in aggregate only.
 */
export function loadStanceData(which: 'folds' | 'check' = 'folds'): StanceData {
  const seed = loadSeedFiles(SEED_DIR);
  const snapshot = snapshotOf(seed);
  const allowed = new Set<string>(which === 'check' ? [CHECK] : TRAINING_CORPORA);
  const data: StanceData = { gold: [], found: [] };
  for (const article of loadCorpus().articles) {
    const corpus = partOf(article.folder);
    if (article.split !== 'dev' || !corpus || !allowed.has(corpus)) continue;
    const a = fromCorpus(article);
    const doc = analyse(a.text);
    const x = extractArticle(a.text, a.meta, snapshot);
    const predicted = predictionsOf(x, a, snapshot);
    const ctx = articleContext(doc, x, snapshot);
    const score = scoreArticle(a.gold, predicted);
    const pairOf = new Map(score.pairs.map(([g, p]) => [`${g.start}:${g.end}:${g.speaker}`, p]));
    for (const g of a.gold.filter((x) => x.restates === null)) {
      const p = pairOf.get(`${g.start}:${g.end}:${g.speaker}`);
      data.gold.push({
        corpus,
        article: a.name,
        text: stanceText(doc, g.start, g.end),
        label: neutralStance(g.stance),
        rules: p ? p.stance : null,
        context: [],
      });
    }
    for (const [g, p] of score.pairs) {
      // The scorer pairs copies of the predictions (stances as scored): find the extractor's own statement.
      const at = predicted.findIndex(
        (q) => q.start === p.start && q.end === p.end && q.speaker === p.speaker,
      );
      const s = x.statements[at];
      data.found.push({
        corpus,
        article: a.name,
        text: stanceText(doc, p.start, p.end),
        label: g.stance,
        rules: p.stance,
        context: s ? articleFeatures(ctx, s) : [],
      });
    }
  }
  return data;
}
