/**
 * The programmatic batch API: the core extractMany (sequential, no Node built-ins), the Node
 * extractMany and extractJsonLines with worker threads, the BatchLine schema, the block reader's
 * BOM and skip handling, and the --resume file check.
 */
import { Readable } from 'node:stream';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { extract, extractMany, extractManySync, BatchLineSchema, BatchErrorLineSchema, BatchResultLineSchema, KashifError } from '../src/index';
import * as node from '../src/node/index';
import { processJsonLine } from '../src/batch/record';
import { readBlocks, blockLines, decodeBlock } from '../src/node/lines';
import { loadResume, ResumeError } from '../src/cli/batch';

const root = join(__dirname, '..');
const WORKER = join(root, 'dist', 'cli-worker.js');
let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kashif-batch-api-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const TEXT = 'وصل وزير الخارجية المصري سامح شكري إلى عمان يوم الخميس 6 يناير 2022';
const ITEMS: unknown[] = [
  TEXT,
  { id: 'a', text: TEXT, referenceDate: '2022-01-09' },
  { id: 'a', text: 'ارتفع التضخم إلى 35 في المئة' }, // a repeated id is legal
  { text: 'قال الرئيس' }, // no id
  { id: 7, text: 42 },
  { id: 'no-text' },
  null,
  ['not', 'a', 'record'],
  { id: 'bad-date', text: TEXT, referenceDate: '2022-02-30x' },
  { id: { nested: true }, text: TEXT },
];

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe('extractMany (core)', () => {
  test('one line per item, in order, numbered from 1, schema-valid; errors in place', async () => {
    const lines = await collect(extractMany(ITEMS as never[], { referenceDate: '2023-05-05' }));
    expect(lines.map((l) => l.line)).toEqual(ITEMS.map((_, i) => i + 1));
    for (const l of lines) BatchLineSchema.parse(l);
    const codes = lines.map((l) => ('error' in l ? l.error.code : null));
    expect(codes).toEqual([null, null, null, null, 'INVALID_INPUT', 'INVALID_INPUT', 'INVALID_INPUT', 'INVALID_INPUT', 'INVALID_OPTIONS', null]);
    expect(lines.map((l) => l.id)).toEqual([null, 'a', 'a', null, 7, 'no-text', null, null, 'bad-date', null]);
    // A result line is the extract result with id and line first; the item's own date wins.
    expect(lines[1]).toEqual({ id: 'a', line: 2, ...extract(TEXT, { referenceDate: '2022-01-09' }) });
    expect(lines[0]).toEqual({ id: null, line: 1, ...extract(TEXT, { referenceDate: '2023-05-05' }) });
    expect(BatchResultLineSchema.safeParse(lines[4]).success).toBe(false);
    expect(BatchErrorLineSchema.parse(lines[4]).error.code).toBe('INVALID_INPUT');
  });

  test.each([
    ['an array', () => ITEMS],
    ['a generator', function* gen() {
      yield* ITEMS;
    }],
    ['an async generator', async function* agen() {
      for (const x of ITEMS) yield await Promise.resolve(x);
    }],
    ['a Readable in object mode', () => Readable.from(ITEMS.filter((x) => x !== null))],
  ])('from %s: the same lines as the CLI rules give for the JSON of each item', async (_name, make) => {
    const source = (make as () => Iterable<unknown> | AsyncIterable<unknown>)();
    const items: unknown[] = Symbol.asyncIterator in source ? await collect(source as AsyncIterable<unknown>) : [...(source as Iterable<unknown>)];
    const got = await collect(extractMany((make as () => Iterable<never>)()));
    expect(got).toHaveLength(items.length);
    got.forEach((l, i) => {
      const item = items[i];
      const record = typeof item === 'string' ? { id: null, text: item } : item;
      expect(JSON.stringify(l)).toBe(processJsonLine(JSON.stringify(record), i + 1, {}));
    });
  });

  test('extractManySync gives the same lines synchronously', async () => {
    expect([...extractManySync(ITEMS as never[])]).toEqual(await collect(extractMany(ITEMS as never[])));
  });

  test.each([
    ['bad options', () => extractMany([TEXT], { referenceDate: 'soon' }), 'INVALID_OPTIONS'],
    ['unknown option', () => extractMany([TEXT], { colour: 'red' } as never), 'INVALID_OPTIONS'],
    ['not iterable', () => extractMany(42 as never), 'INVALID_INPUT'],
    ['a plain object', () => extractMany({ text: TEXT } as never), 'INVALID_INPUT'],
    ['sync: not iterable', () => extractManySync(null as never), 'INVALID_INPUT'],
  ])('%s throws KashifError at the call', (_name, call, code) => {
    expect(call).toThrow(KashifError);
    try {
      call();
    } catch (e) {
      expect((e as KashifError).code).toBe(code);
    }
  });

  test('pulls items one at a time (an endless source is fine)', async () => {
    let pulled = 0;
    function* endless() {
      for (;;) {
        pulled++;
        yield 'قال الوزير';
      }
    }
    const it = extractMany(endless());
    for (let i = 0; i < 3; i++) await it.next();
    await it.return();
    expect(pulled).toBe(3);
  });
});

