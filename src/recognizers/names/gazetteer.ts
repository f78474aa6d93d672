/**
 * The data-derived name gazetteer (src/model/gazetteer.json, built by
 * scripts/build-gazetteer.ts from the training part of the corpora): folded, clitic-free
 * entity strings that are reliably tagged as one type.
 */
import { foldKey } from '../../text/normalize.js';
import type { GazView } from './features.js';
import { bundledModel } from '../../model/bundled.js';
import type { KashifModel } from '../../model/model.js';

export type GazType = 'PER' | 'ORG' | 'LOC';

export interface GazetteerJson {
  format: 'kashif-gazetteer/1';
  sources: string[];
  minCount: number;
  minShare: number;
  maxLen: number;
  /** [folded key, type, count as that type, share of occurrences (percent)] */
  entries: Array<[string, GazType, number, number]>;
  /** Folded first names (male and female) from ../shared/data/names (MIT). */
  firstNames?: string[];
  /** Name parts: [stem key, type, share %] for stems seen mostly inside one entity type. */
  parts?: Array<[string, GazType, number]>;
}

export interface GazetteerEntry {
  type: 'person' | 'organization' | 'location';
  /** Times seen as this type in the training data. */
  count: number;
  /** Share of its occurrences tagged as this type, 0..1. */
  share: number;
}

const TYPE_NAME = { PER: 'person', ORG: 'organization', LOC: 'location' } as const;

export class Gazetteer implements GazView {
  readonly map: Map<string, [GazType, number, number]>;
  readonly maxLen: number;
  readonly prefixes: Set<string>;
  readonly firstNames: Set<string>;
  readonly parts: Map<string, string>;
  constructor(json: GazetteerJson) {
    this.parts = new Map();
    for (const [k, t, sh] of json.parts ?? []) this.parts.set(k, t + (sh >= 80 ? '+' : ''));
    this.map = new Map();
    this.prefixes = new Set();
    this.firstNames = new Set(json.firstNames ?? []);
    for (const [k, t, c, s] of json.entries) {
      this.map.set(k, [t, c, s]);
      for (let i = k.indexOf(' '); i > 0; i = k.indexOf(' ', i + 1)) this.prefixes.add(k.slice(0, i));
    }
    this.maxLen = json.maxLen;
  }
  part(key: string): string | undefined {
    return this.parts.get(key);
  }
  isFirstName(key: string): boolean {
    return this.firstNames.has(key);
  }
  hasPrefix(key: string): boolean {
    return this.prefixes.has(key);
  }
  get(key: string): string | undefined {
    const e = this.map.get(key);
    return e ? e[0] : undefined;
  }
}

/** The gazetteer of a model (gazetteer.json), built once per model. */
export function gazetteerOf(model: KashifModel): Gazetteer {
  return model.derive('gazetteer', (m) => new Gazetteer(m.json<GazetteerJson>('gazetteer.json')));
}


/**
 * Look up a phrase: normalised words separated by spaces, clitic-free with the article kept
 * (`الأمم المتحدة`, `بوتين`). Hamza, alef maqsura and teh marbuta are folded here.
 */
export function lookupGazetteer(phrase: string, model: KashifModel = bundledModel()): GazetteerEntry | undefined {
  const key = phrase.trim().split(/\s+/).map(foldKey).join(' ');
  const e = gazetteerOf(model).map.get(key);
  return e ? { type: TYPE_NAME[e[0]], count: e[1], share: e[2] / 100 } : undefined;
}
