import { type SizeSpec, generate } from '../../bench/generate';
import { loadGraph } from '../../bench/load';
import { OPERATIONS, type OperationId } from '../../bench/operations';
import { profileQueries } from '../../bench/profile';
import { TestApi } from '../support/api';
import { type Recorded, RecordingGraph } from '../support/recording';
import { assertTestInstance, connectTestDb, type TestDb } from '../support/testGraph';
import { cypher } from '../../src/db/graph';

/**
 * The benchmark's questions, asked of our API on a small generated graph (the benchmark's generator,
 * 3,000 statements), PROFILEd: each is one query, and none of them scans a label or all nodes, since
 * an index (a uniqueness constraint, a range or a full-text index) answers every one.
 */
const SMALL: SizeSpec = {
  name: 'S',
  statements: 3_000,
  actors: 200,
  states: 12,
  places: 100,
  outlets: 12,
  statementsPerEvent: 10,
};

let db: TestDb;
let api: TestApi;
const recorded: Recorded[] = [];
const generated = generate(SMALL);

beforeAll(async () => {
  db = connectTestDb();
  await assertTestInstance(db);
  await db.graph.write(cypher<never>('testWipe', 'MATCH (n) DETACH DELETE n'));
  await loadGraph(db.graph, generated, () => undefined, 5_000);
  api = new TestApi(new RecordingGraph(db.driver, recorded));
}, 300_000);
afterAll(async () => {
  await api.stop();
  await db.close();
});

const OPS = Object.keys(OPERATIONS).map(Number) as OperationId[];

it.each(OPS)('operation %i: one query, answered from indexes (no label scan)', async (id) => {
  const request = OPERATIONS[id].ours(generated.reference.scenario);
  recorded.length = 0;
  const answer = await api.run(request.query, request.variables);
  expect(answer.errors).toBeNull();
  expect(answer.roundTrips).toBe(1);
  const [profile] = await profileQueries(db.driver, recorded);
  expect(profile?.labelScans).toEqual([]);
});
