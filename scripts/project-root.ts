import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The kashif checkout the script runs from (dist/scripts/… or scripts/…), else the cwd. */
export function findRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    const pj = join(dir, 'package.json');
    if (existsSync(pj)) {
      try {
        if ((JSON.parse(readFileSync(pj, 'utf8')) as { name?: string }).name === 'kashif') return dir;
      } catch {
        /* keep looking */
      }
    }
    dir = dirname(dir);
  }
  return process.cwd();
}
