/**
 * The number readers the rules of rules.ts call: each looks at token i through the
 * document's Reader (atoms over the reading layer) and returns the mention it reads (its
 * candidate without `source`, which the stage stamps with the rule's id) or null. Policies
 * are in index.ts; vocabulary in src/lexicon/.
 */
import type { NumberCandidate } from '../../pipeline/stage.js';
import type { TextToken } from '../../text/tokenize.js';
import type { Readings, ReadOptions } from '../../text/readings.js';
import type { NumberKind } from '../../schema/mention.js';
import { foldKey } from '../../text/normalize.js';
import { AGE_CUES } from '../../lexicon/units.js';
import { BARE_RANGE_JOINERS } from '../../lexicon/qualifiers.js';
import { YEAR_CUES, YEAR_CUE_PROCLITICS, WEAK_SINGLE_WORDS, NUMERAL_AFTER_NOUN } from '../../lexicon/numbers.js';
import { Reader, isPunctText, glued } from './atoms.js';
import { CountryContext } from './context.js';
import { CONF } from './confidence.js';
import { parseDigits } from './digits.js';
import {
  UNIT_WORD_MAP, CURRENCY_WORD_MAP, DUAL_COUNT_MAP, SIGN_WORD_SET, RATIO_CUE_MAP, RATIO_JOINER_LIST, THREE_DECIMAL_SET,
  SCORE_NOUN_MAP, SCORE_JOINER_SET,
} from './lex.js';
import { parseCardinal, parseOrdinal, parseSeveral, type NumberParse } from './words.js';
import { attachAfter, currencyBefore, type Attachment } from './units.js';
import { qualifierBefore, qualifierAfter, rangeOpenerBefore } from './qualifiers.js';

const AGE_BEFORE = new Set(AGE_CUES.before.map(foldKey));
const AGE_AFTER = new Set(AGE_CUES.after.map(foldKey));
const AGE_PEOPLE = new Set(AGE_CUES.people.map(foldKey));
const YEAR_CUE_SET = new Set(YEAR_CUES.map((c) => foldKey(c.form)));
const NUMERAL_AFTER = new Map<string, number>(NUMERAL_AFTER_NOUN.flatMap((n) => n.forms.map((f) => [foldKey(f), n.value] as [string, number])));
const BARE_JOINERS = new Set(BARE_RANGE_JOINERS.map((j) => foldKey(j.form)));
const CHAIN_SEPARATORS = new Set([':', '/', '-', '.', '–']);
/** Single words that are also ordinary words; alone, without a unit, they get less confidence. */
const WEAK_SINGLE = new Set(WEAK_SINGLE_WORDS.map((w) => foldKey(w.form)));
const YEAR_CUE_READ: ReadOptions = { proclitics: YEAR_CUE_PROCLITICS, article: false };

/** The stage's view of one document: its Reader and its country context for currencies. */
export interface NumberView {
  r: Reader;
  ctx: CountryContext;
}

export function numberView(rd: Readings): NumberView {
  const r = new Reader(rd);
  return { r, ctx: new CountryContext(r) };
}

/**
 * A number candidate as a reader builds it: `source` is left '' and the stage stamps the
 * id of the rule that found it (in place: the object is fresh and not yet shared).
 */
export type NumberFinding = NumberCandidate;

/**
 * One unit, scale or currency for a list (3 و5 و7 ملايين يورو: 3, 5 and 7 million euros
 * each). Bare numbers joined by و or a comma are held; when the next list item carries a
 * scale or a unit, the held ones take it (each keeps its own span). Anything else between
 * two numbers ends the list. Each mention is rewritten at most once: linear.
 */
export class ListShare {
  /** The held items and their stamped candidates (the objects in the stage's output). */
  private readonly hits: NumberHit[] = [];
  private readonly cands: NumberCandidate[] = [];
  constructor(private readonly r: Reader) {}

  add(m: NumberHit, cand: NumberCandidate): void {
    const n = this.hits.length;
    if (n > 0 && !this.joined(this.hits[n - 1].next, m.first)) this.clear();
    if (m.bare) {
      this.hits.push(m);
      this.cands.push(cand);
      return;
    }
    if (this.hits.length > 0 && m.shareable) {
      for (let x = 0; x < this.hits.length; x++) {
        const h = this.hits[x];
        const hc = this.cands[x];
        // An item with its own scale (2,5 مليون و3 ملايين دولار) takes only the unit.
        if (h.scale > 1 && !m.attached) continue;
        if (h.scale === 1 && m.scale > 1 && hc.value >= 1000) continue;
        if (h.scale === 1) hc.value = round(this.r, hc.value * m.scale);
        hc.kind = cand.kind;
        hc.currency = cand.currency;
        hc.unit = cand.unit;
      }
    }
    this.clear();
  }

