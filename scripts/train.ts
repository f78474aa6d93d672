/**
 * Train the name tagger (npm run train): an averaged structured perceptron over BIO labels
 * for PER/ORG/LOC with BIO-constrained Viterbi, on ANERcorp train (without the fixed dev
 * tenth, i % 10 === 9) re-tokenised by kashif's tokenizer, plus the corpora that measurably
 * help dev F1. Writes src/model/gazetteer.json, src/model/ner.json and src/model/ner-rows.i16, deterministically,
 * and prints per-type P/R/F1 on the dev split (exact chunk match over corpus words).
 *
 * Environment knobs for experiments (defaults reproduce the shipped files):
 *   KASHIF_TRAIN_CORPORA=anercorp,wikifane,wojood   corpora added to training
 *   KASHIF_EPOCHS=n
 *   KASHIF_NO_WRITE=1                               do not write the model files
 */
import { writeModelFiles } from './model-io.js';
import path from 'node:path';
import { formatScores, scoreChunks, type Chunk } from '../src/eval/conll.js';
import { featureConfig, sentenceFeatures, type GazView } from '../src/recognizers/names/features.js';
import { Gazetteer } from '../src/recognizers/names/gazetteer.js';
import { ALLOWED, LABELS, LinearChainModel, NL, START, modelToJson, viterbi, type ModelJson } from '../src/recognizers/names/perceptron.js';
import { toWordChunks } from '../src/recognizers/names/corpus.js';
import { inMemoryTagger, tagTokenRun } from '../src/recognizers/names/tagger.js';
import { buildGazetteer, GAZ_SOURCES, writeGazetteer } from './build-gazetteer.js';
import { loadAnercorp, loadAqmar, loadWikifane, loadWojood, type Sentence } from './ner-data.js';

const t0 = Date.now();
const log = (m: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);
const env = process.env;
const CORPORA = (env.KASHIF_TRAIN_CORPORA ?? 'anercorp,wojood').split(',');
const EPOCHS = Number(env.KASHIF_EPOCHS ?? 12);
const FOLDS = 5;
// Feature groups: KASHIF_FEATURES=-nisba,-firstNames turns groups off for ablations.
for (const f of (env.KASHIF_FEATURES ?? '').split(',').filter(Boolean)) {
  const on = !f.startsWith('-');
  const name = f.replace(/^[-+]/, '') as keyof typeof featureConfig;
  if (!(name in featureConfig)) throw new Error(`unknown feature group ${name}`);
  featureConfig[name] = on;
}
const WRITE = !env.KASHIF_NO_WRITE;

// ---------------------------------------------------------------- data
const aner = loadAnercorp();
log(`ANERcorp: ${aner.train.length} train, ${aner.dev.length} dev sentences`);
const wiki = loadWikifane();
const wojood = loadWojood();
log(`WikiFANE ${wiki.length}, Wojood train ${wojood.length} sentences`);

const trainSet: Sentence[] = [...aner.train];
if (CORPORA.includes('wikifane')) trainSet.push(...wiki);
// Wojood (news, the project's conventions: ministries and agencies are organisations) can be
// repeated to weigh it more against ANERcorp's conventions.
const WOJOOD_REPEAT = Number(env.KASHIF_WOJOOD_REPEAT ?? 2);
if (CORPORA.includes('wojood')) for (let r = 0; r < WOJOOD_REPEAT; r++) trainSet.push(...wojood);

