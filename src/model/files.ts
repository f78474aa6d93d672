/**
 * Locating the shipped model files (built by scripts from ../shared/data, see NOTICE.md):
 * next to the bundle (dist/model, where tsup shims __dirname) or in src/model when running
 * from source (jest, tsx). Every loader is lazy: nothing is read until a stage needs it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

declare const __dirname: string | undefined;

function candidates(file: string): string[] {
  const out: string[] = [];
  const dir = typeof __dirname === 'string' ? __dirname : undefined;
  if (dir) {
    out.push(path.join(dir, 'model', file)); // dist/index.js → dist/model
    out.push(path.join(dir, file)); // src/model/files.ts → src/model
    out.push(path.join(dir, '../model', file));
  }
  out.push(path.join(process.cwd(), 'src', 'model', file));
  out.push(path.join(process.cwd(), 'dist', 'model', file));
  return out;
}

/** Path of a model file; throws with the paths tried when it cannot be found. */
export function modelFilePath(file: string): string {
  const tried = candidates(file);
  for (const p of tried) if (existsSync(p)) return p;
  throw new Error(`kashif: model file ${file} not found (tried ${tried.join(', ')})`);
}

/** Read and parse a JSON model file. */
export function readModelFile<T>(file: string): T {
  return JSON.parse(readFileSync(modelFilePath(file), 'utf8')) as T;
}

/** Read a UTF-8 text model file. */
export function readModelText(file: string): string {
  return readFileSync(modelFilePath(file), 'utf8');
}

/** Read a binary model file of little-endian 16-bit integers. */
export function readModelInt16(file: string): Int16Array {
  const buf = readFileSync(modelFilePath(file));
  if (buf.length % 2 !== 0) throw new Error(`kashif: model file ${file} has an odd length`);
  const n = buf.length / 2;
  const out = buf.byteOffset % 2 === 0 && littleEndian() ? new Int16Array(buf.buffer, buf.byteOffset, n) : new Int16Array(n);
  if (out.buffer !== buf.buffer) for (let i = 0; i < n; i++) out[i] = buf.readInt16LE(i * 2);
  return out;
}

function littleEndian(): boolean {
  return new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
}
