import { cypher } from '../db/graph';
import type { PathRow } from './rows';

/**
 * The shortest undirected connection through nodes the API can show (label :Node: actors, events,
 * statements, places, articles). The hop bound must be a literal in Cypher, so there is one query per allowed
 * bound, built from the integer allow-list below, never from input text.
 */
export const MAX_HOPS = 6;

function shortestPath(hops: number) {
  return cypher<PathRow>(
    `shortestPath${hops}`,
    `MATCH (a:Node {id: $from}), (b:Node {id: $to})
     MATCH p = shortestPath((a)-[*..${hops}]-(b))
     WHERE all(n IN nodes(p) WHERE n:Node)
     RETURN length(p) AS length, [n IN nodes(p) | n.id] AS nodeIds, [r IN relationships(p) | type(r)] AS relationships
     LIMIT 1`,
  );
}

export const SHORTEST_PATH: Record<number, ReturnType<typeof shortestPath>> = Object.fromEntries(
  Array.from({ length: MAX_HOPS }, (_, i) => [i + 1, shortestPath(i + 1)]),
);