// ---------------------------------------------------------------- gazetteers
// Shipped gazetteer: all train-side data. Training sentences see a jackknifed gazetteer
// (built without their own fold) so the model does not learn to trust it blindly.
const gazSentences: Sentence[] = [...aner.train, ...wiki, ...wojood];
const fullGazJson = buildGazetteer(gazSentences, GAZ_SOURCES);
const fullGaz = new Gazetteer(fullGazJson);
log(`gazetteer: ${fullGazJson.entries.length} entries`);
const foldOf = (s: Sentence, i: number) => i % FOLDS;
const gazIndex = new Map<Sentence, number>();
gazSentences.forEach((s, i) => gazIndex.set(s, i));
const foldGaz: Gazetteer[] = [];
for (let k = 0; k < FOLDS; k++) {
  const part = gazSentences.filter((s, i) => foldOf(s, i) !== k);
  foldGaz.push(new Gazetteer(buildGazetteer(part, GAZ_SOURCES)));
}
const gazFor = (s: Sentence): GazView => {
  const i = gazIndex.get(s);
  return i === undefined ? fullGaz : foldGaz[foldOf(s, i)];
};
log('fold gazetteers built');

// ---------------------------------------------------------------- features
const fIndex = new Map<string, number>();
const fNames: string[] = [];
interface Inst {
  n: number;
  /** offsets[i]..offsets[i+1] into feats. */
  offsets: Int32Array;
  feats: Int32Array;
  gold: Int32Array;
}
function goldLabels(s: Sentence): Int32Array {
  const g = new Int32Array(s.tokens.length);
  for (const c of s.gold) {
    g[c.start] = LABELS.indexOf(('B-' + c.type) as (typeof LABELS)[number]);
    for (let k = c.start + 1; k < c.end; k++) g[k] = LABELS.indexOf(('I-' + c.type) as (typeof LABELS)[number]);
  }
  return g;
}
function featurize(s: Sentence, grow: boolean): Inst {
  const per: number[][] = s.tokens.map(() => []);
  sentenceFeatures(s.tokens, gazFor(s), (i, f) => {
    let id = fIndex.get(f);
    if (id === undefined) {
      if (!grow) return;
      id = fNames.length;
      fIndex.set(f, id);
      fNames.push(f);
    }
    per[i].push(id);
  });
  const offsets = new Int32Array(per.length + 1);
  let tot = 0;
  per.forEach((p, i) => {
    offsets[i] = tot;
    tot += p.length;
  });
  offsets[per.length] = tot;
  const feats = new Int32Array(tot);
  let o = 0;
  for (const p of per) for (const id of p) feats[o++] = id;
  return { n: s.tokens.length, offsets, feats, gold: goldLabels(s) };
}
// Feature cutoff: only features seen at least MIN_COUNT times in training get a weight.
const MIN_COUNT = Number(env.KASHIF_MIN_COUNT ?? 1);
if (MIN_COUNT > 1) {
  const counts = new Map<string, number>();
  for (const s of trainSet) sentenceFeatures(s.tokens, gazFor(s), (_i, f) => counts.set(f, (counts.get(f) ?? 0) + 1));
  for (const [f, c] of counts) if (c >= MIN_COUNT) {
    fIndex.set(f, fNames.length);
    fNames.push(f);
  }
}
const insts = trainSet.filter((s) => s.tokens.length > 0).map((s) => featurize(s, MIN_COUNT <= 1));
log(`${insts.length} training sentences, ${fNames.length} features`);

// ---------------------------------------------------------------- averaged perceptron
const NF = fNames.length;
const W = new Float64Array(NF * NL);
const U = new Float64Array(NF * NL); // Σ c·Δ for averaging
const T = new Float64Array((NL + 1) * NL);
const TU = new Float64Array((NL + 1) * NL);
let c = 1;

function emissions(x: Inst, w: Float64Array): Float64Array {
  const em = new Float64Array(x.n * NL);
  for (let i = 0; i < x.n; i++) {
    for (let k = x.offsets[i]; k < x.offsets[i + 1]; k++) {
      const base = x.feats[k] * NL;
      for (let l = 0; l < NL; l++) em[i * NL + l] += w[base + l];
    }
  }
  return em;
}

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(20260123);
const order = insts.map((_, i) => i);

