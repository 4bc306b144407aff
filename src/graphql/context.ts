import type { Graph } from '../db/graph';
import type { RequestBudget } from '../db/requestBudget';

/** What every resolver receives: this request's graph handle (counting round trips). */
export interface Context {
  graph: Graph;
  /** True when the request carried the API key that mutations require. */
  authorized: boolean;
}

/**
 * `budget`: the request's deadline and concurrency cap (HTTP requests have one; tests may not);
 * `bookmarks`: from the client's Neo4j-Bookmarks header, so it reads its own writes on any replica.
 */
export function createContext(
  graph: Graph,
  authorized: boolean,
  budget?: RequestBudget,
  bookmarks: readonly string[] = [],
): Context {
  return { graph: graph.forRequest(budget, bookmarks), authorized };
}
