/**
 * The built CLI (dist/cli.js): `npm test` builds before jest runs. Every command in each
 * format, batch error lines and ordering, worker threads vs in-process, --resume, --help.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { ExtractResultSchema, ErrorRecordSchema } from '../src/index';

const root = join(__dirname, '..');
const CLI = join(root, 'dist', 'cli.js');
const ARTICLE = join(root, 'fixtures', 'dw-kazakhstan-2022-01.txt');
let dir = '';

function run(args: string[], input?: string): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', cwd: root, maxBuffer: 256 * 1024 * 1024 });
}

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`dist/cli.js is missing: run \`npm run build\` first (npm test builds before jest)`);
  dir = mkdtempSync(join(tmpdir(), 'kashif-cli-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const articleText = () => readFileSync(ARTICLE, 'utf8');

describe('kashif extract', () => {
  test('json (default) is a schema-valid result whose mentions slice the input', () => {
    const r = run(['extract', ARTICLE]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const result = ExtractResultSchema.parse(JSON.parse(r.stdout));
    const text = articleText();
    for (const m of result.entities) expect(m.text).toBe(text.slice(m.start, m.end));
    expect(r.stdout.split('\n').length).toBeGreaterThan(3); // pretty-printed
  });

  test('jsonl prints one line; stdin via - and via a pipe give the same result', () => {
    const a = run(['extract', ARTICLE, '--format', 'jsonl']);
    expect(a.status).toBe(0);
    expect(a.stdout.trimEnd().split('\n')).toHaveLength(1);
    const b = run(['extract', '-', '--format', 'jsonl'], articleText());
    const c = run(['extract', '--format', 'jsonl'], articleText());
    expect(b.stdout).toBe(a.stdout);
    expect(c.stdout).toBe(a.stdout);
  });

  test('table lists mentions, records, document date and warnings', () => {
    const r = run(['extract', ARTICLE, '--format', 'table', '--reference-date', '2022-01-09']);
    expect(r.status).toBe(0);
    for (const heading of ['Mentions (', 'People (', 'Organizations (', 'Locations (', 'Document date:', 'Warnings (']) expect(r.stdout).toContain(heading);
    const json = ExtractResultSchema.parse(JSON.parse(run(['extract', ARTICLE, '--reference-date', '2022-01-09']).stdout));
    for (const m of json.entities) expect(r.stdout).toContain(`${m.id}`);
  });

  test('--types filters and --forward-dates is accepted', () => {
    const r = run(['extract', ARTICLE, '--types', 'date,number', '--forward-dates', '--format', 'jsonl']);
    expect(r.status).toBe(0);
    const result = ExtractResultSchema.parse(JSON.parse(r.stdout));
    for (const m of result.entities) expect(['date', 'number']).toContain(m.type);
  });

  test('bad options print a KashifError {code, message} and exit 2', () => {
    for (const args of [['--reference-date', 'yesterday'], ['--types', 'person,weather']]) {
      const r = run(['extract', ARTICLE, ...args]);
      expect(r.status).toBe(2);
      const err = ErrorRecordSchema.parse(JSON.parse(r.stderr.trim()));
      expect(err.code).toBe('INVALID_OPTIONS');
    }
  });

  test('a missing file, an unknown format or an unknown command is a usage error (exit 2)', () => {
    expect(run(['extract', join(dir, 'nope.txt')]).status).toBe(2);
    expect(run(['extract', ARTICLE, '--format', 'xml']).status).toBe(2);
    expect(run(['frobnicate']).status).toBe(2);
    expect(run(['batch', '--workers', 'zero'], '').status).toBe(2);
  });

  test('non-Arabic and empty input still give a valid result', () => {
    for (const input of ['', 'The quick brown fox', '\u200f\u200e', '\u064e\u064e\u064e']) {
      const r = run(['extract', '-', '--format', 'jsonl'], input);
      expect(r.status).toBe(0);
      ExtractResultSchema.parse(JSON.parse(r.stdout));
    }
  });
});

describe('kashif normalize', () => {
  test('prints the normalised text', () => {
    const r = run(['normalize', '-'], 'مُحَمَّدٌ ٱلْعَرَبِيّ ١٢٣ بـــ250');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('محمد العربي 123 ب250');
  });
  test('reads a file', () => {
    const r = run(['normalize', ARTICLE]);
    expect(r.status).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(1000);
  });
});

const MIXED = [
  JSON.stringify({ id: 'a', text: 'أعلن الرئيس الكازاخستاني قاسم جومارت توكاييف يوم 5 يناير 2022 حالة الطوارئ في 3 مناطق.' }),
  '{"id": "broken", "text": ',
  '',
  JSON.stringify({ id: 'no-text', body: 'x' }),
  JSON.stringify({ id: 7, text: 42 }),
  JSON.stringify({ id: 'bad-date', text: 'نص', referenceDate: 'yesterday' }),
  JSON.stringify({ id: 'bad-fwd', text: 'نص', forwardDates: 'yes' }),
  '[1, 2, 3]',
  'null',
  JSON.stringify({ text: 'بلا معرف 2022' }),
  '   ',
  JSON.stringify({ id: 'last', text: 'انخفض التضخم إلى 12.5% في مارس 2024', referenceDate: '2024-04-01', forwardDates: true }),
];
const EXPECTED: Array<{ id: string | number | null; code: string | null }> = [
  { id: 'a', code: null },
  { id: null, code: 'INVALID_JSON' },
  { id: null, code: 'INVALID_JSON' },
  { id: 'no-text', code: 'INVALID_INPUT' },
  { id: 7, code: 'INVALID_INPUT' },
  { id: 'bad-date', code: 'INVALID_OPTIONS' },
  { id: 'bad-fwd', code: 'INVALID_OPTIONS' },
  { id: null, code: 'INVALID_INPUT' },
  { id: null, code: 'INVALID_INPUT' },
  { id: null, code: null },
  { id: null, code: 'INVALID_JSON' },
  { id: 'last', code: null },
];

function checkBatchOutput(stdout: string) {
  const lines = stdout.split('\n');
  expect(lines.pop()).toBe(''); // ends with a newline
  expect(lines).toHaveLength(MIXED.length);
  lines.forEach((line, i) => {
    const rec = JSON.parse(line) as Record<string, unknown>;
    expect(rec.id).toEqual(EXPECTED[i].id);
    if (EXPECTED[i].code) {
      expect(ErrorRecordSchema.parse(rec.error).code).toBe(EXPECTED[i].code);
    } else {
      expect(rec.error).toBeUndefined();
      const { id: _id, ...result } = rec;
      ExtractResultSchema.parse(result);
    }
  });
}

describe('kashif batch', () => {
  test('one line per input line, in order, with the right error codes (stdin)', () => {
    const r = run(['batch'], MIXED.join('\n') + '\n');
    expect(r.status).toBe(0);
    checkBatchOutput(r.stdout);
  });

  test('a last line without a newline and CRLF line ends are handled', () => {
    const r = run(['batch'], MIXED.join('\r\n'));
    expect(r.status).toBe(0);
    checkBatchOutput(r.stdout);
  });

  test('--workers 2 gives output identical to --workers 1 (small chunks, many lines)', () => {
    const input = join(dir, 'many.jsonl');
    const lines: string[] = [];
    for (let i = 0; i < 300; i++) lines.push(MIXED[i % MIXED.length].replace('"id":"a"', `"id":"a${i}"`));
    writeFileSync(input, lines.join('\n') + '\n');
    const one = run(['batch', '--workers', '1', '--input', input]);
    const two = run(['batch', '--workers', '2', '--workers-after', '0', '--chunk-size', '7', '--input', input]);
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout.split('\n').length - 1).toBe(300);
    const out = join(dir, 'many.out.jsonl');
    expect(run(['batch', '--workers', '2', '--input', input, '--output', out]).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(one.stdout);
  });

  test('worker blocks split lines exactly as the in-process reader: CRLF, no final newline, bad UTF-8, long lines across reads', () => {
    // Raw bytes: CRLF ends, an invalid UTF-8 sequence inside a JSON string and one cut short
    // before a newline, blank lines, lines longer than one 64 KB read with multi-byte
    // characters across the read boundaries, and a last line without its newline.
    const long = (i: number) => JSON.stringify({ id: `long${i}`, text: 'قال الرئيس ' + 'وزير الخارجية في القاهرة '.repeat(1500 + i) });
    const parts: Buffer[] = [];
    for (let i = 0; i < 40; i++) {
      parts.push(Buffer.from(MIXED[i % MIXED.length].replace('"id":"a"', `"id":"b${i}"`) + (i % 3 === 0 ? '\r\n' : '\n')));
      if (i % 7 === 0) parts.push(Buffer.from(long(i) + '\n'));
      if (i === 11) parts.push(Buffer.from('{"id":"bad","text":"'), Buffer.from([0xd9, 0x85, 0xff, 0xfe, 0xd9]), Buffer.from('"}\n'));
      if (i === 12) parts.push(Buffer.from('{"id":"cut","text":"x'), Buffer.from([0xd9]), Buffer.from('\n\n'));
    }
    parts.push(Buffer.from(JSON.stringify({ id: 'last', text: 'وصل الوزير إلى عمان' })));
    const input = join(dir, 'raw.jsonl');
    writeFileSync(input, Buffer.concat(parts));
    const one = run(['batch', '--workers', '1', '--input', input]);
    expect(one.status).toBe(0);
    const lines = one.stdout.trimEnd().split('\n');
    expect(lines.length).toBe(Buffer.concat(parts).toString('latin1').split('\n').length);
    expect(JSON.parse(lines[lines.length - 1]).id).toBe('last');
    for (const size of ['1', '3', '32']) {
      const two = run(['batch', '--workers', '2', '--workers-after', '0', '--chunk-size', size, '--input', input]);
      expect(two.status).toBe(0);
      expect(two.stdout).toBe(one.stdout);
    }
    // stdin too (a pipe delivers other read sizes).
    const piped = spawnSync(process.execPath, [CLI, 'batch', '--workers', '2'], { input: Buffer.concat(parts), cwd: root, maxBuffer: 256 * 1024 * 1024 });
    expect(piped.status).toBe(0);
    expect(piped.stdout.toString('utf8')).toBe(one.stdout);
  });

  test('--reference-date is the default for lines without one; a bad default is a usage error', () => {
    const text = 'وصل الوزير أمس إلى القاهرة، وسيغادر الخميس المقبل';
    const line = JSON.stringify({ id: 1, text });
    const r = run(['batch', '--reference-date', '2022-01-09', '--forward-dates'], line + '\n');
    expect(r.status).toBe(0);
    const single = run(['extract', '-', '--reference-date', '2022-01-09', '--forward-dates', '--format', 'jsonl'], text);
    expect(r.stdout).toBe(JSON.stringify({ id: 1, line: 1, ...JSON.parse(single.stdout) }) + "\n");
    // A line's own referenceDate wins over the default.
    const own = run(['batch', '--reference-date', '2022-01-09'], JSON.stringify({ id: 2, text, referenceDate: '2023-05-05' }) + '\n');
    const single2 = run(['extract', '-', '--reference-date', '2023-05-05', '--format', 'jsonl'], text);
    expect(own.stdout).toBe(JSON.stringify({ id: 2, line: 1, ...JSON.parse(single2.stdout) }) + "\n");
    const bad = run(['batch', '--reference-date', 'soon'], line + '\n');
    expect(bad.status).toBe(2);
    expect(ErrorRecordSchema.parse(JSON.parse(bad.stderr.trim())).code).toBe('INVALID_OPTIONS');
  });

  test('--resume skips the input lines already in the output file and appends the rest', () => {
    const input = join(dir, 'resume.jsonl');
    const texts = Array.from({ length: 20 }, (_, i) => JSON.stringify({ id: `doc${i}`, text: `خبر رقم ${i} عن 5 وزراء` }));
    writeFileSync(input, texts.join('\n') + '\n');
    const full = run(['batch', '--input', input]).stdout;
    const fullLines = full.trimEnd().split('\n');
    // Simulate an interruption: 8 complete lines and half of the 9th.
    const out = join(dir, 'resume.out.jsonl');
    writeFileSync(out, fullLines.slice(0, 8).join('\n') + '\n' + fullLines[8].slice(0, 25));
    const r = run(['batch', '--input', input, '--resume', out, '--workers', '2']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(full);
    // Running again is a no-op.
    expect(run(['batch', '--input', input, '--resume', out]).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(full);
  });

  test('--resume on a file that does not exist yet starts it', () => {
    const input = join(dir, 'resume2.jsonl');
    writeFileSync(input, MIXED.slice(0, 3).join('\n') + '\n');
    const out = join(dir, 'fresh.out.jsonl');
    expect(run(['batch', '--input', input, '--resume', out]).status).toBe(0);
    expect(readFileSync(out, 'utf8').trimEnd().split('\n')).toHaveLength(3);
  });

  test('an unreadable --input is a usage error', () => {
    expect(run(['batch', '--input', join(dir, 'missing.jsonl')]).status).toBe(2);
  });
});

describe('--help', () => {
  test.each([[[]], [['extract']], [['normalize']], [['batch']]])('%j --help exits 0 with usage', (cmd) => {
    const r = run([...(cmd as string[]), '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: kashif');
  });
  test('batch --help documents the empty-line rule', () => {
    expect(run(['batch', '--help']).stdout).toContain('empty line');
  });
});
