import { TestApi } from './api';
import { connectTestDb, resetAndSeed, type TestDb } from './testGraph';

/**
 * Jest hooks for a test file that reads the seed graph: before all tests, prove this is the test
 * instance, wipe it and load the seed; after all, close. Read `.db` / `.api` inside tests.
 */
export function useSeededGraph(): { db: TestDb; api: TestApi } {
  let db: TestDb | undefined;
  let api: TestApi | undefined;
  beforeAll(async () => {
    db = connectTestDb();
    await resetAndSeed(db);
    api = new TestApi(db.graph);
  });
  afterAll(async () => {
    await api?.stop();
    await db?.close();
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined)
      throw new Error('The seeded graph is only ready inside tests (after beforeAll).');
    return value;
  };
  return {
    get db() {
      return ready(db);
    },
    get api() {
      return ready(api);
    },
  };
}
