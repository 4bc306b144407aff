import { createDriver, ensureDevNeo4j } from './db/connection';
import { Graph } from './db/graph';
import { migrate } from './db/migrations';
import { createApp } from './http/app';
import { settingsFromEnv } from './http/settings';
import { configureLog, log as logLine } from './log';
import { SEED_DIR } from './seed/paths';
import { databaseIsEmpty, seedFromDirectory } from './seed/load';

/**
 * `npm start`: brings up the local Neo4j if needed (or uses NEO4J_URI), applies migrations, loads the
 * seed into an empty database, and serves GraphQL. Ctrl-C drains requests and closes the driver; the
 * local Neo4j keeps running (stop it with `npm run db:stop`).
 */
async function main(): Promise<void> {
  // Configuration errors stop start-up before anything else happens.
  const settings = settingsFromEnv();
  configureLog({ json: settings.jsonLogs });
  const log = (line: string) => logLine.info(line);
  const neo4jSettings = await ensureDevNeo4j(log);
  const driver = createDriver(neo4jSettings);
  const graph = new Graph(driver, neo4jSettings.database);
  await migrate(graph);
  if (await databaseIsEmpty(graph)) {
    const report = await seedFromDirectory(graph, SEED_DIR);
    log(`Loaded the seed graph: ${report.articles} articles, ${report.statements} statements.`);
  }

  const { isDevelopment } = settings;
  const port = Number(process.env.PORT ?? 4000);
  const app = await createApp({ graph, isDevelopment, apiKey: process.env.API_KEY ?? null, settings });
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
  const landing = isDevelopment ? 'Apollo Sandbox' : 'production: local landing page, no introspection';
  log(`GraphQL (${landing}): http://localhost:${port}/graphql   health: http://localhost:${port}/health`);
  if (neo4jSettings.local) {
    log(
      `Neo4j Browser: ${neo4jSettings.local.browserUrl}  user neo4j, password in ${neo4jSettings.local.passwordFile}`,
    );
  } else {
    log(`Neo4j: ${neo4jSettings.uri} (external, from NEO4J_URI)`);
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
