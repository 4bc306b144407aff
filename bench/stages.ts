import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { type OperationDefinitionNode, buildSchema, execute, parse, validate } from 'graphql';
import neo4j, { type Driver } from 'neo4j-driver';
import { createDriver, ensureLocalNeo4j } from '../src/db/connection';
import { Graph, type Params, cypher, toPlain } from '../src/db/graph';
import { RequestBudget } from '../src/db/requestBudget';
import { createContext } from '../src/graphql/context';
import { resolvers } from '../src/graphql/resolvers';
import { loadTypeDefs } from '../src/graphql/schema';
import { createApollo } from '../src/http/apollo';
import { createApp } from '../src/http/app';
import { longestTextArgument } from '../src/http/limits/argumentLength';
import { measureDocument } from '../src/http/limits/shape';
import { plannerCostEstimator } from '../src/graphql/cost';
import { compiledExecutor } from '../src/graphql/execute';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { SIZES, type SizeName, generate } from './generate';
import { OPERATIONS, type OperationId } from './operations';
import { rootCompiler } from './plannedRoot';
import { floorServer } from './servers/floor';
import { QuerySink } from './servers/recording';

/**
 * Where the time of one request to our API goes, stage by stage, against the bench database as the
 * last `npm run bench` left it: `tsx bench/stages.ts <S|M> <ops> [iterations]`. Each stage is timed
 * alone (median of `iterations`), next to the whole request over HTTP and the floor's query over the
 * same driver, so the sum of the stages can be compared with the end-to-end difference.
 */
const [sizeArg = 'S', opsArg = '1,3,4', iterationsArg = '200'] = process.argv.slice(2);
const size = sizeArg as SizeName;
const ops = opsArg.split(',').map(Number) as OperationId[];
const iterations = Number(iterationsArg);

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/** Median wall milliseconds, and CPU milliseconds of this process per run (steadier on a busy machine). */
async function time(run: () => unknown): Promise<string> {
  for (let i = 0; i < Math.min(20, iterations); i++) await run();
  const samples: number[] = [];
  const cpu = process.cpuUsage();
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000 / iterations;
  return `${median(samples).toFixed(3)} | ${cpuMs.toFixed(3)}`;
}

async function main(): Promise<void> {
  const scenario = generate(SIZES[size]).reference.scenario;
  const settings = await ensureLocalNeo4j('bench', () => undefined);
  const driver = createDriver(settings);
  const graph = new Graph(driver);
  const app = await createApp({ graph, isDevelopment: false, apiKey: null });
  const url = `${await listen(app.httpServer)}/graphql`;
  const floor = floorServer(driver, new QuerySink());
  const floorUrl = `${await listen(floor.httpServer)}/op/`;
  let answer: unknown = null;
  const canned = { read: async () => [answer], forRequest: () => canned } as unknown as Graph;
  const cannedApp = await createApp({ graph: canned, isDevelopment: false, apiKey: null });
  const cannedUrl = `${await listen(cannedApp.httpServer)}/graphql`;
  // The least any server over HTTP can do with the canned answer: read the body, send the answer.
  const bare = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const text = JSON.stringify({ data: answer });
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
      res.end(text);
    });
  });
  const bareUrl = await listen(bare);
  const apollo = createApollo({ isDevelopment: false });
  await apollo.start();
  const schema = buildSchema(loadTypeDefs());
  const executable = makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: resolvers as never });
  const jit = compiledExecutor(executable);
  const rows: Record<string, string | number>[] = [];

  for (const id of ops) {
    const operation = OPERATIONS[id];
    const request = operation.ours(scenario);
    const body = JSON.stringify(request);
    const document = parse(request.query);
    const definition = document.definitions[0] as OperationDefinitionNode;
    const compileRoot = rootCompiler(request, schema);
    const built = compileRoot().build();
    const query = cypher<{ value: unknown }>('stages', built.cypher);
    const floorParams = operation.cypher.params(scenario);
    [answer] = await graph.read(query, built.params);
    const post = async (to: string, payload: string) => {
      const response = await fetch(to, {
        method: 'POST',
        body: payload,
        headers: { 'content-type': 'application/json' },
      });
      await response.text();
    };

    const stage = {
      'ours over http (whole request)': await time(() => post(url, body)),
      'floor over http (whole request)': await time(() =>
        post(`${floorUrl}${id}`, JSON.stringify(floorParams)),
      ),
      'ours over http, database answer canned': await time(() => post(cannedUrl, body)),
      'bare node:http over http, same canned answer (HTTP and client floor)': await time(() =>
        post(bareUrl, body),
      ),
      'apollo executeOperation, database answer canned': await time(() =>
        apollo.executeOperation(request, { contextValue: createContext(canned, false) }),
      ),
      parse: await time(() => parse(request.query)),
      validate: await time(() => validate(schema, document)),
      'limits: shape': await time(() => measureDocument(document)),
      'limits: argument length': await time(() => longestTextArgument(schema, document, request.variables)),
      'limits: cost (planner bounds)': await time(() =>
        plannerCostEstimator(schema)(document, request.variables, null),
      ),
      'planner: compile': await time(() => compileRoot()),
      'planner: compile + build': await time(() => compileRoot().build()),
      'db: Graph.read (auto-commit, bookmark manager, budget)': await time(() =>
        graph.forRequest(new RequestBudget({ timeoutMs: 5000, maxConcurrent: 4 })).read(query, built.params),
      ),
      'db: executeRead, no bookmarks': await time(() => runIn(driver, 'tx', built.cypher, built.params)),
      'db: session.run (auto-commit)': await time(() => runIn(driver, 'auto', built.cypher, built.params)),
      'floor: executeRead': await time(() => runIn(driver, 'tx', operation.cypher.text, floorParams)),
      'floor: session.run': await time(() => runIn(driver, 'auto', operation.cypher.text, floorParams)),
      'execute with graphql-js (resolvers over the answer)': await time(() =>
        execute({
          schema: executable,
          document,
          variableValues: request.variables,
          contextValue: createContext(canned, false),
        }),
      ),
      'execute with graphql-jit (as the API does; compiled once per document)': await time(() =>
        jit({
          document,
          operation: definition,
          operationName: null,
          variables: request.variables,
          contextValue: createContext(canned, false),
        }),
      ),
      'JSON.stringify of the answer': await time(() => JSON.stringify(answer)),
      'toPlain of the answer': await time(() => toPlain(answer)),
    };
    for (const [name, ms] of Object.entries(stage)) rows.push({ op: id, stage: name, ms });
  }
  console.log('| op | stage | wall ms (median) | cpu ms (this process, mean) |\n| --- | --- | ---: | ---: |');
  for (const row of rows) console.log(`| ${row.op} | ${row.stage} | ${row.ms} |`);
  await Promise.all([app.stop(), cannedApp.stop(), apollo.stop()]);
  for (const server of [app.httpServer, cannedApp.httpServer, floor.httpServer, bare]) server.close();
  await driver.close();
}

async function listen(server: http.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function runIn(driver: Driver, how: 'tx' | 'auto', text: string, params: Params): Promise<unknown> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const result =
      how === 'tx'
        ? await session.executeRead((tx) => tx.run(text, params))
        : await session.run(text, params);
    return result.records.map((r) => toPlain(r.toObject()));
  } finally {
    await session.close();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
