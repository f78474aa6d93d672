/**
 * `kashif/node`: everything in the core entry, plus the batch API with a pool of worker threads
 * (the worker script, cli-worker.js, must sit next to this bundle).
 */
export * from '../index.js';
export { extractMany, extractJsonLines, workerCount, type NodeExtractManyOptions, type PoolSettings, type JsonLinesOptions, type JsonLinesBlock } from './extract-many.js';
export type { PoolStats } from './pool.js';
