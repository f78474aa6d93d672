/**
 * `kashif batch`: a thin shell over `extractJsonLines` (src/node/extract-many.ts), which does the
 * work: JSON Lines in, exactly one JSON line out per input line, in input order, spread over
 * worker threads. Here: writing with backpressure, the progress bar, counts, and `--resume`.
 *
 * --resume is by input line position, never by id (ids may be missing or repeated): output line
 * k answers input line k and carries `"line": k`, so a previous output file of N complete lines
 * means "skip the first N input lines". A last line cut off mid-write is removed first.
 */
import { openSync, readSync, closeSync, fstatSync, ftruncateSync, existsSync, statSync, type Stats } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import cliProgress from 'cli-progress';
import type { BatchDefaults } from '../batch/record.js';
import { extractJsonLines } from '../node/extract-many.js';

export interface BatchRunOptions {
  input: Readable | AsyncIterable<Uint8Array | string>;
  /** Total input bytes when known (a regular file): enables percentage and ETA. */
  inputSize: number | null;
  output: Writable;
  /** 1 = in-process (no thread); > 1 = that many worker threads. */
  workers: number;
  defaults: BatchDefaults;
  /** Input lines already done (from --resume): left out, but counted in the line numbers. */
  skipLines?: number;
  progress?: boolean;
  chunkLines?: number;
  chunkBytes?: number;
  /** Bound on chunks dispatched but not yet written (default 8 per worker). */
  maxInFlight?: number;
  /** Path of dist/cli-worker.js. */
  workerPath?: URL | string;
  /** Input bytes the main thread does itself before the worker threads start (default 512 KB). */
  startAfterBytes?: number;
}

export interface BatchStats {
  /** Output lines written by this run. */
  lines: number;
  errors: number;
  /** Input lines left out as already done (--resume). */
  skipped: number;
  bytes: number;
  ms: number;
}

/** A --resume file that cannot be continued: a usage error. */
export class ResumeError extends Error {}

export async function runBatch(o: BatchRunOptions): Promise<BatchStats> {
  const t0 = Date.now();
  const stats: BatchStats = { lines: 0, errors: 0, skipped: o.skipLines ?? 0, bytes: 0, ms: 0 };
  const progress = o.progress ? makeProgress(o.inputSize) : null;
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
  try {
    const blocks = extractJsonLines(o.input, {
      workers: o.workers,
      defaults: o.defaults,
      skipLines: o.skipLines,
      chunkSize: o.chunkLines,
      chunkBytes: o.chunkBytes,
      maxInFlight: o.maxInFlight,
      workerPath: o.workerPath,
      startAfterBytes: o.startAfterBytes,
    });
    for await (const out of blocks) {
      if (outputError) throw outputError;
      stats.lines += out.lines;
      stats.errors += out.errors;
      if (out.text.byteLength > 0 && !o.output.write(out.text)) await waitDrain();
      if (outputError) throw outputError;
      stats.bytes = out.bytesRead;
      progress?.update(stats, Date.now() - t0);
    }
  } finally {
    progress?.stop(stats, Date.now() - t0);
  }
  stats.ms = Date.now() - t0;
  return stats;
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

/** Whether two stats are the same file (also through a symlink, a hard link or another path). */
export function sameFile(a: Stats | null, b: Stats | null): boolean {
  return a !== null && b !== null && a.isFile() && b.isFile() && a.dev === b.dev && a.ino === b.ino;
}

/** Stats of a path, or null when it does not exist (or cannot be stat'ed). */
export function statOrNull(path: string): Stats | null {
  if (!existsSync(path)) return null;
  try {
    return statSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code) return null;
    throw e;
  }
}

/**
 * Prepare a previous (possibly interrupted) output file for `--resume` and return the number
 * of input lines it already answers. A last line cut off mid-write is removed (the file is
 * truncated after its last newline); the last complete line must carry `"line": N` where N is
 * the number of complete lines, or the file is not this command's output (ResumeError).
 */
export function loadResume(path: string): number {
  if (!existsSync(path)) return 0;
  const fd = openSync(path, 'r+');
  try {
    const size = fstatSync(fd).size;
    const buf = Buffer.allocUnsafe(1 << 20);
    let lines = 0;
    let lastNl = -1;
    for (let pos = 0; pos < size; ) {
      const n = readSync(fd, buf, 0, Math.min(buf.length, size - pos), pos);
      if (n <= 0) break;
      for (let i = buf.indexOf(0x0a, 0); i >= 0 && i < n; i = buf.indexOf(0x0a, i + 1)) {
        lines++;
        lastNl = pos + i;
      }
      pos += n;
    }
    const end = lastNl + 1;
    if (end < size) {
      // Every line of ours starts with {"id": — refuse to cut anything else off a file.
      const head = Buffer.alloc(Math.min(6, size - end));
      readSync(fd, head, 0, head.length, end);
      if (!'{"id":'.startsWith(head.toString('latin1'))) throw new ResumeError(`cannot resume from ${path}: its last line is not a line of kashif batch output`);
    }
    const truncate = () => {
      // A partial last line (no newline yet) is dropped: its input line is done again.
      if (end < size) ftruncateSync(fd, end);
    };
    if (lines === 0) {
      truncate();
      return 0;
    }
    // The last complete line: from the newline before it to lastNl.
    let from = lastNl;
    const back = Buffer.allocUnsafe(1 << 16);
    let start = 0;
    while (from > 0) {
      const at = Math.max(0, from - back.length);
      const n = readSync(fd, back, 0, from - at, at);
      const i = back.subarray(0, n).lastIndexOf(0x0a);
      if (i >= 0) {
        start = at + i + 1;
        break;
      }
      from = at;
    }
    const lastLine = Buffer.alloc(lastNl - start);
    readSync(fd, lastLine, 0, lastLine.length, start);
    let numbered: unknown = null;
    try {
      const rec: unknown = JSON.parse(lastLine.toString('utf8'));
      if (rec !== null && typeof rec === 'object') numbered = (rec as Record<string, unknown>).line;
    } catch (e) {
      if (!(e instanceof SyntaxError)) throw e;
      numbered = null;
    }
    if (numbered !== lines) {
      throw new ResumeError(
        `cannot resume from ${path}: its last line should answer input line ${lines} ("line": ${lines}) but has ${numbered === null || numbered === undefined ? 'no line number' : `"line": ${JSON.stringify(numbered)}`}; it is not the output of kashif batch for this input`,
      );
    }
    truncate();
    return lines;
  } finally {
    closeSync(fd);
  }
}
