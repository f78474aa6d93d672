import { activeModel } from '../model/active.js';
import type { KashifModel } from '../model/model.js';

/** The word list of a model (words.txt), built once per model. */
export function wordsOf(model: KashifModel): ReadonlySet<string> {
  return model.derive('words', (m) => new Set(m.text('words.txt').split('\n').filter((w) => w.length > 0)));
}

/**
 * Folded word bodies from the corpora (src/model/words.txt, built by scripts/build-lexicon.ts)
 * of the active model; read on first use.
 */
export function knownWords(): ReadonlySet<string> {
  return wordsOf(activeModel());
}
