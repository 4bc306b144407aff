import { cypher, type Graph } from '../db/graph';

const PING = cypher<{ ok: number }>('ping', 'RETURN 1 AS ok');

export interface Health {
  status: 'ok' | 'unavailable';
  neo4j: 'up' | 'down';
  error?: string;
}

/** Healthy means Neo4j answers a query now. */
export async function checkHealth(graph: Graph): Promise<Health> {
  try {
    await graph.forRequest().read(PING);
    return { status: 'ok', neo4j: 'up' };
  } catch (error) {
    return { status: 'unavailable', neo4j: 'down', error: error instanceof Error ? error.message : String(error) };
  }
}
