/**
 * The interval a date value covers, as two ISO days (inclusive), whatever its precision:
 * `2022` → 2022-01-01 … 2022-12-31, `2022-02` → 2022-02-01 … 2022-02-28, `2022-W01` → its
 * Monday … Sunday, `2021-07-01T09:30` → 2021-07-01 … 2021-07-01, a range `A/B` → the first
 * day of A … the last day of B. Pure string and day arithmetic; no time zone is involved
 * (the values are calendar dates).
 */
import { dayNumber, daysInMonth, fmtDay } from './calendar.js';

/** The days a date covers: first and last ISO day (`YYYY-MM-DD`), both inclusive. */
export interface DayInterval { start: string; end: string }

const YEAR = /^(\d{4})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/;
const WEEK = /^(\d{4})-W(\d{2})$/;

/** First and last day number of one ISO piece (no '/'), or null when it is not one. */
function pieceDays(p: string): [number, number] | null {
  let m = DAY.exec(p);
  if (m) { const n = dayNumber(+m[1], +m[2], +m[3]); return [n, n]; }
  m = MONTH.exec(p);
  if (m) { const y = +m[1], mo = +m[2]; return [dayNumber(y, mo, 1), dayNumber(y, mo, daysInMonth(y, mo))]; }
  m = YEAR.exec(p);
  if (m) { const y = +m[1]; return [dayNumber(y, 1, 1), dayNumber(y, 12, 31)]; }
  m = WEEK.exec(p);
  if (m) {
    // ISO week 1 is the week with 4 January in it.
    const jan4 = dayNumber(+m[1], 1, 4);
    const monday = jan4 - ((new Date(jan4 * 86400000).getUTCDay() + 6) % 7) + 7 * (+m[2] - 1);
    return [monday, monday + 6];
  }
  return null;
}

/** The days a date value covers, or null for a value that is not one of kashif's ISO shapes. */
export function intervalOf(value: string): DayInterval | null {
  const slash = value.indexOf('/');
  const a = pieceDays(slash < 0 ? value : value.slice(0, slash));
  const b = slash < 0 ? a : pieceDays(value.slice(slash + 1));
  if (!a || !b) return null;
  return { start: fmtDay(a[0]), end: fmtDay(b[1]) };
}

const TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const UNIT_MS: Record<string, number> = { hour: 3600000, minute: 60000, second: 1000 };

/**
 * A date mention as JS `Date` objects, read as UTC calendar time (kashif's values carry no
 * time zone): `start` is 00:00:00.000 UTC of the first day covered, `end` is the last
 * millisecond covered, 23:59:59.999 UTC of the last day (both inclusive, like `interval`).
 * A value with a time of day (`2021-07-01T09:30`, granularity minute) starts at that time
 * and ends at the last millisecond of that minute (or hour, or second); a range of times
 * (`…T15:00/…T17:00`) runs from the first to the end of the second.
 *
 *   const m = extract('الربع الأول من 2023').entities[0];
 *   dateMentionToDates(m) // { start: 2023-01-01T00:00:00.000Z, end: 2023-03-31T23:59:59.999Z }
 */
export function dateMentionToDates(m: { value: string; granularity: string; interval: DayInterval }): { start: Date; end: Date } {
  const parts = m.value.split('/');
  const unit = UNIT_MS[m.granularity];
  const t0 = unit !== undefined ? TIME.exec(parts[0]) : null;
  const t1 = unit !== undefined ? TIME.exec(parts[parts.length - 1]) : null;
  const utc = (x: RegExpExecArray) => Date.UTC(+x[1], +x[2] - 1, +x[3], +x[4], +x[5], x[6] ? +x[6] : 0);
  const day = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
  const start = t0 ? utc(t0) : day(m.interval.start);
  const end = t1 ? utc(t1) + unit - 1 : day(m.interval.end) + 86400000 - 1;
  return { start: new Date(start), end: new Date(end) };
}
