/**
 * examples/distributed/run-local.sh against the built CLI (dist/cli.js: `npm test` builds
 * before jest runs): shards, one `kashif batch --workers 1` per shard, one output line per
 * input line with the ids in input order, error lines in place, and identical output on a re-run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const root = join(__dirname, '..');
const SCRIPT = join(root, 'examples', 'distributed', 'run-local.sh');
let dir = '';

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: run `npm run build` first (npm test builds before jest)');
  dir = mkdtempSync(join(tmpdir(), 'kashif-distributed-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function runLocal(work: string, env: Record<string, string>, input?: string) {
  const { KASHIF: _k, KASHIF_ARGS: _a, SHARDS: _s, PARALLEL: _p, WORK: _w, SAMPLE_LINES: _l, ...base } = process.env;
  return spawnSync('bash', [SCRIPT, ...(input ? [input] : [])], { cwd: root, encoding: 'utf8', env: { ...base, WORK: work, ...env } });
}

const lines = (file: string) => readFileSync(file, 'utf8').split('\n').filter((l, i, a) => i < a.length - 1 || l !== '');
const parts = (d: string) => readdirSync(d).filter((f) => /^part-\d{5}\.jsonl$/.test(f)).sort();

test('the generated sample: 2 shards, each part has its shard\'s lines and ids, in input order; a re-run is identical', () => {
  const work = join(dir, 'sample');
  const r = runLocal(work, { SHARDS: '2', PARALLEL: '2', SAMPLE_LINES: '6' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/total\s+6\s+6\s+match/);

  const inputIds = lines(join(work, 'input.jsonl')).map((l) => JSON.parse(l).id);
  expect(inputIds).toHaveLength(6);
  expect(parts(join(work, 'in'))).toEqual(['part-00000.jsonl', 'part-00001.jsonl']);
  expect(parts(join(work, 'out'))).toEqual(['part-00000.jsonl', 'part-00001.jsonl']);
  expect(existsSync(join(work, 'out', '_SUCCESS'))).toBe(true);

  const all: unknown[] = [];
  for (const p of parts(join(work, 'in'))) {
    const src = lines(join(work, 'in', p)).map((l) => JSON.parse(l));
    const out = lines(join(work, 'out', p)).map((l) => JSON.parse(l));
    expect(src.length).toBeGreaterThan(0);
    expect(out.map((o) => o.id)).toEqual(src.map((s) => s.id));
    for (const o of out) {
      expect(o.error).toBeUndefined();
      expect(Array.isArray(o.entities)).toBe(true);
    }
    all.push(...out);
  }
  expect(all.map((o) => (o as { id: string }).id)).toEqual(inputIds);

  // A retried task reproduces its part byte for byte (every line has a referenceDate).
  const again = join(dir, 'sample-again');
  const r2 = runLocal(again, { SHARDS: '2', PARALLEL: '1', SAMPLE_LINES: '6' });
  expect(r2.status).toBe(0);
  for (const p of parts(join(work, 'out'))) expect(readFileSync(join(again, 'out', p), 'utf8')).toBe(readFileSync(join(work, 'out', p), 'utf8'));
});

test('a given input with bad lines, in 3 shards: error lines keep their place, KASHIF_ARGS reaches every task', () => {
  const input = join(dir, 'mixed.jsonl');
  const rows = [
    JSON.stringify({ id: 'a', text: 'زار الرئيس الفرنسي القاهرة يوم 9 يناير 2022' }),
    'not json',
    JSON.stringify({ id: 7, text: 42 }),
    JSON.stringify({ id: 'b', text: 'ارتفع التضخم إلى 35% في يناير', referenceDate: '2024-02-10' }),
    '',
    JSON.stringify({ id: 'c', text: 'نص قصير' }),
  ];
  writeFileSync(input, rows.join('\n') + '\n');
  const work = join(dir, 'mixed');
  const r = runLocal(work, { SHARDS: '3', PARALLEL: '2', KASHIF_ARGS: '--reference-date 2024-01-01' }, input);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const out = parts(join(work, 'out')).flatMap((p) => lines(join(work, 'out', p)).map((l) => JSON.parse(l)));
  expect(out.map((o) => o.id)).toEqual(['a', null, 7, 'b', null, 'c']);
  expect(out.map((o) => o.error?.code ?? null)).toEqual([null, 'INVALID_JSON', 'INVALID_INPUT', null, 'INVALID_JSON', null]);
  expect(out[0].documentDate.value).toBe('2024-01-01'); // KASHIF_ARGS reached every task
  expect(out[3].documentDate.value).toBe('2024-02-10'); // a line's own referenceDate wins
});

test('a failing task fails the job and commits neither its part nor _SUCCESS', () => {
  const input = join(dir, 'two.jsonl');
  writeFileSync(input, '{"id":1,"text":"نص"}\n{"id":2,"text":"نص"}\n');
  const work = join(dir, 'failing');
  const r = runLocal(work, { SHARDS: '2', KASHIF: `${process.execPath} ${join(dir, 'no-such-cli.js')}` }, input);
  expect(r.status).toBe(1);
  expect(r.stderr).toMatch(/task part-00000\.jsonl failed/);
  expect(parts(join(work, 'out'))).toEqual([]);
  expect(existsSync(join(work, 'out', '_SUCCESS'))).toBe(false);
});
