import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { LIB_DIR, POM } from './instances';
import { LocalNeo4jError } from './errors';

/** The marker names the pom's content, so editing the pom (a version bump) re-resolves the jars. */
function markerFile(): string {
  const pom = fs.readFileSync(POM, 'utf8');
  const version = /<neo4j\.version>([^<]+)</.exec(pom)?.[1] ?? 'unknown';
  const browser = /<neo4j-browser\.version>([^<]+)</.exec(pom)?.[1] ?? 'unknown';
  return path.join(LIB_DIR, `.resolved-${version}-browser-${browser}`);
}

function requireCommand(command: string, args: string[], what: string): void {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new LocalNeo4jError(
      `${what} is required to run the local Neo4j but \`${command}\` was not found or failed. ` +
        `Install it (Debian: apt-get install ${command === 'java' ? 'openjdk-17-jre-headless' : 'maven'}), ` +
        'or point NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD at a Neo4j server you already have.',
    );
  }
}

function javaMajorVersion(): number {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  const match = /version "(\d+)/.exec(`${result.stderr}${result.stdout}`);
  return match?.[1] ? Number(match[1]) : 0;
}

/**
 * Neo4j is not a Debian package and there is no Docker here, so its jars come from Maven Central.
 * Resolving them is idempotent: once the marker exists this returns at once.
 */
export function ensureJars(log: (line: string) => void): void {
  requireCommand('java', ['-version'], 'Java 17 or newer');
  const major = javaMajorVersion();
  if (major < 17) {
    throw new LocalNeo4jError(`Neo4j 5.26 needs Java 17 or newer; \`java -version\` reports ${major}.`);
  }
  const marker = markerFile();
  if (fs.existsSync(marker)) return;
  requireCommand('mvn', ['-v'], 'Apache Maven');
  log('Resolving Neo4j jars from Maven Central into .neo4j/lib (first run only)…');
  fs.rmSync(LIB_DIR, { recursive: true, force: true });
  try {
    execFileSync('mvn', ['-q', '-B', '-Dstyle.color=never', '-f', POM, 'dependency:copy-dependencies'], {
      stdio: 'inherit',
    });
  } catch (error) {
    throw new LocalNeo4jError(
      `Maven could not resolve the Neo4j jars (${String(error)}); see its output above.`,
    );
  }
  fs.writeFileSync(marker, new Date().toISOString());
}
