import type { Node, Path, Relationship } from 'neo4j-driver';
import { isNode, isPath, isRelationship } from 'neo4j-driver';
import { guideHtml, readyQueries } from '../../src/http/browserGuide';
import { useSeededGraph } from '../support/fixtures';

/**
 * The ready queries for Neo4j Browser (neo4j/browser/queries.cypher, served as a Browser guide) run,
 * find something, and draw a readable picture: few enough nodes to read, not a hairball.
 */
const queries = readyQueries();
const READABLE = 40;

const seeded = useSeededGraph();

function nodesIn(value: unknown, into: Set<string>): void {
  if (isNode(value as Node)) into.add((value as Node).elementId);
  else if (isPath(value as Path)) {
    const path = value as Path;
    into.add(path.start.elementId);
    for (const segment of path.segments) into.add(segment.end.elementId);
  } else if (Array.isArray(value)) for (const item of value) nodesIn(item, into);
  else if (isRelationship(value as Relationship)) return;
}

it('has the promised queries, each titled and explained', () => {
  expect(queries.length).toBeGreaterThanOrEqual(5);
  for (const query of queries) {
    expect(query.title).not.toBe('');
    expect(query.description).not.toBe('');
  }
});

it.each(queries.map((query) => [query.title, query.cypher] as const))(
  '"%s" draws a readable picture',
  async (_title, cypher) => {
    const result = await seeded.db.driver.executeQuery(cypher);
    expect(result.records.length).toBeGreaterThan(0);
    const nodes = new Set<string>();
    for (const record of result.records) for (const value of record.values()) nodesIn(value, nodes);
    expect(nodes.size).toBeGreaterThan(1);
    expect(nodes.size).toBeLessThanOrEqual(READABLE);
  },
);

it('serves every query in the Browser guide, with the style one click away', () => {
  const html = guideHtml('http://localhost:4000');
  expect(html).toContain(
    '<pre class="pre-scrollable code runnable">:style http://localhost:4000/neo4j/style.grass</pre>',
  );
  for (const query of queries) {
    expect(html).toContain(`<h3>${query.title}</h3>`);
    expect(html).toContain(query.cypher.replace(/</g, '&lt;').replace(/>/g, '&gt;'));
  }
});
