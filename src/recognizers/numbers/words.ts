/**
 * Cardinals, fractions and ordinals from atoms (digit tokens and number words), following
 * the grammar of Arabic numerals:
 *  - below 100: unit | unit + عشر (teen) | unit + و + tens | tens | dialect teen;
 *  - hundreds: مئة … تسعمئة, or unit + مئة, then optionally (و) + below-100
 *    (the dialect drops the و: متين تلاتة وستين);
 *  - a group is (hundreds/below-100/digits) × scale, the scale in singular, accusative,
 *    plural (ثلاثة آلاف) or alone (ألف = 1000, ألفان = 2000);
 *  - groups join with و in decreasing scale (12 مليونا و345 ألفا و678); و + نصف after a
 *    scale adds half of it (مليون ونصف المليون);
 *  - fractions: نصف, ربع, ثلث, ثلثا; unit + plural fraction (ثلاثة أرباع); a fraction
 *    before a scale multiplies it (نصف مليون);
 *  - ordinals: الأول … العاشر, + عشر (الحادي عشر), + و + tens (الحادي والعشرون), and the
 *    article forms Duckling also reads as ordinals (الأحد عشر, الواحد والعشرون, التسعون).
 */
import { DECIMAL_POINT } from './lex.js';
import { asDecimalFraction } from './digits.js';
import { foldKey } from '../../text/normalize.js';
import { Reader, type Atom } from './atoms.js';
import { FRACTION_TERM_FOLLOWERS, FRACTION_BLOCKING_NOUNS, APPROXIMATE_PLURAL_RANGE } from '../../lexicon/numbers.js';

const FRACTION_TERMS = new Set(FRACTION_TERM_FOLLOWERS.map((f) => foldKey(f.form)));
const FRACTION_BLOCKERS = new Set(FRACTION_BLOCKING_NOUNS.map((f) => foldKey(f.form)));

export interface NumberParse {
  value: number;
  kind: 'cardinal' | 'ordinal' | 'fraction';
  /** First and after-last token index. */
  first: number;
  next: number;
  start: number;
  end: number;
  /** Parser tags for `source`: digits, words, scale, fraction, ordinal. */
  digits: boolean;
  words: boolean;
  scale: boolean;
  /** The value is a bare 4-digit year-like integer. */
  yearLike: boolean;
  /** Scale of the last group (1 when none): 90 ألف → 1000. */
  lastScale: number;
}

interface Small {
  value: number;
  next: number;
  end: number;
  digits: boolean;
}

/** Below 100 from a word atom: unit, unit+عشر, unit و tens, ten, teen, tens. */
function belowHundred(r: Reader, a: Atom): Small | null {
  switch (a.kind) {
    case 'unit': {
      if (a.value >= 1 && a.value <= 9) {
        const b = r.atom(a.next, false);
        if (b && b.kind === 'ten' && !b.conj && b.prefix === '' && !b.article) return { value: a.value + 10, next: b.next, end: b.end, digits: false };
        const c = r.atom(a.next, true);
        if (c && c.conj && c.prefix === '' && c.kind === 'tens') return { value: a.value + c.value, next: c.next, end: c.end, digits: false };
      }
      if (a.entry?.compoundOnly) return null;
      return { value: a.value, next: a.next, end: a.end, digits: false };
    }
    case 'ten':
    case 'teen':
    case 'tens':
      return { value: a.value, next: a.next, end: a.end, digits: false };
    default:
      return null;
  }
}

