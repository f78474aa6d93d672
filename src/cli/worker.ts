/**
 * Batch worker thread (dist/cli-worker.js). Receives chunks `{seq, bytes}` (a block of whole
 * input lines, raw UTF-8) and answers `{seq, out}`: one JSON line per input line that is not
 * skipped, in the chunk's order, as UTF-8 bytes it transfers. The main thread neither decodes
 * the input nor encodes the output: it only cuts the input at newlines and writes bytes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { processBlock, type BatchDefaults, type PackedLines } from './batch-line.js';

export interface ChunkRequest {
  seq: number;
  bytes: Uint8Array;
}
export interface ChunkReply {
  seq: number;
  out: PackedLines;
}
export interface WorkerConfig {
  defaults?: BatchDefaults;
  /** JSON-encoded ids to skip (--resume). */
  skip?: string[];
}

const config = (workerData ?? {}) as WorkerConfig;
const defaults = config.defaults ?? {};
const skip = config.skip && config.skip.length > 0 ? new Set(config.skip) : null;

if (!parentPort) {
  console.error('kashif: cli-worker.js runs as a worker thread of `kashif batch`');
  process.exit(2);
}

const port = parentPort;
port.on('message', (msg: ChunkRequest) => {
  const out = processBlock(msg.bytes, defaults, skip);
  const reply: ChunkReply = { seq: msg.seq, out };
  port.postMessage(reply, [out.text.buffer as ArrayBuffer]);
});
