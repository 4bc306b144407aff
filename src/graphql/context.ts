import type { Graph } from '../db/graph';

/** What every resolver receives: this request's graph handle (counting round trips). */
export interface Context {
  graph: Graph;
  /** True when the request carried the API key that mutations require. */
  authorized: boolean;
}

export function createContext(graph: Graph, authorized: boolean): Context {
  return { graph: graph.forRequest(), authorized };
}
