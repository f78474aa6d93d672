/**
 * Token-level grammars, one per concern (chrono style): the matchers of the rules in rules.ts
 * (bound to them in registry.ts). Each takes the dates view of the document from a start
 * token and returns the longest expression it recognises there, or null, naming the rule
 * whose mention it is. None looks further than a few tokens ahead, so a pass over the
 * document is linear in tokens.
 */
import {
  DateReader, DAY_PERIOD_LIST, DAY_PHRASE_LIST, DAY_WORD_MAP, DIRECTION_MAP, DUAL_AFTER, DUAL_BEFORE, FRACTION_MAP, FUTURE_SET,
  GREG_YEAR_MARK, HIJRI_YEAR_MARK, MONTH_FIRST, MONTH_PART_MAP, NOT_FUTURE_S_SET, PERIOD_MAP, WEEKDAY_MAP, readNumber, wordYear, type MonthEntry,
} from './lex.js';
import type { Spec, Time } from './resolve.js';
import { CONFIDENCE, type DateRuleId } from './rules.js';
import { HOLIDAYS } from '../../lexicon/holidays.js';
import { NTH_AFTER as NTH_AFTER_WORDS, NTH_BEFORE } from '../../lexicon/date-ordinals.js';
import { procliticForms } from '../../lexicon/proclitics.js';

export interface Hit {
  i: number;
  /** Token index after the expression. */
  j: number;
  start: number;
  end: number;
  spec: Spec;
  /** The rule whose mention this is (its id is the mention's source). */
  source: DateRuleId;
  confidence: number;
}

const endOf = (c: DateReader, j: number) => c.tok(j - 1)!.end;
const DIR_OFF = { past: -1, current: 0, future: 1 } as const;
const TO_WORDS = ['الي', 'حتي', 'لغايه'];
const RANGE_FROM = ['من'];

/** Connector between the two ends of a range at token k: returns the index after it. */
export function rangeConnector(c: DateReader, k: number): number | null {
  if (!c.sameLine(k)) return null;
  if (c.punct(k, '-–—')) return k + 1;
  if (c.has(k, TO_WORDS, true)) return k + 1;
  if (c.word(k) === 'و' && c.has(k + 1, TO_WORDS)) return k + 2;
  return null;
}

// ---------- months and years ----------
export interface MonthRead { ordinalMonth?: boolean; m?: number; mRel?: number; mDir?: 'past' | 'current' | 'future'; hijri: boolean; ambiguous: boolean; viaShahr: boolean; j: number; start: number; paired: boolean }

function monthName(c: DateReader, i: number): { e: MonthEntry; j: number; start: number } | null {
  if (!c.sameLine(i)) return null;
  for (const v of c.variants(i)) {
    const list = MONTH_FIRST.get(v.key);
    if (!list) continue;
    for (const e of list) {
      let ok = true;
      for (let k = 0; k < e.rest.length; k++) {
        const w = c.word(i + 1 + k);
        if (!c.sameLine(i + 1 + k) || (w !== e.rest[k] && !(e.rest[k].startsWith('ال') && w === e.rest[k].slice(2)))) { ok = false; break; }
      }
      if (ok) return { e, j: i + 1 + e.rest.length, start: v.start };
    }
  }
  return null;
}

/** A month: يناير, كانون الثاني, يناير/ كانون الثاني, شهر 3, شهر ثلاثة, الشهر الثامن, الشهر الماضي, هذا الشهر. */
export function parseMonth(c: DateReader, i: number): MonthRead | null {
  let k = i;
  let viaShahr = false;
  const t0 = c.tok(i);
  if (!t0) return null;
  // هذا الشهر / هذه الشهر
  if (c.has(k, ['هذا', 'هذه']) && c.has(k + 1, ['شهر']) && c.variants(k + 1).some((v) => v.article)) {
    return { mRel: 0, hijri: false, ambiguous: false, viaShahr: true, j: k + 2, start: c.variants(k)[0].start, paired: false };
  }
  const shahr = c.has(k, ['شهر'], true);
  if (shahr) {
    const art = c.variants(k).some((v) => v.key === 'شهر' && v.article);
    const next = k + 1;
    if (art) {
      const dir = c.look(next, DIRECTION_MAP, false);
      if (dir) return { mRel: DIR_OFF[dir.e.dir], hijri: false, ambiguous: false, viaShahr: true, j: next + 1, start: shahr.start, paired: false };
      const num = readNumber(c, next);
      if (num && num.word && num.ordinal && num.value >= 1 && num.value <= 12 && !c.tok(next + 0)?.text.startsWith('و')) {
        return { ordinalMonth: true, m: num.value, hijri: false, ambiguous: false, viaShahr: true, j: num.j, start: shahr.start, paired: false };
      }
    } else {
      const num = readNumber(c, next);
      if (num && num.value >= 1 && num.value <= 12 && c.sameLine(next) && (num.word ? num.cardinal || num.value === 10 : true)) {
        if (!(num.word === false && c.tok(next)!.text.length > 2)) {
          return { m: num.value, hijri: false, ambiguous: false, viaShahr: true, j: num.j, start: shahr.start, paired: false };
        }
      }
    }
    viaShahr = true;
    k++;
  }
  const mn = monthName(c, k);
  if (!mn) return null;
  let j = mn.j;
  let paired = false;
  // double form: يناير/ كانون الثاني, آب/أغسطس, يناير (كانون الثاني)
  if (c.punct(j, '/\\|(') && c.sameLine(j)) {
    const second = monthName(c, j + 1);
    if (second && second.e.hijri === mn.e.hijri) {
      j = second.j;
      paired = true;
      if (c.punct(j - 0, ')') && c.punct(mn.j, '(')) j++;
    }
  }
  const start = viaShahr ? (shahr as { start: number }).start : mn.start;
  // مارس الجاري / آب الماضي / يونيو المقبل
  let mDir: MonthRead['mDir'];
  const dir = c.look(j, DIRECTION_MAP, false);
  if (dir && c.sameLine(j) && c.variants(j).some((v) => v.article)) { mDir = dir.e.dir; j++; }
  return { m: mn.e.month, mDir, hijri: mn.e.hijri, ambiguous: mn.e.ambiguous && !paired && !viaShahr && !mDir, viaShahr, j, start, paired };
}

