import { type SizeSpec, generate } from '../../bench/generate';
import { loadGraph } from '../../bench/load';
import { OPERATIONS, type OperationId } from '../../bench/operations';
import { type QueryProfile, profileQueries } from '../../bench/profile';
import { TestApi } from '../support/api';
import { type Recorded, RecordingGraph } from '../support/recording';
import { assertTestInstance, connectTestDb, type TestDb } from '../support/testGraph';
import { cypher } from '../../src/db/graph';
import { REFRESH_STATEMENT_KEYS } from '../../src/db/statementKeys';

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

/** Rows read by the index seeks of a profile whose details mention `index` (its properties). */
const rowsFrom = (profile: QueryProfile | undefined, index: RegExp) =>
  (profile?.seeks ?? []).filter((s) => index.test(s.details)).map((s) => s.rows);

async function profileOurs(query: string, variables: Record<string, unknown>) {
  recorded.length = 0;
  const answer = await api.run(query, variables);
  expect(answer.errors).toBeNull();
  expect(answer.roundTrips).toBe(1);
  const [profile] = await profileQueries(db.driver, recorded);
  expect(profile?.labelScans).toEqual([]);
  return { answer, profile };
}

const SPEAKER_KEY = /Statement\(speakerId, date\)/;
const TARGETS_FROM_KEY = /TARGETS_FROM\(speakerIn, stance, date\)/;

describe('lists served by a composite key read about first + 1 index entries', () => {
  const scenario = generated.reference.scenario;

  it("a speaker's latest statements, nested (op 2) and at the root, come from (speakerId, date)", async () => {
    const nested = await profileOurs(OPERATIONS[2].ours(scenario).query, { id: scenario.frequentSpeaker });
    // One read of the page, 51 entries (and a date's ties), not the speaker's hundreds of statements:
    // whether undated ones are needed is decided on what it collected, not by reading it again.
    const read = rowsFrom(nested.profile, SPEAKER_KEY);
    expect(read).toHaveLength(1);
    expect(scenario.frequentSpeakerStatements).toBeGreaterThan(200);
    for (const rows of read) expect(rows).toBeLessThanOrEqual(60);

    const root = await profileOurs(
      `query($id: ID!) { statements(speaker: $id, stance: ACCUSES, first: 10, orderBy: DATE_ASC) { edges { node { id } } } }`,
      { id: scenario.frequentSpeaker },
    );
    expect(rowsFrom(root.profile, SPEAKER_KEY)).toHaveLength(1);
  });

  it('accusations by one side against a state (op 5) come from TARGETS_FROM (speakerIn, stance, date)', async () => {
    const { answer, profile } = await profileOurs(OPERATIONS[5].ours(scenario).query, {
      state: scenario.accusingState,
      target: scenario.accusedState,
    });
    const read = rowsFrom(profile, TARGETS_FROM_KEY);
    expect(read).toHaveLength(1);
    const [row] = await db.graph.read(
      cypher<{ all: number; accusations: number }>(
        'testOp5Fanout',
        `MATCH (:Actor {id: $target})<-[:TARGETS]-(s:Statement)
         RETURN count(s) AS all, count(CASE WHEN s.stance = 'ACCUSES' THEN 1 END) AS accusations`,
      ),
      { target: scenario.accusedState },
    );
    // Fewer entries than the statements that target the state: the anchor the old plan expanded.
    for (const rows of read) expect(rows).toBeLessThan(row?.all ?? 0);
    expect((answer.data as { statements: { edges: unknown[] } }).statements.edges).toHaveLength(50);
  });

  it('a page the dated entries do not fill reads the undated members through their anchor, without a label scan', async () => {
    const { profile } = await profileOurs(
      `query($id: ID!) { statements(speaker: $id, first: 100) { edges { node { id } } } }`,
      { id: scenario.pathFrom },
    );
    // The page's one seek found fewer than 101 dated statements: the undated branch ran after it.
    expect(rowsFrom(profile, SPEAKER_KEY)).toHaveLength(1);
    expect(profile?.operators).toContain('Union');
    await profileOurs(
      `query($state: ID!, $target: ID!) {
        statements(stance: ACCUSES, speakerIn: $state, target: $target, first: 100, orderBy: DATE_ASC) { edges { node { id } } }
      }`,
      { state: scenario.accusingState, target: scenario.accusedState },
    );
  });
});

