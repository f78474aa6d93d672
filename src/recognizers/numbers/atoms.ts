/**
 * Token-level reading shared by the parsers: one "atom" is a digit token or a number word
 * (with its proclitics and article stripped), optionally preceded by the conjunction و
 * (a separate token or a proclitic). Words are read through the document's reading layer
 * (src/text/readings.ts); word hits and atoms are memoised per token index, per document.
 */
import type { TextToken } from '../../text/tokenize.js';
import type { Readings } from '../../text/readings.js';
import type { NumberWord, NumberWordCategory } from '../../lexicon/numbers.js';
import { NUMBER_WORD_MAP, lookupWord, type WordHit, type Vocab } from './lex.js';
import { parseDigits } from './digits.js';

export interface Atom {
  kind: 'digits' | NumberWordCategory;
  value: number;
  entry: NumberWord | null;
  /** Token index of the atom itself. */
  tok: number;
  start: number;
  end: number;
  /** Token index after the atom. */
  next: number;
  /** Preceded by و (a proclitic or a separate token). */
  conj: boolean;
  article: boolean;
  /** Proclitics other than the joining و ('' when none). */
  prefix: string;
}

export class Reader {
  readonly tokens: readonly TextToken[];
  private readonly hits: Array<WordHit<NumberWord> | null | undefined>;
  /**
   * atom(j) memoised per token: the parsers ask for the same token many times (ordinal,
   * cardinal, scale after it, range end …). For a و token it is the joined atom after it.
   * Atoms are shared, so callers must not mutate them.
   */
  private readonly atoms: Array<Atom | null | undefined>;

  constructor(readonly rd: Readings) {
    this.tokens = rd.tokens;
    this.hits = new Array(rd.tokens.length);
    this.atoms = new Array(rd.tokens.length);
  }

  private roundIn = NaN;
  private roundOut = NaN;

  /**
   * v rounded to 15 significant digits. An integer below 10^15 is already exact (and -0
   * becomes 0); toPrecision is slow and the same value often recurs in one document (a table
   * of prices, 2,5 … 2,5), so the last one is kept, for this document only.
   */
  round15(v: number): number {
    if (Number.isInteger(v) && Math.abs(v) < 1e15) return v === 0 ? 0 : v;
    if (v !== this.roundIn) {
      this.roundOut = Number(v.toPrecision(15));
      this.roundIn = v;
    }
    return this.roundOut;
  }

  /** The folded word of token j (the reading layer's key; '' for a token that is not Arabic). */
  folded(j: number): string {
    return this.rd.folded(j);
  }

  /** Token j looked up in a vocabulary the way number words are read (NUMBER_READ). */
  lookup<T>(map: Vocab<T>, j: number): WordHit<T> | null {
    return lookupWord(this.rd, j, map);
  }

  hit(j: number): WordHit<NumberWord> | null {
    let h = this.hits[j];
    if (h === undefined) {
      const t = this.tokens[j];
      h = lookupWord(this.rd, j, NUMBER_WORD_MAP);
      // A fraction with a pronoun suffix: ثلثهم, نصفها, خمسهم (the tokenizer split the enclitic off).
      if (!h && t.kind === 'arabic' && t.enclitic !== null && t.key.length > 0) {
        const e = NUMBER_WORD_MAP.get(t.key);
        if (e && (e.cat === 'fraction' || e.fraction !== undefined)) h = { entry: e, start: t.bodyStart, article: t.article, prefix: '' };
      }
      this.hits[j] = h;
    }
    return h;
  }

  /** The conjunction و as a token of its own (spaced, or glued to digits: و18). */
  isConjToken(j: number): boolean {
    const t = this.tokens[j];
    return t !== undefined && t.kind === 'arabic' && t.text === 'و';
  }

  /**
   * Read an atom at token j. With `allowConj`, a leading و (token or proclitic) is accepted
   * and flagged; without it, a word whose only proclitic is و still reads (the span starts
   * after the و) but is flagged too, so callers can tell.
   */
  atom(j: number, allowConj: boolean): Atom | null {
    const t = this.tokens[j];
    if (t === undefined) return null;
    const conjToken = this.isConjToken(j);
    if (conjToken && !allowConj) return null;
    let a = this.atoms[j];
    if (a === undefined) {
      a = conjToken ? this.joined(j) : this.read(j, t);
      this.atoms[j] = a;
    }
    return a;
  }

  /** The atom after a separate و token, flagged as joined. */
  private joined(j: number): Atom | null {
    const b = this.atom(j + 1, false);
    if (!b || b.conj || b.prefix !== '') return null;
    return { kind: b.kind, value: b.value, entry: b.entry, tok: b.tok, start: b.start, end: b.end, next: b.next, conj: true, article: b.article, prefix: b.prefix };
  }

  /**
   * Thousands grouped by single spaces, as much of the press prints them: 2 350 000. A head
   * of one to three plain digits, then groups of exactly three digits, each one space after
   * the last on the same line; the head must not itself follow a spaced digit group.
   */
  private spaceGrouped(j: number): Atom | null {
    const toks = this.tokens;
    const t = toks[j];
    if (!PLAIN_HEAD.test(t.text)) return null;
    const prev = toks[j - 1];
    if (prev && prev.kind === 'number' && prev.end + 1 === t.start) return null;
    let k = j;
    let digits = t.text;
    while (k + 1 < toks.length) {
      const n = toks[k + 1];
      if (n.kind !== 'number' || !PLAIN_GROUP.test(n.text) || n.newlineBefore || n.start !== toks[k].end + 1) break;
      const after = toks[k + 2];
      // 350 000/2: a group glued to more punctuation and digits is something else.
      if (after && !after.spaceBefore && after.kind !== 'arabic' && after.kind !== 'latin' && toks[k + 3]?.kind === 'number' && !toks[k + 3].spaceBefore) break;
      digits += n.text;
      k++;
    }
    if (k === j) return null;
    return { kind: 'digits', value: Number(digits), entry: null, tok: j, start: t.start, end: toks[k].end, next: k + 1, conj: false, article: false, prefix: '' };
  }

  private read(j: number, t: TextToken): Atom | null {
    if (t.kind === 'number') {
      const g = this.spaceGrouped(j);
      if (g) return g;
      const v = parseDigits(t.text);
      if (v === null) return null;
      return { kind: 'digits', value: v, entry: null, tok: j, start: t.start, end: t.end, next: j + 1, conj: false, article: false, prefix: '' };
    }
    const h = this.hit(j);
    if (!h) return null;
    const e = h.entry;
    let prefix = h.prefix;
    let conj = false;
    if (prefix.startsWith('و')) {
      conj = true;
      prefix = prefix.slice(1);
    }
    return { kind: e.cat, value: e.value, entry: e, tok: j, start: h.start, end: t.end, next: j + 1, conj, article: h.article, prefix };
  }
}

const PLAIN_HEAD = /^[0-9]{1,3}$/;
const PLAIN_GROUP = /^[0-9]{3}$/;

export function isPunctText(t: TextToken | undefined, s: string): boolean {
  return t !== undefined && (t.kind === 'punct' || t.kind === 'symbol' || t.kind === 'other') && t.text === s;
}

/** The token sits right after the previous one, no space between. */
export function glued(t: TextToken | undefined): boolean {
  return t !== undefined && !t.spaceBefore;
}
