/**
 * `extractMany` and `extractJsonLines` for Node: the same lines as the core `extractMany`
 * (src/batch/extract-many.ts), spread over a pool of worker threads (dist/cli-worker.js).
 */
import { join } from 'node:path';
import os from 'node:os';
import { parseOptions } from '../pipeline/extract.js';
import { KashifError } from '../errors.js';
import type { BatchLine } from '../schema/batch.js';
import { processRecord, errorLine, idOf, type BatchDefaults } from '../batch/record.js';
import { checkSource, itemRecord, type ExtractManySource } from '../batch/extract-many.js';
import { orderedPool, type PoolStats, type WorkerReply } from './pool.js';
import { readBlocks, type Block } from './lines.js';
import { processBlock, failedBlock, type PackedLines } from './packed.js';
import type { WorkerConfig } from './worker.js';

/** How the work is spread; the rest of the options are the extract defaults for every item. */
export interface PoolSettings {
  /** Threads that process items: 1 (default) = the calling thread only; N > 1 = min(N, available cores) threads, the calling one and N - 1 worker threads. */
  workers?: number;
  /** Items (or lines) per block sent to a worker (default 32). */
  chunkSize?: number;
  /** Bound on blocks dispatched but not yet yielded (default 8 per worker). */
  maxInFlight?: number;
  /** The worker script (default: cli-worker.js next to this bundle). */
  workerPath?: string | URL;
  /** Filled in with where the blocks went (calling thread, workers, failed). */
  stats?: PoolStats;
  /**
   * Start the worker threads only once the calling thread has done this much input itself:
   * bytes of JSON Lines for `extractJsonLines`, UTF-16 code units of text for `extractMany`
   * (default 512 KB / 256 K): a small job is done before threads would have started.
   */
  startAfterBytes?: number;
}

export type NodeExtractManyOptions = BatchDefaults & PoolSettings;

const DEFAULT_CHUNK = 32;
const DEFAULT_CHUNK_BYTES = 1 << 18;
/** Input the calling thread does itself before threads start: 512 KB of JSON Lines, or 256 K code units of text. */
const DEFAULT_START_BYTES = 1 << 19;
const DEFAULT_START_RECORDS = 1 << 18;

function textSize(items: unknown[]): number {
  let n = 0;
  for (const item of items) {
    if (typeof item === 'string') n += item.length;
    else if (item !== null && typeof item === 'object' && typeof (item as Record<string, unknown>).text === 'string') n += ((item as Record<string, unknown>).text as string).length;
  }
  return n;
}

/** Threads to use for a requested count: never more than the machine's cores. */
export function workerCount(requested: number | undefined): number {
  const n = requested ?? 1;
  if (!Number.isInteger(n) || n < 1) throw new KashifError('INVALID_OPTIONS', `workers must be a positive integer, got ${String(n)}`);
  if (n === 1) return 1;
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(cores, n));
}

function positive(name: string, v: number | undefined, fallback: number): number {
  if (v === undefined) return fallback;
  if (!Number.isInteger(v) || v < 1) throw new KashifError('INVALID_OPTIONS', `${name} must be a positive integer, got ${String(v)}`);
  return v;
}

function split(options: NodeExtractManyOptions): { defaults: BatchDefaults; workers: number; chunk: number; maxInFlight: number | undefined; workerPath: string | URL; stats: PoolStats | undefined; startAfter: number } {
  if (options === null || typeof options !== 'object') throw new KashifError('INVALID_OPTIONS', 'options must be an object');
  const { workers, chunkSize, maxInFlight, workerPath, stats, startAfterBytes, ...defaults } = options;
  parseOptions(defaults);
  const n = workerCount(workers);
  return {
    defaults: { ...defaults },
    workers: n,
    chunk: positive('chunkSize', chunkSize, DEFAULT_CHUNK),
    maxInFlight: maxInFlight === undefined ? undefined : positive('maxInFlight', maxInFlight, 1),
    // `__dirname` is shimmed by tsup in the ESM build (and is plain CommonJS in the CJS build and in jest).
    workerPath: workerPath ?? join(__dirname, 'cli-worker.js'),
    stats,
    startAfter: startAfterBytes ?? DEFAULT_START_RECORDS,
  };
}

interface ItemBlock {
  items: unknown[];
  firstLine: number;
}

async function* itemBlocks(source: ExtractManySource, size: number): AsyncGenerator<ItemBlock> {
  let items: unknown[] = [];
  let firstLine = 1;
  for await (const item of source) {
    items.push(item);
    if (items.length >= size) {
      yield { items, firstLine };
      firstLine += items.length;
      items = [];
    }
  }
  if (items.length > 0) yield { items, firstLine };
}

