/**
 * Statistical name tagger: a linear-chain model over BIO labels for PER/ORG/LOC, trained as
 * an averaged structured perceptron (scripts/train.ts) on the annotated corpora re-tokenised
 * by kashif's own tokenizer, decoded with BIO-constrained Viterbi. Spans start at the first token's body
 * (proclitics outside, article inside) and end at the last token's body.
 */
import type { Doc, NameCandidate } from '../../pipeline/stage.js';
import type { TextToken } from '../../text/tokenize.js';
import { BOS_INFO, EOS_INFO, NEIGHBOUR, NEIGHBOUR_OFFSETS, NO_CONTEXT, documentContext, gazetteerMatches, localFeatures, sportFeatures, tokenInfo, type DocContext, type FeatureTables, type TokInfo } from './features.js';
import { triggersDigest } from '../../lexicon/tagger-triggers.js';
import { clustersView, lexiconView } from './sorted-table.js';
import { gazetteerOf, type Gazetteer } from './gazetteer.js';
import { LABELS, NL, LinearChainModel, labelChunks, posteriors, viterbi, type Chunk, type ModelFileHeader } from './perceptron.js';
import { bundledModel } from '../../model/bundled.js';
import type { KashifModel } from '../../model/model.js';

/*
 * Document-level second pass (context aggregation, learned): after the first pass has tagged
 * every sentence, each word gets features saying how the first pass labelled the same stem
 * elsewhere in the document (`ag=PER2`: the other occurrences are mostly persons, two or more
 * of them; `agany=ORG`: at least one is inside an organisation), and its neighbours' (`ag-1`,
 * `ag+1`; the shipped model was trained without these two). Their weights were trained on
 * out-of-fold first-pass output (scripts/train.ts) and are added to the first-pass emissions
 * before decoding again.
 */

/** Stems shorter than this are too ambiguous to aggregate. */
export const DOC_MIN_STEM = 3;
const AGG_TYPES = ['O', 'PER', 'ORG', 'LOC'] as const;
/** The entity types among AGG_TYPES, in mask-bit order (1 PER, 2 ORG, 4 LOC). */
const ENTITY_AGG = ['PER', 'ORG', 'LOC'] as const;

/** What the first pass said of a stem elsewhere: counts of O / PER / ORG / LOC labels. */
export type StemCounts = Map<string, Int32Array>;

/** Type index (0 O, 1 PER, 2 ORG, 3 LOC) of a label index. */
const typeOf = (label: number): number => (label === 0 ? 0 : label <= 2 ? 1 : label <= 4 ? 2 : 3);

/** Count the first-pass labels of every aggregatable stem. */
export function stemCounts(keys: readonly string[], labels: ArrayLike<number>): StemCounts {
  const out: StemCounts = new Map();
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k.length < DOC_MIN_STEM) continue;
    let c = out.get(k);
    if (!c) out.set(k, (c = new Int32Array(4)));
    c[typeOf(labels[i])]++;
  }
  return out;
}

/**
 * The aggregate value of token i (its own label removed from the counts): `PER2` (others are
 * mostly PER, two or more), `O1` … or '' when the stem occurs nowhere else. Shared by training
 * and inference.
 */
export function aggregateValue(counts: StemCounts, key: string, ownLabel: number): { major: string; any: string[] } | null {
  const { code, mask } = aggregateCode(counts, key, ownLabel);
  if (code < 0) return null;
  return { major: AGG_VALUES[code], any: ENTITY_AGG.filter((_, t) => mask & (1 << t)) };
}

/** The document features of token i, as feature strings (training and the parity test). */
export function docFeatures(keys: readonly string[], labels: ArrayLike<number>, counts: StemCounts, i: number, sink: (f: string) => void): void {
  const here = aggregateValue(counts, keys[i], labels[i]);
  if (here) {
    sink('ag=' + here.major);
    for (const t of here.any) sink('agany=' + t);
  }
  if (i > 0) {
    const p = aggregateValue(counts, keys[i - 1], labels[i - 1]);
    if (p) sink('ag-1=' + p.major);
  }
  if (i + 1 < keys.length) {
    const n = aggregateValue(counts, keys[i + 1], labels[i + 1]);
    if (n) sink('ag+1=' + n.major);
  }
}

