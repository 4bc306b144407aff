import neo4j, {
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type RecordShape,
  type Session,
  isDate,
  isDateTime,
  isInt,
} from 'neo4j-driver';
import { translateDriverError } from './errors';
import type { RequestBudget } from './requestBudget';
import { retryTransient } from './retry';
import { driverTuningFromEnv } from './tuning';

/** A named, parameterised Cypher query whose rows have the shape `Row`. Text never contains user input. */
export interface CypherQuery<Row> {
  readonly name: string;
  readonly text: string;
  /** Phantom field: only carries the row type. */
  readonly row?: Row;
}

export function cypher<Row>(name: string, text: string): CypherQuery<Row> {
  return { name, text: text.trim() };
}

export type Params = Record<string, unknown>;

/**
 * Converts Neo4j values at the data-layer edge: dates become ISO strings, integers numbers. In place:
 * the driver decodes fresh maps and lists for every record, and an answer of a few thousand values is
 * converted on every request, so it is walked once and nothing is copied. Lists and maps (plain
 * objects, as the driver decodes them) are by far the most common objects and are walked without
 * the driver's type tests, which probe every object for marker properties it does not have.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = toPlain(value[i]);
    return value;
  }
  if (Object.getPrototypeOf(value) === Object.prototype) return plainMap(value as Record<string, unknown>);
  if (isInt(value)) return value.toNumber();
  if (isDate(value)) return isoDate(value);
  if (isDateTime(value)) return value.toString().slice(0, 10);
  // The driver freezes its own value types (durations, times); those are copied.
  return plainMap(Object.isFrozen(value) ? { ...value } : (value as Record<string, unknown>));
}

function plainMap(map: Record<string, unknown>): Record<string, unknown> {
  for (const key in map) {
    if (Object.hasOwn(map, key)) map[key] = toPlain(map[key]);
  }
  return map;
}

const twoDigits = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * A date as `YYYY-MM-DD`, from its numeric fields: the driver's `toString()` formats through its
 * 64-bit Integer arithmetic, which showed in profiles of answers with a hundred dates. Years outside
 * 0–9999 (and Integer fields) go through the driver's format, as before.
 */
function isoDate(date: { year: unknown; month: unknown; day: unknown; toString(): string }): string {
  const { year, month, day } = date;
  if (
    typeof year !== 'number' ||
    typeof month !== 'number' ||
    typeof day !== 'number' ||
    year < 0 ||
    year > 9999
  )
    return date.toString().slice(0, 10);
  return `${String(year).padStart(4, '0')}-${twoDigits(month)}-${twoDigits(day)}`;
}

function rowsOf<Row>(result: QueryResult<RecordShape>): Row[] {
  return result.records.map((record) => toPlain(record.toObject()) as Row);
}

/**
 * `session.run` without the stack trace the driver captures for every query (`new Error().stack` in
 * its Result, to put the caller's frames on an error that seldom comes): formatting those frames,
 * through the source maps tsx turns on, cost about as much CPU per request as decoding the answer.
 * A failed query's error is replaced at this layer by one of ours (`translateDriverError`) with its
 * own stack and the driver's error as its cause, so nothing that is reported loses a stack. The Result
 * is built synchronously inside `run`, so the limit is back before any other code runs.
 */
