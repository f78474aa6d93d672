/**
 * One batch record in, one batch line out: the rules `kashif batch`, `extractMany` and the
 * worker threads share, so that all of them produce identical lines. Free of Node built-ins.
 *
 * Rules (documented in the README and `kashif batch --help`):
 * - an empty (or all-white-space) JSON line is an INVALID_JSON error line with id null: every
 *   input line gets exactly one output line, so blank lines are reported rather than skipped;
 * - a line that is not valid JSON → INVALID_JSON, id null;
 * - a record that is not an object, or whose `text` is missing or not a string → INVALID_INPUT;
 * - invalid `referenceDate` / `forwardDates` (per record or in the defaults) → INVALID_OPTIONS;
 * - anything unexpected inside extract → INTERNAL (never a crash, never a dropped line).
 * `id` is echoed when it is a string or a finite number, otherwise null; `line` is the 1-based
 * position of the input line or item, on every output line, so that output can be matched to
 * input (and resumed) by position even when ids are missing or repeated.
 */
import { extract } from '../pipeline/extract.js';
import { isKashifError } from '../errors.js';
import type { ErrorCode } from '../schema/result.js';
import type { ExtractOptions } from '../schema/options.js';
import type { BatchId, BatchErrorLine, BatchLine } from '../schema/batch.js';

/** Options every record starts from; a record's own `referenceDate` / `forwardDates` win. */
export type BatchDefaults = ExtractOptions;

export function errorLine(id: BatchId, line: number, code: ErrorCode, message: string): BatchErrorLine {
  return { id, line, error: { code, message } };
}

export function idOf(value: unknown): BatchId {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const id = (value as Record<string, unknown>).id;
    if (typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id))) return id;
  }
  return null;
}

function kindOf(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** One record (a parsed JSON line, or an `extractMany` item) → its batch line. Never throws. */
export function processRecord(record: unknown, line: number, defaults: BatchDefaults): BatchLine {
  const id = idOf(record);
  try {
    if (record === null || typeof record !== 'object' || Array.isArray(record)) {
      return errorLine(null, line, 'INVALID_INPUT', `expected a JSON object {id, text}, got ${kindOf(record)}`);
    }
    const rec = record as Record<string, unknown>;
    if (!('text' in rec)) return errorLine(id, line, 'INVALID_INPUT', 'missing "text"');
    if (typeof rec.text !== 'string') return errorLine(id, line, 'INVALID_INPUT', `"text" must be a string, got ${kindOf(rec.text)}`);
    const options: Record<string, unknown> = { ...defaults };
    if (rec.referenceDate !== undefined && rec.referenceDate !== null) options.referenceDate = rec.referenceDate;
    if (rec.forwardDates !== undefined && rec.forwardDates !== null) options.forwardDates = rec.forwardDates;
    const result = extract(rec.text, options as ExtractOptions);
    return { id, line, ...result };
  } catch (e) {
    if (isKashifError(e)) return errorLine(id, line, e.code, e.message);
    return errorLine(id, line, 'INTERNAL', `internal error: ${messageOf(e)}`);
  }
}

/** One JSON Lines record (without its line end) → its output line, as JSON. Never throws. */
export function processJsonLine(text: string, line: number, defaults: BatchDefaults): string {
  try {
    if (text.trim() === '') return JSON.stringify(errorLine(null, line, 'INVALID_JSON', 'empty line'));
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      return JSON.stringify(errorLine(null, line, 'INVALID_JSON', `invalid JSON: ${messageOf(e)}`));
    }
    return JSON.stringify(processRecord(parsed, line, defaults));
  } catch (e) {
    // Last resort (e.g. a result too large to stringify): still exactly one line.
    return JSON.stringify(errorLine(null, line, 'INTERNAL', `internal error: ${messageOf(e)}`));
  }
}

/** The id of a JSON line, or null when it has none or is not JSON. */
export function jsonLineId(text: string): BatchId {
  try {
    return idOf(JSON.parse(text));
  } catch (e) {
    if (e instanceof SyntaxError) return null;
    throw e;
  }
}
