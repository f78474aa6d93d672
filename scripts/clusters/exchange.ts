/**
 * Word classes by the exchange algorithm (Kneser & Ney 1993; Martin, Liermann & Ney 1998):
 * maximise the likelihood of a class bigram model, Σ N(g,h) log N(g,h) − Σ N(g·) log N(g·)
 * − Σ N(·h) log N(·h), by moving one word at a time to the class that raises it most.
 *
 * Several granularities, nested: the coarse level is a full exchange over `coarse` classes;
 * each finer level splits every class of the level above into `branch` children and runs the
 * exchange with each word's candidates restricted to its parent's children (the model counts
 * are over the fine classes). Class ids are hierarchical (child = parent × branch + k), so a
 * fine id determines its coarse ids, like a Brown-cluster path prefix.
 *
 * Deterministic: a seeded PRNG for the initial assignment, words visited in a fixed order
 * (count descending, then key), a fixed number of passes (stopping early only when a pass
 * moves nothing), ties resolved towards the current class, then the lowest id.
 *
 * Pure: no I/O. Keys beginning with `<` are context-only units (punctuation, number and Latin
 * shapes, sentence boundary): they take part in the model but are not returned.
 */

export interface ExchangeOptions {
  /** Classes at the coarse level. */
  coarse: number;
  /** Children per class at each finer level (e.g. [4, 4]: 64 → 256 → 1024). */
  branches: readonly number[];
  /** A unit with fewer occurrences joins the fixed `<unk>` class. */
  minCount: number;
  /** A full form (extra key) needs this many occurrences to be listed. */
  minExtraCount: number;
  /** Exchange passes at the coarse level and at each finer level. */
  passes: number;
  finePasses: number;
  seed: number;
  /** Progress lines (default: none). */
  log?: (line: string) => void;
}

export interface ClusterCorpus {
  /** Sentences of unit keys (the folded stems). */
  sentences: readonly (readonly string[])[];
  /**
   * Optional full-form key per token, parallel to `sentences` ('' when none): listed with
   * the class their contexts fit best, when frequent enough and not a unit key themselves.
   */
  extras?: readonly (readonly string[])[];
}

export interface ClusterTable {
  /** Class sizes per level, coarse to fine (e.g. [64, 256, 1024]). */
  sizes: number[];
  /** Key → class id per level, coarse to fine; sorted by key (code-unit order). */
  entries: Array<[key: string, ids: number[]]>;
  /** Counts of the model: units clustered, extras listed, tokens. */
  stats: { units: number; extras: number; tokens: number; types: number };
}

export { prng } from '../lib/prng.js';
import { prng } from '../lib/prng.js';

const BOUNDARY = '<s>';
const UNK = '<unk>';

/** Code-unit order (locale-independent). */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sparse neighbour lists of every word id (CSR): ids and counts, ids ascending. */
interface Csr {
  start: Int32Array;
  ids: Int32Array;
  counts: Float64Array;
}

function toCsr(n: number, pairs: Map<number, number>, stride: number, left: boolean): Csr {
  const deg = new Int32Array(n + 1);
  for (const k of pairs.keys()) {
    const a = Math.floor(k / stride);
    const b = k - a * stride;
    deg[(left ? b : a) + 1]++;
  }
  for (let i = 0; i < n; i++) deg[i + 1] += deg[i];
  const fill = deg.slice(0, n);
  const ids = new Int32Array(pairs.size);
  const counts = new Float64Array(pairs.size);
  for (const [k, c] of pairs) {
    const a = Math.floor(k / stride);
    const b = k - a * stride;
    const w = left ? b : a;
    const p = fill[w]++;
    ids[p] = left ? a : b;
    counts[p] = c;
  }
  // Sort each row by neighbour id (Map order is insertion order: deterministic, but make the
  // summation order independent of it too).
  for (let w = 0; w < n; w++) {
    const s = deg[w];
    const e = deg[w + 1];
    if (e - s < 2) continue;
    const idx = Array.from({ length: e - s }, (_, i) => s + i).sort((x, y) => ids[x] - ids[y]);
    const ni = idx.map((i) => ids[i]);
    const nc = idx.map((i) => counts[i]);
    for (let i = 0; i < ni.length; i++) {
      ids[s + i] = ni[i];
      counts[s + i] = nc[i];
    }
  }
  return { start: deg, ids, counts };
}

