import fs from 'node:fs';
import path from 'node:path';
import { cypher } from '../../src/db/graph';
import { extractArticle } from '../../src/ingest/plan/extract';
import { ingestArticle } from '../../src/ingest/write/ingestArticle';
import { loadSnapshot } from '../../src/ingest/write/snapshot';
import { SNAPSHOT_QUERIES, WRITE_QUERIES } from '../../src/ingest/write/queries';
import { type Run, writeExtraction } from '../../src/ingest/write/write';
import { graphCounts } from '../../src/seed/load';
import { SEED_DIR } from '../../src/seed/paths';
import { TestApi } from '../support/api';
import { type TestDb, connectTestDb, resetAndSeed } from '../support/testGraph';

// An article none of the seed files contains, about known actors and a new incident.
const ARTICLE = `Armenia and Azerbaijan traded accusations on Monday after a deadly exchange of fire near the border village of Sotk.
Armenian Prime Minister Nikol Pashinyan accused Baku of "deliberately escalating the situation" and said two Armenian soldiers were killed.
"We will not tolerate attacks on our sovereign territory," Pashinyan told lawmakers.
Azerbaijan's Defense Ministry rejected the accusations, saying its units had only responded to provocations.
Karen Petrosyan, the head of the village, said residents had spent the night in basements.
`;
const META = { title: 'Border flare-up near Sotk', outlet: 'Test Wire', published: '2024-03-12', url: null };

const MUTATION = `mutation($input: IngestArticleInput!, $dryRun: Boolean) {
  ingestArticle(input: $input, dryRun: $dryRun) {
    dryRun
    article { id isNew }
    statements { text start end direct stance speaker { name mention } targets respondsTo { title date } confidence status }
    summary { written }
  }
}`;

let db: TestDb;
let api: TestApi;

beforeAll(async () => {
  db = connectTestDb();
  await resetAndSeed(db);
  api = new TestApi(db.graph);
});

afterAll(async () => {
  await api.stop();
  await db.close();
});

const counts = () => graphCounts(db.graph);

/** Every curated statement and actor with all its properties, to prove ingest leaves them alone. */
const CURATED = cypher<{ id: string; props: Record<string, unknown>; rels: number }>(
  'testCuratedFacts',
  `MATCH (n) WHERE (n:Statement OR n:Actor) AND coalesce(n.provenance, 'CURATED') = 'CURATED'
   RETURN n.id AS id, properties(n) AS props, COUNT { (n)--() } AS rels ORDER BY id`,
);

/** Wraps `run` so the transaction fails right after the named query ran. */
function failingAfter(run: Run, queryName: string): Run {
  return async (query, params) => {
    const rows = await run(query, params);
    if (query.name === queryName) throw new Error(`injected failure after ${queryName}`);
    return rows;
  };
}

it('plans every ingest query (EXPLAIN against the real schema)', async () => {
  for (const query of [...WRITE_QUERIES, ...SNAPSHOT_QUERIES]) {
    await expect(db.graph.write(cypher(`explain ${query.name}`, `EXPLAIN ${query.text}`))).resolves.toEqual(
      [],
    );
  }
});

it('leaves nothing behind when the write fails half-way', async () => {
  const before = await counts();
  const extraction = extractArticle(ARTICLE, META, await loadSnapshot((q, p) => db.graph.read(q, p)));
  expect(extraction.statements.length).toBeGreaterThan(2);
  await expect(
    db.graph.inWriteTransaction((run) => writeExtraction(failingAfter(run, 'ingestStatements'), extraction)),
  ).rejects.toThrow(/injected failure after ingestStatements/);
  expect(await counts()).toEqual(before);
});

it('writes a new article as statements linked to the actors the graph knows', async () => {
  const result = await ingestArticle(db.graph, ARTICLE, META, false);
  expect(result.article.isNew).toBe(true);
  expect(result.summary.written).toBe(result.statements.length);
  const accusation = result.statements.find((s) => s.text.startsWith('accused Baku'));
  expect(accusation).toMatchObject({
    stance: 'ACCUSES',
    speaker: { id: 'actor:nikol-pashinyan', isNew: false },
    targets: ['Azerbaijan'],
    status: 'NEW',
  });

  const { statement } = await api.data<{
    statement: {
      provenance: string;
      confidence: number;
      speaker: { id: string };
      source: { start: number; end: number; article: { id: string; text: string } };
      respondsTo: { title: string; date: string }[];
    };
  }>(
    `query($id: ID!) { statement(id: $id) { provenance confidence speaker { id } source { start end article { id text } } respondsTo { title date } } }`,
    { id: accusation?.id },
  );
  expect(statement.provenance).toBe('EXTRACTED');
  expect(statement.speaker.id).toBe('actor:nikol-pashinyan');
  expect(statement.source.article.text.slice(statement.source.start, statement.source.end)).toBe(
    accusation?.text,
  );
  // "on Monday" in an article of Tuesday 2024-03-12; no known clash then, so a new one near Sotk.
  expect(statement.respondsTo).toEqual([{ title: 'Clashes near Sotk', date: '2024-03-11' }]);

  const newcomer = result.statements.find((s) => s.speaker.mention.includes('Petrosyan'));
  expect(newcomer?.speaker).toMatchObject({ name: 'Karen Petrosyan', isNew: true });
  const { actor } = await api.data<{ actor: { kind: string; aliases: string[]; provenance: string } }>(
    'query($id: ID!) { actor(id: $id) { kind aliases provenance } }',
    { id: newcomer?.speaker.id },
  );
  expect(actor).toEqual({ kind: 'PERSON', aliases: [], provenance: 'EXTRACTED' });
});

