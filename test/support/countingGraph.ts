import { Graph } from '../../src/db/graph';
import type { RequestBudget } from '../../src/db/requestBudget';

/**
 * A Graph that remembers the per-request graphs the API makes from it, so a test over HTTP can tell how
 * many database round trips a set of requests cost in all (none, for a request refused by a limit).
 */
export class RequestCountingGraph extends Graph {
  private readonly requests: Graph[] = [];

  static over(graph: Graph): RequestCountingGraph {
    return new RequestCountingGraph(graph.driver, graph.database);
  }

  override forRequest(budget?: RequestBudget, bookmarks: readonly string[] = []): Graph {
    const graph = super.forRequest(budget, bookmarks);
    this.requests.push(graph);
    return graph;
  }

  get requestRoundTrips(): number {
    return this.requests.reduce((sum, graph) => sum + graph.roundTrips, 0);
  }
}
