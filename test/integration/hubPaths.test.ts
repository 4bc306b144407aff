import neo4j from 'neo4j-driver';
import { HUB_DEGREE } from '../../src/paths/hubAware';
import { TestApi } from '../support/api';
import { type Recorded, RecordingGraph } from '../support/recording';
import { connectTestDb, resetAndSeed, type TestDb } from '../support/testGraph';

/**
 * `Query.path`'s hub-aware search (src/paths/hubAware.ts) against the plain `shortestPath` on the
 * seed graph plus a fixture with hubs (nodes of more than HUB_DEGREE relationships): the same length
 * for every pair and bound, including the cases the search cannot see without its checks — two hubs
 * in a row at length 3, a hub next to an end at length 4 — no path at all, and maxHops 1 to 6; every
 * path returned runs from `from` to `to` over relationships that exist.
 */
let db: TestDb;
let api: TestApi;
const recorded: Recorded[] = [];

const TYPES =
  'ABOUT|CLAIMED_BY|GOVERNS|HAPPENED_IN|HELD|IN|MENTIONS|OF|PART_OF|PUBLISHED_BY|REPLIES_TO|RESPONDS_TO|SAID|SIDE|SOURCE|STATED_IN|TARGETS|TOOK_PART_IN|VIA';
const HUBS = ['h1', 'h2', 'h3', 'h4'];
/** [from, type, to]: each hard case alone, then the chains that make longer paths. */
const EDGES: [string, string, string][] = [
  // Two hubs in a row at length 3: a1 - h1 - h2 - b1.
  ['a1', 'TARGETS', 'h1'],
  ['h1', 'PART_OF', 'h2'],
  ['b1', 'SAID', 'h2'],
  // A hub next to an end at length 4 (a2 - h3 - u2 - w2 - b2), and the mirror (a3 - u3 - w3 - h4 - b3).
  ['a2', 'TARGETS', 'h3'],
  ['h3', 'GOVERNS', 'u2'],
  ['u2', 'OF', 'w2'],
  ['w2', 'IN', 'b2'],
  ['a3', 'SAID', 'u3'],
  ['u3', 'ABOUT', 'w3'],
  ['h4', 'SIDE', 'w3'],
  ['b3', 'PART_OF', 'h4'],
  // A hub in the middle at length 4, seen without expanding it: a4 - x4 - h3 - y4 - b4.
  ['a4', 'SAID', 'x4'],
  ['x4', 'TARGETS', 'h3'],
  ['y4', 'MENTIONS', 'h3'],
  ['b4', 'SAID', 'y4'],
  // Length 3 through two hubs where a length-4 path is visible too: a5 - h2 - h1 - b5, a5 - x5 - m5 - y5 - b5.
  ['a5', 'TARGETS', 'h2'],
  ['b5', 'TARGETS', 'h1'],
  ['a5', 'SAID', 'x5'],
  ['x5', 'RESPONDS_TO', 'm5'],
  ['y5', 'REPLIES_TO', 'm5'],
  ['b5', 'SAID', 'y5'],
  // A chain for lengths 5 and 6: c0 - … - c6.
  ['c0', 'SAID', 'c1'],
  ['c1', 'TARGETS', 'c2'],
  ['c2', 'ABOUT', 'c3'],
  ['c3', 'IN', 'c4'],
  ['c4', 'OF', 'c5'],
  ['c5', 'SOURCE', 'c6'],
  ['c6', 'STATED_IN', 'b1'],
];
const NODES = [...new Set([...EDGES.flatMap(([from, , to]) => [from, to]), 'z'])];
const id = (name: string) => `actor:hub-test-${name}`;

type PathAnswer = { length: number; nodes: { id: string }[]; relationships: string[] } | null;

