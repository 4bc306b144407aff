import fs from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { createDriver, ensureLocalNeo4j } from '../src/db/connection';
import { INSTANCES, instancePaths } from '../src/db/local/instances';
import { SIZES, type SizeName, generate } from './generate';
import {
  type HttpTarget,
  type WindowPlan,
  expectedRate,
  measureWindow,
  percentile,
  prime,
  warmUp,
} from './measure';
import { OPERATIONS, type OperationId, type ServerName } from './operations';
import { cpuMs, settle, settleQueries } from './settle';
import { ServerProcess } from './servers/supervisor';

/**
 * What a heavy window leaves behind for the windows after it, on the bench database as the last
 * `npm run bench` left it:
 * `tsx bench/aftermath.ts <S|M|L> <op> [connections] [windows after] [queries|full]`.
 *
 * Runs, at one concurrency: the floor and ours once each (the baseline), then one window of
 * @neo4j/graphql, then ours and the floor alternately for `windows after` windows, each after the
 * usual settle. For every window it prints the p50 next to what happened during it: the bench JVM's
 * garbage collections (count and milliseconds per collector, from JMX through `dbms.queryJmx`), its
 * heap in use before and after, and the CPU each process used (Neo4j, each server, this process).
 * A window that is slow because of the one before shows which of these moved with it. `queries`
 * settles as the bench did until 2026-12-01 (no query running); `full` as it does now (also quiet
 * processes, a full collection of Neo4j's heap, and one unmeasured request before each window).
 */
const [sizeArg = 'M', opArg = '6', connectionsArg = '16', afterArg = '6', method = 'full'] =
  process.argv.slice(2);
const size = sizeArg as SizeName;
const op = Number(opArg) as OperationId;
const connections = Number(connectionsArg);
const windowsAfter = Number(afterArg);
const PORT_BASE = 4131 + Number(process.env.NEO4J_PORT_OFFSET ?? 0);
const SERVERS: readonly ServerName[] = ['cypher', 'neo4j-graphql', 'ours'];
const PLAN: WindowPlan = { seconds: 4 / 3, minRequests: 10, capSeconds: 20 / 3 };

interface JvmState {
  /** Per collector: collections and milliseconds so far. */
  collectors: Record<string, { count: number; ms: number }>;
  /** The old generation in use: what G1 reclaims only in mixed or full collections. */
  oldGenMb: number;
}

const JMX_GC = `CALL dbms.queryJmx('java.lang:type=GarbageCollector,name=*') YIELD name, attributes
  RETURN name, attributes.CollectionCount.value AS count, attributes.CollectionTime.value AS ms`;
const JMX_HEAP = `CALL dbms.queryJmx('java.lang:type=MemoryPool,name=G1 Old Gen') YIELD attributes
  RETURN attributes.Usage.value.properties.used AS used`;

async function jvm(driver: Driver): Promise<JvmState> {
  const gc = await driver.executeQuery(JMX_GC);
  const heap = await driver.executeQuery(JMX_HEAP);
  const collectors: JvmState['collectors'] = {};
  for (const r of gc.records) {
    const name = String(r.get('name')).replace(/^.*name=/, '');
    collectors[name] = { count: Number(r.get('count')), ms: Number(r.get('ms')) };
  }
  return { collectors, oldGenMb: Math.round(Number(heap.records[0]?.get('used')) / 2 ** 20) };
}

function gcDelta(before: JvmState, after: JvmState): string {
  return Object.entries(after.collectors)
    .map(([name, { count, ms }]) => {
      const was = before.collectors[name] ?? { count: 0, ms: 0 };
      return `${name.replace('G1 ', '').replace(/,type=.*/, '')} ${count - was.count}×/${ms - was.ms}ms`;
    })
    .join(', ');
}

async function main(): Promise<void> {
  const scenario = generate(SIZES[size]).reference.scenario;
  const settings = await ensureLocalNeo4j('bench', () => undefined);
  const driver = createDriver(settings);
  const neo4jPid = Number(fs.readFileSync(instancePaths(INSTANCES.bench).pidFile, 'utf8'));
  const servers = new Map<ServerName, ServerProcess>();
  for (const [i, name] of SERVERS.entries()) {
    servers.set(name, await ServerProcess.start(name, PORT_BASE + i, settings));
  }
  const machinery = { neo4jPid, serverPids: [...servers.values()].map((s) => s.pid) };
  const operation = OPERATIONS[op];
  const target = (name: ServerName): HttpTarget => {
    const server = servers.get(name) as ServerProcess;
    const body =
      name === 'cypher'
        ? operation.cypher.params(scenario)
        : name === 'ours'
          ? operation.ours(scenario)
          : operation.neo4jGraphql(scenario);
    return { url: server.url(op), body: JSON.stringify(body) };
  };
  try {
    const latency = new Map<ServerName, number>();
    for (const name of SERVERS) latency.set(name, await warmUp(target(name), 2));
    const sequence: ServerName[] = ['cypher', 'ours', 'cypher', 'ours', 'neo4j-graphql'];
    for (let i = 0; i < windowsAfter; i++) sequence.push(i % 2 === 0 ? 'ours' : 'cypher');
    console.log(
      `op ${op} at ${size}, c${connections}, settle: ${method}; warm-up p50 ms: ${JSON.stringify([...latency])}`,
    );
    console.log(
      '| # | server | settle ms | p50 ms | requests | s | old gen MiB before→after | GC during | CPU ms: neo4j, cypher, lib, ours, bench |',
    );
    console.log('| --- | --- | ---: | ---: | ---: | ---: | --- | --- | --- |');
    for (const [i, name] of sequence.entries()) {
      const waited =
        method === 'full'
          ? await settle(driver, machinery).then((s) => `${s.queriesMs}+${s.quietMs}+gc ${s.gcMs}`)
          : String(await settleQueries(driver));
      if (method === 'full') await prime(target(name));
      const before = await jvm(driver);
      const pids = [neo4jPid, ...SERVERS.map((s) => (servers.get(s) as ServerProcess).pid)];
      const cpuBefore = pids.map((pid) => cpuMs(pid));
      const mainBefore = process.cpuUsage();
      const l = latency.get(name) as number;
      const w = await measureWindow(target(name), connections, PLAN, expectedRate(l, connections), 600);
      const cpu = pids.map((pid, k) => cpuMs(pid) - (cpuBefore[k] as number));
      const main = process.cpuUsage(mainBefore);
      const after = await jvm(driver);
      const p50 = percentile(
        [...w.latencies].sort((a, b) => a - b),
        0.5,
      );
      console.log(
        `| ${i} | ${name} | ${waited} | ${p50.toFixed(2)} | ${w.latencies.length} | ${w.seconds.toFixed(1)} | ` +
          `${before.oldGenMb}→${after.oldGenMb} | ${gcDelta(before, after)} | ` +
          `${[...cpu, Math.round((main.user + main.system) / 1000)].join(', ')} |`,
      );
    }
  } finally {
    await Promise.all([...servers.values()].map((s) => s.stop()));
    await driver.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
