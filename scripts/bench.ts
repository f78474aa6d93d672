/**
 * `npm run bench`: how fast kashif is on news it has never seen, against this machine's floor.
 *
 * In one run:
 * - the floor: one whitespace-tokenising pass with one `Map` look-up per token over the
 *   first-pass texts (median of 21 samples: 7 before, 7 between and 7 after the extract passes);
 * - `extract` (all recognisers, default options) over ≥ 3 MB of raw ANT news articles
 *   (`../shared/data/news-raw`, no document repeated), a first pass over documents this process
 *   has not seen, then a second pass over the same documents; each as MB/s, as a fraction of the
 *   floor (1/N) and by stage. Before the first pass, JIT and lazy loading are
 *   warmed on the fixture articles and on other articles of the same file (taken from its end);
 * - cold start: a fresh node runs `import('dist/index.js')` + the first `extract` of the
 *   reference article (median of 5), beside node's own boot (`node -e 0`, interleaved), and
 *   scaled to a machine whose floor runs at 129 MB/s: each run × the floor measured just before
 *   it (same texts, same clock) ÷ 129, i.e. start-up is taken to be as much slower or faster
 *   than there as the floor is;
 * - pathological 100k-character inputs relative to ordinary text (the warm pass);
 * - `kashif batch` 1 → 2 workers over ≥ 15 MB of the raw news (whole run, second half,
 *   byte-identical output, RSS over the run);
 * - peak RSS of the bench process.
 *
 * Clock: throughput and cold start are timed by the main thread's own CPU time (Linux
 * /proc/thread-self/schedstat, see bench-clock.ts), wall time printed beside it: on this shared
 * 2-core machine wall time mostly measures the other developers' load, while the thread's CPU
 * time stays close to what an idle machine's wall time would be. Not equal: under load the
 * shared caches still slow both down, the floor (memory-bound Map look-ups) more than extract,
 * which flatters the 1/N figures; run it when `uptime` shows a low load and quote the load
 * average it prints. Batch scaling and the pathological cases are wall time (several threads;
 * ratios of runs close in time).
 *
 * Budgets (printed PASS/MISS): first pass ≥ floor/65, second pass ≥ floor/45, cold start
 * ≤ 100 ms scaled, batch 2 workers ≥ 1.7× one worker (whole run), every pathological case
 * ≥ 1/10 of ordinary text per MB. Exit code 0 when every judged budget passes, 3 when one is
 * missed (`--report-only`: 0 anyway), 1 when the bench itself fails. A budget is only judged
 * when measured at its own scale and unperturbed: `--quick`, `--mb` < 3, `--batch-mb` < 15,
 * `--profile` and `--alloc` leave the affected budgets "not judged", and so does a 1-minute load
 * average above the number of cores at the start or the end of the run (`--judge-under-load`
 * judges anyway).
 *
 * Options: `--quick` (CI-sized: 0.3 MB passes, 1 MB batch, 3 cold starts; nothing judged),
 * `--no-batch`, `--batch-mb N`, `--mb N` (first-pass size), `--profile` (V8 CPU profile of the
 * first pass: top self time printed, bench-profile.cpuprofile written), `--alloc` (bytes
 * allocated per input byte in each pass, by function, with V8's sampling heap profiler),
 * `--json` (machine-readable figures on stdout, the report on stderr) or `--json FILE`.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { extractWithTimings, type StageTiming } from '../src/pipeline/extract.js';
import { findRoot } from './project-root.js';
import { CPU_CLOCK, CPU_MS_SOURCE, cpuMs } from './bench-clock.js';
import { floorVocabulary, loadNews, measureFloor, median, takeBytes, type NewsDoc } from './bench-corpus.js';
import { startAllocProfile, startCpuProfile, selfTimes, type AllocProfile, type FunctionShare } from './bench-profile.js';
import { pathological, type PathoResult } from './bench-patho.js';
import { batchScaling, type BatchResult, type BatchRun } from './bench-batch.js';

const USAGE = 'usage: npm run bench -- [--quick] [--no-batch] [--batch-mb N] [--mb N] [--profile] [--alloc] [--json [FILE]] [--report-only] [--judge-under-load]';
const argv = process.argv.slice(2);
if (argv.includes('--help') || argv.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
function numberArg(name: string, dflt: number): number {
  const eq = argv.find((a) => a.startsWith(`${name}=`));
  const at = argv.indexOf(name);
  const raw = eq ? eq.slice(name.length + 1) : at >= 0 ? argv[at + 1] : undefined;
  if (raw === undefined) return dflt;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) {
    console.error(`${name} needs a positive number, got ${raw}\n${USAGE}`);
    process.exit(2);
  }
  return n;
}
const QUICK = argv.includes('--quick');
const BATCH = !argv.includes('--no-batch');
const PROFILE = argv.includes('--profile');
const ALLOC = argv.includes('--alloc');
const REPORT_ONLY = argv.includes('--report-only');
const JUDGE_UNDER_LOAD = argv.includes('--judge-under-load');
const jsonAt = argv.indexOf('--json');
const JSON_ON = jsonAt >= 0;
const JSON_FILE = JSON_ON && argv[jsonAt + 1] && !argv[jsonAt + 1].startsWith('--') ? argv[jsonAt + 1] : undefined;
/** Machine output on stdout: the human report moves to stderr. */
const JSON_STDOUT = JSON_ON && !JSON_FILE;
const PASS_MB = numberArg('--mb', QUICK ? 0.3 : 3);
const BATCH_MB = numberArg('--batch-mb', QUICK ? 1 : 15);
const WARM_MB = QUICK ? 0.05 : 0.25;
const FLOOR_RUNS = QUICK ? 5 : 7;
const COLD_RUNS = QUICK ? 3 : 5;
/** The machine the budgets were set on: its floor ran at 129 MB/s. */
const REFERENCE_FLOOR = 129;

