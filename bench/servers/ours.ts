import type http from 'node:http';
import type { Driver } from 'neo4j-driver';
import { createApp } from '../../src/http/app';
import { Graph } from '../../src/db/graph';
import { type QuerySink, recordingDriver, reportingGraph } from './recording';

/**
 * Our real server: `createApp` from src/http/app.ts, over the production `Graph` (per-request budget
 * and bookmarks included), observed so that it reports its queries.
 */
export async function oursServer(
  driver: Driver,
  sink: QuerySink,
): Promise<{ httpServer: http.Server; stop: () => Promise<void> }> {
  const graph = reportingGraph(new Graph(recordingDriver(driver, sink, 'graph')), sink);
  const app = await createApp({ graph, isDevelopment: false, apiKey: null });
  return { httpServer: app.httpServer, stop: app.stop };
}
