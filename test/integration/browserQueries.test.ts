import fs from 'node:fs';
import path from 'node:path';
import { useSeededGraph } from '../support/fixtures';

/** The ready queries for Neo4j Browser (neo4j/browser/queries.cypher) run and find something. */
const file = path.resolve(__dirname, '../../neo4j/browser/queries.cypher');
const queries = fs
  .readFileSync(file, 'utf8')
  .split(';')
  .map((q) => q.replace(/^\s*\/\/.*$/gm, '').trim())
  .filter(Boolean);

const seeded = useSeededGraph();

it('has the promised queries', () => expect(queries.length).toBeGreaterThanOrEqual(3));

it.each(queries.map((q, i) => [i + 1, q] as const))('query %i returns rows', async (_n, query) => {
  const result = await seeded.db.driver.executeQuery(query);
  expect(result.records.length).toBeGreaterThan(0);
});
