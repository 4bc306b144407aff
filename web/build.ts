import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Builds the explorer when its build is missing or stale, so a fresh clone's `npm ci && npm start`
 * serves it (npm start runs this as `prestart`). Stale means: the hash of everything the build reads
 * (web/ and the lockfile) differs from the hash the last build recorded. Hashing contents rather than
 * comparing times keeps a fresh clone, whose files are all new, from looking up to date.
 */
const ROOT = path.resolve(__dirname, '..');
const WEB = path.join(ROOT, 'web');
const DIST = path.join(ROOT, 'dist', 'web');
const STAMP = path.join(DIST, '.inputs-hash');

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? filesUnder(full) : [full];
    })
    .sort();
}

export function inputsHash(): string {
  const hash = createHash('sha256');
  for (const file of [...filesUnder(WEB), path.join(ROOT, 'package-lock.json')]) {
    hash.update(path.relative(ROOT, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

export function explorerBuildIsFresh(): boolean {
  return (
    fs.existsSync(path.join(DIST, 'index.html')) &&
    fs.existsSync(STAMP) &&
    fs.readFileSync(STAMP, 'utf8') === inputsHash()
  );
}

/** Runs `vite build` unless the build is fresh; throws when the build fails. */
export function ensureExplorerBuild(log: (line: string) => void = console.info): void {
  if (explorerBuildIsFresh()) return;
  log('Building the explorer (web/ → dist/web)…');
  const hash = inputsHash();
  const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(
    process.execPath,
    [vite, 'build', '--config', path.join(WEB, 'vite.config.mts'), '--logLevel', 'warn'],
    // Always a production bundle, also when the tests (NODE_ENV=test) ask for the build.
    { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } },
  );
  if (result.status !== 0) throw new Error(`The explorer build failed (vite exited with ${result.status}).`);
  fs.writeFileSync(STAMP, hash);
}

if (require.main === module) {
  try {
    ensureExplorerBuild();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
