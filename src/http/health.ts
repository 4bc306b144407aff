import neo4j from 'neo4j-driver';
import type { Graph } from '../db/graph';

export interface Health {
  status: 'ok' | 'unavailable';
  neo4j: 'up' | 'down' | 'not answering';
  error?: string;
}

async function askNeo4j(graph: Graph): Promise<Health> {
  const session = graph.driver.session({ defaultAccessMode: neo4j.session.READ, database: graph.database });
  try {
    await session.run('RETURN 1');
    return { status: 'ok', neo4j: 'up' };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return { status: 'unavailable', neo4j: 'down', error: typeof code === 'string' ? code : 'unknown' };
  } finally {
    await session.close();
  }
}

/**
 * Healthy means Neo4j answers a query now, within `timeoutMs`. It runs outside the retrying transaction
 * functions (a health check must answer at once) and never waits longer than the time-out: a frozen
 * or starting Neo4j is "not answering". Checks that overlap share one query, so a probe storm against
 * a hung database holds one connection, not one each.
 */
export function healthChecker(graph: Graph, timeoutMs: number): () => Promise<Health> {
  let inFlight: Promise<Health> | null = null;
  return async () => {
    inFlight ??= askNeo4j(graph).finally(() => (inFlight = null));
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<Health>((resolve) => {
      timer = setTimeout(
        () =>
          resolve({
            status: 'unavailable',
            neo4j: 'not answering',
            error: `no answer within ${timeoutMs} ms`,
          }),
        timeoutMs,
      );
    });
    try {
      return await Promise.race([inFlight, late]);
    } finally {
      clearTimeout(timer);
    }
  };
}
