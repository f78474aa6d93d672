/**
 * The resolver: turns a parsed date spec into an ISO value against the reference date.
 * Policies:
 *  - bare weekday: most recent such day ON OR BEFORE the reference (news), strictly after it when
 *    the text marks the future or options.forwardDates is set (Duckling);
 *  - X الماضي: strictly before; X المقبل/القادم: strictly after;
 *  - day + month without a year: the reference year, moved back a year when that lands more than
 *    half a year after the reference in news mode (a January article's "28 ديسمبر" is last December);
 *  - weeks are ISO 8601 weeks (2022-W01, granularity 'week');
 *  - ranges are START/END with END inclusive at the stated granularity (13 الى 15 تموز →
 *    2013-07-13/2013-07-15).
 */
import type { DateFields, Granularity } from '../../schema/mention.js';
import {
  addMonths, dayNumber, daysInMonth, easter, fmtDay, fmtMonth, fmtTime, fmtYear, fromDayNumber, fromHijri,
  hijriMonthLength, isoWeek, isoWeekday, mondayOf, toHijri, validDate, type YMD,
} from './calendar.js';

export interface Time { h: number; mi: number; s?: number; gran: 'hour' | 'minute' | 'second'; pm: boolean | null }

export type Spec =
  | { t: 'date'; y?: number; yRel?: number; m?: number; mRel?: number; mDir?: 'past' | 'current' | 'future'; d?: number; d2?: number; hijri?: boolean; hijriYearOnly?: boolean; wd?: number; nthAlt?: number; time?: Time }
  | { t: 'dayoff'; off: number; wd?: number; time?: Time }
  | { t: 'weekday'; wd: number; dir: 'past' | 'future' | 'auto'; week?: number; future?: boolean; time?: Time }
  | { t: 'period'; unit: 'week' | 'month' | 'year'; off: number }
  | { t: 'ago'; unit: 'day' | 'week' | 'month' | 'year'; n: number }
  | { t: 'monthpart'; y?: number; yRel?: number; m?: number; mRel?: number; mDir?: 'past' | 'current' | 'future'; hijri?: boolean; from: number; to: number }
  | { t: 'nthwd'; n: number; wd: number; y?: number; yRel?: number; m?: number; mRel?: number; hijri?: boolean }
  | { t: 'holiday'; kind: 'greg' | 'hijri' | 'easter'; m: number; d: number; y?: number }
  | { t: 'time'; time: Time }
  | { t: 'now' }
  | { t: 'range'; a: Spec; b: Spec }
  /** Months of one year: a quarter, a half, the beginning or end of a year, a season. */
  | { t: 'months'; y?: number; yRel?: number; from: number; to: number }
  /** Whole years a…b: a decade, a century, ما بين عامي 2010 و2015. */
  | { t: 'years'; a: number; b: number }
  /** A decade of the century `off` centuries from the reference year's: ثمانينيات القرن الماضي. */
  | { t: 'centuryDecade'; decade: number; off: number }
  /** The calendar decade `off` decades from the reference year's: العقد الماضي. */
  | { t: 'decade'; off: number }
  /** n units before the reference date (ending the day before) or after it (from the day after): الأيام الثلاثة المقبلة. */
  | { t: 'span'; unit: 'day' | 'week' | 'month' | 'year'; n: number; dir: 'past' | 'future' }
  /** n units after the reference date: بعد أسبوع. */
  | { t: 'after'; unit: 'day' | 'week' | 'month' | 'year'; n: number };

export interface Ref {
  /** Day number (days since 1970-01-01). */
  day: number;
  h: number;
  mi: number;
  hasTime: boolean;
  forward: boolean;
  /** False when no reference date was given or found (today is used). */
  known: boolean;
}

export type Resolved = Omit<DateFields, 'interval'> & {
  /** First day covered (day number), for checks. */
  day?: number;
  /** Weekday stated alongside an explicit date that disagrees with it. */
  mismatch?: { stated: number; actual: number; date: string };
};

const WD_NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const weekdayName = (iso: number) => WD_NAMES[iso] ?? '?';

function base(value: string, granularity: Granularity, relative: boolean, inferred: boolean, day?: number): Resolved {
  return { value, granularity, calendar: 'gregorian', hijri: null, relative, inferred, day };
}

