import { cypher } from '../db/graph';
import type { PathRow } from './rows';

/**
 * Connections run undirected through nodes the API can show (label :Node: actors, events, statements,
 * places, articles). The hop bound must be a literal in Cypher, so there is one query per allowed
 * bound, built from the integer allow-list below, never from input text.
 */
export const MAX_HOPS = 6;

/**
 * What a path may not run through, as universal predicates (each node, each relationship), so Neo4j
 * can prune while it searches breadth-first. Every filter is a parameter; empty lists and a null
 * `$maxDegree` avoid nothing. The two ends are never avoided.
 */
const PATH_FILTERS = `all(n IN nodes(p) WHERE n:Node AND (n = a OR n = b OR (
       NOT n.id IN $avoid AND ($maxDegree IS NULL OR COUNT { (n)--() } <= $maxDegree))))
     AND none(r IN relationships(p) WHERE type(r) IN $avoidTypes)`;

const PATH_ROW = `length(p) AS length, [n IN nodes(p) | n.id] AS nodeIds, [r IN relationships(p) | type(r)] AS relationships`;

function shortestPath(hops: number) {
  return cypher<PathRow>(
    `shortestPath${hops}`,
    `MATCH (a:Node {id: $from}), (b:Node {id: $to})
     MATCH p = shortestPath((a)-[*..${hops}]-(b))
     WHERE ${PATH_FILTERS}
     RETURN ${PATH_ROW}
     LIMIT 1`,
  );
}

/**
 * All shortest paths, ordered by the ids along them. At most $enumerate are read before sorting, so
 * a pair joined by thousands of equally short paths stays cheap (the order is then among those read).
 */
function allShortestPaths(hops: number) {
  return cypher<PathRow>(
    `allShortestPaths${hops}`,
    `MATCH (a:Node {id: $from}), (b:Node {id: $to})
     MATCH p = allShortestPaths((a)-[*..${hops}]-(b))
     WHERE ${PATH_FILTERS}
     WITH p LIMIT $enumerate
     RETURN ${PATH_ROW}
     ORDER BY nodeIds, relationships
     LIMIT $first`,
  );
}

const byHops = <Query>(make: (hops: number) => Query): Record<number, Query> =>
  Object.fromEntries(Array.from({ length: MAX_HOPS }, (_, i) => [i + 1, make(i + 1)]));

export const SHORTEST_PATH = byHops(shortestPath);
export const ALL_SHORTEST_PATHS = byHops(allShortestPaths);
