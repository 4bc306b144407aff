import Cypher from '@neo4j/cypher-builder';
import { TestApi } from '../support/api';
import { type Recorded, RecordingGraph } from '../support/recording';
import { connectTestDb, resetAndSeed, type TestDb } from '../support/testGraph';

/**
 * A root field's Cypher is reused across requests whose variables give it the same shape
 * (src/graphql/shapeCache.ts). On the seed graph: the same document with other values gives their
 * own, right answers (those of a server that never saw the first values), with the same text and
 * other parameters; a variable that changes the shape gives another text; and shapes that look at a
 * value are built every time.
 */
let db: TestDb;
let recorded: Recorded[];
let warm: TestApi;

/** Every cypher-builder clause's build(): the planner builds one per query it compiles. */
const clausePrototype = Object.getPrototypeOf(Cypher.Match.prototype) as { build: () => unknown };
let builds: jest.SpyInstance;

beforeAll(async () => {
  db = connectTestDb();
  await resetAndSeed(db);
  recorded = [];
  warm = new TestApi(new RecordingGraph(db.driver, recorded));
  builds = jest.spyOn(clausePrototype, 'build');
});
afterAll(async () => {
  builds.mockRestore();
  await warm.stop();
  await db.close();
});

/** The answer of a server that has seen nothing before. */
async function fresh(query: string, variables: Record<string, unknown>): Promise<unknown> {
  const api = new TestApi(db.graph);
  try {
    return await api.data(query, variables);
  } finally {
    await api.stop();
  }
}

/** Runs on the warm server: its answer, the query it sent, and how many clauses were built for it. */
async function run(query: string, variables: Record<string, unknown>) {
  const before = builds.mock.calls.length;
  const data = await warm.data(query, variables);
  return { data, sent: recorded.at(-1) as Recorded, built: builds.mock.calls.length - before };
}

const ids = (data: unknown): string[] => JSON.stringify(data).match(/"id":"[^"]+"/g) ?? [];

const ACCUSATIONS = `query($state: ID!, $target: ID!) {
  statements(stance: ACCUSES, speakerIn: $state, target: $target, orderBy: DATE_DESC, first: 5) {
    edges { node { id text date speaker { id name } targets { id name } } }
  }
}`;

const BY_SPEAKER = `query($speaker: ID!, $withTargets: Boolean!, $order: StatementOrder) {
  statements(speaker: $speaker, orderBy: $order, first: 4) {
    edges { node { id date targets @include(if: $withTargets) { id } } }
  }
}`;

describe('the same document with other values', () => {
  it('answers each pair of states with its own accusations, from one text', async () => {
    const one = { state: 'actor:azerbaijan', target: 'actor:armenia' };
    const other = { state: 'actor:armenia', target: 'actor:azerbaijan' };
    const first = await run(ACCUSATIONS, one);
    const second = await run(ACCUSATIONS, other);

    expect(second.data).toEqual(await fresh(ACCUSATIONS, other));
    expect(first.data).toEqual(await fresh(ACCUSATIONS, one));
    expect(ids(first.data).length).toBeGreaterThan(0);
    expect(ids(second.data).length).toBeGreaterThan(0);
    expect(ids(second.data)).not.toEqual(ids(first.data));

    expect(second.sent.text).toBe(first.sent.text);
    expect(Object.values(second.sent.params)).toEqual(expect.arrayContaining(['actor:armenia']));
    expect(second.sent.params).not.toEqual(first.sent.params);
    // Built for the first request (and once more with stand-ins), reused for the second.
    expect(first.built).toBeGreaterThan(0);
    expect(second.built).toBe(0);
  });

  it('binds equal values to their own parameters (from and to of one path)', async () => {
    const PATH = `query($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 4) { length } }`;
    const apart = { from: 'actor:azerbaijan', to: 'actor:armenia' };
    const same = { from: 'actor:armenia', to: 'actor:armenia' };
    await run(PATH, apart);
    expect((await run(PATH, same)).data).toEqual(await fresh(PATH, same));
    expect((await run(PATH, apart)).data).toEqual(await fresh(PATH, apart));
  });

  it('reuses the hub-aware path search for another pair of actors (benchmark op 4)', async () => {
    const PATH = `query($from: ID!, $to: ID!) {
      path(from: $from, to: $to, maxHops: 4) { length nodes { id } relationships } }`;
    const one = { from: 'actor:azerbaijan', to: 'actor:ministry-of-defense-of-azerbaijan' };
    const other = { from: 'actor:armenia', to: 'actor:ministry-of-defense-of-azerbaijan' };
    const first = await run(PATH, one);
    const second = await run(PATH, other);
    expect(second.data).toEqual(await fresh(PATH, other));
    expect(first.data).toEqual(await fresh(PATH, one));
    const ends = (data: unknown) => {
      const nodes = (data as { path: { nodes: { id: string }[] } }).path.nodes;
      return [nodes[0]?.id, nodes.at(-1)?.id];
    };
    expect(ends(first.data)).toEqual([one.from, one.to]);
    expect(ends(second.data)).toEqual([other.from, other.to]);
    expect(second.sent.text).toBe(first.sent.text);
    expect(first.built).toBeGreaterThan(0);
    expect(second.built).toBe(0);
  });
});

describe('variables that change the shape', () => {
  const speaker = 'actor:ministry-of-defense-of-azerbaijan';

  it.each([
    ['@include(if: false)', { withTargets: false, order: 'DATE_ASC' }],
    ['orderBy: DATE_DESC', { withTargets: true, order: 'DATE_DESC' }],
    ['orderBy: null', { withTargets: true, order: null }],
  ])('%s gives another query, and its own right answer', async (_name, change) => {
    const base = { speaker, withTargets: true, order: 'DATE_ASC' };
    const plain = await run(BY_SPEAKER, base);
    const changed = await run(BY_SPEAKER, { ...base, ...change });
    expect(changed.data).toEqual(await fresh(BY_SPEAKER, { ...base, ...change }));
    expect(plain.data).toEqual(await fresh(BY_SPEAKER, base));
    if (change.order === null) expect(changed.data).toEqual(plain.data);
    else {
      expect(changed.sent.text).not.toBe(plain.sent.text);
      expect(changed.data).not.toEqual(plain.data);
    }
  });
});

describe('shapes that look at a value', () => {
  it('node(id:) reads each id through its own kind, every time', async () => {
    const NODE = `query($id: ID!) { node(id: $id) { id __typename } }`;
    const actor = await run(NODE, { id: 'actor:armenia' });
    const events = (await fresh('{ events(first: 1) { edges { node { id } } } }', {})) as {
      events: { edges: { node: { id: string } }[] };
    };
    const event = await run(NODE, { id: events.events.edges[0]?.node.id });
    expect(actor.data).toEqual({ node: { id: 'actor:armenia', __typename: 'Actor' } });
    expect(event.data).toMatchObject({ node: { __typename: 'Event' } });
    expect(event.sent.text).not.toBe(actor.sent.text);
    expect(await run(NODE, { id: 'nothing:1' })).toMatchObject({ data: { node: null }, built: 0 });
  });

  it('a page after a cursor decodes and checks each cursor', async () => {
    const PAGE = `query($after: String) { statements(first: 2, after: $after) {
      edges { node { id } } pageInfo { endCursor } } }`;
    const start = await warm.data<{ statements: { pageInfo: { endCursor: string } } }>(PAGE, {});
    const after = start.statements.pageInfo.endCursor;
    expect((await run(PAGE, { after })).data).toEqual(await fresh(PAGE, { after }));
    const refused = await warm.run(PAGE, { after: `${after.slice(0, -2)}xx` });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