const haveWorker = existsSync(WORKER);
(haveWorker ? describe : describe.skip)('kashif/node: extractMany and extractJsonLines with worker threads', () => {
  test('workers 2 give exactly the core lines, in order (small blocks), and the workers do answer', async () => {
    const many = Array.from({ length: 60 }, (_, i) => (i % 7 === 3 ? { id: i, text: null } : { id: i % 5, text: `${TEXT} رقم ${i}` }));
    const core = await collect(extractMany(many as never[], { referenceDate: '2022-01-09' }));
    const stats = { local: 0, worker: 0, failed: 0, stolen: 0, ready: false };
    // After the first blocks (answered here while the pool starts), wait for a worker to be ready.
    async function* source() {
      for (let i = 0; i < many.length; i++) {
        if (i === 12) for (let waited = 0; !stats.ready && waited < 30000; waited += 20) await new Promise((r) => setTimeout(r, 20));
        // And for a worker's first answer before the end (at the end, this thread takes the workers' last blocks).
        if (i === 40) for (let waited = 0; stats.worker === 0 && waited < 30000; waited += 20) await new Promise((r) => setTimeout(r, 20));
        yield many[i];
      }
    }
    const pooled = await collect(node.extractMany(source() as never, { referenceDate: '2022-01-09', workers: 2, chunkSize: 4, workerPath: WORKER, stats, startAfterBytes: 0 }));
    expect(pooled).toEqual(core);
    expect(stats.local).toBeGreaterThan(0);
    expect(stats.worker).toBeGreaterThan(0);
    expect(stats.local + stats.worker).toBe(15);
  });

  test('an item that cannot be sent to a worker is answered on this thread', async () => {
    const items = [{ id: 1, text: TEXT, extra: () => 1 }, { id: 2, text: TEXT }];
    const got = await collect(node.extractMany(items as never[], { workers: 2, chunkSize: 1, workerPath: WORKER, startAfterBytes: 0 }));
    expect(got).toEqual(await collect(extractMany(items as never[])));
  });

  test('bad pool settings are INVALID_OPTIONS', () => {
    expect(() => node.extractMany([TEXT], { workers: 0 })).toThrow(KashifError);
    expect(() => node.extractMany([TEXT], { chunkSize: 1.5 })).toThrow(KashifError);
  });

  test('extractJsonLines: bytes in, the CLI lines out, identical for 1 and 2 workers, skipLines numbered', async () => {
    const input = Buffer.from('\uFEFF' + ITEMS.map((x) => JSON.stringify(typeof x === 'string' ? { text: x } : x)).join('\r\n') + '\nnot json\n\n');
    const run = async (workers: number, skipLines = 0) => {
      const parts: Buffer[] = [];
      for await (const b of node.extractJsonLines(Readable.from([input]), { workers, chunkSize: 3, skipLines, workerPath: WORKER, startAfterBytes: 0 })) parts.push(Buffer.from(b.text));
      return Buffer.concat(parts).toString('utf8');
    };
    const one = await run(1);
    const lines = one.trimEnd().split('\n');
    expect(lines).toHaveLength(ITEMS.length + 2);
    lines.forEach((l, i) => expect(BatchLineSchema.parse(JSON.parse(l)).line).toBe(i + 1));
    expect(await run(2)).toBe(one);
    expect(await run(2, 4)).toBe(lines.slice(4).join('\n') + '\n');
  });
});

