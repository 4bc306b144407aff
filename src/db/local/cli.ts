import { externalSettings } from '../connection';
import { LocalNeo4jError } from './errors';
import { INSTANCES, type InstanceName, instancePaths } from './instances';
import { connectionOf, runningPid, startLocal, stopLocal } from './server';

/**
 * `npm run db:start | db:stop | db:status [-- dev|test|bench]`: the local Neo4j servers. All three
 * are idempotent. With NEO4J_URI set the project uses that server and starts none of its own.
 */
async function main(): Promise<void> {
  const [command, which = 'dev'] = process.argv.slice(2);
  if (!(which in INSTANCES)) throw new LocalNeo4jError(`Unknown instance ${which}; use dev, test or bench.`);
  const instance = INSTANCES[which as InstanceName];
  const external = externalSettings();
  if (external && which === 'dev' && command !== 'status') {
    console.info(
      `NEO4J_URI is set (${external.uri}): the project uses that server and starts none of its own.`,
    );
    return;
  }
  const log = (line: string) => console.info(line);
  switch (command) {
    case 'start': {
      const connection = await startLocal(instance, log);
      console.info(`Neo4j (${which}) is up at ${connection.uri}`);
      console.info(`Browser: ${connection.browserUrl}  user: neo4j  password: in ${connection.passwordFile}`);
      return;
    }
    case 'stop':
      console.info(
        (await stopLocal(instance, log)) ? `Neo4j (${which}) stopped.` : `Neo4j (${which}) was not running.`,
      );
      return;
    case 'status': {
      if (external) console.info(`NEO4J_URI is set: the app uses ${external.uri}.`);
      for (const each of Object.values(INSTANCES)) {
        const pid = runningPid(each);
        const where = `bolt://127.0.0.1:${each.boltPort}, http://localhost:${each.httpPort}/browser/`;
        console.info(
          `${each.name.padEnd(5)} ${pid ? `running (pid ${pid})` : 'stopped'}  ${where}  home ${instancePaths(each).home}` +
            (pid ? `  password in ${connectionOf(each).passwordFile}` : ''),
        );
      }
      return;
    }
    default:
      throw new LocalNeo4jError('Usage: db:start | db:stop | db:status [dev|test|bench]');
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