  private clear(): void {
    this.hits.length = 0;
    this.cands.length = 0;
  }

  /** Token `k` (after the previous item) leads to `first` through و, a comma or both. */
  private joined(k: number, first: number): boolean {
    const toks = this.r.tokens;
    let j = k;
    if (isPunctText(toks[j], '،') || isPunctText(toks[j], ',')) j++;
    if (this.r.isConjToken(j)) j++;
    if (j !== first) return false;
    if (j > k) return true;
    const a = this.r.atom(first, false);
    return a !== null && a.conj;
  }
}

/**
 * Digits joined by Arabic commas with no space and no valid thousands grouping (3،5،7): a
 * list written without spaces; each item is its own cardinal. A valid grouping (45،250) is
 * one number (parseDigits); a comma followed by a space always separates items.
 */
export function commaList(t: TextToken, i: number): NumberHit[] | null {
  if (t.text.indexOf('،') < 0 || !/^[0-9]+(،[0-9]+)+$/.test(t.text) || parseDigits(t.text) !== null) return null;
  if (!/،[0-9]+،/.test(t.text) && /^[0-9]+،[0-9]{3}$/.test(t.text)) return null;
  const out: NumberHit[] = [];
  let at = t.start;
  for (const part of t.text.split('،')) {
    out.push({
      next: i + 1, first: i, bare: false, shareable: false, scale: 1, attached: false,
      cand: {
        type: 'number', source: '', start: at, end: at + part.length, confidence: CONF.digits,
        value: Number(part), kind: 'cardinal', currency: null, unit: null, approximate: false, comparator: null, range: null,
      },
    });
    at += part.length + 1;
  }
  return out;
}

/**
 * A score line is not a number (ANNOTATION.md): a side with a goal noun, مقابل, the other
 * side (بهدفين مقابل هدف, 3 أهداف مقابل 1, بهدف مقابل هدفين). Returns the token after it, or i.
 */
export function scoreEnd(r: Reader, i: number): number {
  const toks = r.tokens;
  // A side starts with digits, a number word or a goal noun.
  if (toks[i].kind !== 'number' && !r.hit(i) && !r.lookup(SCORE_NOUN_MAP, i)) return i;
  let hasJoiner = false;
  for (let j = i + 1; j <= i + 4 && j < toks.length; j++) {
    if (toks[j].kind === 'arabic' && SCORE_JOINER_SET.has(r.folded(j))) {
      hasJoiner = true;
      break;
    }
  }
  if (!hasJoiner) return i;
  const a = scoreSide(r, i);
  if (!a) return i;
  const j = toks[a.next];
  if (!j || j.kind !== 'arabic' || !SCORE_JOINER_SET.has(r.folded(a.next))) return i;
  const b = scoreSide(r, a.next + 1);
  if (!b || !(a.goal || b.goal)) return i;
  return b.next;
}

function scoreSide(r: Reader, j: number): { next: number; goal: boolean } | null {
  const t = r.tokens[j];
  if (!t) return null;
  const noun = r.lookup(SCORE_NOUN_MAP, j);
  if (noun && !noun.article && noun.entry.count !== null) return { next: j + 1, goal: true };
  const p = parseCardinal(r, j);
  if (!p || p.kind !== 'cardinal' || p.scale) return null;
  const n = r.tokens[p.next];
  const after = n ? r.lookup(SCORE_NOUN_MAP, p.next) : null;
  if (after && !after.article && after.prefix === '') return { next: p.next + 1, goal: true };
  return { next: p.next, goal: false };
}