const BUDGET = { firstPassOfFloor: 65, secondPassOfFloor: 45, coldStartMs: 100, batchSpeedup: 1.7, pathoRelative: 0.1 };
const SCALE = { passMb: 3, batchMb: 15 };

const root = findRoot();
const dataDir = resolve(process.env.KASHIF_DATA || join(root, '..', 'shared', 'data'));
const NEWS = join(dataDir, 'news-raw', 'ant-corpus-v1.1.jsonl');
const REFERENCE_ARTICLE = join(root, 'fixtures', 'dw-kazakhstan-2022-01.txt');
const DIST_INDEX = join(root, 'dist', 'index.js');
const DIST_CLI = join(root, 'dist', 'cli.js');
const say = (s = '') => (JSON_STDOUT ? process.stderr : process.stdout).write(s + '\n');
const fmt = (x: number, d = 2) => x.toFixed(d);
const oneIn = (floor: number, x: number) => `1/${Math.round(floor / x)}`;

interface Pass {
  docs: number;
  mb: number;
  /** Wall time of the pass. */
  seconds: number;
  mbPerSec: number;
  /** The main thread's CPU time over the pass (see bench-clock.ts; `clock` says which clock). */
  cpuSeconds: number;
  cpuMbPerSec: number;
  /** The floor this pass is divided by (CPU clock). */
  floorMbPerSec: number;
  /** N in "1/N of the floor": floorMbPerSec ÷ cpuMbPerSec (both on the CPU clock). */
  floorOver: number;
  /** Whitespace tokens (the floor's tokens) per second, wall. */
  tokensPerSec: number;
  msPerDoc: number;
  mentions: number;
  /** By stage, from extractWithTimings (wall time). */
  stages: Array<{ stage: string; ms: number; share: number }>;
  /** Set with --alloc: bytes allocated per input byte, and the top allocating functions. */
  alloc?: { bytesPerInputByte: number; mbAllocated: number; top: FunctionShare[] };
  /** The run was perturbed by a profiler (its time is not the real one). */
  profiled: boolean;
}

