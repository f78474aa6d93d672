/**
 * `npm run bench`: throughput of extract() over ≥ 5 MB of article text (MB/s, tokens/s,
 * per-stage share of time), cold start (fresh node: import dist/index.js + first extract of
 * the reference article, median of 5), peak RSS, and pathological inputs (100k-character
 * runs) relative to ordinary text, and `kashif batch` scaling: 1 vs 2 workers over `--batch-mb`
 * MB of JSON Lines (default 60; `--no-batch` skips it), with the batch process's RSS over the run.
 * `--quick`: a CI-sized run (≈0.3 MB, 3 cold starts; under 15 s). Figures also go to bench-results.json
 * (or `--json FILE`). `--profile` samples the throughput run with the V8 profiler (the same as
 * `node --cpu-prof`), writes bench-profile.cpuprofile (open it in Chrome DevTools or VS Code)
 * and prints the functions with the most self time.
 *
 * The corpus is deterministic: the fixture articles plus ANERcorp train sentences grouped 25
 * to a document (paragraph break every 5 sentences), cycled until the target size is reached.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdtempSync, rmSync, openSync, writeSync, closeSync, statSync, readSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { Session } from 'node:inspector';
import { extractWithTimings, type StageTiming } from '../src/pipeline/extract.js';
import { tokenize } from '../src/text/tokenize.js';
import { readConll } from './lib/conll.js';
import { findRoot } from './project-root.js';


const argv = process.argv.slice(2);
if (argv.includes('--help') || argv.includes('-h')) {
  console.log('usage: npm run bench -- [--quick] [--no-batch] [--batch-mb N] [--profile] [--mb N] [--json FILE]');
  process.exit(0);
}
const QUICK = argv.includes('--quick');
const BATCH = !argv.includes('--no-batch');
const PROFILE = argv.includes('--profile');
const jsonAt = argv.indexOf('--json');
const JSON_OUT = jsonAt >= 0 ? argv[jsonAt + 1] : undefined;
const batchMbAt = argv.indexOf('--batch-mb');
/** Size of the batch scaling input: large enough that start-up and JIT warm-up (≈ 6 MB of text per thread) do not dominate. */
const BATCH_MB = batchMbAt >= 0 ? Number(argv[batchMbAt + 1]) : QUICK ? 1 : 60;
const mbArg = argv.find((a) => a.startsWith('--mb'));
const TARGET_MB = mbArg ? Number(mbArg.includes('=') ? mbArg.split('=')[1] : argv[argv.indexOf(mbArg) + 1]) : QUICK ? 0.3 : 5.5;

const root = findRoot();
const dataDir = resolve(process.env.KASHIF_DATA || join(root, '..', 'shared', 'data'));
const REFERENCE_ARTICLE = join(root, 'fixtures', 'dw-kazakhstan-2022-01.txt');
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (x: number, d = 2) => x.toFixed(d);

function buildCorpus(targetBytes: number): { docs: string[]; unique: string[]; sources: string } {
  const unique: string[] = [];
  const fixtures = join(root, 'fixtures');
  if (existsSync(fixtures)) for (const f of readdirSync(fixtures).filter((f) => f.endsWith('.txt')).sort()) unique.push(readFileSync(join(fixtures, f), 'utf8'));
  const nFixtures = unique.length;
  const aner = join(dataDir, 'anercorp', 'train.txt');
  if (existsSync(aner)) {
    const sents = readConll(aner).map((s) => s.tokens.join(' '));
    for (let i = 0; i < sents.length; i += 25) {
      const group = sents.slice(i, i + 25);
      const paras: string[] = [];
      for (let j = 0; j < group.length; j += 5) paras.push(group.slice(j, j + 5).join(' '));
      unique.push(paras.join('\n\n'));
    }
  }
  if (unique.length === 0) throw new Error('no fixtures and no ANERcorp: nothing to benchmark');
  const docs: string[] = [];
  let total = 0;
  for (let i = 0; total < targetBytes; i++) {
    const d = unique[i % unique.length];
    docs.push(d);
    total += bytes(d);
  }
  return { docs, unique, sources: `${nFixtures} fixture articles + ${unique.length - nFixtures} ANERcorp documents (25 sentences each)` };
}

interface Throughput {
  docs: number;
  mb: number;
  seconds: number;
  mbPerSec: number;
  tokens: number;
  tokensPerSec: number;
  msPerDoc: number;
  mentions: number;
  stages: Array<{ stage: string; ms: number; share: number }>;
}

interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }>;
  samples: number[];
  timeDeltas: number[];
}

