import type { QueryProfile } from '../profile';

/** Messages between the benchmark (parent) and a server under test (child process), over IPC. */
export type ToServer =
  | { id: number; type: 'record-start' }
  | { id: number; type: 'record-stop' }
  /** PROFILE the queries of the last recording. */
  | { id: number; type: 'profile' };

export type FromServer =
  | { type: 'ready' }
  | { id: number; type: 'ok' }
  | { id: number; type: 'recorded'; driverRuns: number; graphCalls: number; names: string[] }
  | { id: number; type: 'profiled'; profiles: QueryProfile[] }
  | { id: number; type: 'error'; message: string };

/** How the parent tells a child where Neo4j is (environment variables, never argv). */
export const ENV = {
  uri: 'BENCH_NEO4J_URI',
  username: 'BENCH_NEO4J_USERNAME',
  password: 'BENCH_NEO4J_PASSWORD',
} as const;
