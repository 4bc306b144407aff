import { cypher } from '../db/graph';
import { EVENT_FIELDS } from '../events/fields';
import type { EventRow } from '../events/rows';
import type { Keyed } from '../graphql/loaders';
import { ARTICLE_FIELDS } from './fields';
import type { ArticleRow } from './rows';

export const ARTICLES_BY_ID = cypher<Keyed<ArticleRow>>(
  'articlesById',
  `UNWIND $keys AS key
   MATCH (ar:Article {id: key})
   RETURN key, ${ARTICLE_FIELDS} AS value`,
);

const ARTICLE_FILTERS = `
  ($from IS NULL OR ar.published >= date($from))
  AND ($to IS NULL OR ar.published <= date($to))
  AND ($outlet IS NULL OR EXISTS { (ar)-[:PUBLISHED_BY]->(o:Outlet) WHERE toLower(o.name) = toLower($outlet) })`;

/** Newest first, then id. */
export const ARTICLES_PAGE = cypher<{ key: string; node: ArticleRow }>(
  'articlesPage',
  `MATCH (ar:Article)
   WHERE ${ARTICLE_FILTERS}
   WITH ar, coalesce(toString(ar.published), '') AS sortKey
   WHERE $afterId IS NULL OR sortKey < $afterKey OR (sortKey = $afterKey AND ar.id > $afterId)
   RETURN sortKey AS key, ${ARTICLE_FIELDS} AS node
   ORDER BY sortKey DESC, ar.id
   LIMIT $fetch`,
);

export const ARTICLES_COUNT = cypher<{ count: number }>(
  'articlesCount',
  `MATCH (ar:Article) WHERE ${ARTICLE_FILTERS} RETURN count(ar) AS count`,
);

export const EVENTS_BY_ARTICLE = cypher<Keyed<EventRow>>(
  'eventsByArticle',
  `UNWIND $keys AS key
   MATCH (:Article {id: key})-[:MENTIONS]->(e:Event)
   WITH DISTINCT key, e
   RETURN key, ${EVENT_FIELDS} AS value
   ORDER BY e.date, e.id`,
);
