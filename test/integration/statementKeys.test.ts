import { cypher } from '../../src/db/graph';
import { migrate } from '../../src/db/migrations';
import { REFRESH_KEYS_BELOW } from '../../src/db/statementKeys';
import { applyCorrection } from '../../src/ingest/corrections/correct';
import { ingestArticle } from '../../src/ingest/write/ingestArticle';
import { type TestDb, connectTestDb, resetAndSeed } from '../support/testGraph';

/**
 * Statement keys (src/db/statementKeys.ts) are derived data: after the seed, an ingest, a correction,
 * a change of PART_OF or HELD, and the migration of a database from before them, they must be exactly
 * what the graph implies. The expectation is computed here, in TypeScript, from the graph's plain
 * structure (SAID, TARGETS, PART_OF, HELD, OF), not by the Cypher that writes the keys.
 */

const ARTICLE = `Armenia and Azerbaijan traded accusations on Monday after an exchange of fire near the village of Sotk.
Armenian Prime Minister Nikol Pashinyan accused Baku of "deliberately escalating the situation" near the border.
Azerbaijan's Defense Ministry rejected the accusations, saying its units had only responded to provocations.
`;
const META = { title: 'Keys test', outlet: 'Test Wire', published: '2024-03-12', url: null };

interface StatementRow {
  id: string;
  speakerId: string | null;
  speaker: string | null;
  stance: string;
  date: string | null;
  targets: string[];
  keys: { speakerIn: string; target: string; stance: string; date: string | null }[];
}

const STATEMENTS = cypher<StatementRow>(
  'testStatementKeys',
  `MATCH (s:Statement)
   RETURN s.id AS id, s.speakerId AS speakerId, head([(a:Actor)-[:SAID]->(s) | a.id]) AS speaker,
          s.stance AS stance, s.date AS date, [(s)-[:TARGETS]->(t:Actor) | t.id] AS targets,
          [(s)-[r:TARGETS_FROM]->(t) | {speakerIn: r.speakerIn, target: t.id, stance: r.stance, date: r.date}] AS keys`,
);
const STRUCTURE = cypher<{ from: string; to: string; via: string }>(
  'testActorStructure',
  `MATCH (a:Actor)-[:PART_OF]->(p:Actor) RETURN a.id AS from, p.id AS to, 'PART_OF' AS via
   UNION ALL
   MATCH (a:Actor)-[:HELD]->(:Role)-[:OF]->(o:Actor) RETURN a.id AS from, o.id AS to, 'ROLE' AS via`,
);
const STALE_KEYS = cypher<{ n: number }>(
  'testStaleKeys',
  `MATCH (s)-[r:TARGETS_FROM]->() WHERE NOT s:Statement RETURN count(r) AS n`,
);

/** What `speakerIn` admits: the speaker, PART_OF up to 3 levels, and its roles' organizations with theirs. */
function speaksFor(speaker: string, edges: { from: string; to: string; via: string }[]): Set<string> {
  const up = (id: string, depth: number, into: Set<string>) => {
    into.add(id);
    if (depth === 0) return;
    for (const e of edges) if (e.via === 'PART_OF' && e.from === id) up(e.to, depth - 1, into);
  };
  const out = new Set<string>();
  up(speaker, 3, out);
  for (const e of edges) if (e.via === 'ROLE' && e.from === speaker) up(e.to, 3, out);
  return out;
}

const key = (k: { speakerIn: string; target: string; stance: string; date: string | null }) =>
  `${k.speakerIn}>${k.target}:${k.stance}@${k.date ?? '-'}`;

/** Every statement's keys, as found and as the structure implies (sorted, comparable with toEqual). */
async function keysOf(db: TestDb) {
  const edges = await db.graph.read(STRUCTURE);
  const found: Record<string, unknown> = {};
  const expected: Record<string, unknown> = {};
  for (const s of await db.graph.read(STATEMENTS)) {
    found[s.id] = { speakerId: s.speakerId, keys: s.keys.map(key).sort() };
    const within = s.speaker ? [...speaksFor(s.speaker, edges)] : [];
    expected[s.id] = {
      speakerId: s.speaker,
      keys: within
        .flatMap((a) =>
          s.targets.map((t) => key({ speakerIn: a, target: t, stance: s.stance, date: s.date })),
        )
        .sort(),
    };
  }
  return { found, expected, count: Object.keys(found).length };
}

