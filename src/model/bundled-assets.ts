/**
 * The shipped model files, for the code run from source (jest, tsx): read from this folder,
 * next to this module (never from the working directory). The build (tsup.config.ts) replaces
 * this module with dist/model-data.cjs, the same files inlined as strings, so the published
 * library reads no file system.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KashifError } from '../errors.js';
import { MODEL_FILES } from './manifest.js';

declare const __dirname: string;

const files: Record<string, string | Uint8Array> = {};
for (const [name, kind] of Object.entries(MODEL_FILES)) {
  Object.defineProperty(files, name, {
    enumerable: true,
    get(): string | Uint8Array {
      const path = join(__dirname, name);
      let buf: Buffer;
      try {
        buf = readFileSync(path);
      } catch (e) {
        throw new KashifError('MODEL_INVALID', `kashif model (source): cannot read ${path}: ${(e as Error).message}`);
      }
      return kind === 'text' ? buf.toString('utf8') : new Uint8Array(buf.buffer, buf.byteOffset, buf.length);
    },
  });
}

export default files;
