/**
 * Grammars for the long tail of calendar expressions (issue 12): parts of periods (quarters,
 * halves, the beginning or end of a year, seasons, decades, centuries), relative spans
 * (الأيام الثلاثة المقبلة), counts forward (بعد أسبوع), and ranges with بين. Each reads a
 * fixed, small number of tokens from its start (no backtracking), so a pass is linear.
 * Conventions for the days they cover: src/lexicon/period-parts.ts.
 */
import { foldKey } from '../../text/normalize.js';
import { DateReader, DIRECTION_MAP, NUMWORD_MAP, PERIOD_MAP, readNumber, wordYear } from './lex.js';
import type { Hit } from './parsers.js';
import { parseDayMonth, parseYear } from './parsers.js';
import type { Spec } from './resolve.js';
import { CONFIDENCE } from './rules.js';
import {
  DECADES, DIVISION_MONTHS, PART_ORDINALS, SEASONS, SPAN_DIRECTIONS, YEAR_DIVISIONS, YEAR_EDGES,
} from '../../lexicon/period-parts.js';

function compile<T extends { forms: readonly string[] }>(entries: readonly T[]): Map<string, T> {
  const m = new Map<string, T>();
  for (const e of entries) for (const f of e.forms) if (!m.has(foldKey(f))) m.set(foldKey(f), e);
  return m;
}
const DIVISION_MAP = compile(YEAR_DIVISIONS);
const PART_ORDINAL_MAP = compile(PART_ORDINALS);
const YEAR_EDGE_MAP = compile(YEAR_EDGES);
const SEASON_MAP = compile(SEASONS);
const DECADE_MAP = compile(DECADES);
const SPAN_DIR_MAP = compile(SPAN_DIRECTIONS);
const PLURAL_DIRECTION = compile([
  { forms: ['ماضيين', 'ماضيتين', 'منصرمين', 'سابقين', 'فائتين', 'فارطين'], dir: 'past' as const },
  { forms: ['مقبلين', 'مقبلتين', 'قادمين', 'قادمتين', 'تاليين', 'جايين'], dir: 'future' as const },
]);

/** Words whose start the scan must not skip (the gate of index.ts). */
export const SPAN_STARTERS: readonly string[] = [
  ...DIVISION_MAP.keys(), ...YEAR_EDGE_MAP.keys(), ...SEASON_MAP.keys(), ...DECADE_MAP.keys(),
  'عقد', 'قرن', 'بين', 'بعد', 'ايام', 'اسابيع', 'اشهر', 'شهور', 'اعوام', 'سنوات', 'سنين',
  'يومين', 'اسبوعين', 'شهرين', 'عامين', 'سنتين', 'ثلاثه', 'اربعه', 'خمسه', 'سته', 'سبعه', 'ثمانيه', 'تسعه', 'عشره',
].map(foldKey);

const endOf = (c: DateReader, j: number) => c.tok(j - 1)!.end;

/** Whether one reading of token i is in `first`: each grammar's cheap test before any look-up. */
function startsWith(c: DateReader, i: number, first: ReadonlySet<string>): boolean {
  const vs = c.variants(i);
  for (let x = 0; x < vs.length; x++) if (first.has(vs[x].key)) return true;
  return false;
}
const PART_FIRST = new Set([...DIVISION_MAP.keys(), ...YEAR_EDGE_MAP.keys(), ...SEASON_MAP.keys()]);
const DECADE_FIRST = new Set(['عقد', 'قرن', ...DECADE_MAP.keys()]);
const SPAN_FIRST = new Set([...PERIOD_MAP.keys(), ...NUMWORD_MAP.keys()]);
const AFTER_FIRST = new Set(['بعد']);
const BETWEEN_FIRST = new Set(['بين']);
const YEAR_WORD_FIRST = new Set(['عام', 'سنه']);

/** A year the part belongs to: [من|في] 2023 / عام 2023 / العام الجاري / هذا العام / (من) العام, or null. */
function yearRef(c: DateReader, j: number): { y?: number; yRel?: number; j: number } | null {
  let k = j;
  const from = c.has(k, ['من', 'في']) && c.sameLine(k);
  if (from) k++;
  const yr = parseYear(c, k, false);
  if (yr && !yr.hijriMark) return { y: yr.y, yRel: yr.yRel, j: yr.j };
  if (yr) return null;
  // من العام / من السنة: the reference year
  if (from && c.sameLine(k) && c.variants(k).some((v) => v.article && !v.prefix && (v.key === 'عام' || v.key === 'سنه'))) return { yRel: 0, j: k + 1 };
  return null;
}

