/**
 * One JSON Lines record in, one JSON line out. Shared by the in-process batch loop and the
 * worker threads, so both produce byte-identical output.
 *
 * Rules (documented in the README and `kashif batch --help`):
 * - an empty (or all-white-space) line is an INVALID_JSON error line with id null: every
 *   input line gets exactly one output line, so blank lines are reported rather than skipped;
 * - a line that is not valid JSON → INVALID_JSON, id null;
 * - valid JSON that is not an object, or whose `text` is missing or not a string → INVALID_INPUT;
 * - invalid `referenceDate` / `forwardDates` (per line or from the command line) → INVALID_OPTIONS;
 * - anything unexpected inside extract → INTERNAL (never a crash, never a dropped line).
 * `id` is echoed when it is a string or a number, otherwise null.
 */
import { extract } from '../pipeline/extract.js';
import { isKashifError } from '../errors.js';
import type { ErrorCode } from '../schema/result.js';
import type { ExtractOptions } from '../schema/options.js';
import { blockLines, decodeBlock } from './lines.js';

export interface BatchDefaults {
  referenceDate?: string;
  forwardDates?: boolean;
  types?: string[];
}

export type LineId = string | number | null;

export function errorLine(id: LineId, code: ErrorCode, message: string): string {
  return JSON.stringify({ id, error: { code, message } });
}

export function idOf(value: unknown): LineId {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const id = (value as Record<string, unknown>).id;
    if (typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id))) return id;
  }
  return null;
}

/** The id of a JSON line, or null when it has none or is not JSON. */
export function lineId(line: string): LineId {
  try {
    return idOf(JSON.parse(line));
  } catch {
    return null;
  }
}

export function processLine(line: string, defaults: BatchDefaults): string {
  if (line.trim() === '') return errorLine(null, 'INVALID_JSON', 'empty line');
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (e) {
    return errorLine(null, 'INVALID_JSON', `invalid JSON: ${(e as Error).message}`);
  }
  const id = idOf(parsed);
  try {
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      return errorLine(null, 'INVALID_INPUT', `expected a JSON object {id, text}, got ${parsed === null ? 'null' : Array.isArray(parsed) ? 'array' : typeof parsed}`);
    }
    const rec = parsed as Record<string, unknown>;
    if (!('text' in rec)) return errorLine(id, 'INVALID_INPUT', 'missing "text"');
    if (typeof rec.text !== 'string') return errorLine(id, 'INVALID_INPUT', `"text" must be a string, got ${rec.text === null ? 'null' : Array.isArray(rec.text) ? 'array' : typeof rec.text}`);
    const options: Record<string, unknown> = {};
    const referenceDate = rec.referenceDate !== undefined && rec.referenceDate !== null ? rec.referenceDate : defaults.referenceDate;
    if (referenceDate !== undefined) options.referenceDate = referenceDate;
    const forwardDates = rec.forwardDates !== undefined && rec.forwardDates !== null ? rec.forwardDates : defaults.forwardDates;
    if (forwardDates !== undefined) options.forwardDates = forwardDates;
    if (defaults.types !== undefined) options.types = defaults.types;
    const result = extract(rec.text, options as ExtractOptions);
    return JSON.stringify({ id, ...result });
  } catch (e) {
    if (isKashifError(e)) return errorLine(id, e.code, e.message);
    return errorLine(id, 'INTERNAL', `internal error: ${(e as Error)?.message ?? String(e)}`);
  }
}

/** One chunk's output: its JSON lines (each ending in a newline) as bytes, and counts. */
export interface PackedLines {
  /** UTF-8 bytes, in an ArrayBuffer of their own (a worker transfers it instead of copying). */
  text: Uint8Array;
  lines: number;
  errors: number;
  /** Lines left out because their id was already done (--resume). */
  skipped: number;
}

/**
 * Whether an output line is an error line ({"id":…,"error":{…}}) rather than a result. A
 * result always has the key "entities" right after its id, and the sequence `"entities":`
 * cannot occur inside a JSON string (its quotes would be escaped), so this is exact and cheap.
 */
export function isErrorLine(line: string): boolean {
  return !line.includes('"entities":');
}

/** Whether a line's id is in the --resume set (JSON-encoded ids); lines without an id never are. */
export function isSkipped(line: string, skip: ReadonlySet<string>): boolean {
  const id = lineId(line);
  return id !== null && skip.has(JSON.stringify(id));
}

/**
 * Output lines encoded straight into one growing byte buffer: no joined string, no second
 * copy, and each line's string is garbage as soon as it is written.
 */
class LineSink {
  private buf: Buffer;
  private pos = 0;
  lines = 0;
  errors = 0;

  constructor(capacity: number) {
    this.buf = Buffer.allocUnsafeSlow(Math.max(1024, capacity));
  }

  push(line: string): void {
    if (isErrorLine(line)) this.errors++;
    this.lines++;
    // A UTF-16 code unit takes at most 3 bytes of UTF-8.
    const need = this.pos + line.length * 3 + 1;
    if (need > this.buf.length) {
      const grown = Buffer.allocUnsafeSlow(Math.max(need, this.buf.length * 2));
      this.buf.copy(grown, 0, 0, this.pos);
      this.buf = grown;
    }
    this.pos += this.buf.write(line, this.pos, 'utf8');
    this.buf[this.pos++] = 0x0a;
  }

  /** The bytes written, over the sink's own ArrayBuffer (transferable). */
  packed(skipped = 0): PackedLines {
    return { text: new Uint8Array(this.buf.buffer, this.buf.byteOffset, this.pos), lines: this.lines, errors: this.errors, skipped };
  }
}

/**
 * One block through a line function: decode the block of input lines, leave out the ids
 * already done, and encode one output line per remaining input line. Workers, the in-process
 * run and the answer for a dead worker's block all go through here, so they split, skip and
 * count alike.
 */
export function mapBlock(bytes: Uint8Array, skip: ReadonlySet<string> | null, lineOut: (line: string) => string): PackedLines {
  const lines = blockLines(decodeBlock(bytes));
  // Output is about 4.5 bytes per input byte; the sink grows when a block needs more.
  const sink = new LineSink(bytes.byteLength * 6);
  let skipped = 0;
  for (const line of lines) {
    if (skip && isSkipped(line, skip)) {
      skipped++;
      continue;
    }
    sink.push(lineOut(line));
  }
  return sink.packed(skipped);
}

/** A worker's whole job for one block; processLine is still guarded, as a last resort. */
export function processBlock(bytes: Uint8Array, defaults: BatchDefaults, skip: ReadonlySet<string> | null): PackedLines {
  return mapBlock(bytes, skip, (line) => {
    try {
      return processLine(line, defaults);
    } catch (e) {
      return errorLine(null, 'INTERNAL', `internal error: ${(e as Error)?.message ?? String(e)}`);
    }
  });
}
