import { analyzeClitics, type CliticAnalysis } from './clitics.js';
import { foldKey, normalizeResolved, resolveNormalizeOptions, type Normalized } from './normalize.js';
import { C_AR_LETTER, C_AR_MARK, C_DIGIT, C_LATIN, C_NEWLINE, C_PUNCT, C_SPACE, C_SYMBOL, charClass } from './chars.js';
import type { Token, TokenKind } from '../schema/token.js';
import type { NormalizeOptions } from '../schema/options.js';
import { KashifError } from '../errors.js';

/**
 * A token on the normalised text, as recognisers see it. All offsets are normalised offsets;
 * the pipeline maps mention spans back to the original string.
 */
export interface TextToken {
  index: number;
  kind: TokenKind;
  /** Normalised token text. */
  text: string;
  start: number;
  end: number;
  /** Where a mention of this word begins (after proclitics, article kept) and ends (before an enclitic). */
  bodyStart: number;
  bodyEnd: number;
  proclitics: string[];
  article: boolean;
  enclitic: string | null;
  /** Body without the article, normalised. */
  stem: string;
  /** foldKey(stem): the key for dictionary look-ups. */
  key: string;
  /** A space, newline or nothing separates it from the previous token. */
  spaceBefore: boolean;
  /** A line break lies between the previous token and this one. */
  newlineBefore: boolean;
}

/** Shared by every token without proclitics; never mutated. */
const NO_CLITICS: string[] = Object.freeze([]) as unknown as string[];

const URL_SCHEME = /^(?:https?:\/\/|www\.)/i;
const DOMAIN_PATH = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:\/[^\s]*)?$/i;

/** Tokenise normalised text. Linear: each code unit is classified by table once. */
export function tokenizeNormalized(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  // Words repeat (Zipf): analyse each distinct word once per document.
  const analyses = new Map<string, { a: CliticAnalysis; stem: string; key: string }>();
  const n = text.length;
  let i = 0;
  let spaceBefore = true;
  let newlineBefore = true;
  const push = (kind: TokenKind, start: number, end: number) => {
    const t = text.slice(start, end);
    tokens.push({
      index: tokens.length, kind, text: t, start, end, bodyStart: start, bodyEnd: end,
      proclitics: NO_CLITICS, article: false, enclitic: null, stem: t, key: t, spaceBefore, newlineBefore,
    });
    spaceBefore = false;
    newlineBefore = false;
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = charClass(c);
    if (cls === C_SPACE || cls === C_NEWLINE) {
      spaceBefore = true;
      if (cls === C_NEWLINE) newlineBefore = true;
      i++;
      continue;
    }
    // URLs, hashtags and handles first: they swallow what would otherwise be words.
    if (cls === C_LATIN || cls === C_DIGIT) {
      const runEnd = nonSpaceEnd(text, i);
      const run = text.slice(i, runEnd);
      if (run.length > 4 && (URL_SCHEME.test(run) || (run.includes('/') && DOMAIN_PATH.test(trimTrailingPunct(run))))) {
        push('url', i, i + trimTrailingPunct(run).length);
        i += trimTrailingPunct(run).length;
        continue;
      }
    }
    if ((c === 0x23 || c === 0x40) && i + 1 < n) {
      let j = i + 1;
      while (j < n && isTagChar(text.charCodeAt(j))) j++;
      if (j > i + 1) {
        push(c === 0x23 ? 'hashtag' : 'handle', i, j);
        i = j;
        continue;
      }
    }
    if (cls === C_AR_LETTER || cls === C_AR_MARK) {
      let j = i + 1;
      while (j < n && (charClass(text.charCodeAt(j)) === C_AR_LETTER || charClass(text.charCodeAt(j)) === C_AR_MARK)) j++;
      pushArabic(i, j);
      i = j;
      continue;
    }
    if (cls === C_DIGIT) {
      let j = i + 1;
      while (j < n) {
        const d = charClass(text.charCodeAt(j));
        if (d === C_DIGIT) j++;
        else if (isNumberSeparator(text.charCodeAt(j)) && j + 1 < n && charClass(text.charCodeAt(j + 1)) === C_DIGIT) j += 2;
        else break;
      }
      push('number', i, j);
      i = j;
      continue;
    }
    if (cls === C_LATIN) {
      let j = i + 1;
      while (j < n) {
        const d = charClass(text.charCodeAt(j));
        if (d === C_LATIN || d === C_DIGIT) j++;
        else if ((text.charCodeAt(j) === 0x27 || text.charCodeAt(j) === 0x2d || text.charCodeAt(j) === 0x2019) && j + 1 < n && charClass(text.charCodeAt(j + 1)) === C_LATIN) j += 2;
        else break;
      }
      push('latin', i, j);
      i = j;
      continue;
    }
    // Lone surrogates and astral characters: one token per code point, never split a pair.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      push('symbol', i, i + 2);
      i += 2;
      continue;
    }
    push(cls === C_PUNCT ? 'punct' : cls === C_SYMBOL ? 'symbol' : 'other', i, i + 1);
    i++;
  }
  return tokens;

  function pushArabic(start: number, end: number) {
    const word = text.slice(start, end);
    const nextCls = end < n ? charClass(text.charCodeAt(end)) : C_SPACE;
    // A proclitic glued to digits, a quote or Latin text: بـ250, و18, لـ"فرنسا 24".
    if (word.length <= 2 && nextCls !== C_SPACE && nextCls !== C_NEWLINE && nextCls !== C_AR_LETTER && isProcliticRun(word)) {
      const t = pushToken(start, end);
      t.proclitics = [...word];
      t.bodyStart = end;
      t.stem = '';
      t.key = '';
      return;
    }
    const t = pushToken(start, end);
    let memo = analyses.get(word);
    if (memo === undefined) {
      const an = analyzeClitics(word);
      const body = word.slice(an.prefixLength, word.length - an.suffixLength);
      const stem = an.article ? (body.startsWith('ال') ? body.slice(2) : body.slice(1)) : body;
      memo = { a: an, stem, key: foldKey(stem) };
      analyses.set(word, memo);
    }
    const a = memo.a;
    t.proclitics = a.proclitics;
    t.article = a.article;
    t.enclitic = a.enclitic;
    t.bodyStart = start + a.prefixLength;
    t.bodyEnd = end - a.suffixLength;
    t.stem = memo.stem;
    t.key = memo.key;
  }

  function pushToken(start: number, end: number): TextToken {
    push('arabic', start, end);
    return tokens[tokens.length - 1];
  }
}

