/**
 * Fault suite for `kashif batch` (the built CLI, dist/cli.js): malformed and edge-case lines
 * (bad JSON, CRLF, a BOM, invalid UTF-8, lone surrogates, 5 MB lines, duplicate and missing ids,
 * empty lines, a last line without its newline), kills at random points (SIGKILL, SIGTERM,
 * SIGINT) followed by --resume, the input given as the output (same path, another path, a
 * symlink, a hard link, stdin, stdout), and a closed stdout pipe. The figures (kills, lines
 * in/out, identical outputs) are printed at the end.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { BatchLineSchema } from '../src/index';
import { prng as rng } from '../scripts/lib/prng';

const root = join(__dirname, '..');
const CLI = join(root, 'dist', 'cli.js');
const NEWS = join(root, '..', 'shared', 'data', 'news-raw', 'ant-corpus-v1.1.jsonl');
const SEED = 20261201;
const FIVE_MB = 5 * 1024 * 1024;

let dir = '';
let input = '';
let inputBytes: Buffer = Buffer.alloc(0);
let inputLines = 0;
let clean: Buffer = Buffer.alloc(0);
const figures = { seed: SEED, inputLines: 0, linesOut: 0, inputMB: 0, runs: 0, kills: { SIGKILL: 0, SIGTERM: 0, SIGINT: 0 }, finishedBeforeKill: 0, resumes: 0, identicalOutputs: 0, comparedOutputs: 0, sameFileRefusals: 0, closedPipeRuns: 0 };


/** Real news lines with every kind of bad or odd line between them; raw bytes. */
function buildInput(): Buffer {
  const news = existsSync(NEWS)
    ? readFileSync(NEWS, 'utf8').split('\n').slice(2000, 2090).filter((l) => l.length > 0)
    : Array.from({ length: 120 }, (_, i) => JSON.stringify({ id: `n${i}`, text: `وصل وزير الخارجية إلى عمان يوم الخميس ${i} يناير 2022 وقال إن 35 في المئة` }));
  const odd: Buffer[] = [
    Buffer.from('not json at all'),
    Buffer.from(''),
    Buffer.from('   \t '),
    Buffer.from(JSON.stringify({ id: 'dup', text: 'قال الرئيس التونسي قيس سعيد' })),
    Buffer.from(JSON.stringify({ id: 'dup', text: 'وصل الوزير إلى صفاقس' })),
    Buffer.from(JSON.stringify({ text: 'بلا معرف: قال وزير الصحة' })),
    Buffer.from(JSON.stringify({ id: { nested: 1 }, text: 'معرف غير صالح' })),
    Buffer.from(JSON.stringify({ id: 'no-text' })),
    Buffer.from(JSON.stringify({ id: 'text-null', text: null })),
    Buffer.from(JSON.stringify({ id: 'bad-date', text: 'أمس', referenceDate: '2022-13-45' })),
    Buffer.from('[1,2,3]'),
    Buffer.from('null'),
    Buffer.from('{"id":"surrogates","text":"\\ud800 قال \\udfff الوزير \\u0000"}'),
    Buffer.concat([Buffer.from('{"id":"bad-utf8","text":"قال '), Buffer.from([0xd9, 0xff, 0xfe, 0xc0, 0x80, 0xed, 0xa0, 0x80]), Buffer.from(' الوزير"}')]),
    Buffer.concat([Buffer.from('{"id":"cut-utf8","text":"x'), Buffer.from([0xd9])]),
    // 5 MB lines: valid JSON padded with white space, and one unterminated string.
    Buffer.from('{"id":"five-mb-padded",' + ' '.repeat(FIVE_MB) + '"text":"وصل الوزير إلى تونس"}'),
    Buffer.from('{"id":"five-mb-unterminated","text":"' + 'قال '.repeat(FIVE_MB / 7)),
    Buffer.from('{"id":"big-field","junk":"' + 'x'.repeat(1 << 20) + '","text":"قال الوزير"}'),
  ];
  const parts: Buffer[] = [Buffer.from([0xef, 0xbb, 0xbf])];
  let o = 0;
  news.forEach((line, i) => {
    parts.push(Buffer.from(line), Buffer.from(i % 4 === 1 ? '\r\n' : '\n'));
    if (i % 6 === 2 && o < odd.length) parts.push(odd[o++], Buffer.from(o % 3 === 0 ? '\r\n' : '\n'));
  });
  while (o < odd.length) parts.push(odd[o++], Buffer.from('\n'));
  parts.push(Buffer.from(JSON.stringify({ id: 'last-no-newline', text: 'وصل الوزير إلى القيروان' })));
  return Buffer.concat(parts);
}

