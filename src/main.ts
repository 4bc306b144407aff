import { createDriver, ensureDevNeo4j } from './db/connection';
import { Graph } from './db/graph';
import { migrate } from './db/migrations';
import { createApp } from './http/app';
import { limitsFromEnv } from './http/limits/config';
import { SEED_DIR } from './seed/paths';
import { databaseIsEmpty, seedFromDirectory } from './seed/load';

/**
 * `npm start`: brings up the local Neo4j if needed (or uses NEO4J_URI), applies migrations, loads the
 * seed into an empty database, and serves GraphQL. Ctrl-C drains requests and closes the driver; the
 * local Neo4j keeps running (stop it with `npm run db:stop`).
 */
async function main(): Promise<void> {
  const log = (line: string) => console.info(line);
  const settings = await ensureDevNeo4j(log);
  const driver = createDriver(settings);
  const graph = new Graph(driver, settings.database);
  await migrate(graph);
  if (await databaseIsEmpty(graph)) {
    const report = await seedFromDirectory(graph, SEED_DIR);
    log(`Loaded the seed graph: ${report.articles} articles, ${report.statements} statements.`);
  }

  const isDevelopment = process.env.NODE_ENV !== 'production';
  const port = Number(process.env.PORT ?? 4000);
  const app = await createApp({
    graph,
    isDevelopment,
    apiKey: process.env.API_KEY ?? null,
    limits: limitsFromEnv(),
  });
  await new Promise<void>((resolve, reject) => {
    app.httpServer.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(
              `Port ${port} on 127.0.0.1 is already taken; stop what uses it or set PORT to another port.`,
            )
          : error,
      ),
    );
    app.httpServer.listen(port, '127.0.0.1', resolve);
  });
  log(`GraphQL (Apollo Sandbox): http://localhost:${port}/graphql   health: http://localhost:${port}/health`);
  if (settings.local) {
    log(
      `Neo4j Browser: ${settings.local.browserUrl}  user neo4j, password in ${settings.local.passwordFile}`,
    );
  } else {
    log(`Neo4j: ${settings.uri} (external, from NEO4J_URI)`);
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: draining requests and closing the Neo4j driver…`);
    await app.stop();
    await driver.close();
    log('Stopped. The local Neo4j keeps running; `npm run db:stop` stops it.');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