function isProcliticRun(word: string): boolean {
  if (word.length === 1) return 'وفبلك'.includes(word);
  return 'وف'.includes(word[0]) && 'بلك'.includes(word[1]);
}

function isNumberSeparator(c: number): boolean {
  return c === 0x2c || c === 0x2e || c === 0x060c || c === 0x066b || c === 0x066c;
}

function isTagChar(c: number): boolean {
  const cls = charClass(c);
  return cls === C_AR_LETTER || cls === C_AR_MARK || cls === C_LATIN || cls === C_DIGIT || c === 0x5f;
}

function nonSpaceEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const cls = charClass(text.charCodeAt(j));
    if (cls === C_SPACE || cls === C_NEWLINE || cls === C_AR_LETTER) break;
    j++;
  }
  return j;
}

function trimTrailingPunct(run: string): string {
  let e = run.length;
  while (e > 0 && '.,;:!?)]}"\'،'.includes(run[e - 1])) e--;
  return run.slice(0, e);
}

/** Public tokenizer: tokens with offsets into the caller's string. */
export function tokenize(input: string, options?: NormalizeOptions): Token[] {
  if (typeof input !== 'string') throw new KashifError('INVALID_INPUT', `tokenize expects a string, got ${input === null ? 'null' : typeof input}`);
  const norm = normalizeResolved(input, resolveNormalizeOptions(options));
  return toPublicTokens(input, norm, tokenizeNormalized(norm.text));
}

export function toPublicTokens(input: string, norm: Normalized, tokens: TextToken[]): Token[] {
  const { map } = norm;
  return tokens.map((t) => {
    const { start, end } = map.toOriginal(t.start, t.end);
    const bodyStart = Math.min(Math.max(map.toOriginalStart(t.bodyStart), start), end);
    const bodyEnd = t.bodyEnd > t.bodyStart ? Math.max(Math.min(map.toOriginalEnd(t.bodyEnd), end), bodyStart) : bodyStart;
    return {
      text: input.slice(start, end), start, end, normalized: t.text, kind: t.kind,
      proclitics: t.proclitics, article: t.article, enclitic: t.enclitic, stem: t.stem, bodyStart, bodyEnd,
    };
  });
}
