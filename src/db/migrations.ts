import type { Graph } from './graph';
import { cypher } from './graph';
import {
  BACKFILL_STATEMENT_KEYS,
  MIGRATION_DONE,
  RECORD_MIGRATION,
  STATEMENT_KEYS_MIGRATION,
} from './statementKeys';
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
  // A one-time data migration that has been applied (below).
  'Migration',
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
 * Composite keys (src/db/statementKeys.ts): equality first, date last, so the index supplies the
 * order of a list such as "a speaker's latest statements" and a page reads about `first + 1` entries.
 */
const COMPOSITE_INDEXES: [name: string, pattern: string, properties: string[]][] = [
  ['statement_speaker_date', '(n:Statement)', ['speakerId', 'date']],
  ['targets_from_key', '()-[n:TARGETS_FROM]-()', ['speakerIn', 'stance', 'date']],
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
  ...COMPOSITE_INDEXES.map(([name, pattern, properties]) =>
    cypher<never>(
      `index${name}`,
      `CREATE RANGE INDEX ${name} IF NOT EXISTS FOR ${pattern} ON (${properties.map((p) => `n.${p}`).join(', ')})`,
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

/**
 * Data written by an older version that the current model derives: statement keys for a database
 * from before them, once (a `Migration` node records it), in batched transactions.
 */
export async function migrateData(graph: Graph): Promise<void> {
  const [row] = await graph.read(MIGRATION_DONE, { id: STATEMENT_KEYS_MIGRATION });
  if (row?.done) return;
  await graph.writeInBatches(BACKFILL_STATEMENT_KEYS);
  await graph.write(RECORD_MIGRATION, { id: STATEMENT_KEYS_MIGRATION });
}

export async function migrate(graph: Graph): Promise<void> {
  await dropOutdatedFulltextIndexes(graph);
  for (const migration of MIGRATIONS) await graph.write(migration);
  await graph.write(AWAIT_INDEXES);
  await migrateData(graph);
}