it('changes nothing when the same text is ingested again', async () => {
  const before = await counts();
  const again = await ingestArticle(db.graph, ARTICLE, META, false);
  expect(again.article.isNew).toBe(false);
  expect(again.statements.every((s) => s.status === 'UNCHANGED')).toBe(true);
  expect(await counts()).toEqual(before);
});

/** The actors named Residents and the articles their statements come from. */
const RESIDENTS = cypher<{ id: string; described: boolean; articles: string[] }>(
  'testResidents',
  `MATCH (a:Actor {name: 'Residents'})
   RETURN a.id AS id, a.described AS described,
          COLLECT { MATCH (a)-[:SAID]->(:Statement)-[:SOURCE]->(art:Article) RETURN art.title ORDER BY art.title } AS articles
   ORDER BY id`,
);

it("makes each article's unnamed residents a source of their own, never one node for all", async () => {
  const said = 'Residents said the shelling lasted until dawn.\n';
  await ingestArticle(
    db.graph,
    `Shelling hit the village of Sotk on Monday.\n${said}`,
    { ...META, title: 'Sotk' },
    false,
  );
  await ingestArticle(
    db.graph,
    `Fighting resumed near Berd on Friday.\n${said}`,
    { ...META, title: 'Berd' },
    false,
  );
  const residents = await db.graph.read(RESIDENTS);
  expect(residents.map((r) => [r.described, r.articles])).toEqual(
    expect.arrayContaining([
      [true, ['Sotk']],
      [true, ['Berd']],
    ]),
  );
  expect(residents).toHaveLength(2);
});

it('never changes a curated statement or actor when a seed article is ingested as new', async () => {
  const curated = await db.graph.read(CURATED);
  const text = fs.readFileSync(path.join(SEED_DIR, 'articles', '000_8cae9906a7b6c654.txt'), 'utf8');
  const meta = { title: null, outlet: 'UPI', published: '2022-08-04', url: null };

  const before = await counts();
  const preview = await ingestArticle(db.graph, text, meta, true);
  expect(await counts()).toEqual(before);
  const result = await ingestArticle(db.graph, text, meta, false);
  expect(result.article).toMatchObject({ id: 'article:upi-2022-08-04', isNew: false });
  // Every statement the curators annotated is theirs; the dry run foresaw exactly what was done.
  expect(result.summary.coveredByCurated).toBeGreaterThanOrEqual(10);
  expect(preview.statements.map((s) => s.status)).toEqual(result.statements.map((s) => s.status));
  expect(await db.graph.read(CURATED)).toEqual(curated);
});

describe('the ingestArticle mutation', () => {
  const input = { text: ARTICLE.replace('Monday', 'Sunday'), outlet: 'Other Wire', published: '2024-03-12' };

  it('refuses without the API key, writing nothing', async () => {
    const before = await counts();
    const answer = await api.run(MUTATION, { input });
    expect(answer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(answer.data).toBeNull();
    expect(await counts()).toEqual(before);
  });

  it('refuses empty, binary and oversized text with BAD_USER_INPUT, writing nothing', async () => {
    const before = await counts();
    for (const text of ['   \n', 'abc\u0000\u0001\u0002def', 'x'.repeat(1024 * 1024 + 1)]) {
      const answer = await api.run(MUTATION, { input: { ...input, text } }, true);
      expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(await counts()).toEqual(before);
  });

  it('shows what would be written on a dry run, and writes it with the key', async () => {
    const before = await counts();
    type Answer = {
      ingestArticle: {
        dryRun: boolean;
        article: { isNew: boolean };
        statements: { status: string; speaker: { name: string } }[];
        summary: { written: number };
      };
    };
    const dry = await api.run<Answer>(MUTATION, { input, dryRun: true }, true);
    expect(dry.errors).toBeNull();
    expect(dry.data?.ingestArticle.dryRun).toBe(true);
    expect(dry.data?.ingestArticle.statements.every((s) => s.status === 'NEW')).toBe(true);
    expect(await counts()).toEqual(before);

    const real = await api.run<Answer>(MUTATION, { input }, true);
    expect(real.errors).toBeNull();
    expect(real.data?.ingestArticle.article.isNew).toBe(true);
    expect(real.data?.ingestArticle.summary.written).toBe(dry.data?.ingestArticle.statements.length);
    expect(real.data?.ingestArticle.statements.map((s) => s.speaker.name)).toContain('Nikol Pashinyan');
    expect((await counts()).relationships).toBeGreaterThan(before.relationships);
  });
});