/** Token index after a run that is not a number (phone, time, date-like chain, code), or i. */
export function nonNumberEnd(r: Reader, i: number, ctx: CountryContext): number {
  const toks = r.tokens;
  const t = toks[i];
  const prev = toks[i - 1];
  if (prev && glued(t)) {
    if (prev.kind === 'latin') return i + 1;
    // Digits glued to an Arabic word (ملف1, جزء1) are part of a label; a glued proclitic
    // (بـ250, و18) has an empty stem and is fine.
    if (prev.kind === 'arabic' && prev.stem !== '') return i + 1;
    if (prev.text === '+' ) return phoneEnd(r, i);
    if ((prev.text === '-' || prev.text === '/') && toks[i - 2] && glued(prev) && toks[i - 2].kind === 'latin') return i + 1;
  }
  const plain = /^[0-9]+$/.test(t.text);
  if (plain && t.text.length >= 9 && t.text[0] === '0') return phoneEnd(r, i);
  const spaced = spacedDateEnd(toks, i);
  if (spaced > i) return spaced;
  // A spaced hyphen pair of small numbers with no unit is a score too (فاز 2 - 1).
  const h = toks[i + 1];
  const b = toks[i + 2];
  if (h && b && (isPunctText(h, '-') || isPunctText(h, '–')) && h.spaceBefore && b.spaceBefore && b.kind === 'number' && /^[0-9]{1,2}$/.test(t.text) && /^[0-9]{1,2}$/.test(b.text) && !isPunctText(toks[i + 3], '-') && !attachAfter(r, i + 3, ctx) && !isPunctText(toks[i - 1], '-')) return i + 3;
  // Chains glued with : / - (09:30, 12/01/2022, 2022-01-09, 2-1).
  let j = i;
  let count = 1;
  let sep = '';
  while (true) {
    const s = toks[j + 1];
    const n = toks[j + 2];
    if (!s || !n || !glued(s) || !glued(n) || n.kind !== 'number' || !CHAIN_SEPARATORS.has(s.text)) break;
    if (s.kind !== 'punct' && s.kind !== 'symbol' && s.kind !== 'other') break;
    sep = sep || s.text;
    j += 2;
    count++;
  }
  if (count >= 3) return j + 1;
  if (count === 2) {
    if (sep === ':' || sep === '.') return j + 1;
    if (sep === '-' || sep === '–') {
      // A hyphen pair is a range only with a unit/currency/percent after it.
      if (attachAfter(r, j + 1, ctx)) return i;
      return j + 1;
    }
  }
  // Digits glued to Latin letters that are no unit (4G, 5G).
  const next = toks[i + 1];
  if (next && next.kind === 'latin' && glued(next) && !attachAfter(r, i + 1, ctx) && !exponentAfter(r, i + 1)) return i + 2;
  return i;
}

/**
 * A day / month / year chain written with spaced slashes, the year maybe in parentheses
 * (29 / 12 / 2011, 21 / 4 / ( 1942 )): a date, never three numbers. Day 1–31, month 1–12
 * (either order), year of 2 or 4 digits. Returns the token after the chain, or i.
 */
function spacedDateEnd(toks: readonly TextToken[], i: number): number {
  const a = toks[i];
  const s1 = toks[i + 1];
  const b = toks[i + 2];
  const s2 = toks[i + 3];
  if (!isPunctText(s1, '/') || !b || b.kind !== 'number' || !isPunctText(s2, '/')) return i;
  if (!s1.spaceBefore && !b.spaceBefore) return i; // glued chains are handled by the caller
  let k = i + 4;
  const open = isPunctText(toks[k], '(');
  if (open) k++;
  const c = toks[k];
  if (!c || c.kind !== 'number' || !/^[0-9]{2}([0-9]{2})?$/.test(c.text)) return i;
  const d = Number(a.text);
  const m = Number(b.text);
  if (!/^[0-9]{1,2}$/.test(a.text) || !/^[0-9]{1,2}$/.test(b.text) || d < 1 || m < 1 || (d > 12 && m > 12) || d > 31 || m > 31) return i;
  k++;
  if (open && isPunctText(toks[k], ')')) k++;
  return k;
}

/** Scientific notation after a digit token: e6, E-3, ×10^6, x 10⁶. */
function exponentAfter(r: Reader, k: number): { exp: number; next: number; end: number } | null {
  const toks = r.tokens;
  const t = toks[k];
  if (!t || !glued(t)) return null;
  if (t.kind === 'latin') {
    const m = /^[eE]([0-9]{1,3})$/.exec(t.text);
    if (m) return { exp: Number(m[1]), next: k + 1, end: t.end };
    const sign = toks[k + 1];
    const n = toks[k + 2];
    if ((t.text === 'e' || t.text === 'E') && (isPunctText(sign, '-') || isPunctText(sign, '+')) && glued(sign) && n && n.kind === 'number' && glued(n) && /^[0-9]{1,3}$/.test(n.text)) {
      return { exp: (sign.text === '-' ? -1 : 1) * Number(n.text), next: k + 3, end: n.end };
    }
    return null;
  }
  return null;
}

