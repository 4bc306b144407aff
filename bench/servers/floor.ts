import http from 'node:http';
import neo4j, { type Driver } from 'neo4j-driver';
import { runUntraced, toPlain } from '../../src/db/graph';
import { OPERATIONS, type OperationId } from '../operations';
import { type QuerySink, recordingDriver } from './recording';

/**
 * The floor: each operation is one hand-written Cypher query (bench/operations.ts), run through
 * neo4j-driver as an auto-commit query in a read session, its records returned as JSON. It sits behind the same kind of
 * HTTP endpoint as the GraphQL servers (POST, JSON in and out) so that all three are measured by the
 * same load generator over the same transport: the difference between the floor and a GraphQL server
 * is then the GraphQL layer and its extra round trips, not HTTP.
 */
export function floorServer(
  driver: Driver,
  sink: QuerySink,
): { httpServer: http.Server; stop: () => Promise<void> } {
  const counted = recordingDriver(driver, sink, 'cypher');
  const httpServer = http.createServer((req, res) => {
    const match = /^\/op\/([1-9])$/.exec(req.url ?? '');
    if (req.method !== 'POST' || !match) {
      res.writeHead(404).end();
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      void (async () => {
        const operation = OPERATIONS[Number(match[1]) as OperationId];
        const session = counted.session({ defaultAccessMode: neo4j.session.READ });
        try {
          const params = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
          // Auto-commit, as ours reads (src/db/graph.ts, Graph.read): one query is one transaction
          // either way, and a managed transaction would add BEGIN and COMMIT (a second round trip and
          // about 1 ms of this process's CPU per request, bench/stages.ts) that ours does not pay.
          // Without the driver's per-query stack capture, as ours runs: formatting it through tsx's
          // source maps cost the floor about 40 µs of CPU a request that ours does not pay.
          const result = await runUntraced(session, operation.cypher.text, params);
          const data = result.records.map((record) => toPlain(record.toObject()));
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }));
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          res
            .writeHead(500, { 'content-type': 'application/json' })
            .end(JSON.stringify({ errors: [{ message }] }));
        } finally {
          await session.close();
        }
      })();
    });
  });
  return { httpServer, stop: async () => undefined };
}
