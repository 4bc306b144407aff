import type { Driver, Session } from 'neo4j-driver';
import { Graph, cypher } from '../../../src/db/graph';
import { RequestBudget } from '../../../src/db/requestBudget';
import { QuerySink, reportingGraph } from '../../../bench/servers/recording';

/** A driver whose sessions fail every query at once: enough to see what reaches it, no database. */
function refusingDriver(sessions: Parameters<Driver['session']>[0][]): Driver {
  const session = {
    run: () => {
      throw new Error('no database in unit tests');
    },
    close: async () => undefined,
  } as unknown as Session;
  return {
    session: (config: Parameters<Driver['session']>[0]) => {
      sessions.push(config);
      return session;
    },
    executeQueryBookmarkManager: { getBookmarks: async () => [] },
  } as unknown as Driver;
}

describe("the bench's view of our Graph", () => {
  it('keeps the per-request budget and bookmarks production gives forRequest, and reports each query', async () => {
    const sessions: Parameters<Driver['session']>[0][] = [];
    const sink = new QuerySink();
    const root = reportingGraph(new Graph(refusingDriver(sessions)), sink);
    const budget = new RequestBudget({ timeoutMs: 5_000, maxConcurrent: 2 });
    const graph = root.forRequest(budget, ['bookmark:1']);

    expect(graph).toBeInstanceOf(Graph);
    expect(graph.budget).toBe(budget);
    expect(graph.bookmarks).toEqual(['bookmark:1']);

    await expect(graph.read(cypher('benchUnitProbe', 'RETURN 1'))).rejects.toThrow();
    expect(sink.graphCalls).toBe(1);
    expect(sessions[0]).toMatchObject({ defaultAccessMode: 'READ', bookmarks: ['bookmark:1'] });
  });
});