/** ×10^6 / × 10 ^ 6 / x10⁶ after a digit token (spaces allowed around ×). */
function timesTenAfter(r: Reader, k: number): { exp: number; next: number; end: number } | null {
  const toks = r.tokens;
  const x = toks[k];
  if (!x || !(isPunctText(x, '×') || (x.kind === 'latin' && x.text === 'x'))) return null;
  const ten = toks[k + 1];
  if (!ten || ten.kind !== 'number' || ten.text !== '10') return null;
  const caret = toks[k + 2];
  if (isPunctText(caret, '^')) {
    let j = k + 3;
    let sign = 1;
    if (isPunctText(toks[j], '-')) {
      sign = -1;
      j++;
    }
    const e = toks[j];
    if (e && e.kind === 'number' && /^[0-9]{1,3}$/.test(e.text)) return { exp: sign * Number(e.text), next: j + 1, end: e.end };
    return null;
  }
  if (caret && glued(caret) && caret.kind === 'other') {
    let exp = '';
    let j = k + 2;
    let end = ten.end;
    while (toks[j] && glued(toks[j]) && toks[j].text.length === 1 && SUPERSCRIPTS.includes(toks[j].text)) {
      exp += String(SUPERSCRIPTS.indexOf(toks[j].text));
      end = toks[j].end;
      j++;
    }
    if (exp.length > 0 && exp.length <= 3) return { exp: Number(exp), next: j, end };
  }
  return null;
}

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

function phoneEnd(r: Reader, i: number): number {
  let j = i + 1;
  while (j < r.tokens.length && (r.tokens[j].kind === 'number' || (r.tokens[j].text === '-' && glued(r.tokens[j])))) j++;
  return j;
}

export interface NumberHit {
  cand: NumberFinding;
  next: number;
  /** Token index where the number itself starts (after a qualifier or opener). */
  first: number;
  /** A plain cardinal with nothing attached: it may take a list's scale or unit. */
  bare: boolean;
  /** It carries a scale or unit that the bare items before it may share. */
  shareable: boolean;
  /** Scale of its last group (1 when none). */
  scale: number;
  /** A unit, percent or currency follows it. */
  attached: boolean;
}

/** A value rounded to 15 significant digits (0.1 + 0.2 reads 0.3), memoised per document. */
function round(r: Reader, v: number): number {
  return r.round15(v);
}

/** An ordinal in words: الثالثة, الحادي عشر, الحادي والعشرين. */
export function readOrdinal(r: Reader, i: number): NumberHit | null {
  const ord = parseOrdinal(r, i);
  if (ord) {
    return {
      next: ord.next, first: i, bare: false, shareable: false, scale: 1, attached: false,
      cand: {
        type: 'number', source: '', start: ord.start, end: ord.end, confidence: CONF.ordinal,
        value: ord.value, kind: 'ordinal', currency: null, unit: null, approximate: false, comparator: null, range: null,
      },
    };
  }
  return null;
}

/**
 * A cardinal or fraction in digits or words starting at token i, with everything around it
 * that types it: sign, exponent, slash or mixed fraction, ratio, currency before, unit or
 * currency after, range, age, qualifiers.
 */
