/**
 * The model as a value (issue 13.1, 10.4, 15.12): loadModel() from files a caller read or
 * fetched gives the same results as the bundled model; an extractor carries its model, so two
 * extractors used in turn never see each other's (no global state, no call-order effect); a
 * missing or corrupt file is a MODEL_INVALID KashifError, never silence; the files are found
 * next to the code, never through the working directory.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createExtractor, defaultModel, extract, KashifModel, loadModel, MODEL_FILES, type ModelFiles } from '../src/index';
import { decodeBase64 } from '../src/model/model';
import { codeOf } from './helpers/error-code';

const root = join(__dirname, '..');
const ARTICLE = readFileSync(join(root, 'fixtures', 'dw-kazakhstan-2022-01.txt'), 'utf8');
const NAMES = Object.keys(MODEL_FILES);

/** The shipped files as a browser would hand them in: raw bytes. */
function shippedFiles(): Record<string, Uint8Array> {
  return Object.fromEntries(NAMES.map((n) => [n, new Uint8Array(readFileSync(join(root, 'src', 'model', n)))]));
}


describe('loadModel', () => {
  test('the manifest names the shipped files', () => {
    expect(NAMES.sort()).toEqual(['clusters.tsv', 'gazetteer.json', 'name-lexicon.tsv', 'ner-rows.i16', 'ner.json', 'words.txt']);
  });

  const forms: Array<[string, () => ModelFiles]> = [
    ['bytes (Uint8Array)', shippedFiles],
    ['ArrayBuffer', () => Object.fromEntries(Object.entries(shippedFiles()).map(([n, b]) => [n, b.slice().buffer]))],
    [
      'strings, base64 for binary, parsed JSON objects',
      () => {
        const f = shippedFiles();
        const text = (n: string) => Buffer.from(f[n]).toString('utf8');
        return { 'ner.json': JSON.parse(text('ner.json')), 'gazetteer.json': text('gazetteer.json'), 'words.txt': text('words.txt'), 'name-lexicon.tsv': text('name-lexicon.tsv'), 'clusters.tsv': text('clusters.tsv'), 'ner-rows.i16': Buffer.from(f['ner-rows.i16']).toString('base64') };
      },
    ],
  ];
  test.each(forms)('files as %s: same result as the bundled model', (_name, files) => {
    const model = loadModel(files());
    expect(model).toBeInstanceOf(KashifModel);
    expect(model).not.toBe(defaultModel());
    expect(createExtractor({ model }).extract(ARTICLE)).toEqual(extract(ARTICLE));
  });

  test('lazy: parsing waits for the first use', () => {
    const files = shippedFiles();
    files['ner.json'] = new TextEncoder().encode('{ not json');
    const model = loadModel(files, { lazy: true });
    expect(codeOf(() => createExtractor({ model }).extract('قال الرئيس'))).toBe('no error'); // the tagger failing is a stage warning
    const r = createExtractor({ model }).extract('قال الرئيس الروسي فلاديمير بوتين');
    expect(r.warnings.map((w) => w.code)).toContain('STAGE_FAILED');
    expect(r.warnings.find((w) => w.code === 'STAGE_FAILED')?.message).toMatch(/MODEL|ner\.json/);
  });

  const broken: Array<[string, (f: Record<string, unknown>) => void]> = [
    ['a file missing', (f) => delete f['words.txt']],
    ['JSON that does not parse', (f) => (f['gazetteer.json'] = '{"format": ')],
    ['an odd-length int16 file', (f) => (f['ner-rows.i16'] = new Uint8Array(3))],
    ['rows that do not match the header', (f) => (f['ner-rows.i16'] = new Uint8Array(8))],
    ['a string that is not base64 for a binary file', (f) => (f['ner-rows.i16'] = 'not base64 !')],
    ['a number instead of a file', (f) => (f['words.txt'] = 42)],
    ['a header that is not a model', (f) => (f['ner.json'] = '{}')],
  ];
  test.each(broken)('%s: MODEL_INVALID', (_name, spoil) => {
    const f: Record<string, unknown> = shippedFiles();
    spoil(f);
    expect(codeOf(() => loadModel(f as ModelFiles))).toBe('MODEL_INVALID');
  });

  test.each([[null], [[]], ['ner.json'], [7]])('not an object (%p): MODEL_INVALID', (x) => {
    expect(codeOf(() => loadModel(x as unknown as ModelFiles))).toBe('MODEL_INVALID');
  });
});

