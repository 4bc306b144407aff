import { cypher } from '../../src/db/graph';
import { CORRECTION_QUERIES } from '../../src/ingest/corrections/queries';
import { ingestArticle } from '../../src/ingest/write/ingestArticle';
import type { IngestResult } from '../../src/ingest/write/result';
import { graphCounts } from '../../src/seed/load';
import { TestApi } from '../support/api';
import { type TestDb, connectTestDb, resetAndSeed } from '../support/testGraph';

// Issue 13: analysts confirm, correct or reject extracted statements; their word survives re-ingest.

const ARTICLE = `Armenia and Azerbaijan traded accusations on Monday after an exchange of fire near the village of Sotk.
Armenian Prime Minister Nikol Pashinyan accused Baku of "deliberately escalating the situation" near the border.
"We will not tolerate attacks on our sovereign territory," Pashinyan told lawmakers.
Azerbaijan's Defense Ministry rejected the accusations, saying its units had only responded to provocations.
Karen Petrosyan, the head of the village, said residents had spent the night in basements.
`;
const META = { title: 'Correction test', outlet: 'Test Wire', published: '2024-03-12', url: null };

const CORRECT = `mutation($input: StatementCorrectionInput!) {
  correctStatement(input: $input) { statementId action provenance rejected text start end stance speakerId targetIds }
}`;
const STATEMENT = `query($id: ID!) {
  statement(id: $id) { text stance provenance confidence speaker { id } targets { id } source { start end } }
}`;

let db: TestDb;
let api: TestApi;
let first: IngestResult;

beforeAll(async () => {
  db = connectTestDb();
  await resetAndSeed(db);
  api = new TestApi(db.graph);
  first = await ingestArticle(db.graph, ARTICLE, META, false);
});

afterAll(async () => {
  await api.stop();
  await db.close();
});

const byText = (prefix: string) => {
  const s = first.statements.find((x) => x.text.startsWith(prefix));
  if (!s)
    throw new Error(`no statement starting ${prefix}: ${first.statements.map((x) => x.text).join(' | ')}`);
  return s;
};

type Statement = {
  text: string;
  stance: string;
  provenance: string;
  confidence: number;
  speaker: { id: string };
  targets: { id: string }[];
  source: { start: number; end: number };
};
const statement = async (id: string) =>
  (await api.data<{ statement: Statement | null }>(STATEMENT, { id })).statement;

it('plans every correction query (EXPLAIN against the real schema)', async () => {
  for (const query of CORRECTION_QUERIES) {
    await expect(db.graph.write(cypher(`explain ${query.name}`, `EXPLAIN ${query.text}`))).resolves.toEqual(
      [],
    );
  }
});

it('refuses without the API key, and refuses seed statements, unknown actors and spans outside the article', async () => {
  const id = byText('We will not tolerate').id;
  const anonymous = await api.run(CORRECT, { input: { statementId: id, action: 'CONFIRM' } });
  expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  const before = await graphCounts(db.graph);
  for (const input of [
    { statementId: 'statement:000-eu-de-escalate', action: 'CONFIRM' },
    { statementId: 'statement:nope', action: 'REJECT' },
    { statementId: id, action: 'CORRECT', speakerId: 'actor:nobody' },
    { statementId: id, action: 'CORRECT', start: 10, end: 100_000 },
    { statementId: id, action: 'CORRECT' },
    { statementId: id, action: 'CONFIRM', stance: 'ACCUSES' },
  ]) {
    const answer = await api.run(CORRECT, { input }, true);
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  }
  expect(await graphCounts(db.graph)).toEqual(before);
  expect((await statement(id))?.provenance).toBe('EXTRACTED');
});

it('corrects speaker, stance, targets and span; the correction is curated and survives re-ingest', async () => {
  const s = byText('said residents');
  const start = ARTICLE.indexOf('residents had spent');
  const end = ARTICLE.indexOf(' in basements');
  const answer = await api.run<{ correctStatement: Record<string, unknown> }>(
    CORRECT,
    {
      input: {
        statementId: s.id,
        action: 'CORRECT',
        speakerId: 'actor:nikol-pashinyan',
        stance: 'ACCUSES',
        targetIds: ['actor:azerbaijan'],
        start,
        end,
        note: 'test',
      },
    },
    true,
  );
  expect(answer.errors).toBeNull();
  expect(answer.data?.correctStatement).toMatchObject({
    statementId: s.id,
    action: 'CORRECT',
    provenance: 'CURATED',
    rejected: false,
    text: 'residents had spent the night',
    speakerId: 'actor:nikol-pashinyan',
    stance: 'ACCUSES',
    targetIds: ['actor:azerbaijan'],
  });
  const expected = {
    text: 'residents had spent the night',
    stance: 'ACCUSES',
    provenance: 'CURATED',
    confidence: 1,
    speaker: { id: 'actor:nikol-pashinyan' },
    targets: [{ id: 'actor:azerbaijan' }],
    source: { start, end },
  };
  expect(await statement(s.id)).toEqual(expected);

  const before = await graphCounts(db.graph);
  const again = await ingestArticle(db.graph, ARTICLE, META, false);
  expect(again.statements.find((x) => x.id === s.id)?.status).toBe('UNCHANGED');
  expect(again.summary.written).toBe(0);
  expect(await graphCounts(db.graph)).toEqual(before);
  expect(await statement(s.id)).toEqual(expected);
});

it('confirms a statement as it is: curated, with the same words and speaker', async () => {
  const s = byText('We will not tolerate');
  const extracted = await statement(s.id);
  const answer = await api.run(CORRECT, { input: { statementId: s.id, action: 'CONFIRM' } }, true);
  expect(answer.errors).toBeNull();
  expect(await statement(s.id)).toEqual({ ...extracted, provenance: 'CURATED', confidence: 1 });
  await ingestArticle(db.graph, ARTICLE, META, false);
  expect(await statement(s.id)).toEqual({ ...extracted, provenance: 'CURATED', confidence: 1 });
});

it('rejects a statement: gone from the API, and not written again when the article is re-ingested', async () => {
  const s = byText('rejected the accusations');
  const answer = await api.run<{ correctStatement: { rejected: boolean } }>(
    CORRECT,
    { input: { statementId: s.id, action: 'REJECT', note: 'not what they said' } },
    true,
  );
  expect(answer.errors).toBeNull();
  expect(answer.data?.correctStatement.rejected).toBe(true);
  expect(await statement(s.id)).toBeNull();

  const before = await graphCounts(db.graph);
  const again = await ingestArticle(db.graph, ARTICLE, META, false);
  expect(again.statements.find((x) => x.id === s.id)?.status).toBe('REJECTED');
  expect(again.summary.rejected).toBeGreaterThanOrEqual(1);
  expect(await graphCounts(db.graph)).toEqual(before);
  expect(await statement(s.id)).toBeNull();

  const twice = await api.run(CORRECT, { input: { statementId: s.id, action: 'CONFIRM' } }, true);
  expect(twice.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});
