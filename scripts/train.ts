/**
 * Train the name tagger (npm run train): an averaged structured perceptron over BIO labels
 * for PER/ORG/LOC with BIO-constrained Viterbi (the mean of SEEDS of them trained on different
 * shufflings), then a learned document pass on top of it.
 * Writes src/model/name-lexicon.tsv, src/model/gazetteer.json, src/model/ner.json and
 * src/model/ner-rows.i16, deterministically (same data → same bytes), and prints P/R/F1 on
 * the dev sets (exact chunk match over corpus words).
 *
 * Training data (all the gold there is, dev sets excluded):
 *   ANERcorp train.txt less its last tenth (the contiguous dev block), WikiFANE Gold (its split
 *   clitics glued back: scripts/lib/ner-data.ts), the Wojood sample's train part (news in the
 *   project's convention); ANERcorp and Wojood count twice (WEIGHTS).
 * Knowledge that generalises (tables the features read, scripts/build-*.ts):
 *   the person-name lexicon (names-extra, names lists), word classes learned from raw text
 *   (src/model/clusters.tsv, npm run build-clusters), and a gazetteer of the training corpora,
 *   jackknifed: each training sentence sees a gazetteer built without its own block of
 *   documents, so the model does not learn to trust memory.
 * Document pass: the training documents (runs of DOC_SENTENCES consecutive sentences of one
 *   corpus) are split into DOC_FOLDS contiguous folds; a first-pass model trained on the other
 *   folds tags each fold, and the document features' weights are trained on that out-of-fold
 *   output with the first-pass emissions held fixed (tagger.ts: docFeatures).
 *
 * Environment knobs for experiments (defaults reproduce the shipped files):
 *   KASHIF_TRAIN_CORPORA=anercorp,wikifane,wojood   corpora trained on
 *   KASHIF_TABLES=names,clusters,gazetteer          tables the features read (ablation)
 *   KASHIF_WEIGHTS=anercorp:2,wikifane:1,wojood:2      domain weights (see WEIGHTS)
 *   KASHIF_SEEDS=n (first pass = mean of n shuffles), KASHIF_WIKI_DETACH=n (see loadWikifane)
 *   KASHIF_EPOCHS=n, KASHIF_DOC_PASS=0, KASHIF_NO_WRITE=1
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatScores, scoreChunks, type Chunk } from './lib/conll.js';
import { documentContext, sentenceFeatures, type DocContext, type FeatureTables } from '../src/recognizers/names/features.js';
import { Gazetteer } from '../src/recognizers/names/gazetteer.js';
import { ALLOWED, LABELS, LinearChainModel, NL, START, modelToJson, viterbi, type ModelJson } from '../src/recognizers/names/perceptron.js';
import { Tagger, docFeatures, stemCounts } from '../src/recognizers/names/tagger.js';
import { triggersDigest } from '../src/lexicon/tagger-triggers.js';
import { toWordChunks } from './lib/corpus.js';
import { clustersView, lexiconView } from '../src/recognizers/names/sorted-table.js';
import { writeModelFiles } from './model-io.js';
import { buildGazetteer, GAZ_SOURCES, writeGazetteer } from './build-gazetteer.js';
import { buildNameLexicon } from './build-name-lexicon.js';
import { loadAnercorp, loadAqmar, loadWikifane, loadWojood, type Sentence } from './lib/ner-data.js';
import { prng as rng } from './lib/prng.js';

const t0 = Date.now();
const log = (m: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);
const env = process.env;
const CORPORA = (env.KASHIF_TRAIN_CORPORA ?? 'anercorp,wikifane,wojood').split(',');
const TABLES = new Set((env.KASHIF_TABLES ?? 'names,clusters,gazetteer').split(','));
const EPOCHS = Number(env.KASHIF_EPOCHS ?? 8);
const DOC_PASS = env.KASHIF_DOC_PASS !== '0';
const WRITE = !env.KASHIF_NO_WRITE;
const GAZ_FOLDS = 5;
const DOC_SENTENCES = 25;
const DOC_FOLDS = 4;
const OOF_EPOCHS = Number(env.KASHIF_OOF_EPOCHS ?? 6);
const DOC_EPOCHS = 6;
/** Corpora whose documents train the document pass, and the document feature templates used. */
const DOC_SOURCES = new Set((env.KASHIF_DOC_SOURCES ?? 'anercorp,wojood').split(','));
const DOC_TEMPLATES = new Set((env.KASHIF_DOC_TEMPLATES ?? 'ag,agany').split(','));
/**
 * Domain weights: how many times each corpus's documents count in training (news in the
 * project's convention matters most). A fractional weight repeats a deterministic share of
 * the documents (document i counts floor((i+1)w) − floor(iw) times).
 */
