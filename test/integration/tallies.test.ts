import { cypher } from '../../src/db/graph';
import { migrateData } from '../../src/db/migrations';
import { ingestArticle } from '../../src/ingest/write/ingestArticle';
import type { IngestResult } from '../../src/ingest/write/result';
import { TestApi } from '../support/api';
import { type Recorded, RecordingGraph } from '../support/recording';
import { type TestDb, connectTestDb, resetAndSeed } from '../support/testGraph';

/**
 * The tallies (src/db/statementTallies.ts) are counters kept by the writers, so after every write path
 * they must equal a recount from the statements themselves (SAID, TARGETS, stance, date), and the
 * facets read from them must equal the facets counted over the statements.
 */

const ARTICLE = `Armenia and Azerbaijan traded accusations on Monday after an exchange of fire near the village of Sotk.
Armenian Prime Minister Nikol Pashinyan accused Baku of "deliberately escalating the situation" near the border.
"We will not tolerate attacks on our sovereign territory," Pashinyan told lawmakers.
Azerbaijan's Defense Ministry rejected the accusations, saying its units had only responded to provocations.
Azerbaijan's Foreign Ministry accused Armenia of shelling civilians in Tovuz.
`;
const META = { title: 'Tally test', outlet: 'Test Wire', published: '2024-03-12', url: null };

interface Counter {
  targetId: string;
  stance: string;
  facet: string;
  value: string;
  n: number;
}

/** Counted from the statements: what the tallies must hold (counters at 0 left out). */
const RECOUNT = cypher<Counter>(
  'testRecountTallies',
  `MATCH (sp:Actor)-[:SAID]->(s:Statement)-[:TARGETS]->(t:Actor)
   WITH t.id AS targetId, s.stance AS stance, sp.id AS speakerId,
        CASE WHEN s.date IS NOT NULL AND coalesce(s.datePrecision, 'DAY') <> 'YEAR'
             THEN substring(toString(s.date), 0, 7) END AS month, count(*) AS n
   UNWIND [['total', ''], ['speaker', speakerId], ['month', month]] AS f
   WITH targetId, stance, f, n WHERE f[1] IS NOT NULL
   WITH targetId, stance, f[0] AS facet, f[1] AS value, sum(n) AS n
   RETURN targetId, stance, facet, value, n ORDER BY targetId, stance, facet, value`,
);
const TALLIES = cypher<Counter>(
  'testTallies',
  `MATCH (c:Tally) WHERE c.n <> 0
   RETURN c.targetId AS targetId, c.stance AS stance, c.facet AS facet, c.value AS value, c.n AS n
   ORDER BY targetId, stance, facet, value`,
);
const TALLY_COUNT = cypher<{ n: number }>('testTallyCount', 'MATCH (c:Tally) RETURN count(c) AS n');

let db: TestDb;
let api: TestApi;
const recorded: Recorded[] = [];
let first: IngestResult;

beforeAll(async () => {
  db = connectTestDb();
  await resetAndSeed(db);
  api = new TestApi(new RecordingGraph(db.driver, recorded));
}, 300_000);
afterAll(async () => {
  await api.stop();
  await db.close();
});

async function expectTalliesEqualRecount(): Promise<Counter[]> {
  const recount = await db.graph.read(RECOUNT);
  expect(recount.length).toBeGreaterThan(0);
  expect(await db.graph.read(TALLIES)).toEqual(recount);
  return recount;
}

interface Faceted {
  totalCount: number;
  facets: {
    speakers: { actor: { id: string }; count: number }[];
    months: { month: string; count: number }[];
  };
}
const FACETED = `totalCount facets { speakers(first: 100) { actor { id name } count } months { month count } }`;

/**
 * For every (target, stance) the graph has: the tallied answer of Query.statements(stance, target)
 * against Actor.targetedBy(stance), which counts the same statements over the statements themselves.
 */
