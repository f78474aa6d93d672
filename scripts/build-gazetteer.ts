/**
 * Build src/model/gazetteer.json: entity strings from the TRAIN part of the corpora (ANERcorp
 * without the dev split, WikiFANE, the Wojood sample's train file), folded and clitic-free,
 * kept when reliably one type (count ≥ 2 and ≥ 60% of all their occurrences).
 *
 *   npx tsx scripts/build-gazetteer.ts     (also run by npm run train)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { foldKey, normalizeResolved, resolveNormalizeOptions } from '../src/text/normalize.js';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bodyKey } from '../src/recognizers/names/features.js';
import type { GazetteerJson, GazType } from '../src/recognizers/names/gazetteer.js';
import type { ProjectedSentence } from './lib/corpus.js';
import { DATA, loadAnercorp, loadWikifane, loadWojood } from './lib/ner-data.js';

export const GAZ_MIN_COUNT = 2;
export const GAZ_MIN_SHARE = 0.6;
export const GAZ_MAX_LEN = 6;

export function buildGazetteer(sentences: readonly ProjectedSentence[], sources: string[]): GazetteerJson {
  const typed = new Map<string, Record<string, number>>();
  const keysOf = sentences.map((s) => s.tokens.map(bodyKey));
  sentences.forEach((s, si) => {
    const keys = keysOf[si];
    for (const c of s.gold) {
      if (c.end - c.start > GAZ_MAX_LEN) continue;
      const key = keys.slice(c.start, c.end).join(' ');
      if (!key.trim()) continue;
      let r = typed.get(key);
      if (!r) typed.set(key, (r = {}));
      r[c.type] = (r[c.type] ?? 0) + 1;
    }
  });
  const total = new Map<string, number>();
  for (const keys of keysOf) {
    for (let i = 0; i < keys.length; i++) {
      let key = '';
      for (let n = 1; n <= GAZ_MAX_LEN && i + n <= keys.length; n++) {
        key = n === 1 ? keys[i] : key + ' ' + keys[i + n - 1];
        if (typed.has(key)) total.set(key, (total.get(key) ?? 0) + 1);
      }
    }
  }
  const entries: Array<[string, GazType, number, number]> = [];
  let maxLen = 1;
  for (const [key, r] of typed) {
    let best = '';
    let bc = 0;
    for (const t of ['PER', 'ORG', 'LOC']) if ((r[t] ?? 0) > bc) {
      best = t;
      bc = r[t];
    }
    const tot = Math.max(total.get(key) ?? 0, bc);
    if (bc < GAZ_MIN_COUNT || bc / tot < GAZ_MIN_SHARE) continue;
    // Bare particles and one-letter keys are never names on their own.
    if (key.length < 2) continue;
    entries.push([key, best as GazType, bc, Math.round((100 * bc) / tot)]);
    maxLen = Math.max(maxLen, key.split(' ').length);
  }
  entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { format: 'kashif-gazetteer/1', sources, minCount: GAZ_MIN_COUNT, minShare: GAZ_MIN_SHARE, maxLen, firstNames: firstNames(), parts: nameParts(sentences), entries };
}

export const PART_MIN_COUNT = 3;
export const PART_MIN_SHARE = 0.5;

/**
 * Name parts: clitic-free stems that occur mostly inside entities of one type (a given name,
 * a transliterated surname, a place-name word). [stem key, type, share of occurrences %].
 */
export function nameParts(sentences: readonly ProjectedSentence[]): Array<[string, GazType, number]> {
  const tot = new Map<string, number>();
  const inside = new Map<string, Record<string, number>>();
  for (const s of sentences) {
    const type = new Array<string>(s.tokens.length).fill('');
    for (const c of s.gold) for (let k = c.start; k < c.end; k++) type[k] = c.type;
    s.tokens.forEach((t, k) => {
      if (t.kind !== 'arabic' || t.key.length < 2) return;
      tot.set(t.key, (tot.get(t.key) ?? 0) + 1);
      if (type[k]) {
        let r = inside.get(t.key);
        if (!r) inside.set(t.key, (r = {}));
        r[type[k]] = (r[type[k]] ?? 0) + 1;
      }
    });
  }
  const out: Array<[string, GazType, number]> = [];
  for (const [key, r] of inside) {
    const n = tot.get(key) ?? 0;
    if (n < PART_MIN_COUNT) continue;
    let best = '';
    let bc = 0;
    for (const t of ['PER', 'ORG', 'LOC']) if ((r[t] ?? 0) > bc) {
      best = t;
      bc = r[t];
    }
    if (bc / n >= PART_MIN_SHARE) out.push([key, best as GazType, Math.round((100 * bc) / n)]);
  }
  out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return out;
}

/** Folded first names from ../shared/data/names (male and female lists). */
export function firstNames(): string[] {
  const out = new Set<string>();
  for (const f of ['male-first-names-in-arabic.txt', 'female-first-names-in-arabic.txt']) {
    for (const line of readFileSync(path.join(DATA, 'names', f), 'utf8').split('\n')) {
      const w = line.trim();
      if (w && !w.includes(' ')) out.add(foldKey(normalizeResolved(w, resolveNormalizeOptions(undefined)).text));
    }
  }
  return [...out].sort();
}

export const GAZ_SOURCES = [
  'Arabic first names lists in ../shared/data/names (MIT)',
  'ANERcorp train split without the fixed dev tenth (CAMeL Lab, CC BY-SA 4.0)',
  'WikiFANE Gold (Alotaibi & Lee 2014, CC BY-SA 3.0)',
  'Wojood sample train.txt (SinaLab, MIT)',
];

/** One JSON entry per line: diffable and readable. */
export function gazetteerToText(g: GazetteerJson): string {
  const head: Partial<GazetteerJson> = { ...g };
  delete head.entries;
  delete head.parts;
  const lines = g.entries.map((e) => JSON.stringify(e));
  delete head.firstNames;
  const h = JSON.stringify(head);
  return h.slice(0, -1) + ',"firstNames":' + JSON.stringify(g.firstNames ?? []) + ',"parts":[\n' + (g.parts ?? []).map((e) => JSON.stringify(e)).join(',\n') + '\n],"entries":[\n' + lines.join(',\n') + '\n]}\n';
}

export function writeGazetteer(g: GazetteerJson): string {
  const file = path.resolve(process.cwd(), 'src/model/gazetteer.json');
  writeFileSync(file, gazetteerToText(g));
  return file;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { train } = loadAnercorp();
  const g = buildGazetteer([...train, ...loadWikifane(), ...loadWojood()], GAZ_SOURCES);
  const file = writeGazetteer(g);
  console.log(`gazetteer: ${g.entries.length} entries → ${file}`);
}
