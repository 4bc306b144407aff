import { gzipSync } from 'node:zlib';
import { connectTestDb, type TestDb } from '../support/testGraph';
import { configureLog } from '../../src/log';
import { firstCode, post, serve, type Served } from '../support/server';

/** Production mode, CORS and the JSON answers Express gives before GraphQL is reached. */
let db: TestDb;
let production: Served;
let development: Served;
const FRONT_END = 'https://front.example.org';

beforeAll(async () => {
  db = connectTestDb();
  production = await serve(db.graph, { settings: { corsOrigins: [FRONT_END], maxBodyBytes: 100_000 } });
  development = await serve(db.graph, { isDevelopment: true });
});
afterAll(async () => {
  await production.close();
  await development.close();
  await db.close();
});

describe('production mode', () => {
  it('refuses introspection, which development allows', async () => {
    const query = '{ __schema { queryType { name } } }';
    const refused = await post(production.url, { query });
    expect(firstCode(refused)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(refused.body.errors?.[0]?.message).toMatch(/introspection is not allowed/i);
    const allowed = await post(development.url, { query });
    expect(allowed.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('gives no field suggestions and no stack traces', async () => {
    const answer = await post(production.url, { query: '{ actorz(first: 1) { totalCount } }' });
    expect(firstCode(answer)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(answer.body)).not.toMatch(/Did you mean|stacktrace/);
    const dev = await post(development.url, { query: '{ actorz(first: 1) { totalCount } }' });
    expect(dev.body.errors?.[0]?.message).toMatch(/Did you mean "actor" or "actors"\?/);
  });

  it('serves a local landing page with no scripts that says where the docs are', async () => {
    const response = await fetch(`${production.url}/graphql`, { headers: { accept: 'text/html' } });
    const html = await response.text();
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(html).toMatch(/README\.md/);
    expect(html).not.toMatch(/<script|https?:\/\//i);
    const sandbox = await fetch(`${development.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await sandbox.text()).toMatch(/embeddable-sandbox/);
  });

  it('gives every answer a request id, keeping a plain one the client sent', async () => {
    const mine = await post(production.url, { query: '{ __typename }' }, { 'x-request-id': 'trace-42' });
    expect(mine.headers.get('x-request-id')).toBe('trace-42');
    const hostile = await post(
      production.url,
      { query: '{ __typename }' },
      { 'x-request-id': 'x'.repeat(500) },
    );
    expect(hostile.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs one line a request, with its id, path, status and time', async () => {
    const lines: string[] = [];
    const spy = jest.spyOn(console, 'info').mockImplementation((line: string) => void lines.push(line));
    configureLog({ json: true });
    try {
      await post(production.url, { query: '{ __typename }' }, { 'x-request-id': 'trace-log-1' });
      await fetch(`${production.url}/health`, { headers: { 'x-request-id': 'trace-log-2' } });
    } finally {
      configureLog({ json: false, level: 'warn' });
      spy.mockRestore();
    }
    const logged = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(logged).toEqual([
      expect.objectContaining({
        msg: 'request',
        requestId: 'trace-log-1',
        method: 'POST',
        path: '/graphql',
        status: 200,
      }),
      expect.objectContaining({
        msg: 'request',
        requestId: 'trace-log-2',
        method: 'GET',
        path: '/health',
        status: 200,
      }),
    ]);
    expect(typeof logged[0]?.ms).toBe('number');
  });

  it('marks every GraphQL answer, data or error, Cache-Control: no-store', async () => {
    const answered = await post(production.url, { query: '{ __typename }' });
    expect(answered.headers.get('cache-control')).toBe('no-store');
    const refused = await post(production.url, { query: '{ actorz }' });
    expect(refused.headers.get('cache-control')).toBe('no-store');
  });
});

describe('JSON errors from HTTP', () => {
  it('answers invalid JSON with a small coded JSON error, not an HTML page', async () => {
    const answer = await post(production.url, '{"query": ');
    expect({ status: answer.status, code: firstCode(answer) }).toEqual({ status: 400, code: 'BAD_REQUEST' });
    expect(answer.bytes).toBeLessThan(300);
  });

  it('answers an oversize body with 413 naming the limit', async () => {
    const answer = await post(production.url, { query: `{ __typename } # ${'x'.repeat(200_000)}` });
    expect({ status: answer.status, code: firstCode(answer) }).toEqual({
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
    });
    expect(answer.body.errors?.[0]?.message).toMatch(/100,000 bytes \(MAX_BODY_BYTES\)/);
  });

  it.each(['PUT', 'DELETE', 'PATCH'])('answers %s /graphql with a JSON 405', async (method) => {
    const response = await fetch(`${production.url}/graphql`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(405);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'METHOD_NOT_ALLOWED' } }] });
  });

  it('answers an OPTIONS that is not a preflight with 405 and Allow', async () => {
    const response = await fetch(`${production.url}/graphql`, { method: 'OPTIONS' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, POST');
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'METHOD_NOT_ALLOWED' } }] });
  });

  it.each([
    ['charset', { 'content-type': 'application/json; charset=latin1' }, /charset/],
    ['encoding', { 'content-type': 'application/json', 'content-encoding': 'compress' }, /encoding/],
  ])('answers an unsupported body %s with 415', async (_what, headers, message) => {
    const answer = await post(production.url, { query: '{ __typename }' }, headers);
    expect({ status: answer.status, code: firstCode(answer) }).toEqual({
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
    });
    expect(answer.body.errors?.[0]?.message).toMatch(message);
  });

  it('reads a gzip body, and a JSON body that is not an object is bad JSON', async () => {
    const gzipped = await fetch(`${production.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: gzipSync(JSON.stringify({ query: '{ __typename }' })),
    });
    expect(await gzipped.json()).toEqual({ data: { __typename: 'Query' } });
    const scalar = await post(production.url, '"{ __typename }"');
    expect({ status: scalar.status, code: firstCode(scalar) }).toEqual({ status: 400, code: 'BAD_REQUEST' });
  });

  it('reads a plain JSON body as body-parser reads a chunked one: BOM, whitespace, charset, empty', async () => {
    const query = JSON.stringify({ query: '{ __typename }' });
    const bodies = [query, `\uFEFF ${query}`, `\r\n\t ${query}`, '', ' 42', '[]'];
    const answers = async (body: string, chunked: boolean, type = 'application/json; charset=UTF-8') => {
      const response = await fetch(`${production.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': type },
        // A stream has no length: it goes out chunked, which the route leaves to body-parser.
        ...(chunked ? { body: new Blob([body]).stream(), duplex: 'half' } : { body }),
      } as RequestInit);
      return { status: response.status, body: (await response.json()) as unknown };
    };
    for (const body of bodies) expect(await answers(body, false)).toEqual(await answers(body, true));
    expect(await answers(`\uFEFF${query}`, false, 'application/json')).toEqual({
      status: 200,
      body: { data: { __typename: 'Query' } },
    });
    expect((await answers('', false)).status).toBe(400);
  });

  it('serves GET queries (with the CSRF header), under /graphql/ and with a query string', async () => {
    const query = encodeURIComponent('{ __typename }');
    const get = await fetch(`${production.url}/graphql?query=${query}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
    for (const path of ['/graphql/', '/graphql?trace=1']) {
      const answer = await fetch(`${production.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(await answer.json()).toEqual({ data: { __typename: 'Query' } });
    }
  });

  it('counts the tokens of a GET query before parsing it', async () => {
    const query = encodeURIComponent(`{ ${'__typename '.repeat(1_200)} }`);
    const response = await fetch(`${production.url}/graphql?query=${query}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      errors: [{ extensions: { code: 'TOKEN_LIMIT_EXCEEDED' } }],
    });
  });

  it('refuses a GET mutation with 405 and Allow: POST', async () => {
    const query = encodeURIComponent('mutation { __typename }');
    const response = await fetch(`${production.url}/graphql?query=${query}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });

  it('answers unknown routes and wrong methods on /health with JSON', async () => {
    for (const path of ['/nowhere', '/graphqlx']) {
      const missing = await fetch(`${production.url}${path}`);
      expect(missing.status).toBe(404);
      expect(await missing.json()).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
    }
    const wrong = await fetch(`${production.url}/health`, { method: 'POST' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET');
  });
});

describe('CORS', () => {
  const preflight = (origin: string) =>
    fetch(`${production.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });

  it('answers an allowed origin’s preflight and lets its requests through', async () => {
    const response = await preflight(FRONT_END);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(FRONT_END);
    expect(response.headers.get('access-control-allow-headers')).toMatch(/content-type/);
    const answer = await post(production.url, { query: '{ __typename }' }, { origin: FRONT_END });
    expect(answer.headers.get('access-control-allow-origin')).toBe(FRONT_END);
    expect(answer.body.data).toEqual({ __typename: 'Query' });
  });

  it('refuses other origins’ preflights and gives them no CORS headers', async () => {
    const response = await preflight('https://evil.example.com');
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(await response.json()).toMatchObject({
      errors: [{ extensions: { code: 'CORS_ORIGIN_NOT_ALLOWED' } }],
    });
  });

  it('keeps Apollo’s CSRF prevention: a simple cross-site request is refused', async () => {
    const response = await fetch(`${production.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { origin: 'https://evil.example.com' },
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
  });
});
