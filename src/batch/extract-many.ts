/**
 * `extractMany`: many texts in, one batch line per item out, in input order. The core version:
 * sequential, free of Node built-ins (browsers, web workers, edge runtimes). `kashif/node` has
 * the same function with a pool of worker threads.
 */
import { parseOptions } from '../pipeline/extract.js';
import { KashifError } from '../errors.js';
import type { BatchLine } from '../schema/batch.js';
import { processRecord, type BatchDefaults } from './record.js';

/**
 * An item: the text itself, or a record `{id?, text, referenceDate?, forwardDates?}` (see
 * `BatchInputSchema`). Anything else still gets its line: an INVALID_INPUT error line.
 */
export type ExtractManyItem = string | Readonly<Record<string, unknown>>;
/** What `extractMany` reads: any iterable or async iterable of items, consumed in order. */
export type ExtractManySource = Iterable<ExtractManyItem> | AsyncIterable<ExtractManyItem>;

/** An item as a record: a bare string is `{ id: null, text }`. */
export function itemRecord(item: unknown): unknown {
  return typeof item === 'string' ? { id: null, text: item } : item;
}

/** Throws INVALID_INPUT unless `source` is iterable or async-iterable. */
export function checkSource(source: unknown): void {
  const s = source as { [Symbol.iterator]?: unknown; [Symbol.asyncIterator]?: unknown } | null;
  if (s === null || s === undefined || (typeof s !== 'object' && typeof s !== 'function') || (typeof s[Symbol.iterator] !== 'function' && typeof s[Symbol.asyncIterator] !== 'function')) {
    throw new KashifError('INVALID_INPUT', 'extractMany expects an iterable or an async iterable of texts or {id, text} records');
  }
}

/**
 * Extract from every item of `source`, yielding one `BatchLine` per item in input order: the
 * result with the item's `id` and 1-based `line`, or an error line (`{id, line, error}`) for an
 * item that cannot be processed. `options` are the defaults for every item (validated at once:
 * bad options throw `KashifError` INVALID_OPTIONS); an item's own `referenceDate` and
 * `forwardDates` win. Items are pulled one at a time, so memory does not grow with the source.
 */
export function extractMany(source: ExtractManySource, options: BatchDefaults = {}): AsyncGenerator<BatchLine, void, undefined> {
  checkSource(source);
  parseOptions(options);
  const defaults = { ...options };
  return (async function* run() {
    let line = 0;
    for await (const item of source) yield processRecord(itemRecord(item), ++line, defaults);
  })();
}

/** `extractMany` over a synchronous iterable, as a synchronous generator. */
export function extractManySync(source: Iterable<ExtractManyItem>, options: BatchDefaults = {}): Generator<BatchLine, void, undefined> {
  const s = source as { [Symbol.iterator]?: unknown } | null;
  if (s === null || s === undefined || typeof s[Symbol.iterator] !== 'function') {
    throw new KashifError('INVALID_INPUT', 'extractManySync expects an iterable of texts or {id, text} records');
  }
  parseOptions(options);
  const defaults = { ...options };
  return (function* run() {
    let line = 0;
    for (const item of source) yield processRecord(itemRecord(item), ++line, defaults);
  })();
}