export interface YearRead { y?: number; yRel?: number; hijriMark: boolean; gregMark: boolean; j: number; start: number; viaWord: boolean }

function yearMarks(c: DateReader, j: number): { j: number; hijri: boolean; greg: boolean } {
  if (c.sameLine(j) && c.has(j, HIJRI_YEAR_MARK, true)) return { j: j + 1, hijri: true, greg: false };
  if (c.sameLine(j) && c.has(j, GREG_YEAR_MARK)) return { j: j + 1, hijri: false, greg: true };
  return { j, hijri: false, greg: false };
}

/** A year: 2022, عام 2019, العام 2016, لعام 2014, 1445 هـ, العام الجاري/الماضي, هذا العام, السنة القادمة. */
export function parseYear(c: DateReader, i: number, needWord: boolean): YearRead | null {
  if (!c.sameLine(i)) return null;
  let k = i;
  if (c.has(k, ['هذا', 'هذه']) && c.has(k + 1, ['عام', 'سنه']) && c.variants(k + 1).some((v) => v.article && !v.prefix)) {
    return { yRel: 0, hijriMark: false, gregMark: false, j: k + 2, start: c.variants(k)[0].start, viaWord: true };
  }
  const w = c.has(k, ['عام', 'سنه'], true);
  if (w) {
    const art = c.variants(k).some((v) => (v.key === 'عام' || v.key === 'سنه') && v.article);
    if (art) {
      const dir = c.look(k + 1, DIRECTION_MAP, false);
      if (dir && c.sameLine(k + 1)) return { yRel: DIR_OFF[dir.e.dir], hijriMark: false, gregMark: false, j: k + 2, start: w.start, viaWord: true };
    }
    const y = c.digits(k + 1);
    if (y !== null && y >= 1000 && y <= 2200 && c.sameLine(k + 1)) {
      const mk = yearMarks(c, k + 2);
      return { y, hijriMark: mk.hijri, gregMark: mk.greg, j: mk.j, start: w.start, viaWord: true };
    }
    // The year in parentheses, as older and archival text writes it: عام (1976), سنة (1935) م.
    const yp = c.punct(k + 1, '(') && c.punct(k + 3, ')') ? c.digits(k + 2) : null;
    if (yp !== null && yp >= 1000 && yp <= 2200 && c.tok(k + 2)!.text.length === 4 && c.sameLine(k + 3)) {
      const mk = yearMarks(c, k + 4);
      return { y: yp, hijriMark: mk.hijri, gregMark: mk.greg, j: mk.j, start: w.start, viaWord: true };
    }
    return null;
  }
  if (needWord) return null;
  const y = c.digits(k);
  if (y !== null && y >= 1000 && y <= 2200 && c.tok(k)!.text.length === 4) {
    const mk = yearMarks(c, k + 1);
    return { y, hijriMark: mk.hijri, gregMark: mk.greg, j: mk.j, start: c.tok(k)!.start, viaWord: false };
  }
  return null;
}

/** Year after a month: [،] [من|في] [عام] YEAR. */
function yearAfter(c: DateReader, j: number): YearRead | null {
  let k = j;
  // مارس، 2020 / مارس. 2020 (a dot glued to the month, as in 12. مارس. 2020)
  if ((c.punct(k, '،,') || (c.punct(k, '.') && c.glued(k))) && c.sameLine(k)) k++;
  if (c.has(k, ['من', 'في']) && c.sameLine(k)) {
    const y = parseYear(c, k + 1, false);
    if (y && y.viaWord) return y;
    if (y && c.word(k) === 'في') return null;
    return null;
  }
  return parseYear(c, k, false);
}

// ---------- Gregorian / Hijri day-month-year ----------
const isDay = (n: number) => n >= 1 && n <= 31;

