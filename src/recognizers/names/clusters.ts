/**
 * Distributional word classes for the name tagger (src/model/clusters.tsv, built by
 * scripts/build-clusters.ts). One line per word: `key<TAB>c1<TAB>c2<TAB>c3`, class ids coarse
 * to fine; lines starting with `#` are comments. Keys are what the tagger looks up: the
 * folded stem (`tokenInfo(t).s`) and, for frequent clitic-bearing words, the folded whole
 * word (`tokenInfo(t).w`).
 *
 * Parsing is one pass over the text with indexOf (no regular expressions, no per-line
 * split arrays): about 60k lines parse in a few milliseconds at first use.
 */

/** Word → class ids per granularity, coarse to fine. */
export type ClusterTable = Map<string, Uint16Array>;

/**
 * Parse the table. Malformed lines (no tab, a non-numeric id, an id ≥ 65536) are skipped;
 * every entry has as many ids as the first well-formed line.
 */
export function parseClusters(text: string): ClusterTable {
  const out: ClusterTable = new Map();
  const n = text.length;
  // All ids in one buffer; each entry is a view of its slice (no per-line arrays).
  let buf = new Uint16Array(1024);
  let used = 0;
  let levels = -1;
  let pos = 0;
  while (pos < n) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = n;
    let end = eol;
    if (end > pos && text.charCodeAt(end - 1) === 0x0d) end--;
    const tab = end > pos && text.charCodeAt(pos) !== 0x23 /* # */ ? text.indexOf('\t', pos) : -1;
    if (tab > pos && tab < end) {
      if (used + (end - tab) > buf.length) {
        const bigger = new Uint16Array(Math.max(buf.length * 2, used + (end - tab)));
        bigger.set(buf.subarray(0, used));
        // Earlier views keep pointing at the old buffer: they stay valid (nothing rewrites it).
        buf = bigger;
      }
      const first = used;
      let count = 0;
      let v = -1;
      let ok = true;
      for (let i = tab + 1; i <= end; i++) {
        const c = i < end ? text.charCodeAt(i) : 0x09;
        if (c === 0x09) {
          if (v < 0 || v > 0xffff) {
            ok = false;
            break;
          }
          buf[used++] = v;
          count++;
          v = -1;
        } else if (c >= 0x30 && c <= 0x39) {
          v = (v < 0 ? 0 : v * 10) + (c - 0x30);
        } else {
          ok = false;
          break;
        }
      }
      if (ok && levels < 0) levels = count;
      if (ok && count === levels) out.set(text.slice(pos, tab), buf.subarray(first, used));
      else used = first;
    }
    pos = eol + 1;
  }
  return out;
}