/**
 * The same aggregate as aggregateValue, as integers for the run-time path: the major value's
 * index in AGG_VALUES (-1 when none) and a bit mask of the entity types among the others
 * (1 PER, 2 ORG, 4 LOC).
 */
function aggregateCode(counts: StemCounts, key: string, ownLabel: number): { code: number; mask: number } {
  if (key.length < DOC_MIN_STEM) return NO_AGG;
  const c = counts.get(key);
  if (!c) return NO_AGG;
  const own = typeOf(ownLabel);
  let total = 0;
  let best = 0;
  let bestN = -1;
  let mask = 0;
  for (let t = 0; t < 4; t++) {
    const n = c[t] - (t === own ? 1 : 0);
    total += n;
    if (t > 0 && n > 0) mask |= 1 << (t - 1);
    if (n > bestN) {
      bestN = n;
      best = t;
    }
  }
  if (total <= 0) return NO_AGG;
  return { code: best * 2 + (total >= 2 ? 1 : 0), mask };
}
const NO_AGG = { code: -1, mask: 0 };
/** Aggregate values by code: O1 O2 PER1 PER2 ORG1 ORG2 LOC1 LOC2. */
const AGG_VALUES = AGG_TYPES.flatMap((t) => [t + '1', t + '2']);

interface WordEntry {
  info: TokInfo;
  /**
   * The word's weights in one array (one object, contiguous, so a token's emission reads its
   * neighbours' entries from few cache lines):
   * - [0, NL): the weights of the word's own features (their model rows) summed per label, in
   *   float32 and in row order: exactly the values a token's emission holds after adding those
   *   rows one by one from 0, so the sum is computed once per word instead of ~20 row fetches
   *   per token;
   * - [NL, NL + K), K = NEIGHBOUR.length: where the weights of NEIGHBOUR[k] for this word
   *   start in this array, -1 when the model does not know the feature;
   * - then those weights, NL per known neighbour feature, copied out of the model.
   */
  data: Float32Array;
  /** Vocabulary ids of the stem and the shape (-1 when unknown). */
  sId: number;
  shId: number;
  /** Rows of the word's own sport features (sportFeatures without the gazetteer tag), -1 when unknown. */
  sp: Int32Array;
  /** Row of the window feature `tw=` of the word's trigger class, -1 when none (or `prep`, or unknown to the model). */
  tw: number;
}

/**
 * Most words a tagger remembers (their feature rows). The cache is a pure function of the
 * word for a given model, so its contents never change results, only speed; when full it is
 * emptied and refilled (documents repeat most of their vocabulary within themselves).
 */
export const TAGGER_CACHE_MAX = 100_000;

/** A labelled run: first-pass labels and emissions of one sentence. */
interface RunState {
  a: number;
  b: number;
  em: Float32Array;
  labels: Int32Array;
}

/** The rows of one gazetteer tag (`B-PER` …): its g, g-1, g+1, spg features and the gs pair's value id. */
interface GazTagRows {
  g: number;
  prev: number;
  next: number;
  spg: number;
  gsValue: number;
}

/** em[o..o+NL) += row r of W (nothing when r < 0): one float32 rounding per add, as `+=` on the array. */
function addRow(em: Float32Array, o: number, W: Float32Array, r: number): void {
  if (r >= 0) addWeights(em, o, W, r * NL);
}

/** em[o..o+NL) += W[base..base+NL). */
function addWeights(em: Float32Array, o: number, W: Float32Array, base: number): void {
  // NL === 7
  em[o] += W[base];
  em[o + 1] += W[base + 1];
  em[o + 2] += W[base + 2];
  em[o + 3] += W[base + 3];
  em[o + 4] += W[base + 4];
  em[o + 5] += W[base + 5];
  em[o + 6] += W[base + 6];
}

/**
 * The name tagger: a trained model and the tables its features read, loaded once into a
 * value that is passed where it is needed (no module state but the shipped default, which
 * is immutable once loaded). Its per-word cache is bounded (TAGGER_CACHE_MAX).
 */