/** [اليوم] DAY [- DAY2] [من] [شهر] MONTH [/MONTH] [من] [عام] YEAR, or MONTH [DAY] [YEAR]. */
export function parseDayMonth(c: DateReader, i: number): Hit | null {
  const t = c.tok(i);
  if (!t) return null;
  let k = i;
  let start = -1;
  // اليوم الثالث من اكتوبر / يوم 5 مارس
  const yawm = c.has(k, ['يوم']);
  if (yawm && c.sameLine(k + 1) && readNumber(c, k + 1)) { start = yawm.start; k++; }
  // في اول شباط: a bare ordinal "اول" is day 1
  const day = readNumber(c, k);
  if (day && isDay(day.value) && (day.word ? day.ordinal : c.tok(k)!.text.length <= 2) && c.sameLine(k)) {
    if (start < 0) start = day.start;
    let q = day.j;
    let d2: number | undefined;
    const conn = rangeConnector(c, q);
    if (conn !== null) {
      const second = readNumber(c, conn);
      if (second && isDay(second.value) && second.value > day.value && (second.word ? second.ordinal : c.tok(conn)!.text.length <= 2)) { d2 = second.value; q = second.j; }
    }
    if (!day.word && c.punct(q, '.') && c.glued(q) && c.sameLine(q + 1)) q++; // 5. يونيو
    else if (c.has(q, ['من', 'في']) && c.sameLine(q)) q++;
    const mo = parseMonth(c, q);
    if (!mo) return null;
    let j = mo.j;
    const yr = yearAfter(c, j);
    let spec: Spec;
    if (yr) j = yr.j;
    const hijri = mo.hijri || (!!yr?.hijriMark && mo.m === undefined);
    if (mo.mRel !== undefined) spec = { t: 'date', mRel: mo.mRel, d: day.value, d2, y: yr?.y, yRel: yr?.yRel };
    else spec = { t: 'date', m: mo.m, mDir: mo.mDir, d: day.value, d2, y: yr?.y, yRel: yr?.yRel, hijri: hijri || undefined };
    if (!hijri && yr?.hijriMark) return null;
    return { i, j, start, end: endOf(c, j), spec, source: hijri ? 'dates/hijri' : 'dates/gregorian', confidence: CONFIDENCE.fullDate };
  }
  // MONTH [DAY [- DAY2]] [YEAR]
  const mo = parseMonth(c, i);
  if (!mo || mo.mRel !== undefined) return null;
  let j = mo.j;
  let d: number | undefined, d2: number | undefined;
  const dd = c.digits(j);
  if (dd !== null && isDay(dd) && c.tok(j)!.text.length <= 2 && c.sameLine(j)) {
    d = dd;
    j++;
    const conn = rangeConnector(c, j);
    if (conn !== null) {
      const e2 = c.digits(conn);
      if (e2 !== null && isDay(e2) && e2 > dd && c.tok(conn)!.text.length <= 2) { d2 = e2; j = conn + 1; }
    }
  } else if (mo.mDir === undefined && c.sameLine(j) && c.variants(j).some((v) => v.article && !v.prefix)) {
    // ديسمبر الحادي والثلاثين: an ordinal day in words after the month
    const num = readNumber(c, j);
    if (num && num.word && num.ordinal && isDay(num.value)) { d = num.value; j = num.j; }
  }
  const yr = yearAfter(c, j);
  if (yr) j = yr.j;
  if (mo.ambiguous && !yr && d === undefined) return null;
  // للشهر الثالث (for the third month running) is a count, not a date
  if (mo.ordinalMonth && !yr && d === undefined) return null;
  // a bare Hijri month is a date only with شهر, a day, a year or a direction (رمضان المقبل)
  if (mo.hijri && !yr && !mo.viaShahr && d === undefined && mo.mDir === undefined) return null;
  if (!mo.hijri && yr?.hijriMark) return null;
  const spec: Spec = { t: 'date', m: mo.m, mDir: mo.mDir, d, d2, y: yr?.y, yRel: yr?.yRel, hijri: mo.hijri || undefined };
  return { i, j, start: mo.start, end: endOf(c, j), spec, source: mo.hijri ? 'dates/hijri' : 'dates/gregorian', confidence: yr || d !== undefined ? CONFIDENCE.fullDate : CONFIDENCE.monthAlone };
}

/** عام 2019, العام 2016, 1445 هـ, العام الماضي, هذا العام. */
export function parseYearOnly(c: DateReader, i: number): Hit | null {
  const yr = parseYear(c, i, true) ?? (() => {
    const y = parseYear(c, i, false);
    return y && (y.hijriMark || y.gregMark) ? y : null;
  })();
  if (!yr) return null;
  const spec: Spec = yr.yRel !== undefined ? { t: 'period', unit: 'year', off: yr.yRel }
    : yr.hijriMark ? { t: 'date', y: yr.y, hijri: true } : { t: 'date', y: yr.y };
  return { i, j: yr.j, start: yr.start, end: endOf(c, yr.j), spec, source: yr.hijriMark ? 'dates/hijri' : yr.yRel !== undefined ? 'dates/relative' : 'dates/gregorian', confidence: CONFIDENCE.yearWithWord };
}

const YEAR_PREPS = ['في', 'بحلول', 'منذ', 'حتى', 'حتي', 'خلال', 'مطلع', 'اواخر', 'منتصف', 'نهايه', 'بدايه'];
const AFTER_YEAR_OK = ['في', 'من', 'على', 'علي', 'الي', 'حيث', 'مقابل', 'بعد', 'قبل', 'حين', 'عندما', 'بينما', 'وفق', 'حسب', 'بحسب'];
/** A bare year after a preposition: بحلول 2028, في 2023. The year alone is the span. */
export function parseBareYear(c: DateReader, i: number): Hit | null {
  const t = c.tok(i);
  const y = c.digits(i);
  if (!t || y === null || t.text.length !== 4 || y < 1800 || y > 2100 || i === 0) return null;
  // A year alone in parentheses after a name or event: النكبة (1948). The year alone is the span.
  if (c.punct(i - 1, '(') && c.punct(i + 1, ')') && c.sameLine(i + 1)) {
    return { i, j: i + 1, start: t.start, end: t.end, spec: { t: 'date', y }, source: 'dates/gregorian', confidence: CONFIDENCE.parenYear };
  }
  if (y < 1900) return null;
  // A list of years in parentheses: ( 1965 1967 1968 ): each is a year.
  if (yearListInParens(c, i)) return { i, j: i + 1, start: t.start, end: t.end, spec: { t: 'date', y }, source: 'dates/gregorian', confidence: CONFIDENCE.parenYear };
  if (!c.has(i - 1, YEAR_PREPS, true)) return null;
  const n = c.tok(i + 1);
  const okAfter = !n || n.newlineBefore || n.kind === 'punct' || (n.kind === 'arabic' && (c.word(i + 1).startsWith('و') || c.has(i + 1, AFTER_YEAR_OK)));
  if (!okAfter || (n && n.kind === 'punct' && '%٪/-:.'.includes(n.text) && !n.spaceBefore && c.tok(i + 2)?.kind === 'number')) return null;
  return { i, j: i + 1, start: t.start, end: t.end, spec: { t: 'date', y }, source: 'dates/gregorian', confidence: CONFIDENCE.bareYear };
}

const isYearToken = (c: DateReader, k: number): boolean => {
  const d = c.digits(k);
  return d !== null && d >= 1900 && d <= 2100 && c.tok(k)!.text.length === 4;
};
const LIST_SEP = ',،-–';
/**
 * Token i is in a parenthesised list of two or more years, (1965 1967 1968) or (2010، 2014):
 * looking back at most 24 tokens for the opening parenthesis, over years and separators only.
 */
