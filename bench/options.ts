import { SIZE_NAMES, type SizeName } from './generate';
import { OPERATION_IDS, type OperationId, SERVERS, type ServerName } from './operations';

export interface BenchOptions {
  sizes: SizeName[];
  operations: OperationId[];
  servers: ServerName[];
  /** Measured seconds per operation × server × concurrency, split evenly over the rounds. */
  duration: number;
  /** Seconds of sequential warm-up requests per operation × server, before its first round. */
  warmup: number;
  /** Rounds per operation × concurrency, the servers' order rotated each round (ABC, BCA, CAB). */
  rounds: number;
  /** Responses per operation × server × concurrency at least (over all rounds), unless capped. */
  minRequests: number;
  /** Seconds per operation × server × concurrency (over all rounds) after which it stops anyway. */
  maxSeconds: number;
  connections: number[];
  seed: number;
  batchSize: number;
  /** Keep the data already in the bench database when it holds this size (development only). */
  reuseData: boolean;
  profile: boolean;
  /** Write bench/results/<date>.{json,md} and latest.{json,md}. */
  write: boolean;
  outDir: string;
}

export const USAGE = `npm run bench -- [options]
  --sizes S,M,L          sizes to run, in order (default S,M,L)
  --ops 1,2,3,4,5,6      operations (default all)
  --servers cypher,neo4j-graphql,ours
  --duration 8           measured seconds per operation, server and concurrency, split over the rounds (default 8)
  --warmup 3             seconds of warm-up per operation and server, before its first round (default 3)
  --rounds 3             rounds per operation and concurrency, server order rotated each round (default 3)
  --min-requests 30      responses per operation, server and concurrency at least (default 30)
  --max-seconds 40       ...unless this many seconds are up first (default 5 × duration)
  --connections 1,16     concurrency levels (default 1,16)
  --seed 20240806        generator seed
  --batch 10000          rows per load transaction
  --reuse-data           keep the bench database when it already holds the size (development)
  --no-profile           skip PROFILE
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

function whole(name: string, value: string | undefined): number {
  const n = positive(name, value);
  if (!Number.isInteger(n)) throw new Error(`${name} needs a whole number; got ${value}`);
  return n;
}

export function parseOptions(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = {
    sizes: [...SIZE_NAMES],
    operations: [...OPERATION_IDS],
    servers: [...SERVERS],
    duration: 8,
    warmup: 3,
    rounds: 3,
    minRequests: 30,
    maxSeconds: Number.NaN,
    connections: [1, 16],
    seed: 20240806,
    batchSize: 10_000,
    reuseData: false,
    profile: true,
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
      case '--rounds':
        options.rounds = whole('--rounds', value());
        break;
      case '--min-requests':
        options.minRequests = whole('--min-requests', value());
        break;
      case '--max-seconds':
        options.maxSeconds = positive('--max-seconds', value());
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
  if (Number.isNaN(options.maxSeconds)) options.maxSeconds = 5 * options.duration;
  if (options.maxSeconds < options.duration)
    throw new Error(`--max-seconds (${options.maxSeconds}) is less than --duration (${options.duration})`);
  return options;
}
