/**
 * Statistical name tagger: a linear-chain model over BIO labels for PER/ORG/LOC, trained as
 * an averaged structured perceptron (scripts/train.ts) on ANERcorp re-tokenised by kashif's
 * own tokenizer, decoded with BIO-constrained Viterbi. Spans start at the first token's body
 * (proclitics outside, article inside) and end at the last token's body.
 */
import type { Doc, NameCandidate } from '../../pipeline/stage.js';
import type { TextToken } from '../../text/tokenize.js';
import { featureConfig, withPart, BOS_INFO, EOS_INFO, NEIGHBOUR, NEIGHBOUR_OFFSETS, gazFeatures, gazetteerTags, localFeatures, tokenInfo, type GazView, type TokInfo } from './features.js';
import { gazetteerOf, type Gazetteer } from './gazetteer.js';
import { LABELS, NL, LinearChainModel, posteriors, viterbi, type ModelFileHeader } from './perceptron.js';
import { activeModel } from '../../model/active.js';
import type { KashifModel } from '../../model/model.js';
import { labelChunks, projectWords } from './corpus.js';
import type { Chunk } from '../../eval/conll.js';

interface Loaded {
  model: LinearChainModel;
  gaz: GazView | null;
  temperature: number;
  /** Per-word feature rows (the features that depend on the word alone). */
  cache: Map<string, WordEntry>;
  bos: WordEntry;
  eos: WordEntry;
  /** Template indices of the pair features (-1 when absent). */
  tb1: number;
  tb2: number;
  tsh1: number;
  tsh2: number;
  /** Rows of gazetteer-match features by their value (`B-PER`, `<S>` …). */
  gRow: Map<string, number>;
  /** Trigger-window rows by trigger class; gazetteer×shape template. */
  twRow: Map<string, number>;
  tgs: number;
  gPrev: Map<string, number>;
  gNext: Map<string, number>;
}

interface WordEntry {
  info: TokInfo;
  /**
   * The weights of the word's own features (their model rows) summed per label, in float32
   * and in row order: exactly the values a token's emission holds after adding those rows one
   * by one from 0, so the sum is computed once per word instead of ~20 row fetches per token.
   */
  localSum: Float32Array;
  /** Row of NEIGHBOUR[k] for this word, -1 when the model does not know it. */
  nb: Int32Array;
  /** Vocabulary ids of the stem and the shape (-1 when unknown). */
  sId: number;
  shId: number;
}

const CACHE_MAX = 200_000;

function entryFor(model: LinearChainModel, gaz: GazView | null, info: TokInfo, t: TextToken | null): WordEntry {
  const rows: number[] = [];
  if (t) {
    localFeatures(t, info, gaz, (f) => {
      const r = model.row(f);
      if (r >= 0) rows.push(r);
    });
  }
  const nb = new Int32Array(NEIGHBOUR.length);
  for (let k = 0; k < NEIGHBOUR.length; k++) {
    const f = NEIGHBOUR[k](info);
    nb[k] = f ? model.row(f) : -1;
  }
  const localSum = new Float32Array(NL);
  const W = model.W;
  for (const r of rows) for (let c = 0; c < NL; c++) localSum[c] += W[r * NL + c];
  return { info, localSum, nb, sId: model.vocab.get(info.s) ?? -1, shId: model.vocab.get(info.sh) ?? -1 };
}

function makeLoaded(model: LinearChainModel, gaz: GazView | null, temperature: number): Loaded {
  const tpl = (name: string) => model.templates.get(name) ?? -1;
  const gRow = new Map<string, number>();
  const gPrev = new Map<string, number>();
  const gNext = new Map<string, number>();
  for (const v of ['B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', '<S>', '</S>']) {
    gazFeatures([v], 0, (f) => {
      if (f.startsWith('g=')) gRow.set(v, model.row(f));
    });
    gPrev.set(v, model.row('g-1=' + v));
    gNext.set(v, model.row('g+1=' + v));
  }
  return {
    model, gaz, temperature, cache: new Map(),
    bos: entryFor(model, gaz, BOS_INFO, null), eos: entryFor(model, gaz, EOS_INFO, null),
    tb1: tpl('b-1'), tb2: tpl('b+1'), tsh1: tpl('sh-1'), tsh2: tpl('sh+1'),
    gRow, gPrev, gNext,
    twRow: new Map(['title', 'said', 'org', 'loc', 'chain'].map((c) => [c, model.row('tw=' + c)])),
    tgs: tpl('gs'),
  };
}

/** A tagger ready to run: a model's weights with its gazetteer and per-word cache. */
export type Tagger = Loaded;

/** The tagger of a model (ner.json + its rows file), built once per model. */
export function taggerOf(m: KashifModel): Tagger {
  return m.derive('tagger', () => {
    const head = m.json<ModelFileHeader>('ner.json');
    const rows = m.int16(head.rowsFile);
    if (rows.length !== head.rowsLength) throw m.invalid(head.rowsFile, `holds ${rows.length} values, ner.json expects ${head.rowsLength}`);
    const json = { ...head, rows };
    const temperature = typeof json.meta?.temperature === 'number' ? json.meta.temperature : 1;
    if (json.meta?.features && typeof json.meta.features === 'object') Object.assign(featureConfig, json.meta.features);
    return makeLoaded(LinearChainModel.fromJson(json), gazetteerOf(m), temperature);
  });
}

/** A tagger over an in-memory model (training, tests): pass it to {@link tagTokenRun}. */
export function inMemoryTagger(model: LinearChainModel, gaz?: Gazetteer | GazView | null, temperature = 1): Tagger {
  return makeLoaded(model, gaz ?? null, temperature);
}