export function readCardinal(r: Reader, ctx: CountryContext, i: number): NumberHit | null {
  const toks = r.tokens;
  const p = parseCardinal(r, i);
  if (!p) return null;
  let value = p.value;
  let start = p.start;
  let first = p.first;
  let kind: NumberKind = p.kind;
  let next = p.next;
  let end = p.end;
  let exponent = false;
  let slashed = false;
  const firstTok = toks[p.first];
  let spacedMinus: TextToken | null = null;
  let signed = false;

  if (firstTok.kind === 'number') {
    const prev = toks[first - 1];
    const before = toks[first - 2];
    const standalone = !prev?.spaceBefore ? !before || before.kind !== 'number' : true;
    if (prev && glued(firstTok) && (prev.text === '-' || prev.text === '−') && (first - 1 === 0 || prev.spaceBefore || standalone)) {
      value = -value;
      start = prev.start;
      first--;
      signed = true;
    } else if (prev && glued(firstTok) && prev.text === '.' && (first - 1 === 0 || prev.spaceBefore) && /^[0-9]+$/.test(firstTok.text) && p.next === p.first + 1) {
      value = Number('0.' + firstTok.text);
      start = prev.start;
      first--;
    } else if (prev && !glued(firstTok) && (prev.text === '-' || prev.text === '−') && (prev.kind === 'punct' || prev.kind === 'symbol') && first - 1 > 0 && !prev.newlineBefore && before && before.kind === 'arabic') {
      // بلغت - 18 درجة: a spaced minus, kept only before a temperature (below).
      spacedMinus = prev;
    }
    if (p.next === p.first + 1 && !p.scale) {
      // Scientific notation: 1.5e6, 2.5×10^6.
      const ex = exponentAfter(r, p.next) ?? timesTenAfter(r, p.next);
      if (ex) {
        value = value * Math.pow(10, ex.exp);
        // 1e309 is no number a text can mean: no mention rather than Infinity.
        if (!Number.isFinite(value)) return null;
        next = ex.next;
        end = ex.end;
        exponent = true;
      }
    }
    // a/b written with a slash: ١١/١٠ = 1.1; after a whole number, a mixed number: 3 1/2.
    const slash = toks[next];
    const den = toks[next + 1];
    const mixedNum = toks[next];
    if (next === p.first + 1 && isPunctText(slash, '/') && glued(slash) && den && den.kind === 'number' && glued(den)) {
      const d = parseDigits(den.text);
      if (d && d !== 0) {
        value = value / d;
        kind = 'fraction';
        next = next + 2;
        end = den.end;
        slashed = true;
      }
    } else if (next === p.first + 1 && /^[0-9]{1,4}$/.test(firstTok.text) && mixedNum && mixedNum.kind === 'number' && mixedNum.spaceBefore && !mixedNum.newlineBefore && /^[0-9]{1,2}$/.test(mixedNum.text)) {
      const sl = toks[next + 1];
      const dn = toks[next + 2];
      const after = toks[next + 3];
      const n = Number(mixedNum.text);
      const d = dn ? Number(dn.text) : 0;
      if (isPunctText(sl, '/') && glued(sl) && dn && dn.kind === 'number' && glued(dn) && /^[0-9]{1,2}$/.test(dn.text) && n >= 1 && n < d && !(after && isPunctText(after, '/'))) {
        value += n / d;
        next = next + 3;
        end = dn.end;
      }
    }
  }
  // سالب 5, ناقص 18 درجة: a sign word right before the number.
  const signTok = toks[first - 1];
  if (!signed && first === p.first && signTok && signTok.kind === 'arabic' && SIGN_WORD_SET.has(r.folded(first - 1)) && glued(toks[first]) === false) {
    value = -value;
    start = signTok.start;
    first--;
    signed = true;
  }

  // A ratio: واحد من كل أربعة, 3 من أصل 5, بنسبة 2 على 5.
  let ratio = false;
  if (kind === 'cardinal' && !exponent && next === p.next) {
    const rt = ratioAfter(r, p, first);
    if (rt) {
      value = value / rt.den;
      kind = 'fraction';
      next = rt.next;
      end = rt.end;
      ratio = true;
    }
  }

  let currency: string | null = null;
  let unit: string | null = null;
  const cb = !ratio && firstTok.kind === 'number' && first === p.first ? currencyBefore(r, first) : null;
  if (cb) {
    currency = cb.currency;
    kind = 'money';
    start = cb.start;
    first = cb.first;
  }
  let att: Attachment | null = ratio ? null : attachAfter(r, next, ctx);
  if (att && kind === 'money' && att.tag === 'money' && att.currency === null && att.unit !== 'cent') att = null;
  if (cb && att && att.tag !== 'money') att = null;
  if (spacedMinus && att && (att.unit === 'degree' || att.unit === 'celsius' || att.unit === 'fahrenheit')) {
    value = -value;
    start = spacedMinus.start;
    first--;
    signed = true;
  }
  // 10.000 ريال: a dot before three digits groups thousands before a currency, unless the
  // currency counts in thousandths (1.500 دينار تونسي = 1.5).
  if (att && att.tag === 'money' && p.next === p.first + 1 && /^[0-9]{1,3}\.[0-9]{3}$/.test(firstTok.text) && !exponent) {
    const millesimal = att.currency !== null ? THREE_DECIMAL_SET.has(att.currency) : !!att.millesimal;
    if (!millesimal) {
      value = (value < 0 ? -1 : 1) * Number(firstTok.text.replace('.', ''));
    }
  }

  // Range: X (unit) joiner Y (unit).
  let range: { min: number; max: number } | null = null;
  const opener = ratio ? null : rangeOpenerBefore(r, first);
  const afterX = att ? att.next : next;
  const y = ratio ? null : readRangeEnd(r, afterX, opener?.joiners ?? null);
  if (y) {
    const ay = attachAfter(r, y.p.next, ctx);
    // Without an opener (X - Y, X إلى Y) a year before the joiner is a date, and a falling
    // pair is no range: سبتمبر 2016 إلى 4.2 % is not 4.2–2016 %.
    const bareOk = !p.yearLike && value <= y.p.value;
    // من X إلى Y falling (من 25 إلى 18 سنة, من 20 إلى 10 ملايين) states a change, not a
    // range: two numbers. بين X و Y is a range whichever end comes first.
    const scaledX = !p.scale && y.p.scale && y.p.lastScale > 1 && value < 1000 ? value * y.p.lastScale : value;
    const falling = opener !== null && !opener.joiners.includes('و') && scaledX > y.p.value;
    const ok = !falling && (opener !== null || ((!!att || !!ay || y.currency !== null) && bareOk));
    if (ok && y.p.kind === 'cardinal' && (kind === 'cardinal' || kind === 'money' || kind === 'fraction') && (!att || !ay || att.tag === ay.tag)) {
      // بين 80 و90 ألف: the scale of Y applies to a bare X.
      if (!p.scale && y.p.scale && y.p.lastScale > 1 && value * y.p.lastScale <= y.p.value && value < 1000) {
        value *= y.p.lastScale;
      }
      const yv = y.p.value;
      range = { min: round(r, Math.min(value, yv)), max: round(r, Math.max(value, yv)) };
      value = range.min;
      next = y.p.next;
      end = y.p.end;
      if (ay) att = ay;
      if (y.currency && !currency) {
        currency = y.currency;
        kind = 'money';
      }
    }
  }
  if (att) {
    if (att.tag === 'money' || att.tag === 'percent' || kind !== 'fraction') kind = att.kind;
    if (att.currency) currency = att.currency;
    unit = att.unit;
    if (!range) value += att.add;
    next = att.next;
    end = att.end;
  }
  if (kind === 'duration' && unit === 'year' && (range ? isAgeRange(r, opener ? opener.first : first) : isAge(r, first, next))) {
    kind = 'age';
  }

  if (opener && range) start = opener.start;
  const qb = qualifierBefore(r, opener && range ? opener.first : first);
  const qbApplies = !!qb && (!qb.q.needsUnit || !!att || !!cb);
  const qs = qualified(r, qbApplies ? qb : null, start, next, end);
  const { approximate, comparator } = qs;
  const qa = qs.after;
  ({ start, next, end } = qs);
  // A bare year after a year cue (في 2023, بحلول 2028) belongs to the dates stage.
  if (p.yearLike && !att && !range && !qbApplies && !cb && !qa && !signed && kind === 'cardinal' && first === p.first && isYearCue(r, first - 1)) return null;

  let confidence: number = p.digits ? CONF.digits : CONF.words;
  if (kind === 'fraction' && !att) confidence = ratio ? CONF.ratio : CONF.fraction;
  if (p.yearLike && !att && !range && !qb && !cb) confidence = CONF.yearLike;
  if (!p.digits && !att && !range && !ratio && p.next === p.first + 1) {
    const h = r.hit(p.first);
    if (h && (h.article || WEAK_SINGLE.has(r.folded(p.first).slice(h.start - toks[p.first].start)))) confidence = CONF.weakWord;
  }
  if (slashed) confidence = CONF.slash;
  if (!Number.isFinite(value)) return null;
  const plain = kind === 'cardinal' && !att && !range && !cb && !qa && !signed && !ratio && !p.yearLike && next === p.next;
  return {
    next, first: p.first,
    bare: plain && (p.scale || Number.isInteger(value)),
    shareable: !range && !cb && !ratio && p.first === first && (!!att || p.scale) && !p.yearLike,
    attached: !!att,
    scale: p.scale ? p.lastScale : 1,
    cand: {
      type: 'number', source: '', start, end, confidence,
      value: round(r, value), kind, currency: kind === 'money' ? currency : null, unit, approximate, comparator, range,
    },
  };
}

