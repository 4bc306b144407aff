import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { promisify } from 'node:util';
import type { Driver } from 'neo4j-driver';

const run = promisify(execFile);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The processes a window runs on besides the load generator: the bench Neo4j and the servers. */
export interface Machinery {
  /** The bench Neo4j's JVM, or null when its pid is unknown (then no collection, no CPU check). */
  neo4jPid: number | null;
  serverPids: readonly number[];
}

/** What settling before one window waited for, in milliseconds. */
export interface Settled {
  /** Until the database ran no query. */
  queriesMs: number;
  /** Until every server process and Neo4j had gone quiet. */
  quietMs: number;
  /** The full collection of Neo4j's heap (null: not done, jcmd missing or refused). */
  gcMs: number | null;
}

/**
 * Waits until the bench database runs no query but this check. A concurrency-16 run ends when its
 * duration is up, with up to 16 requests still in flight: their queries keep running in Neo4j after
 * the load generator has stopped, on the same two cores as the next server's warm-up and measured
 * run. Without this wait the server measured first after a heavy operation (the floor, in the
 * default order) pays for the previous one: op 4 at M measured 52 ms for the floor and 10 ms for ours
 * with the same Cypher and the same db hits. Returns the milliseconds waited.
 */
export async function settleQueries(driver: Driver, maxMs = 120_000): Promise<number> {
  const started = performance.now();
  for (;;) {
    const { records } = await driver.executeQuery(
      `SHOW TRANSACTIONS YIELD transactionId, currentQuery
       WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS'
       RETURN count(*) AS running`,
    );
    const running = Number(records[0]?.get('running') ?? 0);
    const waited = performance.now() - started;
    if (running === 0 || waited > maxMs) return Math.round(waited);
    await sleep(50);
  }
}

const TICK_MS = 1000 / 100; // USER_HZ: /proc reports CPU time in ticks of 10 ms on Linux.

/**
 * CPU milliseconds (user + system) a process has used so far, from /proc/<pid>/stat, or one of its
 * threads' (`thread`: the main thread has the process's id; the others are V8's garbage collection
 * and compiler helpers and libuv's pool).
 */
export function cpuMs(pid: number, thread?: number): number {
  const stat = fs.readFileSync(`/proc/${pid}${thread ? `/task/${thread}` : ''}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces) start at state; utime, stime are 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

/** A process is quiet when it used at most this share of one core over a sample. */
const QUIET_SHARE = 0.1;
const QUIET_SAMPLE_MS = 200;

/**
 * Waits until each process used at most a tenth of a core over 200 ms: a server that is still
 * answering (its queries over, its response being serialised) or collecting its own garbage after a
 * heavy window would otherwise run on the cores the next window measures. Gives up after `maxMs`
 * (a process busy for longer, such as Neo4j building an index, is not a window's leftover, and
 * waiting for it before each of a hundred windows would stall the run; the log shows such waits).
 * `readCpu` reads a process's CPU milliseconds (/proc, unless a test gives the readings).
 */
export async function settleCpu(
  pids: readonly number[],
  maxMs = 5_000,
  readCpu: (pid: number) => number = cpuMs,
): Promise<number> {
  const started = performance.now();
  for (;;) {
    const before = pids.map((pid) => readCpu(pid));
    await sleep(QUIET_SAMPLE_MS);
    const busy = pids.some((pid, i) => readCpu(pid) - (before[i] as number) > QUIET_SAMPLE_MS * QUIET_SHARE);
    const waited = performance.now() - started;
    if (!busy || waited > maxMs) return Math.round(waited);
  }
}

let jcmdMissing = false;

/**
 * A full, stop-the-world collection of the bench JVM's heap (`jcmd <pid> GC.run`, which
 * `-XX:+DisableExplicitGC` does not disable: that flag only ignores `System.gc()`), so that every
 * window starts from the same heap: the live data and an empty young generation. Without it a window
 * pays for what the previous server's queries left in the heap: G1 reclaims the old generation only in
 * mixed collections, and those run at the young collections that the *next* allocations trigger, so
 * garbage left by @neo4j/graphql's multi-second queries (which survive young collections because they
 * run for seconds) is collected in ours' or the floor's window. An idle JVM never collects it: waiting
 * does not help. Returns the milliseconds it took, or null when jcmd is not there.
 */
export async function collectNeo4jHeap(pid: number): Promise<number | null> {
  if (jcmdMissing) return null;
  const started = performance.now();
  try {
    await run('jcmd', [String(pid), 'GC.run'], { timeout: 60_000 });
  } catch (error) {
    jcmdMissing = true;
    console.warn(`  no full collection of Neo4j's heap between windows (jcmd failed: ${String(error)})`);
    return null;
  }
  return Math.round(performance.now() - started);
}

/**
 * Before every window: the database runs no query, the processes are quiet, Neo4j's heap is collected,
 * and the processes are quiet again (the collection's own work, and any other JVM thread it woke).
 * Every server's window then starts from the same state, whichever server ran before it.
 */
export async function settle(driver: Driver, machinery: Machinery): Promise<Settled> {
  const queriesMs = await settleQueries(driver);
  const pids = [...(machinery.neo4jPid === null ? [] : [machinery.neo4jPid]), ...machinery.serverPids];
  let quietMs = await settleCpu(pids);
  const gcMs = machinery.neo4jPid === null ? null : await collectNeo4jHeap(machinery.neo4jPid);
  if (gcMs !== null) quietMs += await settleCpu(pids);
  return { queriesMs, quietMs, gcMs };
}