async function expectKeysRight(db: TestDb) {
  const { found, expected, count } = await keysOf(db);
  expect(count).toBeGreaterThan(0);
  expect(found).toEqual(expected);
  expect((await db.graph.read(STALE_KEYS))[0]?.n).toBe(0);
}

let db: TestDb;

beforeAll(async () => {
  db = connectTestDb();
  await resetAndSeed(db);
});
afterAll(() => db.close());

it('the seed writes every statement key, including closures through PART_OF and roles', async () => {
  await expectKeysRight(db);
  // The seed has speakers that act for more than themselves (a ministry of its state, an officeholder).
  const { found } = await keysOf(db);
  const keys = Object.values(found).flatMap((f) => (f as { keys: string[] }).keys);
  expect(
    keys.filter((k) => k.startsWith('actor:armenia>') || k.startsWith('actor:azerbaijan>')).length,
  ).toBeGreaterThan(0);
});

it('an ingest writes the keys of its statements', async () => {
  const result = await ingestArticle(db.graph, ARTICLE, META, false);
  expect(result.summary.written).toBeGreaterThan(0);
  await expectKeysRight(db);
});

it('a correction of speaker, targets or stance rewrites the keys; a rejection removes them', async () => {
  const [extracted] = await db.graph.read(
    cypher<{ id: string }>(
      'testExtracted',
      `MATCH (s:Statement {provenance: 'EXTRACTED'}) RETURN s.id AS id ORDER BY s.id`,
    ),
  );
  expect(extracted).toBeDefined();
  const id = (extracted as { id: string }).id;
  await db.graph.inWriteTransaction((run) =>
    applyCorrection(run, {
      statementId: id,
      action: 'CORRECT',
      speakerId: 'actor:ministry-of-defense-of-azerbaijan',
      stance: 'DENIES',
      targetIds: ['actor:armenia', 'actor:nikol-pashinyan'],
    }),
  );
  await expectKeysRight(db);
  const { found } = await keysOf(db);
  expect((found[id] as { keys: string[] }).keys).toEqual(
    expect.arrayContaining([expect.stringMatching(/^actor:azerbaijan>actor:armenia:DENIES@/)]),
  );

  // The corrected statement has keys (above); rejecting it takes them away.
  await db.graph.inWriteTransaction((run) => applyCorrection(run, { statementId: id, action: 'REJECT' }));
  await expectKeysRight(db);
});

it('a new PART_OF or role, refreshed below the actor it starts from, reaches the keys', async () => {
  await db.graph.write(
    cypher<never>(
      'testNewStructure',
      `MATCH (p:Actor {id: 'actor:nikol-pashinyan'}), (o:Actor {id: 'actor:ministry-of-defense-of-azerbaijan'})
       CREATE (p)-[:HELD]->(:Role {id: 'role:test-advisor', title: 'adviser'})-[:OF]->(o)`,
    ),
  );
  // Stale until refreshed: the test proves the refresh is what fixes them.
  const stale = await keysOf(db);
  expect(stale.found).not.toEqual(stale.expected);
  await db.graph.write(REFRESH_KEYS_BELOW, { actorIds: ['actor:nikol-pashinyan'] });
  await expectKeysRight(db);

  await db.graph.write(
    cypher<never>('testDropRole', `MATCH (r:Role {id: 'role:test-advisor'}) DETACH DELETE r`),
  );
  await db.graph.write(REFRESH_KEYS_BELOW, { actorIds: ['actor:nikol-pashinyan'] });
  await expectKeysRight(db);
});

it('migrating a database from before the keys writes them, once', async () => {
  await db.graph.write(
    cypher<never>(
      'testOldShape',
      `MATCH (s:Statement) OPTIONAL MATCH (s)-[r:TARGETS_FROM]->() DELETE r REMOVE s.speakerId
       WITH count(*) AS _ MATCH (m:Migration) DELETE m`,
    ),
  );
  const old = await keysOf(db);
  expect(old.found).not.toEqual(old.expected);
  await migrate(db.graph);
  await expectKeysRight(db);
  const [recorded] = await db.graph.read(
    cypher<{ n: number }>(
      'testMigrationRecorded',
      `MATCH (m:Migration {id: 'statementKeys1'}) RETURN count(m) AS n`,
    ),
  );
  expect(recorded?.n).toBe(1);
});