function yearListInParens(c: DateReader, i: number): boolean {
  if (!isYearToken(c, i)) return false;
  const near = (k: number) => isYearToken(c, k) || (c.punct(k, LIST_SEP) && isYearToken(c, k + (k < i ? -1 : 1)));
  if (!near(i - 1) && !near(i + 1)) return false;
  for (let k = i - 1, n = 0; k >= 0 && n < 24; k--, n++) {
    if (c.punct(k, '(')) return true;
    if (!isYearToken(c, k) && !c.punct(k, LIST_SEP)) return false;
    if (c.tok(k + 1)!.newlineBefore) return false;
  }
  return false;
}

// ---------- numeric ----------
/** 2023/10/07, 7/10/2023, ٧-١٠-٢٠٢٣, 5.3.2024, 2/2013. Day-first unless the first number is a year or the second cannot be a month. */
/** Words after which a day/month without a year is a date: يوم 17/3, بتاريخ 5-6. */
const NUMERIC_DATE_CUES = ['يوم', 'بتاريخ', 'تاريخ', 'في', 'منذ', 'حتى', 'حتي', 'الموافق', 'موافق'];

/** A two-digit year: 00–49 is 20xx, 50–99 is 19xx (news dates are recent). */
const fullYear = (yy: number): number => (yy < 50 ? 2000 + yy : 1900 + yy);

/**
 * 2023/10/07, 7/10/2023, ٧-١٠-٢٠٢٣, 5.3.2024, 17.03.21, 17 / 3 / 2021, 2/2013, يوم 17/3.
 * Day-first unless the first number is a year or the second cannot be a month; a two-digit
 * year is 20xx below 50 and 19xx from 50; a day and month without a year need a cue before
 * them (يوم, بتاريخ, في …) and take the reference year.
 */
export function parseNumeric(c: DateReader, i: number): Hit | null {
  const t = c.tok(i);
  if (!t || t.kind !== 'number') return null;
  let parts: number[] = [];
  let lens: number[] = [];
  let j = i + 1;
  let sep = '';
  let spaced = false;
  if (/^\d{1,4}([./-])\d{1,2}\1\d{1,4}$/.test(t.text)) {
    sep = t.text.replace(/\d/g, '')[0];
    parts = t.text.split(sep).map((x) => parseInt(x, 10));
    lens = t.text.split(sep).map((x) => x.length);
  } else {
    if (!/^\d{1,4}$/.test(t.text)) return null;
    // A lone number (no separator after it) is no numeric date; 17 / 3 / 2021 may be spaced.
    if (!c.punct(j, '/-.:')) return null;
    spaced = !c.glued(j);
    if (spaced && !c.punct(j, '/-')) return null;
    parts = [parseInt(t.text, 10)];
    lens = [t.text.length];
    while (parts.length < 3 && c.punct(j, '/-.') && c.glued(j) !== spaced && c.glued(j + 1) !== spaced && c.digits(j + 1) !== null && c.sameLine(j + 1)) {
      const s = c.tok(j)!.text;
      if (sep && s !== sep) break;
      sep = s;
      parts.push(c.digits(j + 1)!);
      lens.push(c.tok(j + 1)!.text.length);
      j += 2;
    }
    // not part of a longer numeric chain (phone numbers, scores)
    if (c.punct(j, '/-.:') && c.glued(j) && c.digits(j + 1) !== null && c.glued(j + 1)) return null;
  }
  if (parts.length < 2) return null;
  let spec: Spec | null = null;
  let confidence: number = CONFIDENCE.numeric;
  if (parts.length === 3) {
    let [a, b, y] = parts;
    if (lens[0] === 4) { y = parts[0]; a = parts[2]; b = parts[1]; }
    else if (lens[2] === 2 && !spaced && lens[0] <= 2 && lens[1] <= 2) y = fullYear(y);
    else if (lens[2] !== 4) return null;
    if (lens[0] !== 4 && b > 12 && a <= 12) [a, b] = [b, a];
    if (y < 1000 || y > 2200 || b < 1 || b > 12 || !isDay(a)) return null;
    spec = { t: 'date', y, m: b, d: a };
    // day first when both orders are dates (9/1/2022): marked by a lower confidence
    if (lens[0] !== 4 && a <= 12 && a !== b) confidence = CONFIDENCE.numericAmbiguous;
  } else if (spaced) {
    return null;
  } else if (lens[1] === 4 && sep === '/' && parts[0] >= 1 && parts[0] <= 12 && parts[1] >= 1000 && parts[1] <= 2200) {
    spec = { t: 'date', y: parts[1], m: parts[0] };
  } else if (lens[0] <= 2 && lens[1] <= 2 && (sep === '/' || sep === '-') && c.has(i - 1, NUMERIC_DATE_CUES, true) && c.sameLine(i)) {
    let [a, b] = parts;
    if (b > 12 && a <= 12) [a, b] = [b, a];
    if (b < 1 || b > 12 || !isDay(a)) return null;
    spec = { t: 'date', m: b, d: a };
    confidence = a <= 12 && a !== b ? Math.min(CONFIDENCE.numericNoYear, CONFIDENCE.numericAmbiguous) : CONFIDENCE.numericNoYear;
  }
  if (!spec) return null;
  return { i, j, start: t.start, end: endOf(c, j), spec, source: 'dates/numeric', confidence };
}

/** DD/MM after a weekday (السبت 21/09): day-first. */
export function parseDayMonthNumeric(c: DateReader, i: number): { d: number; m: number; j: number } | null {
  const a = c.digits(i);
  if (a === null || !isDay(a) || !c.punct(i + 1, '/-.') || !c.glued(i + 1) || !c.glued(i + 2)) return null;
  const b = c.digits(i + 2);
  if (b === null || b < 1 || b > 12) return null;
  if (c.punct(i + 3, '/-.') && c.glued(i + 3)) return null;
  return { d: a, m: b, j: i + 3 };
}

