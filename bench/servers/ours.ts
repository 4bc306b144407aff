import type http from 'node:http';
import type { Driver } from 'neo4j-driver';
import { createApp } from '../../src/http/app';
import { QuerySink, RecordingGraph, recordingDriver } from './recording';

/** Our real server: `createApp` from src/http/app.ts, over a Graph that reports its queries. */
export async function oursServer(
  driver: Driver,
  sink: QuerySink,
): Promise<{ httpServer: http.Server; stop: () => Promise<void> }> {
  const graph = new RecordingGraph(recordingDriver(driver, sink, 'graph'), undefined, sink);
  const app = await createApp({ graph, isDevelopment: false, apiKey: null });
  return { httpServer: app.httpServer, stop: app.stop };
}