/** The denominator of a ratio after the numerator: من كل Y, من أصل Y, (after a cue) على Y. */
function ratioAfter(r: Reader, p: NumberParse, first: number): { den: number; next: number; end: number } | null {
  const toks = r.tokens;
  for (const j of RATIO_JOINER_LIST) {
    let k = p.next;
    let ok = true;
    for (const w of j.words) {
      const t = toks[k];
      if (!t || t.kind !== 'arabic' || r.folded(k) !== w) {
        ok = false;
        break;
      }
      k++;
    }
    if (!ok) continue;
    if (j.afterCue) {
      const cue = toks[first - 1];
      const h = cue ? r.lookup(RATIO_CUE_MAP, first - 1) : null;
      if (!h || h.article) continue;
    }
    const y = parseCardinal(r, k);
    if (!y || y.kind !== 'cardinal' || y.value <= 0 || y.yearLike) continue;
    // "واحد من كل أربعة" needs the whole to be larger than the part.
    if (p.value > y.value) continue;
    return { den: y.value, next: y.next, end: y.end };
  }
  return null;
}

/**
 * عشرات, مئات الآلاف, ملايين (الدولارات): an approximate quantity, with no exact value
 * (see APPROXIMATE_PLURAL_RANGE in src/lexicon/numbers.ts): approximate, range, value = min.
 */