async function writeFixture(): Promise<void> {
  const session = db.driver.session();
  try {
    await session.run(
      `UNWIND $nodes AS name CREATE (:Node:Actor {id: 'actor:hub-test-' + name, name: name, kind: 'PERSON'})`,
      { nodes: NODES },
    );
    // Each hub gets more than HUB_DEGREE leaves of its own, each a dead end.
    await session.run(
      `UNWIND $hubs AS name
       MATCH (h:Node {id: 'actor:hub-test-' + name})
       UNWIND range(1, $leaves) AS i
       CREATE (h)-[:MENTIONS]->(:Node:Actor {id: h.id + '-leaf-' + i, name: 'leaf', kind: 'PERSON'})`,
      { hubs: HUBS, leaves: neo4j.int(HUB_DEGREE + 50) },
    );
    for (const [from, type, to] of EDGES) {
      await session.run(`MATCH (a:Node {id: $from}), (b:Node {id: $to}) CREATE (a)-[:${type}]->(b)`, {
        from: id(from),
        to: id(to),
      });
    }
  } finally {
    await session.close();
  }
}

/** The plain `shortestPath` length of each pair within 6 hops (null: none). */
async function plainLengths(pairs: [string, string][]): Promise<Map<string, number | null>> {
  const session = db.driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(
      `UNWIND $pairs AS pair
       MATCH (a:Node {id: pair[0]}), (b:Node {id: pair[1]})
       OPTIONAL MATCH p = shortestPath((a)-[:${TYPES}*..6]-(b)) WHERE all(n IN nodes(p) WHERE n:Node)
       RETURN pair[0] + ' ' + pair[1] AS key, length(p) AS length`,
      { pairs },
    );
    return new Map(
      result.records.map((r) => [
        r.get('key') as string,
        r.get('length') === null ? null : Number(r.get('length')),
      ]),
    );
  } finally {
    await session.close();
  }
}

/** Fails unless every step of the path is a relationship of the named type between its nodes. */
async function expectSteps(path: NonNullable<PathAnswer>): Promise<void> {
  const steps = path.relationships.map((type, i) => ({
    from: path.nodes[i]?.id,
    to: path.nodes[i + 1]?.id,
    type,
  }));
  const session = db.driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(
      `UNWIND $steps AS step
       RETURN count { MATCH (a:Node {id: step.from})-[r]-(b:Node {id: step.to}) WHERE type(r) = step.type } > 0 AS ok`,
      { steps },
    );
    expect(result.records.map((r) => r.get('ok'))).toEqual(steps.map(() => true));
  } finally {
    await session.close();
  }
}

async function path(from: string, to: string, maxHops: number): Promise<PathAnswer> {
  const answer = await api.run<{ path: PathAnswer }>(
    'query($from: ID!, $to: ID!, $maxHops: Int) { path(from: $from, to: $to, maxHops: $maxHops) { length nodes { id } relationships } }',
    { from, to, maxHops },
  );
  expect(answer.errors).toBeNull();
  expect(answer.roundTrips).toBe(1);
  return answer.data?.path ?? null;
}

/** Asks `path` for each pair and bound and compares it with the plain search. */
async function expectPlainLengths(pairs: [string, string][], bounds: number[]): Promise<number> {
  const plain = await plainLengths(pairs);
  let compared = 0;
  for (const [from, to] of pairs) {
    const shortest = plain.get(`${from} ${to}`);
    if (shortest === undefined) throw new Error(`no such pair: ${from} ${to}`);
    for (const maxHops of bounds) {
      const found = await path(from, to, maxHops);
      const expected = shortest !== null && shortest <= maxHops ? shortest : null;
      expect({ from, to, maxHops, length: found?.length ?? null }).toEqual({
        from,
        to,
        maxHops,
        length: expected,
      });
      if (found) {
        expect(found.nodes[0]?.id).toBe(from);
        expect(found.nodes.at(-1)?.id).toBe(to);
        expect(found.nodes).toHaveLength(found.length + 1);
        await expectSteps(found);
      }
      compared++;
    }
  }
  return compared;
}

beforeAll(async () => {
  db = connectTestDb();
  await resetAndSeed(db);
  await writeFixture();
  api = new TestApi(new RecordingGraph(db.driver, recorded));
});
afterAll(async () => {
  await api.stop();
  await db.close();
});

