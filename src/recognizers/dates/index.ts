/**
 * Dates stage: finds calendar expressions and resolves them to ISO 8601 values.
 *
 * Pipeline (chrono style): the rule registry (registry.ts: the rules of rules.ts bound to the
 * grammars of parsers.ts, reading tokens through the document's reading layer) → refiners
 * that merge ranges, attach times and link apposed dates → the reference date (the caller's,
 * else one the text states: that candidate is marked `anchor`, and the link step reports it
 * as the document date) → the resolver (resolve.ts) → Latin-script dates via compromise (latin.ts).
 *
 * Policies:
 *  - reference date: options.referenceDate; else a dateline (a full date next to اليوم / a
 *    weekday, or at the head of a line) in the first 2000 characters; else the first full date
 *    there. With none at all, relative expressions resolve against today's UTC date, are
 *    marked inferred, get a lower confidence, and a NO_REFERENCE_DATE warning is emitted.
 *  - numeric dates are day-first (7/10/2023 → 7 October) unless the first part is a 4-digit
 *    year (2023/10/07) or the middle part cannot be a month (10/25/2023).
 *  - weeks are ISO weeks (2022-W01, granularity 'week'); ranges are START/END, END inclusive.
 */
import type { DateCandidate, Doc, Stage, StageOutput, StageWarning } from '../../pipeline/stage.js';
import { DateReader, STARTERS } from './lex.js';
import { foldKey } from '../../text/normalize.js';
import { readingsOf } from '../../text/readings.js';
import { DATE_NAME_HEADS } from '../../lexicon/months.js';
import { procliticForms } from '../../lexicon/proclitics.js';
import { rangeConnector, type Hit } from './parsers.js';
import { SCAN_GRAMMARS, SCAN_NUMBER_GRAMMARS } from './registry.js';
import { SPAN_STARTERS } from './spans.js';
import { CONFIDENCE, NO_REFERENCE_FACTOR, dateStrength } from './rules.js';
import { resolveSpec, weekdayName, type Ref, type Resolved, type Spec } from './resolve.js';
import { dayNumber, fmtDay, validDate } from './calendar.js';
import { findLatinDates } from './latin.js';
import { intervalOf } from './interval.js';

const NAME_HEADS = new Set(DATE_NAME_HEADS.map((h) => foldKey(h.form)));
/** Every word a date expression can start with (lex.ts and the long-tail grammars of spans.ts). */
const STARTS = new Set<string>([...STARTERS, ...SPAN_STARTERS]);

const DAYISH = new Set(['date', 'weekday', 'dayoff', 'holiday', 'nthwd']);
const hasDay = (s: Spec) => (s.t === 'date' ? s.d !== undefined && s.d2 === undefined && (s.m !== undefined || s.mRel !== undefined || s.wd !== undefined) : DAYISH.has(s.t));
const fullDate = (s: Spec) => s.t === 'date' && s.d !== undefined && s.d2 === undefined && s.m !== undefined && s.y !== undefined && !s.time;

/** The proclitics a date word may carry (the table's `dates` context). */
const GATE_PREFIXES = procliticForms('dates');
/**
 * Cheap check, string slices only: could a date expression start at this folded word? It
 * admits every word one of whose readings is a starter (and a few more), so the readings are
 * built only for the words that may matter.
 */
function mayStart(f: string): boolean {
  if (STARTS.has(f)) return true;
  if (f.length > 3 && f.charCodeAt(0) === 0x0627 && f.charCodeAt(1) === 0x0644 && STARTS.has(f.slice(2))) return true;
  const c0 = f.charCodeAt(0);
  if (c0 !== 0x0648 && c0 !== 0x0641 && c0 !== 0x0628 && c0 !== 0x0644 && c0 !== 0x0643) return false;
  for (const p of GATE_PREFIXES) {
    if (f.length <= p.length + 1 || !f.startsWith(p)) continue;
    const rest = f.slice(p.length);
    if (STARTS.has(rest)) return true;
    if (rest.length > 3 && rest.startsWith('ال') && STARTS.has(rest.slice(2))) return true;
    if (rest.startsWith('ل') && STARTS.has(rest.slice(1))) return true;
  }
  return false;
}

