import { WORDS } from '../model/words.js';

let words: Set<string> | null = null;

/** Folded word bodies from the corpora (see scripts/build-lexicon.ts); built on first use. */
export function knownWords(): ReadonlySet<string> {
  if (!words) words = new Set(WORDS.split('\n'));
  return words;
}
