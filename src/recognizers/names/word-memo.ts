/**
 * The names stage's one process-wide cache. Word-level answers of the name lexicon (is this
 * word unknown to the word list, a person-name word, a strong name word, a possible name
 * word; the interned article form of a key) are pure functions of the word and of the
 * shipped tables, so they are memoised across documents here, in one explicit object:
 *  - each table is bounded (`MAX_WORDS` words) and cleared when full, so memory stays flat on
 *    any input;
 *  - the answers that depend on the name gazetteer are computed with `gazetteer` and cleared
 *    when a different gazetteer object is synced (training swaps it), so no answer outlives
 *    the data it was computed from;
 *  - a document never writes anything else here: results never depend on call order.
 * Per-document memos (token offsets, title chains) live in the document's NameContext.
 */
import type { Gazetteer } from './gazetteer.js';

const MAX_WORDS = 50_000;

export class BoundedMemo<V> {
  private readonly map = new Map<string, V>();
  constructor(readonly max: number) {}
  get(key: string, compute: () => V): V {
    let v = this.map.get(key);
    if (v === undefined) {
      if (this.map.size >= this.max) this.map.clear();
      v = compute();
      this.map.set(key, v);
    }
    return v;
  }
  clear(): void {
    this.map.clear();
  }
}

export const NAME_WORD_MEMO = {
  /** 'ال' + key, interned: fullKey() asks for it on every rule look-up. */
  articleKey: new BoundedMemo<string>(MAX_WORDS),
  /** Not in the corpus word list (by text, key and article). */
  unknown: new BoundedMemo<boolean>(MAX_WORDS),
  /** A first name or a word seen mostly in person names (gazetteer). */
  person: new BoundedMemo<boolean>(MAX_WORDS),
  /** A word very likely a name (by text; gazetteer). */
  strong: new BoundedMemo<boolean>(MAX_WORDS),
  /** A word that may stand inside a name run (by text; gazetteer). */
  nameWord: new BoundedMemo<boolean>(MAX_WORDS),
  /** The gazetteer the answers above were computed with; null when it failed to load. */
  gazetteer: null as Gazetteer | null,
  /** Use gazetteer g from now on; answers computed with another one are dropped. */
  sync(g: Gazetteer | null): void {
    if (g === this.gazetteer) return;
    this.gazetteer = g;
    this.person.clear();
    this.strong.clear();
    this.nameWord.clear();
  },
};
