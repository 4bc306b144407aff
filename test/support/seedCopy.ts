import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SEED_DIR } from '../../src/seed/paths';

/** A throw-away copy of seed/ that a test may break. */
export function copySeed(): {
  dir: string;
  edit: (file: string, change: (text: string) => string) => void;
  remove: () => void;
} {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-'));
  fs.cpSync(SEED_DIR, dir, { recursive: true });
  return {
    dir,
    edit: (file, change) => {
      const full = path.join(dir, file);
      fs.writeFileSync(full, change(fs.readFileSync(full, 'utf8')));
    },
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
