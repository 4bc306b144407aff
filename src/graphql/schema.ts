import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../projectRoot';

const SCHEMA_DIR = path.join(PROJECT_ROOT, 'schema');

/** The SDL contract: every schema/*.graphql file, in name order. */
export function loadTypeDefs(): string {
  return fs
    .readdirSync(SCHEMA_DIR)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => fs.readFileSync(path.join(SCHEMA_DIR, file), 'utf8'))
    .join('\n');
}