export class Tagger {
  readonly model: LinearChainModel;
  readonly tables: FeatureTables;
  readonly temperature: number;
  private readonly cache = new Map<string, WordEntry>();
  private readonly bos: WordEntry;
  private readonly eos: WordEntry;
  private readonly tb1: number;
  private readonly tb2: number;
  private readonly tsh1: number;
  private readonly tsh2: number;
  private readonly tgs: number;
  /** Rows of each gazetteer tag, by B/I and type (the gazetteer's types, filled on first sight). */
  private readonly gazB = new Map<string, GazTagRows>();
  private readonly gazI = new Map<string, GazTagRows>();
  /** Rows of g-1=<S> and g+1=</S> (the sentence edges as neighbours' gazetteer tags). */
  private readonly gPrevStart: number;
  private readonly gNextEnd: number;
  /** Rows of the document features by aggregate code (-1 when the model does not know one). */
  private readonly docRows: { ag: number[]; prev: number[]; next: number[]; any: number[] };
  /** Whether the model carries the learned document pass. */
  readonly hasDocPass: boolean;

  constructor(model: LinearChainModel, tables: FeatureTables, temperature = 1) {
    this.model = model;
    this.tables = tables;
    this.temperature = temperature;
    const tpl = (name: string) => model.templates.get(name) ?? -1;
    this.tb1 = tpl('b-1');
    this.tb2 = tpl('b+1');
    this.tsh1 = tpl('sh-1');
    this.tsh2 = tpl('sh+1');
    this.tgs = tpl('gs');
    this.gPrevStart = model.row('g-1=<S>');
    this.gNextEnd = model.row('g+1=</S>');
    this.bos = this.entryFor(BOS_INFO, null);
    this.eos = this.entryFor(EOS_INFO, null);
    const r = (f: string) => model.row(f);
    this.docRows = {
      ag: AGG_VALUES.map((v) => r('ag=' + v)),
      prev: AGG_VALUES.map((v) => r('ag-1=' + v)),
      next: AGG_VALUES.map((v) => r('ag+1=' + v)),
      any: ENTITY_AGG.map((t) => r('agany=' + t)),
    };
    this.hasDocPass = [...this.docRows.ag, ...this.docRows.prev, ...this.docRows.next, ...this.docRows.any].some((x) => x >= 0);
  }

  /** The rows of gazetteer tag `B-type` (begin) or `I-type`; at most two per type of the gazetteer. */
  private gazRows(type: string, begin: boolean): GazTagRows {
    const m = begin ? this.gazB : this.gazI;
    let g = m.get(type);
    if (!g) {
      const model = this.model;
      const tag = (begin ? 'B-' : 'I-') + type;
      g = { g: model.row('g=' + tag), prev: model.row('g-1=' + tag), next: model.row('g+1=' + tag), spg: model.row('spg=' + tag), gsValue: model.vocab.get(tag) ?? -1 };
      m.set(type, g);
    }
    return g;
  }

  private entryFor(info: TokInfo, t: TextToken | null): WordEntry {
    const model = this.model;
    const W = model.W;
    const localSum = new Float32Array(NL);
    if (t) {
      localFeatures(t, info, this.tables.gaz, (tpl, v) => {
        const r = model.featureRow(tpl, v);
        if (r >= 0) for (let c = 0; c < NL; c++) localSum[c] += W[r * NL + c];
      });
    }
    const K = NEIGHBOUR.length;
    const nbRows: number[] = [];
    const nbAt: number[] = [];
    for (let k = 0; k < K; k++) {
      const v = NEIGHBOUR[k].value(info);
      const r = v === null ? -1 : model.featureRow(NEIGHBOUR[k].tpl, v);
      nbAt.push(r < 0 ? -1 : NL + K + nbRows.length * NL);
      if (r >= 0) nbRows.push(r);
    }
    const data = new Float32Array(NL + K + nbRows.length * NL);
    data.set(localSum, 0);
    data.set(nbAt, NL);
    for (let q = 0; q < nbRows.length; q++) data.set(W.subarray(nbRows[q] * NL, nbRows[q] * NL + NL), NL + K + q * NL);
    const sp: number[] = [];
    sportFeatures(info, '', (tpl, v) => sp.push(model.featureRow(tpl, v)));
    const tw = info.trig && info.trig !== 'prep' ? model.row('tw=' + info.trig) : -1;
    return { info, data, sId: model.vocab.get(info.s) ?? -1, shId: model.vocab.get(info.sh) ?? -1, sp: Int32Array.from(sp), tw };
  }

