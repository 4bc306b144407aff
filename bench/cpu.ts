import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureLocalNeo4j } from '../src/db/connection';
import { INSTANCES, instancePaths } from '../src/db/local/instances';
import { SIZES, type SizeName, generate } from './generate';
import { type HttpTarget, post } from './measure';
import { OPERATIONS, type OperationId, type ServerName } from './operations';
import { ServerProcess } from './servers/supervisor';
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
 * gives each round's ratio). `--rounds n` (3): windows per server, operation and concurrency.
 */
const args = process.argv.slice(2);
const option = (name: string): string | null => {
  const at = args.indexOf(name);
  return at < 0 ? null : (args.splice(at, 2)[1] ?? null);
};
const profileDir = option('--cpu-prof');
const baselineDir = option('--baseline');
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
const SERVERS: readonly { label: string; name: ServerName; script?: string }[] = [
  { label: 'cypher', name: 'cypher' },
  { label: 'ours', name: 'ours' },
  ...(baselineDir
    ? [
        {
          label: 'ours@base',
          name: 'ours' as const,
          script: path.resolve(baselineDir, 'bench/servers/child.ts'),
        },
      ]
    : []),
];
const PORT_BASE = 4121 + Number(process.env.NEO4J_PORT_OFFSET ?? 0);

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/** `count` requests, `connections` at a time, each worker waiting for its answer before the next. */
async function load(target: HttpTarget, count: number, connections: number): Promise<void> {
  let left = count;
  const worker = async () => {
    while (left-- > 0) {
      const { status } = await post(target);
      if (status !== 200) throw new Error(`HTTP ${status} from ${target.url}`);
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
}

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

/**
 * One window of `requests` requests to a server: its CPU per request (all threads, main thread), and
 * Neo4j's (`neo4jPid`): equal db hits need not mean equal work in its runtime. Neo4j's is shared by
 * the `sharing` servers loaded at the same time (ours and ours@base), so it is split evenly.
 */
async function measure(
  neo4jPid: number,
  sharing: number,
  label: string,
  server: ServerProcess,
  target: HttpTarget,
  connections: number,
  samples: Samples,
): Promise<void> {
  const before = cpuMs(server.pid);
  const mainBefore = cpuMs(server.pid, server.pid);
  const neo4jBefore = cpuMs(neo4jPid);
  const started = performance.now();
  await load(target, requests, connections);
  const seconds = (performance.now() - started) / 1000;
  const sample = samples.get(label) ?? { total: [], main: [], neo4j: [], rps: [] };
  sample.neo4j.push((cpuMs(neo4jPid) - neo4jBefore) / requests / sharing);
  sample.total.push((cpuMs(server.pid) - before) / requests);
  sample.main.push((cpuMs(server.pid, server.pid) - mainBefore) / requests);
  sample.rps.push(requests / seconds);
  samples.set(label, sample);
}

async function main(): Promise<void> {
  const scenario = generate(SIZES[size]).reference.scenario;
  const settings = await ensureLocalNeo4j('bench', () => undefined);
  const neo4jPid = Number(fs.readFileSync(instancePaths(INSTANCES.bench).pidFile, 'utf8').trim());
  const rows: string[] = [];
  const servers: Measured[] = [];
  try {
    for (const [i, { label, name, script }] of SERVERS.entries()) {
      const nodeArgs = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
      const server = await ServerProcess.start(name, PORT_BASE + i, settings, nodeArgs, script);
      // The pid names the server's .cpuprofile (CPU.<date>.<time>.<pid>.….cpuprofile).
      if (profileDir) console.log(`${label}: pid ${server.pid}`);
      servers.push({ label, server });
    }
    for (const id of ops) {
      const operation = OPERATIONS[id];
      for (const connections of concurrencies) {
        const samples: Samples = new Map();
        // Rounds alternate the floor and ours, so a burst of someone else's work lands on both. With
        // a baseline, ours and ours@base take the same window, side by side, each with `connections`
        // of its own: whatever the machine does then, it does to both.
        for (let round = 0; round < rounds; round++) {
          const groups = servers.filter(({ label }) => label !== 'ours@base').map((one) => [one]);
          const base = servers.find(({ label }) => label === 'ours@base');
          if (base) groups.find(([one]) => one?.label === 'ours')?.push(base);
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
            await Promise.all(
              group.map(({ label, server }, k) =>
                measure(
                  neo4jPid,
                  group.length,
                  label,
                  server,
                  targets[k] as HttpTarget,
                  connections,
                  samples,
                ),
              ),
            );
          }
        }
        for (const [name, sample] of samples) {
          const all = sample.total.map((ms) => ms.toFixed(2)).join(' ');
          rows.push(
            `| ${id} | c${connections} | ${name} | ${median(sample.total).toFixed(3)} (${all}) | ${median(sample.main).toFixed(3)} | ${median(sample.neo4j).toFixed(3)} | ${median(sample.rps).toFixed(0)} |`,
          );
        }
        const floor = median(samples.get('cypher')?.total ?? []);
        for (const label of ['ours', ...(baselineDir ? ['ours@base'] : [])]) {
          const ratio = median(samples.get(label)?.total ?? []) / floor;
          rows.push(`| ${id} | c${connections} | ${label} ÷ floor | ${ratio.toFixed(2)}× | | | |`);
        }
        const base = samples.get('ours@base')?.total;
        if (base) {
          // Round by round: both measured within seconds of each other, under the same load.
          const byRound = (samples.get('ours')?.total ?? []).map((ms, k) => ms / (base[k] as number));
          const all = byRound.map((r) => r.toFixed(2)).join(' ');
          rows.push(
            `| ${id} | c${connections} | ours ÷ ours@base | ${median(byRound).toFixed(2)}× (${all}) | | | |`,
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
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