describe('the hub-aware shortest path', () => {
  it('finds the hard cases at their plain shortest length, for every bound from 1 to 6', async () => {
    const hard: [string, string][] = [
      ['a1', 'b1'], // two hubs in a row: 3
      ['a2', 'b2'], // a hub next to the start: 4
      ['a3', 'b3'], // a hub next to the end: 4
      ['a4', 'b4'], // a hub in the middle: 4
      ['a5', 'b5'], // 3 through two hubs, though 4 is visible
      ['c0', 'c5'], // 5
      ['c0', 'c6'], // 6
      ['c0', 'a1'], // 10: none within 6
      ['a1', 'z'], // none at all
      ['h1', 'b1'], // from a hub
      ['a2', 'h3'], // to a hub
    ];
    const named = hard.map(([from, to]) => [id(from), id(to)] as [string, string]);
    expect(await expectPlainLengths(named, [1, 2, 3, 4, 5, 6])).toBe(hard.length * 6);
    const lengths = await plainLengths(named);
    // The fixture does make the hard cases (else the comparison above proves little).
    expect([...lengths.values()]).toEqual([3, 4, 4, 4, 3, 5, 6, null, null, 2, 1]);
  }, 180_000); // 66 requests: about 20 s on a quiet machine, past the default minute on a loaded one

  it('turns the path round when it searched from the other end (the lighter end is searched from)', async () => {
    // The search runs from the end with fewer relationships; here `from` has more (b1 2, a1 1; w3 2,
    // b3 1; c5 2, c0 1) or as many, so the path found is turned round: it must still start at `from`.
    const pairs: [string, string][] = [
      ['b1', 'a1'],
      ['b2', 'a2'],
      ['b3', 'a3'],
      ['b4', 'a4'],
      ['b5', 'a5'],
      ['w3', 'b3'],
      ['c5', 'c0'],
    ];
    expect(
      await expectPlainLengths(
        pairs.map(([from, to]) => [id(from), id(to)]),
        [4, 5],
      ),
    ).toBe(pairs.length * 2);
  });

  it('agrees with the plain search for every pair of the fixture at maxHops 3 and 4', async () => {
    const names = [...NODES, 'h1', 'h3'].filter((name, i, all) => all.indexOf(name) === i);
    const pairs: [string, string][] = [];
    for (const [i, from] of names.entries())
      for (const to of names.slice(i + 1)) pairs.push([id(from), id(to)]);
    expect(await expectPlainLengths(pairs, [3, 4])).toBe(pairs.length * 2);
  });

  it('agrees with the plain search on the seed graph', async () => {
    const session = db.driver.session({ defaultAccessMode: neo4j.session.READ });
    const ids = await session
      .run(
        `MATCH (a:Actor) WHERE NOT a.id STARTS WITH 'actor:hub-test' RETURN a.id AS id ORDER BY id LIMIT 12`,
      )
      .then((r) => r.records.map((record) => record.get('id') as string))
      .finally(() => session.close());
    const pairs: [string, string][] = ids.slice(1).map((to, i) => [ids[i] as string, to]);
    expect(await expectPlainLengths(pairs, [2, 4])).toBe(pairs.length * 2);
  });

  it('reads fewer rows than a hub has to find a path through it', async () => {
    const session = db.driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      await path(id('a4'), id('b4'), 4);
      const query = recorded.at(-1) as Recorded;
      const profile = (await session.run(`PROFILE ${query.text}`, query.params)).summary.profile;
      const hits = (plan: typeof profile): number =>
        plan ? plan.dbHits + plan.children.reduce((sum, child) => sum + hits(child), 0) : 0;
      // Expanding h3 would read more than HUB_DEGREE relationships.
      expect(hits(profile)).toBeLessThan(HUB_DEGREE);
    } finally {
      await session.close();
    }
  });

  it('is valid Cypher for every bound (EXPLAIN), planned without label scans', async () => {
    const session = db.driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      const shapes = new Map(recorded.map((query) => [query.text, query]));
      expect(shapes.size).toBe(6);
      for (const query of shapes.values()) {
        const plan = (await session.run(`EXPLAIN ${query.text}`, query.params)).summary.plan;
        const operators = (p: typeof plan): string[] =>
          p ? [p.operatorType, ...p.children.flatMap((child) => operators(child))] : [];
        const names = operators(plan).map((name) => name.split('@')[0]);
        expect(names.filter((name) => /LabelScan|AllNodesScan/.test(name ?? ''))).toEqual([]);
        expect(names).toContain('ShortestPath');
        if (query.text.includes('USING JOIN')) expect(names).toContain('NodeHashJoin');
      }
    } finally {
      await session.close();
    }
  });
});
