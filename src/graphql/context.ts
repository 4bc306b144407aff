import type { Graph } from '../db/graph';
import { Loaders } from './loaders';

/** What every resolver receives: this request's graph handle (counting round trips) and its loaders. */
export interface Context {
  graph: Graph;
  loaders: Loaders;
  /** True when the request carried the API key that mutations require. */
  authorized: boolean;
}

export function createContext(graph: Graph, authorized: boolean): Context {
  const requestGraph = graph.forRequest();
  return { graph: requestGraph, loaders: new Loaders(requestGraph), authorized };
}