/** One extract pass over `docs`, timed on both clocks, with the stages' wall-time shares. */
function extractPass(docs: NewsDoc[], tokens: number): Omit<Pass, 'floorMbPerSec' | 'floorOver' | 'profiled'> {
  const stageMs = new Map<string, number>();
  const timings: StageTiming[] = [];
  let mentions = 0;
  let size = 0;
  for (const d of docs) size += d.bytes;
  const c0 = cpuMs();
  const t0 = performance.now();
  for (const d of docs) {
    timings.length = 0;
    mentions += extractWithTimings(d.text, undefined, timings).result.entities.length;
    for (const t of timings) stageMs.set(t.stage, (stageMs.get(t.stage) ?? 0) + t.ms);
  }
  const wall = performance.now() - t0;
  const cpu = cpuMs() - c0;
  const stageTotal = [...stageMs.values()].reduce((a, b) => a + b, 0) || 1;
  return {
    docs: docs.length,
    mb: size / 1e6,
    seconds: wall / 1000,
    mbPerSec: size / 1e3 / wall,
    cpuSeconds: cpu / 1000,
    cpuMbPerSec: size / 1e3 / cpu,
    tokensPerSec: tokens / (wall / 1000),
    msPerDoc: wall / docs.length,
    mentions,
    stages: [...stageMs].map(([stage, ms]) => ({ stage, ms, share: ms / stageTotal })).sort((a, b) => b.ms - a.ms),
  };
}

interface ColdStart {
  runs: number;
  clock: 'thread-cpu' | 'wall';
  /** Main thread's CPU time (see bench-clock.ts) of `import()`, of the first extract, and of both: medians. */
  importMs: number;
  firstExtractMs: number;
  coldMs: number;
  /** The same, wall time. */
  coldWallMs: number;
  /**
   * coldMs scaled to a machine whose floor runs at 129 MB/s: median over the runs of
   * coldMs × floor ÷ 129, the floor (CPU clock) measured in this process just before each run.
   */
  coldMsScaled: number;
  /** Median of the floors measured before each run, MB/s. */
  floorMbPerSec: number;
  /** The fresh process's whole CPU time (all threads, node boot included) at its end: process.cpuUsage(). */
  processCpuMs: number;
  /** Wall clock from spawn to exit. */
  processWallMs: number;
  /** `node -e 0` (interleaved with the runs): its CPU time (process.cpuUsage() at the end) and wall clock. */
  nodeBootCpuMs: number;
  nodeBootWallMs: number;
}