export function runUntraced(
  session: Session,
  text: string,
  params: Params,
  config: { timeout?: number } = {},
) {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return session.run(text, params, config);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** How long a read is retried after transient failures: the driver's setting for transactions. */
const MAX_READ_RETRY_MS = driverTuningFromEnv().maxRetryMs;

/**
 * The one way code talks to Neo4j. Reads run as auto-commit queries in read sessions, retried like the
 * driver's managed transactions; writes run in write transactions with the driver's retries; sessions
 * close in `finally`, and every call is counted so a test can prove round trips do not grow with
 * the size of an answer. Make one per request with `forRequest()` to count per operation.
 */
export class Graph {
  roundTrips = 0;

  constructor(
    readonly driver: Driver,
    readonly database?: string,
    /** A request's deadline and concurrency cap (src/db/requestBudget.ts); none outside requests. */
    readonly budget?: RequestBudget,
    /** Bookmarks a client brought from another API replica: its reads wait for those writes. */
    readonly bookmarks: readonly string[] = [],
  ) {}

  forRequest(budget?: RequestBudget, bookmarks: readonly string[] = []): Graph {
    return new Graph(this.driver, this.database, budget, bookmarks);
  }

  /**
   * One read query, auto-commit: one message to Neo4j and one answer, where a managed transaction
   * adds BEGIN and COMMIT (three socket writes and a second round trip; about 0.5 ms of this process's
   * CPU per request, measured in bench/stages.ts). One query is one transaction either way, it reads
   * and follows the same bookmarks, and a read is safe to repeat, so transient failures are retried
   * here on the driver's schedule.
   */
  async read<Row>(query: CypherQuery<Row>, params: Params = {}): Promise<Row[]> {
    this.roundTrips++;
    try {
      const result = await this.inSession('READ', (session, config) =>
        retryTransient(async () => runUntraced(session, query.text, params, config), MAX_READ_RETRY_MS),
      );
      return rowsOf<Row>(result);
    } catch (error) {
      throw translateDriverError(error, query.name);
    }
  }

  write<Row>(query: CypherQuery<Row>, params: Params = {}): Promise<Row[]> {
    return this.runInWriteTransaction(query, params);
  }

  private async runInWriteTransaction<Row>(query: CypherQuery<Row>, params: Params): Promise<Row[]> {
    this.roundTrips++;
    const work = (tx: ManagedTransaction) => tx.run(query.text, params);
    try {
      const result = await this.inSession('WRITE', (session, config) => session.executeWrite(work, config));
      return rowsOf<Row>(result);
    } catch (error) {
      throw translateDriverError(error, query.name);
    }
  }

  /**
   * Runs a query that commits its own transactions (`CALL { … } IN TRANSACTIONS`, for migrations of
   * large data): such a query cannot run inside a managed transaction, so it runs auto-commit.
   */
  async writeInBatches(query: CypherQuery<never>, params: Params = {}): Promise<void> {
    this.roundTrips++;
    try {
      await this.inSession('WRITE', (session, config) => session.run(query.text, params, config));
    } catch (error) {
      throw translateDriverError(error, query.name);
    }
  }

  /** Runs `work` in one write transaction: everything it writes lands together or not at all. */
  async inWriteTransaction<T>(
    work: (run: <Row>(q: CypherQuery<Row>, p?: Params) => Promise<Row[]>) => Promise<T>,
  ): Promise<T> {
    try {
      return await this.inSession(neo4j.session.WRITE, (session, config) =>
        session.executeWrite(
          async (tx) =>
            work(async <Row>(q: CypherQuery<Row>, p: Params = {}) => {
              this.roundTrips++;
              try {
                return rowsOf<Row>(await tx.run(q.text, p));
              } catch (error) {
                throw translateDriverError(error, q.name);
              }
            }),
          config,
        ),
      );
    } catch (error) {
      throw translateDriverError(error, 'writeTransaction');
    }
  }

  /**
   * One session for one transaction, closed in `finally`, within the request's budget: the deadline
   * covers opening, running and closing, and Neo4j is told to end the transaction at the deadline.
   * Sessions share the driver's bookmark manager, so a read follows every write this process made,
   * on a cluster too (reads go to readers, writes to the leader, by access mode), plus any bookmarks
   * the request brought.
   */
  private inSession<T>(
    mode: 'READ' | 'WRITE',
    use: (session: Session, config: { timeout?: number }) => Promise<T>,
  ): Promise<T> {
    const open = async (config: { timeout?: number }) => {
      const session = this.driver.session({
        defaultAccessMode: mode,
        database: this.database,
        bookmarkManager: this.driver.executeQueryBookmarkManager,
        bookmarks: [...this.bookmarks],
      });
      try {
        return await use(session, config);
      } finally {
        await session.close();
      }
    };
    return this.budget ? this.budget.run((timeout) => open({ timeout })) : open({});
  }
}
