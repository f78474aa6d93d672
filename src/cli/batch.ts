/**
 * `kashif batch`: JSON Lines in, exactly one JSON line out per input line, in input order.
 *
 * Streaming and memory: input is read chunk by chunk (never whole). With worker threads, the
 * main thread only cuts the raw bytes at newlines into blocks of at most `chunkLines` lines or
 * `chunkBytes` bytes and posts them; the workers decode, process and encode, and send UTF-8
 * bytes back, so the main thread's share of the CPU stays near zero. At most `maxInFlight`
 * blocks are dispatched-but-not-yet-written at any time, so memory is bounded by maxInFlight ×
 * block size whatever the input size; when the bound is reached the reader stops pulling from
 * the input stream (backpressure), and writes wait for 'drain'.
 * Output order: every block carries a sequence number; replies are written strictly in
 * sequence order (a reorder buffer that is itself bounded by maxInFlight).
 * --resume: the ids to skip go to each worker once, at start.
 */
import { Worker } from 'node:worker_threads';
import { createReadStream, existsSync, openSync, readSync, closeSync, fstatSync, ftruncateSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import cliProgress from 'cli-progress';
import { processBlock, mapBlock, errorLine, lineId, type BatchDefaults, type PackedLines } from './batch-line.js';
import { readBlocks, readLines } from './lines.js';
import type { ChunkReply, ChunkRequest, WorkerConfig } from './worker.js';

export interface BatchRunOptions {
  input: Readable;
  /** Total input bytes when known (a regular file): enables percentage and ETA. */
  inputSize: number | null;
  output: Writable;
  /** 1 = in-process (no thread); > 1 = that many worker threads. */
  workers: number;
  defaults: BatchDefaults;
  /** JSON-encoded ids to skip (from --resume). */
  skipIds?: Set<string> | null;
  progress?: boolean;
  chunkLines?: number;
  chunkBytes?: number;
  /** Bound on chunks dispatched but not yet written (default 8 per worker). */
  maxInFlight?: number;
  /** Path of dist/cli-worker.js. */
  workerPath?: URL | string;
}

const DEFAULT_CHUNK_LINES = 32;
const DEFAULT_CHUNK_BYTES = 1 << 18;

export interface BatchStats {
  lines: number;
  errors: number;
  skipped: number;
  bytes: number;
  ms: number;
}

export async function runBatch(o: BatchRunOptions): Promise<BatchStats> {
  const t0 = Date.now();
  const stats: BatchStats = { lines: 0, errors: 0, skipped: 0, bytes: 0, ms: 0 };
  const progress = o.progress ? makeProgress(o.inputSize) : null;
  const skip = o.skipIds && o.skipIds.size > 0 ? o.skipIds : null;
  const chunkLines = o.chunkLines ?? DEFAULT_CHUNK_LINES;
  const chunkBytes = o.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  let outputError: Error | null = null;
  o.output.on('error', (e: Error) => {
    outputError = e;
  });

  const waitDrain = () =>
    new Promise<void>((resolveDrain) => {
      const done = () => {
        o.output.off('drain', done);
        o.output.off('close', done);
        o.output.off('error', done);
        resolveDrain();
      };
      o.output.on('drain', done);
      o.output.on('close', done);
      o.output.on('error', done);
    });
  const write = async (s: Uint8Array): Promise<void> => {
    if (outputError) throw outputError;
    if (!o.output.write(s)) await waitDrain();
    if (outputError) throw outputError;
  };
  const tick = (bytesRead: number) => {
    stats.bytes = bytesRead;
    progress?.update(stats, Date.now() - t0);
  };

  try {
    if (o.workers <= 1) {
      // In-process: the same blocks and the same code as a worker, on the main thread.
      for await (const block of readBlocks(o.input, chunkLines, chunkBytes)) {
        const out = processBlock(block.bytes, o.defaults, skip);
        stats.lines += out.lines;
        stats.errors += out.errors;
        stats.skipped += out.skipped;
        if (out.text.byteLength > 0) await write(out.text);
        tick(block.bytesRead);
      }
    } else {
      await runWithWorkers(o, chunkLines, chunkBytes, stats, write, skip, tick);
    }
  } finally {
    progress?.stop(stats, Date.now() - t0);
  }
  stats.ms = Date.now() - t0;
  return stats;
}

interface Pending {
  bytes: Uint8Array;
  worker: Worker | null;
  out: PackedLines | null;
  resolve: () => void;
  done: Promise<void>;
}

async function runWithWorkers(
  o: BatchRunOptions,
  chunkLines: number,
  chunkBytes: number,
  stats: BatchStats,
  write: (s: Uint8Array) => Promise<void>,
  skip: ReadonlySet<string> | null,
  tick: (bytes: number) => void,
): Promise<void> {
  const config: WorkerConfig = { defaults: o.defaults, skip: skip ? [...skip] : [] };
  const maxInFlight = Math.max(2, o.maxInFlight ?? o.workers * 8);
  // `__dirname` is shimmed by tsup in the ESM build (and is plain CommonJS in the CJS build and in jest).
  const workerPath = o.workerPath ?? join(__dirname, 'cli-worker.js');
  const pending = new Map<number, Pending>();
  const load = new Map<Worker, number>();
  const answered = new WeakSet<Worker>();
  let nextSeq = 0;
  let nextWrite = 0;

  const failChunk = (p: Pending, why: string) => {
    if (p.out) return;
    p.out = mapBlock(p.bytes, skip, (l) => errorLine(lineId(l), 'INTERNAL', `worker failed: ${why}`));
    p.resolve();
  };

  const spawn = (): Worker => {
    const w = new Worker(workerPath, { workerData: config });
    load.set(w, 0);
    w.on('message', (msg: ChunkReply) => {
      const p = pending.get(msg.seq);
      if (!p || p.out) return;
      answered.add(w);
      p.out = msg.out;
      load.set(w, Math.max(0, (load.get(w) ?? 1) - 1));
      p.resolve();
    });
    const onDeath = (why: string) => {
      if (!load.has(w)) return;
      load.delete(w);
      // A worker that never answered failed to start (not the data's fault): its chunks run
      // in-process. One that dies mid-run may have died of a line: its chunk gets INTERNAL errors.
      const started = answered.has(w);
      for (const p of pending.values()) {
        if (p.worker !== w || p.out) continue;
        if (started) failChunk(p, why);
        else {
          p.out = processBlock(p.bytes, o.defaults, skip);
          p.resolve();
        }
      }
      const at = pool.indexOf(w);
      if (at < 0 || closing) return;
      // Replace the dead worker, but give up after a few deaths (e.g. cli-worker.js missing):
      // the remaining chunks then run in-process.
      if (respawns++ < o.workers * 3) pool[at] = spawn();
      else pool.splice(at, 1);
    };
    w.on('error', (e) => onDeath(e.message));
    w.on('exit', (code) => onDeath(`exit code ${code}`));
    return w;
  };

  let closing = false;
  let respawns = 0;
  const pool: Worker[] = [];
  for (let i = 0; i < o.workers; i++) pool.push(spawn());

  const flushHead = async () => {
    const p = pending.get(nextWrite)!;
    await p.done;
    pending.delete(nextWrite);
    nextWrite++;
    const out = p.out!;
    stats.errors += out.errors;
    stats.lines += out.lines;
    stats.skipped += out.skipped;
    if (out.text.byteLength > 0) await write(out.text);
  };
  const dispatch = async (bytes: Uint8Array) => {
    while (pending.size >= maxInFlight) await flushHead();
    const seq = nextSeq++;
    if (pool.length === 0) {
      const out = processBlock(bytes, o.defaults, skip);
      pending.set(seq, { bytes, worker: null, out, resolve: () => undefined, done: Promise.resolve() });
      while (pending.size > 0 && pending.get(nextWrite)?.out) await flushHead();
      return;
    }
    let best = pool[0];
    for (const w of pool) if ((load.get(w) ?? 0) < (load.get(best) ?? 0)) best = w;
    let resolve!: () => void;
    const done = new Promise<void>((r) => (resolve = r));
    const p: Pending = { bytes, worker: best, out: null, resolve, done };
    pending.set(seq, p);
    load.set(best, (load.get(best) ?? 0) + 1);
    // Copied, not transferred: the main thread keeps the block until the answer comes, to
    // answer for it if the worker dies.
    const req: ChunkRequest = { seq, bytes };
    best.postMessage(req);
    // Write whatever is ready at the head, without waiting.
    while (pending.size > 0 && pending.get(nextWrite)?.out) await flushHead();
  };

  try {
    for await (const block of readBlocks(o.input, chunkLines, chunkBytes)) {
      await dispatch(block.bytes);
      tick(block.bytesRead);
    }
    while (pending.size > 0) await flushHead();
  } finally {
    closing = true;
    await Promise.all(pool.map((w) => w.terminate()));
  }
}

interface Progress {
  update(stats: BatchStats, ms: number): void;
  stop(stats: BatchStats, ms: number): void;
}

/** Progress bar on stderr (caller checks that stderr is a TTY): lines, MB/s, ETA. */
function makeProgress(total: number | null): Progress {
  const known = total !== null && total > 0;
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: known
        ? 'kashif batch {bar} {percentage}% | {lines} lines | {mb} MB | {mbps} MB/s | ETA {eta_formatted}'
        : 'kashif batch {lines} lines | {mb} MB | {mbps} MB/s',
      hideCursor: true,
      etaBuffer: 50,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  const payload = (s: BatchStats, ms: number) => ({
    lines: s.lines,
    mb: (s.bytes / 1e6).toFixed(1),
    mbps: ms > 0 ? (s.bytes / 1e6 / (ms / 1000)).toFixed(2) : '0.00',
  });
  bar.start(known ? total! : 1, 0, payload({ lines: 0, errors: 0, skipped: 0, bytes: 0, ms: 0 }, 0));
  let last = 0;
  return {
    update(s, ms) {
      if (ms - last < 100) return;
      last = ms;
      bar.update(known ? Math.min(s.bytes, total!) : 0, payload(s, ms));
    },
    stop(s, ms) {
      bar.update(known ? total! : 0, payload(s, ms));
      bar.stop();
    },
  };
}

/**
 * Read the ids already written to a previous (possibly interrupted) output file. A last line
 * cut off mid-write is removed from the file (truncated at the last newline) so that the
 * appended output stays valid JSON Lines; a complete last line missing only its newline gets one.
 */
export async function loadResumeIds(path: string): Promise<Set<string>> {
  const ids = new Set<string>();
  if (!existsSync(path)) return ids;
  let lastText = '';
  for await (const line of readLines(createReadStream(path))) {
    lastText = line.text;
    // A partial last line has no id here: it is handled below.
    const id = lineId(line.text);
    if (id !== null) ids.add(JSON.stringify(id));
  }
  const fd = openSync(path, 'r+');
  try {
    const size = fstatSync(fd).size;
    if (size === 0) return ids;
    const b = Buffer.alloc(1);
    readSync(fd, b, 0, 1, size - 1);
    if (b[0] === 0x0a) return ids;
    let complete = false;
    try {
      const v: unknown = JSON.parse(lastText);
      complete = v !== null && typeof v === 'object' && !Array.isArray(v);
    } catch {
      complete = false;
    }
    if (complete) {
      writeSync(fd, '\n', size);
      return ids;
    }
    // Find the last newline and cut the partial line off.
    const block = Buffer.alloc(65536);
    let pos = size;
    let cut = 0;
    while (pos > 0) {
      const from = Math.max(0, pos - block.length);
      const n = readSync(fd, block, 0, pos - from, from);
      const i = block.subarray(0, n).lastIndexOf(0x0a);
      if (i >= 0) {
        cut = from + i + 1;
        break;
      }
      pos = from;
    }
    ftruncateSync(fd, cut);
    return ids;
  } finally {
    closeSync(fd);
  }
}
