import { cypher } from '../../src/db/graph';
import { ingestArticle } from '../../src/ingest/write/ingestArticle';
import { graphCounts } from '../../src/seed/load';
import { TestApi } from '../support/api';
import { type TestDb, connectTestDb, resetAndSeed } from '../support/testGraph';

// Issue 10: entity resolution happens inside the write transaction, so ingests that run at the
// same time behave as if they had run one after the other.

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

const ACTORS_NAMED = cypher<{ id: string; name: string }>(
  'testActorsNamed',
  `MATCH (a:Actor) WHERE a.name CONTAINS $stem RETURN a.id AS id, a.name AS name ORDER BY id`,
);

/** Two reports of the same new official by two outlets, each spelling the surname its own way. */
function reports(first: string, surname: [string, string], place: string): [string, string] {
  return [
    `Shelling damaged several houses in ${place} on Monday, local officials said.
${first} ${surname[0]}, the head of the ${place} community, said residents had spent the night in basements.
"We ask the government to send help before winter," ${surname[0]} told reporters.
`,
    `Residents of ${place} counted the damage on Tuesday after a night of shelling.
"People are afraid to go back to their homes," said ${first} ${surname[1]}, the head of the ${place} community.
${surname[1]} said the village school had been hit.
`,
  ];
}

const META = { title: null, outlet: 'Test Wire', published: '2024-05-14', url: null };

it.each([
  ['Arsen', ['Khachikyan', 'Khachikian'], 'Khachik', 'Sotk'],
  ['Levon', ['Hovhannisyan', 'Hovhannisian'], 'Hovhannis', 'Nerkin Hand'],
  ['Gor', ['Martirosyan', 'Martirosian'], 'Martiros', 'Verin Shorzha'],
] as const)(
  'makes one actor of %s %s when two articles spelling him differently are ingested at once',
  async (first, surname, stem, place) => {
    const [a, b] = reports(first, [...surname], place);
    const before = await graphCounts(db.graph);
    const results = await Promise.all([
      ingestArticle(db.graph, a, META, false),
      ingestArticle(db.graph, b, { ...META, outlet: 'Other Wire' }, false),
    ]);
    const after = await graphCounts(db.graph);
    const actors = await db.graph.read(ACTORS_NAMED, { stem });
    expect(actors).toHaveLength(1);
    // Both articles attribute his words to that one actor, and only one of them created him.
    for (const result of results) {
      expect(
        result.statements.filter((s) => s.speaker.name.includes(stem)).map((s) => s.speaker.id),
      ).toContain(actors[0]?.id);
    }
    const createdHim = results.filter((r) =>
      r.statements.some((s) => s.speaker.id === actors[0]?.id && s.speaker.isNew),
    );
    expect(createdHim).toHaveLength(1);
    // The two reports together count the actors the graph gained (his, and any described source).
    const reported = results.reduce((sum, r) => sum + r.summary.newActors, 0);
    expect(reported).toBe((after.labels.Actor ?? 0) - (before.labels.Actor ?? 0));
  },
);

it('reports the article as new to exactly one of 8 parallel ingests of it, which alone writes', async () => {
  const text = `Officials in Goris said on Sunday that a drone had struck a warehouse on the town's edge.
Narek Sargsyan, a spokesman for the Goris municipality, said nobody had been hurt.
`;
  const before = await graphCounts(db.graph);
  const results = await Promise.all(
    Array.from({ length: 8 }, () => ingestArticle(db.graph, text, META, false)),
  );
  expect(results.filter((r) => r.article.isNew)).toHaveLength(1);
  expect(new Set(results.map((r) => r.article.id)).size).toBe(1);
  const writers = results.filter((r) => r.summary.written > 0);
  expect(writers).toHaveLength(1);
  expect(writers[0]?.article.isNew).toBe(true);
  // The new spokesman is new to the writer only; the others found him written.
  const speakerIsNew = results.map((r) => r.statements.some((s) => s.speaker.isNew));
  expect(speakerIsNew.filter(Boolean)).toHaveLength(1);
  expect(results.flatMap((r) => r.statements.map((s) => s.status)).filter((s) => s === 'NEW')).toHaveLength(
    writers[0]?.statements.length ?? -1,
  );
  const after = await graphCounts(db.graph);
  expect(after.labels.Article).toBe((before.labels.Article ?? 0) + 1);
});

describe('article URLs', () => {
  const MUTATION = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { url } } }`;
  const text = 'The ministry said on Monday that the talks would resume in June.\n';

  it.each([
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'ftp://example.org/a',
    '/news/1',
    'x'.repeat(3000),
  ])('refuses %s with BAD_USER_INPUT, writing nothing', async (url) => {
    const before = await graphCounts(db.graph);
    const answer = await api.run(MUTATION, { input: { text, url } }, true);
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.message.length).toBeLessThan(300);
    expect(await graphCounts(db.graph)).toEqual(before);
  });

  it('stores an https URL', async () => {
    const url = 'https://example.org/news/2024/05/talks';
    const answer = await api.run<{ ingestArticle: { article: { url: string } } }>(
      MUTATION,
      { input: { text, url } },
      true,
    );
    expect(answer.errors).toBeNull();
    expect(answer.data?.ingestArticle.article.url).toBe(url);
  });
});
