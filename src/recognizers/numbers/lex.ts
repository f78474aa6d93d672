/**
 * The vocabularies of src/lexicon compiled once, at module load, into Maps keyed by
 * foldKey() of the normalised form; and the word look-up that strips proclitics and the
 * article itself (the tokenizer's clitic analysis is tuned for names, not number words).
 */
import { foldKey } from '../../text/normalize.js';
import type { TextToken } from '../../text/tokenize.js';
import { NUMBER_WORDS, DECIMAL_POINT_WORDS, SIGN_WORDS, RATIO_CUES, RATIO_JOINERS, type NumberWord } from '../../lexicon/numbers.js';
import { CURRENCY_WORDS, CURRENCY_ADJECTIVES, CURRENCY_SYMBOLS, CURRENCY_ABBREVIATIONS, ISO_CODES, COUNTRY_CUES, THREE_DECIMAL_CURRENCIES, type CurrencyWord } from '../../lexicon/currencies.js';
import { UNIT_WORDS, UNIT_MODIFIERS, LATIN_UNITS, DUAL_COUNT_NOUNS, SCORE_NOUNS, SCORE_JOINERS, type UnitWord } from '../../lexicon/units.js';

function compile<T>(entries: readonly T[], forms: (e: T) => readonly string[]): Map<string, T> {
  const m = new Map<string, T>();
  for (const e of entries) for (const f of forms(e)) {
    const k = foldKey(f);
    if (!m.has(k)) m.set(k, e);
  }
  return m;
}

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

/** ك ("like") is left out: it rarely precedes a number and كمية is not ك + مية. */
const PREFIXES = ['وب', 'ول', 'فب', 'فل', 'و', 'ف', 'ب', 'ل'];
const AL = 'ال';

/**
 * Look a token up in a folded-form Map: the whole word, then without the article, then
 * without one or two proclitics (and the article after them; لل is ل + ال). A preposition
 * (ب ل) is only stripped before a word of three letters or more (لست is not ل + ست).
 */
export function lookupWord<T>(map: ReadonlyMap<string, T>, t: TextToken): WordHit<T> | null {
  if (t.kind !== 'arabic' || t.text.length === 0) return null;
  // The tokenizer's key is the folded word when it split nothing off: no allocation then.
  const folded = t.proclitics.length === 0 && !t.article && t.enclitic === null && t.key.length === t.text.length ? t.key : foldKey(t.text);
  let e = map.get(folded);
  if (e !== undefined) return { entry: e, start: t.start, article: false, prefix: '' };
  if (folded.length > 3 && folded.startsWith(AL)) {
    e = map.get(folded.slice(2));
    if (e !== undefined) return { entry: e, start: t.start, article: true, prefix: '' };
  }
  const c0 = folded.charCodeAt(0);
  // و ف ب ل
  if (c0 !== 0x0648 && c0 !== 0x0641 && c0 !== 0x0628 && c0 !== 0x0644) return null;
  const c1 = folded.charCodeAt(1);
  for (const p of PREFIXES) {
    if (p.charCodeAt(0) !== c0 || (p.length === 2 && p.charCodeAt(1) !== c1)) continue;
    if (folded.length <= p.length + 1) continue;
    const rest = folded.slice(p.length);
    const prep = p.includes('ب') || p.includes('ل') || p.includes('ك');
    e = map.get(rest);
    if (e !== undefined && (rest.length > 2 || !prep)) return { entry: e, start: t.start + p.length, article: false, prefix: p };
    if (rest.length > 3 && rest.startsWith(AL)) {
      e = map.get(rest.slice(2));
      if (e !== undefined) return { entry: e, start: t.start + p.length, article: true, prefix: p };
    }
    if (p.endsWith('ل') && rest.length > 2 && rest.charCodeAt(0) === 0x0644) {
      e = map.get(rest.slice(1));
      if (e !== undefined) return { entry: e, start: t.start + p.length, article: true, prefix: p };
    }
  }
  return null;
}
