import { SIZE_NAMES, type SizeName } from './generate';
import { OPERATION_IDS, type OperationId, SERVERS, type ServerName } from './operations';

export interface BenchOptions {
  sizes: SizeName[];
  operations: OperationId[];
  servers: ServerName[];
  /** Seconds of each measured run (each operation × server × concurrency). */
  duration: number;
  /** Seconds of sequential warm-up requests per operation × server before measuring. */
  warmup: number;
  connections: number[];
  seed: number;
  batchSize: number;
  /** Keep the data already in the bench database when it holds this size (development only). */
  reuseData: boolean;
  profile: boolean;
  /** Set TCP_NODELAY on every server's sockets (what-if: the driver does not set it). */
  tcpNoDelay: boolean;
  /** Write bench/results/<date>.{json,md} and latest.{json,md}. */
  write: boolean;
  outDir: string;
}

export const USAGE = `npm run bench -- [options]
  --sizes S,M,L          sizes to run, in order (default S,M,L)
  --ops 1,2,3,4,5,6      operations (default all)
  --servers cypher,neo4j-graphql,ours
  --duration 8           seconds per measured run (default 8)
  --warmup 3             seconds of warm-up per operation and server (default 3)
  --connections 1,16     concurrency levels (default 1,16)
  --seed 20240806        generator seed
  --batch 10000          rows per load transaction
  --reuse-data           keep the bench database when it already holds the size (development)
  --no-profile           skip PROFILE
  --tcp-nodelay          set TCP_NODELAY on the servers' sockets (what-if; neo4j-driver does not)
  --no-write             do not write bench/results/
  --out bench/results    where results go`;

function list<T extends string | number>(value: string, allowed: readonly T[], parse: (s: string) => T): T[] {
  const items = value.split(',').map((s) => parse(s.trim()));
  for (const item of items) {
    if (!allowed.includes(item))
      throw new Error(`Unknown value ${String(item)}; allowed: ${allowed.join(', ')}`);
  }
  return items;
}

function positive(name: string, value: string | undefined): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} needs a positive number; got ${value}`);
  return n;
}

export function parseOptions(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = {
    sizes: [...SIZE_NAMES],
    operations: [...OPERATION_IDS],
    servers: [...SERVERS],
    duration: 8,
    warmup: 3,
    connections: [1, 16],
    seed: 20240806,
    batchSize: 10_000,
    reuseData: false,
    profile: true,
    tcpNoDelay: false,
    write: true,
    outDir: 'bench/results',
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.includes('=') ? (arg.split('=', 2) as [string, string]) : [arg, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--sizes':
        options.sizes = list(value() ?? '', SIZE_NAMES, (s) => s.toUpperCase() as SizeName);
        break;
      case '--ops':
        options.operations = list(value() ?? '', OPERATION_IDS, (s) => Number(s) as OperationId);
        break;
      case '--servers':
        options.servers = list(value() ?? '', SERVERS, (s) => s as ServerName);
        break;
      case '--duration':
        options.duration = positive('--duration', value());
        break;
      case '--warmup':
        options.warmup = positive('--warmup', value());
        break;
      case '--connections':
        options.connections = (value() ?? '').split(',').map((s) => positive('--connections', s));
        break;
      case '--seed':
        options.seed = positive('--seed', value());
        break;
      case '--batch':
        options.batchSize = positive('--batch', value());
        break;
      case '--reuse-data':
        options.reuseData = true;
        break;
      case '--no-profile':
        options.profile = false;
        break;
      case '--tcp-nodelay':
        options.tcpNoDelay = true;
        break;
      case '--no-write':
        options.write = false;
        break;
      case '--out':
        options.outDir = value() ?? options.outDir;
        break;
      case '--help':
      case '-h':
        console.info(USAGE);
        process.exit(0);
        break;
      default:
        throw new Error(`Unknown option ${arg}\n${USAGE}`);
    }
  }
  return options;
}
