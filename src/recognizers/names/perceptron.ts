/**
 * Linear sequence model over BIO labels (trained as an averaged structured perceptron by
 * scripts/train.ts): emission weights per feature string, first-order transition weights,
 * BIO-constrained Viterbi decoding, and forward-backward posteriors for confidences.
 */

export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'] as const;
export const NL = LABELS.length;

/** A labelled span over token indices, end exclusive. */
export interface Chunk {
  type: string;
  start: number;
  end: number;
}
/** Row index of the start state in the transition matrix. */
export const START = NL;

/** allowed[prev * NL + cur] (prev = START for the first token): I-X only after B-X or I-X. */
export const ALLOWED: Uint8Array = (() => {
  const a = new Uint8Array((NL + 1) * NL);
  for (let p = 0; p <= NL; p++) {
    for (let c = 0; c < NL; c++) {
      const cur = LABELS[c];
      if (cur.startsWith('I-')) {
        const prev = p === START ? 'O' : LABELS[p];
        a[p * NL + c] = prev !== 'O' && prev.slice(2) === cur.slice(2) ? 1 : 0;
      } else a[p * NL + c] = 1;
    }
  }
  return a;
})();

/** Feature templates whose value is a pair `v1|v2` of vocabulary entries. */
export const PAIR_TEMPLATES = new Set(['b-1', 'b+1', 'sh-1', 'sh+1', 'gs']);

/**
 * The JSON form of a model (src/model/ner.json). A feature is a template and one value
 * (`s=بوتين`) or two (`b-1=رييس|بوتين`); values are stored once in `vocab`, so the file
 * stays small and loads fast, and the tagger looks features up by integer keys.
 */
export interface ModelJson {
  format: 'kashif-ner-perceptron/3';
  labels: string[];
  /** Stored weights are integers; real weight = stored / scale. */
  scale: number;
  /** (NL + 1) × NL transition weights, last row = start. */
  transitions: number[];
  /** Feature templates (`w`, `s`, `s-1`, `b-1` …). */
  templates: string[];
  /** Feature values (words, stems, affixes, shapes …). */
  vocab: string[];
  /**
   * Flat feature rows: template index, value id (two for pair templates), count of non-zero
   * weights k, then k pairs (label index, weight). Every number fits in int16: a value id is
   * written as two numbers, id >> 15 and id & 0x7fff (vocabularies pass 32,767 values).
   */
  rows: ArrayLike<number>;
  meta?: Record<string, unknown>;
}

/**
 * The model on disk: `ner.json` holds everything but the rows (the vocabulary one value a
 * line, readable in a diff); the rows, all small integers, are little-endian int16 in
 * `rowsFile` (`ner-rows.i16`), loaded as a typed array without parsing. Written by
 * scripts/model-io.ts (npm run train).
 */
export interface ModelFileHeader extends Omit<ModelJson, 'rows'> {
  rowsFile: string;
  rowsLength: number;
}

/**
 * Feature → row: an open-addressing hash table over integer keys (template index, value id,
 * second value id or -1), built in one pass over the model rows. Typed arrays only: no Map of
 * boxed keys (pair keys pass 2^30), no per-entry objects, and it is a fraction of the memory
 * of a dense value × template index.
 */
export class RowTable {
  /** Per slot: template (-1 = empty), value id, second value id, row. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(capacityHint: number) {
    let cap = 16;
    while (cap < capacityHint * 1.5) cap *= 2;
    this.slots = new Int32Array(cap * 4).fill(-1);
    this.mask = cap - 1;
  }

  /**
   * A one-value key hashes its template and value; a pair key its two values only, so the pair
   * (x, y) of every template lands in one run of slots: `b+1=x|y` at token i and `b-1=x|y` at
   * token i + 1 (the same two words) then read the same cache line.
   */
  private static hash(tpl: number, a: number, b: number): number {
    let h = b < 0 ? Math.imul(tpl + 1, 0x9e3779b1) ^ Math.imul(a + 1, 0x85ebca6b) : Math.imul(a + 1, 0x85ebca6b) ^ Math.imul(b + 2, 0xc2b2ae35);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    return h ^ (h >>> 13);
  }