const WEIGHTS: Record<string, number> = { anercorp: 1, wikifane: 1, wojood: 2 };
for (const kv of (env.KASHIF_WEIGHTS ?? '').split(',').filter(Boolean)) {
  const [k, v] = kv.split(':');
  WEIGHTS[k] = Number(v);
}
const MODEL_DIR = path.resolve(process.cwd(), 'src/model');

// ---------------------------------------------------------------- data
const aner = loadAnercorp();
log(`ANERcorp: ${aner.train.length} train, ${aner.dev.length} dev sentences (the last tenth)`);
/** Every n-th conjunction و of WikiFANE stays detached, as news sites often write it (0: none). */
const WIKI_DETACH = Number(env.KASHIF_WIKI_DETACH ?? 0);
const wiki = CORPORA.includes('wikifane') ? loadWikifane(WIKI_DETACH) : [];
const wojood = CORPORA.includes('wojood') ? loadWojood() : [];
log(`WikiFANE ${wiki.length}, Wojood train ${wojood.length} sentences`);

/** Training documents: runs of DOC_SENTENCES consecutive sentences of one corpus. */
function documents(sents: readonly Sentence[]): Sentence[][] {
  const out: Sentence[][] = [];
  for (let i = 0; i < sents.length; i += DOC_SENTENCES) out.push(sents.slice(i, i + DOC_SENTENCES));
  return out;
}
const corpusDocs: Sentence[][][] = [CORPORA.includes('anercorp') ? documents(aner.train) : [], documents(wiki), documents(wojood)];

// ---------------------------------------------------------------- tables
const names = TABLES.has('names') ? buildNameLexicon() : null;
if (names && WRITE) writeFileSync(path.join(MODEL_DIR, 'name-lexicon.tsv'), names);
const clustersFile = path.join(MODEL_DIR, 'clusters.tsv');
const clusters = TABLES.has('clusters') && existsSync(clustersFile) ? readFileSync(clustersFile, 'utf8') : null;
if (TABLES.has('clusters') && !clusters) log('no src/model/clusters.tsv: training without word classes (npm run build-clusters)');
// The same in-place views the run-time tagger reads the tables through (one reading of each).
const namesMap = names ? lexiconView(names) : null;
const clusterMap = clusters ? clustersView(clusters) : null;
log(`tables: ${namesMap ? namesMap.size + ' lexicon names' : 'no lexicon'}, ${clusterMap ? clusterMap.size + ' clustered words' : 'no clusters'}`);

