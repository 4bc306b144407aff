import fs from 'node:fs';
import path from 'node:path';
import { type Neo4jSettings, ensureLocalNeo4j } from '../src/db/connection';
import { type CypherQuery, type Graph, cypher } from '../src/db/graph';
import { INSTANCES, instancePaths } from '../src/db/local/instances';
import { type Log, stopLocal } from '../src/db/local/server';
import { MIGRATIONS, migrate } from '../src/db/migrations';
import { RECORD_MIGRATION } from '../src/db/statementKeys';
import { TALLIES_MIGRATION } from '../src/db/statementTallies';
import type { ContentBatch, Generated } from './generate';
import * as Q from './loadQueries';

export interface LoadPhase {
  name: string;
  rows: number;
  seconds: number;
}

export interface LoadReport {
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  statementRowsPerSecond: number;
  /** Replanning after the load: index statistics resampled, plan caches cleared. */
  settleSeconds: number;
  phases: LoadPhase[];
}

export interface GraphCounts {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

const seconds = (since: number) => (performance.now() - since) / 1000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Empties the bench database the fast way: stop the bench instance, delete the `neo4j` database's
 * store and transaction logs, start again (Neo4j recreates an empty default database; the system
 * database, and with it the password, stays). Deleting a million nodes in transactions takes minutes;
 * this takes seconds. Only ever the bench instance's own home is touched.
 */
export async function resetBenchDatabase(log: Log): Promise<Neo4jSettings> {
  const instance = INSTANCES.bench;
  const paths = instancePaths(instance);
  if (path.basename(paths.home) !== 'bench' || path.basename(path.dirname(paths.home)) !== '.neo4j') {
    throw new Error(`Refusing to reset ${paths.home}: not the bench instance's home.`);
  }
  await stopLocal(instance, log);
  for (const dir of [
    path.join(paths.data, 'databases', 'neo4j'),
    path.join(paths.data, 'transactions', 'neo4j'),
  ]) {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return ensureLocalNeo4j('bench', log);
}

export async function assertEmpty(graph: Graph): Promise<void> {
  const [row] = await graph.read(Q.IS_EMPTY);
  if ((row?.nodes ?? 0) > 0) throw new Error(`The bench database is not empty (${row?.nodes} nodes).`);
}

function chunks<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

const CONTENT_QUERIES: Record<ContentBatch['kind'], CypherQuery<never>> = {
  articles: Q.CREATE_ARTICLES,
  statements: Q.CREATE_STATEMENTS,
  replies: Q.LINK_REPLIES,
  claims: Q.CREATE_CLAIMS,
};

const FULLTEXT = /\bFULLTEXT\b/i;
const SETTLE = cypher<never>('benchSettle', 'CALL db.prepareForReplanning(600000)');
const AWAIT_INDEXES = cypher<never>('benchAwaitIndexes', 'CALL db.awaitIndexes(3600)');

/**
 * Applies the project's migrations to the empty database, then loads the generated graph in batches
 * of `batchSize` rows, one write transaction each. While Neo4j commits a batch, the generator builds
 * the next one.
 */
export async function loadGraph(
  graph: Graph,
  generated: Generated,
  log: Log,
  batchSize: number,
): Promise<LoadReport> {
  await assertEmpty(graph);
  // Constraints and range indexes first (the loader's id lookups need them); full-text indexes after
  // the load, when Neo4j populates them in one pass instead of updating Lucene on every commit.
  for (const migration of MIGRATIONS.filter((m) => !FULLTEXT.test(m.text))) await graph.write(migration);
  // The loader's statements are tallied as they are written: no rebuild after the load.
  await graph.write(RECORD_MIGRATION, { id: TALLIES_MIGRATION });
  const { reference } = generated;
  const phases = new Map<string, LoadPhase>();
  const record = (name: string, rows: number, took: number) => {
    const phase = phases.get(name) ?? { name, rows: 0, seconds: 0 };
    phase.rows += rows;
    phase.seconds += took;
    phases.set(name, phase);
  };
  const writeAll = async (name: string, query: CypherQuery<never>, rows: readonly unknown[]) => {
    for (const batch of chunks(rows, batchSize)) {
      const started = performance.now();
      await graph.write(query, { rows: batch });
      record(name, batch.length, seconds(started));
    }
  };

  const started = performance.now();
  await writeAll('outlets', Q.CREATE_OUTLETS, reference.outlets);
  await writeAll('actors', Q.CREATE_ACTORS.STATE, reference.states);
  await writeAll('actors', Q.CREATE_ACTORS.ORGANIZATION, reference.organizations);
  await writeAll('actors', Q.CREATE_ACTORS.PERSON, reference.persons);
  await writeAll('actor links', Q.LINK_ACTOR_PART_OF, reference.actorPartOf);
  await writeAll('places', Q.CREATE_PLACES, reference.places);
  await writeAll('place links', Q.LINK_PLACE_IN, reference.placeIn);
  await writeAll('place links', Q.LINK_GOVERNS, reference.governs);
  await writeAll('events', Q.CREATE_EVENTS, reference.events);
  await writeAll('event links', Q.LINK_EVENT_PART_OF, reference.eventPartOf);
  await writeAll('roles', Q.CREATE_ROLES, reference.roles);

  // Articles, statements, replies, claims: streamed, the next batch generated while this one commits.
  const batches = generated.content(batchSize);
  let next = batches.next();
  let written = 0;
  let lastLog = performance.now();
  while (!next.done) {
    const batch = next.value;
    const batchStarted = performance.now();
    const writing = graph.write(CONTENT_QUERIES[batch.kind], { rows: batch.rows });
    await sleep(2); // let the driver put the batch on the wire before generating the next one
    next = batches.next();
    await writing;
    record(batch.kind, batch.rows.length, seconds(batchStarted));
    if (batch.kind === 'statements') written += batch.rows.length;
    if (performance.now() - lastLog > 15_000) {
      lastLog = performance.now();
      log(`  … ${written.toLocaleString('en')} statements written (${seconds(started).toFixed(0)} s)`);
    }
  }
  const indexStarted = performance.now();
  await migrate(graph);
  await graph.write(AWAIT_INDEXES);
  record('full-text indexes', 0, seconds(indexStarted));
  const loadSeconds = seconds(started);
  const settleStarted = performance.now();
  await graph.write(SETTLE);
  const settleSeconds = seconds(settleStarted);

  const all = [...phases.values()];
  const rows = all.reduce((sum, p) => sum + p.rows, 0);
  const statements = phases.get('statements') ?? { rows: 0, seconds: 1 };
  return {
    rows,
    seconds: loadSeconds,
    rowsPerSecond: Math.round(rows / loadSeconds),
    statementRowsPerSecond: Math.round(statements.rows / statements.seconds),
    settleSeconds,
    phases: all.map((p) => ({ ...p, seconds: Math.round(p.seconds * 100) / 100 })),
  };
}

export async function graphCounts(graph: Graph): Promise<GraphCounts> {
  const nodes: Record<string, number> = {};
  const relationships: Record<string, number> = {};
  for (const label of Q.LABELS) nodes[label] = (await graph.read(Q.labelCount(label)))[0]?.count ?? 0;
  for (const type of Q.RELATIONSHIP_TYPES) {
    relationships[type] = (await graph.read(Q.relationshipCount(type)))[0]?.count ?? 0;
  }
  return { nodes, relationships };
}
