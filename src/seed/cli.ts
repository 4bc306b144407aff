
import { createDriver, ensureDevNeo4j } from '../db/connection';
import { Graph } from '../db/graph';
import { migrate } from '../db/migrations';
import { graphCounts, loadSeed } from './load';
import { SEED_DIR } from './paths';
import { SeedInvalidError, loadSeedFiles } from './validate';

/** `npm run seed`: validate everything first (writing nothing if anything is wrong), then load. */
async function main(): Promise<void> {
  // Validated before anything starts: wrong files fail fast and nothing is written.
  const seed = loadSeedFiles(SEED_DIR);
  const settings = await ensureDevNeo4j((line) => console.info(line));
  const driver = createDriver(settings);
  try {
    const graph = new Graph(driver, settings.database);
    await migrate(graph);
    const report = await loadSeed(graph, seed);
    const counts = await graphCounts(graph);
    console.info(
      `Loaded ${report.articles} articles: ${report.statements} statements, ${report.claims} casualty-claim reports, ` +
        `${report.roles} role mentions, ${report.mentions} event mentions; ${seed.actors.length} actors, ` +
        `${seed.places.length} places, ${seed.events.length} events.`,
    );
    console.info(`The graph now holds: ${JSON.stringify(counts.labels)}, ${counts.relationships} relationships.`);
  } finally {
    await driver.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof SeedInvalidError ? error.message : error);
  process.exitCode = 1;
});
