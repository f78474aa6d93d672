/**
 * Options are read once, defensively, into plain data before zod sees them. Whatever the
 * caller passes (a throwing getter, a Proxy, a revoked Proxy, a Date or Map or class
 * instance, a cycle), the result is a plain copy or a KashifError INVALID_OPTIONS; no foreign
 * exception escapes and nothing is read twice (a getter cannot answer differently later).
 */
import type { KashifModel } from '../model/model.js';
import { wordsOf } from '../text/lexicon.js';
import { ExtractOptionsSchema, type ResolvedExtractOptions } from '../schema/options.js';
import { KashifError } from '../errors.js';
import { resolveNormalizeOptions } from '../text/normalize.js';
import { CompiledGazetteer, gazetteerFor } from '../recognizers/names/user-gazetteer.js';

/** Nesting deeper than this is not an options object (gazetteer entry → text array is 3). */
const MAX_DEPTH = 8;

const describe = (v: unknown): string => {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v;
};

function invalid(path: string, message: string): KashifError {
  return new KashifError('INVALID_OPTIONS', `invalid options: ${path || '(root)'}: ${message}`);
}

/**
 * A plain copy of `value`: primitives as they are, arrays and plain objects (prototype
 * Object.prototype or null) copied key by key through their own property descriptors; a Date
 * where `path` is `referenceDate`, and a compiled gazetteer where it is `gazetteer`, are kept
 * (the Date as a fresh copy). Anything else is INVALID_OPTIONS.
 */
export function readPlain(value: unknown, path = '', depth = 0): unknown {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
  if (typeof value === 'function') throw invalid(path, 'a function is not an option value');
  if (depth > MAX_DEPTH) throw invalid(path, 'nested too deeply (or a cycle)');
  let result: unknown;
  let failure: KashifError | null = null;
  try {
    result = copy(value as object, path, depth);
  } catch (e) {
    // Anything a hostile object throws from a trap or a getter becomes INVALID_OPTIONS;
    // our own errors pass through with their message.
    if (e instanceof KashifError) throw e;
    failure = invalid(path, `could not be read (${e instanceof Error ? e.message : String(e)})`);
  }
  if (failure) throw failure;
  return result;
}

function copy(value: object, path: string, depth: number): unknown {
  if (path === 'gazetteer' && value instanceof CompiledGazetteer) return value;
  if (path === 'referenceDate' && value instanceof Date) {
    return new Date(Date.prototype.getTime.call(value)); // throws on a fake Date: INVALID_OPTIONS
  }
  if (Array.isArray(value)) {
    const lenDesc = Object.getOwnPropertyDescriptor(value, 'length');
    const n = lenDesc && 'value' in lenDesc ? (lenDesc.value as number) : NaN;
    if (!Number.isSafeInteger(n) || n < 0) throw invalid(path, 'an array with an unreadable length');
    const out: unknown[] = new Array(n);
    for (let i = 0; i < n; i++) out[i] = readPlain(own(value, String(i), `${path}[${i}]`), `${path}[${i}]`, depth + 1);
    return out;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    const name = typeof proto?.constructor === 'function' && typeof proto.constructor.name === 'string' ? proto.constructor.name : 'an object';
    throw invalid(path, `expected a plain object, got ${name || 'an object'}`);
  }
  const out: Record<string, unknown> = {};
  for (const k of Reflect.ownKeys(value)) {
    if (typeof k === 'symbol') continue;
    const p = path ? `${path}.${k}` : k;
    const v = own(value, k, p);
    if (v === undefined) continue; // `{ referenceDate: undefined }` means the default
    Object.defineProperty(out, k, { value: readPlain(v, p, depth + 1), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** One own property, read once: a data property's value, or one call of its getter. */
function own(obj: object, key: string, path: string): unknown {
  const d = Object.getOwnPropertyDescriptor(obj, key);
  if (!d) return undefined;
  if ('value' in d) return d.value;
  if (typeof d.get !== 'function') return undefined;
  try {
    return d.get.call(obj);
  } catch (e) {
    throw invalid(path, `its getter threw (${e instanceof Error ? e.message : String(e)})`);
  }
}

/**
 * Validate options once; extract() and batch callers share it. A user gazetteer is compiled
 * here, its forms tokenised with the word list of the model the call runs with (the bundled
 * one when none is given).
 */
export function parseOptions(options: unknown, model?: KashifModel): ResolvedExtractOptions {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new KashifError('INVALID_OPTIONS', `options must be an object, got ${describe(options)}`);
  }
  const plain = readPlain(options ?? {}); // a revoked Proxy fails here, inside the guarded read
  if (Array.isArray(plain)) throw new KashifError('INVALID_OPTIONS', 'options must be an object, got an array');
  const parsed = ExtractOptionsSchema.safeParse(plain);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new KashifError('INVALID_OPTIONS', `invalid options: ${detail}`, parsed.error.issues);
  }
  const opts = parsed.data;
  // Compile the user gazetteer once per call (or reuse the caller's compiled form).
  if (opts.gazetteer.length > 0) opts.gazetteer = gazetteerFor(opts.gazetteer, resolveNormalizeOptions(opts.normalize), model && wordsOf(model));
  return opts;
}