/** A digit token a date can start at: 1 to 4 digits, or a numeric date written as one token (12.01.2022). */
const DATE_DIGITS = /^\d{1,4}(?:$|[./-])/;

/**
 * One pass over the tokens: at each token that may start a date, every grammar of the
 * registry's rules runs once (SCAN_GRAMMARS: a grammar serves several rules, and asking each
 * rule's `find` would run a shared grammar once per rule); the longest match wins (on equal
 * length the earlier grammar), and its `source` names the rule whose mention it is. This is
 * exactly what looping over DATE_RULES and their `find` gives (a test checks it), at a third
 * of the cost.
 */
function scan(c: DateReader): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < c.n; ) {
    const t = c.tok(i)!;
    if (t.kind !== 'arabic' && t.kind !== 'number') { i++; continue; }
    if (t.kind === 'arabic' && !STARTS.has(t.key) && !mayStart(c.readings.folded(i))) { i++; continue; }
    if (t.kind === 'number' && !DATE_DIGITS.test(t.text)) { i++; continue; }
    const view = c.at(i);
    let best: Hit | null = null;
    const gs = t.kind === 'number' ? SCAN_NUMBER_GRAMMARS : SCAN_GRAMMARS;
    for (let r = 0; r < gs.length; r++) {
      const h = gs[r](view, i);
      if (h && h.j > i && h.end > h.start && (!best || h.end > best.end)) best = h;
    }
    if (best) { hits.push(best); i = best.j; } else i++;
  }
  return hits;
}

 /** من عام 2010 إلى عام 2015: two Gregorian years, the first before the second. */
function orderedYears(a: Spec, b: Spec): boolean {
  const yearOnly = (s: Spec) => s.t === 'date' && s.y !== undefined && s.m === undefined && s.mRel === undefined && s.d === undefined && !s.hijri;
  return yearOnly(a) && yearOnly(b) && (a as { y: number }).y < (b as { y: number }).y;
}

/** من مارس إلى يونيو 2024: two Gregorian months, no days, the first before the second (the first may take the second's year). */
function orderedMonths(a: Spec, b: Spec): boolean {
  if (a.t !== 'date' || b.t !== 'date' || a.m === undefined || b.m === undefined || a.d !== undefined || b.d !== undefined || a.hijri || b.hijri) return false;
  if (a.mDir !== undefined || b.mDir !== undefined || a.yRel !== undefined || b.yRel !== undefined) return false;
  const ya = a.y ?? b.y, yb = b.y;
  if (ya === undefined || yb === undefined) return a.y === undefined && b.y === undefined && a.m < b.m;
  return ya < yb || (ya === yb && a.m < b.m);
}

const ATTACH_GAP = ['في', 'على', 'عند', 'من', 'نحو', 'حوالي'];

/** Hits a and b (b after a) read as one expression with this spec. */
function joined(a: Hit, b: Hit, spec: Spec, source: Hit['source'], confidence: number): Hit {
  return { i: a.i, j: b.j, start: a.start, end: b.end, spec, source, confidence };
}

/**
 * One refiner pass over the hits in order: `merge(a, b)` (b the hit after a, if any) returns
 * the hit that replaces both, `'drop'` to leave a out, or null to keep a as it is.
 */
function pairPass(hits: readonly Hit[], merge: (a: Hit, b: Hit | undefined) => Hit | 'drop' | null): Hit[] {
  const out: Hit[] = [];
  for (let x = 0; x < hits.length; x++) {
    const m = merge(hits[x], hits[x + 1]);
    if (m === 'drop') continue;
    out.push(m ?? hits[x]);
    if (m) x++;
  }
  return out;
}

