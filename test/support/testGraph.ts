import type { Driver } from 'neo4j-driver';
import { createDriver } from '../../src/db/connection';
import { cypher, Graph } from '../../src/db/graph';
import { INSTANCES, instancePaths } from '../../src/db/local/instances';
import { migrate } from '../../src/db/migrations';
import { seedFromDirectory } from '../../src/seed/load';
import { SEED_DIR } from '../../src/seed/paths';

const DATA_DIRECTORY = cypher<{ value: string }>(
  'testDataDirectory',
  `SHOW SETTINGS YIELD name, value WHERE name = 'server.directories.data' RETURN value`,
);
const WIPE = cypher<never>('testWipe', 'MATCH (n) DETACH DELETE n');

export interface TestDb {
  driver: Driver;
  graph: Graph;
  close: () => Promise<void>;
}

export function connectTestDb(): TestDb {
  const uri = process.env.TEST_NEO4J_URI;
  const password = process.env.TEST_NEO4J_PASSWORD;
  if (!uri || !password)
    throw new Error('The test Neo4j is not configured; run the tests through `npm test` (jest globalSetup).');
  const driver = createDriver({ uri, username: 'neo4j', password });
  return { driver, graph: new Graph(driver), close: () => driver.close() };
}

/** Refuses to go on unless the server's data directory is the test instance's own. */
export async function assertTestInstance(db: TestDb): Promise<void> {
  const system = new Graph(db.driver, 'system');
  const [row] = await system.read(DATA_DIRECTORY);
  const expected = instancePaths(INSTANCES.test).data;
  if (row?.value !== expected) {
    throw new Error(
      `Refusing to wipe: the server's data directory is ${row?.value}, not the test instance's ${expected}.`,
    );
  }
}

/** Proves it is the test database, wipes it, applies migrations. */
export async function resetTestDb(db: TestDb): Promise<void> {
  await assertTestInstance(db);
  await db.graph.write(WIPE);
  await migrate(db.graph);
}

export async function resetAndSeed(db: TestDb): Promise<void> {
  await resetTestDb(db);
  await seedFromDirectory(db.graph, SEED_DIR);
}
