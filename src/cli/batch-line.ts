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

export interface BatchDefaults {
  referenceDate?: string;
  forwardDates?: boolean;
  types?: string[];
}

export type LineId = string | number | null;

function errorLine(id: LineId, code: ErrorCode, message: string): string {
  return JSON.stringify({ id, error: { code, message } });
}

export function idOf(value: unknown): LineId {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const id = (value as Record<string, unknown>).id;
    if (typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id))) return id;
  }
  return null;
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

/** One chunk's output: its JSON lines joined (each ending in a newline), and counts. */
export interface PackedLines {
  /** The lines as a string (in-process) or as UTF-8 bytes (from a worker, transferred). */
  text: string | Uint8Array;
  lines: number;
  errors: number;
}

/**
 * Whether an output line is an error line ({"id":…,"error":{…}}) rather than a result. A
 * result always has the key "entities" right after its id, and the sequence `"entities":`
 * cannot occur inside a JSON string (its quotes would be escaped), so this is exact and cheap.
 */
export function isErrorLine(line: string): boolean {
  return !line.includes('"entities":');
}

/**
 * Join a chunk's output lines into one string: a worker posts one string per chunk (one
 * structured clone, not one per line), and the main thread writes it as it is.
 */
export function packLines(out: readonly string[], utf8 = false): PackedLines {
  let errors = 0;
  for (const l of out) if (isErrorLine(l)) errors++;
  const text = out.length ? out.join('\n') + '\n' : '';
  return { text: utf8 ? ownBytes(text) : text, lines: out.length, errors };
}

/**
 * UTF-8 bytes of a string in an ArrayBuffer of their own (never Buffer's shared pool), so a
 * worker can transfer them instead of copying: the output is encoded in the workers, in
 * parallel, and the main thread writes bytes without decoding or re-encoding them.
 */
function ownBytes(text: string): Uint8Array {
  const b = Buffer.from(text, 'utf8');
  return b.byteOffset === 0 && b.buffer.byteLength === b.byteLength ? b : Uint8Array.prototype.slice.call(b);
}