describe('createExtractor', () => {
  test('a model that is not a KashifModel: INVALID_OPTIONS', () => {
    expect(codeOf(() => createExtractor({ model: {} as KashifModel }))).toBe('INVALID_OPTIONS');
  });

  test('two extractors in turn: each result depends on its own model only', () => {
    // A model whose gazetteer and word list are empty and whose tagger knows nothing of names
    // beyond what its rows say: built from the shipped files with one file replaced.
    const files = shippedFiles();
    const other = loadModel({ ...files, 'words.txt': new Uint8Array(0) });
    const a = createExtractor();
    const b = createExtractor({ model: other });
    const ra1 = a.extract(ARTICLE);
    const rb1 = b.extract(ARTICLE);
    const ra2 = a.extract(ARTICLE);
    const rb2 = b.extract(ARTICLE);
    expect(ra2).toEqual(ra1);
    expect(rb2).toEqual(rb1);
    expect(ra1).toEqual(extract(ARTICLE));
    expect(extract(ARTICLE)).toEqual(ra1); // extract() after b is back on the bundled model
  });
});

describe('base64', () => {
  test.each([
    ['', []],
    ['AA==', [0]],
    ['AAE=', [0, 1]],
    ['/+8A', [255, 239, 0]],
    ['AQIDBA', [1, 2, 3, 4]],
  ])('%p', (s, bytes) => {
    expect(Array.from(decodeBase64(s) ?? [-1])).toEqual(bytes);
  });
  test.each([['A'], ['AB!C'], ['ÿÿÿÿ']])('%p is not base64', (s) => {
    expect(decodeBase64(s)).toBeNull();
  });
});

test('the model files are found next to the code, whatever the working directory', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kashif-cwd-'));
  try {
    const cjs = join(root, 'dist', 'index.cjs');
    const r = spawnSync(process.execPath, ['-e', `console.log(require(${JSON.stringify(cjs)}).extract('قال الرئيس الروسي فلاديمير بوتين').entities.length)`], { cwd: dir, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(Number(r.stdout.trim())).toBeGreaterThan(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('a user gazetteer follows the extractor\'s model', () => {
  // The forms are tokenised with the model's word list (clitic analysis depends on it), so a
  // gazetteer compiled for one model is recompiled, not silently reused, under another.
  const { compileGazetteer } = require('../src/index') as typeof import('../src/index');
  const { gazetteerFor } = require('../src/recognizers/names/user-gazetteer') as typeof import('../src/recognizers/names/user-gazetteer');
  const { wordsOf } = require('../src/text/lexicon') as typeof import('../src/text/lexicon');
  const { resolveNormalizeOptions } = require('../src/text/normalize') as typeof import('../src/text/normalize');
  const { USER_GAZETTEER } = require('../src/recognizers/names/sources') as typeof import('../src/recognizers/names/sources');
  const entries = [{ text: 'مجموعة الصخرة الزرقاء', type: 'organization' as const, id: 'Q-test' }];
  const text = 'أعلنت مجموعة الصخرة الزرقاء أمس عن خطتها.';

  test('compiled with the model it is given; reused under that model, recompiled under another', () => {
    const model = loadModel(shippedFiles());
    const forModel = compileGazetteer(entries, undefined, model);
    const forBundled = compileGazetteer(entries);
    expect(forModel.words).toBe(wordsOf(model));
    expect(forBundled.words).toBe(wordsOf(defaultModel()));
    const nopts = resolveNormalizeOptions(undefined);
    expect(gazetteerFor(forModel, nopts, wordsOf(model))).toBe(forModel);
    const again = gazetteerFor(forBundled, nopts, wordsOf(model));
    expect(again).not.toBe(forBundled);
    expect(again.words).toBe(wordsOf(model));
  });

  test('an extractor with its own model finds the entry whichever way the gazetteer came', () => {
    const model = loadModel(shippedFiles());
    const ex = createExtractor({ model });
    const ids = (g: unknown) => ex.extract(text, { gazetteer: g as never }).entities.filter((m) => m.source === USER_GAZETTEER.id).map((m) => m.text);
    const plain = ids(entries);
    expect(plain).toEqual(['مجموعة الصخرة الزرقاء']);
    expect(ids(compileGazetteer(entries, undefined, model))).toEqual(plain);
    expect(ids(compileGazetteer(entries))).toEqual(plain);
  });
});
