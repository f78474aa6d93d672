/**
 * Blocks of JSON Lines through the batch rules, as bytes: shared by the worker threads, the
 * in-process run and the answer for a dead worker's block, so they split, number and count
 * alike and produce byte-identical output.
 */
import { Buffer } from 'node:buffer';
import { processJsonLine, jsonLineId, errorLine, type BatchDefaults } from '../batch/record.js';
import type { ErrorCode } from '../schema/result.js';
import { blockLines, decodeBlock } from './lines.js';

/** One block's output: its JSON lines (each ending in a newline) as bytes, and counts. */
export interface PackedLines {
  /** UTF-8 bytes, in an ArrayBuffer of their own (a worker transfers it instead of copying). */
  text: Uint8Array;
  lines: number;
  errors: number;
}

/**
 * Whether an output line is an error line ({"id":…,"line":…,"error":{…}}) rather than a
 * result. A result always has the key "entities" right after its line number, and the sequence
 * `"entities":` cannot occur inside a JSON string (its quotes would be escaped), so this is
 * exact and cheap.
 */
export function isErrorLine(line: string): boolean {
  return !line.includes('"entities":');
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
  packed(): PackedLines {
    return { text: new Uint8Array(this.buf.buffer, this.buf.byteOffset, this.pos), lines: this.lines, errors: this.errors };
  }
}

/** One block of input lines (raw UTF-8) through a line function: one output line per input line. */
export function mapBlock(bytes: Uint8Array, firstLine: number, lineOut: (text: string, line: number) => string): PackedLines {
  const lines = blockLines(decodeBlock(bytes));
  // Output is about 4.5 bytes per input byte; the sink grows when a block needs more.
  const sink = new LineSink(bytes.byteLength * 6);
  for (let i = 0; i < lines.length; i++) sink.push(lineOut(lines[i], firstLine + i));
  return sink.packed();
}

/** A block's whole job. */
export function processBlock(bytes: Uint8Array, firstLine: number, defaults: BatchDefaults): PackedLines {
  return mapBlock(bytes, firstLine, (text, line) => processJsonLine(text, line, defaults));
}

/** The answer for a block nobody could process (its worker died on it): one error line per input line, with its id. */
export function failedBlock(bytes: Uint8Array, firstLine: number, code: ErrorCode, message: string): PackedLines {
  return mapBlock(bytes, firstLine, (text, line) => JSON.stringify(errorLine(jsonLineId(text), line, code, message)));
}
