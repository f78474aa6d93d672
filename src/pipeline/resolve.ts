/**
 * The one place where overlapping candidates are settled: the output is flat (no nesting)
 * and the longest candidate wins (جامعة الملك سعود over الملك سعود, فرنسا 24 over 24).
 * Ties go to the more confident candidate, then to the type order below.
 */
import type { Candidate } from './stage.js';

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
