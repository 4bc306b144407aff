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
 * Makes our `Graph` also report each named query to the sink, so the PROFILE summary can say which of
 * our named queries did what, and so do the per-request graphs it makes: `forRequest` is the
 * production one, called with whatever the server gives it (the request's budget and bookmarks), and
 * its graph is only observed, so ours is measured as deployed. (A subclass that overrode `forRequest`
 * dropped the budget: the deadline, the per-request concurrency cap and the transaction time-out sent
 * with every query were never measured.)
 */
export function reportingGraph<G extends Graph>(graph: G, sink: QuerySink): G {
  const read = graph.read.bind(graph);
  const write = graph.write.bind(graph);
  const forRequest = graph.forRequest.bind(graph);
  graph.read = <Row>(query: CypherQuery<Row>, params: Params = {}) => {
    sink.onGraphCall(query, params);
    return read(query, params);
  };
  graph.write = <Row>(query: CypherQuery<Row>, params: Params = {}) => {
    sink.onGraphCall(query, params);
    return write(query, params);
  };
  graph.forRequest = (...args: Parameters<Graph['forRequest']>) => reportingGraph(forRequest(...args), sink);
  return graph;
}
