import { positiveInt } from '../env';

/**
 * How the driver behaves when Neo4j is slow, busy or gone. The defaults answer a client within a
 * second or two when the database is unreachable (one quick retry) or the pool is exhausted (the
 * acquisition time-out), rather than after the driver's much longer defaults.
 */
export interface DriverTuning {
  /** Connections per process (NEO4J_POOL_SIZE). */
  poolSize: number;
  /** How long a transaction waits for a free connection before SERVICE_UNAVAILABLE (ms). */
  acquisitionTimeoutMs: number;
  /** How long opening a connection may take (ms). */
  connectionTimeoutMs: number;
  /** How long the driver keeps retrying a transaction after transient failures (ms). */
  maxRetryMs: number;
}

export function driverTuningFromEnv(env: NodeJS.ProcessEnv = process.env): DriverTuning {
  return {
    poolSize: positiveInt(env, 'NEO4J_POOL_SIZE', 50),
    acquisitionTimeoutMs: positiveInt(env, 'NEO4J_ACQUISITION_TIMEOUT_MS', 2_000),
    connectionTimeoutMs: positiveInt(env, 'NEO4J_CONNECTION_TIMEOUT_MS', 3_000),
    maxRetryMs: positiveInt(env, 'NEO4J_MAX_RETRY_MS', 1_000),
  };
}