// Shipped gazetteer: all train-side data. Each training sentence sees a gazetteer built
// without its own contiguous block of the corpus (GAZ_FOLDS blocks per corpus).
const gazSentences: Sentence[] = [...aner.train, ...wiki, ...wojood];
const fullGazJson = buildGazetteer(gazSentences, GAZ_SOURCES);
const useGaz = TABLES.has('gazetteer');
const fullTables: FeatureTables = { gaz: useGaz ? new Gazetteer(fullGazJson) : null, names: namesMap, clusters: clusterMap };
log(`gazetteer: ${fullGazJson.entries.length} entries`);
const foldOfSentence = new Map<Sentence, number>();
for (const part of [aner.train, wiki, wojood]) part.forEach((s, i) => foldOfSentence.set(s, Math.floor((i * GAZ_FOLDS) / part.length)));
const foldTables: FeatureTables[] = [];
for (let k = 0; k < GAZ_FOLDS; k++) {
  const part = gazSentences.filter((s) => foldOfSentence.get(s) !== k);
  foldTables.push({ gaz: useGaz ? new Gazetteer(buildGazetteer(part, GAZ_SOURCES)) : null, names: namesMap, clusters: clusterMap });
}
const tablesFor = (s: Sentence): FeatureTables => {
  const k = foldOfSentence.get(s);
  return k === undefined ? fullTables : foldTables[k];
};
log('fold gazetteers built');

// ---------------------------------------------------------------- features
const fIndex = new Map<string, number>();
const fNames: string[] = [];
const featureId = (f: string): number => {
  let id = fIndex.get(f);
  if (id === undefined) {
    id = fNames.length;
    fIndex.set(f, id);
    fNames.push(f);
  }
  return id;
};

interface Inst {
  n: number;
  /** offsets[i]..offsets[i+1] into feats. */
  offsets: Int32Array;
  feats: Int32Array;
  gold: Int32Array;
}

/** Add the weights of an instance's features to its emissions (n × NL), in feature order. */
function addEmissions(x: Inst, w: ArrayLike<number>, em: Float32Array | Float64Array): void {
  for (let i = 0; i < x.n; i++) {
    for (let k = x.offsets[i]; k < x.offsets[i + 1]; k++) {
      const base = x.feats[k] * NL;
      for (let l = 0; l < NL; l++) em[i * NL + l] += w[base + l];
    }
  }
}

function goldLabels(s: Sentence): Int32Array {
  const g = new Int32Array(s.tokens.length);
  for (const c of s.gold) {
    g[c.start] = LABELS.indexOf(('B-' + c.type) as (typeof LABELS)[number]);
    for (let k = c.start + 1; k < c.end; k++) g[k] = LABELS.indexOf(('I-' + c.type) as (typeof LABELS)[number]);
  }
  return g;
}

function pack(per: number[][], gold: Int32Array): Inst {
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
  return { n: per.length, offsets, feats, gold };
}

function featurize(s: Sentence, ctx: DocContext): Inst {
  const per: number[][] = s.tokens.map(() => []);
  sentenceFeatures(s.tokens, tablesFor(s), (i, f) => per[i].push(featureId(f)), ctx);
  return pack(per, goldLabels(s));
}

const instOf = new Map<Sentence, Inst>();
let sportDocs = 0;
for (const docs of corpusDocs) {
  for (const d of docs) {
    const ctx = documentContext(d.flatMap((s) => s.tokens));
    if (ctx.sport) sportDocs++;
    for (const s of d) if (s.tokens.length) instOf.set(s, featurize(s, ctx));
  }
}
log(`${sportDocs} of ${corpusDocs.flat().length} training documents are about sport`);
// Feature cutoff: a feature seen fewer than MIN_COUNT times in training gets no weight (a
// feature that fires once is memory, not knowledge). Ids are renumbered in first-seen order.
const MIN_COUNT = Number(env.KASHIF_MIN_COUNT ?? 2);
{
  const count = new Int32Array(fNames.length);
  for (const x of instOf.values()) for (const f of x.feats) count[f]++;
  const remap = new Int32Array(fNames.length).fill(-1);
  const kept: string[] = [];
  for (let f = 0; f < fNames.length; f++) if (count[f] >= MIN_COUNT) {
    remap[f] = kept.length;
    kept.push(fNames[f]);
  }
  log(`feature cutoff ${MIN_COUNT}: ${kept.length} of ${fNames.length} features kept`);
  for (const [s, x] of instOf) {
    const per: number[][] = [];
    for (let i = 0; i < x.n; i++) {
      const ids: number[] = [];
      for (let k = x.offsets[i]; k < x.offsets[i + 1]; k++) if (remap[x.feats[k]] >= 0) ids.push(remap[x.feats[k]]);
      per.push(ids);
    }
    instOf.set(s, pack(per, x.gold));
  }
  fNames.length = 0;
  for (const f of kept) fNames.push(f);
  fIndex.clear();
}
const NF1 = fNames.length;
log(`${instOf.size} training sentences, ${NF1} first-pass features`);

