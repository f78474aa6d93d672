/**
 * A loaded model: the model files (see manifest.ts) held as a value, and what the tagger,
 * the gazetteer and the word list build from them, built once per model on first use. Nothing
 * here reads a file system or a global: the files come in as strings or bytes.
 */
import { KashifError } from '../errors.js';
import { MODEL_FILES, type ModelFileKind } from './manifest.js';

/**
 * One model file as handed to {@link loadModel}: text (a string, or UTF-8 bytes), bytes
 * (`Uint8Array`, `ArrayBuffer`, any typed array, or a base64 string), or, for a `.json` file,
 * the already parsed object.
 */
export type ModelFileInput = string | ArrayBuffer | ArrayBufferView | Record<string, unknown>;

/** Model files by name (`ner.json`, `ner-rows.i16`, `gazetteer.json`, `words.txt`). */
export type ModelFiles = Readonly<Record<string, ModelFileInput>>;

type Stored = { kind: ModelFileKind; raw: ModelFileInput };

/**
 * The model kashif tags with: the name tagger's weights, the name gazetteer and the corpus
 * word list. Get one from {@link loadModel} (files you fetched or read) or use the model
 * bundled in the package, which `extract` uses by default; pass it with
 * {@link createExtractor}. A model is immutable; what is derived from it is built once, on
 * first use, and kept with it.
 */
export class KashifModel {
  /** Where the files came from (`bundled` or `loadModel`), for messages. */
  readonly origin: string;
  readonly #files: Map<string, Stored>;
  readonly #derived = new Map<string, unknown>();

  /** @internal Use {@link loadModel}. */
  constructor(files: ModelFiles, origin: string) {
    this.origin = origin;
    this.#files = new Map();
    for (const [name, kind] of Object.entries(MODEL_FILES) as Array<[string, ModelFileKind]>) {
      const raw = files[name];
      if (raw === undefined || raw === null) throw new KashifError('MODEL_INVALID', `kashif model (${origin}): file ${name} is missing`);
      this.#files.set(name, { kind, raw });
    }
  }

  /** @internal A model file as text (UTF-8). */
  text(name: string): string {
    const f = this.#file(name);
    if (typeof f.raw === 'string') return f.raw;
    const bytes = asBytes(f.raw);
    if (!bytes) throw this.#invalid(name, 'expected text');
    return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  }

  /** @internal A `.json` model file, parsed (or as handed in, when it was an object). */
  json<T>(name: string): T {
    const f = this.#file(name);
    if (typeof f.raw === 'object' && !asBytes(f.raw)) return f.raw as T;
    const text = this.text(name);
    try {
      return JSON.parse(text) as T;
    } catch (e) {
      throw this.#invalid(name, `not JSON (${(e as Error).message})`);
    }
  }

  /** @internal A binary model file as bytes (a base64 string is decoded). */
  bytes(name: string): Uint8Array {
    const f = this.#file(name);
    if (typeof f.raw === 'string') {
      const b = decodeBase64Native(f.raw) ?? decodeBase64(f.raw);
      if (!b) throw this.#invalid(name, 'not base64');
      return b;
    }
    const bytes = asBytes(f.raw);
    if (!bytes) throw this.#invalid(name, 'expected bytes');
    return bytes;
  }

  /** @internal A binary model file of little-endian 16-bit integers. */
  int16(name: string): Int16Array {
    const b = this.bytes(name);
    if (b.length % 2 !== 0) throw this.#invalid(name, `odd length ${b.length}`);
    const n = b.length / 2;
    if (b.byteOffset % 2 === 0 && LITTLE_ENDIAN) return new Int16Array(b.buffer, b.byteOffset, n);
    const out = new Int16Array(n);
    const view = new DataView(b.buffer, b.byteOffset, b.length);
    for (let i = 0; i < n; i++) out[i] = view.getInt16(i * 2, true);
    return out;
  }

  /**
   * @internal What a module builds from the files (the tagger, the gazetteer …), built on the
   * first call and kept with this model. A failure is a `MODEL_INVALID` {@link KashifError}
   * (and is not kept: the next call tries again).
   */
  derive<T>(key: string, build: (model: KashifModel) => T): T {
    if (this.#derived.has(key)) return this.#derived.get(key) as T;
    let value: T;
    try {
      value = build(this);
    } catch (e) {
      if (e instanceof KashifError) throw e;
      throw new KashifError('MODEL_INVALID', `kashif model (${this.origin}): cannot build ${key}: ${(e as Error)?.message ?? String(e)}`);
    }
    this.#derived.set(key, value);
    return value;
  }

  /** @internal A model-file error naming the file. */
  invalid(name: string, why: string): KashifError {
    return this.#invalid(name, why);
  }

  #file(name: string): Stored {
    const f = this.#files.get(name);
    if (!f) throw new KashifError('MODEL_INVALID', `kashif model (${this.origin}): no file ${name} in the manifest`);
    return f;
  }

  #invalid(name: string, why: string): KashifError {
    return new KashifError('MODEL_INVALID', `kashif model (${this.origin}): file ${name}: ${why}`);
  }
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function asBytes(x: unknown): Uint8Array | null {
  if (x instanceof Uint8Array) return x;
  if (x instanceof ArrayBuffer) return new Uint8Array(x);
  if (ArrayBuffer.isView(x)) return new Uint8Array(x.buffer, x.byteOffset, x.byteLength);
  return null;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * The runtime's own base64 decoder when it has one (`Uint8Array.fromBase64`, or Node's and
 * Bun's `Buffer`): several times faster than the portable decoder below on the 600 KB of the
 * tagger's rows, with the same bytes. Undefined where there is none, or for a string that is
 * not base64 (which the portable decoder then reports).
 */
function decodeBase64Native(s: string): Uint8Array | undefined {
  let n = s.length;
  while (n > 0 && s.charCodeAt(n - 1) === 0x3d) n--;
  if (n % 4 === 1 || s.length - n > 2) return undefined;
  const U8 = Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array };
  if (typeof U8.fromBase64 === 'function') return BASE64.test(s) ? U8.fromBase64(s) : undefined;
  const B = (globalThis as { Buffer?: { from(s: string, enc: 'base64'): Uint8Array } }).Buffer;
  if (typeof B?.from !== 'function') return undefined;
  // Buffer skips characters outside the alphabet and stops at a '=' inside, so a string that
  // is not base64 decodes to fewer bytes than its length implies (each skipped character
  // loses at least one): the length check replaces a regular expression over the whole
  // string (11 ms of cold start on the 3.6 MB of the tagger's rows). Buffer also reads the
  // base64url alphabet, which the standard one (and the portable decoder) rejects.
  if (s.indexOf('-') >= 0 || s.indexOf('_') >= 0) return undefined;
  const out = B.from(s, 'base64');
  return out.length === ((n * 3) / 4 | 0) ? out : undefined;
}

const B64 = new Int16Array(128).fill(-1);
for (let i = 0; i < 64; i++) B64['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.charCodeAt(i)] = i;

/** Standard base64 (padding optional) → bytes; null when the string is not base64. */
export function decodeBase64(s: string): Uint8Array | null {
  let n = s.length;
  while (n > 0 && s.charCodeAt(n - 1) === 0x3d) n--;
  if (n % 4 === 1) return null;
  const out = new Uint8Array(((n * 3) / 4) | 0);
  let o = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const v = c < 128 ? B64[c] : -1;
    if (v < 0) return null;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}