function coldStart(runs: number, floorNow: () => number): ColdStart | { error: string } {
  if (!existsSync(DIST_INDEX)) return { error: 'dist/index.js missing: run npm run build' };
  const cpuTotal = '((u) => (u.user + u.system) / 1000)(process.cpuUsage())';
  const script = [
    "import { readFileSync } from 'node:fs';",
    `const c0 = ${CPU_MS_SOURCE}, t0 = performance.now();`,
    `const k = await import(${JSON.stringify(pathToFileURL(DIST_INDEX).href)});`,
    `const c1 = ${CPU_MS_SOURCE}, t1 = performance.now();`,
    `const r = k.extract(readFileSync(${JSON.stringify(REFERENCE_ARTICLE)}, 'utf8'));`,
    `const c2 = ${CPU_MS_SOURCE}, t2 = performance.now();`,
    `console.log(JSON.stringify({ importMs: c1 - c0, firstExtractMs: c2 - c1, wallMs: t2 - t0, processCpuMs: ${cpuTotal}, mentions: r.entities.length }));`,
  ].join('\n');
  const imp: number[] = [];
  const first: number[] = [];
  const sum: number[] = [];
  const sumWall: number[] = [];
  const procCpu: number[] = [];
  const procWall: number[] = [];
  const bootCpu: number[] = [];
  const bootWall: number[] = [];
  const floors: number[] = [];
  const scaled: number[] = [];
  for (let i = 0; i < runs; i++) {
    floors.push(floorNow());
    let t0 = performance.now();
    const b = spawnSync(process.execPath, ['-e', `console.log(${cpuTotal})`], { encoding: 'utf8' });
    bootWall.push(performance.now() - t0);
    if (b.status !== 0) return { error: 'node -e failed' };
    bootCpu.push(Number(b.stdout.trim()));
    t0 = performance.now();
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    procWall.push(performance.now() - t0);
    if (r.status !== 0) return { error: (r.stderr || 'cold start process failed').trim().split('\n').slice(-3).join(' ') };
    const o = JSON.parse(r.stdout.trim().split('\n').pop()!) as { importMs: number; firstExtractMs: number; wallMs: number; processCpuMs: number };
    imp.push(o.importMs);
    first.push(o.firstExtractMs);
    sum.push(o.importMs + o.firstExtractMs);
    sumWall.push(o.wallMs);
    procCpu.push(o.processCpuMs);
    scaled.push(((o.importMs + o.firstExtractMs) * floors[i]) / REFERENCE_FLOOR);
  }
  return {
    runs,
    clock: CPU_CLOCK,
    importMs: median(imp),
    firstExtractMs: median(first),
    coldMs: median(sum),
    coldWallMs: median(sumWall),
    coldMsScaled: median(scaled),
    floorMbPerSec: median(floors),
    processCpuMs: median(procCpu),
    processWallMs: median(procWall),
    nodeBootCpuMs: median(bootCpu),
    nodeBootWallMs: median(bootWall),
  };
}

interface Budget {
  id: 'first-pass' | 'second-pass' | 'cold-start' | 'batch' | 'pathological';
  target: string;
  measured: string;
  /** null: not measured. */
  pass: boolean | null;
  /** Counts for the exit code (measured at its scale, unperturbed). */
  judged: boolean;
  why?: string;
}

