/**
 * Qualifier phrases around a number (نحو, أكثر من, ما لا يقل عن, على الأقل …) and range
 * openers (ما بين, من). They are matched on the reading layer's folded words; the first word
 * of a phrase may carry a proclitic of the table's `qualifiers` context (بنحو, ولأكثر,
 * كحوالي), which stays outside the span; the qualifier itself is inside the number span
 * (policy in index.ts), so matches report where it starts/ends.
 */
import { foldKey } from '../../text/normalize.js';
import type { TextToken } from '../../text/tokenize.js';
import type { Reading } from '../../text/readings.js';
import type { Reader } from './atoms.js';
import { PREFIX_QUALIFIERS, SUFFIX_QUALIFIERS, RANGE_OPENERS, type Qualifier } from '../../lexicon/qualifiers.js';

interface CompiledPhrase<T> {
  words: string[];
  data: T;
  /** Position in the try order (longest phrases first). */
  order: number;
}

/**
 * Phrases indexed by one word, so a look-up tries only the phrases that can match instead of
 * folding the same tokens once per phrase: `byLast` holds the phrases of two words or more by
 * their last word (matched exactly), `single` the one-word phrases (which may carry a clitic).
 */
interface PhraseIndex<T> {
  byLast: Map<string, CompiledPhrase<T>[]>;
  byFirst: Map<string, CompiledPhrase<T>[]>;
  single: Map<string, CompiledPhrase<T>[]>;
}

function compile<T extends { words: readonly string[] }>(list: readonly T[]): PhraseIndex<T> {
  const sorted = list.map((q) => ({ words: q.words.map(foldKey), data: q, order: 0 })).sort((a, b) => b.words.length - a.words.length);
  const index: PhraseIndex<T> = { byLast: new Map(), byFirst: new Map(), single: new Map() };
  const add = (m: Map<string, CompiledPhrase<T>[]>, k: string, p: CompiledPhrase<T>) => {
    const l = m.get(k);
    if (l) l.push(p);
    else m.set(k, [p]);
  };
  sorted.forEach((p, order) => {
    p.order = order;
    add(index.byFirst, p.words[0], p);
    if (p.words.length === 1) add(index.single, p.words[0], p);
    else add(index.byLast, p.words[p.words.length - 1], p);
  });
  return index;
}

const PREFIX = compile(PREFIX_QUALIFIERS);
const SUFFIX = compile(SUFFIX_QUALIFIERS);
const OPENERS = compile(RANGE_OPENERS.map((o) => ({ ...o, joiners: o.joiners.map(foldKey) })));
/** A phrase's first word may carry a proclitic of the `qualifiers` context; never the article. */
const QUALIFIER_CONTEXT = 'qualifiers' as const;

/** The readings of token j a phrase word may match, in try order (shared: never mutate). */
function readingsAt(r: Reader, j: number): readonly Reading[] {
  return r.rd.of(j, QUALIFIER_CONTEXT);
}

/**
 * Length of the proclitics before `w` in token j (0 for the bare word), or -1 when it is not
 * w. Without `allowClitic` only the whole word (the first reading) counts; the article is
 * never stripped.
 */
function wordMatch(r: Reader, j: number, w: string, allowClitic: boolean): number {
  if (j < 0) return -1;
  const rs = readingsAt(r, j);
  const n = allowClitic ? rs.length : Math.min(1, rs.length);
  for (let x = 0; x < n; x++) {
    const rd = rs[x];
    if (!rd.article && rd.key === w) return rd.prefix.length;
  }
  return -1;
}

/** Skip back over a proclitic glued to digits (بـ250: the token ب). */
function skipGluedClitic(tokens: readonly TextToken[], i: number): number {
  const t = tokens[i - 1];
  if (t && t.kind === 'arabic' && t.text.length <= 2 && t.stem === '' && t.proclitics.length > 0) return i - 1;
  return i;
}

/** The first phrase, in try order, that ends right before token i (its proclitic skipped). */
function matchBefore<T>(r: Reader, i: number, phrases: PhraseIndex<T>): { data: T; first: number; start: number } | null {
  const tokens = r.tokens;
  const j0 = skipGluedClitic(tokens, i);
  if (j0 <= 0) return null;
  const last = r.folded(j0 - 1);
  if (last === '') return null;
  let best: CompiledPhrase<T> | null = null;
  let bestLead = 0;
  for (const p of phrases.byLast.get(last) ?? []) {
    const n = p.words.length;
    if (j0 - n < 0 || (best && best.order < p.order)) continue;
    let ok = true;
    let lead = 0;
    for (let w = 0; w < n - 1 && ok; w++) {
      const m = wordMatch(r, j0 - n + w, p.words[w], w === 0);
      if (m < 0) ok = false;
      else if (w === 0) lead = m;
    }
    if (ok) {
      best = p;
      bestLead = lead;
    }
  }
  // One-word phrases: the word itself or the word after a proclitic (بنحو, لحوالي).
  for (const x of readingsAt(r, j0 - 1)) {
    if (x.article) continue;
    for (const p of phrases.single.get(x.key) ?? []) {
      if (best && best.order < p.order) continue;
      best = p;
      bestLead = x.prefix.length;
    }
  }
  if (!best) return null;
  const first = j0 - best.words.length;
  return { data: best.data, first, start: tokens[first].start + bestLead };
}

export function qualifierBefore(r: Reader, i: number): { q: Qualifier; first: number; start: number } | null {
  const m = matchBefore(r, i, PREFIX);
  return m ? { q: m.data, first: m.first, start: m.start } : null;
}

export function qualifierAfter(r: Reader, k: number): { q: Qualifier; next: number; end: number } | null {
  const tokens = r.tokens;
  const f = r.folded(k);
  if (f === '') return null;
  // Candidates are in try order: the first that matches wins.
  for (const p of SUFFIX.byFirst.get(f) ?? []) {
    let ok = true;
    for (let w = 1; w < p.words.length && ok; w++) ok = wordMatch(r, k + w, p.words[w], false) === 0;
    if (ok) return { q: p.data, next: k + p.words.length, end: tokens[k + p.words.length - 1].end };
  }
  return null;
}

/** A range opener right before token i: the joiners it allows and where it starts. */
export function rangeOpenerBefore(r: Reader, i: number): { joiners: readonly string[]; first: number; start: number } | null {
  const m = matchBefore(r, i, OPENERS);
  return m ? { joiners: m.data.joiners, first: m.first, start: m.start } : null;
}
