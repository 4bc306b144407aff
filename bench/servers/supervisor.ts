import { type ChildProcess, execFileSync, fork } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Neo4jSettings } from '../../src/db/connection';
import { PROJECT_ROOT } from '../../src/projectRoot';
import type { QueryProfile } from '../profile';
import type { ServerName } from '../operations';
import { ENV, type EventLoopTime, type FromServer, type ToServer } from './protocol';

/** Where `npm run build` puts this file's neighbour child.ts, compiled. */
const COMPILED_CHILD = ['dist', 'server', 'bench', 'servers', 'child.js'];
const START_TIMEOUT_MS = 120_000;

type Reply<T extends FromServer['type']> = Extract<FromServer, { type: T }>;

interface StartOptions {
  nodeArgs?: readonly string[];
  script?: string;
  workers?: number;
}

const built = new Set<string>();

/**
 * The bench's server script in the checkout at `root`, compiled by that checkout's `npm run build`
 * (incremental: seconds when nothing changed), once per root and process. Every server under test
 * runs as `npm start` runs ours, compiled JavaScript in plain Node, so the comparison stays code
 * against code. A checkout from before the build existed (no tsconfig.build.json; bench/cpu.ts
 * `--baseline`) runs its child.ts through tsx, as it did then.
 */
export function serverScript(root: string = PROJECT_ROOT): string {
  if (!fs.existsSync(path.join(root, 'tsconfig.build.json')))
    return path.join(root, 'bench', 'servers', 'child.ts');
  if (!built.has(root)) {
    execFileSync(
      process.execPath,
      [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'],
      {
        cwd: root,
        stdio: 'inherit',
      },
    );
    built.add(root);
  }
  return path.join(root, ...COMPILED_CHILD);
}

/** A server under test running in a child process, driven over IPC. */
export class ServerProcess {
  private nextId = 1;
  private readonly waiting = new Map<number, (message: FromServer) => void>();

  private constructor(
    readonly name: ServerName,
    readonly port: number,
    private readonly child: ChildProcess,
    /** The processes that serve: the child itself, or its cluster workers. */
    readonly pids: readonly number[],
  ) {
    child.on('message', (message: FromServer) => {
      if (!('id' in message)) return;
      this.waiting.get(message.id)?.(message);
      this.waiting.delete(message.id);
    });
  }

  /**
   * `nodeArgs`: more flags for its Node (bench/cpu.ts passes `--cpu-prof`, which NODE_OPTIONS refuses);
   * `script`: the child script to run (`serverScript`), another checkout's for bench/cpu.ts
   * `--baseline`; a .ts script runs through tsx. `workers`: processes that serve (node:cluster).
   */
  static async start(
    name: ServerName,
    port: number,
    settings: Neo4jSettings,
    { nodeArgs = [], script = serverScript(), workers = 1 }: StartOptions = {},
  ): Promise<ServerProcess> {
    const child = fork(script, [name, String(port)], {
      execArgv: [...(script.endsWith('.ts') ? ['--import', 'tsx'] : []), ...nodeArgs],
      env: {
        ...process.env,
        NODE_ENV: 'production',
        [ENV.uri]: settings.uri,
        [ENV.username]: settings.username,
        [ENV.password]: settings.password,
        [ENV.workers]: String(workers),
      },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const pids = await new Promise<number[]>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${name} server did not start`)), START_TIMEOUT_MS);
      child.once('exit', (code) =>
        reject(new Error(`${name} server exited with code ${code} while starting`)),
      );
      child.on('message', (message: FromServer) => {
        if (message.type === 'ready') {
          clearTimeout(timer);
          resolve(message.pids);
        }
      });
    });
    return new ServerProcess(name, port, child, pids);
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  /** Where a request for an operation goes: GraphQL servers at /graphql, the floor at /op/<n>. */
  url(operation: number): string {
    return this.name === 'cypher'
      ? `http://127.0.0.1:${this.port}/op/${operation}`
      : `http://127.0.0.1:${this.port}/graphql`;
  }

  private ask<T extends FromServer['type']>(message: Omit<ToServer, 'id'>, expect: T): Promise<Reply<T>> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, (reply) => {
        if (reply.type === expect) resolve(reply as Reply<T>);
        else
          reject(
            new Error(`${this.name}: ${reply.type === 'error' ? reply.message : `unexpected ${reply.type}`}`),
          );
      });
      this.child.send({ ...message, id } as ToServer);
    });
  }

  async startRecording(): Promise<void> {
    await this.ask({ type: 'record-start' }, 'ok');
  }

  stopRecording(): Promise<Reply<'recorded'>> {
    return this.ask({ type: 'record-stop' }, 'recorded');
  }

  /** Each serving process's event loop: idle and active milliseconds so far. */
  async eventLoops(): Promise<EventLoopTime[]> {
    return (await this.ask({ type: 'elu' }, 'elu')).loops;
  }

  async profileLastRecording(): Promise<QueryProfile[]> {
    return (await this.ask({ type: 'profile' }, 'profiled')).profiles;
  }

  /** Peak resident memory of the process so far (VmHWM), in MiB. */
  peakRssMb(): number {
    const status = fs.readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const kb = Number(/^VmHWM:\s+(\d+)\s+kB/m.exec(status)?.[1] ?? 'NaN');
    return Math.round((kb / 1024) * 10) / 10;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  }
}
