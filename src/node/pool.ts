/**
 * An ordered map over threads: blocks in, one answer per block out, in input order.
 *
 * - `workers` is the number of threads that process blocks, the calling thread included: it
 *   starts `workers - 1` worker threads and processes blocks itself whenever no ready worker
 *   has room (fewer than `perWorker` blocks outstanding). So no core idles while a worker
 *   thread starts, a job too small to need the pool is no slower than on one thread, and a
 *   large job keeps every thread busy with one isolate fewer to warm up and keep in memory.
 * - The pool starts with the second block, or once this thread has done `startAfter` worth of
 *   blocks (e.g. 512 KB of input): a small job never pays for it. At the end of the
 *   input, when this thread would have to wait for a worker, it does the worker's last
 *   unanswered block itself instead, so it never idles behind a cold worker: a small job is
 *   never slower than on one thread.
 * - Bounded: at most `maxInFlight` blocks are dispatched but not yet yielded; the source is
 *   only pulled when the consumer asks for more, so memory is bounded whatever the input size.
 * - A worker that dies before reporting ready failed to start (not the data's fault): its
 *   blocks run on the calling thread. One that dies after that may have died of its data: its
 *   blocks are answered by `failed`. Dead workers are replaced a few times, then the rest
 *   runs on the calling thread. Nothing hangs, and every block gets exactly one answer.
 */
import { Worker } from 'node:worker_threads';

export interface PoolOptions<B, R> {
  /** Threads that process blocks, this one included (workers - 1 worker threads are started). */
  workers: number;
  /** Blocks a worker may have outstanding before this thread takes the next one itself (default 4). */
  perWorker?: number;
  /** Start the worker threads only once this thread has done blocks of this total size (default 0: with the second block). */
  startAfter?: number;
  /** A block's size, in the unit of `startAfter` (default 1 per block). */
  sizeOf?(block: B): number;
  workerPath: string | URL;
  workerData: unknown;
  maxInFlight: number;
  /** Process a block on this thread. */
  local(block: B): R;
  /** The message that asks a worker for a block (`seq` is added); throwing (e.g. DataCloneError) runs the block locally. */
  request(block: B, seq: number): { message: unknown; transfer?: ArrayBuffer[] };
  /** The answer from a worker's reply message for `block`. */
  reply(message: WorkerReply, block: B): R;
  /** The answer for a block whose worker died on it. */
  failed(block: B, why: string): R;
  /** Counts of where the blocks went, filled in as the run goes (for tests and reports). */
  stats?: PoolStats;
}

/** Where the blocks of a run went. */
export interface PoolStats {
  /** Answered on the calling thread (no ready worker had room, or a worker failed to start). */
  local: number;
  /** Answered by a worker thread. */
  worker: number;
  /** Answered by `failed` (their worker died on them). */
  failed: number;
  /** Of the local ones: blocks a worker had been sent but this thread did itself rather than wait. */
  stolen: number;
  /** Whether a worker has reported ready. */
  ready: boolean;
}

/** What a worker posts: `{ready: true}` once, then `{seq, out}` per block. */
export interface WorkerReply {
  seq?: number;
  ready?: boolean;
  out?: unknown;
}

interface Pending<B, R> {
  block: B;
  worker: Worker | null;
  out: { value: R } | null;
  resolve: () => void;
  done: Promise<void>;
}

