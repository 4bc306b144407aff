import fs from 'node:fs';
import neo4j, { type Driver } from 'neo4j-driver';
import { createDriver, ensureLocalNeo4j } from '../src/db/connection';
import { Graph, type Params, cypher, runUntraced, toPlain } from '../src/db/graph';
import { INSTANCES } from '../src/db/local/instances';
import { runningPid } from '../src/db/local/server';
import { RequestBudget } from '../src/db/requestBudget';
import { SIZES, type SizeName, generate } from './generate';
import { post } from './measure';
import { OPERATIONS, type OperationId } from './operations';
import { rootCompiler } from './plannedRoot';
import { ServerProcess } from './servers/supervisor';

/**
 * Neo4j's CPU per query, ours' query against the floor's, measured apart from everything else:
 * `tsx bench/neo4jCpu.ts <S|M|L> <ops> [queries per block] [concurrency] [--cycles n] [--variants a,b]
 * [--texts name=path,…]`, on the bench database as the last `npm run bench` left it. This process
 * drives the bench Neo4j with neo4j-driver from a loop and reads, around each block of a few queries,
 * how long each of the Neo4j JVM's threads ran (/proc/<pid>/task/<tid>/schedstat, in nanoseconds, where
 * /proc's stat counts 10 ms ticks), grouped by kind (Bolt workers, which run the queries; Bolt network
 * threads, which write the answers; GC; JIT; the rest). Each cycle runs one block per variant, starting
 * at another variant each time, so neighbouring blocks meet the same machine load: on a shared
 * machine, windows of seconds apart differed by ±30 %, blocks of a few tens of milliseconds agree
 * within a few per cent. Each variant (VARIANTS below) changes one thing in how a query is sent: the
 * floor's text as the floor's server sends it, then with ours' transaction time-out, with ours'
 * bookmarks, or through `Graph.read` as a request does (all of it); ours' text sent plainly and through
 * `Graph.read`; the floor's after a pause in this process (busy or idle), as a server's work between two
 * queries; and both over HTTP to the bench's own servers (bench/servers), as the benchmark sends them.
 * `--texts` adds variants that send another text with ours' parameters (`{op}` in a path stands for
 * the operation's number), to take ours' query apart; `--baseline dir` adds `ours@base`, ours' text and
 * parameters as another checkout's planner builds them (its bench/plannedRoot.ts), sent plainly, to
 * weigh a change to the planner against the code before it in the same cycles. The table gives each variant's Neo4j
 * milliseconds per query, its ratio to the first variant over all cycles and over each quarter of
 * them (how well it repeats), the per-cycle ratio's median and interquartile range, Neo4j's time by
 * kind of thread, this process's CPU per query and the median wall time per query.
 */
const args = process.argv.slice(2);
const option = (name: string): string | null => {
  const at = args.indexOf(name);
  return at < 0 ? null : (args.splice(at, 2)[1] ?? null);
};
const cycles = Number(option('--cycles') ?? 200);
const variantNames = option('--variants');
/** `--texts a=path,b=path`: more variants, each another text for ours' query (its parameters), sent
 * plainly; `{op}` in a path stands for the operation's number. */
const texts = (option('--texts') ?? '')
  .split(',')
  .filter(Boolean)
  .map((pair) => pair.split('=') as [string, string]);
/** `--baseline dir`: another checkout whose planner builds the `ours@base` variant's query. */
const baselineDir = option('--baseline');
const [sizeArg = 'M', opsArg = '2,5', blockArg = '20', concurrencyArg = '1'] = args;
const ops = opsArg.split(',').map(Number) as OperationId[];
const blockSize = Number(blockArg);
const PORT_BASE = 4141 + Number(process.env.NEO4J_PORT_OFFSET ?? 0);
const concurrency = Number(concurrencyArg);

type Query = { text: string; params: Params };

