import type { Check } from './check';
import type { SizeName } from './generate';
import type { GraphCounts, LoadReport } from './load';
import { OPERATIONS, type OperationId, type ServerName } from './operations';
import type { QueryProfile } from './profile';

export interface ResultRow {
  operation: OperationId;
  name: string;
  size: SizeName;
  server: ServerName;
  concurrency: number;
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  roundTrips: number;
  /** The server process's peak RSS (VmHWM) right after this run: a running maximum over the size. */
  rssMb: number;
  /** Responses timed, over all rounds. */
  requests: number;
  errors: number;
  /** Seconds measured, over all rounds (warm-ups and settling not included). */
  seconds: number;
  /** p50 of each round, in round order; the cell's p50 is over every response of every round. */
  roundP50s: number[];
  /** Rounds that ran a fixed number of requests, the operation being too slow for the cap. */
  amountRounds: number;
  equal: boolean;
  comparable: boolean;
}

export interface ProfileEntry {
  operation: OperationId;
  size: SizeName;
  server: ServerName;
  queries: QueryProfile[];
}

export interface CheckEntry extends Check {
  operation: OperationId;
  size: SizeName;
}

export interface Ratio {
  operation: OperationId;
  size: SizeName;
  concurrency: number;
  oursToFloor: number | null;
  oursToNeo4jGraphql: number | null;
  /** The lowest and highest ratio of one round's p50s (ours and the floor measured in the same round). */
  oursToFloorRounds: [number, number] | null;
  oursToNeo4jGraphqlRounds: [number, number] | null;
  comparable: boolean;
}

export interface TargetResult {
  target: string;
  operation: OperationId | null;
  status: 'met' | 'missed' | 'not evaluated';
  detail: string;
}

/** The waits before every window of one size, summed (bench/settle.ts). */
export interface SettlingTotal {
  size: SizeName;
  windows: number;
  /** Full collections of Neo4j's heap done (one per window unless jcmd was missing). */
  collections: number;
  queriesSeconds: number;
  quietSeconds: number;
  gcSeconds: number;
}

