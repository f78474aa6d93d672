/**
 * compromise (and its dates plugin) take ~300 ms to load, so they are required lazily, the
 * first time a document has Latin-script text worth reading (compromise-lib.cjs).
 */
import requireCompromise from './compromise-lib.cjs';

type Nlp = ((text: string) => any) & { plugin: (p: unknown) => void };
let nlp: Nlp | null = null;

export function loadCompromise(): Nlp {
  if (nlp) return nlp;
  const lib = requireCompromise() as Nlp;
  nlp = lib;
  return lib;
}