// ---------------------------------------------------------------- averaged perceptron

interface Weights {
  w: Float64Array;
  t: Float64Array;
}

/**
 * Averaged structured perceptron over instances. `offset(x)` (optional) gives fixed emissions
 * added before the learnt ones (the document pass learns on top of first-pass emissions);
 * `fixedT` keeps the transitions instead of learning them.
 */
function trainPerceptron(insts: readonly Inst[], nf: number, epochs: number, seed: number, opts: { offset?: (x: Inst) => Float32Array; fixedT?: Float64Array; onEpoch?: (epoch: number, errors: number, avg: () => Weights) => void } = {}): Weights {
  const W = new Float64Array(nf * NL);
  const U = new Float64Array(nf * NL);
  const T = opts.fixedT ? Float64Array.from(opts.fixedT) : new Float64Array((NL + 1) * NL);
  const TU = new Float64Array((NL + 1) * NL);
  let c = 1;
  const rand = rng(seed);
  const order = insts.map((_, i) => i);
  const update = (x: Inst, y: Int32Array, delta: number) => {
    for (let i = 0; i < x.n; i++) {
      const l = y[i];
      for (let k = x.offsets[i]; k < x.offsets[i + 1]; k++) {
        const j = x.feats[k] * NL + l;
        W[j] += delta;
        U[j] += c * delta;
      }
      if (!opts.fixedT) {
        const p = i === 0 ? START : y[i - 1];
        T[p * NL + l] += delta;
        TU[p * NL + l] += c * delta;
      }
    }
  };
  const averaged = (): Weights => {
    const w = new Float64Array(nf * NL);
    for (let j = 0; j < w.length; j++) w[j] = W[j] - U[j] / c;
    const t = new Float64Array(T.length);
    for (let j = 0; j < t.length; j++) t[j] = opts.fixedT ? opts.fixedT[j] : ALLOWED[j] ? T[j] - TU[j] / c : -1e9;
    return { w, t };
  };
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errors = 0;
    const tt = new Float64Array(T.length);
    for (const oi of order) {
      const x = insts[oi];
      const em = new Float64Array(x.n * NL);
      const off = opts.offset?.(x);
      if (off) for (let j = 0; j < em.length; j++) em[j] = off[j];
      addEmissions(x, W, em);
      for (let j = 0; j < tt.length; j++) tt[j] = ALLOWED[j] ? T[j] : -1e9;
      const yhat = viterbi(em, x.n, tt);
      let same = true;
      for (let i = 0; i < x.n && same; i++) if (yhat[i] !== x.gold[i]) same = false;
      if (!same) {
        errors++;
        update(x, x.gold, 1);
        update(x, yhat, -1);
      }
      c++;
    }
    opts.onEpoch?.(epoch, errors, averaged);
  }
  return averaged();
}

/** Sparse quantised rows (weights × scale rounded, |q| ≥ prune); scale 0 keeps raw floats. */
function exportJson(names: readonly string[], w: Float64Array, t: Float64Array, scale: number, prune: number, meta: Record<string, unknown>): ModelJson {
  const features: string[] = [];
  const rows: number[][] = [];
  for (let f = 0; f < names.length; f++) {
    const r: number[] = [];
    for (let l = 0; l < NL; l++) {
      const q = scale ? Math.round(w[f * NL + l] * scale) : w[f * NL + l];
      if (q !== 0 && Math.abs(q) >= prune) r.push(l, q);
    }
    if (r.length) {
      features.push(names[f]);
      rows.push(r);
    }
  }
  const transitions = Array.from(t, (v) => (v <= -1e8 ? -1000000 : scale ? Math.round(v * scale) : v));
  return modelToJson(features, rows, transitions, scale || 1, meta);
}

