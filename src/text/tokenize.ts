import { analyzeClitics, type CliticAnalysis } from './clitics.js';
import { foldKey, normalizeResolved, resolveNormalizeOptions, type Normalized } from './normalize.js';
import { C_AR_LETTER, C_AR_MARK, C_DIGIT, C_LATIN, C_NEWLINE, C_PUNCT, C_SPACE, C_SYMBOL, charClass } from './chars.js';
import type { Token, TokenKind } from '../schema/token.js';
import type { NormalizeOptions } from '../schema/options.js';
import { KashifError } from '../errors.js';
import { procliticForms } from '../lexicon/proclitics.js';
import { wordsOf } from './lexicon.js';
import { bundledModel } from '../model/bundled.js';

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

/**
 * Tokenise normalised text. Linear: each code unit is classified by table once. `words` is
 * the folded word list the clitic analysis tests remainders against: the word list of the
 * model the document is read with (the pipeline passes `wordsOf(doc model)`; tools and tests
 * get the bundled model's).
 */
export function tokenizeNormalized(text: string, words: ReadonlySet<string> = wordsOf(bundledModel())): TextToken[] {
  const tokens: TextToken[] = [];
  // Words repeat (Zipf): analyse each distinct word once per document.
  const analyses = new Map<string, { a: CliticAnalysis; stem: string; key: string }>();
  const n = text.length;
  let i = 0;
  const runs = new UrlScanner(text);
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
      const urlEnd = runs.urlEnd(i);
      if (urlEnd > i) {
        push('url', i, urlEnd);
        i = urlEnd;
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
      const an = analyzeClitics(word, words);
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

/** Proclitic runs a glued token may be (بـ250, و18, وبـ"…"): the table's `glued` context. */
const GLUED_RUNS: ReadonlySet<string> = new Set(procliticForms('glued'));

function isProcliticRun(word: string): boolean {
  return GLUED_RUNS.has(word);
}

function isNumberSeparator(c: number): boolean {
  return c === 0x2c || c === 0x2e || c === 0x060c || c === 0x066b || c === 0x066c;
}

function isTagChar(c: number): boolean {
  const cls = charClass(c);
  return cls === C_AR_LETTER || cls === C_AR_MARK || cls === C_LATIN || cls === C_DIGIT || c === 0x5f;
}

const TRAILING_PUNCT = '.,;:!?)]}"\'،';
const isDomainChar = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x2d;
const isAsciiLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
const WHITE = /\s/;

/**
 * The URL test at a Latin or digit token start: the run of text up to the next space or
 * Arabic letter, with trailing punctuation trimmed, is a URL when it starts with a scheme or
 * www., or is domain.tld/path. Every token of a long run without spaces (a.b.c.d…, 1-2-3…)
 * asks, so the facts the test needs are kept per run and per slash, each found by one scan:
 * without that every token rescanned the rest of the run (quadratic in its length). The
 * regular expressions stay the judges; the kept facts only skip tests that must fail.
 * Calls come with increasing positions.
 */
class UrlScanner {
  private runEnd = -1;
  /** End of the run without its trailing punctuation. */
  private trimmedEnd = -1;
  /** Last white-space character (to the pattern) in the run before trimmedEnd, or -1. */
  private lastWhite = -1;
  /** First '/' at or after the last position asked about (-1: none left). */
  private slashAt = -2;
  /** First character at or after the last position asked about that cannot be in a domain. */
  private nonDomainAt = -1;
  /** For the slash, from where it was looked up: the last '.', whether the label after it is a TLD, the last '..'. */
  private lastDot = -1;
  private tldOk = false;
  private doubleDot = -1;

  constructor(private readonly text: string) {}

  /** End of the URL token starting at i, or i when there is none. */
  urlEnd(i: number): number {
    const text = this.text;
    if (i >= this.runEnd) this.startRun(i);
    const runEnd = this.runEnd;
    if (runEnd - i <= 4) return i;
    const trimmed = Math.max(i, this.trimmedEnd);
    if (URL_SCHEME.test(text.slice(i, Math.min(runEnd, i + 8)))) return trimmed;
    if (this.slashAt !== -1 && this.slashAt < i) this.findSlash(i);
    const slash = this.slashAt;
    if (slash === -1 || slash >= runEnd) return i;
    // domain.tld/…: everything from i to the first slash is a domain character, the label
    // before the slash is a TLD, no empty label lies between i and the slash, and the path
    // has no white space; only then can the pattern match.
    if (this.nonDomainAt < i) this.nonDomainAt = domainEnd(text, i);
    if (this.nonDomainAt !== slash || !this.tldOk || this.lastDot <= i || this.doubleDot >= i || this.lastWhite > slash) return i;
    return DOMAIN_PATH.test(text.slice(i, trimmed)) ? trimmed : i;
  }

  private startRun(i: number): void {
    const text = this.text;
    const runEnd = nonSpaceEnd(text, i);
    const trimmed = trimmedEnd(text, i, runEnd);
    this.runEnd = runEnd;
    this.trimmedEnd = trimmed;
    this.lastWhite = lastWhiteBefore(text, i, trimmed);
    if (this.slashAt !== -1 && this.slashAt < i) this.findSlash(i);
    else this.slashFacts(i);
  }

  private findSlash(i: number): void {
    this.slashAt = this.text.indexOf('/', i);
    this.slashFacts(i);
  }

  /** Facts about the slash, looking back no further than `from` (later questions start there or after). */
  private slashFacts(from: number): void {
    const text = this.text;
    const slash = this.slashAt;
    if (slash < 0 || slash >= this.runEnd) return;
    const lastDot = lastDotBefore(text, from, slash);
    this.lastDot = lastDot;
    this.tldOk = lastDot >= 0 && letterRunEnd(text, lastDot + 1, slash) === slash && slash - lastDot - 1 >= 2;
    this.doubleDot = lastDoubleDot(text, from, lastDot - 1);
  }
}

// The scans are small functions that only return a position: a long run makes V8 compile a
// loop on the fly, and code after such a loop in the same function had no type feedback yet,
// which cost a deoptimisation on every later call.

/** First position from i on that is a space, a line break or an Arabic letter. */
function nonSpaceEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const cls = charClass(text.charCodeAt(j));
    if (cls === C_SPACE || cls === C_NEWLINE || cls === C_AR_LETTER) break;
    j++;
  }
  return j;
}

