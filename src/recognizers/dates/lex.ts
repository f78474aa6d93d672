/** Compiled vocabularies and token-level look-ups for the date parsers. */
import { HOLIDAYS } from '../../lexicon/holidays.js';
import { foldKey } from '../../text/normalize.js';
import type { TextToken } from '../../text/tokenize.js';
import type { Reading, Readings } from '../../text/readings.js';
import { Reader as NumberReader } from '../numbers/atoms.js';
import { parseCardinal } from '../numbers/words.js';
import { GREGORIAN_MONTHS, HIJRI_MONTHS, type MonthName } from '../../lexicon/months.js';
import { WEEKDAYS, DUAL_CONTEXT_AFTER, DUAL_CONTEXT_BEFORE, type WeekdayName } from '../../lexicon/weekdays.js';
import {
  DAY_WORDS, DAY_PHRASES, DIRECTION_WORDS, PERIOD_WORDS, GREGORIAN_YEAR_MARKS, HIJRI_YEAR_MARKS, MONTH_PARTS,
  FUTURE_MARKERS, NOT_FUTURE_S, type DayWord, type Direction,
} from '../../lexicon/relative-dates.js';
import { DATE_NUMBER_WORDS, HOUR_FRACTIONS, DAY_PERIODS, type DateNumberWord } from './numwords.js';

function compile<T>(entries: readonly T[], forms: (e: T) => readonly string[]): Map<string, T> {
  const m = new Map<string, T>();
  for (const e of entries) for (const f of forms(e)) if (!m.has(foldKey(f))) m.set(foldKey(f), e);
  return m;
}
const set = (xs: readonly string[]) => new Set(xs.map(foldKey));

export interface MonthEntry { month: number; hijri: boolean; ambiguous: boolean; rest: string[]; source: MonthName }
/** First word of a month name → candidates with the remaining words (longest first). */
export const MONTH_FIRST = new Map<string, MonthEntry[]>();
for (const [list, hijri] of [[GREGORIAN_MONTHS, false], [HIJRI_MONTHS, true]] as const) {
  for (const e of list) {
    for (const f of e.forms) {
      const words = f.split(' ').map(foldKey);
      const first = words[0].startsWith('ال') && words[0].length > 3 ? words[0].slice(2) : words[0];
      const arr = MONTH_FIRST.get(first) ?? [];
      arr.push({ month: e.month, hijri, ambiguous: !!e.ambiguous, rest: words.slice(1), source: e });
      arr.sort((a, b) => b.rest.length - a.rest.length);
      MONTH_FIRST.set(first, arr);
    }
  }
}
export const WEEKDAY_MAP = compile<WeekdayName>(WEEKDAYS, (e) => e.forms);
export const DUAL_BEFORE = set(DUAL_CONTEXT_BEFORE.map((d) => d.form));
export const DUAL_AFTER = set(DUAL_CONTEXT_AFTER.map((d) => d.form));
export const DAY_WORD_MAP = compile<DayWord>(DAY_WORDS, (e) => e.forms);
export const DAY_PHRASE_LIST = DAY_PHRASES.map((p) => ({ ...p, words: p.words.map(foldKey) }));
export const DIRECTION_MAP: Map<string, { dir: Direction }> = compile(DIRECTION_WORDS, (e) => e.forms);
export const PERIOD_MAP = compile(PERIOD_WORDS, (e) => e.forms);
export const GREG_YEAR_MARK = set(GREGORIAN_YEAR_MARKS.map((m) => m.form));
export const HIJRI_YEAR_MARK = set(HIJRI_YEAR_MARKS.map((m) => m.form));
export const MONTH_PART_MAP = compile(MONTH_PARTS, (e) => e.forms);
export const FUTURE_SET = set(FUTURE_MARKERS.map((m) => m.form));
export const NOT_FUTURE_S_SET = set(NOT_FUTURE_S);
export const NUMWORD_MAP = compile<DateNumberWord>(DATE_NUMBER_WORDS, (e) => e.forms);
export const FRACTION_MAP = compile(HOUR_FRACTIONS, (e) => e.forms);
export const DAY_PERIOD_LIST = DAY_PERIODS.flatMap((p) => p.words.length === 1
  ? [{ words: [foldKey(p.words[0])], pm: p.pm }]
  : [{ words: p.words.map(foldKey), pm: p.pm }]);