// ---------- relative days ----------
const YAWM = ['يوم'];
const PART_OF_DAY = ['صباح', 'مساء', 'ظهر', 'فجر', 'عصر', 'ليله', 'منتصف'];
export function parseDayWord(c: DateReader, i: number): Hit | null {
  if (!c.sameLine(i)) return null;
  // now
  const w0 = c.has(i, ['الان', 'حالا'], true);
  if (w0) return { i, j: i + 1, start: w0.start, end: c.tok(i)!.end, spec: { t: 'now' }, source: 'dates/relative', confidence: CONFIDENCE.now };
  if (c.has(i, ['هذه']) && c.has(i + 1, ['لحظه'])) return { i, j: i + 2, start: c.variants(i)[0].start, end: c.tok(i + 1)!.end, spec: { t: 'now' }, source: 'dates/relative', confidence: CONFIDENCE.now };
  let k = i;
  let start = -1;
  // [يوم|اليوم] [الذي|الي|اللي] (قبل|بعد) DAYWORD
  const lead = c.has(k, YAWM, true);
  let q = k;
  if (lead) q++;
  if (lead && c.has(q, ['الذي', 'الي', 'اللي'])) q++;
  const shift = c.has(q, ['قبل', 'بعد'], true) ?? c.variants(q).find((v) => v.article && (v.key === 'قبل')) ?? null;
  if (shift && c.sameLine(q + 1)) {
    const dw = c.look(q + 1, DAY_WORD_MAP, false);
    if (dw && dw.e.offset !== 0) {
      const sign = c.variants(q).some((v) => v.key === 'بعد') ? 1 : -1;
      const off = dw.e.offset + sign;
      if ((sign > 0 && dw.e.offset > 0) || (sign < 0 && dw.e.offset < 0)) {
        start = lead ? lead.start : shift.start;
        return { i, j: q + 2, start, end: c.tok(q + 1)!.end, spec: { t: 'dayoff', off }, source: 'dates/relative', confidence: CONFIDENCE.relative };
      }
    }
  }
  for (const p of DAY_PHRASE_LIST) {
    let ok = true;
    for (let x = 0; x < p.words.length; x++) {
      if (!c.sameLine(i + x) || !c.variants(i + x).some((v) => v.key === p.words[x] && (x === 0 || !v.prefix))) { ok = false; break; }
    }
    if (ok) {
      const v0 = c.variants(i).find((v) => v.key === p.words[0])!;
      return { i, j: i + p.words.length, start: v0.start, end: c.tok(i + p.words.length - 1)!.end, spec: { t: 'dayoff', off: p.offset }, source: 'dates/relative', confidence: CONFIDENCE.relative };
    }
  }
  // يوم غد
  if (lead && !lead.article && c.has(i + 1, ['غد'], false) && c.sameLine(i + 1)) {
    return { i, j: i + 2, start: lead.start, end: c.tok(i + 1)!.end, spec: { t: 'dayoff', off: 1 }, source: 'dates/relative', confidence: CONFIDENCE.relative };
  }
  // هذا اليوم
  if (c.has(k, ['هذا']) && c.variants(k + 1).some((v) => v.key === 'يوم' && v.article && !v.prefix) && c.sameLine(k + 1)) {
    return { i, j: k + 2, start: c.variants(k)[0].start, end: c.tok(k + 1)!.end, spec: { t: 'dayoff', off: 0 }, source: 'dates/relative', confidence: CONFIDENCE.thisDay };
  }
  // صباح اليوم / مساء أمس / ليلة الخميس: the part of the day stays at day precision
  let partStart = -1;
  const part = c.has(k, PART_OF_DAY, true);
  if (part && !part.article && c.sameLine(k + 1)) { partStart = part.start; k++; }
  const dw = c.look(k, DAY_WORD_MAP);
  if (!dw) return null;
  if (partStart >= 0 && dw.v.prefix) return null;
  if (dw.e.article === 'required' && !dw.v.article) return null;
  // A day word takes و + a preposition (وبالأمس) but not ف + a preposition (فبالأمس).
  if (dw.v.prefix.length > 1 && !dw.v.prefix.startsWith('و')) return null;
  start = dw.v.start;
  let off = dw.e.offset;
  let j = k + 1;
  if (off === 0) {
    // اليوم نفسه / اليوم التالي / اليوم الأول ...: anaphoric, not today
    if (c.has(j, ['نفسه', 'ذاته', 'عينه']) && c.sameLine(j)) return null;
    const dir = c.look(j, DIRECTION_MAP, false);
    if (dir && c.sameLine(j)) {
      if (dir.e.dir === 'past') { off = -1; j++; } else return null;
    }
    if (readNumber(c, j) && c.sameLine(j)) return null;
  }
  // أمس الأول
  if (off === -1 && c.has(j, ['اول']) && c.variants(j).some((v) => v.article && !v.prefix) && c.sameLine(j)) { off = -2; j++; }
  if (partStart >= 0) start = partStart;
  return { i, j, start, end: endOf(c, j), spec: { t: 'dayoff', off }, source: 'dates/relative', confidence: CONFIDENCE.relative };
}

// ---------- periods ----------
/** الأسبوع الماضي, الشهر الجاري, العام المقبل, هذا الأسبوع, هذه السنة. */
export function parsePeriod(c: DateReader, i: number): Hit | null {
  if (!c.sameLine(i)) return null;
  let k = i;
  let start = -1;
  const dem = c.has(k, ['هذا', 'هذه'], true);
  if (dem) { start = dem.start; k++; if (!c.sameLine(k)) return null; }
  const p = c.look(k, PERIOD_MAP, !dem);
  if (!p || !p.v.article || p.e.count || p.e.unit === 'day' || !['اسبوع', 'شهر', 'عام', 'سنه', 'سنة'].includes(p.v.key)) return null;
  if (start < 0) start = p.v.start;
  let off: number | null = dem ? 0 : null;
  let j = k + 1;
  if (!dem) {
    const dir = c.look(j, DIRECTION_MAP, false);
    if (!dir || !c.sameLine(j)) return null;
    off = DIR_OFF[dir.e.dir];
    j++;
  }
  return { i, j, start, end: endOf(c, j), spec: { t: 'period', unit: p.e.unit as 'week' | 'month' | 'year', off: off! }, source: 'dates/relative', confidence: CONFIDENCE.relative };
}

