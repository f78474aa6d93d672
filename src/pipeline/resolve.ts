/**
 * The one place where overlapping candidates are settled: the output is flat (no nesting)
 * and the longest candidate wins (جامعة الملك سعود over الملك سعود, فرنسا 24 over 24).
 * Ties go to the more confident candidate, then to the type order below.
 *
 * One exception to "longest wins": a name that runs into a date of strength 'normal' or more
 * at either edge (a title+name run that swallowed the weekday after it: أنتوني بلينكن الخميس)
 * is trimmed back to where the date begins or ends, so both survive. Which dates are that
 * strong is the dates stage's declaration (recognizers/dates/rules.ts, `dateStrength`). A date wholly inside a name is
 * left to the longest-wins rule (the dates stage does not propose dates inside names such as
 * ملعب 5 جويلية).
 */
import type { Candidate, NameCandidate } from './stage.js';
import { STRENGTH_RANK } from './rule.js';
import { lowerBound } from '../util/sorted.js';

/** A date this strong trims the names that run into it. */
const trimsNames = (c: Candidate): boolean => c.type === 'date' && c.strength !== undefined && STRENGTH_RANK[c.strength] >= STRENGTH_RANK.normal;

const isName = (c: Candidate): c is NameCandidate => c.type === 'person' || c.type === 'organization' || c.type === 'location';

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** Names trimmed off the confident dates they overlap at one edge; other candidates unchanged. */
export function trimNamesAtDates(candidates: readonly Candidate[], text: string): Candidate[] {
  const dates = candidates.filter(trimsNames);
  if (dates.length === 0 || !candidates.some(isName)) return candidates.slice();
  // The dates by start (ties in input order) with the longest date length, so each name looks
  // only at the dates that can reach it instead of at every date in the document.
  const byStart = dates.map((_, k) => k).sort((x, y) => dates[x].start - dates[y].start || x - y);
  const starts = byStart.map((k) => dates[k].start);
  let maxLen = 0;
  for (const d of dates) maxLen = Math.max(maxLen, d.end - d.start);
  const near: number[] = [];
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (!isName(c)) {
      out.push(c);
      continue;
    }
    let { start, end } = c;
    // Dates overlapping [c.start, c.end) start in (c.start - maxLen, c.end); the span only
    // shrinks below, so no other date can overlap it. They are applied in input order.
    near.length = 0;
    for (let x = lowerBound(starts, c.start - maxLen + 1); x < starts.length && starts[x] < c.end; x++) {
      const d = dates[byStart[x]];
      if (d.end > c.start) near.push(byStart[x]);
    }
    if (near.length > 1) near.sort((x, y) => x - y);
    for (const k of near) {
      const d = dates[k];
      if (d.end <= start || d.start >= end) continue;
      if (d.start > start && d.end >= end) end = d.start;
      else if (d.start <= start && d.end < end) start = d.end;
    }
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    if (start === c.start && end === c.end) out.push(c);
    else if (end > start) out.push({ ...c, start, end, canonical: undefined });
  }
  return out;
}

const TYPE_RANK: Record<Candidate['type'], number> = { date: 0, organization: 1, person: 2, location: 3, number: 4 };

/**
 * Longest first (then more confident, then type order, then earlier), each candidate is kept
 * unless it overlaps one kept before it; the result is sorted by start. The overlap test marks
 * kept spans on a bitmap of text positions: kept spans are disjoint, so marking costs at most
 * the text length, and a rejected candidate stops at its first covered position (an insertion
 * into a start-sorted list could cost a move of the whole list per candidate).
 */
export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const valid = candidates.filter((c) => c.end > c.start);
  const ranked = valid.slice().sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.confidence - a.confidence || TYPE_RANK[a.type] - TYPE_RANK[b.type] || a.start - b.start,
  );
  let maxEnd = 0;
  for (const c of valid) if (c.end > maxEnd) maxEnd = c.end;
  const covered = new Uint8Array(maxEnd);
  const accepted: Candidate[] = [];
  next: for (const c of ranked) {
    for (let p = c.start; p < c.end; p++) if (covered[p] === 1) continue next;
    covered.fill(1, c.start, c.end);
    accepted.push(c);
  }
  return accepted.sort((a, b) => a.start - b.start);
}
