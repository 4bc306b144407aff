import { SEED_DIR } from '../../../seed/paths';
import { loadSeedFiles } from '../../../seed/validate';
import { extractArticle } from '../../plan/extract';
import type { Snapshot } from '../../types';
import { type CorpusArticle, loadCorpus } from '../corpus';
import { corpusLetter, isCheckHalf, partOf } from '../corpusGroups';
import { fromCorpus, snapshotOf } from '../predictions';

/** The dev split of the corpus (never the holdout), each article with its corpus letter, and the seed snapshot. */
export function devArticles(): { articles: (CorpusArticle & { corpus: string })[]; snapshot: Snapshot } {
  const seed = loadSeedFiles(SEED_DIR);
  const snapshot = snapshotOf(seed);
  const articles = loadCorpus()
    .articles.filter((a) => a.split === 'dev')
    .map((a) => ({ ...a, corpus: corpusLetter(a.folder) ?? '' }))
    .filter((a) => a.corpus !== '');
  return { articles, snapshot };
}

/**
 * Each dev article a listing of misses may show — never the check half, and only the parts asked for ("K", "O1";
 * every part when none is) — with its part and the seed snapshot.
 */
export function* listedArticles(parts: string[] = []) {
  const { articles, snapshot } = devArticles();
  for (const a of articles) {
    const part = partOf(a.folder) ?? '';
    if (isCheckHalf(a.folder) || (parts.length > 0 && !parts.includes(part))) continue;
    yield { a, part, snapshot };
  }
}

/** The same articles, each also as the extractor reads it and with its extraction. */
export function* listedExtractions(parts: string[]) {
  for (const { a, part, snapshot } of listedArticles(parts)) {
    const article = fromCorpus(a);
    yield { a, part, article, snapshot, x: extractArticle(article.text, article.meta, snapshot) };
  }
}