function update(x: Inst, y: Int32Array, delta: number) {
  for (let i = 0; i < x.n; i++) {
    const l = y[i];
    for (let k = x.offsets[i]; k < x.offsets[i + 1]; k++) {
      const j = x.feats[k] * NL + l;
      W[j] += delta;
      U[j] += c * delta;
    }
    const p = i === 0 ? START : y[i - 1];
    T[p * NL + l] += delta;
    TU[p * NL + l] += c * delta;
  }
}

function averaged(): { w: Float64Array; t: Float64Array } {
  const w = new Float64Array(NF * NL);
  for (let j = 0; j < w.length; j++) w[j] = W[j] - U[j] / c;
  const t = new Float64Array(T.length);
  for (let j = 0; j < t.length; j++) t[j] = ALLOWED[j] ? T[j] - TU[j] / c : -1e9;
  return { w, t };
}

function devScore(model: LinearChainModel, gaz: GazView, temperature = 1, set: Sentence[] = aner.dev): ReturnType<typeof scoreChunks> {
  const tagger = inMemoryTagger(model, gaz, temperature);
  const gold: Chunk[][] = [];
  const pred: Chunk[][] = [];
  for (const s of set) {
    gold.push(s.wordGold);
    pred.push(s.tokens.length ? toWordChunks(s, tagTokenRun(s.tokens, tagger).spans) : []);
  }
  return scoreChunks(gold, pred);
}

/** Sparse quantised rows (weights × scale rounded, |q| ≥ prune); scale 0 keeps raw floats. */
function exportJson(w: Float64Array, t: Float64Array, scale: number, prune: number, meta: Record<string, unknown>): ModelJson {
  const features: string[] = [];
  const rows: number[][] = [];
  for (let f = 0; f < NF; f++) {
    const r: number[] = [];
    for (let l = 0; l < NL; l++) {
      const q = scale ? Math.round(w[f * NL + l] * scale) : w[f * NL + l];
      if (q !== 0 && Math.abs(q) >= prune) r.push(l, q);
    }
    if (r.length) {
      features.push(fNames[f]);
      rows.push(r);
    }
  }
  const transitions = Array.from(t, (v) => (v <= -1e8 ? -1000000 : scale ? Math.round(v * scale) : v));
  return modelToJson(features, rows, transitions, scale || 1, meta);
}
function toModel(w: Float64Array, t: Float64Array): LinearChainModel {
  return LinearChainModel.fromJson(exportJson(w, t, 0, 0, {}));
}

for (let epoch = 1; epoch <= EPOCHS; epoch++) {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  let errors = 0;
  for (const oi of order) {
    const x = insts[oi];
    const em = emissions(x, W);
    const tt = new Float64Array(T.length);
    for (let j = 0; j < tt.length; j++) tt[j] = T[j];
    const yhat = viterbi(em, x.n, tt);
    let same = true;
    for (let i = 0; i < x.n; i++) if (yhat[i] !== x.gold[i]) same = false;
    if (!same) {
      errors++;
      update(x, x.gold, 1);
      update(x, yhat, -1);
    }
    c++;
  }
  if (epoch % 3 === 0 || epoch === EPOCHS) {
    const { w, t } = averaged();
    const s = devScore(toModel(w, t), fullGaz);
    log(`epoch ${epoch}: ${errors} wrong sentences; dev F1 ${(s.overall.f1 * 100).toFixed(2)} (PER ${(s.byType.PER.f1 * 100).toFixed(1)} ORG ${(s.byType.ORG.f1 * 100).toFixed(1)} LOC ${(s.byType.LOC.f1 * 100).toFixed(1)})`);
  } else log(`epoch ${epoch}: ${errors} wrong sentences`);
}

