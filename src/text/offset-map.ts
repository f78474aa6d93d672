/**
 * Maps offsets in normalised text back to the caller's original string.
 * For each normalised code unit i, `starts[i]` is the original offset of the code unit(s)
 * that produced it and `ends[i]` the original end, grown over marks that were removed
 * after it (diacritics, tatweel). Both arrays are non-decreasing.
 */
export class OffsetMap {
  constructor(
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
    readonly normalizedLength: number,
    readonly originalLength: number,
  ) {}

  /** Original offset where normalised index i begins (i may equal normalizedLength). */
  toOriginalStart(i: number): number {
    if (i >= this.normalizedLength) return this.originalLength;
    return i <= 0 ? (this.normalizedLength === 0 ? 0 : this.starts[0]) : this.starts[i];
  }

  /** Original offset where a normalised span ending (exclusive) at i ends. */
  toOriginalEnd(i: number): number {
    if (i <= 0) return this.normalizedLength === 0 ? 0 : this.starts[0];
    if (i > this.normalizedLength) return this.originalLength;
    return this.ends[i - 1];
  }

  /** A normalised span [start, end) as an original span; an empty span stays empty. */
  toOriginal(start: number, end: number): { start: number; end: number } {
    const s = this.toOriginalStart(start);
    if (end <= start) return { start: s, end: s };
    return { start: s, end: Math.max(s, this.toOriginalEnd(end)) };
  }
}