/** Start the in-process V8 sampling profiler; the returned function stops it and yields the profile. */
async function startProfiler(): Promise<() => Promise<CpuProfile>> {
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<unknown>((ok, fail) => session.post(method, params ?? {}, (err, res) => (err ? fail(err) : ok(res))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 200 });
  await post('Profiler.start');
  return async () => {
    const res = (await post('Profiler.stop')) as { profile: CpuProfile };
    session.disconnect();
    return res.profile;
  };
}

/** Self time per function (name, file, line), largest first. */
function selfTimes(p: CpuProfile): Array<{ fn: string; ms: number; share: number }> {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let total = 0;
  for (let i = 0; i < p.samples.length; i++) {
    const n = byId.get(p.samples[i]);
    const dt = (p.timeDeltas[i] ?? 0) / 1000;
    if (!n) continue;
    const f = n.callFrame;
    const file = f.url ? f.url.split('/').slice(-2).join('/') : '';
    const key = `${f.functionName || '(anonymous)'}${file ? ` ${file}:${f.lineNumber + 1}` : ''}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    total += dt;
  }
  return [...self].map(([fn, ms]) => ({ fn, ms, share: ms / (total || 1) })).sort((a, b) => b.ms - a.ms);
}

function measureThroughput(docs: string[], unique: string[]): Throughput {
  const tokenCount = new Map<string, number>();
  for (const u of unique) tokenCount.set(u, tokenize(u).length);
  // Warm-up: JIT, lazy model and lexicon loading.
  for (let i = 0; i < Math.min(QUICK ? 8 : 30, docs.length); i++) extractWithTimings(docs[i], undefined);
  const stageMs = new Map<string, number>();
  const timings: StageTiming[] = [];
  let mentions = 0;
  let tokens = 0;
  let size = 0;
  const t0 = performance.now();
  for (const d of docs) {
    timings.length = 0;
    mentions += extractWithTimings(d, undefined, timings).result.entities.length;
    for (const t of timings) stageMs.set(t.stage, (stageMs.get(t.stage) ?? 0) + t.ms);
  }
  const seconds = (performance.now() - t0) / 1000;
  for (const d of docs) {
    tokens += tokenCount.get(d) ?? 0;
    size += bytes(d);
  }
  const stageTotal = [...stageMs.values()].reduce((a, b) => a + b, 0) || 1;
  return {
    docs: docs.length,
    mb: size / 1e6,
    seconds,
    mbPerSec: size / 1e6 / seconds,
    tokens,
    tokensPerSec: tokens / seconds,
    msPerDoc: (seconds * 1000) / docs.length,
    mentions,
    stages: [...stageMs.entries()].map(([stage, ms]) => ({ stage, ms, share: ms / stageTotal })).sort((a, b) => b.ms - a.ms),
  };
}

function coldStart(runs: number): { importMs: number; firstExtractMs: number; inProcessMs: number; processWallMs: number; runs: number } | { error: string } {
  const dist = join(root, 'dist', 'index.js');
  if (!existsSync(dist)) return { error: 'dist/index.js missing: run npm run build' };
  const script = [
    "import { readFileSync } from 'node:fs';",
    'const t0 = performance.now();',
    `const k = await import(${JSON.stringify(pathToFileURL(dist).href)});`,
    'const t1 = performance.now();',
    `const r = k.extract(readFileSync(${JSON.stringify(REFERENCE_ARTICLE)}, 'utf8'));`,
    'const t2 = performance.now();',
    'console.log(JSON.stringify({ importMs: t1 - t0, firstExtractMs: t2 - t1, mentions: r.entities.length }));',
  ].join('\n');
  const imp: number[] = [];
  const first: number[] = [];
  const wall: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    wall.push(performance.now() - t0);
    if (r.status !== 0) return { error: (r.stderr || 'cold start process failed').trim().split('\n').slice(-3).join(' ') };
    const o = JSON.parse(r.stdout.trim().split('\n').pop()!) as { importMs: number; firstExtractMs: number };
    imp.push(o.importMs);
    first.push(o.firstExtractMs);
  }
  const sums = imp.map((x, i) => x + first[i]);
  return { importMs: median(imp), firstExtractMs: median(first), inProcessMs: median(sums), processWallMs: median(wall), runs };
}

interface PathoResult {
  name: string;
  chars: number;
  ms: number | null;
  mbPerSec: number | null;
  relative: number | null;
  note?: string;
}

const PATHOLOGICAL: Array<[string, string]> = [
  ['letters', 'ب'],
  ['diacritics', '\u064E'],
  ['letter+shadda+fatha', 'ب\u0651\u064E'],
  ['tatweel', 'ـ'],
  ['digits', '7'],
  ['arabic-indic digits', '٣'],
  ['digit groups', '1,234.5 '],
  ['separators', '، '],
  ['dots and dashes', '.-/'],
  ['title words', 'الرئيس '],
  ['name triggers', 'الشيخ بن عبد '],
  ['date words', '9 يناير '],
  ['number words', 'ألف مليون '],
  ['bidi marks', '\u200F\u200E'],
];

/**
 * The cases run one after another in a worker thread with a time limit per case, so a
 * catastrophic case is reported (and the worker replaced) instead of hanging the bench. Each
 * case is warmed on its first tenth, then timed as the median of three runs: the figure is the
 * per-MB cost at scale (is it linear?), not the JIT's first compile of an unusual code path.
 */
async function pathological(ordinaryMbPerSec: number, timeoutMs: number): Promise<PathoResult[]> {
  const url = pathToFileURL(join(root, 'dist', 'index.js')).href;
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    import(workerData.url).then((k) => {
      k.extract('أعلن الرئيس يوم 9 يناير 2022 عن 3 ملايين دولار');
      parentPort.postMessage({ ready: true });
      parentPort.on('message', (text) => {
        // Warm the code paths this input takes on a tenth of it (ordinary text is measured warm
        // too), then time the whole input three times and keep the median.
        k.extract(text.slice(0, text.length / 10));
        const ms = [];
        for (let r = 0; r < 3; r++) {
          const t0 = performance.now();
          k.extract(text);
          ms.push(performance.now() - t0);
        }
        ms.sort((a, b) => a - b);
        parentPort.postMessage({ ms: ms[1] });
      });
    }, (e) => parentPort.postMessage({ error: e.message }));`;
  const texts = PATHOLOGICAL.map(([, unit]) => unit.repeat(Math.ceil(100000 / unit.length)).slice(0, 100000));
  const out: PathoResult[] = [];
  let worker: Worker | null = null;
  let pendingMsg: ((m: { ready?: boolean; ms?: number; error?: string }) => void) | null = null;
  const start = () =>
    new Promise<string | null>((resolveStart) => {
      worker = new Worker(code, { eval: true, workerData: { url } });
      pendingMsg = (m) => resolveStart(m.error ?? null);
      worker.on('message', (m: { ready?: boolean; ms?: number; error?: string }) => pendingMsg?.(m));
      worker.on('error', (e) => pendingMsg?.({ error: e.message }));
    });
  const runCase = (text: string) =>
    new Promise<number | string>((resolveRun) => {
      const timer = setTimeout(() => {
        pendingMsg = null;
        void worker?.terminate();
        worker = null;
        resolveRun(`timeout (> ${timeoutMs / 1000} s)`);
      }, timeoutMs);
      pendingMsg = (m) => {
        clearTimeout(timer);
        resolveRun(m.ms ?? `error: ${m.error ?? 'unknown'}`);
      };
      worker!.postMessage(text);
    });
  for (let i = 0; i < PATHOLOGICAL.length; i++) {
    const name = PATHOLOGICAL[i][0];
    const text = texts[i];
    if (!worker) {
      const err = await start();
      if (err) {
        out.push({ name, chars: text.length, ms: null, mbPerSec: null, relative: null, note: `error: ${err}` });
        worker = null;
        continue;
      }
    }
    const res = await runCase(text);
    if (typeof res === 'number') {
      const mbps = bytes(text) / 1e6 / (res / 1000);
      out.push({ name, chars: text.length, ms: res, mbPerSec: mbps, relative: mbps / ordinaryMbPerSec });
    } else out.push({ name, chars: text.length, ms: null, mbPerSec: null, relative: null, note: res });
  }
  if (worker) await (worker as Worker).terminate();
  return out;
}

interface BatchRun {
  workers: number;
  seconds: number;
  linesPerSec: number;
  mbPerSec: number;
  /** Resident set size of the whole process tree (main + worker threads) sampled every 250 ms, MB. */
  rssSamplesMb: number[];
  peakRssMb: number;
  /**
   * Rate over the second half of the output (input MB/s, estimated from the output's growth:
   * the input cycles through the same documents, so output bytes track input bytes): the
   * throughput once start-up and JIT warm-up are over, which is what a long corpus run sees.
   */
  steadyMbPerSec: number | null;
}

/** Input MB/s over the second half of a run, from (ms, output bytes) samples. */
function steadyRate(samples: Array<[number, number]>, totalOut: number, mb: number): number | null {
  const half = samples.find(([, b]) => b >= totalOut / 2);
  const full = samples.find(([, b]) => b >= totalOut);
  if (!half || !full || full[0] - half[0] < 1000 || totalOut === 0) return null;
  return ((full[1] - half[1]) / totalOut) * mb / ((full[0] - half[0]) / 1000);
}

/** SHA-256 of a file read in blocks (a 1 GB input gives ~3 GB of output: never read whole). */
function digestOf(path: string): string {
  const h = createHash('sha256');
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(1 << 22);
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      h.update(buf.subarray(0, n));
    }
  } finally {
    closeSync(fd);
  }
  return h.digest('hex');
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** Resident set size of a process (Linux /proc), MB; null elsewhere. */
function rssOf(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

function runBatchCli(cli: string, input: string, output: string, workers: number, lines: number, mb: number): Promise<BatchRun> {
  return new Promise((ok, fail) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [cli, 'batch', '--workers', String(workers), '--input', input, '--output', output, '--no-progress'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const samples: number[] = [];
    const outSamples: Array<[number, number]> = [];
    let tick = 0;
    const timer = setInterval(() => {
      outSamples.push([performance.now() - t0, sizeOf(output)]);
      if (tick++ % 5 !== 0) return;
      const r = child.pid ? rssOf(child.pid) : null;
      if (r !== null) samples.push(r);
    }, 50);
    child.on('error', (e) => {
      clearInterval(timer);
      fail(e);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - t0) / 1000;
      if (code !== 0) return fail(new Error(`batch --workers ${workers} failed (${code}): ${stderr}`));
      const totalOut = sizeOf(output);
      // The last write may land after the last sample: the exit is then the end of the output.
      outSamples.push([performance.now() - t0, totalOut]);
      const steadyMbPerSec = steadyRate(outSamples, totalOut, mb);
      ok({ workers, seconds, linesPerSec: lines / seconds, mbPerSec: mb / seconds, rssSamplesMb: samples, peakRssMb: samples.length ? Math.max(...samples) : 0, steadyMbPerSec });
    });
  });
}

