/**
 * The batch worker thread (built as dist/cli-worker.js, next to the Node entry and the CLI).
 * Posts `{ready: true}` once loaded, then answers each request `{seq, …}`:
 * - `{kind: 'jsonl', bytes, firstLine}`: a block of whole JSON Lines (raw UTF-8) → `{seq, out}`
 *   with `out` the output lines as UTF-8 bytes (transferred), so the main thread neither
 *   decodes the input nor encodes the output;
 * - `{kind: 'records', items, firstLine}`: `extractMany` items → `{seq, out}` with `out` their
 *   batch lines (structured clone).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { processRecord, type BatchDefaults } from '../batch/record.js';
import { itemRecord } from '../batch/extract-many.js';
import { processBlock } from './packed.js';

export interface WorkerConfig {
  defaults?: BatchDefaults;
}

export type WorkerRequest =
  | { kind: 'jsonl'; seq: number; bytes: Uint8Array; firstLine: number }
  | { kind: 'records'; seq: number; items: unknown[]; firstLine: number };

/** Serve batch requests on this worker thread's port (called by the worker entry, dist/cli-worker.js). */
export function runWorker(): void {
  if (!parentPort) {
    process.stderr.write('kashif: cli-worker.js runs as a worker thread of `kashif batch` / extractMany\n');
    process.exit(2);
  }
  const config = (workerData ?? {}) as WorkerConfig;
  const defaults = config.defaults ?? {};
  const port = parentPort;
  port.on('message', (msg: WorkerRequest) => {
    if (msg.kind === 'jsonl') {
      const out = processBlock(msg.bytes, msg.firstLine, defaults);
      port.postMessage({ seq: msg.seq, out }, [out.text.buffer as ArrayBuffer]);
    } else {
      const out = msg.items.map((item, i) => processRecord(itemRecord(item), msg.firstLine + i, defaults));
      port.postMessage({ seq: msg.seq, out });
    }
  });
  // Ready means able to work at once: the model and vocabularies are loaded by one short text
  // first, so the first real block does not pay for them while the main thread waits for it.
  processRecord({ text: 'قال وزير الخارجية في القاهرة يوم الخميس إن 5 وفود وصلت' }, 1, defaults);
  port.postMessage({ ready: true });
}