export async function* orderedPool<B, R>(blocks: AsyncIterable<B>, o: PoolOptions<B, R>): AsyncGenerator<R, void, undefined> {
  const maxInFlight = Math.max(2, o.maxInFlight);
  const pending = new Map<number, Pending<B, R>>();
  // Per worker, the blocks it has been sent and not answered yet (stolen ones included: it still does them).
  const outstanding = new Map<Worker, Set<number>>();
  const loadOf = (w: Worker) => outstanding.get(w)?.size ?? 0;
  const answered = new WeakSet<Worker>();
  let started = false;
  const readyWorkers = new WeakSet<Worker>();
  const perWorker = Math.max(1, o.perWorker ?? 4);
  let closing = false;
  let respawns = 0;
  let nextSeq = 0;
  let nextYield = 0;
  const pool: Worker[] = [];

  const settle = (p: Pending<B, R>, value: R) => {
    if (p.out) return;
    p.out = { value };
    p.resolve();
  };

  const spawn = (): Worker => {
    const w = new Worker(o.workerPath, { workerData: o.workerData });
    outstanding.set(w, new Set());
    w.on('message', (msg: WorkerReply) => {
      if (msg.ready) {
        readyWorkers.add(w);
        if (o.stats) o.stats.ready = true;
        return;
      }
      if (msg.seq === undefined) return;
      outstanding.get(w)?.delete(msg.seq);
      answered.add(w);
      const p = pending.get(msg.seq);
      if (!p || p.out) return;
      if (o.stats) o.stats.worker++;
      settle(p, o.reply(msg, p.block));
    });
    const onDeath = (why: string) => {
      if (!outstanding.has(w)) return;
      outstanding.delete(w);
      // Ready (or answering) means it started: then it may have died of its data, and its blocks
      // are not retried here, where the same data could bring this thread down.
      const started = readyWorkers.has(w) || answered.has(w);
      for (const p of pending.values()) {
        if (p.worker !== w || p.out) continue;
        if (o.stats) o.stats[started ? 'failed' : 'local']++;
        settle(p, started ? o.failed(p.block, why) : o.local(p.block));
      }
      const at = pool.indexOf(w);
      if (at < 0 || closing) return;
      // Replace the dead worker, but give up after a few deaths (e.g. the worker file is
      // missing): the remaining blocks then run on this thread.
      if (respawns++ < o.workers * 3) pool[at] = spawn();
      else pool.splice(at, 1);
    };
    w.on('error', (e: Error) => onDeath(e.message));
    w.on('exit', (code: number) => onDeath(`exit code ${code}`));
    return w;
  };

  const runHere = (seq: number, block: B) => {
    if (o.stats) o.stats.local++;
    const done = Promise.resolve();
    pending.set(seq, { block, worker: null, out: { value: o.local(block) }, resolve: () => undefined, done });
  };

  let doneHere = 0;
  const startAfter = o.startAfter ?? 0;
  const dispatch = (block: B) => {
    const seq = nextSeq++;
    // The pool starts with the second block, or once this thread has done `startAfter` worth
    // of blocks: a small job never pays for starting threads (nor, on a busy machine, for
    // their start-up competing with this thread for a core).
    if (!started && seq >= 1 && doneHere >= startAfter) {
      started = true;
      for (let i = 1; i < o.workers; i++) pool.push(spawn());
    }
    let best: Worker | null = null;
    for (const w of pool) if (readyWorkers.has(w) && loadOf(w) < perWorker && (best === null || loadOf(w) < loadOf(best))) best = w;
    if (best === null) {
      if (!started) doneHere += o.sizeOf ? o.sizeOf(block) : 1;
      return runHere(seq, block);
    }
    let req: { message: unknown; transfer?: ArrayBuffer[] };
    let resolve!: () => void;
    const done = new Promise<void>((r) => (resolve = r));
    const p: Pending<B, R> = { block, worker: best, out: null, resolve, done };
    try {
      req = o.request(block, seq);
      best.postMessage({ ...(req.message as object), seq }, req.transfer ?? []);
    } catch (e) {
      if (!(e instanceof Error)) throw e;
      // Not cloneable (a caller's item with functions inside, say): answered here instead.
      return runHere(seq, block);
    }
    pending.set(seq, p);
    outstanding.get(best)?.add(seq);
  };

  // The input is done and this thread would wait for a worker: rather than idle, it does the
  // last block sent to a worker itself (the one the worker is least likely to have started).
  // The worker's answer for it is then ignored. So a small job, or the end of a large one,
  // never waits for a cold worker's slow first blocks.
  const steal = (): boolean => {
    let victim: Pending<B, R> | null = null;
    let at = -1;
    for (const [seq, p] of pending) if (!p.out && p.worker !== null && seq > at) [victim, at] = [p, seq];
    if (victim === null) return false;
    if (o.stats) {
      o.stats.local++;
      o.stats.stolen++;
    }
    settle(victim, o.local(victim.block));
    return true;
  };

  const head = async (maySteal = false): Promise<R> => {
    const p = pending.get(nextYield)!;
    while (maySteal && !p.out && steal()) await new Promise<void>((r) => setImmediate(r));
    await p.done;
    pending.delete(nextYield);
    nextYield++;
    return p.out!.value;
  };

  try {
    for await (const block of blocks) {
      while (pending.size >= maxInFlight) yield await head();
      // Let the event loop deliver the workers' messages between blocks (a synchronous source,
      // or several blocks cut from one read, would otherwise never give it a turn).
      if (pool.length > 0) await new Promise<void>((r) => setImmediate(r));
      dispatch(block);
      // Hand over whatever is ready at the head, without waiting.
      while (pending.size > 0 && pending.get(nextYield)!.out) yield await head();
    }
    // The input is done: what is left are the workers' blocks.
    while (pending.size > 0) yield await head(true);
  } finally {
    closing = true;
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
