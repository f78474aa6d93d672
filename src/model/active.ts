/**
 * Which model a call runs with. `extract` uses the bundled model; an extractor made by
 * {@link createExtractor} runs each call inside {@link withModel}, which makes its model the
 * active one for the duration of that synchronous call and restores the previous one after, so
 * results never depend on call order. There is no setter.
 */
import bundledFiles from './bundled-assets.js';
import { KashifModel } from './model.js';

let bundled: KashifModel | null = null;
let scoped: KashifModel | null = null;

/** The model bundled with the package; its files are parsed on first use. */
export function bundledModel(): KashifModel {
  if (!bundled) bundled = new KashifModel(bundledFiles(), 'bundled');
  return bundled;
}

/** The model of the call in progress: the extractor's, else the bundled one. */
export function activeModel(): KashifModel {
  return scoped ?? bundledModel();
}

/** Run `fn` (synchronous) with `model` active. */
export function withModel<T>(model: KashifModel, fn: () => T): T {
  const prev = scoped;
  scoped = model;
  try {
    return fn();
  } finally {
    scoped = prev;
  }
}
