import type { ErrorCode } from './schema/result.js';

/** The one error kashif throws: bad options or a non-string input, never the text itself. */
export class KashifError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'KashifError';
    this.code = code;
    this.details = details ?? null;
  }
  /** The error as JSON (`{ code, message }`), as the CLI prints it. */
  toJSON(): { code: ErrorCode; message: string } {
    return { code: this.code, message: this.message };
  }
}

/** Whether a value is a {@link KashifError}. */
export function isKashifError(e: unknown): e is KashifError {
  return e instanceof KashifError;
}