function withTime(day: number, time: Time, ref: Ref, relative: boolean, inferred: boolean): Resolved {
  let h = time.h;
  if (time.pm === true && h < 12) h += 12;
  if (time.pm === null && ref.forward && h < 12 && day === ref.day && (h < ref.h || (h === ref.h && time.mi <= ref.mi))) h += 12;
  let d = day;
  if (h >= 24) { h -= 24; d += 1; }
  const value = `${fmtDay(d)}T${fmtTime(h, time.mi, time.gran === 'second' ? time.s ?? 0 : undefined)}`;
  return base(value, time.gran, relative, inferred, d);
}

/** The reference date's calendar fields (a few integer operations: no memo, no module state). */
function refYMD(ref: Ref): YMD {
  return fromDayNumber(ref.day);
}

function monthOf(spec: { y?: number; yRel?: number; m?: number; mRel?: number; mDir?: 'past' | 'current' | 'future' }, ref: Ref): { y: number; m: number; relative: boolean; inferredYear: boolean } | null {
  const r = refYMD(ref);
  if (spec.mRel !== undefined) {
    const a = addMonths(r.y, r.m, spec.mRel);
    return { y: spec.y ?? a.y, m: a.m, relative: true, inferredYear: false };
  }
  if (spec.m === undefined) return null;
  if (spec.y !== undefined) return { y: spec.y, m: spec.m, relative: false, inferredYear: false };
  if (spec.yRel !== undefined) return { y: r.y + spec.yRel, m: spec.m, relative: true, inferredYear: false };
  if (spec.mDir === 'current') return { y: r.y, m: spec.m, relative: true, inferredYear: false };
  if (spec.mDir === 'past') return { y: spec.m < r.m ? r.y : r.y - 1, m: spec.m, relative: true, inferredYear: false };
  if (spec.mDir === 'future') return { y: spec.m > r.m ? r.y : r.y + 1, m: spec.m, relative: true, inferredYear: false };
  return { y: r.y, m: spec.m, relative: false, inferredYear: true };
}

function nthWeekday(y: number, m: number, n: number, wd: number): number | null {
  if (n > 0) {
    const first = dayNumber(y, m, 1);
    const d = first + ((wd - isoWeekday(first) + 7) % 7) + 7 * (n - 1);
    return fromDayNumber(d).m === m ? d : null;
  }
  const last = dayNumber(y, m, daysInMonth(y, m));
  return last - ((isoWeekday(last) - wd + 7) % 7);
}

function hijriYearFor(gy: number, hm: number, hd: number): number | null {
  const est = Math.round((gy - 622) * (365.2425 / 354.367)) + 1;
  for (const hy of [est - 1, est, est + 1]) {
    const n = fromHijri(hy, hm, hd);
    if (n !== null && fromDayNumber(n).y === gy) return hy;
  }
  return null;
}

function resolveHijri(spec: Extract<Spec, { t: 'date' }>, ref: Ref): Resolved | null {
  let relative = false, inferred = false;
  let hy = spec.y;
  const refH = toHijri(ref.day);
  if (hy !== undefined && hy > 1700 && spec.m !== undefined) {
    // a Hijri month with a Gregorian year (رمضان 2019)
    hy = hijriYearFor(hy, spec.m, spec.d ?? 1) ?? undefined;
    if (hy === undefined) return null;
  }
  if (hy === undefined) {
    if (!refH) return null;
    hy = refH.y + (spec.yRel ?? 0);
    if (spec.yRel !== undefined) relative = true;
    else if (spec.mDir !== undefined && spec.m !== undefined) {
      // رمضان المقبل / رمضان الماضي: the next or last such month from the reference date
      relative = true;
      if (spec.mDir === 'future' && spec.m <= refH.m) hy += 1;
      if (spec.mDir === 'past' && spec.m >= refH.m) hy -= 1;
    } else inferred = true;
  }
  const hijri = { year: hy, month: spec.m ?? null, day: spec.d ?? null };
  let out: Resolved;
  if (spec.m === undefined) {
    const a = fromHijri(hy, 1, 1), b = fromHijri(hy + 1, 1, 1);
    if (a === null || b === null) return null;
    out = base(`${fmtDay(a)}/${fmtDay(b - 1)}`, 'year', relative, inferred, a);
  } else if (spec.d === undefined) {
    const a = fromHijri(hy, spec.m, 1);
    if (a === null) return null;
    out = base(`${fmtDay(a)}/${fmtDay(a + hijriMonthLength(hy, spec.m) - 1)}`, 'month', relative, inferred, a);
  } else {
    const a = fromHijri(hy, spec.m, spec.d);
    if (a === null) return null;
    if (spec.d2 !== undefined) {
      const b = fromHijri(hy, spec.m, spec.d2);
      if (b === null || b < a) return null;
      out = base(`${fmtDay(a)}/${fmtDay(b)}`, 'day', relative, inferred, a);
    } else out = spec.time ? withTime(a, spec.time, ref, relative, inferred) : base(fmtDay(a), 'day', relative, inferred, a);
  }
  out.calendar = 'hijri';
  out.hijri = hijri;
  return out;
}

