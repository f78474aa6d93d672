/**
 * The one place where overlapping candidates are settled: the output is flat (no nesting)
 * and the longest candidate wins (جامعة الملك سعود over الملك سعود, فرنسا 24 over 24).
 * Ties go to the more confident candidate, then to the type order below.
 *
 * One exception to "longest wins": a name that runs into a confident date at either edge
 * (a title+name run that swallowed the weekday after it: أنتوني بلينكن الخميس) is trimmed
 * back to where the date begins or ends, so both survive. A date wholly inside a name is
 * left to the longest-wins rule (the dates stage does not propose dates inside names such as
 * ملعب 5 جويلية).
 */
import type { Candidate } from './stage.js';

const EDGE_DATE_CONFIDENCE = 0.8;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** Names trimmed off the confident dates they overlap at one edge; other candidates unchanged. */
export function trimNamesAtDates(candidates: readonly Candidate[], text: string): Candidate[] {
  const dates = candidates.filter((c) => c.type === 'date' && c.confidence >= EDGE_DATE_CONFIDENCE);
  if (dates.length === 0) return candidates.slice();
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (c.type !== 'person' && c.type !== 'organization' && c.type !== 'location') {
      out.push(c);
      continue;
    }
    let { start, end } = c;
    for (const d of dates) {
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

export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const valid = candidates.filter((c) => c.end > c.start);
  const ranked = valid.slice().sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.confidence - a.confidence || TYPE_RANK[a.type] - TYPE_RANK[b.type] || a.start - b.start,
  );
  // Accepted spans kept sorted by start; overlap check by binary search: O(n log n).
  const accepted: Candidate[] = [];
  for (const c of ranked) {
    let lo = 0;
    let hi = accepted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (accepted[mid].start < c.start) lo = mid + 1;
      else hi = mid;
    }
    const prev = accepted[lo - 1];
    const next = accepted[lo];
    if ((prev && prev.end > c.start) || (next && next.start < c.end)) continue;
    accepted.splice(lo, 0, c);
  }
  return accepted;
}