export interface BenchResults {
  date: string;
  command: string;
  /** The commit measured (and whether src/ had uncommitted changes). */
  source: string;
  machine: Record<string, string | number>;
  note: string;
  options: Record<string, unknown>;
  sizes: Partial<Record<SizeName, GraphCounts & { scenario: Record<string, unknown> }>>;
  /** resetSeconds: emptying the bench database before the load (stop, delete its files, start). */
  load: ({ size: SizeName; resetSeconds: number } & LoadReport)[];
  /** Per size, what settling before the windows (bench/settle.ts) waited for in all. */
  settling: SettlingTotal[];
  results: ResultRow[];
  checks: CheckEntry[];
  profiles: ProfileEntry[];
  ratios: Ratio[];
  targets: TargetResult[];
  durationSeconds: number;
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

function find(
  rows: readonly ResultRow[],
  operation: OperationId,
  size: SizeName,
  server: ServerName,
  concurrency: number,
): ResultRow | undefined {
  return rows.find(
    (r) =>
      r.operation === operation && r.size === size && r.server === server && r.concurrency === concurrency,
  );
}

const range = (r: [number, number] | null) => (r ? `${r[0]}–${r[1]}` : '–');

/** Lowest and highest of the per-round ratios of two servers' p50s (rounds both ran). */
export function roundRatios(ours: ResultRow, other: ResultRow): [number, number] | null {
  const ratios = ours.roundP50s
    .map((p50, i) => p50 / (other.roundP50s[i] ?? Number.NaN))
    .filter((r) => Number.isFinite(r));
  return ratios.length ? [round(Math.min(...ratios)), round(Math.max(...ratios))] : null;
}

export function computeRatios(rows: readonly ResultRow[]): Ratio[] {
  const ratios: Ratio[] = [];
  for (const ours of rows.filter((r) => r.server === 'ours')) {
    const floor = find(rows, ours.operation, ours.size, 'cypher', ours.concurrency);
    const reference = find(rows, ours.operation, ours.size, 'neo4j-graphql', ours.concurrency);
    ratios.push({
      operation: ours.operation,
      size: ours.size,
      concurrency: ours.concurrency,
      oursToFloor: floor ? round(ours.p50 / floor.p50) : null,
      oursToNeo4jGraphql: reference ? round(ours.p50 / reference.p50) : null,
      oursToFloorRounds: floor ? roundRatios(ours, floor) : null,
      oursToNeo4jGraphqlRounds: reference ? roundRatios(ours, reference) : null,
      comparable: ours.comparable,
    });
  }
  return ratios;
}

/** The issue's targets, evaluated from the measurements (never assumed). */
export function evaluateTargets(
  rows: readonly ResultRow[],
  profiles: readonly ProfileEntry[],
): TargetResult[] {
  const targets: TargetResult[] = [];
  const hasL = rows.some((r) => r.size === 'L');
  const operations = [...new Set(rows.map((r) => r.operation))].sort();
  const concurrencies = [...new Set(rows.map((r) => r.concurrency))].sort((a, b) => a - b);
  const c1 = concurrencies[0] ?? 1;
  const notEvaluated = (target: string, operation: OperationId | null, why: string) =>
    targets.push({ target, operation, status: 'not evaluated', detail: why });

  for (const op of operations) {
    const target = 'ours ≤ 1.2 × the raw-Cypher floor, p50 at L';
    const ours = find(rows, op, 'L', 'ours', c1);
    const floor = find(rows, op, 'L', 'cypher', c1);
    if (!hasL || !ours || !floor) notEvaluated(target, op, 'L, ours or the floor was not run');
    else if (!ours.comparable) {
      targets.push({
        target,
        operation: op,
        status: 'missed',
        detail: `our API cannot ask this question (${round(ours.p50 / floor.p50)}× for the closest one it can)`,
      });
    } else {
      const ratio = ours.p50 / floor.p50;
      targets.push({
        target,
        operation: op,
        status: ratio <= 1.2 ? 'met' : 'missed',
        detail:
          `${round(ratio)}× (rounds ${range(roundRatios(ours, floor))}; ` +
          `ours ${ours.p50} ms, floor ${floor.p50} ms, concurrency ${c1})`,
      });
    }
  }

  for (const op of operations) {
    const reference = OPERATIONS[op];
    const ours = find(rows, op, 'L', 'ours', c1);
    const ref = find(rows, op, 'L', 'neo4j-graphql', c1);
    if (reference.nested) {
      const target = 'ours ≤ 0.5 × @neo4j/graphql, p50 at L (nested operations)';
      if (!hasL || !ours || !ref) notEvaluated(target, op, 'L, ours or @neo4j/graphql was not run');
      else {
        const ratio = ours.p50 / ref.p50;
        targets.push({
          target,
          operation: op,
          status: ours.comparable && ratio <= 0.5 ? 'met' : 'missed',
          detail: `${round(ratio)}× (ours ${ours.p50} ms, @neo4j/graphql ${ref.p50} ms)${
            ours.comparable ? '' : '; not comparable: our API cannot ask this question'
          }`,
        });
      }
    }
    const target = 'ours never slower than @neo4j/graphql (p50 at L, every concurrency)';
    const pairs = concurrencies
      .map((c) => [find(rows, op, 'L', 'ours', c), find(rows, op, 'L', 'neo4j-graphql', c), c] as const)
      .filter(([o, r]) => o && r);
    if (!hasL || pairs.length === 0) notEvaluated(target, op, 'L, ours or @neo4j/graphql was not run');
    else {
      const slower = pairs.filter(([o, r]) => (o as ResultRow).p50 > (r as ResultRow).p50);
      const comparable = pairs.every(([o]) => (o as ResultRow).comparable);
      targets.push({
        target,
        operation: op,
        status: slower.length === 0 && comparable ? 'met' : 'missed',
        detail:
          pairs
            .map(([o, r, c]) => `c${c}: ${round((o as ResultRow).p50 / (r as ResultRow).p50)}×`)
            .join(', ') + (comparable ? '' : '; not comparable: our API cannot ask this question'),
      });
    }
  }

  for (const op of operations) {
    const target = 'p50 grows ≤ 1.5× from S to L (fixed-size answers; no label scans)';
    if (!OPERATIONS[op].fixedSize) {
      notEvaluated(
        target,
        op,
        'the answer size is not fixed (responses per event vary), so growth is not comparable',
      );
      continue;
    }
    const small = find(rows, op, 'S', 'ours', c1);
    const large = find(rows, op, 'L', 'ours', c1);
    if (!small || !large) {
      notEvaluated(target, op, 'S or L was not run');
      continue;
    }
    const growth = large.p50 / small.p50;
    const floorS = find(rows, op, 'S', 'cypher', c1);
    const floorL = find(rows, op, 'L', 'cypher', c1);
    const scans = profiles
      .filter((p) => p.operation === op && p.size === 'L' && p.server === 'ours')
      .flatMap((p) => p.queries.flatMap((q) => q.labelScans.map((s) => `${q.name}: ${s}`)));
    targets.push({
      target,
      operation: op,
      status: growth <= 1.5 && scans.length === 0 ? 'met' : 'missed',
      detail:
        `ours ${round(growth)}× (${small.p50} → ${large.p50} ms)` +
        (floorS && floorL ? `; floor ${round(floorL.p50 / floorS.p50)}×` : '') +
        (scans.length ? `; label scans at L: ${scans.join('; ')}` : '; no label scans at L'),
    });
  }
  return targets;
}

// ---------------------------------------------------------------------------------------------------
// Markdown

const cell = (value: unknown) => String(value ?? '–').replace(/\|/g, '\\|');
const table = (header: string[], rows: unknown[][]) =>
  [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');

function ratioCell(ratio: number | null, rounds: [number, number] | null, comparable: boolean): string {
  if (ratio === null) return '–';
  return `${ratio}× (rounds ${range(rounds)})${comparable ? '' : ' (not comparable)'}`;
}

export function ratioTable(ratios: readonly Ratio[]): string {
  return table(
    ['op', 'size', 'concurrency', 'ours / floor (p50)', 'ours / @neo4j/graphql (p50)'],
    ratios.map((r) => [
      `${r.operation} ${OPERATIONS[r.operation].name}`,
      r.size,
      r.concurrency,
      ratioCell(r.oursToFloor, r.oursToFloorRounds, r.comparable),
      ratioCell(r.oursToNeo4jGraphql, r.oursToNeo4jGraphqlRounds, r.comparable),
    ]),
  );
}

export function toMarkdown(results: BenchResults): string {
  const out: string[] = [];
  out.push(`# Benchmark results, ${results.date}`);
  out.push('');
  out.push(`Command: \`${results.command}\`  `);
  out.push(`Source: ${results.source}  `);
  out.push(
    `Machine: ${Object.entries(results.machine)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}  `,
  );
  out.push(`Total time: ${Math.round(results.durationSeconds / 60)} min`);
  out.push('');
  out.push(`> ${results.note}`);
  out.push('');

  out.push('## Data');
  out.push('');
  const sizes = Object.keys(results.sizes) as SizeName[];
  const labels = sizes.length ? Object.keys(results.sizes[sizes[0] as SizeName]?.nodes ?? {}) : [];
  const types = sizes.length ? Object.keys(results.sizes[sizes[0] as SizeName]?.relationships ?? {}) : [];
  out.push(
    table(
      ['', ...sizes],
      [
        ...labels.map((l) => [
          `:${l}`,
          ...sizes.map((s) => results.sizes[s]?.nodes[l]?.toLocaleString('en')),
        ]),
        ...types.map((t) => [
          `[:${t}]`,
          ...sizes.map((s) => results.sizes[s]?.relationships[t]?.toLocaleString('en')),
        ]),
      ],
    ),
  );
  out.push('');
  out.push('## Load');
  out.push('');
  out.push(
    table(
      ['size', 'emptying s', 'rows', 'seconds', 'rows/s', 'statement rows/s', 'full-text index build s'],
      results.load.map((l) => [
        l.size,
        l.resetSeconds,
        l.rows.toLocaleString('en'),
        Math.round(l.seconds),
        l.rowsPerSecond.toLocaleString('en'),
        l.statementRowsPerSecond.toLocaleString('en'),
        l.phases.find((p) => p.name === 'full-text indexes')?.seconds ?? '–',
      ]),
    ),
  );
  out.push('');
  out.push('## Settling before the windows');
  out.push('');
  out.push(
    'Before every window: no query running, the processes quiet, a full collection of the bench ' +
      'Neo4j\'s heap, one unmeasured request (bench/README.md, "Settling").',
  );
  out.push('');
  out.push(
    table(
      ['size', 'windows', 'full collections', 'queries s', 'quiet s', 'collections s'],
      results.settling.map((t) => [
        t.size,
        t.windows,
        t.collections,
        t.queriesSeconds,
        t.quietSeconds,
        t.gcSeconds,
      ]),
    ),
  );
  out.push('');
  out.push('## Latency and throughput');
  out.push('');
  out.push(
    'Milliseconds; p50, p95 and p99 over every response of every round, each round weighing the same; ' +
      '"round p50s" in round order ' +
      '(the servers’ order rotated each round); `rps` = completed requests per second of measured time; ' +
      'RSS = peak resident memory of the server process so far; "fixed" = rounds that ran a fixed number ' +
      'of requests because the operation was too slow for the cap.',
  );
  out.push('');
  out.push(
    table(
      [
        'op',
        'size',
        'server',
        'c',
        'p50',
        'round p50s',
        'p95',
        'p99',
        'rps',
        'round trips',
        'RSS MiB',
        'requests',
        'seconds',
        'checked',
      ],
      results.results.map((r) => [
        `${r.operation} ${r.name}`,
        r.size,
        r.server,
        r.concurrency,
        r.p50,
        r.roundP50s.join(', '),
        r.p95,
        r.p99,
        r.rps,
        r.roundTrips,
        r.rssMb,
        `${r.requests}${r.errors ? ` (${r.errors} errors)` : ''}${r.amountRounds ? ` (${r.amountRounds} fixed)` : ''}`,
        r.seconds,
        r.comparable ? (r.equal ? 'equal' : 'DIFFERENT') : 'not comparable',
      ]),
    ),
  );
  out.push('');
  out.push('## Ratios');
  out.push('');
  out.push(ratioTable(results.ratios));
  out.push('');
  out.push('## Targets');
  out.push('');
  out.push(
    table(
      ['target', 'op', 'status', 'detail'],
      results.targets.map((t) => [
        t.target,
        t.operation ?? '',
        t.status === 'met' ? '**met**' : t.status,
        t.detail,
      ]),
    ),
  );
  out.push('');
  out.push('## Result checks');
  out.push('');
  out.push(
    table(
      ['op', 'size', 'server', 'items', 'result'],
      results.checks.map((c) => [c.operation, c.size, c.server, c.items, c.note]),
    ),
  );
  out.push('');
  out.push('## PROFILE of the Cypher behind each operation');
  out.push('');
  out.push('db hits summed over the plan; label scans are NodeByLabelScan/AllNodesScan operators.');
  out.push('');
  out.push(
    table(
      ['op', 'size', 'server', 'query', 'db hits', 'rows', 'label scans', 'heaviest operators', 'operators'],
      results.profiles.flatMap((p) =>
        p.queries.map((q) => [
          p.operation,
          p.size,
          p.server,
          q.name,
          q.dbHits.toLocaleString('en'),
          q.rows,
          q.labelScans.join('; ') || 'none',
          q.heaviest
            .map((h) => `${h.operator} ${h.dbHits.toLocaleString('en')} (${h.details.slice(0, 60)})`)
            .join('; '),
          q.operators.join(', '),
        ]),
      ),
    ),
  );
  out.push('');
  return out.join('\n');
}
