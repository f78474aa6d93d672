/**
 * Numbers stage: every number an Arabic article states, in digits or words, typed.
 *
 * Policies (see ../shared/ANNOTATION.md):
 *  - QUALIFIERS ARE INSIDE THE SPAN (as the project's gold fixtures annotate them).
 *    نحو/حوالي/قرابة/زهاء … set `approximate`; أكثر من, أقل من, ما لا يقل عن, ما يزيد على,
 *    على الأقل … set `comparator`; the span runs from the qualifier to the unit/currency
 *    (`بنحو 18 مليون نسمة` → span `نحو 18 مليون نسمة`). Proclitics before the first word
 *    (the ب of بنحو, the و of و18, the ب of بـ250) stay outside the span.
 *  - RANGES are ONE mention, opener included: `ما بين 15 و20 في المئة` → that whole span,
 *    value 15, range {min: 15, max: 20}. Openers: ما بين, بين (joiner و) and من (joiners
 *    إلى, حتى, ل); without an opener, `X-Y` and `X إلى Y` only when a unit, currency or
 *    percent follows. A hyphen pair without a unit is a score (2-1) and is not a number.
 *  - نسمة ("inhabitants") is kind 'quantity' with unit 'person'.
 *  - Counted nouns are not units: `26 مجرمًا` → span `26`. Units are measures, time units
 *    and currencies (src/lexicon/units.ts, currencies.ts).
 *  - Time units make kind 'duration' (ثلاث سنوات, 90 يوما); years about a person make
 *    kind 'age' (`(56 عامًا)`, `البالغ من العمر 62 عاما`). Dual nouns that state a count
 *    are numbers with value 2 (شهرين: duration 2 month; مرتين: cardinal 2 unit 'times').
 *  - Ordinals are emitted with modest confidence: a date (التاسع من يناير) or a regnal
 *    name (الحسن الثاني) from the other stages is longer and wins in resolve.ts.
 *  - Not numbers: digits glued to Latin letters (F-16, 4G), phone numbers, times (09:30),
 *    dotted/slashed/hyphenated triples (dates), scores; url/hashtag/handle tokens are never
 *    read. A bare 4-digit year-like number gets low confidence so a date over it wins.
 *  - Decimal comma: a comma followed by exactly three digits is a thousands separator,
 *    any other comma is a decimal comma (news usage: 2,2 مليون = 2 200 000).
 */
import type { Stage, Doc, NumberCandidate } from '../../pipeline/stage.js';
import { foldedText, type TextToken } from '../../text/tokenize.js';
import type { NumberKind } from '../../schema/mention.js';
import { foldKey } from '../../text/normalize.js';
import { AGE_CUES } from '../../lexicon/units.js';
import { YEAR_CUES } from '../../lexicon/numbers.js';
import { Reader, isPunctText, glued } from './atoms.js';
import { CountryContext } from './context.js';
import { parseDigits } from './digits.js';
import { UNIT_WORD_MAP, CURRENCY_WORD_MAP, DUAL_COUNT_MAP, lookupWord } from './lex.js';
import { parseCardinal, parseOrdinal, type NumberParse } from './words.js';
import { attachAfter, currencyBefore, type Attachment } from './units.js';
import { qualifierBefore, qualifierAfter, rangeOpenerBefore } from './qualifiers.js';

export const numbersStage: Stage = {
  name: 'numbers',
  types: ['number'],
  run: (doc: Doc) => ({ candidates: recognizeNumbers(doc) }),
};

const AGE_BEFORE = new Set(AGE_CUES.before.map(foldKey));
const AGE_AFTER = new Set(AGE_CUES.after.map(foldKey));
const AGE_PEOPLE = new Set(AGE_CUES.people.map(foldKey));
const YEAR_CUE_SET = new Set(YEAR_CUES.map((c) => foldKey(c.form)));
const CHAIN_SEPARATORS = new Set([':', '/', '-', '.', '–']);
/** Single words that are also ordinary words; alone, without a unit, they get less confidence. */
const WEAK_SINGLE_WORDS = new Set(['ست', 'سبع', 'خمس', 'تسع', 'عشر', 'ثمان', 'نصف', 'ربع', 'ثلث', 'الف', 'اربع', 'ثلاث'].map(foldKey));