const rawTagger = (names: readonly string[], wt: Weights, tables: FeatureTables = fullTables, temperature = 1) =>
  new Tagger(LinearChainModel.fromJson(exportJson(names, wt.w, wt.t, 0, 0, {})), tables, temperature);

/** Dev scoring: sentences grouped into documents the way the training documents are. */
function devScore(tagger: Tagger, set: readonly Sentence[]): ReturnType<typeof scoreChunks> {
  const gold: Chunk[][] = [];
  const pred: Chunk[][] = [];
  for (const d of documents(set)) {
    const spans = tagDoc(tagger, d);
    d.forEach((s, k) => {
      gold.push(s.wordGold);
      pred.push(toWordChunks(s, spans[k]));
    });
  }
  return scoreChunks(gold, pred);
}

/** Tag the sentences of one document together (the document pass sees all of them). */
function tagDoc(tagger: Tagger, d: readonly Sentence[]): Chunk[][] {
  const tokens = d.flatMap((s) => s.tokens);
  const runList: Array<[number, number]> = [];
  let a = 0;
  for (const s of d) {
    runList.push([a, a + s.tokens.length]);
    a += s.tokens.length;
  }
  return tagger.tagDocument(tokens, runList);
}

const pctf = (x: number) => (x * 100).toFixed(1);
const brief = (s: ReturnType<typeof scoreChunks>) => `F1 ${(s.overall.f1 * 100).toFixed(2)} (PER ${pctf(s.byType.PER?.f1 ?? 0)} ORG ${pctf(s.byType.ORG?.f1 ?? 0)} LOC ${pctf(s.byType.LOC?.f1 ?? 0)})`;

// ---------------------------------------------------------------- first pass, all data
const allDocs = corpusDocs.flat();
/** Training instances of documents, each document counted by its corpus weight. */
const docIndex = new Map<Sentence[], number>();
for (const docs of corpusDocs) docs.forEach((d, i) => docIndex.set(d, i));
const instsOf = (docs: Sentence[][]): Inst[] => {
  const out: Inst[] = [];
  for (let r = 0; ; r++) {
    let any = false;
    for (const d of docs) {
      const w = WEIGHTS[d[0]?.source ?? ''] ?? 1;
      const i = docIndex.get(d) ?? 0;
      if (Math.floor((i + 1) * w) - Math.floor(i * w) <= r) continue;
      any = true;
      for (const s of d) if (instOf.has(s)) out.push(instOf.get(s)!);
    }
    if (!any) return out;
  }
};
/**
 * The first pass is the mean of SEEDS averaged perceptrons trained on differently shuffled
 * data (one weight vector, the same size): the order a perceptron sees the sentences in moves
 * dev figures by points, and the mean of several orders depends less on it.
 */
const SEEDS = Number(env.KASHIF_SEEDS ?? 3);
const trainFirstPass = (insts: readonly Inst[], epochs: number, seed: number, onEpoch?: (epoch: number, errors: number, avg: () => Weights) => void): Weights => {
  const runs: Weights[] = [];
  for (let r = 0; r < SEEDS; r++) runs.push(trainPerceptron(insts, NF1, epochs, seed + 1000 * r, { onEpoch: r === 0 ? onEpoch : undefined }));
  if (runs.length === 1) return runs[0];
  const w = new Float64Array(runs[0].w.length);
  const t = new Float64Array(runs[0].t.length);
  for (const x of runs) {
    for (let j = 0; j < w.length; j++) w[j] += x.w[j] / runs.length;
    for (let j = 0; j < t.length; j++) t[j] += x.t[j] / runs.length;
  }
  return { w, t };
};
const pass1 = trainFirstPass(instsOf(allDocs), EPOCHS, 20260123, (epoch, errors, avg) => {
  if (epoch % 4 === 0 || epoch === EPOCHS) log(`epoch ${epoch}: ${errors} wrong sentences; ANERcorp dev ${brief(devScore(rawTagger(fNames, avg()), aner.dev))}`);
  else log(`epoch ${epoch}: ${errors} wrong sentences`);
});