  private entry(t: TextToken): WordEntry {
    const key = t.kind === 'arabic' ? (t.bodyStart >= t.bodyEnd ? t.text + '\u0001' : t.text) : t.kind + '\u0002' + t.text;
    let e = this.cache.get(key);
    if (!e) {
      if (this.cache.size >= TAGGER_CACHE_MAX) this.cache.clear();
      e = this.entryFor(tokenInfo(t, this.tables), t);
      this.cache.set(key, e);
    }
    return e;
  }

  /** First-pass emissions (n × NL) of one run of tokens of a document with context ctx. */
  emissions(tokens: readonly TextToken[], ctx: DocContext = NO_CONTEXT, keysOut?: string[], keysOffset = 0): Float32Array {
    const model = this.model;
    const n = tokens.length;
    const em = new Float32Array(n * NL);
    const W = model.W;
    const entries = new Array<WordEntry>(n);
    for (let i = 0; i < n; i++) {
      const e = (entries[i] = this.entry(tokens[i]));
      if (keysOut) keysOut[keysOffset + i] = tokens[i].kind === 'arabic' ? e.info.s : '';
    }
    // Gazetteer tags: the rows of each token's tag, null outside a match.
    const gz = new Array<GazTagRows | null>(n).fill(null);
    const gaz = this.tables.gaz;
    if (gaz) {
      gazetteerMatches(
        entries.map((e) => e.info),
        gaz,
        (i, len, type) => {
          gz[i] = this.gazRows(type, true);
          if (len > 1) {
            const inside = this.gazRows(type, false);
            for (let k = 1; k < len; k++) gz[i + k] = inside;
          }
        },
      );
    }
    const { bos, eos, tb1, tb2, tsh1, tsh2, tgs } = this;
    const sport = ctx.sport;
    const offsets = NEIGHBOUR_OFFSETS;
    const K = offsets.length;
    let prev = bos;
    for (let i = 0; i < n; i++) {
      const o = i * NL;
      const e = entries[i];
      const next = i + 1 < n ? entries[i + 1] : eos;
      // The emission starts at 0, so after the word's own rows it is exactly their float32 sum.
      // The emission starts at 0, so after the word's own rows it is exactly their float32 sum.
      const ls = e.data;
      em[o] = ls[0];
      em[o + 1] = ls[1];
      em[o + 2] = ls[2];
      em[o + 3] = ls[3];
      em[o + 4] = ls[4];
      em[o + 5] = ls[5];
      em[o + 6] = ls[6];
      for (let k = 0; k < K; k++) {
        const j = i + offsets[k];
        const d = (j < 0 ? bos : j >= n ? eos : entries[j]).data;
        const at = d[NL + k];
        if (at >= 0) addWeights(em, o, d, at);
      }
      addRow(em, o, W, model.pairRow(tb1, prev.sId, e.sId));
      addRow(em, o, W, model.pairRow(tb2, e.sId, next.sId));
      addRow(em, o, W, model.pairRow(tsh1, prev.shId, e.shId));
      addRow(em, o, W, model.pairRow(tsh2, e.shId, next.shId));
      const g = gz[i];
      if (g) addRow(em, o, W, g.g);
      if (i === 0) addRow(em, o, W, this.gPrevStart);
      else if (gz[i - 1]) addRow(em, o, W, gz[i - 1]!.prev);
      if (i + 1 === n) addRow(em, o, W, this.gNextEnd);
      else if (gz[i + 1]) addRow(em, o, W, gz[i + 1]!.next);
      if (g) addRow(em, o, W, model.pairRow(tgs, g.gsValue, e.shId));
      // Window features: each trigger class of the three tokens before, nearest first, once.
      let seen1 = '';
      let seen2 = '';
      for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
        const tr = entries[j].info.trig;
        if (tr && tr !== 'prep' && tr !== seen1 && tr !== seen2) {
          if (seen1) seen2 = tr;
          else seen1 = tr;
          addRow(em, o, W, entries[j].tw);
        }
      }
      if (sport) {
        for (let k = 0; k < e.sp.length; k++) addRow(em, o, W, e.sp[k]);
        if (g) addRow(em, o, W, g.spg);
      }
      prev = e;
    }
    return em;
  }

  /** The tagger's key of each token (the stem the document pass aggregates over). */
  keys(tokens: readonly TextToken[]): string[] {
    return tokens.map((t) => (t.kind === 'arabic' ? this.entry(t).info.s : ''));
  }

  /**
   * Add the document features' rows to the first-pass emissions of tokens offset..offset+n of
   * the document, in place (the integer form of docFeatures; the parity test holds them equal).
   */
  addDocFeatures(em: Float32Array, keys: readonly string[], labels: ArrayLike<number>, counts: StemCounts, offset: number, n: number): boolean {
    const W = this.model.W;
    const R = this.docRows;
    let changed = false;
    const add = (o: number, row: number) => {
      if (row < 0) return;
      changed = true;
      const base = row * NL;
      for (let l = 0; l < NL; l++) em[o + l] += W[base + l];
    };
    const lo = Math.max(0, offset - 1);
    const hi = Math.min(keys.length, offset + n + 1);
    const codes = new Int8Array(hi - lo);
    const masks = new Uint8Array(hi - lo);
    for (let j = lo; j < hi; j++) {
      const a = aggregateCode(counts, keys[j], labels[j]);
      codes[j - lo] = a.code;
      masks[j - lo] = a.mask;
    }
    for (let i = 0; i < n; i++) {
      const j = offset + i;
      const o = i * NL;
      const c = codes[j - lo];
      if (c >= 0) {
        add(o, R.ag[c]);
        const m = masks[j - lo];
        for (let t = 0; t < 3; t++) if (m & (1 << t)) add(o, R.any[t]);
      }
      if (j > 0 && codes[j - 1 - lo] >= 0) add(o, R.prev[codes[j - 1 - lo]]);
      if (j + 1 < keys.length && codes[j + 1 - lo] >= 0) add(o, R.next[codes[j + 1 - lo]]);
    }
    return changed;
  }

  /** Spans and their confidences from emissions. */
  spans(em: Float32Array, n: number, decoded?: Int32Array): { labels: Int32Array; spans: TaggedSpan[] } {
    const model = this.model;
    const labels = decoded ?? viterbi(em, n, model.T);
    const spans: TaggedSpan[] = [];
    for (const c of labelChunks(Array.from(labels, (l) => LABELS[l]))) {
      // Posteriors over a window around the span: cheap, and the margins that matter are local.
      const a = Math.max(0, c.start - 3);
      const b = Math.min(n, c.end + 3);
      const p = posteriors(em.subarray(a * NL, b * NL), b - a, model.T, this.temperature);
      let s = 0;
      for (let i = c.start; i < c.end; i++) s += p[(i - a) * NL + labels[i]];
      spans.push({ ...c, confidence: s / (c.end - c.start) });
    }
    return { labels, spans };
  }

  /** Tag one run of tokens with the first pass only. */
  tagRun(tokens: readonly TextToken[]): { labels: Int32Array; spans: TaggedSpan[] } {
    return this.spans(this.emissions(tokens, documentContext(tokens)), tokens.length);
  }

  /**
   * Tag a document given as runs (sentences) of one token array: the first pass on every run,
   * then, when the model has it, the document pass over the whole document. Returns the
   * spans of each run, in run order, with token indices relative to the run.
   */
  tagDocument(tokens: readonly TextToken[], runList: ReadonlyArray<readonly [number, number]>): TaggedSpan[][] {
    const ctx = documentContext(tokens);
    // The stems the document pass aggregates over, filled while the emissions are built (a
    // token outside every run is not Arabic, so its key is '' as keys() would give).
    const keys: string[] = this.hasDocPass ? new Array<string>(tokens.length).fill('') : [];
    const states: RunState[] = runList.map(([a, b]) => {
      const em = this.emissions(tokens.slice(a, b), ctx, this.hasDocPass ? keys : undefined, a);
      return { a, b, em, labels: viterbi(em, b - a, this.model.T) };
    });
    const redo = states.map(() => false);
    if (this.hasDocPass && states.length > 0) {
      const all = new Int32Array(tokens.length);
      for (const st of states) all.set(st.labels, st.a);
      const counts = stemCounts(keys, all);
      states.forEach((st, k) => {
        redo[k] = this.addDocFeatures(st.em, keys, all, counts, st.a, st.b - st.a);
      });
    }
    // A run the document pass left unchanged keeps its first-pass decoding.
    return states.map((st, k) => this.spans(st.em, st.b - st.a, redo[k] ? undefined : st.labels).spans);
  }
}

