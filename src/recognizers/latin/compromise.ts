/**
 * compromise (and its dates plugin) take ~300 ms to load, so they are required lazily, the
 * first time a document has Latin-script text worth reading. `__filename` is shimmed by tsup
 * in the ESM build, so createRequire resolves from the package in both builds.
 */
import { createRequire } from 'node:module';

type Nlp = ((text: string) => any) & { plugin: (p: unknown) => void };
let nlp: Nlp | null = null;

export function loadCompromise(): Nlp {
  if (nlp) return nlp;
  const req = createRequire(__filename);
  const lib = req('compromise') as Nlp;
  lib.plugin(req('compromise-dates'));
  nlp = lib;
  return lib;
}
