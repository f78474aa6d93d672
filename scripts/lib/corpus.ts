/**
 * Corpus sentences ↔ kashif tokens. A corpus sentence (words with its own tokenisation) is
 * joined into a string, normalised and tokenised exactly as an article would be; gold chunks
 * are projected onto the resulting tokens by character offsets, and token spans can be mapped
 * back to corpus word indices for CoNLL-style scoring.
 */
import { normalizeResolved, resolveNormalizeOptions, type Normalized } from '../../src/text/normalize.js';
import { tokenizeNormalized, type TextToken } from '../../src/text/tokenize.js';
import type { Chunk } from './conll.js';
import { labelChunks } from '../../src/recognizers/names/perceptron.js';
import { tagTokenRun } from '../../src/recognizers/names/tagger.js';
export { labelChunks };

export interface ProjectedSentence {
  text: string;
  norm: Normalized;
  tokens: TextToken[];
  /** For each kashif token, the index of the corpus word it starts in. */
  wordOf: Int32Array;
  /** Number of corpus words. */
  nWords: number;
  /** Gold chunks over kashif tokens (types PER/ORG/LOC), when gold was given. */
  gold: Chunk[];
}

const DEFAULT_NORM = resolveNormalizeOptions(undefined);

/**
 * Join corpus words (glue[i] true: no space before word i) and tokenise. `chunks` are gold
 * chunks over corpus word indices; they are projected onto kashif tokens, with punctuation at
 * either edge trimmed off.
 */
export function projectWords(words: readonly string[], chunks: readonly Chunk[] = [], glue?: readonly boolean[]): ProjectedSentence {
  const starts = new Int32Array(words.length);
  const ends = new Int32Array(words.length);
  let text = '';
  for (let i = 0; i < words.length; i++) {
    if (i > 0 && !(glue && glue[i])) text += ' ';
    starts[i] = text.length;
    text += words[i];
    ends[i] = text.length;
  }
  const norm = normalizeResolved(text, DEFAULT_NORM);
  const tokens = tokenizeNormalized(norm.text);
  const wordOf = new Int32Array(tokens.length);
  const oStart = new Int32Array(tokens.length);
  const oEnd = new Int32Array(tokens.length);
  let w = 0;
  for (let k = 0; k < tokens.length; k++) {
    const o = norm.map.toOriginal(tokens[k].start, tokens[k].end);
    oStart[k] = o.start;
    oEnd[k] = o.end;
    while (w + 1 < words.length && ends[w] <= o.start) w++;
    wordOf[k] = w;
  }
  const gold: Chunk[] = [];
  for (const c of chunks) {
    const cs = starts[c.start];
    const ce = ends[c.end - 1];
    let a = -1;
    let b = -1;
    for (let k = 0; k < tokens.length; k++) {
      if (oEnd[k] > cs && oStart[k] < ce) {
        if (a < 0) a = k;
        b = k;
      }
    }
    if (a < 0) continue;
    while (a <= b && tokens[a].kind !== 'arabic' && tokens[a].kind !== 'latin' && tokens[a].kind !== 'number') a++;
    while (b >= a && tokens[b].kind !== 'arabic' && tokens[b].kind !== 'latin' && tokens[b].kind !== 'number') b--;
    if (a > b) continue;
    // A proclitic-only token (بـ in بـ"فرنسا 24") is not part of the name.
    while (a < b && tokens[a].bodyStart >= tokens[a].bodyEnd) a++;
    if (gold.length > 0 && gold[gold.length - 1].end > a) continue;
    gold.push({ type: c.type, start: a, end: b + 1 });
  }
  return { text, norm, tokens, wordOf, nWords: words.length, gold };
}

/** Chunks over kashif tokens → chunks over corpus words. */
export function toWordChunks(p: ProjectedSentence, cs: readonly Chunk[]): Chunk[] {
  const out: Chunk[] = [];
  for (const c of cs) {
    const a = p.wordOf[c.start];
    const b = p.wordOf[c.end - 1] + 1;
    if (out.length > 0 && out[out.length - 1].end > a) continue;
    out.push({ type: c.type, start: a, end: b });
  }
  return out;
}

/**
 * Tag a pre-tokenised sentence (corpus words, e.g. from readConll) for evaluation: the words
 * are joined with spaces and tokenised as an article would be; returns one IOB2 tag per word
 * (B-PER, I-ORG, O …).
 */
export function tagWords(words: readonly string[]): string[] {
  const p = projectWords(words);
  const out = new Array<string>(words.length).fill('O');
  if (p.tokens.length === 0) return out;
  const { spans } = tagTokenRun(p.tokens);
  let lastEnd = -1;
  for (const s of spans) {
    const a = p.wordOf[s.start];
    const b = p.wordOf[s.end - 1];
    if (a <= lastEnd) continue;
    out[a] = 'B-' + s.type;
    for (let k = a + 1; k <= b; k++) out[k] = 'I-' + s.type;
    lastEnd = b;
  }
  return out;
}
