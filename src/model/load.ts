/**
 * The public model API: {@link loadModel} turns model files the caller fetched or read into a
 * {@link KashifModel}; {@link createExtractor} binds `extract` to one.
 */
import { KashifError } from '../errors.js';
import { extractWithTimings } from '../pipeline/extract.js';
import type { ExtractOptions } from '../schema/options.js';
import type { ExtractResult } from '../schema/result.js';
import { wordsOf } from '../text/lexicon.js';
import { gazetteerOf } from '../recognizers/names/gazetteer.js';
import { taggerOf } from '../recognizers/names/tagger.js';
import { bundledModel } from './bundled.js';
import { KashifModel, type ModelFiles } from './model.js';
import { MODEL_FILES } from './manifest.js';

export { KashifModel, type ModelFiles, type ModelFileInput } from './model.js';
export { MODEL_FILES, type ModelFileName, type ModelFileKind } from './manifest.js';

/** Options of {@link loadModel}. */
export interface LoadModelOptions {
  /**
   * Parse every file now (the default), so that a missing or corrupt file throws here and not
   * in the first `extract`. `true` defers parsing to first use, as the bundled model does.
   */
  lazy?: boolean;
}

/**
 * Load a model from its files: an object with one entry per file of {@link MODEL_FILES}
 * (`ner.json`, `ner-rows.i16`, `gazetteer.json`, `words.txt`), each a string, bytes, or (for
 * JSON) a parsed object. Works in every runtime: fetch the files, or read them, and pass them in.
 *
 * @throws {@link KashifError} `MODEL_INVALID` when a file is missing or cannot be parsed.
 * @example
 * ```ts
 * const names = ['ner.json', 'ner-rows.i16', 'gazetteer.json', 'words.txt'];
 * const files = Object.fromEntries(await Promise.all(names.map(async (n) =>
 *   [n, new Uint8Array(await (await fetch(`/model/${n}`)).arrayBuffer())])));
 * const kashif = createExtractor({ model: loadModel(files) });
 * kashif.extract('قال الرئيس الفرنسي إيمانويل ماكرون');
 * ```
 */
export function loadModel(files: ModelFiles, options: LoadModelOptions = {}): KashifModel {
  if (files === null || typeof files !== 'object' || Array.isArray(files)) {
    throw new KashifError('MODEL_INVALID', `loadModel expects an object of model files (${Object.keys(MODEL_FILES).join(', ')})`);
  }
  const model = new KashifModel(files, 'loadModel');
  if (!options.lazy) preloadModel(model);
  return model;
}

/** Build everything the model holds now (the bundled model when none is given). */
export function preloadModel(model: KashifModel = bundledModel()): void {
  wordsOf(model);
  gazetteerOf(model);
  taggerOf(model);
}

/** The model bundled in the package (what `extract` uses). */
export function defaultModel(): KashifModel {
  return bundledModel();
}

/** Options of {@link createExtractor}. */
export interface ExtractorConfig {
  /** The model to tag with; the bundled one when absent. */
  model?: KashifModel;
}

/** `extract` bound to one model. */
export interface Extractor {
  /** The model this extractor uses. */
  readonly model: KashifModel;
  /** {@link extract} with this extractor's model. */
  extract(input: string, options?: ExtractOptions): ExtractResult;
}

/**
 * An extractor bound to a model (from {@link loadModel}); several extractors with different
 * models can be used side by side.
 *
 * @throws {@link KashifError} `INVALID_OPTIONS` when `model` is not a {@link KashifModel}.
 */
export function createExtractor(config: ExtractorConfig = {}): Extractor {
  if (config === null || typeof config !== 'object') throw new KashifError('INVALID_OPTIONS', 'createExtractor expects an object');
  const model = config.model ?? bundledModel();
  if (!(model instanceof KashifModel)) throw new KashifError('INVALID_OPTIONS', 'createExtractor: model must come from loadModel()');
  return {
    model,
    extract: (input, options) => extractWithTimings(input, options, undefined, model).result,
  };
}