// ---------------------------------------------------------------- export: prune + quantise
const { w: avgW, t: avgT } = averaged();
let maxAbs = 0;
for (const v of avgW) maxAbs = Math.max(maxAbs, Math.abs(v));
const QMAX = Number(env.KASHIF_QMAX ?? 127);
const SCALE = Math.round((QMAX / maxAbs) * 1000) / 1000 || 1;
const PRUNE = Math.max(1, Math.round(Number(env.KASHIF_PRUNE_RAW ?? 1.1) * SCALE)); // raw weight → integer units
if (env.KASHIF_PRUNE_SWEEP) {
  for (const raw of [0.05, 0.3, 0.8, 1.1, 1.4, 1.8, 2.2]) {
    const th = Math.max(1, Math.round(raw * SCALE));
    const j = exportJson(avgW, avgT, SCALE, th, {});
    const s = devScore(LinearChainModel.fromJson(j), fullGaz);
    log(`prune ≥ ${th} (${raw}): ${JSON.stringify(j).length} bytes, ${j.vocab.length} values, ${j.rows.length} numbers, dev F1 ${(s.overall.f1 * 100).toFixed(2)}`);
  }
}
const json = exportJson(avgW, avgT, SCALE, PRUNE, {
  temperature: 1,
  features: { ...featureConfig },
  epochs: EPOCHS,
  corpora: CORPORA,
  trainSentences: insts.length,
  devSplit: 'ANERcorp train.txt sentences with index % 10 === 9 held out',
  sources: GAZ_SOURCES,
});

const shipped = LinearChainModel.fromJson(json);
// Confidence temperature: the posterior temperature that best predicts (log loss) whether a
// predicted dev span is right.
{
  let best = 1;
  let bestLoss = Infinity;
  for (const temp of [1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48]) {
    const tagger = inMemoryTagger(shipped, fullGaz, temp);
    let loss = 0;
    for (const s of aner.dev) {
      if (!s.tokens.length) continue;
      const gold = new Set(s.wordGold.map((c) => `${c.type} ${c.start} ${c.end}`));
      const spans = tagTokenRun(s.tokens, tagger).spans;
      const words = toWordChunks(s, spans);
      spans.forEach((sp, k) => {
        const w = words[k];
        const ok = w !== undefined && gold.has(`${w.type} ${w.start} ${w.end}`);
        const c = Math.min(Math.max(sp.confidence, 1e-4), 1 - 1e-4);
        loss -= ok ? Math.log(c) : Math.log(1 - c);
      });
    }
    if (loss < bestLoss) {
      bestLoss = loss;
      best = temp;
    }
  }
  json.meta!.temperature = best;
  log(`confidence temperature ${best} (dev log loss ${bestLoss.toFixed(1)})`);
}
const scores = devScore(shipped, fullGaz, json.meta!.temperature as number);
log(`model: ${json.vocab.length} values, ${json.rows.length} numbers from ${NF} features (|w| ≥ ${PRUNE}/${SCALE})`);
console.log('\nANERcorp dev split (exact chunk match over corpus words):');
console.log(formatScores(scores));
// Held-out sets, evaluation only (never trained on).
for (const [name, set] of [['Wojood val (GPE+LOC as LOC)', loadWojood('val.txt')], ['AQMAR dev', loadAqmar()]] as const) {
  console.log(`\n${name}:`);
  console.log(formatScores(devScore(shipped, fullGaz, json.meta!.temperature as number, set)));
}
const shippedTagger = inMemoryTagger(shipped, fullGaz, json.meta!.temperature as number);

// Score over kashif tokens as well (spans as the pipeline reports them).
{
  const gold: Chunk[][] = [];
  const pred: Chunk[][] = [];
  for (const s of aner.dev) {
    gold.push(s.gold);
    pred.push(s.tokens.length ? tagTokenRun(s.tokens, shippedTagger).spans.map(({ type, start, end }) => ({ type, start, end })) : []);
  }
  console.log(`\nover kashif tokens: F1 ${(scoreChunks(gold, pred).overall.f1 * 100).toFixed(2)}`);
}

if (WRITE) {
  const gFile = writeGazetteer(fullGazJson);
  const m = writeModelFiles(json, path.resolve(process.cwd(), 'src/model'));
  log(`wrote ${gFile}, ${m.header} and ${m.rows}`);
}

