/**
 * Batch worker thread (dist/cli-worker.js). Receives chunks `{seq, lines}` and answers
 * `{seq, out}` with one JSON line per input line, in the chunk's order. processLine never
 * throws; a last-resort catch still answers every line so the main thread never waits forever.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { packLines, processLine, type BatchDefaults, type PackedLines } from './batch-line.js';

export interface ChunkRequest {
  seq: number;
  lines: string[];
}
export interface ChunkReply {
  seq: number;
  out: PackedLines;
}

const defaults = ((workerData as { defaults?: BatchDefaults } | undefined)?.defaults ?? {}) as BatchDefaults;

if (!parentPort) {
  console.error('kashif: cli-worker.js runs as a worker thread of `kashif batch`');
  process.exit(2);
}

const port = parentPort;
port.on('message', (msg: ChunkRequest) => {
  const out: string[] = new Array(msg.lines.length);
  for (let i = 0; i < msg.lines.length; i++) {
    try {
      out[i] = processLine(msg.lines[i], defaults);
    } catch (e) {
      out[i] = JSON.stringify({ id: null, error: { code: 'INTERNAL', message: `internal error: ${(e as Error)?.message ?? String(e)}` } });
    }
  }
  const reply: ChunkReply = { seq: msg.seq, out: packLines(out, true) };
  const bytes = reply.out.text;
  port.postMessage(reply, typeof bytes === 'string' ? [] : [bytes.buffer as ArrayBuffer]);
});