// ---------------------------------------------------------------- document pass
let docNames: string[] = [];
let docW: Float64Array = new Float64Array(0);
if (DOC_PASS) {
  // Out-of-fold first-pass labels and emissions for every training document.
  const folds = DOC_FOLDS;
  const foldOfDoc = new Map<Sentence[], number>();
  for (const docs of corpusDocs) docs.forEach((d, i) => foldOfDoc.set(d, Math.floor((i * folds) / docs.length)));
  interface DocOut { doc: Sentence[]; em: Float32Array[]; labels: Int32Array; keys: string[] }
  const outs: DocOut[] = [];
  for (let k = 0; k < folds; k++) {
    const trainDocs = allDocs.filter((d) => foldOfDoc.get(d) !== k);
    const wt = trainFirstPass(instsOf(trainDocs), OOF_EPOCHS, 7 + k);
    const tagger = rawTagger(fNames, wt);
    for (const d of allDocs) {
      if (foldOfDoc.get(d) !== k) continue;
      // Emissions from the training-path features (jackknifed tables), as the first pass saw them.
      const em = d.map((s) => {
        const x = instOf.get(s);
        const e = new Float32Array(s.tokens.length * NL);
        if (!x) return e;
        addEmissions(x, wt.w, e);
        return e;
      });
      const labels = new Int32Array(d.reduce((n, s) => n + s.tokens.length, 0));
      let o = 0;
      d.forEach((s, j) => {
        labels.set(viterbi(em[j], s.tokens.length, wt.t), o);
        o += s.tokens.length;
      });
      const tokens = d.flatMap((s) => s.tokens);
      outs.push({ doc: d, em, labels, keys: tagger.keys(tokens) });
    }
    log(`document pass: fold ${k + 1}/${folds} tagged out of fold`);
  }
  // Document-feature instances: emissions fixed, only the document features learnt.
  const dIndex = new Map<string, number>();
  const dInsts: Inst[] = [];
  const offsets = new Map<Inst, Float32Array>();
  for (const out of outs) {
    if (!DOC_SOURCES.has(out.doc[0]?.source ?? '')) continue;
    const counts = stemCounts(out.keys, out.labels);
    let o = 0;
    out.doc.forEach((s, j) => {
      const n = s.tokens.length;
      if (!n) return;
      const per: number[][] = [];
      for (let i = 0; i < n; i++) {
        const ids: number[] = [];
        docFeatures(out.keys, out.labels, counts, o + i, (f) => {
          if (!DOC_TEMPLATES.has(f.slice(0, f.indexOf('=')))) return;
          let id = dIndex.get(f);
          if (id === undefined) dIndex.set(f, (id = dIndex.size));
          ids.push(id);
        });
        per.push(ids);
      }
      const x = pack(per, instOf.get(s)!.gold);
      offsets.set(x, out.em[j]);
      dInsts.push(x);
      o += n;
    });
  }
  docNames = [...dIndex.keys()];
  const dw = trainPerceptron(dInsts, docNames.length, DOC_EPOCHS, 99, { offset: (x) => offsets.get(x)!, fixedT: pass1.t });
  docW = dw.w;
  log(`document pass: ${docNames.length} features learnt on ${dInsts.length} out-of-fold sentences`);
}