type Compiler = typeof rootCompiler;
/** The baseline checkout's compile step, loaded from its own modules (its planner, its schema). */
const baselineCompiler = async (dir: string): Promise<Compiler> =>
  ((await import(`${fs.realpathSync(dir)}/bench/plannedRoot.ts`)) as { rootCompiler: Compiler }).rootCompiler;

/** Ours' Cypher and parameters for an operation, as the planner builds them for the bench request. */
function oursQuery(
  id: OperationId,
  scenario: ReturnType<typeof generate>['reference']['scenario'],
  compiler: Compiler = rootCompiler,
): Query {
  const built = compiler(OPERATIONS[id].ours(scenario))().build();
  return { text: built.cypher, params: built.params };
}

/** One way of sending a query: what the floor's server does, or ours', or one step between. */
type Send = (driver: Driver, query: Query) => Promise<unknown>;

/** As the floor's server: a read session per query, auto-commit, no configuration. */
const plain: Send = async (driver, { text, params }) => {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    return (await runUntraced(session, text, params)).records.map((r) => toPlain(r.toObject()));
  } finally {
    await session.close();
  }
};

/** Plain, with a transaction time-out as ours sends (its request budget's 30 s). */
const withTimeout: Send = async (driver, { text, params }) => {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    return (await runUntraced(session, text, params, { timeout: 30_000 })).records.map((r) =>
      toPlain(r.toObject()),
    );
  } finally {
    await session.close();
  }
};

/** Plain, in a session that follows the driver's bookmark manager, as ours' sessions do. */
const withBookmarks: Send = async (driver, { text, params }) => {
  const session = driver.session({
    defaultAccessMode: neo4j.session.READ,
    bookmarkManager: driver.executeQueryBookmarkManager,
    bookmarks: [],
  });
  try {
    return (await runUntraced(session, text, params)).records.map((r) => toPlain(r.toObject()));
  } finally {
    await session.close();
  }
};

/** Exactly as a request to ours: `Graph.read` within a request budget (deadline, time-out, bookmarks). */
const graphRead: Send = (driver, { text, params }) =>
  new Graph(driver)
    .forRequest(new RequestBudget({ timeoutMs: 10_000, maxConcurrent: 4, transactionTimeoutMs: 30_000 }))
    .read(cypher('probe', text), params);

/** Plain, after `ms` of this process's CPU (a busy wait): a server's work between two queries. */
const afterBusy =
  (ms: number, send: Send = plain): Send =>
  (driver, query) => {
    const until = performance.now() + ms;
    while (performance.now() < until);
    return send(driver, query);
  };

/** Plain, after `ms` of idle waiting: Neo4j's threads wait that long for the next query. */
const afterIdle =
  (ms: number): Send =>
  async (driver, query) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return plain(driver, query);
  };

interface Variant {
  name: string;
  query: string;
  send: Send;
  /** Sent over HTTP to that bench server (bench/servers), the request the benchmark sends. */
  http?: 'cypher' | 'ours';
}
const VARIANTS: readonly Variant[] = [
  { name: 'floor', query: 'floor', send: plain },
  { name: 'floor+timeout', query: 'floor', send: withTimeout },
  { name: 'floor+bookmarks', query: 'floor', send: withBookmarks },
  { name: 'floor/graph.read', query: 'floor', send: graphRead },
  { name: 'ours-text', query: 'ours', send: plain },
  { name: 'ours/graph.read', query: 'ours', send: graphRead },
  { name: 'floor+busy1', query: 'floor', send: afterBusy(1) },
  { name: 'floor+busy2', query: 'floor', send: afterBusy(2) },
  { name: 'floor+idle1', query: 'floor', send: afterIdle(1) },
  { name: 'ours/graph.read+busy1', query: 'ours', send: afterBusy(1, graphRead) },
  { name: 'floor/http', query: 'floor', send: plain, http: 'cypher' },
  { name: 'ours/http', query: 'ours', send: plain, http: 'ours' },
];