/** A number below 1000 in words, or a digit token (any value), with a spoken decimal. */
function small(r: Reader, a: Atom): Small | null {
  if (a.kind === 'digits') return withSpokenDecimal(r, { value: a.value, next: a.next, end: a.end, digits: true });
  let hundreds = 0;
  let cur: Small | null = null;
  if (a.kind === 'hundred') {
    hundreds = a.value;
    cur = { value: a.value, next: a.next, end: a.end, digits: false };
  } else {
    const b = belowHundred(r, a);
    if (!b) return null;
    // unit + مئة written apart: ثلاث مئة
    if (a.kind === 'unit' && b.next === a.next && a.value >= 1 && a.value <= 9) {
      const h = r.atom(a.next, false);
      if (h && h.kind === 'hundred' && h.value === 100 && !h.conj && h.prefix === '' && !h.article) {
        hundreds = a.value * 100;
        cur = { value: hundreds, next: h.next, end: h.end, digits: false };
      }
    }
    if (!cur) return withSpokenDecimal(r, b);
  }
  // hundreds (و) below-100
  const c = r.atom(cur.next, true);
  if (c && c.prefix === '' && !c.article && (c.kind === 'unit' || c.kind === 'ten' || c.kind === 'teen' || c.kind === 'tens')) {
    const b = belowHundred(r, c);
    if (b) return { value: hundreds + b.value, next: b.next, end: b.end, digits: false };
  }
  return cur;
}

/** N فاصلة M: 1 فاصلة 1 = 1.1. */
function withSpokenDecimal(r: Reader, s: Small): Small {
  const t = r.tokens[s.next];
  if (!t || t.kind !== 'arabic' || !DECIMAL_POINT.has(r.folded(s.next))) return s;
  const a = r.atom(s.next + 1, false);
  if (!a || a.conj || a.prefix !== '') return s;
  if (a.kind === 'digits') {
    const frac = Number('0.' + r.tokens[a.tok].text.replace(/[^0-9]/g, ''));
    return { value: s.value + (Number.isFinite(frac) ? frac : 0), next: a.next, end: a.end, digits: s.digits };
  }
  const b = small(r, a);
  if (!b) return s;
  return { value: s.value + asDecimalFraction(b.value), next: b.next, end: b.end, digits: s.digits };
}

interface Group {
  value: number;
  scale: number;
  next: number;
  end: number;
  digits: boolean;
  hadScale: boolean;
  fraction: boolean;
}

/** A scale word right after a quantity (no و, no proclitic). */
function scaleAfter(r: Reader, j: number): Atom | null {
  const s = r.atom(j, false);
  if (s && s.kind === 'scale' && !s.conj && s.prefix === '' && !s.article) return s;
  return null;
}

/**
 * خمس/سبع/تسع/عشر read as a fraction: with a pronoun suffix (خمسهم), or in construct with
 * a definite noun that is not a counted time noun (خمس السكان, but خمس السنوات الماضية).
 */
function fractionInContext(r: Reader, a: Atom): boolean {
  if (a.entry?.fraction === undefined || a.article || a.conj || a.prefix !== '') return false;
  const t = r.tokens[a.tok];
  if (t.kind === 'arabic' && t.enclitic !== null && t.key.length > 0 && t.key.length < r.folded(a.tok).length) return true;
  const n = r.tokens[a.next];
  if (!n || n.kind !== 'arabic' || !n.spaceBefore || n.newlineBefore || !n.article || n.proclitics.length > 0) return false;
  return !FRACTION_BLOCKERS.has(r.folded(a.next).slice(2));
}

/** A dozen word right after a count (ثلاث دستات), or alone (دستة, دستتين). */
function dozenAfter(r: Reader, j: number): Atom | null {
  const d = r.atom(j, false);
  return d && d.kind === 'dozen' && !d.conj && d.prefix === '' && !d.article ? d : null;
}

