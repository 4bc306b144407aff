import { TestApi } from '../support/api';
import { connectTestDb, resetAndSeed, type TestDb } from '../support/testGraph';
import { Graph, toPlain } from '../../src/db/graph';

/**
 * Nested lists come in the order their plans declare, whether or not the sort keys are selected
 * (the planner sorts on the map it projects, with the unselected keys kept aside), and an alias
 * named like a sort key does not change the order. Each list is checked against the same list read
 * by hand-written Cypher on the seed graph.
 */
let db: TestDb;
let api: TestApi;

beforeAll(async () => {
  db = connectTestDb();
  await resetAndSeed(db);
  api = new TestApi(new Graph(db.driver));
});
afterAll(async () => {
  await api.stop();
  await db.close();
});

type Parents = { edges: { node: { id: string; items: Record<string, unknown>[] } }[] };

/** Parent id → the item values at `key`, for parents with at least two items (where order shows). */
async function fromApi(root: string, list: string, key: string): Promise<Record<string, unknown[]>> {
  const data = await api.data<Record<string, Parents>>(
    `{ ${root}(first: 100) { edges { node { id items: ${list} } } } }`,
  );
  const edges = (data[root] as Parents).edges.filter((e) => e.node.items.length > 1);
  return Object.fromEntries(edges.map((e) => [e.node.id, e.node.items.map((item) => item[key])]));
}

async function fromCypher(text: string, parents: string[]): Promise<Record<string, unknown[]>> {
  const session = db.driver.session();
  try {
    const result = await session.run(text, { parents });
    return Object.fromEntries(
      result.records.map((r) => [r.get('parent') as string, toPlain(r.get('items')) as unknown[]]),
    );
  } finally {
    await session.close();
  }
}

it.each([
  [
    'Event.responses by date then id, dates not selected',
    'events',
    'responses { id }',
    'id',
    `MATCH (e:Event)<-[:RESPONDS_TO]-(s:Statement) WHERE e.id IN $parents
     WITH e, s ORDER BY s.date, s.id RETURN e.id AS parent, collect(s.id) AS items`,
  ],
  [
    'Event.responses with an alias named like the sort key',
    'events',
    'responses { date: text }',
    'date',
    `MATCH (e:Event)<-[:RESPONDS_TO]-(s:Statement) WHERE e.id IN $parents
     WITH e, s ORDER BY s.date, s.id RETURN e.id AS parent, collect(s.text) AS items`,
  ],
  [
    'Statement.targets by name then id',
    'statements',
    'targets { name id }',
    'id',
    `MATCH (s:Statement)-[:TARGETS]->(t:Actor) WHERE s.id IN $parents
     WITH s, t ORDER BY t.name, t.id RETURN s.id AS parent, collect(t.id) AS items`,
  ],
  [
    'Event.reportedIn, distinct, by publication then id',
    'events',
    'reportedIn { id }',
    'id',
    `MATCH (e:Event)<-[:MENTIONS]-(a:Article) WHERE e.id IN $parents
     WITH DISTINCT e, a ORDER BY a.published, a.id RETURN e.id AS parent, collect(a.id) AS items`,
  ],
  [
    'Event.participants by name then id, names not selected',
    'events',
    'participants { id }',
    'id',
    `MATCH (e:Event)<-[:TOOK_PART_IN]-(x:Actor) WHERE e.id IN $parents
     WITH e, x ORDER BY x.name, x.id RETURN e.id AS parent, collect(x.id) AS items`,
  ],
  [
    "CasualtyClaim.sources by the article's publication then the span's start",
    'claims',
    'sources { start }',
    'start',
    `MATCH (c:CasualtyClaim)-[r:SOURCE]->(a:Article) WHERE c.id IN $parents
     WITH c, r, a ORDER BY a.published, r.start RETURN c.id AS parent, collect(r.start) AS items`,
  ],
])('%s', async (_name, root, list, key, cypher) => {
  const answered = await fromApi(root, list, key);
  const parents = Object.keys(answered);
  expect(parents.length).toBeGreaterThan(0);
  const expected = await fromCypher(cypher, parents);
  expect(answered).toEqual(expected);
});
