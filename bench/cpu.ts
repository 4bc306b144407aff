import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureLocalNeo4j } from '../src/db/connection';
import { INSTANCES, instancePaths } from '../src/db/local/instances';
import { SIZES, type SizeName, generate } from './generate';
import { type HttpTarget, percentile, post } from './measure';
import { OPERATIONS, type OperationId, type ServerName } from './operations';
import type { EventLoopTime } from './servers/protocol';
import { ServerProcess, serverScript } from './servers/supervisor';
import { cpuMs } from './settle';

/**
 * The server's CPU per request, ours against the floor, on the bench database as the last
 * `npm run bench` left it: `tsx bench/cpu.ts <S|M> <ops> [requests per round] [concurrency,…] [--cpu-prof dir]`.
 *
 * Latency on a shared 2-core machine swings with everyone else's work; the CPU time the server
 * process itself spends per request (user + system, from /proc, over a few thousand requests) is
 * steadier, and at concurrency 16 it is what limits throughput, since the load generator, the server
 * and Neo4j share the cores. Both servers run the same Neo4j work for these operations (their PROFILE
 * db hits are equal), so the difference is the machinery around the query. `--cpu-prof dir` starts
 * the servers with Node's CPU profiler, writing a .cpuprofile per server to `dir` when they stop.
 * `--baseline dir` adds a third server, ours as another checkout of the repository has it (`git
 * worktree add dir <commit>`, its node_modules linked to this one's), measured in the same windows as
 * ours, side by side, so old and new code meet the same machine load ("ours@base"; "ours ÷ ours@base"
 * gives each round's ratio); `--baseline-servers cypher,ours` (ours) which servers get such a twin.
 * `--workers n` (1): processes serving each server under test (node:cluster), not its twin. `--rounds n`
 * (3): windows per server, operation and concurrency. A second table gives, per server and window, the
 * p50 latency the load generator saw, the server's event-loop utilisation (each worker's), and where
 * the cores went: the server, Neo4j, this load generator, and the whole machine (/proc/stat).
 */
const args = process.argv.slice(2);
const option = (name: string): string | null => {
  const at = args.indexOf(name);
  return at < 0 ? null : (args.splice(at, 2)[1] ?? null);
};
const profileDir = option('--cpu-prof');
const baselineDir = option('--baseline');
const baselineServers = (option('--baseline-servers') ?? 'ours').split(',') as ServerName[];
const workers = Number(option('--workers') ?? 1);
const rounds = Number(option('--rounds') ?? 3);
const [sizeArg = 'M', opsArg = '2,5', requestsArg = '2000', connectionsArg = '1,16'] = args;
const size = sizeArg as SizeName;
const ops = opsArg.split(',').map(Number) as OperationId[];
const requests = Number(requestsArg);
const concurrencies = connectionsArg.split(',').map(Number);
/** A server under test and the name its rows carry. */
interface Measured {
  label: string;
  server: ServerProcess;
}
const SERVERS: readonly { label: string; name: ServerName; script?: string; workers: number }[] = [
  { label: 'cypher', name: 'cypher', workers },
  { label: 'ours', name: 'ours', workers },
  ...(baselineDir
    ? baselineServers.map((name) => ({
        label: `${name}@base`,
        name,
        script: serverScript(path.resolve(baselineDir)),
        workers: 1,
      }))
    : []),
];
const isBase = (label: string): boolean => label.endsWith('@base');
const PORT_BASE = 4121 + Number(process.env.NEO4J_PORT_OFFSET ?? 0);

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/**
 * `count` requests, `connections` at a time, each worker waiting for its answer before the next;
 * returns their latencies, sorted.
 */
