import neo4j from 'neo4j-driver';
import type { Graph } from '../db/graph';

export interface Health {
  status: 'ok' | 'unavailable';
  neo4j: 'up' | 'down';
  error?: string;
}

/**
 * Healthy means Neo4j answers a query now. This runs outside the retrying transaction functions on
 * purpose: a health check must answer at once, not after the driver's retries give up.
 */
export async function checkHealth(graph: Graph): Promise<Health> {
  const session = graph.driver.session({ defaultAccessMode: neo4j.session.READ, database: graph.database });
  try {
    await session.run('RETURN 1');
    return { status: 'ok', neo4j: 'up' };
  } catch (error) {
    return {
      status: 'unavailable',
      neo4j: 'down',
      error: error instanceof Error ? error.message : String(error),
    };
  } finally {
    await session.close();
  }
}