function countLines(b: Buffer): number {
  let n = 0;
  for (let i = b.indexOf(0x0a); i >= 0; i = b.indexOf(0x0a, i + 1)) n++;
  return b.length > 0 && b[b.length - 1] !== 0x0a ? n + 1 : n;
}

function run(args: string[], opts: { input?: Buffer; stdio?: unknown[] } = {}) {
  figures.runs++;
  return spawnSync(process.execPath, [CLI, 'batch', '--no-progress', ...args], { input: opts.input, cwd: root, maxBuffer: 512 * 1024 * 1024, stdio: opts.stdio as never });
}

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first (npm test builds before jest)');
  dir = mkdtempSync(join(tmpdir(), 'kashif-faults-'));
  inputBytes = buildInput();
  input = join(dir, 'input.jsonl');
  writeFileSync(input, inputBytes);
  inputLines = countLines(inputBytes.subarray(3));
  figures.inputLines = inputLines;
  figures.inputMB = +(inputBytes.length / 1e6).toFixed(2);
  const r = run(['--input', input]);
  expect(r.status).toBe(0);
  clean = r.stdout;
  figures.linesOut = countLines(clean);
});
afterAll(() => {
  // The figures of the fault suite (issue 15): kills, lines in/out, identical outputs.
  process.stdout.write(`\nbatch fault suite: ${JSON.stringify(figures)}\n`);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function same(a: Buffer, b: Buffer): boolean {
  figures.comparedOutputs++;
  const ok = a.equals(b);
  if (ok) figures.identicalOutputs++;
  return ok;
}

describe('malformed and edge-case lines', () => {
  test('one schema-valid output line per input line, numbered, ids echoed, BOM dropped', () => {
    const lines = clean.toString('utf8').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(inputLines);
    const inLines = inputBytes.subarray(3).toString('utf8').split('\n');
    const codes = new Map<string, number>();
    lines.forEach((l, i) => {
      const rec = BatchLineSchema.parse(JSON.parse(l));
      expect(rec.line).toBe(i + 1);
      if ('error' in rec) codes.set(rec.error.code, (codes.get(rec.error.code) ?? 0) + 1);
      let want: unknown = null;
      try {
        const v = JSON.parse(inLines[i]);
        if (v && typeof v === 'object' && (typeof v.id === 'string' || typeof v.id === 'number')) want = v.id;
      } catch (e) {
        if (!(e instanceof SyntaxError)) throw e;
      }
      expect(rec.id).toEqual(want);
    });
    // The first line is a real record although the file starts with a BOM.
    expect('error' in JSON.parse(lines[0])).toBe(false);
    expect(codes.get('INVALID_JSON')).toBe(5); // not json, empty, blank, cut UTF-8, unterminated 5 MB
    expect(codes.get('INVALID_INPUT')).toBe(4);
    expect(codes.get('INVALID_OPTIONS')).toBe(1);
    expect(codes.get('INTERNAL')).toBeUndefined();
  });

  test('--workers 2 (small and default blocks) and stdin give byte-identical output', () => {
    expect(same(run(['--input', input, '--workers', '2']).stdout, clean)).toBe(true);
    // Worker threads from the second block on (by default the main thread does the first 512 KB itself).
    expect(same(run(['--input', input, '--workers', '2', '--workers-after', '0', '--chunk-size', '3']).stdout, clean)).toBe(true);
    expect(same(run(['--workers', '2', '--workers-after', '0'], { input: inputBytes }).stdout, clean)).toBe(true);
  });
});

describe('kills at random points, then --resume', () => {
  const random = rng(SEED);
  const signals: NodeJS.Signals[] = ['SIGKILL', 'SIGTERM', 'SIGINT'];
  let s = 0;

  /** Start a run; once it has written something new, wait a random moment and send a signal. */
  async function killedRun(out: string, workers: number): Promise<void> {
    const before = existsSync(out) ? statSync(out).size : 0;
    figures.runs++;
    const child = spawn(process.execPath, [CLI, 'batch', '--no-progress', '--input', input, '--resume', out, '--workers', String(workers), '--workers-after', '0'], { cwd: root, stdio: 'ignore' });
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    let done = false;
    void exited.then(() => (done = true));
    while (!done && !(existsSync(out) && statSync(out).size > before)) await new Promise((r) => setTimeout(r, 10));
    if (!done) await new Promise((r) => setTimeout(r, Math.floor(random() * 300)));
    const sig = signals[s++ % signals.length];
    if (!done && child.kill(sig)) figures.kills[sig as keyof typeof figures.kills]++;
    else figures.finishedBeforeKill++;
    await exited;
  }

  test.each([[1], [2]])('workers %i: three kills (SIGKILL, SIGTERM, SIGINT), resumed each time: byte-identical to a clean run', async (workers) => {
    const out = join(dir, `killed-${workers}.jsonl`);
    for (let k = 0; k < 3; k++) {
      await killedRun(out, workers);
      if (k > 0) figures.resumes++;
    }
    const r = run(['--input', input, '--resume', out, '--workers', String(workers)]);
    figures.resumes++;
    expect(r.status).toBe(0);
    const got = readFileSync(out);
    expect(countLines(got)).toBe(inputLines);
    expect(same(got, clean)).toBe(true);
    // Resuming a finished file is a no-op.
    expect(run(['--input', input, '--resume', out]).status).toBe(0);
    expect(same(readFileSync(out), clean)).toBe(true);
  }, 240000);

  test('a resume file cut at every kind of point (inside a line, inside a multi-byte character, after a newline)', () => {
    // Cuts late in the file redo little; one early cut redoes nearly everything.
    const late = Math.floor(clean.length * 0.8);
    const nl = clean.indexOf(0x0a, late);
    const cuts = [7, late, nl + 1, nl + 2, clean.length - 1];
    // Inside a multi-byte character: just after the first lead byte (≥ 0xc0) past that point.
    for (let i = nl + 2; i < clean.length; i++) {
      if (clean[i] >= 0xc0) {
        cuts.push(i + 1);
        break;
      }
    }
    for (const cut of cuts) {
      const out = join(dir, `cut-${cut}.jsonl`);
      writeFileSync(out, clean.subarray(0, cut));
      expect(run(['--input', input, '--resume', out]).status).toBe(0);
      figures.resumes++;
      expect(same(readFileSync(out), clean)).toBe(true);
    }
  }, 240000);

  test('a resume file that is not this command\'s output is refused, unchanged', () => {
    const out = join(dir, 'foreign.jsonl');
    writeFileSync(out, 'my notes\nkeep them');
    const r = run(['--input', input, '--resume', out]);
    expect(r.status).toBe(2);
    expect(r.stderr.toString()).toMatch(/cannot resume/);
    expect(readFileSync(out, 'utf8')).toBe('my notes\nkeep them');
  });
});

describe('the input given as the output', () => {
  test.each([
    ['--output, the same path', (f: string) => ({ args: ['--input', f, '--output', f] })],
    ['--output, another path to it', (f: string) => ({ args: ['--input', f, '--output', join(dir, 'sub', '..', 'same.jsonl')] })],
    ['--output, a symlink to it', (f: string) => ({ args: ['--input', f, '--output', join(dir, 'link.jsonl')] })],
    ['--input a symlink, --output the file', (f: string) => ({ args: ['--input', join(dir, 'link.jsonl'), '--output', f] })],
    ['--output, a hard link to it', (f: string) => ({ args: ['--input', f, '--output', join(dir, 'hard.jsonl')] })],
    ['--resume, the same file', (f: string) => ({ args: ['--input', f, '--resume', f] })],
    ['stdin redirected from it', (f: string) => ({ args: ['--output', f], stdin: f })],
    ['stdout appending to it', (f: string) => ({ args: ['--input', f], stdout: f })],
  ])('%s: usage error (exit 2), file unchanged', (_name, make) => {
    const f = join(dir, 'same.jsonl');
    const small = inputBytes.subarray(0, inputBytes.indexOf(0x0a, 20000) + 1);
    writeFileSync(f, small);
    mkdirSync(join(dir, 'sub'), { recursive: true });
    rmSync(join(dir, 'link.jsonl'), { force: true });
    rmSync(join(dir, 'hard.jsonl'), { force: true });
    symlinkSync(f, join(dir, 'link.jsonl'));
    linkSync(f, join(dir, 'hard.jsonl'));
    const c = make(f) as { args: string[]; stdin?: string; stdout?: string };
    const fds: number[] = [];
    const stdio: unknown[] = ['pipe', 'pipe', 'pipe'];
    if (c.stdin) fds.push((stdio[0] = openSync(c.stdin, 'r')) as number);
    if (c.stdout) fds.push((stdio[1] = openSync(c.stdout, 'a')) as number);
    const r = run(c.args, { stdio });
    for (const fd of fds) closeSync(fd);
    expect(r.status).toBe(2);
    expect(String(r.stderr)).toMatch(/same file|is the input file/);
    expect(readFileSync(f).equals(small)).toBe(true);
    figures.sameFileRefusals++;
  });
});

describe('a closed stdout pipe', () => {
  test.each([[1], [2]])('workers %i: the reader goes away after one line: exit 0, no stack trace', async (workers) => {
    figures.runs++;
    figures.closedPipeRuns++;
    const child = spawn(process.execPath, [CLI, 'batch', '--no-progress', '--input', input, '--workers', String(workers), '--workers-after', '0'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    let first = '';
    await new Promise<void>((resolveLine) => {
      child.stdout.on('data', (d: Buffer) => {
        first += d.toString('utf8');
        if (first.includes('\n')) {
          child.stdout.destroy();
          resolveLine();
        }
      });
    });
    const code = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
    expect(JSON.parse(first.slice(0, first.indexOf('\n'))).line).toBe(1);
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });

  test('kashif batch | head -1 (bash, pipefail): exit 0, one line', () => {
    figures.runs++;
    figures.closedPipeRuns++;
    const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${CLI}" batch --no-progress --workers 2 --input "${input}" | head -1`], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')).toHaveLength(2);
  });
});

describe('a UTF-8 BOM at the start of `extract FILE` and of its stdin', () => {
  test('dropped: the result is that of the text without it (offsets included)', () => {
    const text = readFileSync(join(root, 'fixtures', 'dw-kazakhstan-2022-01.txt'), 'utf8').slice(0, 1500);
    const plain = join(dir, 'plain.txt');
    const bom = join(dir, 'bom.txt');
    writeFileSync(plain, text);
    writeFileSync(bom, '\uFEFF' + text);
    const ex = (args: string[], input?: string) => spawnSync(process.execPath, [CLI, 'extract', ...args, '--format', 'jsonl', '-r', '2022-01-09'], { input, cwd: root, encoding: 'utf8' });
    const want = ex([plain]);
    expect(want.status).toBe(0);
    expect(JSON.parse(want.stdout).entities.length).toBeGreaterThan(0);
    expect(ex([bom]).stdout).toBe(want.stdout);
    expect(ex(['-'], '\uFEFF' + text).stdout).toBe(want.stdout);
  });
});