/** قبل ثلاثة أيام, منذ أسبوعين, قبل عام, من اسبوع. */
export function parseAgo(c: DateReader, i: number): Hit | null {
  const w = c.has(i, ['قبل', 'منذ', 'من'], true);
  if (!w || !c.sameLine(i + 1)) return null;
  const isMin = w.key === 'من';
  let k = i + 1;
  let n = 1;
  const num = readNumber(c, k);
  if (num && !isMin && (num.cardinal || num.value >= 11)) { n = num.value; k = num.j; }
  const p = c.look(k, PERIOD_MAP, false);
  if (!p || p.v.article || !c.sameLine(k)) return null;
  if (p.e.count) { if (num && k !== i + 1) return null; n = p.e.count; } else if (k === i + 1 && ['ايام', 'اسابيع', 'اشهر', 'شهور', 'اعوام', 'سنوات', 'سنين'].includes(p.v.key)) return null;
  if (isMin && (p.e.unit !== 'week' || n !== 1)) return null;
  // منذ عام 2016 / من شهر مارس are dates, not durations
  if (c.digits(k + 1) !== null || parseMonth(c, k + 1) || wordYear(c, k + 1)) return null;
  if (n > 1000) return null;
  return { i, j: k + 1, start: w.start, end: c.tok(k)!.end, spec: { t: 'ago', unit: p.e.unit, n }, source: 'dates/relative', confidence: CONFIDENCE.ago };
}

/** مطلع/منتصف/أواخر + month. */
export function parseMonthPart(c: DateReader, i: number): Hit | null {
  const p = c.look(i, MONTH_PART_MAP);
  if (!p || !c.sameLine(i + 1)) return null;
  let k = i + 1;
  if (c.has(k, ['من']) && c.sameLine(k)) k++;
  const mo = parseMonth(c, k);
  if (!mo) return null;
  let j = mo.j;
  const yr = yearAfter(c, j);
  if (yr) j = yr.j;
  const spec: Spec = { t: 'monthpart', m: mo.m, mRel: mo.mRel, mDir: mo.mDir, y: yr?.y, yRel: yr?.yRel, hijri: mo.hijri || undefined, from: p.e.from, to: p.e.to };
  return { i, j, start: p.v.start, end: endOf(c, j), spec, source: 'dates/relative', confidence: CONFIDENCE.monthPart };
}

// ---------- weekdays ----------
const NTH = new Map<string, number>(NTH_BEFORE.map((w) => [w.form, w.n]));
const NTH_AFTER = new Map<string, number>(NTH_AFTER_WORDS.map((w) => [w.form, w.n]));
/** The proclitics a weekday may carry (the table's `weekdays` context: not ك, not وك). */
const WEEKDAY_PROCLITICS: ReadonlySet<string> = new Set(procliticForms('weekdays'));

function weekdayAt(c: DateReader, i: number, introduced: boolean): { wd: number; start: number; article: boolean } | null {
  if (!c.sameLine(i)) return null;
  const h = c.look(i, WEEKDAY_MAP);
  if (!h) return null;
  if (h.v.prefix && !WEEKDAY_PROCLITICS.has(h.v.prefix)) return null;
  if (h.e.needsArticleAlone && !h.v.article) {
    if (!introduced && !c.has(i + 1, ['اسبوع'], false) && !c.variants(i + 1).some((v) => v.key === 'اسبوع')) return null;
  }
  // الاثنين "the two"
  if (h.e.iso === 1 && (c.has(i - 1, DUAL_BEFORE, true) || c.has(i + 1, DUAL_AFTER))) return null;
  // الأحد as "one of" / the two in construct: احد/اثنين followed by a plural noun without article is rare; الاحد + noun with article is still Sunday
  return { wd: h.e.iso, start: h.v.start, article: h.v.article };
}

/** A س-prefixed verb or a future word in the same clause. */
export function futureNear(c: DateReader, i: number, j: number): boolean {
  const isFuture = (k: number): boolean => {
    for (const v of c.variants(k)) {
      if (v.prefix && v.prefix !== 'و' && v.prefix !== 'ف') continue;
      if (FUTURE_SET.has(v.key)) return true;
      if (v.key.length >= 5 && v.key[0] === 'س' && 'يتنا'.includes(v.key[1]) && !NOT_FUTURE_S_SET.has(v.key) && !v.article) return true;
    }
    return false;
  };
  for (let k = j; k < j + 2 && k < c.n; k++) {
    const t = c.tok(k)!;
    if (t.kind === 'punct' || t.newlineBefore) break;
    if (c.has(k, ['ان', 'انه', 'الذي', 'التي'])) break;
    if (isFuture(k)) return true;
  }
  for (let k = i - 1; k >= i - 3 && k >= 0; k--) {
    const t = c.tok(k)!;
    if (t.kind === 'punct' || c.tok(k + 1)!.newlineBefore) break;
    if (isFuture(k)) return true;
  }
  return false;
}

/**
 * [يوم|اليوم|هذا] WEEKDAY [الماضي|المقبل | (من) الأسبوع X | ، DATE | DATE | ORDINAL-DAY | DD/MM],
 * and nth weekdays (اول ثلاثاء من شهر عشرة, الاثنين الاخير من شهر اذار).
 */
