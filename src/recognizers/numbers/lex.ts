/**
 * The vocabularies of src/lexicon compiled once, at module load, into Maps keyed by
 * foldKey() of the normalised form; and the one way number words are read: through the
 * document's reading layer (src/text/readings.ts) with the `numbers` proclitic context.
 */
import { foldKey } from '../../text/normalize.js';
import type { Readings, ReadOptions } from '../../text/readings.js';
import { NUMBER_WORDS, DECIMAL_POINT_WORDS, SIGN_WORDS, RATIO_CUES, RATIO_JOINERS, type NumberWord } from '../../lexicon/numbers.js';
import { CURRENCY_WORDS, CURRENCY_ADJECTIVES, CURRENCY_SYMBOLS, CURRENCY_ABBREVIATIONS, ISO_CODES, COUNTRY_CUES, THREE_DECIMAL_CURRENCIES, type CurrencyWord } from '../../lexicon/currencies.js';
import { UNIT_WORDS, UNIT_MODIFIERS, LATIN_UNITS, DUAL_COUNT_NOUNS, SCORE_NOUNS, SCORE_JOINERS, type UnitWord } from '../../lexicon/units.js';

/**
 * A compiled vocabulary: folded form → entry, plus the last two letters of every form. The
 * reading layer only strips letters off the front of a word, so a token whose last two
 * letters end no form cannot be in the vocabulary: most tokens are rejected without
 * building their readings.
 */
export class Vocab<T> extends Map<string, T> {
  /** The last three letters of the forms of three letters or more, as tailCode(). */
  private readonly tails3 = new Set<number>();
  /** The forms of one or two letters, as tailCode() of what they are. */
  private readonly short = new Set<number>();

  static of<T>(entries: readonly T[], forms: (e: T) => readonly string[]): Vocab<T> {
    const m = new Vocab<T>();
    for (const e of entries) for (const f of forms(e)) {
      const k = foldKey(f);
      if (m.has(k)) continue;
      m.set(k, e);
      if (k.length >= 3) m.tails3.add(tailCode(k, 3));
      else m.short.add(tailCode(k, k.length) + k.length * 0x40000000);
    }
    return m;
  }

  /** Whether some form ends as the folded word f does (a necessary condition for a hit). */
  mayHold(f: string): boolean {
    const n = f.length;
    if (n >= 3 && this.tails3.has(tailCode(f, 3))) return true;
    if (this.short.size === 0 || n === 0) return false;
    return (n >= 2 && this.short.has(tailCode(f, 2) + 2 * 0x40000000)) || this.short.has(tailCode(f, 1) + 0x40000000);
  }
}

/**
 * The last k (≤ 3) code units of s packed into 30 bits (10 low bits each: the Arabic block
 * keeps them distinct); a small integer, cheap to hash. Equal tails give equal codes, so the
 * filter never rejects a word the vocabulary holds.
 */
function tailCode(s: string, k: number): number {
  const n = s.length;
  let c = 0;
  for (let x = n - k; x < n; x++) c = c * 1024 + (s.charCodeAt(x) & 1023);
  return c;
}

const compile = Vocab.of;

export const NUMBER_WORD_MAP = compile(NUMBER_WORDS, (e) => e.forms);
export const DECIMAL_POINT = new Set(DECIMAL_POINT_WORDS.map((d) => foldKey(d.form)));
export const CURRENCY_WORD_MAP = compile(CURRENCY_WORDS, (e) => e.forms);
/** Base currency word (folded) of each entry, to check an adjective's base. */
export const CURRENCY_BASE = new Map<CurrencyWord, string>(CURRENCY_WORDS.map((c) => [c, foldKey(c.forms[0])]));
export const CURRENCY_ADJ_MAP = new Map<string, Array<{ base: Set<string>; iso: string }>>();
for (const a of CURRENCY_ADJECTIVES) {
  for (const f of a.forms) {
    const k = foldKey(f);
    const list = CURRENCY_ADJ_MAP.get(k) ?? [];
    list.push({ base: new Set(a.base.map(foldKey)), iso: a.iso });
    CURRENCY_ADJ_MAP.set(k, list);
  }
}
export const CURRENCY_SYMBOL_MAP = new Map(CURRENCY_SYMBOLS.map((s) => [s.symbol, s]));
export const CURRENCY_ABBREV = CURRENCY_ABBREVIATIONS.map((a) => ({ letters: a.letters.map(foldKey), iso: a.iso }));
export const ISO_CODE_SET = new Set(ISO_CODES);
export const COUNTRY_CUE_MAP = compile(COUNTRY_CUES, (e) => e.forms);
export const UNIT_WORD_MAP = compile(UNIT_WORDS, (e) => e.forms);
export const UNIT_MODIFIER_MAP = new Map<string, Array<{ base: string; unit: string }>>();
for (const m of UNIT_MODIFIERS) {
  for (const f of m.forms) {
    const k = foldKey(f);
    const list = UNIT_MODIFIER_MAP.get(k) ?? [];
    list.push({ base: m.base, unit: m.unit });
    UNIT_MODIFIER_MAP.set(k, list);
  }
}
export const LATIN_UNIT_MAP = compile(LATIN_UNITS, (e) => e.forms);
export const DUAL_COUNT_MAP = compile(DUAL_COUNT_NOUNS, (e) => e.forms);
export const SIGN_WORD_SET = new Set(SIGN_WORDS.map((w) => foldKey(w.form)));
export const RATIO_CUE_MAP = compile(RATIO_CUES, (e) => [e.form]);
export const RATIO_JOINER_LIST = RATIO_JOINERS.map((j) => ({ words: j.words.map(foldKey), afterCue: j.afterCue }));
export const THREE_DECIMAL_SET = new Set(THREE_DECIMAL_CURRENCIES.map((c) => c.iso));
export const SCORE_NOUN_MAP = compile(SCORE_NOUNS, (e) => e.forms);
export const SCORE_JOINER_SET = new Set(SCORE_JOINERS.map((j) => foldKey(j.form)));

export type { NumberWord, CurrencyWord, UnitWord };

/** A dictionary hit on one token. */
export interface WordHit<T> {
  entry: T;
  /** Normalised offset where a mention of the word starts (after proclitics, article kept). */
  start: number;
  article: boolean;
  /** Folded proclitics that were stripped ('' when none). */
  prefix: string;
}

/**
 * How a number, currency, unit or cue word is read through the reading layer: the whole
 * word, without the article, or after a proclitic of the table's `numbers` context (و ف ب
 * ل and their pairs: ك is left out, كمية is not ك + مية), the article after it too (لل is
 * ل + ال). A preposition is only stripped before three letters or more (لست is not ل + ست).
 */
export const NUMBER_READ: ReadOptions = { proclitics: 'numbers', article: true, minAfterPreposition: 3 };

/** Look token i up in a folded-form Map through the document's readings. */
export function lookupWord<T>(rd: Readings, i: number, map: Vocab<T>): WordHit<T> | null {
  const f = rd.folded(i);
  if (f === '' || !map.mayHold(f)) return null;
  const h = rd.lookup(i, map, NUMBER_READ);
  return h ? { entry: h.entry, start: h.reading.start, article: h.reading.article, prefix: h.reading.prefix } : null;
}
