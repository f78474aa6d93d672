/**
 * Training/evaluation data for the name tagger, read from ../shared/data at run time and
 * re-tokenised with kashif's tokenizer (see scripts/lib/corpus.ts).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { chunks, chunksMulti, nameType, readConll, type Chunk } from './conll.js';
import { projectWords, type ProjectedSentence } from './corpus.js';

export const DATA = path.resolve(process.cwd(), '../shared/data');

export interface Sentence extends ProjectedSentence {
  /** Gold chunks over corpus words. */
  wordGold: Chunk[];
  source: string;
}

/**
 * The project-wide ANERcorp dev block: the last tenth of train.txt by sentence order (which
 * follows document order), so dev sentences come from documents the tagger never saw in
 * training. Every script that trains, clusters or evaluates uses this one definition.
 */
export function anercorpDevStart(sentences: number): number {
  return Math.floor((sentences * 9) / 10);
}

export function dataAvailable(): boolean {
  return existsSync(path.join(DATA, 'anercorp/train.txt'));
}

export function loadAnercorp(): { train: Sentence[]; dev: Sentence[] } {
  const train: Sentence[] = [];
  const dev: Sentence[] = [];
  const all = readConll(path.join(DATA, 'anercorp/train.txt'));
  const devFrom = anercorpDevStart(all.length);
  all.forEach((s, i) => {
    const wordGold = chunks(s.tags.map((t) => t[0]), nameType);
    const p = { ...projectWords(s.tokens, wordGold), wordGold, source: 'anercorp' };
    (i >= devFrom ? dev : train).push(p);
  });
  return { train, dev };
}

const PROCLITIC_TOKENS = new Set(['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل', 'وك']);
const ENCLITIC_TOKENS = new Set(['ه', 'ها', 'هم', 'هما', 'هن', 'كم', 'كما', 'نا', 'ي', 'ك']);
const ARABIC = /^[\u0621-\u064a]+$/u;

/**
 * WikiFANE splits clitics off; glue them back so the text looks like running news text.
 * News sites also write the conjunction detached (`أمير العيادي و محرز المالكي`), which the
 * other corpora hardly show: with `detachEvery` n > 0, every n-th conjunction `و` before a
 * word is left detached, so the model also learns a standalone `و` between names.
 */
export function loadWikifane(detachEvery = 0): Sentence[] {
  const out: Sentence[] = [];
  let conj = 0;
  for (const s of readConll(path.join(DATA, 'wikifane/wikifane.tsv'), { maxTags: 1 })) {
    const words = s.tokens;
    const glue = words.map(() => false);
    for (let i = 1; i < words.length; i++) {
      if (PROCLITIC_TOKENS.has(words[i - 1]) && ARABIC.test(words[i]) && s.tags[i - 1][0] === 'O') glue[i] = !(words[i - 1] === 'و' && detachEvery > 0 && conj++ % detachEvery === 0);
      else if (ENCLITIC_TOKENS.has(words[i]) && ARABIC.test(words[i - 1]) && !s.tags[i][0].startsWith('B-')) glue[i] = true;
    }
    const wordGold = chunks(s.tags.map((t) => t[0]), nameType);
    out.push({ ...projectWords(words, wordGold, glue), wordGold, source: 'wikifane' });
  }
  return out;
}

/** Wojood sample train part (never val): nested tags, outermost PERS/ORG/GPE/LOC kept. */
export function loadWojood(file = 'train.txt'): Sentence[] {
  return readConll(path.join(DATA, 'wojood-sample', file)).map((s) => {
    const wordGold = chunksMulti(s.tags, nameType, true);
    return { ...projectWords(s.tokens, wordGold), wordGold, source: 'wojood' };
  });
}

/** AQMAR dev articles (evaluation only): PER/ORG/LOC kept, MIS* dropped. */
export function loadAqmar(): Sentence[] {
  const dir = path.join(DATA, 'aqmar-dev');
  const out: Sentence[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
    for (const s of readConll(path.join(dir, f), { maxTags: 1 })) {
      const wordGold = chunks(s.tags.map((t) => t[0]), nameType);
      out.push({ ...projectWords(s.tokens, wordGold), wordGold, source: 'aqmar' });
    }
  }
  return out;
}