/** x log x with a table for small integer counts. */
function makeXlogx(max: number): (x: number) => number {
  const n = Math.min(max + 1, 1 << 22);
  const t = new Float64Array(n);
  for (let i = 2; i < n; i++) t[i] = i * Math.log(i);
  return (x: number) => (x < n ? t[x] : x <= 0 ? 0 : x * Math.log(x));
}

/**
 * The class bigram model over one level: K movable classes plus two fixed ones (boundary at
 * K, unknown at K + 1), with word-level neighbour lists for the moves.
 */
class Level {
  readonly D: number;
  readonly N: Float64Array;
  readonly NL: Float64Array;
  readonly NR: Float64Array;
  private readonly rc: Float64Array;
  private readonly lc: Float64Array;
  private readonly touchedR: Int32Array;
  private readonly touchedL: Int32Array;
  private nR = 0;
  private nL = 0;
  private self = 0;
  private leftTotal = 0;
  private rightTotal = 0;

  constructor(
    readonly K: number,
    readonly cls: Int32Array,
    private readonly right: Csr,
    private readonly left: Csr,
    private readonly f: (x: number) => number,
  ) {
    this.D = K + 2;
    const D = this.D;
    this.N = new Float64Array(D * D);
    this.NL = new Float64Array(D);
    this.NR = new Float64Array(D);
    this.rc = new Float64Array(D);
    this.lc = new Float64Array(D);
    this.touchedR = new Int32Array(D);
    this.touchedL = new Int32Array(D);
    const n = cls.length;
    for (let w = 0; w < n; w++) {
      const g = cls[w];
      for (let p = right.start[w]; p < right.start[w + 1]; p++) {
        const c = right.counts[p];
        this.N[g * D + cls[right.ids[p]]] += c;
        this.NL[g] += c;
        this.NR[cls[right.ids[p]]] += c;
      }
    }
  }

  /** Gather word w's neighbour class counts (self bigram apart). */
  private gather(w: number): void {
    const { cls, right, left, rc, lc } = this;
    this.nR = 0;
    this.nL = 0;
    this.self = 0;
    this.leftTotal = 0;
    this.rightTotal = 0;
    for (let p = right.start[w]; p < right.start[w + 1]; p++) {
      const v = right.ids[p];
      const c = right.counts[p];
      this.leftTotal += c;
      if (v === w) {
        this.self += c;
        continue;
      }
      const g = cls[v];
      if (rc[g] === 0) this.touchedR[this.nR++] = g;
      rc[g] += c;
    }
    for (let p = left.start[w]; p < left.start[w + 1]; p++) {
      const v = left.ids[p];
      const c = left.counts[p];
      this.rightTotal += c;
      if (v === w) continue;
      const g = cls[v];
      if (lc[g] === 0) this.touchedL[this.nL++] = g;
      lc[g] += c;
    }
  }

  private clear(): void {
    for (let i = 0; i < this.nR; i++) this.rc[this.touchedR[i]] = 0;
    for (let i = 0; i < this.nL; i++) this.lc[this.touchedL[i]] = 0;
    this.nR = 0;
    this.nL = 0;
  }

  /** Add (sign 1) or remove (sign −1) the gathered word to/from class b. */
  private apply(b: number, sign: number): void {
    const { N, D, rc, lc } = this;
    for (let i = 0; i < this.nR; i++) {
      const c = this.touchedR[i];
      N[b * D + c] += sign * rc[c];
    }
    for (let i = 0; i < this.nL; i++) {
      const c = this.touchedL[i];
      N[c * D + b] += sign * lc[c];
    }
    N[b * D + b] += sign * this.self;
    this.NL[b] += sign * this.leftTotal;
    this.NR[b] += sign * this.rightTotal;
  }

  /** Likelihood change of adding the gathered word to class b. */
  private gain(b: number): number {
    const { N, D, rc, lc, f } = this;
    let d = 0;
    for (let i = 0; i < this.nR; i++) {
      const c = this.touchedR[i];
      if (c === b) continue;
      const x = N[b * D + c];
      d += f(x + rc[c]) - f(x);
    }
    for (let i = 0; i < this.nL; i++) {
      const c = this.touchedL[i];
      if (c === b) continue;
      const x = N[c * D + b];
      d += f(x + lc[c]) - f(x);
    }
    const bb = N[b * D + b];
    d += f(bb + rc[b] + lc[b] + this.self) - f(bb);
    const l = this.NL[b];
    const r = this.NR[b];
    d -= f(l + this.leftTotal) - f(l) + f(r + this.rightTotal) - f(r);
    return d;
  }

