import { ensureLocalNeo4j } from '../../src/db/connection';

/**
 * Starts the test Neo4j (own ports 7688/7475 and own data directory under .neo4j/test) unless it
 * already runs, and hands its connection to the test files through the environment. It is left
 * running afterwards so the next `npm test` starts fast; `npm run db:stop -- test` stops it.
 */
export default async function globalSetup(): Promise<void> {
  const settings = await ensureLocalNeo4j('test', (line) => console.info(`\n${line}`));
  process.env.TEST_NEO4J_URI = settings.uri;
  process.env.TEST_NEO4J_PASSWORD = settings.password;
}
