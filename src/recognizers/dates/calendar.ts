/** Calendar arithmetic on UTC day numbers, ISO weeks, and Umm al-Qura Hijri conversion via Intl. */

const DAY = 86400000;

export interface YMD { y: number; m: number; d: number }

/** Days since 1970-01-01 (UTC). */
export function dayNumber(y: number, m: number, d: number): number {
  // Date.UTC reads years 0-99 as 1900-1999: integer dates use Hinnant's days_from_civil.
  if (!Number.isSafeInteger(y) || !Number.isSafeInteger(m) || !Number.isSafeInteger(d) || Math.abs(y) > 1e6) return Math.floor(Date.UTC(y, m - 1, d) / DAY);
  const t = y * 12 + (m - 1);
  const yy = Math.floor(t / 12), mm = t - yy * 12 + 1;
  const y2 = mm <= 2 ? yy - 1 : yy;
  const era = Math.floor(y2 / 400);
  const yoe = y2 - era * 400;
  const doy = Math.floor((153 * ((mm + 9) % 12) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}
export function fromDayNumber(n: number): YMD {
  if (!Number.isInteger(n) || n < -1e8 || n > 1e8) {
    const dt = new Date(n * DAY);
    return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
  }
  // Proleptic Gregorian civil date of a day number, as Date computes it, without building
  // a Date (H. Hinnant's civil_from_days): the resolver asks for it several times per date.
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
export function daysInMonth(y: number, m: number): number {
  // Anything unusual goes through Date (which reads years 0-99 as 1900-1999).
  if (!Number.isInteger(y) || y < -200000 || y > 200000 || !Number.isInteger(m) || m < 1 || m > 12) return new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) return 29;
  return MONTH_DAYS[m - 1];
}
export function validDate(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}
/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(n: number): number {
  const w = new Date(n * DAY).getUTCDay();
  return w === 0 ? 7 : w;
}
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
export function fmtYear(y: number): string { return pad(y, 4); }
export function fmtMonth(y: number, m: number): string { return `${pad(y, 4)}-${pad(m)}`; }
export function fmtDay(n: number): string { const { y, m, d } = fromDayNumber(n); return `${pad(y, 4)}-${pad(m)}-${pad(d)}`; }
export function fmtTime(h: number, mi: number, s?: number): string { return `${pad(h)}:${pad(mi)}${s !== undefined ? `:${pad(s)}` : ''}`; }

/** ISO 8601 week of a day: 2022-W01. */
export function isoWeek(n: number): string {
  const thursday = n - isoWeekday(n) + 4;
  const { y } = fromDayNumber(thursday);
  const week = Math.floor((thursday - dayNumber(y, 1, 1)) / 7) + 1;
  return `${pad(y, 4)}-W${pad(week)}`;
}
/** Monday of the ISO week containing day n. */
export function mondayOf(n: number): number { return n - isoWeekday(n) + 1; }
export function addMonths(y: number, m: number, k: number): { y: number; m: number } {
  const t = y * 12 + (m - 1) + k;
  return { y: Math.floor(t / 12), m: (t % 12 + 12) % 12 + 1 };
}

// ---- Hijri (Umm al-Qura, via Intl) ----
let hijriFmt: Intl.DateTimeFormat | null | undefined;
function formatter(): Intl.DateTimeFormat | null {
  if (hijriFmt !== undefined) return hijriFmt;
  try {
    hijriFmt = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
    if (!hijriFmt.resolvedOptions().calendar.startsWith('islamic')) hijriFmt = null;
  } catch {
    hijriFmt = null;
  }
  return hijriFmt;
}

const toHijriCache = new Map<number, YMD | null>();
/** Gregorian day number → Hijri (Umm al-Qura). */
export function toHijri(n: number): YMD | null {
  const hit = toHijriCache.get(n);
  if (hit !== undefined) return hit;
  const f = formatter();
  let r: YMD | null = null;
  if (f) {
    let y = NaN, m = NaN, d = NaN;
    for (const p of f.formatToParts(new Date(n * DAY))) {
      if (p.type === 'year') y = parseInt(p.value, 10);
      else if (p.type === 'month') m = parseInt(p.value, 10);
      else if (p.type === 'day') d = parseInt(p.value, 10);
    }
    if (Number.isFinite(y) && Number.isFinite(m) && Number.isFinite(d)) r = { y, m, d };
  }
  if (toHijriCache.size > 5000) toHijriCache.clear();
  toHijriCache.set(n, r);
  return r;
}

/** Islamic epoch (1 Muharram 1 AH) as a day number, proleptic Gregorian 622-07-19. */
const EPOCH = dayNumber(622, 7, 19);
const MEAN_MONTH = 29.530588;

/** Hijri (Umm al-Qura) → Gregorian day number, or null when it does not exist. */
export function fromHijri(hy: number, hm: number, hd: number): number | null {
  if (!(hy >= 1 && hy <= 2000 && hm >= 1 && hm <= 12 && hd >= 1 && hd <= 30)) return null;
  let n = Math.round(EPOCH + ((hy - 1) * 12 + (hm - 1)) * MEAN_MONTH + hd - 1);
  for (let k = 0; k < 6; k++) {
    const h = toHijri(n);
    if (!h) return null;
    const diff = Math.round(((hy - h.y) * 12 + (hm - h.m)) * MEAN_MONTH + (hd - h.d));
    if (diff === 0) break;
    n += diff;
  }
  for (const delta of [0, -1, 1, -2, 2, -3, 3]) {
    const h = toHijri(n + delta);
    if (h && h.y === hy && h.m === hm && h.d === hd) return n + delta;
  }
  return null;
}

/** Days in a Hijri month (29 or 30). */
export function hijriMonthLength(hy: number, hm: number): number {
  const a = fromHijri(hy, hm, 1);
  if (a === null) return 30;
  const h = toHijri(a + 29);
  return h && h.m === hm ? 30 : 29;
}

/** Western (Gregorian) Easter Sunday, anonymous Gregorian algorithm. */
export function easter(y: number): number {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber(y, month, day);
}
