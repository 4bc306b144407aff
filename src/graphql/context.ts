import type { Graph } from '../db/graph';
import type { RequestBudget } from '../db/requestBudget';
import { type Logger, log } from '../log';

/** What every resolver receives: this request's graph handle (counting round trips). */
export interface Context {
  graph: Graph;
  /** True when the request carried the API key that mutations require. */
  authorized: boolean;
  /** This request's logger: what it writes carries the request id. */
  log: Logger;
}

/**
 * `budget`: the request's deadline and concurrency cap (HTTP requests have one; tests may not);
 * `bookmarks`: from the client's Neo4j-Bookmarks header, so it reads its own writes on any replica;
 * `requestLog`: the request's logger (the server's own for requests not over HTTP).
 */
export function createContext(
  graph: Graph,
  authorized: boolean,
  budget?: RequestBudget,
  bookmarks: readonly string[] = [],
  requestLog: Logger = log,
): Context {
  return { graph: graph.forRequest(budget, bookmarks), authorized, log: requestLog };
}
