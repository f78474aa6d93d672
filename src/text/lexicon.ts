import type { KashifModel } from '../model/model.js';

/**
 * Folded word bodies from the corpora (src/model/words.txt, built by
 * scripts/build-lexicon.ts): the word list of a model, built once per model and kept with it.
 */
export function wordsOf(model: KashifModel): ReadonlySet<string> {
  return model.derive('words', (m) => new Set(m.text('words.txt').split('\n').filter((w) => w.length > 0)));
}
