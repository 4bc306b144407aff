import fs from 'node:fs';
import path from 'node:path';

/**
 * The repository's root, the nearest directory above this file holding package.json. Found, not
 * counted in `..`s, because this file runs from two depths: src/ under tsx (tests, the CLIs) and
 * dist/server/src/ when compiled (`npm start`, the bench's servers). The schema, the seed, the web
 * build and the Neo4j homes are all found from here.
 */
function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`No package.json above ${from}: where is the project?`);
  }
}

export const PROJECT_ROOT = findRoot(__dirname);
