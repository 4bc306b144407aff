import { TestApi } from '../support/api';
import { connectTestDb, resetAndSeed, type TestDb } from '../support/testGraph';
import { type Recorded, RecordingGraph } from '../support/recording';
import { BENCH_SHAPES } from '../support/benchShapes';
import { at, bind, rootFields, tckCases } from '../support/tck';

/**
 * The planner's promises on the seed graph: one query per root field for every shape the acceptance
 * cases and the benchmark ask, each shape valid for Neo4j's planner (EXPLAIN), and cursors that
 * resume exactly after the last item and belong to the list that issued them.
 */
let db: TestDb;
let api: TestApi;
const recorded: Recorded[] = [];

beforeAll(async () => {
  db = connectTestDb();
  await resetAndSeed(db);
  api = new TestApi(new RecordingGraph(db.driver, recorded));
});
afterAll(async () => {
  await api.stop();
  await db.close();
});

describe('one query per root field', () => {
  it.each(BENCH_SHAPES)('%s', async (_name, query, variables) => {
    const answer = await api.run(query, variables);
    expect(answer.errors).toBeNull();
    expect(answer.roundTrips).toBe(1);
  });

  it.each(tckCases())('acceptance case %s', async (_file, steps) => {
    const captured: Record<string, unknown> = {};
    for (const step of steps) {
      const answer = await api.run(step.query, bind(step.variables, captured));
      // Error cases (a bad date, a page too large) are refused before any query.
      expect(answer.roundTrips).toBeLessThanOrEqual(rootFields(step.query));
      if (!answer.errors) expect(answer.roundTrips).toBeGreaterThan(0);
      for (const [name, dotted] of Object.entries(step.capture ?? {})) captured[name] = at(answer, dotted);
    }
  });
});

describe('every generated shape', () => {
  it('is valid Cypher for Neo4j (EXPLAIN), for everything the tests above ran', async () => {
    expect(recorded.length).toBeGreaterThan(20);
    const session = db.driver.session();
    try {
      for (const query of recorded) await session.run(`EXPLAIN ${query.text}`, query.params);
    } finally {
      await session.close();
    }
  });
});

type Page = {
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
};

/** Every id of a list, page by page, and the same list in one page. */
async function pagedAndWhole(field: string, args: string, size: number) {
  const query = `query($after: String, $first: Int) { ${field}(${args} first: $first, after: $after) {
    edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`;
  const whole = (await api.data<Record<string, Page>>(query, { first: 100 }))[field] as Page;
  const paged: string[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 200; guard++) {
    const page: Page = (await api.data<Record<string, Page>>(query, { first: size, after }))[field] as Page;
    paged.push(...page.edges.map((e) => e.node.id));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return { paged, whole: whole.edges.map((e) => e.node.id) };
}

describe('keyset pagination', () => {
  // Statements share dates (several per day), so ties on the sort key are where a `>=` in place of
  // `>` would repeat or skip an item.
  it.each([
    ['statements', '', 1],
    ['statements', 'orderBy: DATE_DESC,', 2],
    ['statements', 'stance: ACCUSES,', 1],
    // Keyed lists (docs/model.md, "Keys"): speaker, and speakerIn + target + stance.
    ['statements', 'speaker: "actor:ministry-of-defense-of-azerbaijan",', 1],
    ['statements', 'speaker: "actor:ministry-of-foreign-affairs-of-armenia", orderBy: DATE_DESC,', 2],
    ['statements', 'speakerIn: "actor:azerbaijan", target: "actor:armenia", stance: ACCUSES,', 1],
    [
      'statements',
      'speakerIn: "actor:armenia", target: "actor:azerbaijan", stance: ACCUSES, orderBy: DATE_DESC,',
      2,
    ],
    ['events', '', 1],
    ['events', 'orderBy: DESC,', 3],
    ['actors', '', 2],
    ['articles', '', 1],
    ['claims', '', 1],
    ['places', '', 2],
    ['actors', 'search: "ministry",', 1],
  ])('%s(%s first: %i) pages through exactly the list, in order', async (field, args, size) => {
    const { paged, whole } = await pagedAndWhole(field, args, size);
    expect(whole.length).toBeGreaterThan(size);
    expect(paged).toEqual(whole);
  });

  // The rows carry a cursor's key only when a cursor is selected: each of the two alone still pages.
  it.each([
    ['only pageInfo { endCursor }', 'pageInfo { hasNextPage endCursor }'],
    ['only edges { cursor }', 'edges { cursor } pageInfo { hasNextPage }'],
  ])('statements(orderBy: DATE_DESC) pages with %s', async (_name, cursorSelection) => {
    type Only = {
      edges: { cursor: string; node: { id: string } }[];
      pageInfo: { hasNextPage: boolean; endCursor?: string };
    };
    const query = `query($after: String) { statements(orderBy: DATE_DESC, first: 2, after: $after) {
      edges { node { id } } ${cursorSelection} } }`;
    const whole = (await pagedAndWhole('statements', 'orderBy: DATE_DESC,', 2)).whole;
    const paged: string[] = [];
    let after: string | undefined;
    for (let guard = 0; guard < 200; guard++) {
      const page = (await api.data<{ statements: Only }>(query, { after })).statements;
      paged.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor ?? page.edges.at(-1)?.cursor;
      expect(after).toEqual(expect.any(String));
    }
    expect(paged).toEqual(whole);
  });

  it('ties on the date are kept apart by id', async () => {
    const { statements } = await api.data<{
      statements: { edges: { node: { id: string; date: string } }[] };
    }>('{ statements(first: 100) { edges { node { id date } } } }');
    const dates = statements.edges.map((e) => e.node.date);
    expect(new Set(dates).size).toBeLessThan(dates.length);
  });
});

describe('cursors', () => {
  const first = async (field: string, args = '') =>
    (
      (
        await api.data<Record<string, Page>>(
          `{ ${field}(${args} first: 2) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
        )
      )[field] as Page
    ).pageInfo.endCursor as string;

  it.each([
    ['from another list', async () => first('places'), 'actors', ''],
    [
      'from the same list with other filters',
      async () => first('statements', 'stance: ACCUSES,'),
      'statements',
      '',
    ],
    ['from the same list in the other order', async () => first('events'), 'events', 'orderBy: DESC,'],
  ])('%s is BAD_USER_INPUT naming the argument', async (_name, cursorOf, field, args) => {
    const cursor = await cursorOf();
    const answer = await api.run(`query($after: String) { ${field}(${args} after: $after) { totalCount } }`, {
      after: cursor,
    });
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.message).toMatch(/^after /);
  });

  it('edited is refused, and a long one is refused without being echoed', async () => {
    const cursor = await first('actors');
    const [payload, signature] = cursor.split('.') as [string, string];
    const edited = Buffer.from(JSON.stringify(['Zzz', 'actor:zzz'])).toString('base64url');
    for (const after of [`${edited}.${signature}`, `${payload}.${signature.slice(1)}`, 'x'.repeat(100_000)]) {
      const answer = await api.run('query($after: String) { actors(after: $after) { totalCount } }', {
        after,
      });
      expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(answer.errors?.[0]?.message.length).toBeLessThan(200);
      expect(answer.roundTrips).toBe(0);
    }
  });
});