it.each([2, 5, 6] as OperationId[])('the floor of operation %i reads no label', async (id) => {
  const op = OPERATIONS[id];
  const params = op.cypher.params(generated.reference.scenario);
  const [profile] = await profileQueries(db.driver, [{ name: `floor ${id}`, text: op.cypher.text, params }]);
  expect(profile?.labelScans).toEqual([]);
  if (id === 2) expect(rowsFrom(profile, SPEAKER_KEY)[0]).toBeLessThanOrEqual(60);
  if (id === 5) expect(rowsFrom(profile, TARGETS_FROM_KEY)).toHaveLength(1);
});

describe('undated statements come last from keyed lists, in both orders and across pages', () => {
  const scenario = generated.reference.scenario;
  const UNDATED = ['statement:zz-undated-1', 'statement:zz-undated-2', 'statement:aa-undated-3'];

  beforeAll(async () => {
    // Three undated accusations by the accusing state against the accused one, keyed like any other.
    await db.graph.write(
      cypher<never>(
        'testUndated',
        `MATCH (a:Actor {id: $state}), (b:Actor {id: $target})
         UNWIND $ids AS id
         CREATE (a)-[:SAID]->(s:Statement:Node {id: id, text: 'undated', stance: 'ACCUSES', direct: false})-[:TARGETS]->(b)`,
      ),
      { state: scenario.accusingState, target: scenario.accusedState, ids: UNDATED },
    );
    await db.graph.write(REFRESH_STATEMENT_KEYS, { ids: UNDATED });
  });

  const LISTS = {
    speaker: `query($state: ID!, $first: Int!, $after: String, $order: StatementOrder) {
      statements(speaker: $state, first: $first, after: $after, orderBy: $order) {
        edges { node { id date } } pageInfo { hasNextPage endCursor }
      }
    }`,
    targetsFrom: `query($state: ID!, $target: ID!, $first: Int!, $after: String, $order: StatementOrder) {
      statements(stance: ACCUSES, speakerIn: $state, target: $target, first: $first, after: $after, orderBy: $order) {
        edges { node { id date } } pageInfo { hasNextPage endCursor }
      }
    }`,
    nested: `query($state: ID!, $first: Int!, $after: String, $order: StatementOrder) {
      actor(id: $state) {
        statements(stance: ACCUSES, first: $first, after: $after, orderBy: $order) {
          edges { node { id date } } pageInfo { hasNextPage endCursor }
        }
      }
    }`,
  };
  interface Page {
    edges: { node: { id: string; date: string | null } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  }
  type Answer = { statements?: Page; actor?: { statements: Page } };
  const pageOf = (data: Answer | undefined) => (data?.statements ?? data?.actor?.statements) as Page;

  /** Every item of the list, read `first` at a time from the last page's cursor (the tail only: 100 items back). */
  async function walk(query: string, order: string, first: number) {
    const vars = {
      state: scenario.accusingState,
      ...(query.includes('$target') ? { target: scenario.accusedState } : {}),
      order,
    };
    const ids: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 200; page++) {
      const answer = await api.run<Answer>(query, { ...vars, first, after });
      expect(answer.errors).toBeNull();
      const { edges, pageInfo } = pageOf(answer.data ?? undefined);
      ids.push(...edges.map((e) => e.node.id));
      if (!pageInfo.hasNextPage) return ids;
      after = pageInfo.endCursor;
    }
    throw new Error('the list did not end');
  }

  it.each(Object.keys(LISTS).flatMap((list) => ['DATE_ASC', 'DATE_DESC'].map((order) => [list, order])))(
    '%s, %s',
    async (list, order) => {
      const query = LISTS[list as keyof typeof LISTS];
      const byHundred = await walk(query, order, 100);
      const bySeven = await walk(query, order, 7);
      expect(bySeven).toEqual(byHundred);
      expect(new Set(byHundred).size).toBe(byHundred.length);
      // Undated last, by id.
      expect(byHundred.slice(-3)).toEqual([...UNDATED].sort());
    },
  );
});