/**
 * `kashif batch` with 1 and 2 workers over the same JSONL file (wall clock, process start-up
 * and JIT warm-up included), and the RSS of the batch process over the run: flat = streaming.
 */
async function batchScaling(docs: string[], targetMb: number): Promise<Record<string, unknown>> {
  const cli = join(root, 'dist', 'cli.js');
  if (!existsSync(cli)) return { error: 'dist/cli.js missing: run npm run build' };
  const dir = mkdtempSync(join(tmpdir(), 'kashif-bench-'));
  try {
    const input = join(dir, 'in.jsonl');
    const fd = openSync(input, 'w');
    let size = 0;
    let lines = 0;
    for (let i = 0; size < targetMb * 1e6; i++) {
      const line = JSON.stringify({ id: i, text: docs[i % docs.length] }) + '\n';
      writeSync(fd, line);
      size += bytes(line);
      lines++;
    }
    closeSync(fd);
    const mb = size / 1e6;
    const one = await runBatchCli(cli, input, join(dir, 'out-1.jsonl'), 1, lines, mb);
    const two = await runBatchCli(cli, input, join(dir, 'out-2.jsonl'), 2, lines, mb);
    const identicalOutput = digestOf(join(dir, 'out-1.jsonl')) === digestOf(join(dir, 'out-2.jsonl'));
    const steadySpeedup = one.steadyMbPerSec && two.steadyMbPerSec ? two.steadyMbPerSec / one.steadyMbPerSec : null;
    return { lines, mb, workers1: one, workers2: two, speedup: one.seconds / two.seconds, steadySpeedup, identicalOutput };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const { docs, unique, sources } = buildCorpus(TARGET_MB * 1e6);
  console.log(`kashif bench${QUICK ? ' (quick)' : ''} — node ${process.version}, ${sources}`);

  const stopProfiler = PROFILE ? await startProfiler() : null;
  const tp = measureThroughput(docs, unique);
  let profileTop: Array<{ fn: string; ms: number; share: number }> | null = null;
  if (stopProfiler) {
    const profile = await stopProfiler();
    const file = join(root, 'bench-profile.cpuprofile');
    writeFileSync(file, JSON.stringify(profile));
    profileTop = selfTimes(profile).slice(0, 25);
  }
  console.log(`\nThroughput of extract() (all recognisers, default options)`);
  console.log(`  corpus        ${tp.docs} documents, ${fmt(tp.mb)} MB, ${tp.tokens} tokens, ${tp.mentions} mentions found`);
  console.log(`  time          ${fmt(tp.seconds)} s (${fmt(tp.msPerDoc, 3)} ms per document)`);
  console.log(`  throughput    ${fmt(tp.mbPerSec)} MB/s, ${Math.round(tp.tokensPerSec).toLocaleString('en')} tokens/s (one core)`);
  console.log(`  stage shares`);
  for (const s of tp.stages) console.log(`    ${s.stage.padEnd(22)} ${fmt(s.share * 100, 1).padStart(5)} %  ${fmt(s.ms, 0).padStart(7)} ms`);

  if (profileTop) {
    console.log(`\nProfile of the throughput run (self time; the profiler slows the run down; whole profile: bench-profile.cpuprofile)`);
    for (const f of profileTop) console.log(`  ${fmt(f.share * 100, 1).padStart(5)} %  ${fmt(f.ms, 0).padStart(6)} ms  ${f.fn}`);
  }

  const cold = coldStart(QUICK ? 3 : 5);
  console.log(`\nCold start (fresh node, import dist/index.js + first extract of the reference article, median of ${QUICK ? 3 : 5})`);
  if ('error' in cold) console.log(`  skipped: ${cold.error}`);
  else {
    console.log(`  import + first extract  ${fmt(cold.inProcessMs, 1)} ms  (import ${fmt(cold.importMs, 1)} ms, first extract ${fmt(cold.firstExtractMs, 1)} ms)`);
    console.log(`  whole process (incl. node boot)  ${fmt(cold.processWallMs, 1)} ms`);
  }

  const patho = existsSync(join(root, 'dist', 'index.js')) ? await pathological(tp.mbPerSec, QUICK ? 8000 : 30000) : [];
  console.log(`\nPathological inputs (100k characters each, warmed on a tenth, median of 3; relative = MB/s ÷ ordinary text MB/s, ≥ 0.5 means within 2×)`);
  console.log(`  ${'case'.padEnd(22)} ${'ms'.padStart(8)} ${'MB/s'.padStart(8)} ${'relative'.padStart(9)}`);
  for (const p of patho) {
    console.log(`  ${p.name.padEnd(22)} ${p.ms === null ? '       -' : fmt(p.ms, 1).padStart(8)} ${p.mbPerSec === null ? '       -' : fmt(p.mbPerSec).padStart(8)} ${p.relative === null ? '        -' : (fmt(p.relative) + '×').padStart(9)}${p.note ? '  ' + p.note : ''}`);
  }

  let batch: Record<string, unknown> | null = null;
  if (BATCH) {
    batch = await batchScaling(docs, BATCH_MB);
    console.log(`\nkashif batch scaling (${BATCH_MB} MB of JSON Lines; wall clock incl. process start-up and JIT warm-up)`);
    if ('error' in batch) console.log(`  skipped: ${String(batch.error)}`);
    else {
      const b = batch as { lines: number; mb: number; workers1: BatchRun; workers2: BatchRun; speedup: number; steadySpeedup: number | null; identicalOutput: boolean };
      console.log(`  input         ${b.lines} lines, ${fmt(b.mb)} MB`);
      for (const r of [b.workers1, b.workers2]) {
        const q = (f: number) => fmt(r.rssSamplesMb[Math.min(r.rssSamplesMb.length - 1, Math.floor(f * r.rssSamplesMb.length))] ?? 0, 0);
        const steady = r.steadyMbPerSec === null ? '-' : fmt(r.steadyMbPerSec);
        console.log(`  --workers ${r.workers}   ${fmt(r.seconds)} s  ${Math.round(r.linesPerSec)} lines/s  ${fmt(r.mbPerSec)} MB/s (second half ${steady} MB/s)  RSS at 25/50/75/100 % of the run ${q(0.25)}/${q(0.5)}/${q(0.75)}/${q(0.999)} MB (peak ${fmt(r.peakRssMb, 0)})`);
      }
      console.log(`  speed-up      ${fmt(b.speedup)}× whole run, ${b.steadySpeedup === null ? '-' : fmt(b.steadySpeedup) + '×'} over the second half  (identical output: ${b.identicalOutput ? 'yes' : 'NO'})`);
    }
  }

  const rssMb = process.resourceUsage().maxRSS / 1024;
  console.log(`\nPeak RSS ${fmt(rssMb, 0)} MB (process.resourceUsage().maxRSS)`);
  const out = JSON_OUT ? resolve(JSON_OUT) : join(root, 'bench-results.json');
  writeFileSync(
    out,
    JSON.stringify({ generatedAt: new Date().toISOString(), quick: QUICK, node: process.version, corpus: sources, throughput: tp, coldStart: cold, pathological: patho, batch, peakRssMb: rssMb, profile: profileTop }, null, 2) + '\n',
  );
  console.log(`Done in ${fmt((performance.now() - started) / 1000, 1)} s. Figures written to ${out}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