/** Parse the shipped tables and model into a Tagger. */
export function taggerFromFiles(files: { header: ModelFileHeader; rows: Int16Array; gazetteer: Gazetteer | null; names: string | null; clusters: string | null }): Tagger {
  const { header, rows } = files;
  if (rows.length !== header.rowsLength) throw new Error(`kashif: ${header.rowsFile} holds ${rows.length} values, ner.json expects ${header.rowsLength}`);
  const digest = header.meta?.triggers;
  if (typeof digest === 'string' && digest !== triggersDigest()) throw new Error(`kashif: the tagger was trained with other trigger words (digest ${digest}, lexicon ${triggersDigest()}): retrain with npm run train`);
  const temperature = typeof header.meta?.temperature === 'number' ? header.meta.temperature : 1;
  const tables: FeatureTables = {
    gaz: files.gazetteer,
    names: files.names ? lexiconView(files.names) : null,
    clusters: files.clusters ? clustersView(files.clusters) : null,
  };
  return new Tagger(LinearChainModel.fromJson({ ...header, rows }), tables, temperature);
}

/** The tagger of a model (ner.json, its rows and the tables it names), built once per model. */
export function taggerOf(m: KashifModel): Tagger {
  return m.derive('tagger', () => {
    const header = m.json<ModelFileHeader>('ner.json');
    const tables = Array.isArray(header.meta?.tables) ? (header.meta.tables as string[]) : [];
    const optional = (f: string) => (tables.includes(f) ? m.text(f) : null);
    return taggerFromFiles({ header, rows: m.int16(header.rowsFile), gazetteer: gazetteerOf(m), names: optional('name-lexicon.tsv'), clusters: optional('clusters.tsv') });
  });
}

