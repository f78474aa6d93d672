/**
 * The last guard before a date leaves the pipeline: its value must be ISO 8601 that a
 * program can parse, within the supported years (1-9999), and a range must not end before
 * it starts. A recogniser that breaks this (a five-digit year from arithmetic near 9999, a
 * day the month lacks) loses that one mention, with a STAGE_FAILED warning, never the result.
 */
import { MAX_YEAR, MIN_YEAR } from '../schema/options.js';

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2})(?::(\d{2})(?::(\d{2}))?)?)?)?|-W(\d{2})(?:-([1-7]))?)?$/;
/** Reduced precision: a decade (198) or a century (19). */
const REDUCED = /^\d{2,3}$/;
const DURATION = /^P(?!$)(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?(?:T(?!$)(?:\d+H)?(?:\d+M)?(?:\d+S)?)?$/;

const leap = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
const monthDays = (y: number, m: number) => (m === 2 ? (leap(y) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]);
/** ISO weeks in year y: 53 when Jan 1 is a Thursday, or a Wednesday in a leap year. */
function weeksIn(y: number): number {
  // 0001-01-01 (proleptic Gregorian) was a Monday: 0 = Monday.
  const jan1 = ((y - 1) * 365 + Math.floor((y - 1) / 4) - Math.floor((y - 1) / 100) + Math.floor((y - 1) / 400)) % 7;
  return jan1 === 3 || (jan1 === 2 && leap(y)) ? 53 : 52;
}

interface Bound {
  year: number;
  /** Sortable within the side's form (calendar date or week). */
  key: number;
  week: boolean;
}

/** A sortable lower bound of one side, or null when it is not valid ISO in range. */
function lowerBound(s: string): Bound | null {
  if (REDUCED.test(s)) return { year: +s.padEnd(4, '0'), key: +s.padEnd(4, '0') * 1e8, week: false };
  const m = DATE.exec(s);
  if (!m) return null;
  const y = +m[1];
  if (y < MIN_YEAR || y > MAX_YEAR) return null;
  if (m[7] !== undefined) {
    const w = +m[7];
    if (w < 1 || w > weeksIn(y)) return null;
    return { year: y, key: y * 1000 + w * 10 + (m[8] === undefined ? 1 : +m[8]), week: true };
  }
  const mo = m[2] === undefined ? 1 : +m[2];
  if (mo < 1 || mo > 12) return null;
  const d = m[3] === undefined ? 1 : +m[3];
  if (d < 1 || d > monthDays(y, mo)) return null;
  const h = m[4] === undefined ? 0 : +m[4];
  const mi = m[5] === undefined ? 0 : +m[5];
  const sec = m[6] === undefined ? 0 : +m[6];
  if (h > 23 || mi > 59 || sec > 59) return null;
  return { year: y, key: y * 1e8 + mo * 1e6 + d * 1e4 + h * 100 + mi + sec / 100, week: false };
}

/** Whether a date mention's value is valid ISO 8601 in range (a range START/END in order). */
export function isValidDateValue(value: string): boolean {
  const parts = value.split('/');
  if (parts.length === 1) return lowerBound(value) !== null;
  if (parts.length !== 2) return false;
  const [a, b] = parts;
  if (DURATION.test(a)) return lowerBound(b) !== null;
  if (DURATION.test(b)) return lowerBound(a) !== null;
  const la = lowerBound(a), lb = lowerBound(b);
  if (la === null || lb === null) return false;
  // A week and a calendar date only compare by year.
  return la.week !== lb.week ? la.year <= lb.year : la.key <= lb.key;
}
