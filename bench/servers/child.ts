import cluster, { type Worker } from 'node:cluster';
import type http from 'node:http';
import { createDriver } from '../../src/db/connection';
import { profileQueries } from '../profile';
import { floorServer } from './floor';
import { neo4jGraphqlServer } from './neo4jGraphql';
import { oursServer } from './ours';
import { ENV, type FromServer, type ToServer } from './protocol';
import { QuerySink, type RecordedQuery } from './recording';

/**
 * One server under test, in its own process so that its memory (peak RSS) is its own:
 * `child.ts <ours|neo4j-graphql|cypher> <port>`, started by bench/servers/supervisor.ts.
 */
async function main(): Promise<void> {
  const [kind, portText] = process.argv.slice(2);
  const port = Number(portText);
  const uri = process.env[ENV.uri];
  if (!uri || !Number.isInteger(port))
    throw new Error('usage: child.ts <ours|neo4j-graphql|cypher> <port>, with BENCH_NEO4J_URI set');
  const driver = createDriver({
    uri,
    username: process.env[ENV.username] ?? 'neo4j',
    password: process.env[ENV.password] ?? '',
  });
  const sink = new QuerySink();
  let server: { httpServer: http.Server; stop: () => Promise<void> };
  switch (kind) {
    case 'ours':
      server = await oursServer(driver, sink);
      break;
    case 'neo4j-graphql':
      server = await neo4jGraphqlServer(driver, sink);
      break;
    case 'cypher':
      server = floorServer(driver, sink);
      break;
    default:
      throw new Error(`Unknown server kind ${kind}`);
  }
  server.httpServer.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.httpServer.listen(port, '127.0.0.1', resolve));

  const send = (message: FromServer) => process.send?.(message);
  let lastRecording: RecordedQuery[] = [];
  process.on('message', (message: ToServer) => {
    void (async () => {
      try {
        switch (message.type) {
          case 'record-start':
            sink.start();
            send({ id: message.id, type: 'ok' });
            return;
          case 'record-stop': {
            const { driverRuns, graphCalls } = sink;
            lastRecording = sink.stop();
            send({
              id: message.id,
              type: 'recorded',
              driverRuns,
              graphCalls,
              names: lastRecording.map((q) => q.name),
            });
            return;
          }
          case 'profile':
            send({ id: message.id, type: 'profiled', profiles: await profileQueries(driver, lastRecording) });
            return;
          case 'elu': {
            const { idle, active } = performance.eventLoopUtilization();
            send({ id: message.id, type: 'elu', loops: [{ idle, active }] });
            return;
          }
        }
      } catch (error) {
        send({
          id: message.id,
          type: 'error',
          message: error instanceof Error ? error.message : String(error),
        });
      }
    })();
  });
  const shutdown = () => {
    void (async () => {
      server.httpServer.closeAllConnections();
      await server.stop();
      await driver.close();
      process.exit(0);
    })();
  };
  process.on('SIGTERM', shutdown);
  process.on('disconnect', shutdown);
  send({ type: 'ready', pids: [process.pid] });
}

/** The workers' answers to one message, as one answer: counts summed, lists joined. */
function merge(replies: FromServer[]): FromServer {
  const [first] = replies;
  if (!first) throw new Error('no workers answered');
  const failed = replies.find((reply) => reply.type === 'error');
  if (failed) return failed;
  switch (first.type) {
    case 'recorded':
      return replies.reduce((sum, reply) =>
        reply.type === 'recorded' && sum.type === 'recorded'
          ? {
              ...sum,
              driverRuns: sum.driverRuns + reply.driverRuns,
              graphCalls: sum.graphCalls + reply.graphCalls,
              names: [...sum.names, ...reply.names],
            }
          : sum,
      );
    case 'profiled':
      return {
        ...first,
        profiles: replies.flatMap((reply) => (reply.type === 'profiled' ? reply.profiles : [])),
      };
    case 'elu':
      return { ...first, loops: replies.flatMap((reply) => (reply.type === 'elu' ? reply.loops : [])) };
    default:
      return first;
  }
}

/**
 * With `ENV.workers` > 1: this process only forks the workers (node:cluster, which shares the port
 * among them) and relays the bench's messages to every worker, answering once all have.
 */
async function primary(workers: number): Promise<void> {
  const forked: Worker[] = Array.from({ length: workers }, () => cluster.fork());
  const pids = await Promise.all(
    forked.map(
      (worker) =>
        new Promise<number>((resolve, reject) => {
          worker.once('exit', (code) =>
            reject(new Error(`a worker exited with code ${code} while starting`)),
          );
          worker.on('message', (message: FromServer) => {
            if (message.type === 'ready') resolve(worker.process.pid ?? -1);
          });
        }),
    ),
  );
  process.on('message', (message: ToServer) => {
    void Promise.all(
      forked.map(
        (worker) =>
          new Promise<FromServer>((resolve) => {
            const answer = (reply: FromServer) => {
              if (!('id' in reply) || reply.id !== message.id) return;
              worker.off('message', answer);
              resolve(reply);
            };
            worker.on('message', answer);
            worker.send(message);
          }),
      ),
    ).then((replies) => process.send?.(merge(replies)));
  });
  const shutdown = () => {
    void Promise.all(
      forked.map(
        (worker) =>
          new Promise<void>((resolve) => {
            worker.once('exit', () => resolve());
            worker.process.kill('SIGTERM');
          }),
      ),
    ).then(() => process.exit(0));
  };
  process.on('SIGTERM', shutdown);
  process.on('disconnect', shutdown);
  process.send?.({ type: 'ready', pids } satisfies FromServer);
}

const workers = Number(process.env[ENV.workers] ?? 1);
(cluster.isPrimary && workers > 1 ? primary(workers) : main()).catch((error: unknown) => {
  console.error(`[bench server ${process.argv[2]}]`, error);
  process.exit(1);
});