async function expectFacetsEqualCounted(recount: Counter[]): Promise<void> {
  const pairs = [...new Set(recount.map((c) => `${c.targetId}\u0000${c.stance}`))].map((p) =>
    p.split('\u0000'),
  );
  for (const [target, stance] of pairs) {
    recorded.length = 0;
    const { tallied, counted } = await api.data<{ tallied: Faceted; counted: { targetedBy: Faceted } }>(
      `query($target: ID!, $stance: Stance!) {
        tallied: statements(target: $target, stance: $stance, first: 1) { ${FACETED} }
        counted: actor(id: $target) { targetedBy(stance: $stance, first: 1) { ${FACETED} } }
      }`,
      { target, stance },
    );
    expect(tallied).toEqual(counted.targetedBy);
    expect(recorded.some((r) => r.text.includes(':Tally'))).toBe(true);
  }
}

async function check(): Promise<void> {
  await expectFacetsEqualCounted(await expectTalliesEqualRecount());
}

const CORRECT = `mutation($input: StatementCorrectionInput!) { correctStatement(input: $input) { statementId } }`;
async function correct(input: Record<string, unknown>): Promise<void> {
  const answer = await api.run(CORRECT, { input }, true);
  expect(answer.errors).toBeNull();
}
const accusing = () => {
  const s = first.statements.find((x) => x.text.includes('shelling civilians'));
  if (!s) throw new Error(`no accusation: ${first.statements.map((x) => x.text).join(' | ')}`);
  return s;
};

it('equal a recount after the seed', async () => {
  await check();
}, 120_000);

it('equal a recount after an ingest, and after ingesting the same article again', async () => {
  first = await ingestArticle(db.graph, ARTICLE, META, false);
  expect(first.statements.length).toBeGreaterThan(2);
  await check();
  const before = await db.graph.read(TALLIES);
  await ingestArticle(db.graph, ARTICLE, META, false);
  expect(await db.graph.read(TALLIES)).toEqual(before);
  await check();
}, 120_000);

it('equal a recount after each kind of correction and a reject', async () => {
  const id = accusing().id;
  await correct({ statementId: id, action: 'CONFIRM' });
  await check();
  await correct({ statementId: id, action: 'CORRECT', stance: 'DENIES' });
  await check();
  await correct({
    statementId: id,
    action: 'CORRECT',
    stance: 'ACCUSES',
    speakerId: 'actor:nikol-pashinyan',
  });
  await check();
  await correct({ statementId: id, action: 'CORRECT', targetIds: ['actor:azerbaijan', 'actor:armenia'] });
  await check();
  await correct({ statementId: id, action: 'CORRECT', targetIds: [] });
  await check();
  await correct({ statementId: id, action: 'CORRECT', targetIds: ['actor:armenia'] });
  await check();
  const other = first.statements.find((x) => x.id !== id && x.targets.length > 0);
  await correct({ statementId: (other ?? accusing()).id, action: 'REJECT', note: 'not a statement' });
  await check();
  // Re-ingest after the analysts' word: nothing is counted again.
  await ingestArticle(db.graph, ARTICLE, META, false);
  await check();
}, 240_000);

it('are rebuilt from the statements by the migration, for a database from before them', async () => {
  const before = await db.graph.read(TALLIES);
  await db.graph.write(cypher<never>('testDropTallies', `MATCH (c:Tally) DELETE c`));
  await db.graph.write(
    cypher<never>('testForgetMigration', `MATCH (m:Migration {id: 'statementTallies1'}) DELETE m`),
  );
  expect((await db.graph.read(TALLY_COUNT))[0]?.n).toBe(0);
  await migrateData(db.graph);
  expect(await db.graph.read(TALLIES)).toEqual(before);
  await check();
  // Applied once: running it again changes nothing.
  await migrateData(db.graph);
  expect(await db.graph.read(TALLIES)).toEqual(before);
}, 120_000);
