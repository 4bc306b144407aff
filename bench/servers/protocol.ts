import type { QueryProfile } from '../profile';

/** Messages between the benchmark (parent) and a server under test (child process), over IPC. */
export type ToServer =
  | { id: number; type: 'record-start' }
  | { id: number; type: 'record-stop' }
  /** PROFILE the queries of the last recording. */
  | { id: number; type: 'profile' }
  /** Each event loop's idle and active time so far (`performance.eventLoopUtilization()`). */
  | { id: number; type: 'elu' };

export type FromServer =
  /** `pids`: the processes that serve (the worker processes with `ENV.workers` > 1). */
  | { type: 'ready'; pids: number[] }
  | { id: number; type: 'ok' }
  | { id: number; type: 'recorded'; driverRuns: number; graphCalls: number; names: string[] }
  | { id: number; type: 'profiled'; profiles: QueryProfile[] }
  | { id: number; type: 'elu'; loops: EventLoopTime[] }
  | { id: number; type: 'error'; message: string };

/** Milliseconds an event loop spent idle and active since its process started. */
export interface EventLoopTime {
  idle: number;
  active: number;
}

/** How the parent tells a child where Neo4j is (environment variables, never argv). */
export const ENV = {
  uri: 'BENCH_NEO4J_URI',
  username: 'BENCH_NEO4J_USERNAME',
  password: 'BENCH_NEO4J_PASSWORD',
  /** How many processes serve (node:cluster workers, each with its own driver); 1 when unset. */
  workers: 'BENCH_SERVER_WORKERS',
} as const;
