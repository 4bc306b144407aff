import neo4j, { type Driver } from 'neo4j-driver';
import { INSTANCES, type InstanceName } from './local/instances';
import { setNoDelayOnClientSockets } from './noDelay';
import { type Log, startLocal } from './local/server';
import { type DriverTuning, driverTuningFromEnv } from './tuning';
import { log } from '../log';

export interface Neo4jSettings {
  uri: string;
  username: string;
  password: string;
  database?: string;
  /** Where the browser is and where the password lives, for a local instance this project started. */
  local?: { instance: InstanceName; browserUrl: string; passwordFile: string };
}

/** NEO4J_URI (with NEO4J_USERNAME, NEO4J_PASSWORD) points at a server someone else runs. */
export function externalSettings(env: NodeJS.ProcessEnv = process.env): Neo4jSettings | null {
  if (!env.NEO4J_URI) return null;
  return {
    uri: env.NEO4J_URI,
    username: env.NEO4J_USERNAME ?? 'neo4j',
    password: env.NEO4J_PASSWORD ?? '',
    database: env.NEO4J_DATABASE || undefined,
  };
}

/** The development database: the external one when configured, otherwise the local one, started if needed. */
export async function ensureDevNeo4j(log: Log): Promise<Neo4jSettings> {
  return externalSettings() ?? ensureLocalNeo4j('dev', log);
}

export async function ensureLocalNeo4j(name: InstanceName, log: Log): Promise<Neo4jSettings> {
  const connection = await startLocal(INSTANCES[name], log);
  return {
    uri: connection.uri,
    username: connection.username,
    password: connection.password,
    local: { instance: name, browserUrl: connection.browserUrl, passwordFile: connection.passwordFile },
  };
}

/**
 * One driver per process: create it in main and pass it down. Any URI scheme the driver knows works:
 * bolt:// for one server, neo4j:// and neo4j+s:// (Aura, clusters) for routing.
 */
export function createDriver(settings: Neo4jSettings, tuning: DriverTuning = driverTuningFromEnv()): Driver {
  setNoDelayOnClientSockets();
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: tuning.poolSize,
    connectionAcquisitionTimeout: tuning.acquisitionTimeoutMs,
    connectionTimeout: tuning.connectionTimeoutMs,
    // Retry transient failures briefly; a user waiting longer is better told the database is unavailable.
    maxTransactionRetryTime: tuning.maxRetryMs,
    userAgent: 'conflict-graph/0.1',
    logging: { level: 'error', logger: (_level, message) => log.error('neo4j-driver', { message }) },
  });
}
