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
  let levels = -1;
  let pos = 0;
  while (pos < n) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = n;
    let end = eol;
    if (end > pos && text.charCodeAt(end - 1) === 0x0d) end--;
    if (end > pos && text.charCodeAt(pos) !== 0x23 /* # */) {
      const tab = text.indexOf('\t', pos);
      if (tab > pos && tab < end) {
        const ids: number[] = [];
        let v = -1;
        let ok = true;
        for (let i = tab + 1; i <= end; i++) {
          const c = i < end ? text.charCodeAt(i) : 0x09;
          if (c === 0x09) {
            if (v < 0 || v > 0xffff) {
              ok = false;
              break;
            }
            ids.push(v);
            v = -1;
          } else if (c >= 0x30 && c <= 0x39) {
            v = (v < 0 ? 0 : v * 10) + (c - 0x30);
          } else {
            ok = false;
            break;
          }
        }
        if (ok && levels < 0) levels = ids.length;
        if (ok && ids.length === levels) out.set(text.slice(pos, tab), Uint16Array.from(ids));
      }
    }
    pos = eol + 1;
  }
  return out;
}