/** الربع الأول من 2023, النصف الثاني من العام, مطلع 2016, نهاية العام الماضي, صيف 2022. */
export function parseYearPart(c: DateReader, i: number): Hit | null {
  if (!startsWith(c, i, PART_FIRST) || !c.sameLine(i)) return null;
  let spec: Spec | null = null;
  let j = i;
  let start = -1;
  const dv = c.look(i, DIVISION_MAP);
  if (dv && dv.v.article) {
    const o = c.look(i + 1, PART_ORDINAL_MAP, false);
    if (!o || !o.v.article || !c.sameLine(i + 1)) return null;
    const per = DIVISION_MONTHS[dv.e.kind];
    const parts = 12 / per;
    const n = o.e.n === -1 ? parts : o.e.n;
    if (n > parts) return null; // الربع الخامس: no such quarter
    const yr = yearRef(c, i + 2);
    if (!yr) return null;
    spec = { t: 'months', y: yr.y, yRel: yr.yRel, from: (n - 1) * per + 1, to: n * per };
    j = yr.j;
    start = dv.v.start;
  } else {
    const ed = c.look(i, YEAR_EDGE_MAP) ?? c.look(i, SEASON_MAP);
    if (!ed || !c.sameLine(i + 1)) return null;
    // a month after it is a part of the month (parseMonthPart); here only a year
    const yr = yearRef(c, i + 1);
    if (!yr) return null;
    spec = { t: 'months', y: yr.y, yRel: yr.yRel, from: ed.e.from, to: ed.e.to };
    j = yr.j;
    start = ed.v.start;
  }
  return { i, j, start, end: endOf(c, j), spec, source: 'dates/part', confidence: CONFIDENCE.periodPart };
}

/** The century of an ordinal or direction at k: القرن التاسع عشر, القرن الماضي. */
function century(c: DateReader, k: number): { n?: number; off?: number; j: number } | null {
  const q = c.variants(k).find((v) => v.key === 'قرن' && v.article);
  if (!q || !c.sameLine(k + 1)) return null;
  const dir = c.look(k + 1, DIRECTION_MAP, false);
  if (dir && c.variants(k + 1).some((v) => v.article)) return { off: dir.e.dir === 'past' ? -1 : dir.e.dir === 'future' ? 1 : 0, j: k + 2 };
  const num = readNumber(c, k + 1);
  if (!num || !num.word || !num.ordinal || num.value < 1 || num.value > 21) return null;
  return { n: num.value, j: num.j };
}

/** الثمانينيات (من القرن الماضي), عقد التسعينيات, العقد المقبل, القرن التاسع عشر. */
export function parseDecade(c: DateReader, i: number): Hit | null {
  if (!startsWith(c, i, DECADE_FIRST) || !c.sameLine(i)) return null;
  let k = i;
  const aqd = c.variants(k).find((v) => v.key === 'عقد' && !v.prefix);
  if (aqd) {
    // العقد الماضي / الحالي / المقبل
    if (aqd.article) {
      const dir = c.look(k + 1, DIRECTION_MAP, false);
      if (dir && c.sameLine(k + 1) && c.variants(k + 1).some((v) => v.article)) {
        const off = dir.e.dir === 'past' ? -1 : dir.e.dir === 'future' ? 1 : 0;
        return { i, j: k + 2, start: aqd.start, end: endOf(c, k + 2), spec: { t: 'decade', off }, source: 'dates/part', confidence: CONFIDENCE.periodPart };
      }
    }
    k++;
    if (!c.sameLine(k)) return null;
  }
  const dec = c.look(k, DECADE_MAP, !aqd);
  if (dec && !dec.v.article && c.sameLine(k + 1)) {
    // ثمانينيات القرن الماضي / تسعينيات القرن العشرين: the decade in construct with its century
    const cent = century(c, k + 1);
    if (!cent) return null;
    const start = aqd ? aqd.start : dec.v.start;
    const spec: Spec = cent.n !== undefined
      ? { t: 'years', a: (cent.n - 1) * 100 + dec.e.decade, b: (cent.n - 1) * 100 + dec.e.decade + 9 }
      : { t: 'centuryDecade', decade: dec.e.decade, off: cent.off ?? 0 };
    return { i, j: cent.j, start, end: endOf(c, cent.j), spec, source: 'dates/part', confidence: CONFIDENCE.periodPart };
  }
  if (dec && dec.v.article) {
    const start = aqd ? aqd.start : dec.v.start;
    let j = k + 1;
    let base = 1900;
    let q = j;
    if (c.has(q, ['من']) && c.sameLine(q)) q++;
    const cent = century(c, q);
    if (cent && c.sameLine(q)) {
      if (cent.n !== undefined) base = (cent.n - 1) * 100;
      else return null; // القرن الماضي depends on the reference: rare after a decade, left out
      j = cent.j;
    }
    const a = base + dec.e.decade;
    return { i, j, start, end: endOf(c, j), spec: { t: 'years', a, b: a + 9 }, source: 'dates/part', confidence: CONFIDENCE.periodPart };
  }
  if (aqd) return null;
  const cent = century(c, i);
  if (cent && cent.n !== undefined) {
    const a = (cent.n - 1) * 100;
    const start = c.variants(i).find((v) => v.key === 'قرن')!.start;
    return { i, j: cent.j, start, end: endOf(c, cent.j), spec: { t: 'years', a, b: a + 99 }, source: 'dates/part', confidence: CONFIDENCE.periodPart };
  }
  return null;
}

