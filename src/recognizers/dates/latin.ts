/**
 * Latin-script dates (January 6, 2022 in an embedded tweet) via compromise + compromise-dates.
 * compromise is loaded lazily, and only when a cheap check finds an English month name next to
 * a number in a Latin token run.
 */
import type { TextToken } from '../../text/tokenize.js';
import { loadCompromise, quietly } from '../latin/compromise.js';
import { ENGLISH_MONTHS } from '../../lexicon/months.js';
import { fmtDay, dayNumber, fmtMonth } from './calendar.js';
import type { Hit } from './parsers.js';

const MONTHS = new Map(ENGLISH_MONTHS.map((m) => [m.form, m.month]));

export interface LatinHit { start: number; end: number; value: string; granularity: 'day' | 'month' | 'year'; inferred: boolean }

export function findLatinDates(text: string, toks: readonly TextToken[], today: number | null): LatinHit[] {
  const out: LatinHit[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== 'latin') continue;
    const w = t.text.toLowerCase().replace(/\.$/, '');
    if (!MONTHS.has(w)) continue;
    const numNear = (k: number) => toks[k]?.kind === 'number' && /^\d{1,4}$/.test(toks[k].text);
    const dot = toks[i + 1]?.kind === 'punct' && toks[i + 1].text === '.' ? 1 : 0;
    if (!numNear(i + 1 + dot) && !numNear(i - 1)) continue;
    // the window: [DD] Month [DD][,] [YYYY]
    let a = i, b = i;
    if (numNear(i - 1) && !toks[i].newlineBefore) a = i - 1;
    let k = i + 1;
    while (k < toks.length && k <= i + 4 && !toks[k].newlineBefore && (numNear(k) || (toks[k].kind === 'punct' && (toks[k].text === ',' || (toks[k].text === '.' && k === i + 1))))) { b = k; k++; }
    while (b > i && toks[b].kind === 'punct') b--;
    const s = toks[a].start, e = toks[b].end;
    // the common news shapes are read directly; compromise (≈ms per call) handles the rest
    const hit = simple(text.slice(s, e), s) ?? viaCompromise(text.slice(s, e), s, today);
    if (hit) { out.push(hit); i = b; }
  }
  return out;
}

function viaCompromise(span: string, offset: number, today: number | null): LatinHit | null {
  try {
    const nlp = loadCompromise();
    const opts: Record<string, unknown> = { timezone: 'UTC' };
    if (today !== null) opts.today = fmtDay(today);
    const arr = quietly(() => nlp(span).dates(opts).json({ offset: true })) as Array<{ offset?: { start: number; length: number }; dates?: { start?: string; unit?: string } }>;
    const first = arr[0];
    if (!first?.dates?.start || !first.offset) return null;
    const iso = first.dates.start.slice(0, 10);
    const hasYear = /\b\d{4}\b/.test(span);
    const unit = first.dates.unit;
    const granularity = unit === 'month' ? 'month' : unit === 'year' ? 'year' : 'day';
    const value = granularity === 'day' ? iso : granularity === 'month' ? iso.slice(0, 7) : iso.slice(0, 4);
    let st = offset + first.offset.start, en = st + first.offset.length;
    while (en > st && /[\s,.]/.test(span[en - offset - 1] ?? '')) en--;
    return { start: st, end: en, value, granularity, inferred: !hasYear };
  } catch {
    return null;
  }
}

/** The common shapes, read without compromise: Month D, YYYY / D Month YYYY / Month YYYY. */
function simple(span: string, offset: number): LatinHit | null {
  const m1 = /^([A-Za-z]+)\.? (\d{1,2}),? (\d{4})$/.exec(span) ?? null;
  const m2 = /^(\d{1,2}) ([A-Za-z]+)\.?,? (\d{4})$/.exec(span) ?? null;
  const m3 = /^([A-Za-z]+)\.?,? (\d{4})$/.exec(span) ?? null;
  let y: number, m: number | undefined, d: number | undefined;
  if (m1) { m = MONTHS.get(m1[1].toLowerCase()); d = +m1[2]; y = +m1[3]; }
  else if (m2) { m = MONTHS.get(m2[2].toLowerCase()); d = +m2[1]; y = +m2[3]; }
  else if (m3) { m = MONTHS.get(m3[1].toLowerCase()); y = +m3[2]; }
  else return null;
  if (!m || y < 1000 || y > 2200) return null;
  if (d !== undefined && (d < 1 || d > new Date(Date.UTC(y, m, 0)).getUTCDate())) return null;
  if (d !== undefined) return { start: offset, end: offset + span.length, value: fmtDay(dayNumber(y, m, d)), granularity: 'day', inferred: false };
  return { start: offset, end: offset + span.length, value: fmtMonth(y, m), granularity: 'month', inferred: false };
}

export type { Hit };
