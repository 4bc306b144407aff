import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { writeConf } from './conf';
import { LocalNeo4jError } from './errors';
import { type Instance, type InstancePaths, LIB_DIR, instancePaths } from './instances';
import { ensureJars } from './jars';

export interface LocalConnection {
  uri: string;
  username: string;
  password: string;
  browserUrl: string;
  passwordFile: string;
}

export type Log = (line: string) => void;

const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 120_000;

export function connectionOf(instance: Instance): LocalConnection {
  const paths = instancePaths(instance);
  return {
    uri: `bolt://127.0.0.1:${instance.boltPort}`,
    username: 'neo4j',
    password: readOrCreatePassword(instance, paths),
    browserUrl: `http://localhost:${instance.httpPort}/browser/`,
    passwordFile: paths.passwordFile,
  };
}

/**
 * The password lives in the instance's home (git-ignored, mode 600). On the first start it comes from
 * NEO4J_PASSWORD for the development instance when set, otherwise it is generated.
 */
function readOrCreatePassword(instance: Instance, paths: InstancePaths): string {
  if (fs.existsSync(paths.passwordFile)) return fs.readFileSync(paths.passwordFile, 'utf8').trim();
  const fromEnv = instance.name === 'dev' && !process.env.NEO4J_URI ? process.env.NEO4J_PASSWORD : undefined;
  // Hex, not base64url: a generated password starting with '-' reads as an option to neo4j-admin.
  const password = fromEnv && fromEnv.length >= 8 ? fromEnv : crypto.randomBytes(18).toString('hex');
  fs.mkdirSync(paths.home, { recursive: true });
  fs.writeFileSync(paths.passwordFile, `${password}\n`, { mode: 0o600 });
  return password;
}

/** The pid of this instance's server if it is running, checked against the process's command line. */
export function runningPid(instance: Instance): number | null {
  const paths = instancePaths(instance);
  if (!fs.existsSync(paths.pidFile)) return null;
  const pid = Number(fs.readFileSync(paths.pidFile, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
  } catch {
    return null;
  }
  // A stale pid file may name an unrelated process after a reboot: only ours has our home on its command line.
  const cmdline = readCmdline(pid);
  return cmdline === null || cmdline.includes(paths.home) ? pid : null;
}

function readCmdline(pid: number): string | null {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return null;
  }
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.once('listening', () => probe.close(() => resolve(true)));
    probe.listen(port, '127.0.0.1');
  });
}

async function answersQuery(connection: LocalConnection): Promise<boolean> {
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password), {
    connectionTimeout: 2_000,
    logging: { level: 'error', logger: () => undefined },
  });
  try {
    await driver.executeQuery('RETURN 1');
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

function lastLogLines(instance: Instance, count = 25): string {
  const paths = instancePaths(instance);
  const lines: string[] = [];
  for (const file of [path.join(paths.logs, 'neo4j.log'), paths.consoleLog]) {
    if (!fs.existsSync(file)) continue;
    const tail = fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-count);
    lines.push(`--- ${file}`, ...tail);
  }
  return lines.join('\n');
}

function setInitialPassword(paths: InstancePaths, password: string): void {
  if (fs.existsSync(path.join(paths.data, 'dbms', 'auth.ini'))) return;
  if (fs.existsSync(path.join(paths.data, 'databases'))) return; // already initialised; the password is set
  const result = spawnSync(
    'java',
    ['-cp', `${LIB_DIR}/*`, 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', password],
    { env: { ...process.env, NEO4J_HOME: paths.home, NEO4J_CONF: paths.conf }, encoding: 'utf8' },
  );
  if (result.status !== 0) {
    throw new LocalNeo4jError(`Could not set the initial Neo4j password: ${result.stderr || result.stdout}`);
  }
}

function launch(instance: Instance, paths: InstancePaths): number {
  fs.mkdirSync(paths.logs, { recursive: true });
  const out = fs.openSync(paths.consoleLog, 'a');
  const child = spawn(
    'java',
    [
      `-Xms${instance.heap}`,
      `-Xmx${instance.heap}`,
      '-XX:+UseG1GC',
      '-XX:-OmitStackTraceInFastThrow',
      '-XX:+DisableExplicitGC',
      '-XX:+ExitOnOutOfMemoryError',
      '-Dfile.encoding=UTF-8',
      '-cp',
      `${LIB_DIR}/*`,
      // The entry point the official distribution's launcher starts.
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${paths.home}`,
      `--config-dir=${paths.conf}`,
    ],
    { detached: true, stdio: ['ignore', out, out], cwd: paths.home },
  );
  child.unref();
  fs.closeSync(out);
  if (!child.pid) throw new LocalNeo4jError('Could not start java for Neo4j.');
  fs.writeFileSync(paths.pidFile, `${child.pid}\n`);
  return child.pid;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts the instance unless it already runs; resolves once Bolt answers a query. Idempotent. */
export async function startLocal(instance: Instance, log: Log): Promise<LocalConnection> {
  const paths = instancePaths(instance);
  const connection = connectionOf(instance);
  const existing = runningPid(instance);
  if (existing !== null) {
    await waitUntilReady(instance, connection, existing);
    return connection;
  }
  for (const port of [instance.boltPort, instance.httpPort]) {
    if (!(await portIsFree(port))) {
      throw new LocalNeo4jError(
        `Port ${port} on 127.0.0.1 is already taken by another program, so the ${instance.name} Neo4j cannot start. ` +
          'Stop that program, or set NEO4J_URI/NEO4J_USERNAME/NEO4J_PASSWORD to use a Neo4j that already runs.',
      );
    }
  }
  ensureJars(log);
  writeConf(instance, paths);
  setInitialPassword(paths, connection.password);
  log(`Starting the ${instance.name} Neo4j (bolt ${instance.boltPort}, http ${instance.httpPort})…`);
  const pid = launch(instance, paths);
  await waitUntilReady(instance, connection, pid);
  return connection;
}

async function waitUntilReady(instance: Instance, connection: LocalConnection, pid: number): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (await answersQuery(connection)) return;
    if (!alive(pid)) {
      throw new LocalNeo4jError(
        `The ${instance.name} Neo4j exited while starting. Last log lines:\n${lastLogLines(instance)}`,
      );
    }
    await sleep(500);
  }
  throw new LocalNeo4jError(
    `The ${instance.name} Neo4j did not answer on bolt ${instance.boltPort} within ${START_TIMEOUT_MS / 1000}s. ` +
      `Last log lines:\n${lastLogLines(instance)}`,
  );
}

/** Stops the instance cleanly (SIGTERM lets Neo4j checkpoint and close its stores). Idempotent. */
export async function stopLocal(instance: Instance, log: Log): Promise<boolean> {
  const paths = instancePaths(instance);
  const pid = runningPid(instance);
  if (pid === null) {
    fs.rmSync(paths.pidFile, { force: true });
    return false;
  }
  log(`Stopping the ${instance.name} Neo4j (pid ${pid})…`);
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (alive(pid) && Date.now() < deadline) await sleep(250);
  if (alive(pid)) {
    throw new LocalNeo4jError(
      `The ${instance.name} Neo4j (pid ${pid}) did not stop within ${STOP_TIMEOUT_MS / 1000}s; it may still be checkpointing. ` +
        'Run db:stop again, or look at its log.',
    );
  }
  fs.rmSync(paths.pidFile, { force: true });
  return true;
}