export function recognizeNumbers(doc: Doc): NumberCandidate[] {
  const tokens = doc.tokens;
  const r = new Reader(tokens);
  const ctx = new CountryContext(tokens);
  const out: NumberCandidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (t.kind !== 'number' && t.kind !== 'arabic') {
      i++;
      continue;
    }
    if (t.kind === 'number') {
      const skip = nonNumberEnd(r, i, ctx);
      if (skip > i) {
        i = skip;
        continue;
      }
    }
    const m = readMention(r, ctx, i);
    if (m) {
      out.push(m.cand);
      i = Math.max(m.next, i + 1);
    } else i++;
  }
  return out;
}

/** Token index after a run that is not a number (phone, time, date-like chain, code), or i. */
function nonNumberEnd(r: Reader, i: number, ctx: CountryContext): number {
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
  if (next && next.kind === 'latin' && glued(next) && !attachAfter(r, i + 1, ctx)) return i + 2;
  return i;
}

function phoneEnd(r: Reader, i: number): number {
  let j = i + 1;
  while (j < r.tokens.length && (r.tokens[j].kind === 'number' || (r.tokens[j].text === '-' && glued(r.tokens[j])))) j++;
  return j;
}

interface Built {
  cand: NumberCandidate;
  next: number;
}

let roundIn = NaN;
let roundOut = NaN;
function round(v: number): number {
  // An integer below 10^15 is already exact at 15 significant digits (and -0 becomes 0).
  if (Number.isInteger(v) && Math.abs(v) < 1e15) return v === 0 ? 0 : v;
  // toPrecision is slow; the same value often recurs (a table of prices, 2,5 … 2,5).
  if (v !== roundIn) {
    roundOut = Number(v.toPrecision(15));
    roundIn = v;
  }
  return roundOut;
}