/** Neo4j's threads grouped by what they do (names from /proc/<pid>/task/<tid>/comm). */
function threadGroup(name: string): string {
  if (name.startsWith('neo4j.BoltWorke')) return 'worker';
  if (name.startsWith('neo4j.BoltNetwo')) return 'network';
  if (/^(GC |G1 )/.test(name)) return 'gc';
  if (/Compiler/.test(name)) return 'jit';
  return 'other';
}
const GROUPS = ['worker', 'network', 'gc', 'jit', 'other'] as const;

const groupOf = new Map<string, string>();
/**
 * Nanoseconds each of Neo4j's threads has run so far (/proc/<pid>/task/<tid>/schedstat: exact,
 * where /proc's stat counts 10 ms ticks), so a block of a few queries can be measured.
 */
function threadNs(pid: number): Map<string, number> {
  const threads = new Map<string, number>();
  for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
    try {
      if (!groupOf.has(tid))
        groupOf.set(tid, threadGroup(fs.readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim()));
      threads.set(tid, Number(fs.readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]));
    } catch {
      // The thread ended between listing and reading.
    }
  }
  return threads;
}

/** Milliseconds Neo4j ran between two readings, per group of threads (a thread that ended is left out). */
function runMs(before: Map<string, number>, after: Map<string, number>): Record<string, number> {
  const groups: Record<string, number> = Object.fromEntries(GROUPS.map((g) => [g, 0]));
  for (const [tid, ns] of after) {
    const group = groupOf.get(tid) ?? 'other';
    groups[group] = (groups[group] ?? 0) + (ns - (before.get(tid) ?? 0)) / 1e6;
  }
  return groups;
}

const ownCpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

interface Block {
  /** Neo4j's milliseconds per query, all threads. */
  neo4j: number;
  groups: Record<string, number>;
  /** This process's (the driver's) CPU milliseconds per query. */
  own: number;
  wall: number;
}

/** `count` queries, `concurrency` at a time, and what they cost Neo4j and this process. */
async function block(send: () => Promise<unknown>, pid: number, count: number): Promise<Block> {
  let left = count;
  const before = threadNs(pid);
  const ownBefore = ownCpuMs();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (left-- > 0) await send();
    }),
  );
  const wall = performance.now() - started;
  const own = ownCpuMs() - ownBefore;
  const groups = runMs(before, threadNs(pid));
  const perQuery = Object.fromEntries(Object.entries(groups).map(([g, ms]) => [g, ms / count]));
  return {
    neo4j: Object.values(groups).reduce((a, b) => a + b, 0) / count,
    groups: perQuery,
    own: own / count,
    wall: wall / count,
  };
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / values.length;

