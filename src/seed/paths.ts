import path from 'node:path';
import { PROJECT_ROOT } from '../db/local/instances';

export const SEED_DIR = path.join(PROJECT_ROOT, 'seed');