function readMention(r: Reader, ctx: CountryContext, i: number): Built | null {
  const toks = r.tokens;
  const ord = parseOrdinal(r, i);
  if (ord) {
    return {
      next: ord.next,
      cand: {
        type: 'number', start: ord.start, end: ord.end, source: 'numbers/ordinal', confidence: 0.5,
        value: ord.value, kind: 'ordinal', currency: null, unit: null, approximate: false, comparator: null, range: null,
      },
    };
  }
  const p = parseCardinal(r, i);
  if (!p) return dualNoun(r, i);
  let value = p.value;
  let start = p.start;
  let first = p.first;
  let kind: NumberKind = p.kind;
  let next = p.next;
  let end = p.end;
  const tags: string[] = [p.digits && !p.words ? 'digits' : p.digits ? 'digits+words' : 'words'];
  if (p.scale) tags.push('scale');
  if (p.kind === 'fraction') tags.push('fraction');
  const firstTok = toks[p.first];

  if (firstTok.kind === 'number') {
    const prev = toks[first - 1];
    const before = toks[first - 2];
    const standalone = !prev?.spaceBefore ? !before || before.kind !== 'number' : true;
    if (prev && glued(firstTok) && (prev.text === '-' || prev.text === '−') && (first - 1 === 0 || prev.spaceBefore || standalone)) {
      value = -value;
      start = prev.start;
      first--;
    } else if (prev && glued(firstTok) && prev.text === '.' && (first - 1 === 0 || prev.spaceBefore) && /^[0-9]+$/.test(firstTok.text) && p.next === p.first + 1) {
      value = Number('0.' + firstTok.text);
      start = prev.start;
      first--;
    }
    // a/b written with a slash: ١١/١٠ = 1.1
    const slash = toks[p.next];
    const den = toks[p.next + 1];
    if (p.next === p.first + 1 && isPunctText(slash, '/') && glued(slash) && den && den.kind === 'number' && glued(den)) {
      const d = parseDigits(den.text);
      if (d && d !== 0) {
        value = value / d;
        kind = 'fraction';
        next = p.next + 2;
        end = den.end;
        tags.push('slash');
      }
    }
  }

  let currency: string | null = null;
  let unit: string | null = null;
  const cb = firstTok.kind === 'number' && first === p.first ? currencyBefore(r, first) : null;
  if (cb) {
    currency = cb.currency;
    kind = 'money';
    start = cb.start;
    first = cb.first;
    tags.push('money');
  }
  let att: Attachment | null = attachAfter(r, next, ctx);
  if (att && kind === 'money' && att.tag === 'money' && att.currency === null && att.unit !== 'cent') att = null;
  if (cb && att && att.tag !== 'money') att = null;

  // Range: X (unit) joiner Y (unit).
  let range: { min: number; max: number } | null = null;
  const opener = rangeOpenerBefore(toks, first);
  const afterX = att ? att.next : next;
  const y = readRangeEnd(r, afterX, opener?.joiners ?? null);
  if (y) {
    const ay = attachAfter(r, y.p.next, ctx);
    const ok = opener !== null || !!att || !!ay || y.currency !== null;
    if (ok && y.p.kind === 'cardinal' && (kind === 'cardinal' || kind === 'money' || kind === 'fraction') && (!att || !ay || att.tag === ay.tag)) {
      // بين 80 و90 ألف: the scale of Y applies to a bare X.
      if (!p.scale && y.p.scale && y.p.lastScale > 1 && value * y.p.lastScale <= y.p.value && value < 1000) {
        value *= y.p.lastScale;
      }
      const yv = y.p.value;
      range = { min: round(Math.min(value, yv)), max: round(Math.max(value, yv)) };
      value = range.min;
      next = y.p.next;
      end = y.p.end;
      if (ay) att = ay;
      if (y.currency && !currency) {
        currency = y.currency;
        kind = 'money';
      }
      tags.push('range');
    }
  }
  if (att) {
    if (att.tag === 'money' || att.tag === 'percent' || kind !== 'fraction') kind = att.kind;
    if (att.currency) currency = att.currency;
    unit = att.unit;
    if (!range) value += att.add;
    next = att.next;
    end = att.end;
    tags.push(att.tag);
  }
  if (kind === 'duration' && unit === 'year' && (range ? isAgeRange(r, opener ? opener.first : first) : isAge(r, first, next))) {
    kind = 'age';
    tags.push('age');
  }

  let approximate = false;
  let comparator: NumberCandidate['comparator'] = null;
  if (opener && range) start = opener.start;
  const qb = qualifierBefore(toks, opener && range ? opener.first : first);
  const qbApplies = !!qb && (!qb.q.needsUnit || !!att || !!cb);
  if (qb && qbApplies) {
    if (qb.q.approximate) approximate = true;
    if (qb.q.comparator) comparator = qb.q.comparator;
    if (!qb.q.outside) start = Math.min(start, qb.start);
  }
  const qa = qualifierAfter(toks, next);
  if (qa) {
    if (qa.q.approximate) approximate = true;
    if (qa.q.comparator && !comparator) comparator = qa.q.comparator;
    next = qa.next;
    end = qa.end;
  }
  // A bare year after a year cue (في 2023, بحلول 2028) belongs to the dates stage.
  if (p.yearLike && !att && !range && !qbApplies && !cb && !qa && kind === 'cardinal' && first === p.first && isYearCue(toks[first - 1])) return null;

  let confidence = p.digits ? 0.9 : 0.8;
  if (kind === 'fraction' && !att) confidence = 0.6;
  if (p.yearLike && !att && !range && !qb && !cb) confidence = 0.45;
  if (!p.digits && !att && !range && p.next === p.first + 1) {
    const h = r.hit(p.first);
    if (h && (h.article || WEAK_SINGLE_WORDS.has(foldKey(toks[p.first].text.slice(h.start - toks[p.first].start))))) confidence = 0.55;
  }
  if (tags.includes('slash')) confidence = 0.4;
  return {
    next,
    cand: {
      type: 'number', start, end, source: 'numbers/' + tags.join('+'), confidence,
      value: round(value), kind, currency: kind === 'money' ? currency : null, unit, approximate, comparator, range,
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
      const f = foldedText(t);
      if (joiners.includes(f)) yStart = k + 1;
      else if (joiners.includes('ل')) {
        if (f === 'ل' && t.stem === '') yStart = k + 1;
        else if (r.hit(k)?.prefix === 'ل') yStart = k;
      }
    }
  }
  if (yStart < 0) {
    if ((t.text === '-' || t.text === '–') && (t.kind === 'punct' || t.kind === 'symbol' || t.kind === 'other')) yStart = k + 1;
    else if (t.kind === 'arabic' && foldedText(t) === 'الي') yStart = k + 1;
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
    const f = foldKey(t.text);
    if (AGE_BEFORE.has(f) || AGE_BEFORE.has(t.key)) return true;
  }
  const a = toks[next];
  const b = toks[next + 1];
  if (a && b && a.kind === 'arabic' && foldKey(a.text) === 'من' && b.kind === 'arabic' && AGE_AFTER.has(foldKey(b.text))) return true;
  return false;
}