type Unit = 'day' | 'week' | 'month' | 'year';

/** A direction after a span: الماضية/المقبلة/الأخيرة/الماضيين (with the article). */
function spanDirection(c: DateReader, k: number): 'past' | 'future' | null {
  if (!c.sameLine(k) || !c.variants(k).some((v) => v.article && !v.prefix)) return null;
  const d = c.look(k, DIRECTION_MAP, false);
  if (d) return d.e.dir === 'current' ? null : d.e.dir;
  const s = c.look(k, SPAN_DIR_MAP, false) ?? c.look(k, PLURAL_DIRECTION, false);
  return s ? s.e.dir : null;
}

/** الأيام الثلاثة المقبلة, الأسبوعين الماضيين, الأشهر الستة الأخيرة, الثلاثة أيام المقبلة: a span from the reference date. */
export function parseSpan(c: DateReader, i: number): Hit | null {
  if (!startsWith(c, i, SPAN_FIRST) || !c.sameLine(i)) return null;
  const p = c.look(i, PERIOD_MAP, false);
  let n: number | null = null;
  let unit: Unit;
  let k: number;
  let start: number;
  if (p && p.v.article) {
    unit = p.e.unit;
    start = p.v.start;
    if (p.e.count) { n = p.e.count; k = i + 1; }
    else {
      if (!['ايام', 'اسابيع', 'اشهر', 'شهور', 'اعوام', 'سنوات', 'سنين'].includes(p.v.key)) return null;
      const num = readNumber(c, i + 1);
      if (!num || !c.sameLine(i + 1)) return null;
      if (num.word ? !c.variants(i + 1).some((v) => v.article && !v.prefix) : false) return null;
      n = num.value;
      k = num.j;
    }
  } else {
    // الثلاثة أيام المقبلة: the number first, with the article
    const num = readNumber(c, i);
    if (!num || !num.word || !num.cardinal || !c.variants(i).some((v) => v.article && !v.prefix)) return null;
    const q = c.look(num.j, PERIOD_MAP, false);
    if (!q || q.v.article || q.e.count || !c.sameLine(num.j)) return null;
    unit = q.e.unit;
    n = num.value;
    k = num.j + 1;
    start = num.start;
  }
  if (n === null || n < 2 || n > 100) return null;
  const dir = spanDirection(c, k);
  if (!dir) return null;
  const j = k + 1;
  return { i, j, start, end: endOf(c, j), spec: { t: 'span', unit, n, dir }, source: 'dates/span', confidence: CONFIDENCE.span };
}

const NOT_AFTER_COUNT = ['من', 'على', 'علي', 'عن', 'ذلك', 'انتهاء', 'بدء'];

/** بعد أسبوع, بعد يومين, بعد ثلاثة أشهر: n units after the reference date (not بعد أسبوع من …). */
export function parseAfter(c: DateReader, i: number): Hit | null {
  if (!startsWith(c, i, AFTER_FIRST)) return null;
  const w = c.has(i, ['بعد']);
  if (!w || !c.sameLine(i + 1)) return null;
  let k = i + 1;
  let n = 1;
  const num = readNumber(c, k);
  if (num && num.cardinal && num.value >= 1) { n = num.value; k = num.j; }
  const p = c.look(k, PERIOD_MAP, false);
  if (!p || p.v.article || !c.sameLine(k)) return null;
  if (p.e.count) { if (k !== i + 1) return null; n = p.e.count; }
  else if (k === i + 1 && ['ايام', 'اسابيع', 'اشهر', 'شهور', 'اعوام', 'سنوات', 'سنين'].includes(p.v.key)) return null;
  if (n > 100) return null;
  const after = c.tok(k + 1);
  if (after && !after.newlineBefore && (c.has(k + 1, NOT_AFTER_COUNT, true) || after.kind === 'number')) return null;
  return { i, j: k + 1, start: w.start, end: c.tok(k)!.end, spec: { t: 'after', unit: p.e.unit, n }, source: 'dates/span', confidence: CONFIDENCE.after };
}