  set(tpl: number, a: number, b: number, row: number): void {
    const s = this.slots;
    for (let i = RowTable.hash(tpl, a, b) & this.mask; ; i = (i + 1) & this.mask) {
      const o = i * 4;
      if (s[o] === -1 || (s[o] === tpl && s[o + 1] === a && s[o + 2] === b)) {
        s[o] = tpl;
        s[o + 1] = a;
        s[o + 2] = b;
        s[o + 3] = row;
        return;
      }
    }
  }

  /** The row of (tpl, a, b), -1 when absent. */
  get(tpl: number, a: number, b: number): number {
    const s = this.slots;
    for (let i = RowTable.hash(tpl, a, b) & this.mask; ; i = (i + 1) & this.mask) {
      const o = i * 4;
      const t = s[o];
      if (t === -1) return -1;
      if (t === tpl && s[o + 1] === a && s[o + 2] === b) return s[o + 3];
    }
  }
}

export class LinearChainModel {
  readonly vocab: Map<string, number>;
  readonly templates: Map<string, number>;
  /** Whether template t takes two values (PAIR_TEMPLATES), by template index. */
  readonly pairTemplate: readonly boolean[];
  readonly NT: number;
  readonly V: number;
  /** (template, value id, second value id or -1) → row. */
  readonly table: RowTable;
  readonly W: Float32Array;
  readonly T: Float32Array;

  constructor(vocab: Map<string, number>, templates: Map<string, number>, table: RowTable, W: Float32Array, T: Float32Array) {
    this.vocab = vocab;
    this.templates = templates;
    this.pairTemplate = [...templates.keys()].map((t) => PAIR_TEMPLATES.has(t));
    this.NT = templates.size;
    this.V = Math.max(1, vocab.size);
    this.table = table;
    this.W = W;
    this.T = T;
  }

  /** Row of a pair feature, -1 when unknown. */
  pairRow(tpl: number, v1: number, v2: number): number {
    if (tpl < 0 || v1 < 0 || v2 < 0) return -1;
    return this.table.get(tpl, v1, v2);
  }

  /**
   * Row of the feature `tplName=value` (`tplName` alone when value is null), -1 when the model
   * does not know it: the same answer as row(featureString(tplName, value)), without the string.
   */
  featureRow(tplName: string, value: string | null): number {
    const tpl = this.templates.get(tplName);
    if (tpl === undefined) return -1;
    if (this.pairTemplate[tpl]) return this.row(value === null ? tplName : tplName + '=' + value);
    const v = this.vocab.get(value ?? '');
    return v === undefined ? -1 : this.table.get(tpl, v, -1);
  }

  /** Row of a feature string (`s=بوتين`, `b-1=رييس|بوتين`), -1 when the model does not know it. */
  row(f: string): number {
    const eq = f.indexOf('=');
    const tplName = eq < 0 ? f : f.slice(0, eq);
    const tpl = this.templates.get(tplName);
    if (tpl === undefined) return -1;
    const value = eq < 0 ? '' : f.slice(eq + 1);
    if (this.pairTemplate[tpl]) {
      const bar = value.indexOf('|');
      if (bar < 0 || value.indexOf('|', bar + 1) >= 0) return -1;
      const a = this.vocab.get(value.slice(0, bar));
      const b = this.vocab.get(value.slice(bar + 1));
      if (a === undefined || b === undefined) return -1;
      return this.pairRow(tpl, a, b);
    }
    const v = this.vocab.get(value);
    if (v === undefined) return -1;
    return this.table.get(tpl, v, -1);
  }

  static fromJson(j: ModelJson): LinearChainModel {
    if (j.format !== 'kashif-ner-perceptron/3') throw new Error(`unknown model format ${String(j.format)}`);
    if (j.labels.join(',') !== LABELS.join(',')) throw new Error('model labels do not match');
    const templates = new Map<string, number>();
    j.templates.forEach((t, i) => templates.set(t, i));
    const vocab = new Map<string, number>();
    const vs = j.vocab;
    for (let i = 0; i < vs.length; i++) vocab.set(vs[i], i);
    const pair = j.templates.map((t) => PAIR_TEMPLATES.has(t));
    const r = j.rows;
    // Count rows first.
    let nRows = 0;
    for (let i = 0; i < r.length; ) {
      i += pair[r[i]] ? 5 : 3;
      i += 1 + 2 * r[i];
      nRows++;
    }
    const W = new Float32Array(nRows * NL);
    const table = new RowTable(nRows);
    const inv = 1 / j.scale;
    let row = 0;
    for (let i = 0; i < r.length; row++) {
      const tpl = r[i];
      if (pair[tpl]) {
        table.set(tpl, r[i + 1] * 32768 + r[i + 2], r[i + 3] * 32768 + r[i + 4], row);
        i += 5;
      } else {
        table.set(tpl, r[i + 1] * 32768 + r[i + 2], -1, row);
        i += 3;
      }
      const k = r[i++];
      const base = row * NL;
      for (let m = 0; m < k; m++, i += 2) W[base + r[i]] = r[i + 1] * inv;
    }
    const T = new Float32Array((NL + 1) * NL);
    for (let k = 0; k < T.length; k++) T[k] = j.transitions[k] * inv;
    return new LinearChainModel(vocab, templates, table, W, T);
  }
}

