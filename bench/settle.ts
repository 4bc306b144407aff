import type { Driver } from 'neo4j-driver';

/**
 * Waits until the bench database runs no query but this check. A concurrency-16 run ends when its
 * duration is up, with up to 16 requests still in flight: their queries keep running in Neo4j after
 * the load generator has stopped, on the same two cores as the next server's warm-up and measured
 * run. Without this wait the server measured first after a heavy operation (the floor, in the
 * default order) pays for the previous one: op 4 at M measured 52 ms for the floor and 10 ms for ours
 * with the same Cypher and the same db hits. Returns the milliseconds waited.
 */
export async function settle(driver: Driver, maxMs = 120_000): Promise<number> {
  const started = performance.now();
  for (;;) {
    const { records } = await driver.executeQuery(
      `SHOW TRANSACTIONS YIELD transactionId, currentQuery
       WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS'
       RETURN count(*) AS running`,
    );
    const running = Number(records[0]?.get('running') ?? 0);
    const waited = performance.now() - started;
    if (running === 0 || waited > maxMs) return Math.round(waited);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