/** One group: small × scale, scale alone, fraction (× scale). */
function group(r: Reader, a: Atom): Group | null {
  if (a.kind === 'dozen') {
    const n = a.entry?.number;
    if (a.article || n === 'pl') return null;
    return { value: (n === 'dual' ? 24 : 12), scale: 1, next: a.next, end: a.end, digits: false, hadScale: false, fraction: false };
  }
  if (fractionInContext(r, a)) {
    return { value: a.entry?.fraction ?? 0, scale: 1, next: a.next, end: a.end, digits: false, hadScale: false, fraction: true };
  }
  if (a.kind === 'scale') {
    if (a.article) return null;
    const n = a.entry?.number;
    if (n === 'pl') return null;
    return { value: (n === 'dual' ? 2 : 1) * a.value, scale: a.value, next: a.next, end: a.end, digits: false, hadScale: true, fraction: false };
  }
  if (a.kind === 'fraction') {
    const follower = r.tokens[a.next];
    if (follower && follower.kind === 'arabic' && FRACTION_TERMS.has(r.folded(a.next))) return null;
    const s = scaleAfter(r, a.next);
    if (s && s.entry?.number === 'sg') return { value: a.value * s.value, scale: s.value, next: s.next, end: s.end, digits: false, hadScale: true, fraction: false };
    return { value: a.value, scale: 1, next: a.next, end: a.end, digits: false, hadScale: false, fraction: true };
  }
  const sm = small(r, a);
  if (!sm) return null;
  // unit + plural fraction: ثلاثة أرباع
  if (!sm.digits && sm.value >= 1 && sm.value <= 10) {
    const f = r.atom(sm.next, false);
    if (f && f.kind === 'fractionPlural' && !f.conj && f.prefix === '') return { value: sm.value * f.value, scale: 1, next: f.next, end: f.end, digits: false, hadScale: false, fraction: true };
  }
  const dz = dozenAfter(r, sm.next);
  if (dz && dz.entry?.number !== 'dual') return { value: sm.value * 12, scale: 1, next: dz.next, end: dz.end, digits: sm.digits, hadScale: false, fraction: false };
  const s = scaleAfter(r, sm.next);
  if (s && s.value > sm.value && !(s.entry?.number === 'dual')) {
    // Stacked scales: 308 آلاف مليار = 308 × 10^3 × 10^9.
    const s2 = scaleAfter(r, s.next);
    if (s2 && s2.value > s.value && s2.entry?.number !== 'dual') {
      return { value: sm.value * s.value * s2.value, scale: s.value * s2.value, next: s2.next, end: s2.end, digits: sm.digits, hadScale: true, fraction: false };
    }
    return { value: sm.value * s.value, scale: s.value, next: s.next, end: s.end, digits: sm.digits, hadScale: true, fraction: false };
  }
  return { value: sm.value, scale: 1, next: sm.next, end: sm.end, digits: sm.digits, hadScale: false, fraction: false };
}

/** A cardinal (or fraction) starting at token i. */
export function parseCardinal(r: Reader, i: number): NumberParse | null {
  const a = r.atom(i, false);
  if (!a) return null;
  if (a.kind === 'ordinal' || a.kind === 'fractionPlural') return null;
  if (a.article && a.entry?.noArticle) return null;
  const g = group(r, a);
  if (!g) return null;
  // المئة / الألف alone are "the hundred/thousand" (في المئة without a number), not a count.
  if (a.article && a.kind === 'hundred' && g.next === a.next) return null;
  // A lone word that is only a number inside a compound, or a lone article form: no.
  let value = g.value;
  let last = g.scale;
  let next = g.next;
  let end = g.end;
  let scale = g.hadScale;
  let words = a.kind !== 'digits';
  const digits = a.kind === 'digits' || g.digits;
  while (last > 1) {
    const c = r.atom(next, true);
    if (!c || !c.conj || c.prefix !== '' || c.article) break;
    if (c.kind === 'fraction' && c.value === 0.5) {
      // مليون ونصف (المليون)
      value += 0.5 * last;
      next = c.next;
      end = c.end;
      const again = r.atom(next, false);
      if (again && again.kind === 'scale' && again.article && again.value === last && again.prefix === '') {
        next = again.next;
        end = again.end;
      }
      break;
    }
    const h = group(r, c);
    if (!h || h.fraction || h.scale >= last || h.value >= last) break;
    value += h.value;
    last = h.scale;
    next = h.next;
    end = h.end;
    if (h.hadScale) scale = true;
    if (c.kind !== 'digits') words = true;
  }
  // A mixed number: اثنان ونصف, مئتان وربع, 3 ونصف; a scale after the fraction applies to
  // the whole (اثنان ونصف مليون = 2.5 million). Not before a definite noun (ونصف الأعضاء).
  if (last === 1 && !g.fraction && Number.isInteger(value)) {
    const f = r.atom(next, true);
    const after = f ? r.tokens[f.next] : undefined;
    if (f && f.conj && f.kind === 'fraction' && f.prefix === '' && !f.article && !(after && after.kind === 'arabic' && after.article)) {
      value += f.value;
      next = f.next;
      end = f.end;
      words = true;
      const s = scaleAfter(r, next);
      if (s && s.entry?.number === 'sg') {
        value *= s.value;
        last = s.value;
        scale = true;
        next = s.next;
        end = s.end;
      }
    }
  }
  const t = r.tokens[a.tok];
  const yearLike = a.kind === 'digits' && !scale && next === a.next && /^[12][0-9]{3}$/.test(t.text);
  return {
    value, kind: g.fraction ? 'fraction' : 'cardinal', first: a.tok, next, start: a.start, end,
    digits, words, scale, yearLike, lastScale: scale ? last : 1,
  };
}

