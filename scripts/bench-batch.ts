/**
 * `kashif batch` 1 → 2 workers over the same JSON Lines file of raw news: wall clock of the
 * whole run (process start-up and JIT warm-up included) and over the second half of the input,
 * the RSS of the batch process over the run (flat = streaming), and whether both outputs are
 * byte-identical.
 */
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import type { NewsDoc } from './bench-corpus.js';

export interface BatchRun {
  workers: number;
  seconds: number;
  mbPerSec: number;
  linesPerSec: number;
  /** Input MB/s over the second half of the input (from the time the line holding the middle input byte was written to the end). */
  secondHalfMbPerSec: number | null;
  /** RSS of the batch process (main + worker threads) every 250 ms, MB. */
  rssSamplesMb: number[];
  peakRssMb: number;
}

export interface BatchResult {
  lines: number;
  mb: number;
  /** MB of distinct articles; the rest repeats articles from the start of the file. */
  uniqueMb: number;
  workers1: BatchRun;
  workers2: BatchRun;
  speedup: number;
  secondHalfSpeedup: number | null;
  identicalOutput: boolean;
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw e;
  }
}

/** Resident set size of a process (Linux /proc), MB; null where /proc is not there. */
function rssOf(pid: number): number | null {
  const path = `/proc/${pid}/status`;
  if (!existsSync(path)) return null;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(path, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch (e) {
    // The process may exit between the existence check and the read.
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ESRCH') return null;
    throw e;
  }
}

/** Byte offset just past each output line (read in blocks: never the whole file at once), and the file's SHA-256. */
function scanOutput(path: string): { lineEnds: number[]; sha256: string } {
  const h = createHash('sha256');
  const lineEnds: number[] = [];
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(1 << 22);
    let pos = 0;
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      h.update(buf.subarray(0, n));
      for (let i = buf.indexOf(10); i >= 0 && i < n; i = buf.indexOf(10, i + 1)) lineEnds.push(pos + i + 1);
      pos += n;
    }
  } finally {
    closeSync(fd);
  }
  return { lineEnds, sha256: h.digest('hex') };
}

/** Smallest index i with xs[i] > x (xs ascending). */
function upperBound(xs: number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function runOnce(cli: string, input: string, output: string, workers: number, inputEnds: number[]): Promise<BatchRun & { sha256: string }> {
  return new Promise((ok, fail) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [cli, 'batch', '--workers', String(workers), '--input', input, '--output', output, '--no-progress'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const rss: number[] = [];
    const outSamples: Array<[number, number]> = [];
    let tick = 0;
    const timer = setInterval(() => {
      outSamples.push([performance.now() - t0, sizeOf(output)]);
      if (tick++ % 5 !== 0) return;
      const r = child.pid ? rssOf(child.pid) : null;
      if (r !== null) rss.push(r);
    }, 50);
    child.on('error', (e) => {
      clearInterval(timer);
      fail(e);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const ms = performance.now() - t0;
      if (code !== 0) return fail(new Error(`batch --workers ${workers} exited with ${code}: ${stderr.trim()}`));
      const { lineEnds, sha256 } = scanOutput(output);
      if (lineEnds.length !== inputEnds.length) return fail(new Error(`batch --workers ${workers} wrote ${lineEnds.length} lines for ${inputEnds.length}`));
      const totalIn = inputEnds[inputEnds.length - 1];
      // Output size → complete lines → input bytes done (output lines are in input order).
      const inputDone = (outBytes: number) => {
        const k = upperBound(lineEnds, outBytes);
        return k === 0 ? 0 : inputEnds[k - 1];
      };
      const half = outSamples.find(([, b]) => inputDone(b) >= totalIn / 2);
      let secondHalfMbPerSec: number | null = null;
      if (half && ms - half[0] >= 500) secondHalfMbPerSec = (totalIn - inputDone(half[1])) / 1e6 / ((ms - half[0]) / 1000);
      const mb = totalIn / 1e6;
      ok({
        workers,
        seconds: ms / 1000,
        mbPerSec: mb / (ms / 1000),
        linesPerSec: inputEnds.length / (ms / 1000),
        secondHalfMbPerSec,
        rssSamplesMb: rss,
        peakRssMb: rss.length ? Math.max(...rss) : 0,
        sha256,
      });
    });
  });
}

/**
 * Write `targetMb` of JSON Lines `{id, text}`: every distinct article once, in file order, then
 * (only if the corpus is smaller than the target) articles again from the start.
 */
export async function batchScaling(cli: string, news: NewsDoc[], targetMb: number): Promise<BatchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'kashif-bench-'));
  try {
    const input = join(dir, 'in.jsonl');
    const fd = openSync(input, 'w');
    const inputEnds: number[] = [];
    let size = 0;
    let uniqueBytes = 0;
    try {
      for (let i = 0; size < targetMb * 1e6; i++) {
        const d = news[i % news.length];
        const round = Math.floor(i / news.length);
        const line = JSON.stringify({ id: round ? `${d.id}#${round + 1}` : d.id, text: d.text }) + '\n';
        const n = Buffer.byteLength(line, 'utf8');
        writeSync(fd, line);
        size += n;
        if (round === 0) uniqueBytes += n;
        inputEnds.push(size);
      }
    } finally {
      closeSync(fd);
    }
    const one = await runOnce(cli, input, join(dir, 'out-1.jsonl'), 1, inputEnds);
    rmSync(join(dir, 'out-1.jsonl'));
    const two = await runOnce(cli, input, join(dir, 'out-2.jsonl'), 2, inputEnds);
    const strip = ({ sha256: _s, ...r }: BatchRun & { sha256: string }): BatchRun => r;
    return {
      lines: inputEnds.length,
      mb: size / 1e6,
      uniqueMb: uniqueBytes / 1e6,
      workers1: strip(one),
      workers2: strip(two),
      speedup: one.seconds / two.seconds,
      secondHalfSpeedup: one.secondHalfMbPerSec && two.secondHalfMbPerSec ? two.secondHalfMbPerSec / one.secondHalfMbPerSec : null,
      identicalOutput: one.sha256 === two.sha256,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
