import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';
import { type CypherQuery, Graph, type Params } from '../../src/db/graph';

/** One Cypher query as a server sent it, kept only while a recording is open. */
export interface RecordedQuery {
  name: string;
  text: string;
  params: Record<string, unknown>;
}

/**
 * Counts every Cypher query a server sends (its round trips) and, while a recording is open, keeps
 * the queries themselves so they can be PROFILEd afterwards with the same parameters.
 */
export class QuerySink {
  /** Queries sent through the driver (`tx.run`/`session.run`): what Neo4j actually received. */
  driverRuns = 0;
  /** Queries sent through our `Graph` (ours only): should equal `driverRuns`. */
  graphCalls = 0;
  private recording: RecordedQuery[] | null = null;

  start(): void {
    this.recording = [];
    this.driverRuns = 0;
    this.graphCalls = 0;
  }

  stop(): RecordedQuery[] {
    const recorded = this.recording ?? [];
    this.recording = null;
    return recorded;
  }

  onDriverRun(name: string, text: string, params: Record<string, unknown> | undefined): void {
    this.driverRuns++;
    // Ours records in `onGraphCall`, where queries have their names; only the others record here.
    if (this.recording && name !== 'graph') this.recording.push({ name, text, params: params ?? {} });
  }

  onGraphCall(query: CypherQuery<unknown>, params: Params): void {
    this.graphCalls++;
    this.recording?.push({ name: query.name, text: query.text, params });
  }
}

type Method = (...args: unknown[]) => unknown;

function passThrough<T extends object>(target: T, property: string | symbol): unknown {
  const value: unknown = Reflect.get(target, property, target);
  return typeof value === 'function' ? (value as Method).bind(target) : value;
}

function recordingTransaction(tx: ManagedTransaction, sink: QuerySink, name: string): ManagedTransaction {
  return new Proxy(tx, {
    get(target, property) {
      if (property === 'run') {
        return (text: string, params?: Record<string, unknown>) => {
          sink.onDriverRun(name, text, params);
          return target.run(text, params);
        };
      }
      return passThrough(target, property);
    },
  });
}

function recordingSession(session: Session, sink: QuerySink, name: string): Session {
  return new Proxy(session, {
    get(target, property) {
      if (property === 'executeRead' || property === 'executeWrite') {
        const execute = target[property].bind(target);
        return <T>(
          work: (tx: ManagedTransaction) => Promise<T> | T,
          config?: Parameters<Session['executeRead']>[1],
        ) => execute((tx) => work(recordingTransaction(tx, sink, name)), config);
      }
      if (property === 'run') {
        return (text: string, params?: Record<string, unknown>, config?: Parameters<Session['run']>[2]) => {
          sink.onDriverRun(name, text, params);
          return target.run(text, params, config);
        };
      }
      return passThrough(target, property);
    },
  });
}

/**
 * The driver as seen by a server under test: every session it opens counts (and records) the
 * queries run in it. Wrapping the driver works for any library that takes a driver, so
 * @neo4j/graphql's round trips are counted exactly like ours, with no query log to parse.
 */
export function recordingDriver(driver: Driver, sink: QuerySink, name: string): Driver {
  return new Proxy(driver, {
    get(target, property) {
      if (property === 'session') {
        return (...args: Parameters<Driver['session']>) =>
          recordingSession(target.session(...args), sink, name);
      }
      return passThrough(target, property);
    },
  });
}

/**
 * Our `Graph`, also reporting each named query to the sink (per-request instances included), so the
 * PROFILE summary can say which of our named queries did what.
 */
export class RecordingGraph extends Graph {
  constructor(
    driver: Driver,
    database: string | undefined,
    private readonly sink: QuerySink,
  ) {
    super(driver, database);
  }

  override forRequest(): Graph {
    return new RecordingGraph(this.driver, this.database, this.sink);
  }

  override read<Row>(query: CypherQuery<Row>, params: Params = {}): Promise<Row[]> {
    this.sink.onGraphCall(query, params);
    return super.read(query, params);
  }

  override write<Row>(query: CypherQuery<Row>, params: Params = {}): Promise<Row[]> {
    this.sink.onGraphCall(query, params);
    return super.write(query, params);
  }
}