  /** Best class among [from, to) for the gathered word; `prefer` wins ties. */
  private best(from: number, to: number, prefer: number): number {
    let best = prefer;
    let bestGain = prefer >= from && prefer < to ? this.gain(prefer) : -Infinity;
    for (let b = from; b < to; b++) {
      if (b === prefer) continue;
      const g = this.gain(b);
      if (g > bestGain + 1e-9 * Math.abs(bestGain) + 1e-12) {
        bestGain = g;
        best = b;
      }
    }
    return best;
  }

  /** Move word w to its best class among [from, to); returns whether it moved. */
  move(w: number, from: number, to: number): boolean {
    const a = this.cls[w];
    this.gather(w);
    this.apply(a, -1);
    const b = this.best(from, to, a);
    this.cls[w] = b;
    this.apply(b, 1);
    this.clear();
    return b !== a;
  }

  /** Best class among [from, to) for a word outside the model with the given contexts. */
  place(right: Csr, left: Csr, e: number, from: number, to: number): number {
    const { cls, rc, lc } = this;
    this.nR = 0;
    this.nL = 0;
    this.self = 0;
    this.leftTotal = 0;
    this.rightTotal = 0;
    for (let p = right.start[e]; p < right.start[e + 1]; p++) {
      const g = cls[right.ids[p]];
      if (rc[g] === 0) this.touchedR[this.nR++] = g;
      rc[g] += right.counts[p];
      this.leftTotal += right.counts[p];
    }
    for (let p = left.start[e]; p < left.start[e + 1]; p++) {
      const g = cls[left.ids[p]];
      if (lc[g] === 0) this.touchedL[this.nL++] = g;
      lc[g] += left.counts[p];
      this.rightTotal += left.counts[p];
    }
    const b = this.best(from, to, from);
    this.clear();
    return b;
  }

  /** The objective (for progress reports). */
  objective(): number {
    const { N, NL, NR, D, f } = this;
    let s = 0;
    for (let i = 0; i < D * D; i++) s += f(N[i]);
    for (let g = 0; g < D; g++) s -= f(NL[g]) + f(NR[g]);
    return s;
  }
}

