import { createDriver } from '../../src/db/connection';
import { Graph } from '../../src/db/graph';
import { TestApi } from '../support/api';
import { firstCode, post, serve } from '../support/server';
import { connectTestDb, type TestDb } from '../support/testGraph';

/** A Neo4j nobody listens for: what users see when the database is down. */
const downGraph = () =>
  new Graph(createDriver({ uri: 'bolt://127.0.0.1:9', username: 'neo4j', password: 'irrelevant' }));

describe('when Neo4j is unreachable', () => {
  const graph = downGraph();
  afterAll(() => graph.driver.close());

  it('answers SERVICE_UNAVAILABLE with a clear message and no stack trace', async () => {
    const api = new TestApi(graph);
    const answer = await api.run('{ actors(first: 1) { edges { node { id } } } }');
    await api.stop();
    expect(answer.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(answer.errors?.[0]?.message).toMatch(/database is unreachable/);
    expect(JSON.stringify(answer.errors)).not.toMatch(/stacktrace|at .*\.ts:/);
  });

  it('answers 503 with Retry-After over HTTP, logging the warning under the request id', async () => {
    const { url, close } = await serve(graph);
    const warnings: string[] = [];
    const spy = jest.spyOn(console, 'warn').mockImplementation((line: string) => void warnings.push(line));
    try {
      const answer = await post(
        url,
        { query: '{ actors(first: 1) { edges { node { id } } } }' },
        { 'x-request-id': 'trace-down-1' },
      );
      expect({ status: answer.status, code: firstCode(answer) }).toEqual({
        status: 503,
        code: 'SERVICE_UNAVAILABLE',
      });
      expect(answer.headers.get('retry-after')).toBe('1');
      expect(warnings.find((line) => line.startsWith('database unavailable'))).toMatch(
        /requestId=trace-down-1/,
      );
    } finally {
      spy.mockRestore();
      await close();
    }
  });

  it('reports 503 on /health', async () => {
    const { url, close } = await serve(graph);
    try {
      const response = await fetch(`${url}/health`);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ status: 'unavailable', neo4j: 'down' });
    } finally {
      await close();
    }
  });
});

describe('when Neo4j is up', () => {
  let db: TestDb;
  beforeAll(() => (db = connectTestDb()));
  afterAll(() => db.close());

  it('reports 200 on /health and serves GraphQL over HTTP', async () => {
    const { url, close } = await serve(db.graph);
    try {
      const health = await fetch(`${url}/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'ok', neo4j: 'up' });
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
    } finally {
      await close();
    }
  });
});
