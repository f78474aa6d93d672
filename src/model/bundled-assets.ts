/**
 * The shipped model files, for the code run from source (jest, tsx): read from this folder,
 * next to this module (never from the working directory), on the first call. The build
 * (tsup.config.ts) replaces this module with dist/model-files.cjs, whose function requires
 * dist/model-data.cjs (the same files inlined as strings) on that first call, so the published
 * library reads no file system and parses no model data at import.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KashifError } from '../errors.js';
import { MODEL_FILES } from './manifest.js';

declare const __dirname: string | undefined;

/**
 * This module's folder. Under jest (CommonJS) that is `__dirname`; under tsx (ESM: the
 * training and build scripts) there is no `__dirname`, and `import.meta` cannot appear in a
 * file jest compiles to CommonJS, so the module's own file URL is read from a stack frame.
 */
function hereDir(): string {
  if (typeof __dirname === 'string') return __dirname;
  const m = /((?:file:\/\/)?(?:\/|[A-Za-z]:[\\/])[^\s()]*?)[\\/]bundled-assets\.[cm]?[jt]s/.exec(new Error().stack ?? '');
  if (m) return m[1].startsWith('file:') ? fileURLToPath(m[1]) : m[1];
  throw new KashifError('MODEL_INVALID', 'kashif model (source): cannot locate src/model');
}

/** The model files by name: text as a string, binary as bytes (each read when first asked for). */
export default function bundledFiles(): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = {};
  for (const [name, kind] of Object.entries(MODEL_FILES)) {
    Object.defineProperty(files, name, {
      enumerable: true,
      get(): string | Uint8Array {
        const path = join(hereDir(), name);
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
  return files;
}