/** Cluster the corpus' units at every granularity and place the frequent extras. */
export function exchangeClusters(corpus: ClusterCorpus, opt: ExchangeOptions): ClusterTable {
  const log = opt.log ?? (() => undefined);
  // Unit counts.
  const counts = new Map<string, number>();
  let tokens = 0;
  for (const s of corpus.sentences) {
    for (const k of s) counts.set(k, (counts.get(k) ?? 0) + 1);
    tokens += s.length;
  }
  const vocab = [...counts].filter(([k, c]) => c >= opt.minCount && k !== BOUNDARY && k !== UNK);
  vocab.sort((x, y) => y[1] - x[1] || cmp(x[0], y[0]));
  const V = vocab.length;
  const idOf = new Map<string, number>();
  vocab.forEach(([k], i) => idOf.set(k, i));
  const B_ID = V;
  const U_ID = V + 1;
  const n = V + 2;
  const stride = n;
  const unitId = (k: string): number => idOf.get(k) ?? U_ID;

  // Word bigrams, with the boundary at both ends of every sentence.
  const pairs = new Map<number, number>();
  const add = (a: number, b: number) => {
    const key = a * stride + b;
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
  };
  for (const s of corpus.sentences) {
    let prev = B_ID;
    for (const k of s) {
      const w = unitId(k);
      add(prev, w);
      prev = w;
    }
    add(prev, B_ID);
  }
  const right = toCsr(n, pairs, stride, false);
  const left = toCsr(n, pairs, stride, true);
  log(`units ${V} (count ≥ ${opt.minCount}) of ${counts.size} types, ${tokens} tokens, ${pairs.size} distinct bigrams`);
  const f = makeXlogx(tokens + 2 * corpus.sentences.length + 2);

  // Extras: contexts of frequent full forms that are not units.
  const extraCount = new Map<string, number>();
  if (corpus.extras) for (const s of corpus.extras) for (const e of s) if (e && !idOf.has(e)) extraCount.set(e, (extraCount.get(e) ?? 0) + 1);
  const extraKeys = [...extraCount].filter(([, c]) => c >= opt.minExtraCount).sort((x, y) => y[1] - x[1] || cmp(x[0], y[0]));
  const extraId = new Map<string, number>();
  extraKeys.forEach(([k], i) => extraId.set(k, i));
  const ePairsR = new Map<number, number>();
  const ePairsL = new Map<number, number>();
  if (corpus.extras) {
    corpus.sentences.forEach((s, si) => {
      const ex = corpus.extras![si];
      for (let i = 0; i < s.length; i++) {
        const e = extraId.get(ex[i] ?? '');
        if (e === undefined) continue;
        const r = i + 1 < s.length ? unitId(s[i + 1]) : B_ID;
        const l = i > 0 ? unitId(s[i - 1]) : B_ID;
        ePairsR.set(e * stride + r, (ePairsR.get(e * stride + r) ?? 0) + 1);
        // toCsr(left=false) on (e, l) pairs: row e lists its left neighbours.
        ePairsL.set(e * stride + l, (ePairsL.get(e * stride + l) ?? 0) + 1);
      }
    });
  }
  const eRight = toCsr(extraKeys.length, ePairsR, stride, false);
  const eLeft = toCsr(extraKeys.length, ePairsL, stride, false);

  // Coarse level: the most frequent units one to a class, the rest at random.
  const rnd = prng(opt.seed);
  const K0 = opt.coarse;
  let cls = new Int32Array(n);
  for (let w = 0; w < V; w++) cls[w] = w < K0 ? w : Math.floor(rnd() * K0);
  cls[B_ID] = K0;
  cls[U_ID] = K0 + 1;
  const levels: Int32Array[] = [];
  const extraIds: Int32Array[] = [];
  let K = K0;
  let level = new Level(K, cls, right, left, f);
  log(`level ${K}: initial objective ${level.objective().toFixed(0)}`);
  for (let pass = 0; pass < opt.passes; pass++) {
    let moved = 0;
    for (let w = 0; w < V; w++) if (level.move(w, 0, K)) moved++;
    log(`level ${K} pass ${pass + 1}: ${moved} moved, objective ${level.objective().toFixed(0)}`);
    if (moved === 0) break;
  }
  levels.push(cls.slice());
  extraIds.push(Int32Array.from(extraKeys, (_, e) => level.place(eRight, eLeft, e, 0, K)));

  // Finer levels: split each class into `branch` children.
  for (const branch of opt.branches) {
    const parent = cls;
    const parentExtra = extraIds[extraIds.length - 1];
    const K1 = K * branch;
    const child = new Int32Array(n);
    const seen = new Int32Array(K);
    for (let w = 0; w < V; w++) {
      const p = parent[w];
      const k = seen[p] < branch ? seen[p]++ : Math.floor(rnd() * branch);
      child[w] = p * branch + k;
    }
    child[B_ID] = K1;
    child[U_ID] = K1 + 1;
    cls = child;
    K = K1;
    level = new Level(K, cls, right, left, f);
    log(`level ${K}: initial objective ${level.objective().toFixed(0)}`);
    for (let pass = 0; pass < opt.finePasses; pass++) {
      let moved = 0;
      for (let w = 0; w < V; w++) {
        const p = parent[w];
        if (level.move(w, p * branch, p * branch + branch)) moved++;
      }
      log(`level ${K} pass ${pass + 1}: ${moved} moved, objective ${level.objective().toFixed(0)}`);
      if (moved === 0) break;
    }
    levels.push(cls.slice());
    extraIds.push(Int32Array.from(extraKeys, (_, e) => level.place(eRight, eLeft, e, parentExtra[e] * branch, parentExtra[e] * branch + branch)));
  }

  const entries: Array<[string, number[]]> = [];
  let units = 0;
  vocab.forEach(([k], w) => {
    if (k.startsWith('<')) return;
    units++;
    entries.push([k, levels.map((l) => l[w])]);
  });
  let extras = 0;
  extraKeys.forEach(([k], e) => {
    if (k.startsWith('<')) return;
    extras++;
    entries.push([k, extraIds.map((l) => l[e])]);
  });
  entries.sort((x, y) => cmp(x[0], y[0]));
  const sizes = [K0];
  for (const b of opt.branches) sizes.push(sizes[sizes.length - 1] * b);
  return { sizes, entries, stats: { units, extras, tokens, types: counts.size } };
}

/** The table as text: a `#` header line, then `key<TAB>c1<TAB>c2…` per key, sorted by key. */
export function formatTable(table: ClusterTable, header: string): string {
  const lines = ['# ' + header.replace(/^#\s*/, '').replace(/[\r\n]+/g, ' ')];
  for (const [k, ids] of table.entries) lines.push(k + '\t' + ids.join('\t'));
  return lines.join('\n') + '\n';
}