/**
 * Build the JSON form from feature strings and their quantised sparse weights (training).
 * Pair features whose values contain `|` cannot be stored unambiguously and are dropped.
 */
export function modelToJson(features: readonly string[], sparse: readonly number[][], transitions: number[], scale: number, meta: Record<string, unknown>): ModelJson {
  const templates: string[] = [];
  const tIndex = new Map<string, number>();
  const vocab: string[] = [];
  const vIndex = new Map<string, number>();
  const vid = (v: string) => {
    let id = vIndex.get(v);
    if (id === undefined) {
      id = vocab.length;
      vIndex.set(v, id);
      vocab.push(v);
    }
    return id;
  };
  const rows: number[] = [];
  for (let f = 0; f < features.length; f++) {
    const s = features[f];
    const eq = s.indexOf('=');
    const tpl = eq < 0 ? s : s.slice(0, eq);
    const value = eq < 0 ? '' : s.slice(eq + 1);
    let ids: number[];
    if (PAIR_TEMPLATES.has(tpl)) {
      const bar = value.indexOf('|');
      if (bar < 0 || value.indexOf('|', bar + 1) >= 0) continue;
      ids = [vid(value.slice(0, bar)), vid(value.slice(bar + 1))];
    } else ids = [vid(value)];
    let t = tIndex.get(tpl);
    if (t === undefined) {
      t = templates.length;
      tIndex.set(tpl, t);
      templates.push(tpl);
    }
    rows.push(t);
    for (const id of ids) rows.push(id >> 15, id & 0x7fff);
    rows.push(sparse[f].length / 2, ...sparse[f]);
  }
  return { format: 'kashif-ner-perceptron/3', labels: [...LABELS], scale, transitions, templates, vocab, rows, meta };
}

/** Add the row of feature `f` (if known) to emissions[i]. */
export function addFeature(model: LinearChainModel, em: Float32Array, i: number, f: string): void {
  const r = model.row(f);
  if (r < 0) return;
  const base = r * NL;
  const o = i * NL;
  const W = model.W;
  for (let k = 0; k < NL; k++) em[o + k] += W[base + k];
}

/**
 * T with the disallowed transitions at -Infinity (never the best). Built per call, not cached:
 * training updates T in place between sentences, so a copy kept per table would go stale.
 */
function maskedTransitions(T: ArrayLike<number>): Float64Array {
  const M = new Float64Array((NL + 1) * NL);
  for (let k = 0; k < M.length; k++) M[k] = ALLOWED[k] ? T[k] : -Infinity;
  return M;
}

/**
 * Best BIO-valid label sequence for emission scores (n × NL) and transitions T. A disallowed
 * transition scores -Infinity, which never beats the running best (strictly greater wins, as
 * the lowest label on ties), so the masked sum picks what skipping it would. Two score rows
 * and one byte of back-pointer per token and label.
 */
