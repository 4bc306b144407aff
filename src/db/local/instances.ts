import path from 'node:path';
import { PROJECT_ROOT } from '../../projectRoot';

/**
 * The local Neo4j servers this project may start. Each has its own ports and its own home
 * (conf, data, logs) under .neo4j/, so tests and benchmarks never touch development data.
 * Memory is sized for a 2-core, 24 GiB machine on which all three may run at once.
 */
export type InstanceName = 'dev' | 'test' | 'bench';

export interface Instance {
  /** Also the folder under .neo4j/ that holds its conf, data and logs. */
  name: string;
  boltPort: number;
  httpPort: number;
  heap: string;
  pageCache: string;
}

/**
 * NEO4J_PORT_OFFSET shifts every local port, so two checkouts on one machine can each run their own
 * instances side by side (their data already lives apart, under each checkout's .neo4j/).
 */
function portOffset(env: NodeJS.ProcessEnv = process.env): number {
  const offset = Number(env.NEO4J_PORT_OFFSET ?? 0);
  if (!Number.isInteger(offset) || offset < 0 || offset > 50_000) {
    throw new Error(
      `NEO4J_PORT_OFFSET must be a whole number from 0 to 50000; got ${env.NEO4J_PORT_OFFSET}.`,
    );
  }
  return offset;
}

const offset = portOffset();

export const INSTANCES: Record<InstanceName, Instance> = {
  dev: { name: 'dev', boltPort: 7687 + offset, httpPort: 7474 + offset, heap: '2g', pageCache: '2g' },
  test: { name: 'test', boltPort: 7688 + offset, httpPort: 7475 + offset, heap: '1g', pageCache: '512m' },
  bench: { name: 'bench', boltPort: 7689 + offset, httpPort: 7476 + offset, heap: '4g', pageCache: '4g' },
};

const NEO4J_ROOT = path.join(PROJECT_ROOT, '.neo4j');
export const LIB_DIR = path.join(NEO4J_ROOT, 'lib');
export const POM = path.join(PROJECT_ROOT, 'neo4j', 'pom.xml');

export interface InstancePaths {
  home: string;
  conf: string;
  confFile: string;
  data: string;
  logs: string;
  pidFile: string;
  passwordFile: string;
  consoleLog: string;
}

export function instancePaths(instance: Instance): InstancePaths {
  const home = path.join(NEO4J_ROOT, instance.name);
  const conf = path.join(home, 'conf');
  const logs = path.join(home, 'logs');
  return {
    home,
    conf,
    confFile: path.join(conf, 'neo4j.conf'),
    data: path.join(home, 'data'),
    logs,
    pidFile: path.join(home, 'neo4j.pid'),
    passwordFile: path.join(home, 'password'),
    consoleLog: path.join(logs, 'console.log'),
  };
}