/** A dual noun that states the count 2 on its own: شهرين, دولارين, مرتين. */
function dualNoun(r: Reader, i: number): Built | null {
  const t = r.tokens[i];
  if (t.kind !== 'arabic' || !looksDual(t.text)) return null;
  const u = lookupWord(UNIT_WORD_MAP, t);
  let fields: { kind: NumberKind; unit: string | null; currency: string | null } | null = null;
  let start = 0;
  if (u && u.entry.dual && !u.article) {
    fields = { kind: u.entry.kind, unit: u.entry.unit, currency: null };
    start = u.start;
  } else {
    const c = lookupWord(CURRENCY_WORD_MAP, t);
    if (c && c.entry.dual && !c.article) {
      fields = { kind: 'money', unit: null, currency: c.entry.iso };
      start = c.start;
    } else {
      const d = lookupWord(DUAL_COUNT_MAP, t);
      if (d && !d.article) {
        fields = { kind: 'cardinal', unit: d.entry.unit, currency: null };
        start = d.start;
      }
    }
  }
  if (!fields) return null;
  let approximate = false;
  let comparator: NumberCandidate['comparator'] = null;
  const qb = qualifierBefore(r.tokens, i);
  if (qb && !qb.q.needsUnit) {
    approximate = !!qb.q.approximate;
    comparator = qb.q.comparator ?? null;
    if (!qb.q.outside) start = qb.start;
  }
  return {
    next: i + 1,
    cand: {
      type: 'number', start, end: t.end, source: 'numbers/dual', confidence: 0.7,
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

function isYearCue(t: TextToken | undefined): boolean {
  if (!t || t.kind !== 'arabic') return false;
  const f = foldedText(t);
  if (YEAR_CUE_SET.has(f)) return true;
  // With a proclitic: وفي, ومنذ, وبحلول, والعام.
  return f.length > 2 && (f[0] === 'و' || f[0] === 'ف') && YEAR_CUE_SET.has(f.slice(1));
}

/** A range of years right after a people noun or أعمار (النساء بين 15 و49 عاما) is an age. */
function isAgeRange(r: Reader, first: number): boolean {
  for (let j = Math.max(0, first - 3); j < first; j++) {
    const t = r.tokens[j];
    if (t.kind === 'arabic' && AGE_PEOPLE.has(foldKey(t.text))) return true;
  }
  return false;
}
