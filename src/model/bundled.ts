/**
 * The model bundled with the package. `extract` runs with it; an extractor made by
 * {@link createExtractor} runs with its own model, which it passes into the pipeline (the
 * document carries it: `Doc.model`). There is no "current model": every reader of the model
 * gets it as a value, from the document or from its caller.
 */
import bundledFiles from './bundled-assets.js';
import { KashifModel } from './model.js';

// A lazily built constant, not state: the same files every time, parsed on first use.
let bundled: KashifModel | null = null;

/** The model bundled with the package; its files are parsed on first use. */
export function bundledModel(): KashifModel {
  if (!bundled) bundled = new KashifModel(bundledFiles(), 'bundled');
  return bundled;
}