export function viterbi(em: ArrayLike<number>, n: number, T: ArrayLike<number>): Int32Array {
  const out = new Int32Array(n);
  if (n === 0) return out;
  const M = maskedTransitions(T);
  const back = new Uint8Array(n * NL);
  let prev = new Float64Array(NL);
  let cur = new Float64Array(NL);
  for (let c = 0; c < NL; c++) prev[c] = ALLOWED[START * NL + c] ? em[c] + T[START * NL + c] : -Infinity;
  for (let i = 1; i < n; i++) {
    const o = i * NL;
    for (let c = 0; c < NL; c++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < NL; p++) {
        const s = prev[p] + M[p * NL + c];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      cur[c] = best + em[o + c];
      back[o + c] = arg;
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  let best = -Infinity;
  let arg = 0;
  for (let c = 0; c < NL; c++) {
    if (prev[c] > best) {
      best = prev[c];
      arg = c;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * NL + arg];
  }
  return out;
}

/** exp(T / temperature) with disallowed transitions as 0, cached per transition table. */
const expTCache = new WeakMap<object, { temperature: number; E: Float64Array }>();
function expTransitions(T: ArrayLike<number>, inv: number, temperature: number): Float64Array {
  const hit = expTCache.get(T as object);
  if (hit && hit.temperature === temperature) return hit.E;
  const E = new Float64Array((NL + 1) * NL);
  for (let k = 0; k < E.length; k++) E[k] = ALLOWED[k] ? Math.exp(T[k] * inv) : 0;
  expTCache.set(T as object, { temperature, E });
  return E;
}

/**
 * Per-token label posteriors (n × NL) of the Gibbs distribution exp(score / temperature)
 * over BIO-valid paths: a calibrated-enough confidence from the score margins.
 * Forward-backward in probability space with every position rescaled (exact: the posterior
 * at i is alpha_i ⊙ beta_i normalised, whatever each vector's scale), so there is one exp
 * per token and label instead of a log-sum-exp per label pair.
 */
export function posteriors(em: ArrayLike<number>, n: number, T: ArrayLike<number>, temperature: number): Float64Array {
  const inv = 1 / temperature;
  const E = expTransitions(T, inv, temperature);
  const post = new Float64Array(n * NL);
  if (n === 0) return post;
  // post holds exp(em / temperature − max) for now; alpha and beta are rescaled to sum 1.
  for (let i = 0; i < n; i++) {
    const o = i * NL;
    let m = -Infinity;
    for (let c = 0; c < NL; c++) if (em[o + c] * inv > m) m = em[o + c] * inv;
    for (let c = 0; c < NL; c++) post[o + c] = Math.exp(em[o + c] * inv - m);
  }
  const alpha = new Float64Array(n * NL);
  const beta = new Float64Array(n * NL);
  let sum = 0;
  for (let c = 0; c < NL; c++) sum += alpha[c] = E[START * NL + c] * post[c];
  scale(alpha, 0, sum);
  for (let i = 1; i < n; i++) {
    const o = i * NL;
    const q = o - NL;
    sum = 0;
    for (let c = 0; c < NL; c++) {
      let a = 0;
      for (let p = 0; p < NL; p++) a += alpha[q + p] * E[p * NL + c];
      sum += alpha[o + c] = a * post[o + c];
    }
    scale(alpha, o, sum);
  }
  for (let c = 0; c < NL; c++) beta[(n - 1) * NL + c] = 1;
  for (let i = n - 2; i >= 0; i--) {
    const o = i * NL;
    const r = o + NL;
    sum = 0;
    for (let p = 0; p < NL; p++) {
      let b = 0;
      for (let c = 0; c < NL; c++) b += E[p * NL + c] * post[r + c] * beta[r + c];
      sum += beta[o + p] = b;
    }
    scale(beta, o, sum);
  }
  for (let i = 0; i < n; i++) {
    const o = i * NL;
    sum = 0;
    for (let c = 0; c < NL; c++) sum += post[o + c] = alpha[o + c] * beta[o + c];
    scale(post, o, sum);
  }
  return post;
}

function scale(v: Float64Array, o: number, sum: number): void {
  if (!(sum > 0)) return;
  const inv = 1 / sum;
  for (let c = 0; c < NL; c++) v[o + c] *= inv;
}

/** BIO label strings over tokens → chunks (labels like B-PER). */
export function labelChunks(labels: readonly string[]): Chunk[] {
  const out: Chunk[] = [];
  let cur: Chunk | null = null;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i];
    if (l === 'O') {
      if (cur) out.push(cur);
      cur = null;
    } else if (l[0] === 'B' || !cur || cur.type !== l.slice(2)) {
      if (cur) out.push(cur);
      cur = { type: l.slice(2), start: i, end: i + 1 };
    } else cur.end = i + 1;
  }
  if (cur) out.push(cur);
  return out;
}