async function main(): Promise<void> {
  const scenario = generate(SIZES[sizeArg as SizeName]).reference.scenario;
  const settings = await ensureLocalNeo4j('bench', () => undefined);
  const driver = createDriver(settings);
  const pid = runningPid(INSTANCES.bench);
  if (!pid) throw new Error('The bench Neo4j is not running.');
  const variants = variantNames
    ? variantNames.split(',').map<Variant>((name) => {
        const found = VARIANTS.find((v) => v.name === name);
        if (!found) throw new Error(`Unknown variant ${name}: ${VARIANTS.map((v) => v.name).join(', ')}`);
        return found;
      })
    : [...VARIANTS];
  variants.push(...texts.map(([name]) => ({ name, query: name, send: plain })));
  const compileBase = baselineDir ? await baselineCompiler(baselineDir) : undefined;
  if (compileBase) variants.push({ name: 'ours@base', query: 'ours@base', send: plain });
  const servers = new Map<string, ServerProcess>();
  try {
    for (const [i, name] of [...new Set(variants.flatMap((v) => (v.http ? [v.http] : [])))].entries())
      servers.set(name, await ServerProcess.start(name, PORT_BASE + i, settings));
    for (const id of ops) {
      const ours = oursQuery(id, scenario);
      const byQuery: Record<string, Query> = {
        floor: { text: OPERATIONS[id].cypher.text, params: OPERATIONS[id].cypher.params(scenario) },
        ours,
        ...(compileBase ? { 'ours@base': oursQuery(id, scenario, compileBase) } : {}),
        ...Object.fromEntries(
          texts.map(([name, file]) => [
            name,
            { text: fs.readFileSync(file.replace('{op}', String(id)), 'utf8'), params: ours.params },
          ]),
        ),
      };
      const sender = (variant: Variant): (() => Promise<unknown>) => {
        const server = variant.http && servers.get(variant.http);
        if (!server) return () => variant.send(driver, byQuery[variant.query]!);
        const target = {
          url: server.url(id),
          body: JSON.stringify(
            variant.http === 'cypher'
              ? OPERATIONS[id].cypher.params(scenario)
              : OPERATIONS[id].ours(scenario),
          ),
        };
        return async () => {
          const { status } = await post(target);
          if (status !== 200) throw new Error(`HTTP ${status} from ${target.url}`);
        };
      };
      const senders = new Map(variants.map((v) => [v.name, sender(v)]));
      // Warm-up: plans cached, the servers' code compiled.
      for (const variant of variants) for (let i = 0; i < 300; i++) await senders.get(variant.name)!();
      const results = new Map<string, Block[]>(variants.map((v) => [v.name, []]));
      for (let cycle = 0; cycle < cycles; cycle++) {
        // Each cycle starts at another variant, so none always follows the same one.
        const order = variants.map((_, i) => variants[(i + cycle) % variants.length]!);
        for (const variant of order)
          results.get(variant.name)!.push(await block(senders.get(variant.name)!, pid, blockSize));
      }
      const first = results.get(variants[0]!.name)!;
      console.log(
        `\nop ${id} at ${sizeArg}: ${cycles} cycles of ${blockSize} queries per variant, concurrency ${concurrency}; ms per query`,
      );
      console.log(
        [
          'variant'.padEnd(18),
          'neo4j'.padEnd(6),
          '÷ first: all, by quarter'.padEnd(34),
          'per cycle (IQR)'.padEnd(20),
          'worker / network / gc / jit / other'.padEnd(36),
          'driver'.padEnd(7),
          'wall',
        ].join(' '),
      );
      const quarters = (blocks: Block[]) =>
        [0, 1, 2, 3].map((q) =>
          blocks.slice((q * blocks.length) / 4, ((q + 1) * blocks.length) / 4).map((b) => b.neo4j),
        );
      for (const variant of variants) {
        const blocks = results.get(variant.name)!;
        const ratios = blocks.map((b, i) => b.neo4j / first[i]!.neo4j).sort((a, b) => a - b);
        const byQuarter = quarters(blocks).map((q, i) => mean(q) / mean(quarters(first)[i]!));
        const groups = GROUPS.map((g) => mean(blocks.map((b) => b.groups[g] ?? 0)).toFixed(2)).join(' / ');
        console.log(
          [
            variant.name.padEnd(18),
            mean(blocks.map((b) => b.neo4j))
              .toFixed(3)
              .padEnd(6),
            `${(mean(blocks.map((b) => b.neo4j)) / mean(first.map((b) => b.neo4j))).toFixed(3)}: ${byQuarter.map((r) => r.toFixed(2)).join(' ')}`.padEnd(
              34,
            ),
            `${median(ratios).toFixed(2)} (${ratios[Math.floor(ratios.length / 4)]!.toFixed(2)}–${ratios[Math.floor((3 * ratios.length) / 4)]!.toFixed(2)})`.padEnd(
              20,
            ),
            groups.padEnd(36),
            mean(blocks.map((b) => b.own))
              .toFixed(2)
              .padEnd(7),
            median(blocks.map((b) => b.wall)).toFixed(2),
          ].join(' '),
        );
      }
    }
  } finally {
    await Promise.all([...servers.values()].map((server) => server.stop()));
    await driver.close();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
