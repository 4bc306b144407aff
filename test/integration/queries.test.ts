import fs from 'node:fs';
import path from 'node:path';
import type { CypherQuery } from '../../src/db/graph';
import { connectTestDb, resetTestDb, type TestDb } from '../support/testGraph';

/**
 * Every named query in src/ is valid Cypher against the real Neo4j: each is run with EXPLAIN (which
 * plans without executing), so a typo fails here rather than in front of a user.
 */
const SRC = path.resolve(__dirname, '../../src');

function queryModules(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : queryModules(full);
    return entry.name === 'queries.ts' || entry.name === 'migrations.ts' ? [full] : [];
  });
}

function isQuery(value: unknown): value is CypherQuery<unknown> {
  return typeof value === 'object' && value !== null && 'name' in value && 'text' in value;
}

function collect(value: unknown, into: Map<string, CypherQuery<unknown>>): void {
  if (isQuery(value)) into.set(value.name, value);
  else if (Array.isArray(value)) value.forEach((v) => collect(v, into));
  else if (typeof value === 'object' && value !== null) Object.values(value).forEach((v) => collect(v, into));
}

const queries = new Map<string, CypherQuery<unknown>>();
// Loaded by path because the point is to find every query module, including ones added later.
// eslint-disable-next-line @typescript-eslint/no-require-imports
for (const file of queryModules(SRC)) collect(require(file) as unknown, queries);

let db: TestDb;
beforeAll(async () => {
  db = connectTestDb();
  await resetTestDb(db);
});
afterAll(() => db.close());

it('finds the named queries', () => {
  expect(queries.size).toBeGreaterThan(40);
});

it.each(
  [...queries.values()].filter((q) => !/^(CREATE|DROP) /.test(q.text)).map((q) => [q.name, q] as const),
)('%s is valid Cypher', async (_name, query) => {
  const session = db.driver.session();
  try {
    await session.run(`EXPLAIN ${query.text}`, {});
  } finally {
    await session.close();
  }
});
