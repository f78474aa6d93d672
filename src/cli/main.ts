/**
 * The `kashif` command line: extract, normalize, batch.
 * Exit codes: 0 success; 2 usage error, unreadable file or invalid options (a KashifError is
 * printed on stderr as JSON {code, message}). Batch lines that fail are reported in-band and
 * do not change the exit code.
 */
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { readFileSync, statSync, fstatSync, createReadStream, createWriteStream } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { once } from 'node:events';
import os from 'node:os';
import type { Readable, Writable } from 'node:stream';
import { extract, parseOptions } from '../pipeline/extract.js';
import { normalize } from '../text/normalize.js';
import { isKashifError, KashifError } from '../errors.js';
import type { ExtractOptions } from '../schema/options.js';
import { formatTable } from './table.js';
import { toHtml } from '../render/html.js';
import { writeFileSync } from 'node:fs';
import { runBatch, loadResume, ResumeError, sameFile, statOrNull } from './batch.js';
import type { BatchDefaults } from '../batch/record.js';

class UsageError extends Error {}

function fail(e: unknown): never {
  if (isKashifError(e)) {
    process.stderr.write(JSON.stringify(e.toJSON()) + "\n");
  } else if (e instanceof UsageError) {
    process.stderr.write(`kashif: ${e.message}\n`);
  } else {
    process.stderr.write(`kashif: ${(e as Error)?.stack ?? String(e)}\n`);
  }
  process.exit(2);
}

async function readAll(stream: Readable): Promise<string> {
  const parts: Buffer[] = [];
  for await (const c of stream) parts.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(parts).toString('utf8');
}

/** A UTF-8 byte-order mark at the start of a file is not text: offsets count from after it. */
function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

async function readText(file: string | undefined): Promise<string> {
  if (file === undefined || file === '-') {
    if (file === undefined && process.stdin.isTTY) throw new UsageError('no input: give a FILE, or pipe text on stdin (use - to read stdin explicitly)');
    return withoutBom(await readAll(process.stdin));
  }
  try {
    return withoutBom(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

function fstatOrNull(fd: number): import('node:fs').Stats | null {
  try {
    return fstatSync(fd);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code) return null;
    throw e;
  }
}

function parseTypes(v: string): string[] {
  return v.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
}

function parseNonNegativeInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a non-negative integer');
  return n;
}

function parsePositiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive integer');
  return n;
}

async function writeOut(s: string): Promise<void> {
  if (!process.stdout.write(s)) await once(process.stdout, 'drain');
}

interface CommonOpts {
  referenceDate?: string;
  forwardDates?: boolean;
  types?: string[];
}

