import type { Graph } from './graph';
import { cypher } from './graph';
import { SEARCH_INDEX } from './indexNames';

/**
 * Constraints and indexes, all `IF NOT EXISTS`, so applying them again changes nothing. Every lookup
 * the API and the loaders make is backed by one of these: ids by uniqueness constraints, dates and
 * enums by range indexes, names, aliases and text by full-text indexes.
 */
const ID_LABELS = [
  'Node',
  'Actor',
  'Event',
  'Statement',
  'Place',
  'Article',
  'Role',
  'CasualtyClaim',
  'Outlet',
  // Not a fact: the lock concurrent ingests queue on (src/ingest/write/queries.ts).
  'IngestLock',
  // A statement an analyst rejected, kept so a re-ingest does not write it again (src/ingest/corrections).
  'RejectedStatement',
] as const;

const RANGE_INDEXES: [label: string, property: string][] = [
  ['Event', 'date'],
  ['Event', 'endDate'],
  ['Event', 'kind'],
  ['Statement', 'date'],
  ['Statement', 'stance'],
  ['Article', 'published'],
  ['Actor', 'name'],
  ['Actor', 'kind'],
  ['Place', 'name'],
  ['Outlet', 'name'],
];

/**
 * One index per kind, for the lists that search one kind (actors, places, events, statements), and
 * `searchAll` over every kind for `Query.search`: one Lucene query expands the (fuzzy, prefix) terms
 * once and ranks every hit on one scale, where five queries cost five expansions and a merge.
 */
const FULLTEXT_INDEXES: [name: string, labels: string[], properties: string[]][] = [
  ['actorNames', ['Actor'], ['name', 'aliasText', 'searchText']],
  ['placeNames', ['Place'], ['name', 'aliasText', 'searchText']],
  ['eventTitles', ['Event'], ['title', 'searchText']],
  ['statementText', ['Statement'], ['text', 'searchText']],
  ['articleText', ['Article'], ['title', 'text', 'searchText']],
  [
    SEARCH_INDEX,
    ['Actor', 'Place', 'Event', 'Statement', 'Article'],
    ['name', 'aliasText', 'title', 'text', 'searchText'],
  ],
];

export const MIGRATIONS = [
  ...ID_LABELS.map((label) =>
    cypher<never>(
      `unique${label}Id`,
      `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
    ),
  ),
  ...RANGE_INDEXES.map(([label, property]) =>
    cypher<never>(
      `index${label}${property}`,
      `CREATE RANGE INDEX ${label.toLowerCase()}_${property.toLowerCase()} IF NOT EXISTS FOR (n:${label}) ON (n.${property})`,
    ),
  ),
  ...FULLTEXT_INDEXES.map(([name, labels, properties]) =>
    cypher<never>(
      `fulltext${name}`,
      `CREATE FULLTEXT INDEX ${name} IF NOT EXISTS FOR (n:${labels.join('|')}) ON EACH [${properties.map((p) => `n.${p}`).join(', ')}]`,
    ),
  ),
];

const AWAIT_INDEXES = cypher<never>('awaitIndexes', 'CALL db.awaitIndexes(300)');

const FULLTEXT_DEFINITIONS = cypher<{ name: string; labels: string[]; properties: string[] }>(
  'fulltextDefinitions',
  'SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties RETURN name, labelsOrTypes AS labels, properties',
);

/** `IF NOT EXISTS` keeps an index whose labels or properties changed, so such an index is dropped and made again. */
function dropChangedFulltext(name: string) {
  return cypher<never>(`drop${name}`, `DROP INDEX ${name} IF EXISTS`);
}

async function dropOutdatedFulltextIndexes(graph: Graph): Promise<void> {
  const definition = (labels: string[], properties: string[]) =>
    `${labels.join('|')}:${properties.join(',')}`;
  const existing = new Map(
    (await graph.read(FULLTEXT_DEFINITIONS)).map((row) => [row.name, definition(row.labels, row.properties)]),
  );
  for (const [name, labels, properties] of FULLTEXT_INDEXES) {
    const current = existing.get(name);
    if (current !== undefined && current !== definition(labels, properties))
      await graph.write(dropChangedFulltext(name));
  }
}

export async function migrate(graph: Graph): Promise<void> {
  await dropOutdatedFulltextIndexes(graph);
  for (const migration of MIGRATIONS) await graph.write(migration);
  await graph.write(AWAIT_INDEXES);
}
