import { cypher } from '../../src/db/graph';
import { migrateData } from '../../src/db/migrations';
import { RECORD_MIGRATION } from '../../src/db/statementKeys';
import { TALLIES_MIGRATION } from '../../src/db/statementTallies';
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
  /** A year's counts per month, January first; null for the other facets. */
  months: number[] | null;
}

type MonthRow = Omit<Counter, 'months'>;

/**
 * Counted from the statements, by month (facet 'month', value 'YYYY-MM') as the facets count them:
 * what the tallies must hold once the months are gathered into their years (counters at 0 left out).
 */
const RECOUNT = cypher<MonthRow>(
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
   RETURN c.targetId AS targetId, c.stance AS stance, c.facet AS facet, c.value AS value, c.n AS n,
          c.months AS months
   ORDER BY targetId, stance, facet, value`,
);

const byKey = (a: Counter, b: Counter) => {
  const key = (c: Counter) => [c.targetId, c.stance, c.facet, c.value].join('\u0000');
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
};

/** The recounted months of each (target, stance) gathered into one counter per year. */
function expectedTallies(recount: MonthRow[]): Counter[] {
  const years = new Map<string, Counter>();
  const out: Counter[] = [];
  for (const row of recount) {
    if (row.facet !== 'month') {
      out.push({ ...row, months: null });
      continue;
    }
    const [year, month] = row.value.split('-');
    const key = `${row.targetId}\u0000${row.stance}\u0000${year}`;
    let counter = years.get(key);
    if (!counter) {
      counter = { ...row, facet: 'year', value: year ?? '', n: 0, months: Array<number>(12).fill(0) };
      years.set(key, counter);
      out.push(counter);
    }
    counter.n += row.n;
    (counter.months as number[])[Number(month) - 1] = row.n;
  }
  return out.sort(byKey);
}
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

async function expectTalliesEqualRecount(): Promise<MonthRow[]> {
  const recount = await db.graph.read(RECOUNT);
  expect(recount.some((row) => row.facet === 'month')).toBe(true);
  expect(await db.graph.read(TALLIES)).toEqual(expectedTallies(recount));
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
async function expectFacetsEqualCounted(recount: MonthRow[]): Promise<void> {
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

const FORGET_MIGRATION = cypher<never>('testForgetMigration', `MATCH (m:Migration {id: $id}) DELETE m`);
const FACET_COUNT = cypher<{ n: number }>(
  'testFacetCount',
  'MATCH (c:Tally {facet: $facet}) RETURN count(c) AS n',
);

it('are rebuilt from the statements by the migration, for a database from before them', async () => {
  const before = await db.graph.read(TALLIES);
  await db.graph.write(cypher<never>('testDropTallies', `MATCH (c:Tally) DELETE c`));
  await db.graph.write(FORGET_MIGRATION, { id: TALLIES_MIGRATION });
  expect((await db.graph.read(TALLY_COUNT))[0]?.n).toBe(0);
  await migrateData(db.graph);
  expect(await db.graph.read(TALLIES)).toEqual(before);
  await check();
  // Applied once: running it again changes nothing.
  await migrateData(db.graph);
  expect(await db.graph.read(TALLIES)).toEqual(before);
}, 120_000);

it('replace the counters per month of a database tallied by statementTallies1 with counters per year', async () => {
  const before = await db.graph.read(TALLIES);
  // As statementTallies1 left the months: one counter per (target, stance, month), none per year.
  await db.graph.write(
    cypher<never>(
      'testTalliesPerMonth',
      `MATCH (c:Tally {facet: 'year'})
       UNWIND range(0, 11) AS i
       WITH c, i WHERE c.months[i] <> 0
       CREATE (:Tally {targetId: c.targetId, stance: c.stance, facet: 'month',
                       value: c.value + '-' + right('0' + toString(i + 1), 2), n: c.months[i]})
       WITH DISTINCT c
       DELETE c`,
    ),
  );
  await db.graph.write(FORGET_MIGRATION, { id: TALLIES_MIGRATION });
  await db.graph.write(RECORD_MIGRATION, { id: 'statementTallies1' });
  expect((await db.graph.read(FACET_COUNT, { facet: 'month' }))[0]?.n).toBeGreaterThan(0);
  expect((await db.graph.read(FACET_COUNT, { facet: 'year' }))[0]?.n).toBe(0);
  await migrateData(db.graph);
  expect((await db.graph.read(FACET_COUNT, { facet: 'month' }))[0]?.n).toBe(0);
  expect(await db.graph.read(TALLIES)).toEqual(before);
  await check();
}, 120_000);
