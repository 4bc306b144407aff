import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { type Neo4jSettings, createDriver, ensureLocalNeo4j } from '../src/db/connection';
import { Graph, cypher } from '../src/db/graph';
import { INSTANCES, instancePaths } from '../src/db/local/instances';
import { PROJECT_ROOT } from '../src/projectRoot';
import { migrate } from '../src/db/migrations';
import { type Answer, checkAnswers } from './check';
import { SIZES, type Scenario, type SizeName, generate } from './generate';
import { graphCounts, loadGraph, resetBenchDatabase } from './load';
import {
  type HttpTarget,
  type Sample,
  type Window,
  type WindowPlan,
  expectedRate,
  measureWindow,
  pool,
  post,
  prime,
  rotation,
  warmUp,
} from './measure';
import { OPERATIONS, type Operation, type ServerName } from './operations';
import { type BenchOptions, parseOptions } from './options';
import { type Machinery, type Settled, settle } from './settle';
import {
  type BenchResults,
  type CheckEntry,
  type ResultRow,
  type SettlingTotal,
  computeRatios,
  evaluateTargets,
  ratioTable,
  toMarkdown,
} from './report';
import { ServerProcess } from './servers/supervisor';

/**
 * `npm run bench`: for each size, empty the bench Neo4j, load the synthetic graph, start the three
 * servers (ours, @neo4j/graphql, the raw-Cypher floor) as child processes, check that they give the
 * same answers, count their round trips, PROFILE their Cypher, then measure each operation with
 * autocannon at each concurrency. Writes bench/results/<date>.{json,md} and latest.{json,md}.
 */

// Shifted by NEO4J_PORT_OFFSET like the Neo4j ports, so two checkouts can benchmark at the same time.
const PORT_BASE = 4101 + Number(process.env.NEO4J_PORT_OFFSET ?? 0);
const PORTS: Record<ServerName, number> = {
  cypher: PORT_BASE,
  'neo4j-graphql': PORT_BASE + 1,
  ours: PORT_BASE + 2,
};
const NOTE =
  'Measured on a shared 2-core machine (other people’s tests and two more Neo4j instances may have been ' +
  'running); the load generator, the server under test and Neo4j share those two cores. Compare ratios ' +
  'within one run rather than absolute numbers across runs.';