/** An ordinal starting at token i. */
export function parseOrdinal(r: Reader, i: number): NumberParse | null {
  const a = r.atom(i, false);
  if (!a || a.kind === 'digits' || !a.entry) return null;
  const mk = (value: number, next: number, end: number): NumberParse => ({
    value, kind: 'ordinal', first: a.tok, next, start: a.start, end, digits: false, words: true, scale: false, yearLike: false, lastScale: 1,
  });
  const teen = (): Atom | null => {
    const b = r.atom(a.next, false);
    return b && b.kind === 'ten' && !b.conj && b.prefix === '' && !b.article ? b : null;
  };
  const andTens = (needArticle: boolean): Atom | null => {
    const c = r.atom(a.next, true);
    return c && c.conj && c.prefix === '' && c.kind === 'tens' && (!needArticle || c.article) ? c : null;
  };
  if (a.kind === 'ordinal') {
    if (a.entry.needsArticle && !a.article) return null;
    if (a.value <= 9) {
      const b = teen();
      if (b) return mk(a.value + 10, b.next, b.end);
      const c = andTens(false);
      if (c) return mk(a.value + c.value, c.next, c.end);
    }
    if (a.entry.compoundOnly) return null;
    return mk(a.value, a.next, a.end);
  }
  if (!a.article) return null;
  if (a.kind === 'unit' && a.value >= 1 && a.value <= 2) {
    const b = teen();
    if (b) return mk(a.value + 10, b.next, b.end);
    const c = andTens(true);
    if (c) return mk(a.value + c.value, c.next, c.end);
    return null;
  }
  if (a.kind === 'tens') {
    const more = r.atom(a.next, true);
    if (more && more.conj && more.kind !== 'digits') return null;
    return mk(a.value, a.next, a.end);
  }
  return null;
}


export interface SeveralParse {
  /** The order of magnitude stated: عشرات → 10, مئات الآلاف → 100000. */
  base: number;
  min: number;
  max: number;
  first: number;
  next: number;
  start: number;
  end: number;
}

/**
 * An approximate plural with no count: عشرات, مئات, آلاف, ملايين, مليارات, alone or stacked
 * over a plural scale (مئات الآلاف, عشرات الملايين, مئات آلاف). The range follows
 * APPROXIMATE_PLURAL_RANGE. A definite form alone (الآلاف) is not read.
 */
export function parseSeveral(r: Reader, i: number): SeveralParse | null {
  const a = r.atom(i, false);
  if (!a || a.article || (a.kind !== 'several' && !(a.kind === 'scale' && a.entry?.number === 'pl'))) return null;
  let base = a.value;
  let next = a.next;
  let end = a.end;
  // عشرات/مئات + (ال)آلاف/(ال)ملايين: the scale's plural, with or without the article.
  const s = r.atom(next, false);
  if (s && s.kind === 'scale' && s.entry?.number === 'pl' && !s.conj && s.prefix === '' && s.value > base) {
    base *= s.value;
    next = s.next;
    end = s.end;
  }
  return {
    base, min: APPROXIMATE_PLURAL_RANGE.minFactor * base, max: APPROXIMATE_PLURAL_RANGE.maxFactor * base - 1,
    first: a.tok, next, start: a.start, end,
  };
}
