import { RequestCountingGraph } from '../support/countingGraph';
import { useSeededGraph } from '../support/fixtures';
import { firstCode, post, type Posted, serve, type Served } from '../support/server';

/**
 * Hostile requests (issue 10 and the OWASP GraphQL cheat sheet) against the real app over HTTP: each is
 * refused with its own code before it reaches the database, and an ordinary query sent at the same time
 * still answers in its one round trip. "Fast" is shown structurally (no database work, a small answer),
 * not by a wall-clock bound that a busy shared machine can break; the log line quotes measured times.
 */
const ORDINARY = '{ actors(search: "Pashinyan", first: 3) { edges { node { name } } } }';

const seeded = useSeededGraph();
let server: Served;
let graph: RequestCountingGraph;
const timings: string[] = [];
beforeAll(async () => {
  graph = RequestCountingGraph.over(seeded.db.graph);
  server = await serve(graph);
});
afterAll(async () => {
  await server.close();
  console.info(`Refusal times (hostile ms / ordinary alongside ms):\n${timings.join('\n')}`);
});

const nest = (levels: number, first: number): string => {
  let inner = 'id';
  for (let i = 0; i < levels; i++)
    inner = `statements(first: ${first}) { edges { node { text speaker { ${inner} } } } }`;
  return `{ actors(first: ${first}) { edges { node { ${inner} } } } }`;
};
const repeat = (count: number, make: (i: number) => string) =>
  Array.from({ length: count }, (_, i) => make(i)).join(' ');

/** Sends the hostile body and, meanwhile, the ordinary query; checks the refusal and the bystander. */
async function refusedWhileOthersAnswer(body: unknown, code: string, status = 400): Promise<Posted> {
  const roundTripsBefore = graph.requestRoundTrips;
  const [hostile, ordinary] = await Promise.all([
    post(server.url, body),
    post(server.url, { query: ORDINARY }),
  ]);
  expect({ status: hostile.status, code: firstCode(hostile) }).toEqual({ status, code });
  timings.push(`${expect.getState().currentTestName}: ${hostile.ms.toFixed(1)} / ${ordinary.ms.toFixed(1)}`);
  expect(hostile.bytes).toBeLessThan(2_000);
  expect(ordinary.body.errors).toBeUndefined();
  expect(JSON.stringify(ordinary.body.data)).toContain('Nikol Pashinyan');
  // The ordinary query's one round trip, and none for the refused request.
  expect(graph.requestRoundTrips - roundTripsBefore).toBe(1);
  return hostile;
}