const log = (line: string) => console.info(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

function target(server: ServerProcess, operation: Operation, scenario: Scenario): HttpTarget {
  if (server.name === 'cypher') {
    return { url: server.url(operation.id), body: JSON.stringify(operation.cypher.params(scenario)) };
  }
  const request = server.name === 'ours' ? operation.ours(scenario) : operation.neo4jGraphql(scenario);
  return { url: server.url(operation.id), body: JSON.stringify(request) };
}

async function ask(server: ServerProcess, operation: Operation, scenario: Scenario): Promise<Answer> {
  const { status, json } = await post(target(server, operation, scenario));
  const body = json as { data?: unknown; errors?: { message: string }[] };
  if (status !== 200 || body.errors?.length || body.data === undefined || body.data === null) {
    const message = body.errors?.map((e) => e.message).join('; ') ?? `HTTP ${status}`;
    return { server: server.name, normalised: null, error: message };
  }
  try {
    return { server: server.name, normalised: operation.normalise[server.name](body.data), error: null };
  } catch (error) {
    return { server: server.name, normalised: null, error: `unexpected answer shape: ${String(error)}` };
  }
}

/** Which code was measured: the commit, and whether src/ or schema/ had uncommitted changes. */
function sourceRevision(): string {
  try {
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim();
    const dirty = git('status', '--porcelain', '--', 'src', 'schema') !== '';
    return `${git('rev-parse', '--short', 'HEAD')}${dirty ? ' with uncommitted changes in src/ or schema/' : ''}`;
  } catch {
    return 'unknown';
  }
}

async function neo4jVersion(driver: Driver): Promise<string> {
  const result = await driver.executeQuery(
    'CALL dbms.components() YIELD versions, edition RETURN versions[0] + " " + edition AS v',
  );
  return String(result.records[0]?.get('v') ?? 'unknown');
}

const STATEMENT_COUNT = cypher<{ count: number }>(
  'benchStatementCount',
  'MATCH (s:Statement) RETURN count(s) AS count',
);

async function prepareData(
  size: SizeName,
  options: BenchOptions,
  results: BenchResults,
): Promise<{ settings: Neo4jSettings; scenario: Scenario }> {
  const spec = SIZES[size];
  const generated = generate(spec, options.seed);
  if (options.reuseData) {
    const settings = await ensureLocalNeo4j('bench', log);
    const driver = createDriver(settings);
    try {
      const graph = new Graph(driver);
      const [row] = await graph.read(STATEMENT_COUNT);
      if (row?.count === spec.statements) {
        log(`${size}: reusing the ${spec.statements.toLocaleString('en')} statements already loaded`);
        // A database loaded by an older version gets what the model derives now (tallies, keys).
        await migrate(graph);
        results.sizes[size] = {
          ...(await graphCounts(graph)),
          scenario: { ...generated.reference.scenario },
        };
        return { settings, scenario: generated.reference.scenario };
      }
    } finally {
      await driver.close();
    }
  }
  const resetStarted = performance.now();
  const settings = await resetBenchDatabase(log);
  const resetSeconds = Math.round((performance.now() - resetStarted) / 100) / 10;
  log(`${size}: bench database emptied (stop, delete, start) in ${resetSeconds} s`);
  const driver = createDriver(settings);
  try {
    const graph = new Graph(driver);
    log(`${size}: loading ${spec.statements.toLocaleString('en')} statements…`);
    const load = await loadGraph(graph, generated, log, options.batchSize);
    log(
      `${size}: loaded ${load.rows.toLocaleString('en')} rows in ${load.seconds.toFixed(1)} s: ` +
        `${load.rowsPerSecond.toLocaleString('en')} rows/s (statements ${load.statementRowsPerSecond.toLocaleString('en')} rows/s)`,
    );
    results.load.push({ size, resetSeconds, ...load });
    results.sizes[size] = { ...(await graphCounts(graph)), scenario: { ...generated.reference.scenario } };
  } finally {
    await driver.close();
  }
  return { settings, scenario: generated.reference.scenario };
}

/** One server's measurement of one operation at one concurrency, all rounds pooled. */
interface Cell {
  server: ServerProcess;
  connections: number;
  sample: Sample;
  /** Peak RSS of the server process once the cell was measured. */
  rssMb: number;
}

/** The bench Neo4j's process id, from the pid file its start wrote; null when there is none. */
function benchNeo4jPid(): number | null {
  try {
    const pid = Number(fs.readFileSync(instancePaths(INSTANCES.bench).pidFile, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Every settle's waits, summed per size (`settling` in the JSON). */
function addSettled(total: SettlingTotal, settled: Settled): void {
  total.windows++;
  total.queriesSeconds += settled.queriesMs / 1000;
  total.quietSeconds += settled.quietMs / 1000;
  if (settled.gcMs !== null) {
    total.collections++;
    total.gcSeconds += settled.gcMs / 1000;
  }
}

/**
 * Measures one operation on every server, at each concurrency, in `options.rounds` rounds with the
 * servers' order rotated each round (ABC, BCA, CAB): whatever the position in the order does to a
 * server (a background flush, a neighbour's build on the shared cores) falls on each server alike, and
 * the spread of the rounds shows how much it was. Rotation keeps each server's predecessor, though
 * (C follows B in every round but the one B ends), so what a window leaves behind is cleared instead:
 * before every window the machinery settles (`settle`: no query running, the processes quiet, a full
 * collection of Neo4j's heap) and the server answers one unmeasured request (`prime`). Each server
 * warms up right before its first window. A cell's duration, minimum number of responses and cap are
 * split evenly over its rounds.
 */
async function measureOperation(
  servers: readonly ServerProcess[],
  operation: Operation,
  scenario: Scenario,
  options: BenchOptions,
  driver: Driver,
  settling: SettlingTotal,
): Promise<Cell[]> {
  const machinery: Machinery = { neo4jPid: benchNeo4jPid(), serverPids: servers.map((s) => s.pid) };
  const plan: WindowPlan = {
    seconds: options.duration / options.rounds,
    minRequests: Math.ceil(options.minRequests / options.rounds),
    capSeconds: options.maxSeconds / options.rounds,
  };
  const warmLatency = new Map<ServerName, number>();
  const cells: Cell[] = [];
  for (const connections of options.connections) {
    const windows = new Map<ServerName, Window[]>(servers.map((s) => [s.name, []]));
    for (let round = 0; round < options.rounds; round++) {
      for (const server of rotation(servers, round)) {
        const http = target(server, operation, scenario);
        let latency = warmLatency.get(server.name);
        if (latency === undefined) {
          addSettled(settling, await settle(driver, machinery));
          latency = await warmUp(http, options.warmup);
          warmLatency.set(server.name, latency);
        }
        const settled = await settle(driver, machinery);
        addSettled(settling, settled);
        if (settled.queriesMs >= 100 || settled.quietMs >= 1000) {
          log(
            `  waited ${settled.queriesMs} ms for the previous window's queries to end, ` +
              `${settled.quietMs} ms for the processes to go quiet`,
          );
        }
        await prime(http);
        const previous = windows.get(server.name) ?? [];
        const last = previous[previous.length - 1];
        // The rate this server answered at in its previous round, else one guessed from its warm-up.
        const rate = last?.latencies.length
          ? last.latencies.length / last.seconds
          : expectedRate(latency, connections);
        const timeout = Math.max(60, Math.ceil((latency * connections * 4) / 1000));
        previous.push(await measureWindow(http, connections, plan, rate, timeout));
      }
    }
    for (const server of servers) {
      const sample = pool(windows.get(server.name) ?? []);
      cells.push({ server, connections, sample, rssMb: server.peakRssMb() });
    }
  }
  return cells;
}

async function benchSize(size: SizeName, options: BenchOptions, results: BenchResults): Promise<void> {
  const sizeStarted = performance.now();
  const { settings, scenario } = await prepareData(size, options, results);
  const driver = createDriver(settings);
  const graph = new Graph(driver);
  results.machine['neo4j'] ??= await neo4jVersion(driver);
  log(`${size}: starting ${options.servers.join(', ')}…`);
  const servers = await Promise.all(
    options.servers.map((name) => ServerProcess.start(name, PORTS[name], settings)),
  );
  const settling: SettlingTotal = {
    size,
    windows: 0,
    collections: 0,
    queriesSeconds: 0,
    quietSeconds: 0,
    gcSeconds: 0,
  };
  results.settling.push(settling);
  try {
    const checked = new Map<string, CheckEntry>();
    const roundTrips = new Map<string, number>();
    for (const id of options.operations) {
      const operation = OPERATIONS[id];
      // Answers, compared before anything is timed; the same request also counts round trips.
      const answers: Answer[] = [];
      for (const server of servers) {
        await ask(server, operation, scenario); // once unrecorded: one-time start-up queries are not round trips
        await server.startRecording();
        answers.push(await ask(server, operation, scenario));
        const recorded = await server.stopRecording();
        roundTrips.set(`${id}/${server.name}`, recorded.driverRuns);
        if (server.name === 'ours' && recorded.graphCalls !== recorded.driverRuns) {
          log(
            `  warning: ours sent ${recorded.driverRuns} queries but its Graph counted ${recorded.graphCalls}`,
          );
        }
        if (options.profile) {
          results.profiles.push({
            operation: id,
            size,
            server: server.name,
            queries: await server.profileLastRecording(),
          });
        }
      }
      for (const check of await checkAnswers(graph, operation, scenario, answers)) {
        const entry = { operation: id, size, ...check };
        checked.set(`${id}/${check.server}`, entry);
        results.checks.push(entry);
        const mark = !check.comparable ? 'not comparable' : check.equal ? 'equal' : 'DIFFERENT';
        log(
          `  op ${id} ${check.server}: ${mark}, ${check.items} items${check.equal ? '' : ` — ${check.note}`}`,
        );
      }
    }

    for (const id of options.operations) {
      const operation = OPERATIONS[id];
      const cells = await measureOperation(servers, operation, scenario, options, driver, settling);
      for (const { server, connections, sample, rssMb } of cells) {
        const check = checked.get(`${id}/${server.name}`);
        const row: ResultRow = {
          operation: id,
          name: operation.name,
          size,
          server: server.name,
          concurrency: connections,
          p50: sample.p50,
          p95: sample.p95,
          p99: sample.p99,
          rps: sample.rps,
          roundTrips: roundTrips.get(`${id}/${server.name}`) ?? Number.NaN,
          rssMb,
          requests: sample.requests,
          errors: sample.errors + sample.non2xx,
          seconds: sample.seconds,
          roundP50s: sample.roundP50s,
          amountRounds: sample.amountRounds,
          equal: check?.equal ?? false,
          comparable: check?.comparable ?? false,
        };
        results.results.push(row);
        log(
          `  op ${id} ${server.name.padEnd(13)} c${String(connections).padEnd(2)} p50 ${row.p50} ` +
            `(rounds ${row.roundP50s.join(', ')}) p95 ${row.p95} p99 ${row.p99} ms, ${row.requests} requests ` +
            `in ${row.seconds} s, ${row.roundTrips} round trips, ${row.rssMb} MiB` +
            (row.errors ? `, ${row.errors} errors` : ''),
        );
      }
    }
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await driver.close();
  }
  for (const key of ['queriesSeconds', 'quietSeconds', 'gcSeconds'] as const) {
    settling[key] = Math.round(settling[key] * 10) / 10;
  }
  log(
    `${size}: settling before ${settling.windows} windows took ${settling.queriesSeconds} s (queries), ` +
      `${settling.quietSeconds} s (quiet), ${settling.gcSeconds} s (${settling.collections} full collections of Neo4j's heap)`,
  );
  log(`${size}: done in ${((performance.now() - sizeStarted) / 60_000).toFixed(1)} min`);
}

function write(results: BenchResults, options: BenchOptions): void {
  const dir = path.resolve(PROJECT_ROOT, options.outDir);
  fs.mkdirSync(dir, { recursive: true });
  const stamp = results.date.replace(/:/g, '-').replace(/\.\d+Z$/, 'Z');
  const json = `${JSON.stringify(results, null, 2)}\n`;
  const markdown = toMarkdown(results);
  fs.writeFileSync(path.join(dir, `${stamp}.json`), json);
  fs.writeFileSync(path.join(dir, `${stamp}.md`), markdown);
  fs.writeFileSync(path.join(dir, 'latest.json'), json);
  fs.writeFileSync(path.join(dir, 'latest.md'), markdown);
  log(
    `Results: ${path.relative(PROJECT_ROOT, path.join(dir, `${stamp}.json`))} (.md), latest.json, latest.md`,
  );
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const options = parseOptions(argv);
  const started = performance.now();
  const cpus = os.cpus();
  const results: BenchResults = {
    date: new Date().toISOString(),
    command: ['npm run bench', ...(argv.length ? ['--', ...argv] : [])].join(' '),
    source: sourceRevision(),
    machine: {
      cpu: cpus[0]?.model ?? 'unknown',
      cores: cpus.length,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      os: `${os.type()} ${os.release()}`,
      node: process.version,
      neo4jHeap: INSTANCES.bench.heap,
      neo4jPageCache: INSTANCES.bench.pageCache,
    },
    note: NOTE,
    options: { ...options },
    sizes: {},
    load: [],
    settling: [],
    results: [],
    checks: [],
    profiles: [],
    ratios: [],
    targets: [],
    durationSeconds: 0,
  };
  for (const size of options.sizes) {
    await benchSize(size, options, results);
    results.ratios = computeRatios(results.results);
    results.targets = evaluateTargets(results.results, results.profiles);
    results.durationSeconds = Math.round((performance.now() - started) / 1000);
    if (options.write) write(results, options); // after every size, so a late failure loses nothing
  }
  console.info('');
  console.info('Ratios of p50 latency (lower is better for ours):');
  console.info(ratioTable(results.ratios));
  console.info('');
  console.info('Targets:');
  for (const t of results.targets) {
    console.info(`  [${t.status}] op ${t.operation ?? '-'}: ${t.target} — ${t.detail}`);
  }
  console.info(`\nFinished in ${(results.durationSeconds / 60).toFixed(1)} min.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
