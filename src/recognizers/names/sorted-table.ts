/**
 * A `key<TAB>value…` table looked up in place: the shipped tables (name-lexicon.tsv,
 * clusters.tsv) are sorted by key in UTF-16 code-unit order, so a key is found by binary
 * search over the line starts instead of building a Map of every line at first use (that
 * cost ~60 ms of cold start for the two tables). Building the index is one indexOf pass.
 * Lines starting with `#` are comments. The tagger caches what it looks up per word.
 */
export class SortedTable {
  private readonly text: string;
  /** Start offset of each data line, and where its key ends (the first tab, or the line end). */
  private readonly starts: Int32Array;
  private readonly keyEnds: Int32Array;

  constructor(text: string) {
    this.text = text;
    // One pass over the lines, straight into typed arrays (grown by doubling).
    let starts = new Int32Array(1024);
    let keyEnds = new Int32Array(1024);
    let n = 0;
    let i = 0;
    while (i < text.length) {
      let j = text.indexOf('\n', i);
      if (j < 0) j = text.length;
      if (j > i && text.charCodeAt(i) !== 0x23 /* # */) {
        if (n === starts.length) {
          const s2 = new Int32Array(n * 2);
          s2.set(starts);
          starts = s2;
          const k2 = new Int32Array(n * 2);
          k2.set(keyEnds);
          keyEnds = k2;
        }
        const tab = text.indexOf('\t', i);
        starts[n] = i;
        keyEnds[n] = tab < 0 || tab > j ? j : tab;
        n++;
      }
      i = j + 1;
    }
    this.starts = starts.subarray(0, n);
    this.keyEnds = keyEnds.subarray(0, n);
    for (let k = 1; k < this.starts.length; k++) {
      if (this.compareLines(k - 1, k) >= 0) throw new Error(`table not sorted at line ${k + 1}: ${this.keyAt(k - 1)} ≥ ${this.keyAt(k)}`);
    }
  }

  get size(): number {
    return this.starts.length;
  }

  private keyAt(k: number): string {
    return this.text.slice(this.starts[k], this.keyEnds[k]);
  }

  private lineEnd(k: number): number {
    const e = this.text.indexOf('\n', this.starts[k]);
    return e < 0 ? this.text.length : e;
  }

  /** Compare the keys of lines a and b in code-unit order, without slicing. */
  private compareLines(a: number, b: number): number {
    const t = this.text;
    const sa = this.starts[a];
    const sb = this.starts[b];
    const na = this.keyEnds[a] - sa;
    const nb = this.keyEnds[b] - sb;
    const m = Math.min(na, nb);
    for (let i = 0; i < m; i++) {
      const d = t.charCodeAt(sa + i) - t.charCodeAt(sb + i);
      if (d !== 0) return d;
    }
    return na - nb;
  }

  /** Compare key with the key of line k in code-unit order, without slicing: < 0, 0 or > 0. */
  private compareAt(key: string, k: number): number {
    const t = this.text;
    const s = this.starts[k];
    const n = this.keyEnds[k] - s;
    const m = Math.min(n, key.length);
    for (let i = 0; i < m; i++) {
      const d = key.charCodeAt(i) - t.charCodeAt(s + i);
      if (d !== 0) return d;
    }
    return key.length - n;
  }

  /** The fields after the key (tab-separated), or undefined when the key is absent. */
  fields(key: string): string[] | undefined {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = this.compareAt(key, mid);
      if (c === 0) {
        const s = this.keyEnds[mid] + 1;
        const e = this.lineEnd(mid);
        return s <= e ? this.text.slice(s, e).replace(/\r$/, '').split('\t') : [];
      }
      if (c > 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }
}

/** The name lexicon as a map-like view: key → class (`n3c1+f`). */
export function lexiconView(text: string): { get(key: string): string | undefined; readonly size: number } {
  const t = new SortedTable(text);
  return { get: (key) => t.fields(key)?.[0], size: t.size };
}

/** The word classes as a map-like view: key → class ids, coarse to fine. */
export function clustersView(text: string): { get(key: string): ArrayLike<number> | undefined; readonly size: number } {
  const t = new SortedTable(text);
  return {
    get: (key) => {
      const f = t.fields(key);
      return f ? Uint16Array.from(f, Number) : undefined;
    },
    size: t.size,
  };
}