export function parseWeekday(c: DateReader, i: number): Hit | null {
  let k = i;
  let start = -1;
  let today = false;
  let nth: number | undefined;
  const yawm = c.has(k, YAWM, true);
  if (yawm) { start = yawm.start; today = yawm.article; k++; }
  else {
    const dem = c.has(k, ['هذا']);
    if (dem) { start = dem.start; k++; }
    else {
      const o = c.variants(k).find((v) => !v.article && !v.prefix && NTH.has(v.key));
      if (o) {
        nth = NTH.get(o.key);
        start = o.start;
        k++;
        if (c.has(k, YAWM)) k++;
      }
    }
  }
  const wd = weekdayAt(c, k, start >= 0);
  if (!wd) return null;
  if (start < 0) start = wd.start;
  let j = k + 1;
  const src = 'dates/weekday';
  // nth weekday of a month
  if (nth !== undefined) {
    let q = j;
    if (c.has(q, ['من', 'في'], false)) q++;
    const mo = parseMonth(c, q);
    if (!mo) return null;
    let e = mo.j;
    const yr = yearAfter(c, e);
    if (yr) e = yr.j;
    return { i, j: e, start, end: endOf(c, e), spec: { t: 'nthwd', n: nth, wd: wd.wd, m: mo.m, mRel: mo.mRel, y: yr?.y, yRel: yr?.yRel, hijri: mo.hijri || undefined }, source: src, confidence: CONFIDENCE.nthWeekday };
  }
  // WEEKDAY الاخير/الثالث من MONTH
  const after = c.variants(j).find((v) => v.article && !v.prefix && NTH_AFTER.has(v.key));
  if (after && c.sameLine(j)) {
    const n = NTH_AFTER.get(after.key)!;
    const dm = parseDayMonth(c, j);
    if (dm && dm.spec.t === 'date' && dm.spec.m !== undefined && dm.spec.d2 === undefined) {
      const spec: Spec = { ...dm.spec, wd: wd.wd, nthAlt: n > 0 && n <= 5 ? n : undefined };
      return { i, j: dm.j, start, end: dm.end, spec, source: dm.source, confidence: CONFIDENCE.weekdayNthDate };
    }
    let q = j + 1;
    if (c.has(q, ['من', 'في'])) {
      q++;
      const mo = parseMonth(c, q);
      if (mo && (n === -1 || !readNumber(c, j + 1))) {
        let e = mo.j;
        const yr = yearAfter(c, e);
        if (yr) e = yr.j;
        return { i, j: e, start, end: endOf(c, e), spec: { t: 'nthwd', n, wd: wd.wd, m: mo.m, mRel: mo.mRel, y: yr?.y, yRel: yr?.yRel, hijri: mo.hijri || undefined }, source: src, confidence: CONFIDENCE.nthWeekday };
      }
    }
  }
  // explicit date after the weekday: الاثنين 18 شباط, يوم الاثنين في 18 شباط, الاربعاء، 13 شباط, الخميس الموافق 14 شهر شباط
  {
    let q = j;
    if ((c.punct(q, '،,') || c.has(q, ['في', 'الموافق', 'موافق'])) && c.sameLine(q)) q++;
    const dm = parseDayMonth(c, q) ?? parseNumeric(c, q);
    if (dm && dm.spec.t === 'date' && dm.spec.d !== undefined && dm.spec.d2 === undefined) {
      return { i, j: dm.j, start, end: dm.end, spec: { ...dm.spec, wd: wd.wd }, source: dm.source, confidence: CONFIDENCE.fullDate };
    }
    const dmn = parseDayMonthNumeric(c, q);
    if (dmn) return { i, j: dmn.j, start, end: endOf(c, dmn.j), spec: { t: 'date', m: dmn.m, d: dmn.d, wd: wd.wd }, source: 'dates/numeric', confidence: CONFIDENCE.weekdayNumeric };
    // السبت السادس عشر: a day of the reference month
    const num = readNumber(c, j);
    if (num && num.word && num.ordinal && isDay(num.value) && c.sameLine(j) && c.variants(j).some((v) => v.article && !v.prefix)) {
      return { i, j: num.j, start, end: endOf(c, num.j), spec: { t: 'date', d: num.value, wd: wd.wd }, source: src, confidence: CONFIDENCE.weekdayDayOfMonth };
    }
  }
  if (today) return { i, j, start, end: endOf(c, j), spec: { t: 'dayoff', off: 0, wd: wd.wd }, source: src, confidence: CONFIDENCE.relative };
  // direction
  const dir = c.look(j, DIRECTION_MAP, false);
  if (dir && c.sameLine(j)) {
    j++;
    const d = dir.e.dir;
    if (d === 'current') return { i, j, start, end: endOf(c, j), spec: { t: 'weekday', wd: wd.wd, dir: 'auto', week: 0 }, source: src, confidence: CONFIDENCE.relative };
    return { i, j, start, end: endOf(c, j), spec: { t: 'weekday', wd: wd.wd, dir: d === 'past' ? 'past' : 'future' }, source: src, confidence: CONFIDENCE.relative };
  }
  // (من) الأسبوع الماضي / (من) هذا الأسبوع
  {
    let q = j;
    if (c.has(q, ['من']) && c.sameLine(q)) q++;
    const per = parsePeriod(c, q);
    if (per && per.spec.t === 'period' && per.spec.unit === 'week' && c.sameLine(q)) {
      return { i, j: per.j, start, end: per.end, spec: { t: 'weekday', wd: wd.wd, dir: 'auto', week: per.spec.off }, source: src, confidence: CONFIDENCE.relative };
    }
  }
  const future = futureNear(c, k, j);
  return { i, j, start, end: endOf(c, j), spec: { t: 'weekday', wd: wd.wd, dir: 'auto', future }, source: src, confidence: wd.wd === 1 ? CONFIDENCE.weekdayMonday : CONFIDENCE.weekday };
}

// ---------- times of day ----------
function dayPeriod(c: DateReader, k: number): { pm: boolean | null; j: number } | null {
  if (!c.sameLine(k)) return null;
  for (const p of DAY_PERIOD_LIST) {
    let ok = true;
    for (let x = 0; x < p.words.length; x++) {
      if (!c.sameLine(k + x) || !c.variants(k + x).some((v) => v.key === p.words[x] && !v.prefix)) { ok = false; break; }
    }
    if (ok) return { pm: p.pm, j: k + p.words.length };
  }
  return null;
}

