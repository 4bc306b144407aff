import { useSeededGraph } from '../support/fixtures';
import { firstCode, post, serve, type Served } from '../support/server';

/** Read-your-writes across replicas: a mutation's answer carries bookmarks a later request can send. */
const seeded = useSeededGraph();
let server: Served;
beforeAll(async () => (server = await serve(seeded.db.graph)));
afterAll(() => server.close());

const INGEST = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } } }`;
const ARTICLE = {
  text: 'Armenian Prime Minister Nikol Pashinyan said on Monday that "peace is within reach" in talks with Baku.\n',
  title: 'Bookmark test article',
  outlet: 'Test Wire',
  published: '2024-05-06',
};
const READ = 'query($id: ID!) { node(id: $id) { id ... on Article { title } } }';

it('gives a mutation’s answer the bookmarks after its write, and reads with them see it', async () => {
  const written = await post(
    server.url,
    { query: INGEST, variables: { input: ARTICLE } },
    { authorization: 'Bearer test-key' },
  );
  expect(written.body.errors).toBeUndefined();
  const bookmarks = written.headers.get('neo4j-bookmarks');
  expect(bookmarks).toMatch(/\S/);
  const id = (written.body.data as { ingestArticle: { article: { id: string } } }).ingestArticle.article.id;
  const read = await post(
    server.url,
    { query: READ, variables: { id } },
    { 'neo4j-bookmarks': bookmarks ?? '' },
  );
  expect(read.body.data).toEqual({ node: { id, title: 'Bookmark test article' } });
  expect(read.headers.get('neo4j-bookmarks')).toBeNull();
});

it('refuses a bookmark the database did not issue for that request only, as bad input', async () => {
  const forged = await post(
    server.url,
    { query: '{ actors(first: 1) { totalCount } }' },
    { 'neo4j-bookmarks': 'FB:forged' },
  );
  expect(firstCode(forged)).toBe('BAD_USER_INPUT');
  const plain = await post(server.url, { query: '{ actors(first: 1) { totalCount } }' });
  expect(plain.body.errors).toBeUndefined();
});