/** Build the active model's tagger now (it is otherwise built on the first call). */
export function preloadTagger(): void {
  taggerOf(activeModel());
}

export interface TaggedSpan extends Chunk {
  /** Mean posterior of the span's labels, 0..1. */
  confidence: number;
}

/** Tag one run of tokens: label index per token and the spans with confidences. */
export function tagTokenRun(tokens: readonly TextToken[], tagger: Tagger = taggerOf(activeModel())): { labels: Int32Array; spans: TaggedSpan[] } {
  const L = tagger;
  const { model, gaz, temperature, cache } = L;
  const n = tokens.length;
  const em = new Float32Array(n * NL);
  const W = model.W;
  const entries = new Array<WordEntry>(n);
  const infos = new Array<TokInfo>(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    const key = t.kind === 'arabic' ? (t.bodyStart >= t.bodyEnd ? t.text + '\u0001' : t.text) : t.kind + '\u0002' + t.text;
    let e = cache.get(key);
    if (!e) {
      if (cache.size >= CACHE_MAX) cache.clear();
      e = entryFor(model, gaz, withPart(tokenInfo(t), gaz), t);
      cache.set(key, e);
    }
    entries[i] = e;
    infos[i] = e.info;
  }
  const add = (o: number, r: number) => {
    if (r < 0) return;
    const base = r * NL; // NL === 7
    em[o] += W[base];
    em[o + 1] += W[base + 1];
    em[o + 2] += W[base + 2];
    em[o + 3] += W[base + 3];
    em[o + 4] += W[base + 4];
    em[o + 5] += W[base + 5];
    em[o + 6] += W[base + 6];
  };
  const gt = gazetteerTags(infos, gaz);
  let prev = L.bos;
  for (let i = 0; i < n; i++) {
    const o = i * NL;
    const e = entries[i];
    const next = i + 1 < n ? entries[i + 1] : L.eos;
    // The emission starts at 0, so after the word's own rows it is exactly their float32 sum.
    const ls = e.localSum;
    em[o] = ls[0];
    em[o + 1] = ls[1];
    em[o + 2] = ls[2];
    em[o + 3] = ls[3];
    em[o + 4] = ls[4];
    em[o + 5] = ls[5];
    em[o + 6] = ls[6];
    for (let k = 0; k < NEIGHBOUR_OFFSETS.length; k++) {
      const j = i + NEIGHBOUR_OFFSETS[k];
      add(o, (j < 0 ? L.bos : j >= n ? L.eos : entries[j]).nb[k]);
    }
    add(o, model.pairRow(L.tb1, prev.sId, e.sId));
    add(o, model.pairRow(L.tb2, e.sId, next.sId));
    add(o, model.pairRow(L.tsh1, prev.shId, e.shId));
    add(o, model.pairRow(L.tsh2, e.shId, next.shId));
    const g = gt[i];
    if (g) add(o, L.gRow.get(g) ?? -1);
    const gp = i > 0 ? gt[i - 1] : '<S>';
    const gn = i + 1 < n ? gt[i + 1] : '</S>';
    if (gp) add(o, L.gPrev.get(gp) ?? -1);
    if (gn) add(o, L.gNext.get(gn) ?? -1);
    if (featureConfig.gazShape && g) add(o, model.pairRow(L.tgs, model.vocab.get(g) ?? -1, e.shId));
    if (featureConfig.triggerWindow) {
      let seen = '';
      for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
        const tr = infos[j].trig;
        if (tr && tr !== 'prep' && !seen.includes(tr)) {
          seen += tr + ' ';
          add(o, L.twRow.get(tr) ?? -1);
        }
      }
    }
    prev = e;
  }
  const labels = viterbi(em, n, model.T);
  const spans: TaggedSpan[] = [];
  for (const c of labelChunks(Array.from(labels, (l) => LABELS[l]))) {
    // Posteriors over a window around the span: cheap, and the margins that matter are local.
    const a = Math.max(0, c.start - 3);
    const b = Math.min(n, c.end + 3);
    const p = posteriors(em.subarray(a * NL, b * NL), b - a, model.T, temperature);
    let s = 0;
    for (let i = c.start; i < c.end; i++) s += p[(i - a) * NL + labels[i]];
    spans.push({ ...c, confidence: s / (c.end - c.start) });
  }
  return { labels, spans };
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
export function tagNames(doc: Doc): NameCandidate[] {
  const out: NameCandidate[] = [];
  const text = doc.norm.text;
  for (const [a, b] of runs(doc.tokens)) {
    const toks = doc.tokens.slice(a, b);
    if (!toks.some((t) => t.kind === 'arabic')) continue;
    const { spans } = tagTokenRun(toks);
    for (const s of spans) {
      const first = toks[s.start];
      const last = toks[s.end - 1];
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

/**
 * Tag a pre-tokenised sentence (corpus words, e.g. from readConll) for evaluation: the words
 * are joined with spaces and tokenised as an article would be; returns one IOB2 tag per word
 * (B-PER, I-ORG, O …).
 */
export function tagWords(words: readonly string[]): string[] {
  const p = projectWords(words);
  const out = new Array<string>(words.length).fill('O');
  if (p.tokens.length === 0) return out;
  const { spans } = tagTokenRun(p.tokens);
  let lastEnd = -1;
  for (const s of spans) {
    const a = p.wordOf[s.start];
    const b = p.wordOf[s.end - 1];
    if (a <= lastEnd) continue;
    out[a] = 'B-' + s.type;
    for (let k = a + 1; k <= b; k++) out[k] = 'I-' + s.type;
    lastEnd = b;
  }
  return out;
}
