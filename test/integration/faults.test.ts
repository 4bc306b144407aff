import { INSTANCES } from '../../src/db/local/instances';
import { runningPid, startLocal, stopLocal } from '../../src/db/local/server';
import { connectTestDb, resetAndSeed, type TestDb } from '../support/testGraph';
import { firstCode, post, type Posted, serve, type Served } from '../support/server';

/**
 * The test Neo4j stopped under traffic, then started again; then frozen (SIGSTOP) and thawed. The API
 * keeps running throughout: it answers SERVICE_UNAVAILABLE fast while the database is gone, never an
 * internal error, and serves again when it returns, without a restart. Only the test instance (its own
 * ports and pid, NEO4J_PORT_OFFSET honoured) is touched.
 */
const ORDINARY = '{ actors(search: "Pashinyan", first: 1) { edges { node { name } } } }';
const REQUEST_TIMEOUT_MS = 1_500;
jest.setTimeout(300_000);

let db: TestDb;
let server: Served;
beforeAll(async () => {
  db = connectTestDb();
  await resetAndSeed(db);
  server = await serve(db.graph, { settings: { requestTimeoutMs: REQUEST_TIMEOUT_MS } });
});
afterAll(async () => {
  await server.close();
  await db.close();
});

const answered = (answer: Posted) => JSON.stringify(answer.body.data ?? null).includes('Nikol Pashinyan');

/** Sends the ordinary query back to back until `stop()` is called; returns every answer. */
function traffic(): { stop: () => Promise<Posted[]> } {
  const answers: Posted[] = [];
  let running = true;
  const loop = (async () => {
    while (running) answers.push(await post(server.url, { query: ORDINARY }));
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return answers;
    },
  };
}

async function health(): Promise<{ status: number; ms: number; body: unknown }> {
  const started = performance.now();
  const response = await fetch(`${server.url}/health`);
  const body: unknown = await response.json();
  return { status: response.status, ms: performance.now() - started, body };
}

async function untilAnswered(withinMs: number): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < withinMs) {
    if (answered(await post(server.url, { query: ORDINARY }))) return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The API did not answer again within ${withinMs} ms`);
}

it('answers 503 fast while Neo4j is stopped under traffic, and recovers without a restart', async () => {
  expect(answered(await post(server.url, { query: ORDINARY }))).toBe(true);
  const load = traffic();
  expect(await stopLocal(INSTANCES.test, () => undefined)).toBe(true);
  const whileDown = await post(server.url, { query: ORDINARY });
  const healthDown = await health();
  const answers = await load.stop();

  expect({ status: whileDown.status, code: firstCode(whileDown) }).toEqual({
    status: 503,
    code: 'SERVICE_UNAVAILABLE',
  });
  expect(whileDown.headers.get('retry-after')).toBe('1');
  expect(whileDown.ms).toBeLessThan(2_500);
  expect(healthDown).toMatchObject({ status: 503, body: { status: 'unavailable' } });
  expect(healthDown.ms).toBeLessThan(2_000);
  const failed = answers.filter((answer) => !answered(answer));
  expect(failed.map(firstCode).filter((code) => code !== 'SERVICE_UNAVAILABLE')).toEqual([]);
  expect(Math.max(...failed.map((answer) => answer.ms))).toBeLessThan(REQUEST_TIMEOUT_MS + 1_000);
  console.info(
    `Neo4j stopped: 503 in ${whileDown.ms.toFixed(0)} ms, /health 503 in ${healthDown.ms.toFixed(0)} ms; ` +
      `${answers.length} requests under traffic, ${failed.length} refused, slowest refusal ${Math.max(...failed.map((a) => a.ms)).toFixed(0)} ms`,
  );

  await startLocal(INSTANCES.test, () => undefined);
  const recoveredInMs = await untilAnswered(60_000);
  expect((await health()).status).toBe(200);
  console.info(`Neo4j started again: the same API answered ${recoveredInMs.toFixed(0)} ms after it was up`);
});

it('answers /health within 2 s and queries 503 at the deadline while Neo4j is frozen, and recovers', async () => {
  const pid = runningPid(INSTANCES.test);
  if (pid === null) throw new Error('The test Neo4j is not running');
  expect(answered(await post(server.url, { query: ORDINARY }))).toBe(true);
  process.kill(pid, 'SIGSTOP');
  try {
    const [healthFrozen, query] = await Promise.all([health(), post(server.url, { query: ORDINARY })]);
    expect(healthFrozen).toMatchObject({ status: 503, body: { neo4j: 'not answering' } });
    expect(healthFrozen.ms).toBeLessThan(2_000);
    expect({ status: query.status, code: firstCode(query) }).toEqual({
      status: 503,
      code: 'SERVICE_UNAVAILABLE',
    });
    expect(query.ms).toBeLessThan(REQUEST_TIMEOUT_MS + 1_000);
    console.info(
      `Neo4j frozen: /health 503 in ${healthFrozen.ms.toFixed(0)} ms, query 503 in ${query.ms.toFixed(0)} ms`,
    );
  } finally {
    process.kill(pid, 'SIGCONT');
  }
  await untilAnswered(30_000);
  expect((await health()).status).toBe(200);
});