describe('limits', () => {
  it('refuses the 20-level actor/statements/speaker chain by depth, naming the limit and the value', async () => {
    const answer = await refusedWhileOthersAnswer({ query: nest(20, 2) }, 'DEPTH_LIMIT_EXCEEDED');
    expect(answer.body.errors?.[0]?.message).toMatch(
      /Query depth 84 exceeds the limit of 10 \(GRAPHQL_MAX_DEPTH\)/,
    );
  });

  it('refuses six levels of first: 8 by depth', async () => {
    await refusedWhileOthersAnswer({ query: nest(6, 8) }, 'DEPTH_LIMIT_EXCEEDED');
  });

  it('refuses a query within the depth limit whose worst case is too many rows by cost', async () => {
    const query = `{ statements(first: 100) { edges { node { speaker {
      statements(first: 100) { edges { node { targets { name } } } } } } } } }`;
    const answer = await refusedWhileOthersAnswer({ query }, 'COST_LIMIT_EXCEEDED');
    expect(answer.body.errors?.[0]?.message).toMatch(
      /rows 210,200 exceeds the limit of 150,000 \(GRAPHQL_MAX_COST\)/,
    );
  });

  it('counts `first` given as a variable', async () => {
    const query =
      'query($n: Int) { actors(first: $n) { edges { node { statements(first: $n) { edges { node { targets { id } } } } } } } }';
    await refusedWhileOthersAnswer({ query, variables: { n: 100 } }, 'COST_LIMIT_EXCEEDED');
  });

  it('refuses 1,000 aliases of search by tokens, before parsing', async () => {
    const query = `{ ${repeat(1000, (i) => `a${i}: search(text: "Pashinyan") { __typename }`)} }`;
    await refusedWhileOthersAnswer({ query }, 'TOKEN_LIMIT_EXCEEDED');
  });

  it('refuses 1,000 aliases of statements(first: 100) by tokens', async () => {
    const query = `{ ${repeat(1000, (i) => `a${i}: statements(first: 100) { totalCount }`)} }`;
    await refusedWhileOthersAnswer({ query }, 'TOKEN_LIMIT_EXCEEDED');
  });

  it('refuses more aliases than allowed even when the text is short', async () => {
    const query = `{ ${repeat(16, (i) => `a${i}: search(text: "Pashinyan", first: 1) { __typename }`)} }`;
    const answer = await refusedWhileOthersAnswer({ query }, 'ALIAS_LIMIT_EXCEEDED');
    expect(answer.body.errors?.[0]?.message).toMatch(/aliases 16 exceeds the limit of 15/);
  });

  it('refuses a fragment bomb (fragments spreading fragments) by its expanded alias count', async () => {
    const fragments = Array.from(
      { length: 30 },
      (_, i) => `fragment F${i} on Query { ${i === 29 ? 'a: __typename' : `...F${i + 1} ...F${i + 1}`} }`,
    );
    await refusedWhileOthersAnswer({ query: `{ ...F0 } ${fragments.join(' ')}` }, 'ALIAS_LIMIT_EXCEEDED');
  });

  it('refuses directive overloading', async () => {
    const query = `{ ${repeat(25, () => '__typename @skip(if: false)')} }`;
    await refusedWhileOthersAnswer({ query }, 'DIRECTIVE_LIMIT_EXCEEDED');
  });

  it('answers field duplication once (merged) and refuses it past the token limit', async () => {
    const merged = await post(server.url, {
      query: `{ actors(first: 1) { edges { node { ${repeat(300, () => 'name')} } } } }`,
    });
    expect(merged.body.errors).toBeUndefined();
    await refusedWhileOthersAnswer(
      { query: `{ ${repeat(2000, () => '__typename')} }` },
      'TOKEN_LIMIT_EXCEEDED',
    );
  });

  it('refuses batched requests', async () => {
    await refusedWhileOthersAnswer(
      Array.from({ length: 50 }, () => ({ query: ORDINARY })),
      'BAD_REQUEST',
    );
  });

  it('refuses subscription operations clearly', async () => {
    const answer = await refusedWhileOthersAnswer(
      { query: 'subscription { __typename }' },
      'OPERATION_NOT_SUPPORTED',
    );
    expect(answer.body.errors?.[0]?.message).toMatch(/subscription operations are not supported/);
  });
});

describe('long inputs', () => {
  const huge = 'a'.repeat(1_000_000);

  it('refuses a 1,001-letter search word as bad input, not a Lucene error', async () => {
    const answer = await refusedWhileOthersAnswer(
      { query: 'query($q: String!) { search(text: $q) { __typename } }', variables: { q: 'x'.repeat(1001) } },
      'BAD_USER_INPUT',
    );
    expect(answer.body.errors?.[0]?.message).toMatch(/limit of 512/);
  });

  it.each([
    ['a 1 MB word in actors(search:)', 'query($v: String) { actors(search: $v) { totalCount } }'],
    ['a 1 MB cursor', 'query($v: String) { statements(after: $v) { totalCount } }'],
    ['a 1 MB id', 'query($v: ID!) { node(id: $v) { id } }'],
  ])('refuses %s without echoing it', async (_name, query) => {
    const answer = await refusedWhileOthersAnswer({ query, variables: { v: huge } }, 'BAD_USER_INPUT');
    expect(answer.body.errors?.[0]?.message).toMatch(
      /Length of argument \w+ 1,000,000 exceeds the limit of 512 \(GRAPHQL_MAX_STRING_LENGTH\)/,
    );
  });

  it('refuses a long word inside a short search text, naming the word limit', async () => {
    const answer = await post(server.url, {
      query: `{ search(text: "Pashinyan ${'k'.repeat(200)}") { __typename } }`,
    });
    expect(firstCode(answer)).toBe('BAD_USER_INPUT');
    expect(answer.body.errors?.[0]?.message).toMatch(/at most 64 characters/);
    expect(answer.bytes).toBeLessThan(2_000);
  });
});
