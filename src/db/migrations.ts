import type { Graph } from './graph';
import { cypher } from './graph';
import {
  BACKFILL_STATEMENT_KEYS,
  MIGRATION_DONE,
  RECORD_MIGRATION,
  STATEMENT_KEYS_MIGRATION,
} from './statementKeys';
import { BUILD_TALLIES, DELETE_TALLIES, TALLIES_MIGRATION } from './statementTallies';
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

/** Uniqueness on several properties: the tallies' counters (src/db/statementTallies.ts), one each. */
const COMPOSITE_UNIQUE: [name: string, label: string, properties: string[]][] = [
  ['tally_key', 'Tally', ['targetId', 'stance', 'facet', 'value']],
];

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
  // A facet's counters of one (target, stance) by count: the top speakers are its last entries.
  ['tally_count', '(n:Tally)', ['targetId', 'stance', 'facet', 'n']],
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
  ...COMPOSITE_UNIQUE.map(([name, label, properties]) =>
    cypher<never>(
      `unique${name}`,
      `CREATE CONSTRAINT ${name} IF NOT EXISTS FOR (n:${label}) REQUIRE (${properties.map((p) => `n.${p}`).join(', ')}) IS UNIQUE`,
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
 * Data written by an older version that the current model derives, each once (a `Migration` node
 * records it), in batched transactions: statement keys for a database from before them, then the
 * tallies (rebuilt from none, so a run cut short is simply run again).
 */
export async function migrateData(graph: Graph): Promise<void> {
  if (!(await applied(graph, STATEMENT_KEYS_MIGRATION))) {
    await graph.writeInBatches(BACKFILL_STATEMENT_KEYS);
    await graph.write(RECORD_MIGRATION, { id: STATEMENT_KEYS_MIGRATION });
  }
  if (!(await applied(graph, TALLIES_MIGRATION))) {
    await graph.writeInBatches(DELETE_TALLIES);
    for (const build of BUILD_TALLIES) await graph.writeInBatches(build);
    await graph.write(RECORD_MIGRATION, { id: TALLIES_MIGRATION });
  }
}

async function applied(graph: Graph, id: string): Promise<boolean> {
  const [row] = await graph.read(MIGRATION_DONE, { id });
  return row?.done === true;
}

export async function migrate(graph: Graph): Promise<void> {
  await dropOutdatedFulltextIndexes(graph);
  for (const migration of MIGRATIONS) await graph.write(migration);
  await graph.write(AWAIT_INDEXES);
  await migrateData(graph);
}