/** Ranges: A (الى|حتى|-) B. */
function mergeRange(c: DateReader, a: Hit, b: Hit | undefined): Hit | null {
  if (!b || rangeConnector(c, a.j) !== b.i) return null;
  const bothTime = a.spec.t === 'time' && b.spec.t === 'time';
  const bothDay = hasDay(a.spec) && hasDay(b.spec);
  if (!(bothTime || bothDay || orderedYears(a.spec, b.spec) || orderedMonths(a.spec, b.spec))) return null;
  let as = a.spec;
  const bs = b.spec;
  if (as.t === 'time' && bs.t === 'time' && as.time.pm === null && bs.time.pm !== null) as = { t: 'time', time: { ...as.time, pm: bs.time.pm } };
  if (as.t === 'date' && bs.t === 'date' && as.y === undefined && as.yRel === undefined && (bs.y !== undefined || bs.yRel !== undefined)) as = { ...as, y: bs.y, yRel: bs.yRel };
  return joined(a, b, { t: 'range', a: as, b: bs }, 'dates/range', Math.min(a.confidence, b.confidence));
}

/** A time attached to its day: الخميس الساعة 8, يوم السبت 21/09 الساعة 1:30 بعد الظهر. */
function attachTime(c: DateReader, a: Hit, b: Hit | undefined): Hit | null {
  if (!b) return null;
  // time before its day: الساعة التاسعة صباحا يوم الأحد, الساعة 09:30 صباح الخميس
  if (a.spec.t === 'time' && hasDay(b.spec) && (b.spec.t === 'date' || b.spec.t === 'dayoff' || b.spec.t === 'weekday') && !b.spec.time) {
    let k = a.j;
    while (k < b.i && (c.punct(k, '،,') || c.has(k, ['من', 'في', 'يوم'])) && c.sameLine(k)) k++;
    if (k === b.i && b.i - a.j <= 2 && c.sameLine(b.i)) return joined(a, b, { ...b.spec, time: a.spec.time }, b.source, Math.min(a.confidence, b.confidence));
  }
  if (hasDay(a.spec) && (b.spec.t === 'time' || (b.spec.t === 'range' && b.spec.a.t === 'time' && b.spec.b.t === 'time'))) {
    let k = a.j;
    while (k < b.i && (c.punct(k, '،,') || c.has(k, ATTACH_GAP)) && c.sameLine(k)) k++;
    if (k === b.i && b.i - a.j <= 2) {
      const withT = (s: Spec, t: Spec): Spec => (t.t === 'time' && (s.t === 'date' || s.t === 'dayoff' || s.t === 'weekday') ? { ...s, time: t.time } : s);
      const spec: Spec = b.spec.t === 'time' ? withT(a.spec, b.spec) : { t: 'range', a: withT(a.spec, (b.spec as { a: Spec }).a), b: withT(a.spec, (b.spec as { b: Spec }).b) };
      if (spec !== a.spec) return joined(a, b, spec, a.source, Math.min(a.confidence, b.confidence));
    }
  }
  return null;
}

/** غدا الأربعاء / أمس الخميس: a relative day named with its weekday; a date inside a name goes. */
function mergeRelativeDay(c: DateReader, a: Hit, b: Hit | undefined): Hit | 'drop' | null {
  if (b && a.spec.t === 'dayoff' && a.spec.wd === undefined && !a.spec.time && b.i === a.j && b.spec.t === 'weekday' && b.spec.dir === 'auto' && b.spec.week === undefined && !b.spec.time && c.sameLine(b.i)) {
    return joined(a, b, { ...a.spec, wd: b.spec.wd }, a.source, a.confidence);
  }
  // أمس الأربعاء 04 جانفي 2017: a relative day before an explicit weekday and date is one mention; the date gives the value
  if (b && a.spec.t === 'dayoff' && a.spec.wd === undefined && !a.spec.time && b.i === a.j && b.spec.t === 'date' && b.spec.wd !== undefined && b.spec.d !== undefined && b.spec.m !== undefined && c.sameLine(b.i)) {
    return joined(a, b, b.spec, b.source, b.confidence);
  }
  // ملعب 5 جويلية, شارع 26 يوليو: a date inside a name
  if (a.spec.t === 'date' && a.spec.y === undefined && a.spec.yRel === undefined && c.has(a.i - 1, NAME_HEADS, true)) return 'drop';
  return null;
}