async function load(target: HttpTarget, count: number, connections: number): Promise<number[]> {
  let left = count;
  const latencies: number[] = [];
  const worker = async () => {
    while (left-- > 0) {
      const { status, ms } = await post(target);
      if (status !== 200) throw new Error(`HTTP ${status} from ${target.url}`);
      latencies.push(ms);
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  return latencies.sort((a, b) => a - b);
}

/** CPU milliseconds of every process serving for a server (all threads, or each one's main thread). */
const serverCpuMs = (server: ServerProcess, mainThread = false): number =>
  server.pids.reduce((sum, pid) => sum + cpuMs(pid, mainThread ? pid : undefined), 0);

/** This process's CPU milliseconds: the load generator's. */
const ownCpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Milliseconds the machine's cores were busy, all of them together (/proc/stat: all but idle, iowait). */
function machineBusyMs(): number {
  const fields = (fs.readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).slice(1);
  const ticks = fields.map(Number);
  const busy = ticks.reduce((sum, n, i) => (i === 3 || i === 4 ? sum : sum + n), 0);
  return busy * (1000 / 100);
}

/** Each event loop's utilisation between two readings of the same server. */
const utilisation = (before: EventLoopTime[], after: EventLoopTime[]): number[] =>
  after.map((end, i) => {
    const start = before[i] ?? { idle: 0, active: 0 };
    const active = end.active - start.active;
    return active / (active + end.idle - start.idle);
  });

/** Per label, per round: what the load generator saw and where the cores went in that window. */
type Windows = Map<
  string,
  { p50: number[]; elu: number[][]; cores: number[]; neo4j: number[]; generator: number[]; machine: number[] }
>;

/**
 * Sequential requests until one is answered 200 (or 60 s pass): the first request of a shape plans
 * its query cold, which on a busy machine at L can take longer than the request's deadline (503);
 * Neo4j still finishes the plan (the transaction time-out is longer) and caches it.
 */
async function warmUp(target: HttpTarget): Promise<void> {
  const until = Date.now() + 60_000;
  for (;;) {
    const { status } = await post(target);
    if (status === 200) return;
    if (Date.now() > until) throw new Error(`HTTP ${status} from ${target.url} after 60 s of warm-up`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

type Samples = Map<string, { total: number[]; main: number[]; neo4j: number[]; rps: number[] }>;

/** What one window shares among the servers loaded in it. */
interface Shared {
  seconds: number;
  neo4jMs: number;
  generatorMs: number;
  machineMs: number;
}

/**
 * One window of `requests` requests to a server: its CPU per request (all threads, main thread), and
 * Neo4j's (`neo4jPid`): equal db hits need not mean equal work in its runtime. Neo4j's is shared by
 * the `sharing` servers loaded at the same time (ours and ours@base), so it is split evenly. Also the
 * window's p50 and the server's event-loop utilisation, into `windows`.
 */
async function measure(
  neo4jPid: number,
  sharing: number,
  label: string,
  server: ServerProcess,
  target: HttpTarget,
  connections: number,
  samples: Samples,
  windows: Windows,
): Promise<void> {
  const before = serverCpuMs(server);
  const mainBefore = serverCpuMs(server, true);
  const neo4jBefore = cpuMs(neo4jPid);
  const loopsBefore = await server.eventLoops();
  const started = performance.now();
  const latencies = await load(target, requests, connections);
  const seconds = (performance.now() - started) / 1000;
  const loops = utilisation(loopsBefore, await server.eventLoops());
  const serverMs = serverCpuMs(server) - before;
  const sample = samples.get(label) ?? { total: [], main: [], neo4j: [], rps: [] };
  sample.neo4j.push((cpuMs(neo4jPid) - neo4jBefore) / requests / sharing);
  sample.total.push(serverMs / requests);
  sample.main.push((serverCpuMs(server, true) - mainBefore) / requests);
  sample.rps.push(requests / seconds);
  samples.set(label, sample);
  const window = windows.get(label) ?? { p50: [], elu: [], cores: [], neo4j: [], generator: [], machine: [] };
  window.p50.push(percentile(latencies, 0.5));
  window.elu.push(loops);
  window.cores.push(serverMs / 1000 / seconds);
  windows.set(label, window);
}

/** The whole window's CPU, for every server in it: Neo4j, this load generator, the machine. */
async function sharedWindow(neo4jPid: number, run: () => Promise<unknown>): Promise<Shared> {
  const neo4j = cpuMs(neo4jPid);
  const generator = ownCpuMs();
  const machine = machineBusyMs();
  const started = performance.now();
  await run();
  return {
    seconds: (performance.now() - started) / 1000,
    neo4jMs: cpuMs(neo4jPid) - neo4j,
    generatorMs: ownCpuMs() - generator,
    machineMs: machineBusyMs() - machine,
  };
}

async function main(): Promise<void> {
  const scenario = generate(SIZES[size]).reference.scenario;
  const settings = await ensureLocalNeo4j('bench', () => undefined);
  const neo4jPid = Number(fs.readFileSync(instancePaths(INSTANCES.bench).pidFile, 'utf8').trim());
  const rows: string[] = [];
  const windowRows: string[] = [];
  const servers: Measured[] = [];
  try {
    for (const [i, { label, name, script, workers: count }] of SERVERS.entries()) {
      const nodeArgs = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
      const server = await ServerProcess.start(name, PORT_BASE + i, settings, {
        nodeArgs,
        ...(script ? { script } : {}),
        workers: count,
      });
      // The pid names the server's .cpuprofile (CPU.<date>.<time>.<pid>.….cpuprofile).
      if (profileDir) console.log(`${label}: pid ${server.pid}`);
      servers.push({ label, server });
    }
    for (const id of ops) {
      const operation = OPERATIONS[id];
      for (const connections of concurrencies) {
        const samples: Samples = new Map();
        const windows: Windows = new Map();
        // Rounds alternate the floor and ours, so a burst of someone else's work lands on both. With
        // a baseline, ours and ours@base take the same window, side by side, each with `connections`
        // of its own: whatever the machine does then, it does to both.
        for (let round = 0; round < rounds; round++) {
          const groups = servers
            .filter(({ label }) => !isBase(label))
            .map((one) => [one, ...servers.filter(({ label }) => label === `${one.label}@base`)]);
          for (const group of round % 2 === 0 ? groups : [...groups].reverse()) {
            const targets = group.map(({ server }) => ({
              url: server.url(id),
              body: JSON.stringify(
                server.name === 'cypher' ? operation.cypher.params(scenario) : operation.ours(scenario),
              ),
            }));
            if (round === 0 && connections === concurrencies[0])
              for (const target of targets) await warmUp(target);
            const before = round === 0 ? Math.max(200, requests / 2) : 50;
            await Promise.all(targets.map((target) => load(target, before, connections)));
            const shared = await sharedWindow(neo4jPid, () =>
              Promise.all(
                group.map(({ label, server }, k) =>
                  measure(
                    neo4jPid,
                    group.length,
                    label,
                    server,
                    targets[k] as HttpTarget,
                    connections,
                    samples,
                    windows,
                  ),
                ),
              ),
            );
            for (const { label } of group) {
              const window = windows.get(label);
              window?.neo4j.push(shared.neo4jMs / 1000 / shared.seconds);
              window?.generator.push(shared.generatorMs / 1000 / shared.seconds);
              window?.machine.push(shared.machineMs / 1000 / shared.seconds);
            }
          }
        }
        for (const [name, sample] of samples) {
          const all = sample.total.map((ms) => ms.toFixed(2)).join(' ');
          rows.push(
            `| ${id} | c${connections} | ${name} | ${median(sample.total).toFixed(3)} (${all}) | ${median(sample.main).toFixed(3)} | ${median(sample.neo4j).toFixed(3)} | ${median(sample.rps).toFixed(0)} |`,
          );
        }
        const floor = median(samples.get('cypher')?.total ?? []);
        for (const label of [...samples.keys()].filter((name) => name.startsWith('ours'))) {
          const ratio = median(samples.get(label)?.total ?? []) / floor;
          rows.push(`| ${id} | c${connections} | ${label} ÷ floor | ${ratio.toFixed(2)}× | | | |`);
        }
        for (const name of baselineDir ? baselineServers : []) {
          // Round by round: both measured within seconds of each other, under the same load.
          const ratios = (of: (label: string) => number[] | undefined) => {
            const base = of(`${name}@base`) ?? [];
            const byRound = (of(name) ?? []).map((value, k) => value / (base[k] as number));
            return `${median(byRound).toFixed(2)}× (${byRound.map((r) => r.toFixed(2)).join(' ')})`;
          };
          rows.push(
            `| ${id} | c${connections} | ${name} ÷ ${name}@base | ${ratios((label) => samples.get(label)?.total)} | | | |`,
          );
          windowRows.push(
            `| ${id} | c${connections} | ${name} ÷ ${name}@base | ${ratios((label) => windows.get(label)?.p50)} | | | | | |`,
          );
        }
        for (const [label, window] of windows) {
          const rounds = (values: number[], digits: number) =>
            `${median(values).toFixed(digits)} (${values.map((v) => v.toFixed(digits)).join(' ')})`;
          const elu = window.elu.map((loops) => loops.map((u) => u.toFixed(2)).join('/')).join(' ');
          windowRows.push(
            `| ${id} | c${connections} | ${label} | ${rounds(window.p50, 2)} | ${elu} | ${rounds(window.cores, 2)} | ${rounds(window.neo4j, 2)} | ${rounds(window.generator, 2)} | ${rounds(window.machine, 2)} |`,
          );
        }
      }
    }
  } finally {
    await Promise.all(servers.map(({ server }) => server.stop()));
  }
  console.log(
    `size ${size}, ${rounds} rounds of ${requests} requests, load average ${os.loadavg()[0]?.toFixed(1)}`,
  );
  console.log(
    '| op | c | server | server CPU ms / request, median (rounds) | main thread | Neo4j CPU ms / request | req/s |\n| --- | --- | --- | ---: | ---: | ---: | ---: |',
  );
  for (const row of rows) console.log(row);
  console.log(
    `\n| op | c | server | p50 ms, median (rounds) | event-loop utilisation by round (per worker) | server cores | Neo4j cores | load generator cores | machine busy cores |\n| --- | --- | --- | ---: | --- | ---: | ---: | ---: | ---: |`,
  );
  for (const row of windowRows) console.log(row);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
