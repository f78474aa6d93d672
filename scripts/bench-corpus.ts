/**
 * The bench's texts and its floor.
 *
 * Texts: the raw ANT news articles of `../shared/data/news-raw/ant-corpus-v1.1.jsonl` (real
 * news nobody annotated and no rule was fitted to), one document per article (headline, blank
 * line, body), in file order, with repeated texts removed so that no document is seen twice.
 *
 * Floor: what the machine does for the least work any tokeniser must do, one whitespace-
 * tokenising pass with one `Map` look-up per token over the same text. Extract throughput
 * divided by it (1/N of the floor) is comparable across machines and across busy hours, where
 * MB/s alone is not.
 */
import { readFileSync } from 'node:fs';
import { cpuMs } from './bench-clock.js';

export interface NewsDoc {
  id: string;
  text: string;
  /** UTF-8 bytes of `text`. */
  bytes: number;
}

export const utf8Bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

/** Every distinct article of the raw news file, in file order. */
export function loadNews(path: string): NewsDoc[] {
  const seen = new Set<string>();
  const out: NewsDoc[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const o = JSON.parse(line) as { id?: unknown; title?: unknown; text?: unknown };
    if (typeof o.text !== 'string' || !o.text.trim()) continue;
    const text = typeof o.title === 'string' && o.title.trim() ? `${o.title.trim()}\n\n${o.text}` : o.text;
    if (seen.has(text)) continue;
    seen.add(text);
    out.push({ id: String(o.id ?? out.length), text, bytes: utf8Bytes(text) });
  }
  return out;
}

/** Documents from `docs[from]` on until at least `targetBytes`; returns them and the next index. */
export function takeBytes(docs: NewsDoc[], from: number, targetBytes: number): { docs: NewsDoc[]; next: number } {
  const out: NewsDoc[] = [];
  let size = 0;
  let i = from;
  for (; i < docs.length && size < targetBytes; i++) {
    out.push(docs[i]);
    size += docs[i].bytes;
  }
  return { docs: out, next: i };
}

/** Whitespace as the floor sees it: ASCII space, tab, CR, LF, NBSP. */
const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;

/** The vocabulary of the texts (each whitespace token → a number), built before the floor is timed. */
export function floorVocabulary(texts: string[]): Map<string, number> {
  const vocab = new Map<string, number>();
  for (const t of texts) {
    let start = -1;
    for (let i = 0; i <= t.length; i++) {
      const c = i < t.length ? t.charCodeAt(i) : 32;
      if (isSpace(c)) {
        if (start >= 0) {
          const w = t.slice(start, i);
          if (!vocab.has(w)) vocab.set(w, vocab.size);
          start = -1;
        }
      } else if (start < 0) start = i;
    }
  }
  return vocab;
}

/**
 * One floor pass: scan each text once by char code, cut it at whitespace, look every token up
 * once in `vocab`. Returns the token count and a checksum of the looked-up values (so that the
 * look-ups cannot be optimised away).
 */
export function floorPass(texts: string[], vocab: Map<string, number>): { tokens: number; checksum: number } {
  let tokens = 0;
  let checksum = 0;
  for (const t of texts) {
    let start = -1;
    for (let i = 0; i <= t.length; i++) {
      const c = i < t.length ? t.charCodeAt(i) : 32;
      if (isSpace(c)) {
        if (start >= 0) {
          checksum = (checksum + (vocab.get(t.slice(start, i)) ?? 1)) | 0;
          tokens++;
          start = -1;
        }
      } else if (start < 0) start = i;
    }
  }
  return { tokens, checksum };
}

export interface FloorMeasure {
  /** MB/s of each timed sample, by wall time. */
  passes: number[];
  /** Median of `passes`. */
  mbPerSec: number;
  /** MB/s of each timed sample, by the main thread's CPU time. */
  cpuPasses: number[];
  /** Median of `cpuPasses`. */
  cpuMbPerSec: number;
  tokens: number;
}

/**
 * One timed sample: floor passes over `texts` repeated until the CPU clock has advanced by at
 * least `minCpuMs` (the thread's CPU time is only updated every few ms, at scheduler ticks, so a
 * single short pass would be quantised); returns ms per pass on both clocks.
 */
export function floorSample(texts: string[], vocab: Map<string, number>, minCpuMs: number): { cpuMs: number; wallMs: number } {
  const c0 = cpuMs();
  const t0 = performance.now();
  let reps = 0;
  let c1 = c0;
  do {
    floorPass(texts, vocab);
    reps++;
    c1 = cpuMs();
  } while (c1 - c0 < minCpuMs && reps < 10000);
  return { cpuMs: (c1 - c0) / reps, wallMs: (performance.now() - t0) / reps };
}

/** Three untimed passes (JIT), then `runs` timed samples of at least 40 ms each; the median is the floor. */
export function measureFloor(texts: string[], vocab: Map<string, number>, bytes: number, runs: number): FloorMeasure {
  let tokens = 0;
  for (let r = 0; r < 3; r++) tokens = floorPass(texts, vocab).tokens;
  const passes: number[] = [];
  const cpuPasses: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = floorSample(texts, vocab, 40);
    passes.push(bytes / 1e3 / t.wallMs);
    cpuPasses.push(bytes / 1e3 / Math.max(t.cpuMs, 1e-6));
  }
  return { passes, mbPerSec: median(passes), cpuPasses, cpuMbPerSec: median(cpuPasses), tokens };
}

export function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
