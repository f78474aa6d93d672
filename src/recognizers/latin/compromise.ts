/**
 * compromise (and its dates plugin) take ~300 ms to load, so they are required lazily, the
 * first time a document has Latin-script text worth reading (compromise-lib.cjs).
 *
 * compromise reads debug switches from the environment on every call (DEBUG_TAGS,
 * DEBUG_MATCH, DEBUG_CHUNKS; compromise-dates DEBUG_DATE) and then prints to stdout, which
 * breaks `--format jsonl` and `batch`. Every call goes through `quietly`, which hides those
 * switches from compromise for the duration of the (synchronous) call and puts them back.
 */
import requireCompromise from './compromise-lib.cjs';

type Nlp = ((text: string) => any) & { plugin: (p: unknown) => void };
let nlp: Nlp | null = null;

/** The switches compromise and compromise-dates look for; output must not depend on them. */
const DEBUG_SWITCHES = ['DEBUG_TAGS', 'DEBUG_MATCH', 'DEBUG_CHUNKS', 'DEBUG_DATE'] as const;

/** The object compromise reads its switches from: process.env, or `self.env` in a browser. */
function switchboard(): Record<string, unknown> | null {
  const g = globalThis as { process?: { env?: Record<string, unknown> }; self?: { env?: Record<string, unknown> } };
  return g.process?.env ?? g.self?.env ?? null;
}

/**
 * One switch's value. Deno without `--allow-env` throws a permission error on any read of
 * `process.env`: then the switch cannot be set either, and compromise (which reads it the
 * same guarded way) sees nothing; any other error is a bug and propagates.
 */
function readSwitch(env: Record<string, unknown>, k: string): unknown {
  try {
    return env[k];
  } catch (e) {
    const name = (e as { name?: unknown } | null)?.name;
    if (name === 'NotCapable' || name === 'PermissionDenied') return undefined;
    throw e;
  }
}

/** Whether reading the environment is refused (Deno without --allow-env). */
function envDenied(env: Record<string, unknown>): boolean {
  try {
    void env.DEBUG_TAGS;
    return false;
  } catch (e) {
    const name = (e as { name?: unknown } | null)?.name;
    if (name === 'NotCapable' || name === 'PermissionDenied') return true;
    throw e;
  }
}

/** Run `fn` (a synchronous use of compromise) with its debug switches off, then restore them. */
export function quietly<T>(fn: () => T): T {
  const env = switchboard();
  const proc = (globalThis as { process?: object }).process;
  if (env && proc && envDenied(env)) {
    // Deno without --allow-env: compromise's own unguarded reads of process.env would throw.
    // For the call, process.env is a plain empty object (no switch can be set there anyway).
    const desc = Object.getOwnPropertyDescriptor(proc, 'env');
    Object.defineProperty(proc, 'env', { value: {}, configurable: true, writable: true, enumerable: true });
    try {
      return fn();
    } finally {
      if (desc) Object.defineProperty(proc, 'env', desc);
    }
  }
  const saved: Array<[string, unknown]> = [];
  if (env) {
    for (const k of DEBUG_SWITCHES) {
      const v = readSwitch(env, k);
      if (v) {
        saved.push([k, v]);
        delete env[k];
      }
    }
  }
  try {
    return fn();
  } finally {
    if (env) for (const [k, v] of saved) env[k] = v;
  }
}

export function loadCompromise(): Nlp {
  if (nlp) return nlp;
  // Loaded inside quietly: some compromise modules capture process.env when they load.
  const lib = quietly(() => requireCompromise()) as Nlp;
  nlp = lib;
  return lib;
}
