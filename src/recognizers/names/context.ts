/**
 * One context per document for the names stage: the document, its tokens, and the memos
 * that depend on the document (token positions by offset, title chains by token). It is
 * built at the start of the stage and dropped at its end; nothing of a document outlives it.
 */
import type { Doc, StageWarning } from '../../pipeline/stage.js';
import { readingsOf, type Readings, type Word } from '../../text/readings.js';
import type { TitleInfo } from './rules.js';

export interface NameContext {
  doc: Doc;
  /** The document's reading layer (src/text/readings.ts). */
  readings: Readings;
  /** The tokens as the reading layer reads them (`Readings.wordTokens()`). */
  tokens: readonly Word[];
  /** The normalised text. */
  text: string;
  /** Rule ids switched off (ablation runs only; empty in extract()). */
  disabled: ReadonlySet<string>;
  /** Warnings of the stage (a failing name source, a missing model file). */
  warnings: StageWarning[];
  /** `endAfter[x]`: the first token ending after offset x (built on first use). */
  endAfter?: Int32Array;
  /** Title chains by the index of their first token (null: no chain there). */
  titleChains: Array<TitleInfo | null | undefined>;
}

export function nameContext(doc: Doc, disabled: ReadonlySet<string> = NONE): NameContext {
  const readings = readingsOf(doc);
  return { doc, readings, tokens: readings.wordTokens(), text: doc.norm.text, disabled, warnings: [], titleChains: new Array(doc.tokens.length) };
}

const NONE: ReadonlySet<string> = new Set();

export interface Span {
  a: number;
  b: number;
}

/**
 * Token index range [a, b) covering normalised offsets [start, end). The stage looks up the
 * token range of every candidate several times; `endAfter` makes each look-up O(1) (a binary
 * search per look-up cost more than the stage's rules).
 */
export function tokenRange(ctx: NameContext, start: number, end: number): Span {
  const { tokens } = ctx;
  const n = tokens.length;
  const length = n > 0 ? tokens[n - 1].end : 0;
  let endAfter = ctx.endAfter;
  if (!endAfter) {
    endAfter = new Int32Array(length + 1);
    let e = 0;
    for (let x = 0; x <= length; x++) {
      while (e < n && tokens[e].end <= x) e++;
      endAfter[x] = e;
    }
    ctx.endAfter = endAfter;
  }
  // a: the first token ending after start.
  const a = start < 0 ? 0 : start > length ? n : endAfter[start];
  // b: the first token from a on starting at or after end. The first token ending after end
  // is it, unless that token straddles end (starts before it): then the next one.
  let b: number;
  if (end <= 0) b = 0;
  else if (end > length) b = n;
  else {
    b = endAfter[end];
    if (b < n && tokens[b].start < end) b++;
  }
  return { a, b: Math.max(a, b) };
}