/** End of text[i, end) without its trailing punctuation. */
function trimmedEnd(text: string, i: number, end: number): number {
  let e = end;
  while (e > i && TRAILING_PUNCT.includes(text[e - 1])) e--;
  return e;
}

/** Last position in [i, end) of a character \s matches that is no space or line break (U+3000, U+FEFF), or -1. */
function lastWhiteBefore(text: string, i: number, end: number): number {
  for (let k = end - 1; k >= i; k--) if (text.charCodeAt(k) >= 0x3000 && WHITE.test(text[k])) return k;
  return -1;
}

/** First position from i on that cannot be in a domain name. */
function domainEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && isDomainChar(text.charCodeAt(j))) j++;
  return j;
}

/** Last '.' in [from, end), or -1. */
function lastDotBefore(text: string, from: number, end: number): number {
  for (let d = end - 1; d >= from; d--) if (text.charCodeAt(d) === 0x2e) return d;
  return -1;
}

/** First position in [i, end) that is not an ASCII letter, or end. */
function letterRunEnd(text: string, i: number, end: number): number {
  let k = i;
  while (k < end && isAsciiLetter(text.charCodeAt(k))) k++;
  return k;
}

/** Last p in [from, last] with '..' at p, or -1. */
function lastDoubleDot(text: string, from: number, last: number): number {
  for (let p = last; p >= from; p--) if (text.charCodeAt(p) === 0x2e && text.charCodeAt(p + 1) === 0x2e) return p;
  return -1;
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