export function several(r: Reader, i: number): NumberHit | null {
  const sp = parseSeveral(r, i);
  if (!sp) return null;
  let kind: NumberKind = 'cardinal';
  let currency: string | null = null;
  let next = sp.next;
  let end = sp.end;
  // ملايين الدولارات: the counted currency after it, definite as the genitive is.
  const c = r.tokens[next];
  const h = c ? r.lookup(CURRENCY_WORD_MAP, next) : null;
  if (c && h && h.prefix === '' && !h.entry.dual && !h.entry.minor && h.entry.iso !== null) {
    kind = 'money';
    currency = h.entry.iso;
    next++;
    end = c.end;
  }
  return {
    next, first: sp.first, bare: false, shareable: false, scale: 1, attached: false,
    cand: {
      type: 'number', source: '', start: sp.start, end, confidence: CONF.several,
      value: sp.min, kind, currency, unit: null, approximate: true, comparator: null, range: { min: sp.min, max: sp.max },
    },
  };
}

/** The second number of a range after X (token k): joiner then Y. */
function readRangeEnd(r: Reader, k: number, joiners: readonly string[] | null): { p: NumberParse; currency: string | null } | null {
  const toks = r.tokens;
  const t = toks[k];
  if (!t) return null;
  let yStart = -1;
  if (joiners) {
    if (joiners.includes('و')) {
      if (r.isConjToken(k)) yStart = k + 1;
      else if (t.kind === 'arabic' && r.hit(k)?.prefix === 'و') yStart = k;
    }
    if (yStart < 0 && t.kind === 'arabic') {
      const f = r.folded(k);
      if (joiners.includes(f)) yStart = k + 1;
      else if (joiners.includes('ل')) {
        if (f === 'ل' && t.stem === '') yStart = k + 1;
        else if (r.hit(k)?.prefix === 'ل') yStart = k;
      }
    }
  }
  if (yStart < 0) {
    if (t.kind === 'arabic' ? BARE_JOINERS.has(r.folded(k)) : (t.kind === 'punct' || t.kind === 'symbol' || t.kind === 'other') && BARE_JOINERS.has(t.text)) yStart = k + 1;
  }
  if (yStart < 0) return null;
  let currency: string | null = null;
  const sym = toks[yStart];
  if (sym && toks[yStart + 1]?.kind === 'number') {
    const cb = currencyBefore(r, yStart + 1);
    if (cb) {
      currency = cb.currency;
      yStart++;
    }
  }
  const p = parseCardinal(r, yStart);
  if (!p) return null;
  return { p, currency };
}

function isAge(r: Reader, first: number, next: number): boolean {
  const toks = r.tokens;
  if (isPunctText(toks[first - 1], '(') && isPunctText(toks[next], ')')) return true;
  for (let j = Math.max(0, first - 4); j < first; j++) {
    const t = toks[j];
    if (t.kind !== 'arabic') continue;
    const f = r.folded(j);
    if (AGE_BEFORE.has(f) || AGE_BEFORE.has(t.key)) return true;
  }
  const a = toks[next];
  const b = toks[next + 1];
  if (a && b && a.kind === 'arabic' && r.folded(next) === 'من' && b.kind === 'arabic' && AGE_AFTER.has(r.folded(next + 1))) return true;
  return false;
}