function resolveDate(spec: Extract<Spec, { t: 'date' }>, ref: Ref): Resolved | null {
  if (spec.hijri) return resolveHijri(spec, ref);
  const r = refYMD(ref);
  if (spec.m === undefined && spec.mRel === undefined) {
    if (spec.d !== undefined) {
      // day of the reference month (السبت السادس عشر)
      if (!validDate(r.y, r.m, spec.d)) return null;
      const n = dayNumber(r.y, r.m, spec.d);
      const out = spec.time ? withTime(n, spec.time, ref, false, true) : base(fmtDay(n), 'day', false, true, n);
      return check(out, spec, n);
    }
    if (spec.y !== undefined) return base(fmtYear(spec.y), 'year', false, false);
    if (spec.yRel !== undefined) return base(fmtYear(r.y + spec.yRel), 'year', true, false);
    return null;
  }
  const mo = monthOf(spec, ref);
  if (!mo) return null;
  let { y } = mo;
  const { m } = mo;
  if (spec.d === undefined) {
    if (mo.inferredYear && !ref.forward && dayNumber(y, m, 1) > ref.day + 182) y -= 1;
    return base(fmtMonth(y, m), 'month', mo.relative, mo.inferredYear, dayNumber(y, m, 1));
  }
  if (mo.inferredYear) {
    if (validDate(y, m, spec.d) && !ref.forward && dayNumber(y, m, spec.d) > ref.day + 182) y -= 1;
  }
  if (!validDate(y, m, spec.d)) return null;
  const n = dayNumber(y, m, spec.d);
  if (spec.d2 !== undefined) {
    if (!validDate(y, m, spec.d2) || spec.d2 < spec.d) return null;
    return base(`${fmtDay(n)}/${fmtDay(dayNumber(y, m, spec.d2))}`, 'day', mo.relative, mo.inferredYear, n);
  }
  if (spec.wd !== undefined && spec.nthAlt !== undefined && isoWeekday(n) !== spec.wd) {
    // الثلاثاء الثالث من أيلول: the third Tuesday when the 3rd is not a Tuesday
    const alt = nthWeekday(y, m, spec.nthAlt, spec.wd);
    if (alt !== null) return base(fmtDay(alt), 'day', false, mo.inferredYear, alt);
  }
  const out = spec.time ? withTime(n, spec.time, ref, mo.relative, mo.inferredYear) : base(fmtDay(n), 'day', mo.relative, mo.inferredYear, n);
  return check(out, spec, n);
}

function check(out: Resolved, spec: { wd?: number }, n: number): Resolved {
  if (spec.wd !== undefined && isoWeekday(n) !== spec.wd) out.mismatch = { stated: spec.wd, actual: isoWeekday(n), date: fmtDay(n) };
  return out;
}

export function weekdayDay(wd: number, dir: 'past' | 'future' | 'auto', ref: Ref, future = false, week?: number): number {
  if (week !== undefined) return mondayOf(ref.day) + 7 * week + (wd - 1);
  const rw = isoWeekday(ref.day);
  if (dir === 'past') return ref.day - (((rw - wd + 7) % 7) || 7);
  if (dir === 'future' || future || ref.forward) return ref.day + (((wd - rw + 7) % 7) || 7);
  return ref.day - ((rw - wd + 7) % 7);
}

