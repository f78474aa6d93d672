/**
 * compromise (and its dates plugin) take ~300 ms to load, so they are required lazily, the
 * first time a document has Latin-script text worth reading. `__filename` is shimmed by tsup
 * in the ESM build, so createRequire resolves from the package in both builds.
 *
 * compromise reads debug switches from the environment on every call (DEBUG_TAGS,
 * DEBUG_MATCH, DEBUG_CHUNKS; compromise-dates DEBUG_DATE) and then prints to stdout, which
 * breaks `--format jsonl` and `batch`. Every call goes through `quietly`, which hides those
 * switches from compromise for the duration of the (synchronous) call and puts them back.
 */
import { createRequire } from 'node:module';

type Nlp = ((text: string) => any) & { plugin: (p: unknown) => void };
let nlp: Nlp | null = null;

/** The switches compromise and compromise-dates look for; output must not depend on them. */
const DEBUG_SWITCHES = ['DEBUG_TAGS', 'DEBUG_MATCH', 'DEBUG_CHUNKS', 'DEBUG_DATE'] as const;

/** The object compromise reads its switches from: process.env, or `self.env` in a browser. */
function switchboard(): Record<string, unknown> | null {
  const g = globalThis as { process?: { env?: Record<string, unknown> }; self?: { env?: Record<string, unknown> } };
  return g.process?.env ?? g.self?.env ?? null;
}

/** Run `fn` (a synchronous use of compromise) with its debug switches off, then restore them. */
export function quietly<T>(fn: () => T): T {
  const env = switchboard();
  const saved: Array<[string, unknown]> = [];
  if (env) {
    for (const k of DEBUG_SWITCHES) {
      if (env[k]) {
        saved.push([k, env[k]]);
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
  const req = createRequire(__filename);
  const lib = req('compromise') as Nlp;
  lib.plugin(req('compromise-dates'));
  nlp = lib;
  return lib;
}