/** A dual noun that states the count 2 on its own: شهرين, دولارين, مرتين. */
export function dualNoun(r: Reader, i: number): NumberHit | null {
  const t = r.tokens[i];
  if (t.kind !== 'arabic' || !looksDual(t.text)) return null;
  const u = r.lookup(UNIT_WORD_MAP, i);
  let fields: { kind: NumberKind; unit: string | null; currency: string | null } | null = null;
  let start = 0;
  if (u && u.entry.dual && !u.article) {
    fields = { kind: u.entry.kind, unit: u.entry.unit, currency: null };
    start = u.start;
  } else {
    const c = r.lookup(CURRENCY_WORD_MAP, i);
    if (c && c.entry.dual && !c.article) {
      fields = { kind: 'money', unit: null, currency: c.entry.iso };
      start = c.start;
    } else {
      const d = r.lookup(DUAL_COUNT_MAP, i);
      if (d && !d.article) {
        fields = { kind: 'cardinal', unit: d.entry.unit, currency: null };
        start = d.start;
      }
    }
  }
  if (!fields) return null;
  let approximate = false;
  let comparator: NumberCandidate['comparator'] = null;
  const qb = qualifierBefore(r, i);
  if (qb && !qb.q.needsUnit) {
    approximate = !!qb.q.approximate;
    comparator = qb.q.comparator ?? null;
    if (!qb.q.outside) start = qb.start;
  }
  // لولايتين اثنتين: the numeral two after the dual is part of it.
  const two = r.tokens[i + 1] && NUMERAL_AFTER.get(r.folded(i + 1)) === 2 && !r.tokens[i + 1].newlineBefore;
  const end = two ? r.tokens[i + 1].end : t.end;
  return {
    next: two ? i + 2 : i + 1, first: i, bare: false, shareable: false, scale: 1, attached: false,
    cand: {
      type: 'number', source: '', start, end, confidence: CONF.dual,
      value: 2, kind: fields.kind, currency: fields.currency, unit: fields.unit, approximate, comparator, range: null,
    },
  };
}

/** Duals end in ين/ان (مرتين, شهران): a cheap filter before the dictionary look-ups. */
function looksDual(text: string): boolean {
  const n = text.length;
  if (n < 4 || text.charCodeAt(n - 1) !== 0x0646) return false;
  const c = text.charCodeAt(n - 2);
  return c === 0x064a || c === 0x0627;
}

function isYearCue(r: Reader, j: number): boolean {
  const t = r.tokens[j];
  if (!t || t.kind !== 'arabic') return false;
  // The cue itself or after و/ف: وفي, ومنذ, وبحلول, والعام.
  return r.rd.match(j, YEAR_CUE_SET, YEAR_CUE_READ) !== null;
}

/** A range of years right after a people noun or أعمار (النساء بين 15 و49 عاما) is an age. */
function isAgeRange(r: Reader, first: number): boolean {
  for (let j = Math.max(0, first - 3); j < first; j++) {
    const t = r.tokens[j];
    if (t.kind === 'arabic' && AGE_PEOPLE.has(r.folded(j))) return true;
  }
  return false;
}

/**
 * What the qualifiers around a number make of it: one before it (نحو, أكثر من; `qb`, when
 * it applies) and one written after it (تقريبا, على الأقل) mark it approximate or give it a
 * comparator (the one before wins), and widen its span unless they stand outside it.
 */
function qualified(r: Reader, qb: ReturnType<typeof qualifierBefore>, start: number, next: number, end: number) {
  let approximate = false;
  let comparator: NumberCandidate['comparator'] = null;
  if (qb) {
    if (qb.q.approximate) approximate = true;
    if (qb.q.comparator) comparator = qb.q.comparator;
    if (!qb.q.outside) start = Math.min(start, qb.start);
  }
  const qa = qualifierAfter(r, next);
  if (qa) {
    if (qa.q.approximate) approximate = true;
    if (qa.q.comparator && !comparator) comparator = qa.q.comparator;
    next = qa.next;
    end = qa.end;
  }
  return { approximate, comparator, start, next, end, after: qa !== null };
}

/**
 * A unit or currency word followed by the numeral one as its adjective: دولار أمريكي واحد
 * (1 USD), يوم واحد (a duration of one day). Counted nouns (هدف واحد) keep the numeral alone.
 */
export function unitThenOne(r: Reader, ctx: CountryContext, i: number): NumberHit | null {
  const t = r.tokens[i];
  if (t.kind !== 'arabic' || (NUMERAL_AFTER.get(r.folded(i + 1)) !== 1 && NUMERAL_AFTER.get(r.folded(i + 2)) !== 1)) return null;
  const att = attachAfter(r, i, ctx);
  if (!att || att.tag === 'percent' || att.unit === 'cent' || att.add !== 0) return null;
  const one = r.tokens[att.next];
  if (!one || one.kind !== 'arabic' || one.newlineBefore || NUMERAL_AFTER.get(r.folded(att.next)) !== 1) return null;
  const { start, next, end, approximate, comparator } = qualified(r, qualifierBefore(r, i), t.start, att.next + 1, one.end);
  return {
    next, first: i, bare: false, shareable: false, scale: 1, attached: true,
    cand: {
      type: 'number', source: '', start, end, confidence: CONF.words,
      value: 1, kind: att.kind, currency: att.kind === 'money' ? att.currency : null, unit: att.unit, approximate, comparator, range: null,
    },
  };
}