/** The tagger of the bundled model (tools and tests; the stage uses the document's model). */
export function shippedTagger(): Tagger {
  return taggerOf(bundledModel());
}

/** Build the bundled model's tagger now (it is otherwise built on the first call). */
export function preloadTagger(): void {
  shippedTagger();
}

export interface TaggedSpan extends Chunk {
  /** Mean posterior of the span's labels, 0..1. */
  confidence: number;
}

/** Tag one run of tokens with the shipped tagger's first pass (tests, tools). */
export function tagTokenRun(tokens: readonly TextToken[], tagger: Tagger = shippedTagger()): { labels: Int32Array; spans: TaggedSpan[] } {
  return tagger.tagRun(tokens);
}

const SENTENCE_END = new Set(['.', '!', '?', '؟', '؛']);
const TYPE = { PER: 'person', ORG: 'organization', LOC: 'location' } as const;

/** Split tokens into sentence-like runs (at line breaks and after . ! ? ؟ ؛). */
function* runs(tokens: readonly TextToken[]): Generator<[number, number]> {
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i > start && tokens[i].newlineBefore) {
      yield [start, i];
      start = i;
    }
    if (tokens[i].kind === 'punct' && SENTENCE_END.has(tokens[i].text)) {
      yield [start, i + 1];
      start = i + 1;
    }
  }
  if (start < tokens.length) yield [start, tokens.length];
}

/** Person, organisation and location candidates from the statistical tagger. */
export function tagNames(doc: Doc, tagger: Tagger = taggerOf(doc.model)): NameCandidate[] {
  const out: NameCandidate[] = [];
  const text = doc.norm.text;
  const tokens = doc.tokens;
  const runList: Array<[number, number]> = [];
  for (const [a, b] of runs(tokens)) {
    let arabic = false;
    for (let i = a; i < b && !arabic; i++) arabic = tokens[i].kind === 'arabic';
    if (arabic) runList.push([a, b]);
  }
  const tagged = tagger.tagDocument(tokens, runList);
  for (let r = 0; r < runList.length; r++) {
    const a = runList[r][0];
    for (const s of tagged[r]) {
      const first = tokens[a + s.start];
      const last = tokens[a + s.end - 1];
      const start = first.bodyStart;
      const end = Math.max(last.bodyEnd, start);
      if (end <= start) continue;
      const cand: NameCandidate = {
        type: TYPE[s.type as keyof typeof TYPE],
        start,
        end,
        source: 'names/tagger',
        confidence: Math.round(s.confidence * 1000) / 1000,
      };
      // ل + ال written لل: the span starts at the article's ل (لكرملين); restore الكرملين.
      if (first.article && text.charCodeAt(start) === 0x0644) cand.canonical = 'ا' + text.slice(start, end);
      out.push(cand);
    }
  }
  return out;
}
