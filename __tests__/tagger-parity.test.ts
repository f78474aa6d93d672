/**
 * Training and inference compute the same features (issue: "features.ts says the two paths
 * must stay in step, and nothing tests it"). The training path is sentenceFeatures (feature
 * strings, scripts/train.ts); the inference path is Tagger.emissions (per-word cached rows,
 * hand-inlined pair, gazetteer and window features). On a few hundred corpus sentences the
 * emissions the model gives through both paths must agree, and so must the decoded labels.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { documentContext, sentenceFeatures } from '../src/recognizers/names/features';
import { NL, viterbi } from '../src/recognizers/names/perceptron';
import { shippedTagger, docFeatures, stemCounts } from '../src/recognizers/names/tagger';
import { loadAnercorp, loadWojood } from '../scripts/lib/ner-data';

const haveData = existsSync(path.resolve(__dirname, '../../shared/data/anercorp/train.txt'));
const maybe = haveData ? describe : describe.skip;
if (!haveData) console.warn('tagger-parity.test: ../shared/data is missing; the parity test is skipped');

maybe('tagger feature parity: training path = inference path', () => {
  const tagger = shippedTagger();
  const { train, dev } = haveData ? loadAnercorp() : { train: [], dev: [] };
  const sentences = [...train.slice(0, 150), ...dev.slice(0, 150), ...(haveData ? loadWojood('val.txt').slice(0, 100) : [])].filter((s) => s.tokens.length > 0);

  /** Emissions through the training path, summed in float32 in the order the features come. */
  function trainingEmissions(tokens: Parameters<typeof sentenceFeatures>[0], ctx: ReturnType<typeof documentContext>): Float32Array {
    const em = new Float32Array(tokens.length * NL);
    const W = tagger.model.W;
    sentenceFeatures(tokens, tagger.tables, (i, f) => {
      const r = tagger.model.row(f);
      if (r < 0) return;
      for (let l = 0; l < NL; l++) em[i * NL + l] += W[r * NL + l];
    }, ctx);
    return em;
  }

  test(`${sentences.length} sentences: emissions agree to 1e-4 and labels are identical`, () => {
    expect(sentences.length).toBeGreaterThanOrEqual(300);
    let worst = 0;
    let tokens = 0;
    let sport = 0;
    for (let q = 0; q < sentences.length; q++) {
      const s = sentences[q];
      // The document context comes from the block of 25 sentences around it, as in training.
      const ctx = documentContext(sentences.slice(q - (q % 25), q - (q % 25) + 25).flatMap((x) => x.tokens));
      if (ctx.sport) sport++;
      const a = trainingEmissions(s.tokens, ctx);
      const b = tagger.emissions(s.tokens, ctx);
      expect(b.length).toBe(a.length);
      for (let j = 0; j < a.length; j++) worst = Math.max(worst, Math.abs(a[j] - b[j]));
      expect(Array.from(viterbi(b, s.tokens.length, tagger.model.T))).toEqual(Array.from(viterbi(a, s.tokens.length, tagger.model.T)));
      tokens += s.tokens.length;
    }
    expect(tokens).toBeGreaterThan(5000);
    expect(sport).toBeGreaterThan(0); // the sport features are exercised too
    expect(worst).toBeLessThan(1e-4);
  });

  test('the document pass adds exactly the rows of docFeatures', () => {
    // The shipped model records whether it was trained with the document pass; it must load it.
    expect(tagger.hasDocPass).toBe(tagger.model.templates.has('ag'));
    const doc = sentences.slice(0, 25);
    const tokens = doc.flatMap((s) => s.tokens);
    const labels = new Int32Array(tokens.length);
    let o = 0;
    for (const s of doc) {
      labels.set(viterbi(tagger.emissions(s.tokens, documentContext(tokens)), s.tokens.length, tagger.model.T), o);
      o += s.tokens.length;
    }
    const keys = tagger.keys(tokens);
    const counts = stemCounts(keys, labels);
    const base = tagger.emissions(tokens, documentContext(tokens));
    const inference = base.slice();
    tagger.addDocFeatures(inference, keys, labels, counts, 0, tokens.length);
    const training = base.slice();
    const W = tagger.model.W;
    for (let i = 0; i < tokens.length; i++) {
      docFeatures(keys, labels, counts, i, (f) => {
        const r = tagger.model.row(f);
        if (r >= 0) for (let l = 0; l < NL; l++) training[i * NL + l] += W[r * NL + l];
      });
    }
    let worst = 0;
    for (let j = 0; j < training.length; j++) worst = Math.max(worst, Math.abs(training[j] - inference[j]));
    expect(worst).toBeLessThan(1e-4);
  });
});

describe('shipped tables: the in-place views answer every line of the file', () => {
  const { bundledModel } = require('../src/model/bundled') as typeof import('../src/model/bundled');
  const { lexiconView, clustersView } = require('../src/recognizers/names/sorted-table') as typeof import('../src/recognizers/names/sorted-table');
  const model = bundledModel();
  test.each([
    ['name-lexicon.tsv'],
    ['clusters.tsv'],
  ])('%s: every key, and absent keys', (file) => {
    const text = model.text(file);
    // The file read the plain way: one `key<TAB>value…` line each, # lines are comments.
    const lines = text.split('\n').filter((l) => l !== '' && !l.startsWith('#')).map((l) => l.split('\t'));
    const view: { get(k: string): ArrayLike<number> | string | undefined; size: number } = file === 'clusters.tsv' ? clustersView(text) : lexiconView(text);
    expect(view.size).toBe(lines.length);
    expect(lines.length).toBeGreaterThan(10000);
    for (const [k, ...fields] of lines) {
      const got = view.get(k);
      if (file === 'clusters.tsv') expect(Array.from(got as ArrayLike<number>)).toEqual(fields.map(Number));
      else expect(got).toBe(fields[0]);
    }
    for (const absent of ['', 'zzzz', '\u0627\u0627\u0627\u0627\u0627\u0627', '~']) expect(view.get(absent)).toBeUndefined();
  });
});
