import { SEED_DIR } from '../../../seed/paths';
import { loadSeedFiles } from '../../../seed/validate';
import type { Snapshot } from '../../types';
import { type CorpusArticle, loadCorpus } from '../corpus';
import { corpusOf } from '../corpusGroups';
import { snapshotOf } from '../predictions';

/** The dev split of the corpus (never the holdout), each article with its corpus letter, and the seed snapshot. */
export function devArticles(): { articles: (CorpusArticle & { corpus: string })[]; snapshot: Snapshot } {
  const seed = loadSeedFiles(SEED_DIR);
  const snapshot = snapshotOf(seed);
  const articles = loadCorpus()
    .articles.filter((a) => a.split === 'dev')
    .map((a) => ({ ...a, corpus: (corpusOf(a.folder) ?? '').replace(/^corpus (\w).*$/, '$1') }))
    .filter((a) => a.corpus !== '');
  return { articles, snapshot };
}
