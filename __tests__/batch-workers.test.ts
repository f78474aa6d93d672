/**
 * runBatch when worker threads fail: a worker that dies before answering (its blocks run
 * in-process, so the output is exactly the in-process output), and workers that die in the
 * middle of a run (the blocks they held become INTERNAL error lines carrying their ids; the rest
 * is answered; nothing hangs and every input line still gets one output line, in order).
 */
import { Readable, Writable } from 'node:stream';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { runBatch } from '../src/cli/batch';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kashif-workers-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const TEXTS = ['وصل الوزير إلى عمان يوم الخميس', 'ارتفع التضخم إلى 35 في المئة', 'not json', '', '{"id":"x"}'];
const LINES = 90;
const INPUT = Array.from({ length: LINES }, (_, i) => {
  const t = TEXTS[i % TEXTS.length];
  return t === 'not json' || t === '' || t.startsWith('{') ? t : JSON.stringify({ id: `d${i}`, text: t });
}).join('\n') + '\n';

/**
 * The input as a stream; with `marker`, the first 6 lines come at once and the rest only once the
 * fake worker has created the marker file (it has started), so that it is sure to get blocks
 * although this thread could answer such small blocks before any worker is up.
 */
async function* inputOf(marker?: string): AsyncGenerator<Buffer> {
  const lines = INPUT.split('\n');
  if (!marker) {
    yield Buffer.from(INPUT);
    return;
  }
  yield Buffer.from(lines.slice(0, 6).join('\n') + '\n');
  for (let waited = 0; !existsSync(marker) && waited < 30000; waited += 20) await new Promise((r) => setTimeout(r, 20));
  await new Promise((r) => setTimeout(r, 100));
  yield Buffer.from(lines.slice(6).join('\n'));
}

async function batch(workers: number, workerPath?: string, maxInFlight?: number, marker?: string): Promise<string[]> {
  const chunks: Buffer[] = [];
  const output = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  const stats = await runBatch({ input: Readable.from(inputOf(marker)), inputSize: null, output, workers, defaults: {}, chunkLines: 3, workerPath, maxInFlight, startAfterBytes: 0 });
  const lines = Buffer.concat(chunks).toString('utf8').split('\n');
  expect(lines.pop()).toBe('');
  expect(stats.lines).toBe(lines.length);
  return lines;
}

function fakeWorker(name: string, body: string, ready = true): string {
  const path = join(dir, name);
  writeFileSync(path, `const { parentPort } = require('node:worker_threads');\n${ready ? 'parentPort.postMessage({ ready: true });' : ''}\n${body}\n`);
  return path;
}

describe('runBatch with failing workers', () => {
  test('a worker that fails to start (dies before reporting ready): the blocks run in-process, same output', async () => {
    const expected = await batch(1);
    expect(expected).toHaveLength(LINES);
    // Never reports ready: dies on the first block it is sent (it is sent none), or at once.
    const dies = fakeWorker('dies.cjs', `parentPort.on('message', () => process.exit(3)); setTimeout(() => process.exit(3), 50);`, false);
    expect(await batch(2, dies)).toEqual(expected);
  });

  test('workers that die mid-run: INTERNAL error lines with the ids of the blocks they held', async () => {
    const expected = await batch(1);
    // Answers its first block with one marker line per input line, then dies on the next one.
    const marker = join(dir, 'flaky-started');
    const flaky = fakeWorker(
      'flaky.cjs',
      `require('node:fs').writeFileSync(${JSON.stringify(marker)}, '');
let n = 0;
parentPort.on('message', (m) => {
  if (n++ > 0) process.exit(4);
  const text = Buffer.from(m.bytes).toString('utf8');
  const count = text.split('\\n').length - (text.endsWith('\\n') ? 1 : 0);
  const out = Buffer.from('{"id":null,"fake":true}\\n'.repeat(count));
  const bytes = new Uint8Array(out.length);
  bytes.set(out);
  parentPort.postMessage({ seq: m.seq, out: { text: bytes, lines: count, errors: 0, skipped: 0 } }, [bytes.buffer]);
});`,
    );
    // With 2 threads: this one and one worker thread (replaced up to 6 times when it dies).
    // Few blocks in flight; the first blocks are answered here while the worker starts, the
    // next go to the worker, which answers one and dies on the next; the blocks it held become
    // INTERNAL lines, and the rest is answered here or by its replacements.
    const got = await batch(2, flaky, 2, marker);
    expect(got).toHaveLength(expected.length);
    const kinds = { fake: 0, internal: 0, real: 0 };
    got.forEach((line, i) => {
      const rec = JSON.parse(line);
      if (rec.fake) kinds.fake++;
      else if (rec.error?.code === 'INTERNAL' && /worker failed: exit code 4/.test(rec.error.message)) {
        kinds.internal++;
        expect(rec.id).toBe(JSON.parse(expected[i]).id);
      } else {
        kinds.real++;
        expect(line).toBe(expected[i]);
      }
    });
    expect(kinds.fake).toBeGreaterThan(0);
    expect(kinds.internal).toBeGreaterThan(0);
    // The blocks answered on this thread.
    expect(kinds.real).toBeGreaterThan(0);
  });
});