export function resolveSpec(spec: Spec, ref: Ref): Resolved | null {
  const r = refYMD(ref);
  switch (spec.t) {
    case 'date': return resolveDate(spec, ref);
    case 'dayoff': {
      const n = ref.day + spec.off;
      const out = spec.time ? withTime(n, spec.time, ref, true, false) : base(fmtDay(n), 'day', true, false, n);
      return check(out, spec, n);
    }
    case 'weekday': {
      const n = weekdayDay(spec.wd, spec.dir, ref, spec.future, spec.week);
      return spec.time ? withTime(n, spec.time, ref, true, false) : base(fmtDay(n), 'day', true, false, n);
    }
    case 'period': {
      if (spec.unit === 'week') { const n = ref.day + 7 * spec.off; return base(isoWeek(n), 'week', true, false, mondayOf(n)); }
      if (spec.unit === 'month') { const a = addMonths(r.y, r.m, spec.off); return base(fmtMonth(a.y, a.m), 'month', true, false, dayNumber(a.y, a.m, 1)); }
      return base(fmtYear(r.y + spec.off), 'year', true, false, dayNumber(r.y + spec.off, 1, 1));
    }
    case 'ago': {
      if (spec.unit === 'day' || spec.unit === 'week') { const n = ref.day - spec.n * (spec.unit === 'week' ? 7 : 1); return base(fmtDay(n), 'day', true, false, n); }
      if (spec.unit === 'month') { const a = addMonths(r.y, r.m, -spec.n); return base(fmtMonth(a.y, a.m), 'month', true, false, dayNumber(a.y, a.m, 1)); }
      return base(fmtYear(r.y - spec.n), 'year', true, false, dayNumber(r.y - spec.n, 1, 1));
    }
    case 'monthpart': {
      if (spec.hijri) {
        const hy = spec.y ?? (toHijri(ref.day)?.y ?? 0) + (spec.yRel ?? 0);
        if (spec.m === undefined) return null;
        const a = fromHijri(hy, spec.m, spec.from);
        if (a === null) return null;
        const to = spec.to === 0 ? hijriMonthLength(hy, spec.m) : spec.to;
        const out = base(spec.from === to ? fmtDay(a) : `${fmtDay(a)}/${fmtDay(a + to - spec.from)}`, 'day', spec.y === undefined, spec.y === undefined && spec.yRel === undefined, a);
        out.calendar = 'hijri';
        out.hijri = { year: hy, month: spec.m, day: null };
        return out;
      }
      const mo = monthOf(spec, ref);
      if (!mo) return null;
      let { y } = mo;
      if (mo.inferredYear && !ref.forward && dayNumber(y, mo.m, spec.from) > ref.day + 182) y -= 1;
      const to = spec.to === 0 ? daysInMonth(y, mo.m) : spec.to;
      const a = dayNumber(y, mo.m, spec.from);
      return base(spec.from === to ? fmtDay(a) : `${fmtDay(a)}/${fmtDay(dayNumber(y, mo.m, to))}`, 'day', mo.relative, mo.inferredYear, a);
    }
    case 'nthwd': {
      if (spec.hijri) {
        // ثاني جمعة من رمضان: the n-th weekday of a Hijri month
        if (spec.m === undefined) return null;
        const refH = toHijri(ref.day);
        const hy = spec.y ?? (refH ? refH.y + (spec.yRel ?? 0) : undefined);
        if (hy === undefined) return null;
        const a = fromHijri(hy, spec.m, 1);
        if (a === null) return null;
        const len = hijriMonthLength(hy, spec.m);
        const d = spec.n > 0 ? a + ((spec.wd - isoWeekday(a) + 7) % 7) + 7 * (spec.n - 1) : a + len - 1 - ((isoWeekday(a + len - 1) - spec.wd + 7) % 7);
        if (d >= a + len) return null;
        const out = base(fmtDay(d), 'day', spec.y === undefined, spec.y === undefined && spec.yRel === undefined, d);
        out.calendar = 'hijri';
        out.hijri = { year: hy, month: spec.m, day: d - a + 1 };
        return out;
      }
      const mo = monthOf(spec, ref);
      if (!mo) return null;
      const n = nthWeekday(mo.y, mo.m, spec.n, spec.wd);
      return n === null ? null : base(fmtDay(n), 'day', mo.relative, mo.inferredYear, n);
    }
    case 'holiday': {
      const at = (y: number): number | null => {
        if (spec.kind === 'greg') return validDate(y, spec.m, spec.d) ? dayNumber(y, spec.m, spec.d) : null;
        if (spec.kind === 'easter') return easter(y);
        const hy = hijriYearFor(y, spec.m, spec.d);
        return hy === null ? null : fromHijri(hy, spec.m, spec.d);
      };
      let n: number | null;
      let inferred = false;
      if (spec.y !== undefined) n = at(spec.y);
      else {
        inferred = true;
        n = at(r.y);
        if (ref.forward && n !== null && n < ref.day) n = at(r.y + 1);
        if (spec.kind === 'hijri') {
          // two Hijri holidays can fall in one Gregorian year: take the one around the reference
          const h = toHijri(ref.day);
          if (h) {
            let hy = h.y;
            let c = fromHijri(hy, spec.m, spec.d);
            if (ref.forward && c !== null && c < ref.day) c = fromHijri(++hy, spec.m, spec.d);
            if (!ref.forward && c !== null && c > ref.day + 60) c = fromHijri(--hy, spec.m, spec.d);
            if (c !== null) n = c;
          }
        }
      }
      return n === null ? null : base(fmtDay(n), 'day', false, inferred, n);
    }
    case 'time': return withTime(ref.day, spec.time, ref, true, true);
    case 'now': return ref.hasTime ? base(`${fmtDay(ref.day)}T${fmtTime(ref.h, ref.mi)}`, 'minute', true, false, ref.day) : base(fmtDay(ref.day), 'day', true, false, ref.day);
    case 'months': {
      if (spec.from < 1 || spec.to > 12 || spec.from > spec.to) return null;
      const y = spec.y ?? r.y + (spec.yRel ?? 0);
      const value = spec.from === 1 && spec.to === 12 ? fmtYear(y) : spec.from === spec.to ? fmtMonth(y, spec.from) : `${fmtMonth(y, spec.from)}/${fmtMonth(y, spec.to)}`;
      return base(value, spec.from === 1 && spec.to === 12 ? 'year' : 'month', spec.y === undefined, spec.y === undefined && spec.yRel === undefined, dayNumber(y, spec.from, 1));
    }
    case 'years': {
      if (spec.a > spec.b) return null;
      return base(spec.a === spec.b ? fmtYear(spec.a) : `${fmtYear(spec.a)}/${fmtYear(spec.b)}`, 'year', false, false, dayNumber(spec.a, 1, 1));
    }
    case 'centuryDecade': {
      const a = (Math.floor(r.y / 100) + spec.off) * 100 + spec.decade;
      return base(`${fmtYear(a)}/${fmtYear(a + 9)}`, 'year', true, false, dayNumber(a, 1, 1));
    }
    case 'decade': {
      const a = Math.floor(r.y / 10) * 10 + 10 * spec.off;
      return base(`${fmtYear(a)}/${fmtYear(a + 9)}`, 'year', true, false, dayNumber(a, 1, 1));
    }
    case 'span': {
      let a: number, b: number;
      const shift = (k: number): number => {
        if (spec.unit === 'day') return ref.day + k;
        if (spec.unit === 'week') return ref.day + 7 * k;
        const months = spec.unit === 'month' ? k : 12 * k;
        const t = addMonths(r.y, r.m, months);
        return dayNumber(t.y, t.m, Math.min(r.d, daysInMonth(t.y, t.m)));
      };
      if (spec.dir === 'past') { a = shift(-spec.n); b = ref.day - 1; } else { a = ref.day + 1; b = shift(spec.n); }
      return base(`${fmtDay(a)}/${fmtDay(b)}`, 'day', true, false, a);
    }
    case 'after': {
      if (spec.unit === 'day' || spec.unit === 'week') { const n = ref.day + spec.n * (spec.unit === 'week' ? 7 : 1); return base(fmtDay(n), 'day', true, false, n); }
      if (spec.unit === 'month') { const a = addMonths(r.y, r.m, spec.n); return base(fmtMonth(a.y, a.m), 'month', true, false, dayNumber(a.y, a.m, 1)); }
      return base(fmtYear(r.y + spec.n), 'year', true, false, dayNumber(r.y + spec.n, 1, 1));
    }
    case 'range': {
      const a = resolveSpec(spec.a, ref), b = resolveSpec(spec.b, ref);
      if (!a || !b) return null;
      const av = a.value.split('/')[0], bv = b.value.split('/').pop()!;
      return { ...a, value: `${av}/${bv}`, relative: a.relative || b.relative, inferred: a.inferred || b.inferred, mismatch: a.mismatch ?? b.mismatch };
    }
  }
}