for (const p of DAY_PERIODS) if (p.words.length === 1 && p.words[0] === 'مساءا') DAY_PERIOD_LIST.push({ words: ['مساء'], pm: true });

/** A reading of a token as the date rules see it (the reading layer's, src/text/readings.ts). */
export type Variant = Reading;

const NO_VARIANTS: readonly Reading[] = Object.freeze([]);

/**
 * The dates rules' view of the document: the reading layer plus token tests, seen from the
 * token an expression starts at (`anchor`). `sameLine(k)` holds when token k continues the
 * line, or is the anchor itself (an expression may start a line). Immutable: a rule asks
 * `at(i)` for the view of another start; the readings are shared.
 */
export class DateReader {
  /** Grammar results at the anchor by grammar number, so rules sharing a grammar run it once per start. */
  private memo: unknown[] | null = null;
  /** Per-document values the views share (the number-word reader, built on first use). */
  private readonly shared: { numbers?: NumberReader; read: (i: number) => readonly Reading[] };
  constructor(readonly readings: Readings, readonly anchor = -1, shared?: { numbers?: NumberReader; read: (i: number) => readonly Reading[] }) {
    this.shared = shared ?? { read: readings.reader('dates') };
  }
  /** The numbers stage's word reader over this document (read-only use: years in words). */
  numbers(): NumberReader {
    return this.shared.numbers ?? (this.shared.numbers = new NumberReader(this.readings));
  }
  get toks(): readonly TextToken[] { return this.readings.tokens; }
  get n(): number { return this.readings.length; }
  /** The view of the document from token i. */
  at(i: number): DateReader { return new DateReader(this.readings, i, this.shared); }
  /** The result of grammar `g` (number `order` in the registry) at the anchor, computed once per view. */
  once<T>(order: number, g: (c: DateReader, i: number) => T): T {
    const memo = this.memo ?? (this.memo = new Array(24));
    const hit = memo[order];
    if (hit !== undefined) return hit as T;
    const r = g(this, this.anchor);
    memo[order] = r;
    return r;
  }
  /** The readings of an Arabic token a date word may have (none for other tokens); shared, never mutate. */
  variants(i: number): readonly Variant[] {
    if (i < 0 || i >= this.readings.length) return NO_VARIANTS;
    return this.shared.read(i);
  }
  /** The first reading (of the `dates` context) whose key is in the map. `proclitics`: allow a stripped prefix. */
  look<T>(i: number, map: ReadonlyMap<string, T>, proclitics = true): { e: T; v: Variant } | null {
    const vs = this.variants(i);
    for (let x = 0; x < vs.length; x++) {
      const v = vs[x];
      if (!proclitics && v.prefix) continue;
      const e = map.get(v.key);
      if (e !== undefined) return { e, v };
    }
    return null;
  }
  /** The first reading (of the `dates` context) whose key is one of `keys`. */
  has(i: number, keys: ReadonlySet<string> | readonly string[], proclitics = false): Variant | null {
    const vs = this.variants(i);
    if (vs.length === 0) return null;
    const list = Array.isArray(keys) ? (keys as readonly string[]) : null;
    for (let x = 0; x < vs.length; x++) {
      const v = vs[x];
      if (!proclitics && v.prefix) continue;
      if (list ? list.includes(v.key) : (keys as ReadonlySet<string>).has(v.key)) return v;
    }
    return null;
  }
  /** Exact folded word, no stripping. */
  word(i: number): string { return this.readings.folded(i); }
  tok(i: number): TextToken | undefined { return this.readings.tokens[i]; }
  punct(i: number, chars: string): boolean { const t = this.tok(i); return !!t && (t.kind === 'punct' || t.kind === 'symbol') && chars.includes(t.text); }
  digits(i: number): number | null { const t = this.tok(i); return t && t.kind === 'number' && /^\d{1,4}$/.test(t.text) ? parseInt(t.text, 10) : null; }
  /** Token i continues the same line (or is where the expression starts). */
  sameLine(i: number): boolean { const t = this.tok(i); return !!t && (!t.newlineBefore || i === this.anchor); }
  /** No space between token i-1 and i. */
  glued(i: number): boolean { const t = this.tok(i); return !!t && !t.spaceBefore; }
}

