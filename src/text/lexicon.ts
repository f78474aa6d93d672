import { readModelText } from '../model/files.js';

let words: Set<string> | null = null;

/**
 * Folded word bodies from the corpora (src/model/words.txt, built by scripts/build-lexicon.ts);
 * read on first use.
 */
export function knownWords(): ReadonlySet<string> {
  if (!words) {
    const text = readModelText('words.txt');
    words = new Set(text.split('\n').filter((w) => w.length > 0));
  }
  return words;
}