function readFixtures(): string[] {
  const dir = join(root, 'fixtures');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

function printPass(title: string, p: Pass): void {
  say(`\n${title}`);
  say(`  corpus        ${p.docs} documents, ${fmt(p.mb)} MB, ${p.mentions} mentions found`);
  say(`  time          ${fmt(p.cpuSeconds)} s of main-thread CPU, ${fmt(p.seconds)} s wall (${fmt(p.msPerDoc, 2)} ms per document)${p.profiled ? '  [under a profiler: slower than real]' : ''}`);
  say(`  throughput    ${fmt(p.cpuMbPerSec)} MB/s by CPU time = 1/${Math.round(p.floorOver)} of the floor; ${fmt(p.mbPerSec)} MB/s wall, ${Math.round(p.tokensPerSec).toLocaleString('en')} whitespace tokens/s (one core)`);
  say(`  stage shares  ${p.stages.map((s) => `${s.stage} ${fmt(s.share * 100, 1)} %`).join(', ')}`);
  if (p.alloc) {
    say(`  allocation    ${fmt(p.alloc.bytesPerInputByte, 0)} bytes per input byte (${fmt(p.alloc.mbAllocated, 0)} MB allocated; V8 sampling heap profiler, garbage included); top allocators:`);
    for (const f of p.alloc.top.slice(0, 12)) say(`    ${fmt(f.share * 100, 1).padStart(5)} %  ${fmt(f.amount / 1e6, 0).padStart(6)} MB  ${f.fn}`);
  }
}

async function main(): Promise<number> {
  const started = performance.now();
  const loadStart = loadavg();
  if (!existsSync(NEWS)) throw new Error(`${NEWS} not found: the bench reads the raw news of ../shared/data (or KASHIF_DATA)`);
  const news = loadNews(NEWS);
  const pass = takeBytes(news, 0, PASS_MB * 1e6);
  // Warm-up documents come from the other end of the file: never the measured ones.
  const warm: string[] = readFixtures();
  let warmBytes = 0;
  for (let i = news.length - 1; i >= pass.next && warmBytes < WARM_MB * 1e6; i--) {
    warm.push(news[i].text);
    warmBytes += news[i].bytes;
  }
  const texts = pass.docs.map((d) => d.text);
  const passBytes = pass.docs.reduce((a, d) => a + d.bytes, 0);
  say(`kashif bench${QUICK ? ' (quick)' : ''}: node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load average ${loadStart.map((x) => fmt(x)).join(' ')}`);
  if (loadStart[0] > cpus().length) say(`  note: the load average is above the ${cpus().length} cores: the floor and the wall-clock figures will be off (see the header of scripts/bench.ts), budgets are not judged`);
  say(`  texts: ${news.length} distinct ANT news articles (${fmt(news.reduce((a, d) => a + d.bytes, 0) / 1e6)} MB, headline + body); passes over the first ${pass.docs.length} (${fmt(passBytes / 1e6)} MB); warm-up on ${warm.length} others (fixtures + the file's last articles)`);

  const vocab = floorVocabulary(texts);
  const floorBefore = measureFloor(texts, vocab, passBytes, FLOOR_RUNS);

  for (const w of warm) extractWithTimings(w, undefined);

  const stopCpu = PROFILE ? await startCpuProfile() : null;
  let stopAlloc = ALLOC ? await startAllocProfile() : null;
  const first = extractPass(pass.docs, floorBefore.tokens);
  // Stop both profilers before reading either (mapping frames to sources allocates too).
  const cpuProfile = stopCpu ? await stopCpu() : null;
  const allocFirst: AllocProfile | null = stopAlloc ? await stopAlloc() : null;
  let profileTop: FunctionShare[] | null = null;
  if (cpuProfile) {
    writeFileSync(join(root, 'bench-profile.cpuprofile'), JSON.stringify(cpuProfile));
    profileTop = selfTimes(cpuProfile).slice(0, 30);
  }
  const floorBetween = measureFloor(texts, vocab, passBytes, FLOOR_RUNS);
  stopAlloc = ALLOC ? await startAllocProfile() : null;
  const second = extractPass(pass.docs, floorBefore.tokens);
  const allocSecond = stopAlloc ? await stopAlloc() : null;

  const floorAfter = measureFloor(texts, vocab, passBytes, FLOOR_RUNS);
  const floor = median([...floorBefore.cpuPasses, ...floorBetween.cpuPasses, ...floorAfter.cpuPasses]);
  const floorWall = median([...floorBefore.passes, ...floorBetween.passes, ...floorAfter.passes]);
  const withFloor = (p: ReturnType<typeof extractPass>, alloc: AllocProfile | null, profiled: boolean): Pass => ({
    ...p,
    floorMbPerSec: floor,
    floorOver: floor / p.cpuMbPerSec,
    profiled,
    ...(alloc ? { alloc: { bytesPerInputByte: alloc.bytes / passBytes, mbAllocated: alloc.bytes / 1e6, top: alloc.top.slice(0, 25) } } : {}),
  });
  const firstPass = withFloor(first, allocFirst, PROFILE || ALLOC);
  const secondPass = withFloor(second, allocSecond, ALLOC);

  say(`\nFloor (one whitespace-tokenising pass, one Map look-up per token, over the same ${fmt(passBytes / 1e6)} MB)`);
  say(`  clock: ${CPU_CLOCK === 'thread-cpu' ? "the main thread's CPU time (/proc/thread-self/schedstat), close to an idle machine's wall time whatever the load (not equal: see the header of scripts/bench.ts); wall time beside it" : 'wall time (no /proc/thread-self here): on a loaded machine every figure is slower'}`);
  say(`  ${fmt(floor, 1)} MB/s (wall ${fmt(floorWall, 1)} MB/s): median of ${3 * FLOOR_RUNS} samples of ≥ 40 ms, ${FLOOR_RUNS} before the first extract pass (median ${fmt(floorBefore.cpuMbPerSec, 1)}), ${FLOOR_RUNS} between the passes (${fmt(floorBetween.cpuMbPerSec, 1)}), ${FLOOR_RUNS} after the second (${fmt(floorAfter.cpuMbPerSec, 1)}); ${floorBefore.tokens} tokens, ${vocab.size} distinct`);
  printPass('First pass of extract() over documents this process has not seen (all recognisers, default options)', firstPass);
  printPass('Second pass over the same documents', secondPass);

  if (profileTop) {
    say(`\nCPU profile of the first pass (self time; whole profile: bench-profile.cpuprofile)`);
    for (const f of profileTop.slice(0, 25)) say(`  ${fmt(f.share * 100, 1).padStart(5)} %  ${fmt(f.amount, 0).padStart(6)} ms  ${f.fn}`);
  }

  // The floor (same texts, same clock) right before each cold-start run.
  const cold = coldStart(COLD_RUNS, () => measureFloor(texts, vocab, passBytes, 3).cpuMbPerSec);
  say(`\nCold start (fresh node: import dist/index.js + first extract of the reference article, median of ${COLD_RUNS})`);
  if ('error' in cold) say(`  skipped: ${cold.error}`);
  else {
    say(`  import + first extract  ${fmt(cold.coldMs, 1)} ms main-thread CPU (import ${fmt(cold.importMs, 1)}, first extract ${fmt(cold.firstExtractMs, 1)}); ${fmt(cold.coldWallMs, 1)} ms wall`);
    say(`  node's own boot (node -e, CPU of the process)  ${fmt(cold.nodeBootCpuMs, 1)} ms (wall ${fmt(cold.nodeBootWallMs, 1)} ms); the cold-start process in all: ${fmt(cold.processCpuMs, 1)} ms CPU, ${fmt(cold.processWallMs, 1)} ms wall`);
    say(`  scaled to a 129 MB/s-floor machine (× floor ÷ 129, the floor measured just before each run: median ${fmt(cold.floorMbPerSec, 1)} MB/s): ${fmt(cold.coldMsScaled, 1)} ms`);
  }

  const patho: PathoResult[] = existsSync(DIST_INDEX) ? await pathological(DIST_INDEX, secondPass.mbPerSec, 30000) : [];
  say(`\nPathological inputs (100k characters each, warmed on a tenth, median of 3; relative = MB/s ÷ second-pass MB/s)`);
  if (!patho.length) say('  skipped: dist/index.js missing: run npm run build');
  for (const p of patho) {
    say(`  ${p.name.padEnd(22)} ${p.ms === null ? '       -' : fmt(p.ms, 1).padStart(8)} ms ${p.mbPerSec === null ? '       -' : fmt(p.mbPerSec).padStart(8)} MB/s ${p.relative === null ? '        -' : (fmt(p.relative) + '×').padStart(9)}${p.note ? '  ' + p.note : ''}`);
  }

  let batch: BatchResult | { error: string } | null = null;
  if (BATCH) {
    say(`\nkashif batch, 1 → 2 workers, over ${BATCH_MB} MB of JSON Lines of the raw news (wall clock incl. process start-up and JIT warm-up)`);
    batch = existsSync(DIST_CLI) ? await batchScaling(DIST_CLI, news, BATCH_MB) : { error: 'dist/cli.js missing: run npm run build' };
    if ('error' in batch) say(`  skipped: ${batch.error}`);
    else {
      const b = batch;
      say(`  input         ${b.lines} lines, ${fmt(b.mb)} MB (${fmt(b.uniqueMb)} MB distinct articles${b.mb - b.uniqueMb > 0.01 ? `, then ${fmt(b.mb - b.uniqueMb)} MB repeated from the start of the file` : ''})`);
      for (const r of [b.workers1, b.workers2] as BatchRun[]) {
        const q = (f: number) => fmt(r.rssSamplesMb[Math.min(r.rssSamplesMb.length - 1, Math.floor(f * r.rssSamplesMb.length))] ?? 0, 0);
        say(`  --workers ${r.workers}   ${fmt(r.seconds)} s, ${fmt(r.mbPerSec)} MB/s (second half ${r.secondHalfMbPerSec === null ? '-' : fmt(r.secondHalfMbPerSec)} MB/s), RSS at 25/50/75/100 % ${q(0.25)}/${q(0.5)}/${q(0.75)}/${q(0.999)} MB (peak ${fmt(r.peakRssMb, 0)})`);
      }
      say(`  speed-up      ${fmt(b.speedup)}× whole run, ${b.secondHalfSpeedup === null ? '-' : fmt(b.secondHalfSpeedup) + '×'} over the second half; identical output: ${b.identicalOutput ? 'yes' : 'NO'}`);
    }
  }

  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  say(`\nPeak RSS of the bench process ${fmt(peakRssMb, 0)} MB (process.resourceUsage().maxRSS; the pathological worker threads included)`);

  // Budgets.
  const notAtScale = (what: string) => (QUICK ? 'quick run' : what);
  const budgets: Budget[] = [];
  const passJudged = !QUICK && PASS_MB >= SCALE.passMb;
  budgets.push({
    id: 'first-pass',
    target: `≥ floor/${BUDGET.firstPassOfFloor} (${fmt(firstPass.floorMbPerSec / BUDGET.firstPassOfFloor)} MB/s here)`,
    measured: `${fmt(firstPass.cpuMbPerSec)} MB/s = ${oneIn(firstPass.floorMbPerSec, firstPass.cpuMbPerSec)}`,
    pass: firstPass.floorOver <= BUDGET.firstPassOfFloor,
    judged: passJudged && !firstPass.profiled,
    ...(passJudged ? (firstPass.profiled ? { why: 'under a profiler' } : {}) : { why: notAtScale(`--mb < ${SCALE.passMb}`) }),
  });
  budgets.push({
    id: 'second-pass',
    target: `≥ floor/${BUDGET.secondPassOfFloor} (${fmt(secondPass.floorMbPerSec / BUDGET.secondPassOfFloor)} MB/s here)`,
    measured: `${fmt(secondPass.cpuMbPerSec)} MB/s = ${oneIn(secondPass.floorMbPerSec, secondPass.cpuMbPerSec)}`,
    pass: secondPass.floorOver <= BUDGET.secondPassOfFloor,
    judged: passJudged && !secondPass.profiled,
    ...(passJudged ? (secondPass.profiled ? { why: 'under a profiler' } : {}) : { why: notAtScale(`--mb < ${SCALE.passMb}`) }),
  });
  budgets.push({
    id: 'cold-start',
    target: `≤ ${BUDGET.coldStartMs} ms scaled to a 129 MB/s floor`,
    measured: 'error' in cold ? cold.error : `${fmt(cold.coldMsScaled, 1)} ms scaled (${fmt(cold.coldMs, 1)} ms here)`,
    pass: 'error' in cold ? null : cold.coldMsScaled <= BUDGET.coldStartMs,
    judged: !QUICK,
    ...(QUICK ? { why: 'quick run' } : {}),
  });
  if (batch === null) budgets.push({ id: 'batch', target: `--workers 2 ≥ ${BUDGET.batchSpeedup}× one worker over ≥ ${SCALE.batchMb} MB`, measured: 'not run (--no-batch)', pass: null, judged: false, why: '--no-batch' });
  else {
    const ok = !('error' in batch);
    const atScale = !QUICK && ok && (batch as BatchResult).mb >= SCALE.batchMb;
    budgets.push({
      id: 'batch',
      target: `--workers 2 ≥ ${BUDGET.batchSpeedup}× one worker over ≥ ${SCALE.batchMb} MB, identical output`,
      measured: ok ? `${fmt((batch as BatchResult).speedup)}× over ${fmt((batch as BatchResult).mb, 1)} MB, output ${(batch as BatchResult).identicalOutput ? 'identical' : 'DIFFERENT'}` : (batch as { error: string }).error,
      pass: ok ? (batch as BatchResult).speedup >= BUDGET.batchSpeedup && (batch as BatchResult).identicalOutput : null,
      judged: atScale || !ok,
      ...(atScale || !ok ? {} : { why: notAtScale(`--batch-mb < ${SCALE.batchMb}`) }),
    });
  }
  const slowest = patho.reduce<PathoResult | null>((a, p) => (p.relative !== null && (a === null || a.relative === null || p.relative < a.relative) ? p : a), null);
  const pathoFailed = patho.filter((p) => p.relative === null);
  budgets.push({
    id: 'pathological',
    target: `every case ≥ ${BUDGET.pathoRelative}× ordinary text per MB, none timed out`,
    measured: patho.length === 0 ? 'not run' : `slowest ${slowest ? `${slowest.name} ${fmt(slowest.relative ?? 0)}×` : '-'}${pathoFailed.length ? `; ${pathoFailed.map((p) => `${p.name}: ${p.note}`).join('; ')}` : ''}`,
    pass: patho.length === 0 ? null : pathoFailed.length === 0 && patho.every((p) => (p.relative ?? 0) >= BUDGET.pathoRelative),
    judged: !QUICK && patho.length > 0,
    ...(QUICK ? { why: 'quick run' } : {}),
  });

  // Under a load average above the core count the floor (memory-bound) and wall-clock batch
  // figures swing by 2-3x between runs minutes apart (shared caches, stolen cores): a verdict
  // then says more about the neighbours than about kashif.
  const loadEnd = loadavg();
  const peakLoad = Math.max(loadStart[0], loadEnd[0]);
  const overloaded = peakLoad > cpus().length && !JUDGE_UNDER_LOAD;
  if (overloaded) {
    for (const b of budgets) {
      if (!b.judged) continue;
      b.judged = false;
      b.why = `load average ${fmt(peakLoad)} > ${cpus().length} cores (--judge-under-load to judge anyway)`;
    }
  }
  say(`\nBudgets (exit code 3 when a judged budget is missed)`);
  for (const b of budgets) {
    const verdict = b.pass === null ? '----' : b.pass ? 'PASS' : 'MISS';
    say(`  ${verdict}  ${b.id.padEnd(13)} ${b.target}: ${b.measured}${b.judged ? '' : `  (not judged: ${b.why ?? 'not measured'})`}`);
  }
  const missed = budgets.filter((b) => b.judged && b.pass !== true);
  const seconds = (performance.now() - started) / 1000;
  say(`\nDone in ${fmt(seconds, 1)} s; load average at the end ${loadEnd.map((x) => fmt(x)).join(' ')}.${missed.length ? ` Missed: ${missed.map((b) => b.id).join(', ')}.` : ''}`);

  const report = {
    generatedAt: new Date().toISOString(),
    quick: QUICK,
    node: process.version,
    cpus: cpus().length,
    loadAverage: { start: loadStart, end: loadEnd },
    corpus: { file: 'news-raw/ant-corpus-v1.1.jsonl', articles: news.length, passDocs: pass.docs.length, passMb: passBytes / 1e6, warmupDocs: warm.length },
    clock: CPU_CLOCK,
    floor: { mbPerSec: floor, wallMbPerSec: floorWall, before: floorBefore, between: floorBetween, after: floorAfter, tokens: floorBefore.tokens, distinct: vocab.size },
    firstPass,
    secondPass,
    coldStart: cold,
    pathological: patho,
    batch,
    peakRssMb,
    budgets,
    profile: profileTop,
    seconds,
  };
  const json = JSON.stringify(report, null, 2) + '\n';
  if (JSON_FILE) {
    writeFileSync(resolve(JSON_FILE), json);
    say(`Figures written to ${resolve(JSON_FILE)}`);
  } else if (JSON_STDOUT) process.stdout.write(json);
  return missed.length && !REPORT_ONLY ? 3 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  },
);