/** A year in words at token k (ألفين وعشرين, ألف وتسعمائة وتسعين): the numbers stage's word parser, read-only. */
export function wordYear(c: DateReader, k: number): { value: number; j: number } | null {
  if (!c.sameLine(k) || c.tok(k)?.kind !== 'arabic') return null;
  const p = parseCardinal(c.numbers(), k);
  if (!p || !p.words || p.digits || p.value < 1000 || p.value > 2200 || !Number.isInteger(p.value)) return null;
  if (p.next - 1 >= c.n || !c.sameLine(p.next - 1)) return null;
  return { value: p.value, j: p.next };
}

export interface NumRead { value: number; j: number; start: number; ordinal: boolean; word: boolean; cardinal: boolean }

/**
 * A number in digits or words at token i: 15, الخامس عشر, الحادي والعشرين, ثلاثة وعشرون.
 * `allowW`: the first word may carry و (inside compounds).
 */
export function readNumber(c: DateReader, i: number, allowW = false, single = false): NumRead | null {
  const t = c.tok(i);
  if (!t) return null;
  const d = c.digits(i);
  if (d !== null) return { value: d, j: i + 1, start: t.start, ordinal: false, word: false, cardinal: true };
  const h = c.look(i, NUMWORD_MAP);
  if (!h) return null;
  if (h.v.prefix && !(allowW && h.v.prefix === 'و')) return null;
  let { value } = h.e;
  const { cat } = h.e;
  let ordinal = cat === 'ordinal';
  let j = i + 1;
  if (cat === 'tens') return { value, j, start: h.v.start, ordinal: h.v.article, word: true, cardinal: !h.v.article };
  if (cat === 'ten') return { value, j, start: h.v.start, ordinal: false, word: true, cardinal: true };
  if (single) return cat === 'compound' ? null : { value, j, start: h.v.start, ordinal, word: true, cardinal: cat === 'cardinal' };
  // teen: unit + عشر/عشرة
  const teen = c.look(j, NUMWORD_MAP, false);
  if (teen && teen.e.cat === 'ten' && value < 10 && c.sameLine(j)) {
    return { value: value + 10, j: j + 1, start: h.v.start, ordinal: ordinal || cat === 'compound', word: true, cardinal: !ordinal };
  }
  // unit + و + tens
  const tens = c.look(j, NUMWORD_MAP);
  if (tens && tens.e.cat === 'tens' && tens.v.prefix === 'و' && value < 10 && c.sameLine(j)) {
    return { value: value + tens.e.value, j: j + 1, start: h.v.start, ordinal: ordinal || cat === 'compound' || tens.v.article, word: true, cardinal: !ordinal };
  }
  if (cat === 'compound') return null;
  if (value === 10 && cat !== 'ordinal') ordinal = false;
  return { value, j, start: h.v.start, ordinal, word: true, cardinal: cat === 'cardinal' };
}

/** Words an expression can start with: the scanner skips every other Arabic token. */
export const STARTERS = new Set<string>([
  ...MONTH_FIRST.keys(), ...WEEKDAY_MAP.keys(), ...DAY_WORD_MAP.keys(), ...PERIOD_MAP.keys(), ...MONTH_PART_MAP.keys(), ...NUMWORD_MAP.keys(),
  ...DAY_PHRASE_LIST.map((p) => p.words[0]),
  // A holiday's first word, and without its article (بالمولد النبوي: the token's key is مولد).
  ...HOLIDAYS.flatMap((h) => (h.words[0].startsWith('ال') ? [h.words[0], h.words[0].slice(2)] : [h.words[0]])),
  ...['هذا', 'هذه', 'يوم', 'قبل', 'منذ', 'من', 'بعد', 'ساعه', 'الان', 'حالا', 'عام', 'سنه', 'شهر', 'اخر', 'ثان', 'لعام', 'لسنه', 'صباح', 'مساء', 'ظهر', 'فجر', 'عصر', 'ليله', 'منتصف'].map(foldKey),
]);
