import { cypher } from '../db/graph';

/**
 * One ranked list over every full-text index. Lucene scores of different indexes are not on one
 * scale, so an exact name or alias match is lifted above everything and the rest merge by score.
 */
export const SEARCH_ALL = cypher<{ id: string; score: number }>(
  'searchAll',
  `CALL () {
     CALL db.index.fulltext.queryNodes('actorNames', $lucene, {limit: $limit}) YIELD node, score
     RETURN node, score + CASE WHEN $exact IN node.nameKeys THEN 100.0 ELSE 0.0 END AS score
     UNION ALL
     CALL db.index.fulltext.queryNodes('placeNames', $lucene, {limit: $limit}) YIELD node, score
     RETURN node, score + CASE WHEN $exact IN node.nameKeys THEN 100.0 ELSE 0.0 END AS score
     UNION ALL
     CALL db.index.fulltext.queryNodes('eventTitles', $lucene, {limit: $limit}) YIELD node, score
     RETURN node, score
     UNION ALL
     CALL db.index.fulltext.queryNodes('statementText', $lucene, {limit: $limit}) YIELD node, score
     RETURN node, score
     UNION ALL
     CALL db.index.fulltext.queryNodes('articleText', $lucene, {limit: $limit}) YIELD node, score
     RETURN node, score
   }
   RETURN node.id AS id, score
   ORDER BY score DESC, id
   LIMIT $limit`,
);
