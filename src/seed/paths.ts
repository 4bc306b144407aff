import path from 'node:path';
import { PROJECT_ROOT } from '../projectRoot';

export const SEED_DIR = path.join(PROJECT_ROOT, 'seed');