/** Merge ranges and attach times: the refiner passes in order, then من before a range joins it. */
function refine(c: DateReader, hits: Hit[]): Hit[] {
  let out = pairPass(hits, (a, b) => mergeRange(c, a, b));
  out = pairPass(out, (a, b) => attachTime(c, a, b));
  out = pairPass(out, (a, b) => mergeRelativeDay(c, a, b));
  // من before a range is part of it: من 1 مارس إلى 30 أفريل 2025
  for (const h of out) {
    const isRange = h.spec.t === 'range' || (h.spec.t === 'date' && h.spec.d2 !== undefined);
    if (isRange && h.i > 0 && c.sameLine(h.i)) {
      const v = c.variants(h.i - 1).find((x) => x.key === 'من');
      if (v) { h.start = v.start; h.i -= 1; }
    }
  }
  return out;
}

function parseRefOption(s: string | undefined): Ref | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(s);
  if (!m) return null;
  const y = +m[1], mo = +m[2], d = +m[3];
  if (!validDate(y, mo, d)) return null;
  return { day: dayNumber(y, mo, d), h: m[4] ? +m[4] : 0, mi: m[5] ? +m[5] : 0, hasTime: !!m[4], forward: false, known: true };
}

const TOP = 2000;

/** A full date near the top: the dateline when it sits next to اليوم/a weekday or heads a line. */
function documentDate(c: DateReader, hits: Hit[]): { hit: Hit; source: 'dateline' | 'first-date'; day: number } | null {
  const dummy: Ref = { day: 0, h: 0, mi: 0, hasTime: false, forward: false, known: false };
  let first: { hit: Hit; day: number } | null = null;
  for (let x = 0; x < hits.length; x++) {
    const h = hits[x];
    if (h.start > TOP) break;
    if (!fullDate(h.spec)) continue;
    const r = resolveSpec(h.spec, dummy);
    if (!r || r.day === undefined) continue;
    if (!first) first = { hit: h, day: r.day };
    const prev = hits[x - 1];
    const s = h.spec as { wd?: number };
    let dateline = s.wd !== undefined && h.start < 1000;
    if (!dateline && h.start < 1000 && prev && (prev.spec.t === 'weekday' || (prev.spec.t === 'dayoff' && prev.spec.off === 0))) {
      let k = prev.j;
      while (k < h.i && c.punct(k, '(،,-–') && c.sameLine(k)) k++;
      if (k === h.i) dateline = true;
    }
    if (!dateline) {
      // at the head of a line, maybe after a place name and a dash: الرياض - 12 مارس 2024
      let k = h.i, count = 0, dash = false;
      while (k > 0 && !c.tok(k)!.newlineBefore && count < 6) { k--; count++; if (c.punct(k, '-–—:|،,')) dash = true; }
      if (c.tok(k)!.newlineBefore || k === 0) dateline = count === 0 || (dash && count <= 5);
    }
    if (dateline) return { hit: h, source: 'dateline', day: r.day };
  }
  return first ? { ...first, source: 'first-date' } : null;
}

