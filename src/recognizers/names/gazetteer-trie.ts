/**
 * The compiled form of a user gazetteer: a trie over the folded token keys of every surface
 * form. Matching walks the trie from each token, so the cost is the text's length times the
 * longest form (in words), whatever the number of entries; compiling is linear in the total
 * length of the forms. A leaf module (no imports) so the options schema can recognise it.
 */

/** One user entry as the matcher needs it (copied, frozen). */
export interface CompiledEntry {
  readonly type: 'person' | 'organization' | 'location';
  readonly canonical?: string;
  readonly id?: string;
  readonly kind?: string;
}

interface TrieNode {
  next: Map<string, TrieNode> | null;
  /** Index of the entry a form ending here belongs to (the first such entry), or -1. */
  entry: number;
}

const newNode = (): TrieNode => ({ next: null, entry: -1 });

/**
 * A user gazetteer compiled once into a trie over folded tokens (see `compileGazetteer`): pass
 * it as the `gazetteer` option and reuse it across calls; matching is linear in the text.
 */
export class CompiledGazetteer {
  /** Number of entries (so `gazetteer.length > 0` reads the same for entries and a compiled form). */
  readonly length: number;
  readonly entries: readonly CompiledEntry[];
  /** The normalisation the forms were folded with (a stable JSON key). */
  readonly normalizeKey: string;
  /** The entries as given, to recompile under other normalisation options or another model. */
  readonly source: readonly unknown[];
  /** The model's word list the forms were tokenised with (clitic analysis depends on it). */
  readonly words: ReadonlySet<string>;
  readonly #root: TrieNode = newNode();
  #depth = 0;

  constructor(entries: readonly CompiledEntry[], source: readonly unknown[], normalizeKey: string, words: ReadonlySet<string>) {
    this.entries = Object.freeze(entries.map((e) => Object.freeze({ ...e })));
    this.length = entries.length;
    this.source = Object.freeze(source.slice());
    this.normalizeKey = normalizeKey;
    this.words = words;
  }

  /** Add one form (its token keys) for entry `i`; the first entry to claim a form keeps it. */
  add(keys: readonly string[], i: number): void {
    if (keys.length === 0) return;
    let node = this.#root;
    for (const k of keys) {
      node.next ??= new Map();
      let child = node.next.get(k);
      if (!child) {
        child = newNode();
        node.next.set(k, child);
      }
      node = child;
    }
    if (node.entry < 0) node.entry = i;
    if (keys.length > this.#depth) this.#depth = keys.length;
  }

  /** Longest form in words. */
  get depth(): number {
    return this.#depth;
  }

  /**
   * The longest form starting at token `i`: `key(j)` is token j's key, or null where a form may
   * not continue (end of text, a token with proclitics inside a form). Returns the entry index
   * and the number of tokens, or null.
   */
  longestAt(i: number, count: number, key: (j: number, first: boolean) => string | null): { entry: number; length: number } | null {
    let node: TrieNode | undefined = this.#root;
    let best: { entry: number; length: number } | null = null;
    for (let j = i; j < count && node?.next; j++) {
      const k = key(j, j === i);
      if (k === null) break;
      node = node.next.get(k);
      if (!node) break;
      if (node.entry >= 0) best = { entry: node.entry, length: j - i + 1 };
    }
    return best;
  }
}