/**
 * `extractMany` with worker threads: one `BatchLine` per item, in input order, the same lines as
 * the core version. Items are pulled as the pool needs them (memory stays bounded).
 */
export function extractMany(source: ExtractManySource, options: NodeExtractManyOptions = {}): AsyncGenerator<BatchLine, void, undefined> {
  checkSource(source);
  const s = split(options);
  const local = (b: ItemBlock): BatchLine[] => b.items.map((item, i) => processRecord(itemRecord(item), b.firstLine + i, s.defaults));
  return (async function* run() {
    if (s.workers <= 1) {
      let line = 0;
      for await (const item of source) yield processRecord(itemRecord(item), ++line, s.defaults);
      return;
    }
    const config: WorkerConfig = { defaults: s.defaults };
    for await (const lines of orderedPool(itemBlocks(source, s.chunk), {
      workers: s.workers,
      workerPath: s.workerPath,
      workerData: config,
      maxInFlight: s.maxInFlight ?? s.workers * 8,
      stats: s.stats,
      startAfter: s.startAfter,
      sizeOf: (b) => textSize(b.items),
      local,
      request: (b) => ({ message: { kind: 'records', items: b.items, firstLine: b.firstLine } }),
      reply: (m: WorkerReply) => m.out as BatchLine[],
      failed: (b, why) => b.items.map((item, i) => errorLine(idOf(itemRecord(item)), b.firstLine + i, 'INTERNAL', `worker failed: ${why}`)),
    })) {
      yield* lines;
    }
  })();
}

export interface JsonLinesOptions extends PoolSettings {
  /** Extract defaults for every line (a line's own referenceDate / forwardDates win). */
  defaults?: BatchDefaults;
  /** Leave out the first N input lines (resume after them); line numbers still count them. */
  skipLines?: number;
  /** Close a block once it holds this many bytes (default 256 KB). */
  chunkBytes?: number;
}

/** One block of output: JSON lines as UTF-8 bytes, with counts and the input bytes read so far. */
export interface JsonLinesBlock extends PackedLines {
  bytesRead: number;
}

/**
 * JSON Lines bytes in (a file or stdin stream: any async iterable of byte chunks), output JSON
 * Lines bytes out: exactly one line per input line (a BOM at the start dropped), in input
 * order, each the `BatchLine` of that line. With workers > 1 the calling thread only cuts the
 * input at newlines and hands over bytes: the workers decode, extract and encode.
 */
export function extractJsonLines(input: AsyncIterable<Uint8Array | string>, options: JsonLinesOptions = {}): AsyncGenerator<JsonLinesBlock, void, undefined> {
  const defaults = { ...(options.defaults ?? {}) };
  parseOptions(defaults);
  const workers = workerCount(options.workers);
  const chunkLines = positive('chunkSize', options.chunkSize, DEFAULT_CHUNK);
  const chunkBytes = positive('chunkBytes', options.chunkBytes, DEFAULT_CHUNK_BYTES);
  const skipLines = options.skipLines ?? 0;
  const workerPath = options.workerPath ?? join(__dirname, 'cli-worker.js');
  const blocks = readBlocks(input, chunkLines, chunkBytes, { skipLines });
  const local = (b: Block): JsonLinesBlock => ({ ...processBlock(b.bytes, b.firstLine, defaults), bytesRead: b.bytesRead });
  return (async function* run() {
    if (workers <= 1) {
      for await (const b of blocks) yield local(b);
      return;
    }
    const config: WorkerConfig = { defaults };
    yield* orderedPool(blocks, {
      workers,
      workerPath,
      workerData: config,
      maxInFlight: options.maxInFlight ?? workers * 8,
      stats: options.stats,
      startAfter: options.startAfterBytes ?? DEFAULT_START_BYTES,
      sizeOf: (b) => b.bytes.byteLength,
      local,
      // Copied, not transferred: this thread keeps the block until the answer comes, to answer for it if the worker dies.
      request: (b) => ({ message: { kind: 'jsonl', bytes: b.bytes, firstLine: b.firstLine } }),
      reply: (m: WorkerReply, b) => ({ ...(m.out as PackedLines), bytesRead: b.bytesRead }),
      failed: (b, why) => ({ ...failedBlock(b.bytes, b.firstLine, 'INTERNAL', `worker failed: ${why}`), bytesRead: b.bytesRead }),
    });
  })();
}
