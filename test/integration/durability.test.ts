import { cypher } from '../../src/db/graph';
import { INSTANCES } from '../../src/db/local/instances';
import { startLocal, stopLocal } from '../../src/db/local/server';
import { connectTestDb, resetAndSeed, type TestDb } from '../support/testGraph';

const MARK = cypher<never>('durabilityMark', `CREATE (:DurabilityMark {id: $id, at: datetime()})`);
const COUNT_MARKS = cypher<{ count: number }>(
  'durabilityCount',
  `MATCH (m:DurabilityMark {id: $id}) RETURN count(m) AS count`,
);
const STATEMENTS = cypher<{ count: number }>(
  'durabilityStatements',
  `MATCH (s:Statement) RETURN count(s) AS count`,
);

let db: TestDb;
beforeAll(async () => {
  db = connectTestDb();
  await resetAndSeed(db);
});
afterAll(() => db.close());

it('keeps every committed write across a clean stop and start of the database', async () => {
  const id = `mark-${Date.now()}`;
  await db.graph.write(MARK, { id });
  const [before] = await db.graph.read(STATEMENTS);

  await db.driver.close();
  expect(await stopLocal(INSTANCES.test, () => undefined)).toBe(true);
  await startLocal(INSTANCES.test, () => undefined);
  db = connectTestDb();

  expect(await db.graph.read(COUNT_MARKS, { id })).toEqual([{ count: 1 }]);
  expect(await db.graph.read(STATEMENTS)).toEqual([before]);
});
