/**
 * Duckling's Arabic time corpus (../shared/data/duckling-ar/Time_AR.json) through the public
 * extract(), with Duckling's reference time (2013-02-12T04:30, a Tuesday) and its forward policy.
 *
 * Comparison: the longest date mention's value is turned into an interval [start, end):
 *   2013 → the year, 2013-02 → the month, 2013-W07 → the ISO week (Monday to Monday),
 *   2013-02-12 → the day, 2013-02-12T03:18 → the instant; A/B → [start(A), end(B)) (our END is
 *   inclusive at its granularity, Duckling's is exclusive).
 * `date` and `datetime` vectors pass when the interval starts at Duckling's value (Duckling
 * reports the start of the grain: 2/2013 → 2013-02-01); `daterange`/`datetimerange` when both
 * ends match; negative vectors when there is no date mention at all.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src/index';

interface Vector { text: string; dimension: string; value: unknown; negative: boolean }
const file = join(__dirname, '..', '..', 'shared', 'data', 'duckling-ar', 'Time_AR.json');
const vectors: Vector[] = JSON.parse(readFileSync(file, 'utf8')).vectors;

const DAY = 86400000;
const ms = (y: number, m: number, d: number, h = 0, mi = 0, s = 0) => Date.UTC(y, m - 1, d, h, mi, s);

/** Interval of one ISO value at its own precision. */
function interval(v: string): [number, number] | null {
  let m = /^(\d{4})$/.exec(v);
  if (m) return [ms(+m[1], 1, 1), ms(+m[1] + 1, 1, 1)];
  m = /^(\d{4})-(\d{2})$/.exec(v);
  if (m) return [ms(+m[1], +m[2], 1), ms(+m[1], +m[2] + 1, 1)];
  m = /^(\d{4})-W(\d{2})$/.exec(v);
  if (m) {
    const jan4 = ms(+m[1], 1, 4);
    const monday = jan4 - (((new Date(jan4).getUTCDay() + 6) % 7) * DAY) + (+m[2] - 1) * 7 * DAY;
    return [monday, monday + 7 * DAY];
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (m) return [ms(+m[1], +m[2], +m[3]), ms(+m[1], +m[2], +m[3] + 1)];
  m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(v);
  if (m) {
    const t = ms(+m[1], +m[2], +m[3], +m[4], +m[5], m[6] ? +m[6] : 0);
    return [t, t + (m[6] ? 1000 : +m[5] !== 0 ? 60000 : 3600000)];
  }
  return null;
}
function valueInterval(v: string): [number, number] | null {
  const parts = v.split('/');
  if (parts.length === 1) return interval(v);
  const a = interval(parts[0]), b = interval(parts[1]);
  return a && b ? [a[0], b[1]] : null;
}
const parseExpected = (s: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2}))?$/.exec(s)!;
  return ms(+m[1], +m[2], +m[3], m[4] ? +m[4] : 0, m[5] ? +m[5] : 0, m[6] ? +m[6] : 0);
};

function check(v: Vector): { ok: boolean; got: string } {
  const res = extract(v.text, { referenceDate: '2013-02-12T04:30', forwardDates: true, types: ['date'] });
  const dates = res.entities.filter((e) => e.type === 'date');
  if (v.negative) return { ok: dates.length === 0, got: dates.map((d) => `${d.text}=${(d as { value: string }).value}`).join(', ') };
  if (dates.length === 0) return { ok: false, got: '(none)' };
  const best = dates.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
  const value = (best as { value: string }).value;
  const got = `${best.text}=${value}`;
  const iv = valueInterval(value);
  if (!iv) return { ok: false, got };
  if (typeof v.value === 'string') return { ok: iv[0] === parseExpected(v.value), got };
  const exp = v.value as { start: string; end: string };
  return { ok: iv[0] === parseExpected(exp.start) && iv[1] === parseExpected(exp.end), got };
}

const dims = [...new Set(vectors.map((v) => (v.negative ? 'temporal' : v.dimension)))];
const FLOORS: Record<string, number> = { date: 0.9, daterange: 0.75, datetime: 0.75 };

describe('Duckling Arabic time vectors', () => {
  const rates: Record<string, string> = {};
  afterAll(() => {
    // eslint-disable-next-line no-console
    console.log(`Duckling Time_AR pass rates:\n${Object.entries(rates).map(([d, r]) => `  ${d}: ${r}`).join('\n')}`);
  });
  for (const dim of dims) {
    test(`${dim}`, () => {
      const vs = vectors.filter((v) => (v.negative ? 'temporal' : v.dimension) === dim);
      const failures: string[] = [];
      let pass = 0;
      for (const v of vs) {
        const r = check(v);
        if (r.ok) pass++;
        else failures.push(`  ${v.text}  expected ${JSON.stringify(v.value)}  got ${r.got}`);
      }
      const rate = pass / vs.length;
      rates[dim] = `${pass}/${vs.length} (${(rate * 100).toFixed(1)}%)`;
      if (failures.length) {
        // eslint-disable-next-line no-console
        console.log(`${dim}: ${rates[dim]} failures:\n${failures.join('\n')}`);
      }
      if (FLOORS[dim] !== undefined) expect(rate).toBeGreaterThanOrEqual(FLOORS[dim]);
    });
  }
});
