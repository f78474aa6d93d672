/**
 * The bench runs and reports what it promises: `npm run bench -- --quick` (the built
 * build/dev/bench.js) prints every section and writes figures of the right shape. No bound
 * on time or speed here: a busy machine must not fail `npm test`. The budgets (first pass,
 * second pass, cold start, batch, pathological inputs) are judged by the full `npm run bench`,
 * which exits 3 when one is missed; a quick run judges none and exits 0. Linear time is
 * checked in extract.test.ts (100k vs 50k characters, interleaved) and in the stage suites.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const root = join(__dirname, '..');
const BENCH = join(root, 'build', 'dev', 'bench.js');

interface Pass {
  docs: number;
  mb: number;
  mbPerSec: number;
  cpuMbPerSec: number;
  floorMbPerSec: number;
  floorOver: number;
  mentions: number;
  stages: Array<{ stage: string; share: number }>;
}
interface BenchJson {
  quick: boolean;
  floor: { mbPerSec: number; tokens: number };
  firstPass: Pass;
  secondPass: Pass;
  coldStart: { coldMs: number; coldWallMs: number; coldMsScaled: number; nodeBootCpuMs: number; nodeBootWallMs: number; importMs: number; firstExtractMs: number } | { error: string };
  pathological: Array<{ name: string; ms: number | null; relative: number | null; note?: string }>;
  batch: { lines: number; identicalOutput: boolean; speedup: number; workers1: { seconds: number }; workers2: { seconds: number } } | { error: string } | null;
  peakRssMb: number;
  budgets: Array<{ id: string; pass: boolean | null; judged: boolean }>;
}

let result: BenchJson;
let stdout = '';
let status: number | null = null;

beforeAll(() => {
  if (!existsSync(BENCH)) throw new Error('build/dev/bench.js is missing: run `npm run build` first (npm test builds before jest)');
  const dir = mkdtempSync(join(tmpdir(), 'kashif-bench-'));
  try {
    const out = join(dir, 'bench.json');
    const r = spawnSync(process.execPath, [BENCH, '--quick', '--json', out], { cwd: root, encoding: 'utf8', timeout: 600_000 });
    stdout = r.stdout;
    status = r.status;
    if (r.status !== 0) throw new Error(`bench --quick failed (${r.status ?? r.signal}): ${r.stderr}`);
    result = JSON.parse(readFileSync(out, 'utf8')) as BenchJson;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 660_000);

test('a quick run exits 0 and prints every section', () => {
  expect(status).toBe(0);
  for (const h of ['Floor', 'First pass of extract()', 'Second pass', 'stage shares', 'Cold start', "node's own boot", 'scaled to a 129 MB/s-floor machine', 'Pathological inputs', 'kashif batch', 'Peak RSS', 'Budgets']) {
    expect(stdout).toContain(h);
  }
});

test('floor and both passes are measured over the same distinct documents', () => {
  expect(result.quick).toBe(true);
  expect(result.floor.mbPerSec).toBeGreaterThan(0);
  expect(result.floor.tokens).toBeGreaterThan(1000);
  for (const p of [result.firstPass, result.secondPass]) {
    expect(p.mbPerSec).toBeGreaterThan(0);
    expect(p.floorMbPerSec).toBeGreaterThan(0);
    expect(p.cpuMbPerSec).toBeGreaterThan(0);
    expect(p.floorOver).toBeCloseTo(p.floorMbPerSec / p.cpuMbPerSec, 6);
    expect(p.mentions).toBeGreaterThan(100);
    expect(p.stages.map((s) => s.stage)).toEqual(expect.arrayContaining(['dates', 'names', 'normalize+tokenize', 'numbers']));
    expect(p.stages.reduce((a, s) => a + s.share, 0)).toBeCloseTo(1, 5);
  }
  expect(result.secondPass.docs).toBe(result.firstPass.docs);
  expect(result.secondPass.mb).toBe(result.firstPass.mb);
  // Same documents, same options: the same mentions on both passes (no call-order dependence).
  expect(result.secondPass.mentions).toBe(result.firstPass.mentions);
});

test('cold start is measured beside node boot', () => {
  expect('error' in result.coldStart).toBe(false);
  const c = result.coldStart as Exclude<BenchJson['coldStart'], { error: string }>;
  for (const x of [c.coldMs, c.coldWallMs, c.coldMsScaled, c.nodeBootCpuMs, c.nodeBootWallMs, c.importMs, c.firstExtractMs]) expect(x).toBeGreaterThan(0);
});

test('every pathological case runs to a valid figure', () => {
  expect(result.pathological.map((p) => p.name)).toHaveLength(14);
  // A timeout is a budget miss of the full bench, not a test failure; an error is a bug.
  for (const p of result.pathological) expect({ name: p.name, error: (p.note ?? '').startsWith('error') }).toEqual({ name: p.name, error: false });
});

test('batch with 2 workers writes exactly what 1 worker writes', () => {
  expect(result.batch).not.toBeNull();
  expect('error' in result.batch!).toBe(false);
  const b = result.batch as Exclude<BenchJson['batch'], { error: string } | null>;
  expect(b.identicalOutput).toBe(true);
  expect(b.lines).toBeGreaterThan(100);
  expect(b.speedup).toBeCloseTo(b.workers1.seconds / b.workers2.seconds, 6);
});

test('every budget is reported, none judged in a quick run', () => {
  expect(result.budgets.map((b) => b.id)).toEqual(['first-pass', 'second-pass', 'cold-start', 'batch', 'pathological']);
  for (const b of result.budgets) expect({ id: b.id, judged: b.judged }).toEqual({ id: b.id, judged: false });
  expect(result.peakRssMb).toBeGreaterThan(0);
});
