/**
 * Regression guard for speed and linear time: runs the quick benchmark (`npm run bench --
 * --quick --batch`, the built build/dev/bench.js) and checks generous bounds. These are not
 * timing targets (CI shares its two cores with the other test suites): they catch an order-of-
 * magnitude slowdown, a regular expression or pass that turns quadratic on a 100k-character
 * input, a broken cold start, and batch output that differs between 1 and 2 workers.
 * The targets themselves (1 MB/s, 150 ms, within 2×, 1.8×) are measured by the full `npm run bench`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const root = join(__dirname, '..');
const BENCH = join(root, 'build', 'dev', 'bench.js');

interface BenchJson {
  throughput: { mbPerSec: number; tokensPerSec: number; mentions: number; stages: Array<{ stage: string; share: number }> };
  coldStart: { inProcessMs: number; importMs: number; firstExtractMs: number } | { error: string };
  pathological: Array<{ name: string; ms: number | null; relative: number | null; note?: string }>;
  batch: { speedup: number; identicalOutput: boolean; lines: number } | { error: string } | null;
}

let result: BenchJson;
let stdout = '';

beforeAll(() => {
  if (!existsSync(BENCH)) throw new Error('build/dev/bench.js is missing: run `npm run build` first (npm test builds before jest)');
  const dir = mkdtempSync(join(tmpdir(), 'kashif-bench-'));
  try {
    const out = join(dir, 'bench.json');
    const r = spawnSync(process.execPath, [BENCH, '--quick', '--batch', '--json', out], { cwd: root, encoding: 'utf8', timeout: 240_000 });
    stdout = r.stdout;
    if (r.status !== 0) throw new Error(`bench --quick failed (${r.status ?? r.signal}): ${r.stderr}`);
    result = JSON.parse(readFileSync(out, 'utf8')) as BenchJson;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 300_000);

test('prints every section', () => {
  for (const h of ['Throughput of extract()', 'stage shares', 'Cold start', 'Pathological inputs', 'kashif batch scaling', 'Peak RSS']) expect(stdout).toContain(h);
});

test('throughput is within an order of magnitude of the 1 MB/s target, and finds mentions', () => {
  expect(result.throughput.mbPerSec).toBeGreaterThan(0.1);
  expect(result.throughput.mentions).toBeGreaterThan(1000);
  const stages = result.throughput.stages.map((s) => s.stage).sort();
  expect(stages).toEqual(expect.arrayContaining(['dates', 'names', 'normalize+tokenize', 'numbers']));
  const shares = result.throughput.stages.reduce((a, s) => a + s.share, 0);
  expect(shares).toBeCloseTo(1, 5);
});

test('cold start (import + first extract) stays under 1.5 s', () => {
  expect('error' in result.coldStart).toBe(false);
  const c = result.coldStart as { inProcessMs: number };
  expect(c.inProcessMs).toBeGreaterThan(0);
  expect(c.inProcessMs).toBeLessThan(1500);
});

test('no pathological input is catastrophically slow (each within 10× of ordinary text per MB)', () => {
  expect(result.pathological.length).toBeGreaterThanOrEqual(14);
  for (const p of result.pathological) {
    expect({ name: p.name, note: p.note ?? null }).toEqual({ name: p.name, note: null });
    expect(p.relative).not.toBeNull();
    // A quadratic pass over 100k characters would be hundreds of times slower than this bound.
    expect({ name: p.name, ok: (p.relative ?? 0) >= 0.1 }).toEqual({ name: p.name, ok: true });
  }
});

test('batch with 2 workers writes exactly what 1 worker writes', () => {
  expect(result.batch).not.toBeNull();
  expect('error' in result.batch!).toBe(false);
  const b = result.batch as { speedup: number; identicalOutput: boolean; lines: number };
  expect(b.identicalOutput).toBe(true);
  expect(b.lines).toBeGreaterThan(100);
  expect(b.speedup).toBeGreaterThan(0.3);
});