// ---------------------------------------------------------------- export: prune + quantise
const allNames = [...fNames, ...docNames];
const allW = new Float64Array(allNames.length * NL);
allW.set(pass1.w, 0);
allW.set(docW, NF1 * NL);
let maxAbs = 0;
for (const v of allW) maxAbs = Math.max(maxAbs, Math.abs(v));
const QMAX = Number(env.KASHIF_QMAX ?? 127);
const SCALE = Math.round((QMAX / maxAbs) * 1000) / 1000 || 1;
const PRUNE = Math.max(1, Math.round(Number(env.KASHIF_PRUNE_RAW ?? 1.1) * SCALE)); // raw weight → integer units
const tables = [names ? 'name-lexicon.tsv' : null, clusters ? 'clusters.tsv' : null].filter((x): x is string => x !== null);
const json = exportJson(allNames, allW, pass1.t, SCALE, PRUNE, {
  temperature: 1,
  epochs: EPOCHS,
  corpora: CORPORA,
  tables,
  docPass: DOC_PASS,
  triggers: triggersDigest(),
  trainSentences: instOf.size,
  devSplit: 'ANERcorp train.txt: the last tenth by sentence order held out (scripts/lib/ner-data.ts)',
  sources: GAZ_SOURCES,
});
const shippedTables = fullTables;
const shipped = (temperature: number) => new Tagger(LinearChainModel.fromJson(json), shippedTables, temperature);

// Confidence temperature: the posterior temperature that best predicts (log loss) whether a
// predicted span is right, fitted on the training documents' last fold (never a dev set).
{
  const calib = corpusDocs.flatMap((docs) => docs.slice(Math.floor(docs.length * 0.9))).slice(0, 200);
  let best = 1;
  let bestLoss = Infinity;
  for (const temp of [1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48]) {
    const tagger = shipped(temp);
    let loss = 0;
    for (const d of calib) {
      const spans = tagDoc(tagger, d) as Array<Array<Chunk & { confidence: number }>>;
      d.forEach((s, k) => {
        const gold = new Set(s.wordGold.map((c) => `${c.type} ${c.start} ${c.end}`));
        const words = toWordChunks(s, spans[k]);
        spans[k].forEach((sp, q) => {
          const w = words[q];
          const ok = w !== undefined && gold.has(`${w.type} ${w.start} ${w.end}`);
          const c = Math.min(Math.max(sp.confidence, 1e-4), 1 - 1e-4);
          loss -= ok ? Math.log(c) : Math.log(1 - c);
        });
      });
    }
    if (loss < bestLoss) {
      bestLoss = loss;
      best = temp;
    }
  }
  json.meta!.temperature = best;
  log(`confidence temperature ${best} (log loss ${bestLoss.toFixed(1)} on training documents)`);
}
const final = shipped(json.meta!.temperature as number);
log(`model: ${json.vocab.length} values, ${json.rows.length} numbers from ${allNames.length} features (|w| ≥ ${PRUNE}/${SCALE})`);
console.log('\nANERcorp dev block, the last tenth (exact chunk match over corpus words):');
console.log(formatScores(devScore(final, aner.dev)));
if (DOC_PASS) {
  const noDoc = new Tagger(LinearChainModel.fromJson(exportJson(fNames, pass1.w, pass1.t, SCALE, PRUNE, {})), shippedTables, json.meta!.temperature as number);
  log(`without the document pass: ANERcorp ${brief(devScore(noDoc, aner.dev))}; Wojood ${brief(devScore(noDoc, loadWojood('val.txt')))}; AQMAR ${brief(devScore(noDoc, loadAqmar()))}`);
  log(`with the document pass:    ANERcorp ${brief(devScore(final, aner.dev))}; Wojood ${brief(devScore(final, loadWojood('val.txt')))}; AQMAR ${brief(devScore(final, loadAqmar()))}`);
}
for (const [name, set] of [['Wojood val (GPE+LOC as LOC)', loadWojood('val.txt')], ['AQMAR dev', loadAqmar()]] as const) {
  console.log(`\n${name}:`);
  console.log(formatScores(devScore(final, set)));
}

if (WRITE) {
  const gFile = writeGazetteer(fullGazJson);
  const m = writeModelFiles(json, MODEL_DIR);
  log(`wrote ${gFile}, ${m.header} and ${m.rows}${names ? ' and name-lexicon.tsv' : ''}`);
}
