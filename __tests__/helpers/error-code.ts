import { isKashifError } from '../../src/index';

/** The KashifError code `fn` throws, or 'no error'; any other exception propagates. */
export function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (isKashifError(e)) return e.code;
    throw e;
  }
  return 'no error';
}