/** The index after a و joining two range ends at q (a glued و token, or و on the next word), and whether it was a separate token. */
function andAt(c: DateReader, q: number): number | null {
  if (!c.sameLine(q)) return null;
  if (c.word(q) === 'و' && c.sameLine(q + 1)) return q + 1;
  return null;
}

/** بين 1 و5 مارس 2024, ما بين عامي 2010 و2015, بين 3 مارس و10 أبريل: one mention with a range value. */
export function parseBetween(c: DateReader, i: number): Hit | null {
  if (!startsWith(c, i, BETWEEN_FIRST)) return null;
  const b0 = c.variants(i).find((v) => v.key === 'بين');
  if (!b0) return null;
  const k0 = i + 1;
  // ما بين: the span takes ما (the scan reaches بين; ما alone starts nothing)
  const start = !b0.prefix && i > 0 && c.word(i - 1) === 'ما' && !c.tok(i)!.newlineBefore ? c.tok(i - 1)!.start : b0.start;
  let k = k0;
  if (!c.sameLine(k)) return null;
  const yearsWord = c.has(k, ['عامي', 'سنتي', 'عامين', 'سنتين', 'اعوام', 'سنوات']);
  if (yearsWord) k++;
  // years
  const y1 = c.digits(k);
  if (y1 !== null && c.tok(k)!.text.length === 4) {
    const q = andAt(c, k + 1);
    const y2 = q === null ? null : c.digits(q);
    if (q === null || y2 === null || c.tok(q)!.text.length !== 4 || y1 < 1000 || y2 > 2200 || y2 <= y1) return null;
    return { i, j: q + 1, start, end: c.tok(q)!.end, spec: { t: 'years', a: y1, b: y2 }, source: 'dates/range', confidence: CONFIDENCE.fullDate };
  }
  if (yearsWord) return null;
  // days of one month: بين 1 و5 مارس 2024
  const q0 = y1 !== null && c.tok(k)!.text.length <= 2 ? andAt(c, k + 1) : null;
  if (q0 !== null) {
    const dm = parseDayMonth(c, q0);
    if (dm && dm.spec.t === 'date' && dm.spec.d !== undefined && dm.spec.d2 === undefined && dm.spec.m !== undefined && y1! >= 1 && y1! < dm.spec.d) {
      return { i, j: dm.j, start, end: dm.end, spec: { ...dm.spec, d: y1!, d2: dm.spec.d }, source: 'dates/range', confidence: CONFIDENCE.fullDate };
    }
    return null;
  }
  // two dates: بين 3 مارس و10 أبريل 2024
  const a = parseDayMonth(c, k);
  if (!a || a.spec.t !== 'date' || a.spec.m === undefined || a.spec.d2 !== undefined) return null;
  const q = andAt(c, a.j);
  if (q === null) return null;
  const b = parseDayMonth(c, q);
  if (!b || b.spec.t !== 'date' || b.spec.m === undefined || b.spec.d2 !== undefined || !!b.spec.hijri !== !!a.spec.hijri) return null;
  let as: Spec = a.spec;
  if (a.spec.y === undefined && a.spec.yRel === undefined && (b.spec.y !== undefined || b.spec.yRel !== undefined)) as = { ...a.spec, y: b.spec.y, yRel: b.spec.yRel };
  return { i, j: b.j, start, end: b.end, spec: { t: 'range', a: as, b: b.spec }, source: 'dates/range', confidence: CONFIDENCE.fullDate };
}

/** A year in words after عام/سنة: عام ألفين وعشرين, سنة ألف وتسعمائة وتسعين (the numbers stage's word parser, read-only). */
export function parseWordYear(c: DateReader, i: number): Hit | null {
  if (!startsWith(c, i, YEAR_WORD_FIRST)) return null;
  const w = c.has(i, ['عام', 'سنه'], true);
  if (!w) return null;
  const y = wordYear(c, i + 1);
  if (!y) return null;
  return { i, j: y.j, start: w.start, end: c.tok(y.j - 1)!.end, spec: { t: 'date', y: y.value }, source: 'dates/gregorian', confidence: CONFIDENCE.yearWithWord };
}