/** الساعة التاسعة صباحا, 09:30, الساعة 3 و15 دقيقة عصرا, الثالثة فجرا, الساعة 12 الا ربع. */
export function parseTime(c: DateReader, i: number): Hit | null {
  if (!c.sameLine(i)) return null;
  let k = i;
  let start = -1;
  const sa = c.has(k, ['ساعه'], true);
  const hasSaa = !!sa && c.variants(k).some((v) => v.key === 'ساعه' && v.article);
  if (hasSaa) { start = sa!.start; k++; if (!c.sameLine(k)) return null; }
  let h: number, mi = 0, s: number | undefined;
  let gran: Time['gran'] = 'hour';
  let clock = false;
  const d0 = c.digits(k);
  if (d0 !== null) {
    if (start < 0) start = c.tok(k)!.start;
    h = d0;
    k++;
    if (c.punct(k, ':') && c.glued(k) && c.glued(k + 1) && c.digits(k + 1) !== null && c.tok(k + 1)!.text.length === 2) {
      mi = c.digits(k + 1)!; k += 2; gran = 'minute'; clock = true;
      if (c.punct(k, ':') && c.glued(k) && c.glued(k + 1) && c.digits(k + 1) !== null && c.tok(k + 1)!.text.length === 2) { s = c.digits(k + 1)!; k += 2; gran = 'second'; }
    }
    if (!hasSaa && !clock) return null;
    if (clock && (c.punct(k, ':/') && c.glued(k))) return null;
  } else {
    let num = readNumber(c, k);
    if (num && num.value > 24) num = readNumber(c, k, false, true);
    if (!num || !num.word) return null;
    if (!hasSaa && !(num.ordinal && c.variants(k).some((v) => v.article))) return null;
    if (start < 0) start = num.start;
    h = num.value;
    k = num.j;
  }
  if (h > 24 || mi > 59 || (s ?? 0) > 59) return null;
  // minutes: و + (ربع|نصف|ثلث|N [دقيقة]) / الا + (ربع|ثلث|N دقيقة)
  let q = k;
  let minus = false;
  let wq = q;
  if (c.word(q) === 'و' && c.sameLine(q + 1)) wq = q + 1;
  const hasW = wq !== q || c.variants(q).some((v) => v.prefix === 'و');
  const ila = c.has(q, ['الا', 'الي'], false) && c.word(q) !== 'الي' ? q + 1 : null;
  if (ila !== null) { minus = true; wq = ila; }
  if ((hasW || minus) && !clock && c.sameLine(wq)) {
    const fr = c.look(wq, FRACTION_MAP);
    if (fr && (minus ? !fr.v.prefix : (wq !== q ? !fr.v.prefix : fr.v.prefix === 'و'))) {
      mi = minus ? -fr.e.minutes : fr.e.minutes; gran = 'minute'; k = wq + 1;
    } else {
      const mn = readNumber(c, wq, wq === q);
      if (mn && mn.value < 60 && (mn.word ? mn.cardinal || wq === q : true)) {
        let e = mn.j;
        const dq = c.has(e, ['دقيقه', 'دقائق', 'دقيقا'], false);
        if (dq) e++;
        if (dq || mn.value > 12 || !minus) { mi = minus ? -mn.value : mn.value; gran = 'minute'; k = e; }
      }
    }
  }
  let pm: boolean | null = null;
  const per = dayPeriod(c, k);
  if (per) { pm = per.pm; k = per.j; }
  // An ordinal without الساعة and without a day period is not a time: الخامس والعشرين is 25th.
  if (!hasSaa && !clock && !per) return null;
  if (mi < 0) { h -= 1; mi += 60; }
  if (pm === true && h < 12) h += 12;
  const time: Time = { h, mi, s, gran, pm: pm === null && h < 12 ? null : pm ?? true };
  if (pm === false) time.pm = false;
  if (pm === null) time.pm = h >= 12 ? true : null;
  return { i, j: k, start, end: endOf(c, k), spec: { t: 'time', time }, source: 'dates/time', confidence: clock || hasSaa ? CONFIDENCE.timeCued : CONFIDENCE.timeOrdinal };
}

// ---------- holidays ----------
/** Keys a holiday's first word can have: as written, and without its article (for ال + key). */
const HOLIDAY_FIRST = new Set(HOLIDAYS.map((h) => h.words[0]));
const HOLIDAY_FIRST_BARE = new Set(HOLIDAYS.map((h) => h.words[0]).filter((w) => w.startsWith('ال')).map((w) => w.slice(2)));
export function parseHoliday(c: DateReader, i: number): Hit | null {
  // Most tokens cannot start a holiday: answer that without building a string per variant.
  let may = false;
  for (const v of c.variants(i)) if (HOLIDAY_FIRST.has(v.key) || (v.article && HOLIDAY_FIRST_BARE.has(v.key))) may = true;
  if (!may) return null;
  for (const hday of HOLIDAYS) {
    let ok = true;
    for (let x = 0; x < hday.words.length; x++) {
      const w = hday.words[x];
      if (!c.sameLine(i + x) || !c.variants(i + x).some((v) => (v.key === w || (v.article && 'ال' + v.key === w)) && (x === 0 || !v.prefix))) { ok = false; break; }
    }
    if (!ok) continue;
    let j = i + hday.words.length;
    const y = c.digits(j);
    let year: number | undefined;
    if (y !== null && y >= 1900 && y <= 2200 && c.sameLine(j)) { year = y; j++; }
    const v0 = c.variants(i).find((v) => v.key === hday.words[0] || 'ال' + v.key === hday.words[0])!;
    return { i, j, start: v0.start, end: endOf(c, j), spec: { t: 'holiday', kind: hday.kind, m: hday.m, d: hday.d, y: year }, source: 'dates/holiday', confidence: CONFIDENCE.holiday };
  }
  return null;
}

export type Grammar = (c: DateReader, i: number) => Hit | null;
export { RANGE_FROM };
