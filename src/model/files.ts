/**
 * Locating the shipped model files: next to the bundle (dist/model, where tsup shims
 * __dirname) or in src/model when running from source (jest, tsx).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

declare const __dirname: string | undefined;

function candidates(file: string): string[] {
  const out: string[] = [];
  const dir = typeof __dirname === 'string' ? __dirname : undefined;
  if (dir) {
    out.push(path.join(dir, 'model', file));
    out.push(path.join(dir, '../../model', file));
    out.push(path.join(dir, '../model', file));
  }
  out.push(path.join(process.cwd(), 'src', 'model', file));
  out.push(path.join(process.cwd(), 'dist', 'model', file));
  return out;
}

/** Read and parse a model file; throws with the paths tried when it cannot be found. */
export function readModelFile<T>(file: string): T {
  const tried = candidates(file);
  for (const p of tried) {
    if (existsSync(p)) return JSON.parse(readFileSync(p, 'utf8')) as T;
  }
  throw new Error(`kashif: model file ${file} not found (tried ${tried.join(', ')})`);
}