export function runDates(doc: Doc): StageOutput {
  const text = doc.norm.text;
  const c = new DateReader(readingsOf(doc));
  const hits = refine(c, scan(c));
  const warnings: StageWarning[] = [];
  let ref = parseRefOption(doc.options.referenceDate);
  // Without a reference date, the document is anchored on a date it states (the link step
  // reports it as the document date).
  let anchor: { hit: Hit; source: 'dateline' | 'first-date' } | null = null;
  if (!ref) {
    const dd = documentDate(c, hits);
    if (dd) {
      ref = { day: dd.day, h: 0, mi: 0, hasTime: false, forward: false, known: true };
      anchor = { hit: dd.hit, source: dd.source };
    }
  }
  if (!ref) {
    const now = new Date();
    ref = { day: Math.floor(now.getTime() / 86400000), h: 0, mi: 0, hasTime: false, forward: false, known: false };
  }
  ref.forward = doc.options.forwardDates === true;

  const candidates: DateCandidate[] = [];
  let usedUnknownRef = false;
  const resolved: (Resolved | null)[] = hits.map((h) => resolveSpec(h.spec, ref!));
  for (let x = 0; x < hits.length; x++) {
    const h = hits[x];
    let r = resolved[x];
    if (!r) continue;
    // apposition: الخميس (4 نيسان 2019), اليوم السبت (التاسع من يناير/ كانون الثاني 2022)
    const next = hits[x + 1];
    const s = h.spec;
    if (next && resolved[x + 1] && fullDate(next.spec) && (s.t === 'weekday' || (s.t === 'dayoff' && s.off === 0)) && c.punct(h.j, '(') && next.i === h.j + 1) {
      const nr = resolved[x + 1]!;
      const stated = s.wd;
      r = { ...nr, relative: true, mismatch: undefined };
      if (stated !== undefined && nr.day !== undefined) {
        const actual = new Date(nr.day * 86400000).getUTCDay() || 7;
        if (actual !== stated) r.mismatch = { stated, actual, date: nr.value };
      }
    }
    if (r.mismatch) {
      warnings.push({
        code: 'WEEKDAY_MISMATCH',
        message: `"${text.slice(h.start, h.end)}" names a ${weekdayName(r.mismatch.stated)} but ${r.mismatch.date} is a ${weekdayName(r.mismatch.actual)}; the mention keeps the stated date`,
        start: h.start,
        end: h.end,
        data: { statedWeekday: weekdayName(r.mismatch.stated), date: r.mismatch.date, dateWeekday: weekdayName(r.mismatch.actual) },
      });
    }
    // The days it covers; a value whose start would come after its end is no date (never a wrong one).
    const interval = intervalOf(r.value);
    if (!interval || interval.start > interval.end) continue;
    let confidence = h.confidence;
    let inferred = r.inferred;
    if (!ref.known && (r.relative || r.inferred)) { usedUnknownRef = true; inferred = true; confidence *= NO_REFERENCE_FACTOR; }
    const cand: DateCandidate = {
      type: 'date', start: h.start, end: h.end, source: h.source, confidence, strength: dateStrength(confidence),
      value: r.value, granularity: r.granularity, calendar: r.calendar, hijri: r.hijri, relative: r.relative, inferred, interval,
    };
    // A full date without a time: its value is the anchor day itself.
    if (anchor && anchor.hit === h) cand.anchor = anchor.source;
    candidates.push(cand);
  }
  if (doc.options.latin !== false) {
    for (const l of findLatinDates(text, doc.tokens, ref.known ? ref.day : null)) {
      const interval = intervalOf(l.value);
      if (!interval) continue;
      candidates.push({
        type: 'date', start: l.start, end: l.end, source: 'dates/latin', confidence: CONFIDENCE.latin, strength: dateStrength(CONFIDENCE.latin),
        value: l.value, granularity: l.granularity, calendar: 'gregorian', hijri: null, relative: false, inferred: l.inferred, interval,
      });
    }
  }
  if (usedUnknownRef) {
    warnings.push({ code: 'NO_REFERENCE_DATE', message: `no reference date given or found in the text: relative dates were resolved against today (${fmtDay(ref.day)}) and marked inferred`, data: { today: fmtDay(ref.day) } });
  }
  return { candidates, warnings };
}

export const datesStage: Stage = {
  name: 'dates',
  run: (doc) => runDates(doc),
};