function extractOptions(o: CommonOpts): ExtractOptions {
  const opts: Record<string, unknown> = {};
  if (o.referenceDate !== undefined) opts.referenceDate = o.referenceDate;
  if (o.forwardDates) opts.forwardDates = true;
  if (o.types !== undefined) opts.types = o.types;
  return opts as ExtractOptions;
}

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('kashif')
    .description('Extract people, organisations, places, dates and numbers from Arabic news text, with exact UTF-16 offsets.')
    .version('0.1.0')
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', '\nExit codes: 0 ok, 2 usage error, unreadable file or invalid options.');

  program
    .command('extract')
    .description('Extract mentions and entity records from one text (FILE, or - / nothing for stdin).')
    .argument('[file]', 'text file to read; - or omitted reads stdin')
    .option('-r, --reference-date <date>', 'ISO date or datetime relative dates resolve against (2022-01-09, 2022-01-09T10:00+03:00; a day the month lacks is INVALID_OPTIONS); default: inferred from the text')
    .option('--forward-dates', 'resolve bare weekdays forward (Duckling convention) instead of to the past', false)
    .option('-t, --types <list>', 'only report these types, comma-separated: person,organization,location,date,number', parseTypes)
    .option('-f, --format <format>', 'output format: json (pretty), jsonl (one line) or table', 'json')
    .addHelpText('after', '\nExamples:\n  kashif extract fixtures/dw-kazakhstan-2022-01.txt --format table\n  echo "زار الرئيس الفرنسي القاهرة يوم 9 يناير 2022" | kashif extract - --types person,date')
    .action(async (file: string | undefined, o: CommonOpts & { format: string }) => {
      if (!['json', 'jsonl', 'table'].includes(o.format)) throw new UsageError(`unknown --format ${o.format} (json, jsonl or table)`);
      const options = extractOptions(o);
      parseOptions(options); // report bad options before reading stdin
      const text = await readText(file);
      const result = extract(text, options);
      if (o.format === 'table') await writeOut(formatTable(result));
      else if (o.format === 'jsonl') await writeOut(JSON.stringify(result) + '\n');
      else await writeOut(JSON.stringify(result, null, 2) + '\n');
    });

  program
    .command('render')
    .description('Write the entity view of one text (FILE, or - / nothing for stdin): a self-contained right-to-left HTML page.')
    .argument('[file]', 'text file to read; - or omitted reads stdin')
    .option('-o, --out <page.html>', 'write the page to this file instead of stdout')
    .option('-r, --reference-date <date>', 'ISO date relative dates resolve against; default: inferred from the text')
    .option('--forward-dates', 'resolve bare weekdays forward instead of to the past', false)
    .option('-t, --types <list>', 'only show these types, comma-separated', parseTypes)
    .option('--title <title>', 'page title (default: the first line of the text)')
    .option('--scheme <scheme>', 'colour scheme: auto (the reader\'s), light or dark', 'auto')
    .addHelpText('after', '\nExample:\n  kashif render fixtures/dw-kazakhstan-2022-01.txt --out page.html')
    .action(async (file: string | undefined, o: CommonOpts & { out?: string; title?: string; scheme: string }) => {
      const options = extractOptions(o);
      parseOptions(options);
      if (!['auto', 'light', 'dark'].includes(o.scheme)) throw new UsageError(`unknown --scheme ${o.scheme} (auto, light or dark)`);
      const text = await readText(file);
      const html = toHtml(extract(text, options), text, { title: o.title, scheme: o.scheme as 'auto' | 'light' | 'dark' });
      if (o.out === undefined) await writeOut(html);
      else {
        try {
          writeFileSync(o.out, html);
        } catch (e) {
          throw new UsageError(`cannot write ${o.out}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
        }
      }
    });

  program
    .command('normalize')
    .description('Print the normalised text (diacritics, tatweel, alef variants, digits, presentation forms, invisible marks folded).')
    .argument('[file]', 'text file to read; - or omitted reads stdin')
    .action(async (file: string | undefined) => {
      const text = await readText(file);
      await writeOut(normalize(text).text);
    });

  program
    .command('batch')
    .description(
      'Read JSON Lines {id, text, referenceDate?, forwardDates?} and write exactly one JSON line per input line, in input order: ' +
        'the extract result plus id, or {id, error: {code, message}}.',
    )
    .option('-i, --input <file>', 'JSON Lines input (default: stdin)')
    .option('-o, --output <file>', 'write here instead of stdout (overwritten)')
    .option('--resume <file>', 'continue an interrupted run: skip as many input lines as <file> has complete output lines, and append the rest to it')
    .option('-w, --workers <n>', 'threads that process lines: 1 = in-process; N > 1 = min(available cores, N) threads, this one and N - 1 worker threads', parsePositiveInt, 1)
    .option('-r, --reference-date <date>', 'default reference date for lines without one')
    .option('--forward-dates', 'default forwardDates for lines without one', false)
    .option('-t, --types <list>', 'only report these types, comma-separated', parseTypes)
    .option('--chunk-size <n>', 'lines per chunk sent to a worker', parsePositiveInt, 32)
    .option('--workers-after <bytes>', 'input bytes the main thread does itself before it starts the worker threads (a small job never starts them)', parseNonNegativeInt, 1 << 19)
    .option('--no-progress', 'no progress bar (it is only shown when stderr is a terminal anyway)')
    .addHelpText(
      'after',
      [
        '',
        'Errors, one line each, never a crash or a dropped line:',
        '  empty line                       → {"id":null,"error":{"code":"INVALID_JSON",...}}',
        '  not JSON                         → INVALID_JSON (id null)',
        '  not an object / text missing or not a string → INVALID_INPUT',
        '  bad referenceDate / forwardDates → INVALID_OPTIONS',
        'Every output line carries the input line number ("line", from 1) and the id; a UTF-8 BOM at the start is dropped.',
        '--resume works by line position (ids may be missing or repeated); --input and --output must be different files.',
        'Memory stays flat on any input size: input is streamed, and at most 8 chunks (of ≤ 32 lines or 256 KB) per worker are in flight.',
        '',
        'Example:',
        '  kashif batch --workers 4 --input articles.jsonl --output results.jsonl',
        '  kashif batch --workers 4 --input articles.jsonl --resume results.jsonl   # after an interruption',
      ].join('\n'),
    )
    .action(async (o: CommonOpts & { input?: string; output?: string; resume?: string; workers: number; chunkSize: number; workersAfter: number; progress: boolean }) => {
      const defaults: BatchDefaults = {};
      if (o.referenceDate !== undefined) defaults.referenceDate = o.referenceDate;
      if (o.forwardDates) defaults.forwardDates = true;
      if (o.types !== undefined) defaults.types = o.types as BatchDefaults['types'];
      parseOptions(extractOptions(o));
      if (o.resume && o.output && resolvePath(o.resume) !== resolvePath(o.output)) throw new UsageError('--resume appends to its own file: do not give a different --output');

      let input: Readable;
      let inputSize: number | null = null;
      let inputStat: import('node:fs').Stats | null = null;
      if (o.input !== undefined && o.input !== '-') {
        let st;
        try {
          st = statSync(o.input);
        } catch (e) {
          throw new UsageError(`cannot read ${o.input}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
        }
        if (!st.isFile()) throw new UsageError(`cannot read ${o.input}: not a file`);
        inputSize = st.size;
        inputStat = st;
        input = createReadStream(o.input, { highWaterMark: 1 << 16 });
      } else {
        if (process.stdin.isTTY) throw new UsageError('no input: pipe JSON Lines on stdin or give --input FILE');
        try {
          const st = fstatSync(0);
          if (st.isFile()) {
            inputSize = st.size;
            inputStat = st;
          }
        } catch {
          /* unknown size */
        }
        input = process.stdin;
      }

      // Writing over the file being read would empty it: refuse before opening anything.
      const target = o.resume ?? o.output;
      if (target !== undefined && sameFile(inputStat, statOrNull(target))) {
        throw new UsageError(`the input and ${o.resume ? '--resume' : '--output'} are the same file (${target}): the output would overwrite the input; write to another file`);
      }
      if (target === undefined && sameFile(inputStat, fstatOrNull(1))) throw new UsageError('stdout is the input file: the output would overwrite the input; write to another file');

      let skipLines = 0;
      let output: Writable = process.stdout;
      let ownOutput = false;
      if (o.resume) {
        try {
          skipLines = loadResume(o.resume);
        } catch (e) {
          if (e instanceof ResumeError) throw new UsageError(e.message);
          throw new UsageError(`cannot resume from ${o.resume}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
        }
      }
      try {
        if (o.resume) {
          output = createWriteStream(o.resume, { flags: 'a' });
          ownOutput = true;
        } else if (o.output) {
          output = createWriteStream(o.output, { flags: 'w' });
          ownOutput = true;
        }
        if (ownOutput) await Promise.race([once(output, 'open'), once(output, 'error').then(([e]) => Promise.reject(e))]);
      } catch (e) {
        throw new UsageError(`cannot write ${o.resume ?? o.output}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      }

      const requested = o.workers;
      const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
      const workers = requested <= 1 ? 1 : Math.max(1, Math.min(cores, requested));
      const tty = Boolean(process.stderr.isTTY);
      const stats = await runBatch({ input, inputSize, output, workers, defaults, skipLines, progress: tty && o.progress, chunkLines: o.chunkSize, startAfterBytes: o.workersAfter });
      if (ownOutput) {
        output.end();
        await once(output, 'finish');
      }
      if (tty) {
        const secs = stats.ms / 1000;
        process.stderr.write(
          `kashif batch: ${stats.lines} lines (${stats.errors} errors${stats.skipped ? `, ${stats.skipped} skipped as already done` : ''}) in ${secs.toFixed(1)} s` +
            ` — ${(stats.lines / Math.max(secs, 1e-3)).toFixed(0)} lines/s, ${(stats.bytes / 1e6 / Math.max(secs, 1e-3)).toFixed(2)} MB/s, ${workers} worker${workers > 1 ? 's' : ''}\n`,
        );
      }
    });

  return program;
}

async function main(): Promise<void> {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0); // `kashif … | head` is not an error
    throw e;
  });
  try {
    await buildProgram().parseAsync(process.argv);
  } catch (e) {
    if (e instanceof CommanderError) process.exit(e.exitCode === 0 ? 0 : 2);
    if (e instanceof KashifError || e instanceof UsageError) fail(e);
    fail(e);
  }
}

void main();