describe('readBlocks: BOM and skipped lines', () => {
  async function lines(bytes: Buffer, cuts: number, skipLines = 0): Promise<{ text: string[]; first: number[] }> {
    const pieces: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += cuts) pieces.push(bytes.subarray(i, i + cuts));
    const text: string[] = [];
    const first: number[] = [];
    for await (const b of readBlocks(Readable.from(pieces), 2, 1 << 18, { skipLines })) {
      const ls = blockLines(decodeBlock(b.bytes));
      expect(ls).toHaveLength(b.lines);
      first.push(b.firstLine);
      text.push(...ls);
    }
    return { text, first };
  }
  test.each([
    ['BOM then lines', '\uFEFFa\nb\nc', 0, ['a', 'b', 'c'], [1, 3]],
    ['BOM only', '\uFEFF', 0, [], []],
    ['a BOM later is kept', 'a\n\uFEFFb\n', 0, ['a', '\uFEFFb'], [1]],
    ['skip 2 of 5', '\uFEFF1\n2\n3\n4\n5', 2, ['3', '4', '5'], [3, 5]],
    ['skip all', '1\n2\n', 2, [], []],
    ['skip more than there are', '1\n2', 5, [], []],
    ['not a BOM: EF BB then text', '\u00ef\u00bbx', 0, ['\u00ef\u00bbx'], [1]],
  ])('%s', async (_name, text, skip, want, firstLines) => {
    for (const cuts of [1, 2, 1000]) {
      const got = await lines(Buffer.from(text as string, 'utf8'), cuts, skip as number);
      expect(got.text).toEqual(want);
      expect(got.first).toEqual(firstLines);
    }
  });
});

describe('loadResume', () => {
  const line = (n: number) => JSON.stringify({ id: `d${n}`, line: n, error: { code: 'INVALID_JSON', message: 'x' } });
  test.each([
    ['missing file', null, 0, null],
    ['empty file', '', 0, ''],
    ['complete lines', `${line(1)}\n${line(2)}\n`, 2, `${line(1)}\n${line(2)}\n`],
    ['a partial last line is cut off', `${line(1)}\n${line(2).slice(0, 12)}`, 1, `${line(1)}\n`],
    ['a complete last line without its newline is redone', `${line(1)}\n${line(2)}`, 1, `${line(1)}\n`],
    ['only a partial line', line(1).slice(0, 3), 0, ''],
  ])('%s', (_name, content, done, after) => {
    const path = join(dir, `resume-${String(_name).replace(/\W+/g, '-')}.jsonl`);
    if (content !== null) writeFileSync(path, content as string);
    expect(loadResume(path)).toBe(done);
    if (after !== null) expect(readFileSync(path, 'utf8')).toBe(after);
  });
  test.each([
    ['not our output', 'hello\nworld\n'],
    ['lines out of step', `${line(1)}\n${line(3)}\n`],
    ['a foreign partial line is left alone', `${line(1)}\nsomething else`],
  ])('%s: ResumeError, file unchanged', (_name, content) => {
    const path = join(dir, `bad-${String(_name).replace(/\W+/g, '-')}.jsonl`);
    writeFileSync(path, content);
    expect(() => loadResume(path)).toThrow(ResumeError);
    expect(readFileSync(path, 'utf8')).toBe(content);
  });
});

describe('JSON Schema', () => {
  const file = join(root, 'dist', 'kashif.schema.json');
  (existsSync(file) ? test : test.skip)('dist/kashif.schema.json has BatchLine: a result line and an error line, both with id and line', () => {
    const schema = JSON.parse(readFileSync(file, 'utf8'));
    const alternatives = schema.$defs.BatchLine.anyOf as { required: string[] }[];
    expect(alternatives.map((a) => a.required.slice(0, 2))).toEqual([['id', 'line'], ['id', 'line']]);
    expect(alternatives[0].required).toContain('entities');
    expect(alternatives[1].required).toContain('error');
  });
});
