/**
 * Qualifier phrases around a number (نحو, أكثر من, ما لا يقل عن, على الأقل …) and range
 * openers (ما بين, من). They are matched on folded token text; the first word of a phrase
 * may carry proclitics (بنحو, ولأكثر), which stay outside the span; the qualifier itself is
 * inside the number span (policy in index.ts), so matches report where it starts/ends.
 */
import { foldKey } from '../../text/normalize.js';
import type { TextToken } from '../../text/tokenize.js';
import { PREFIX_QUALIFIERS, SUFFIX_QUALIFIERS, RANGE_OPENERS, type Qualifier } from '../../lexicon/qualifiers.js';

interface CompiledPhrase<T> {
  words: string[];
  data: T;
}

function compile<T extends { words: readonly string[] }>(list: readonly T[]): CompiledPhrase<T>[] {
  return list.map((q) => ({ words: q.words.map(foldKey), data: q })).sort((a, b) => b.words.length - a.words.length);
}

const PREFIX = compile(PREFIX_QUALIFIERS);
const SUFFIX = compile(SUFFIX_QUALIFIERS);
const OPENERS = compile(RANGE_OPENERS);
const CLITIC_PREFIXES = ['', 'و', 'ف', 'ب', 'ل', 'وب', 'ول', 'فب', 'فل', 'ك'];

/** Length of the proclitics before `w` in token t (0 for the bare word), or -1 when it is not w. */
function wordMatch(t: TextToken | undefined, w: string, allowClitic: boolean): number {
  if (!t || (t.kind !== 'arabic' && t.kind !== 'punct')) return -1;
  const f = foldKey(t.text);
  if (f === w) return 0;
  if (!allowClitic || f.length <= w.length || !f.endsWith(w)) return -1;
  const p = f.slice(0, f.length - w.length);
  return CLITIC_PREFIXES.includes(p) ? p.length : -1;
}

/** Skip back over a proclitic glued to digits (بـ250: the token ب). */
function skipGluedClitic(tokens: TextToken[], i: number): number {
  const t = tokens[i - 1];
  if (t && t.kind === 'arabic' && t.text.length <= 2 && t.stem === '' && t.proclitics.length > 0) return i - 1;
  return i;
}

function matchBefore<T>(tokens: TextToken[], i: number, phrases: CompiledPhrase<T>[]): { data: T; first: number; start: number } | null {
  const j0 = skipGluedClitic(tokens, i);
  for (const p of phrases) {
    const n = p.words.length;
    if (j0 - n < 0) continue;
    let ok = true;
    let lead = 0;
    for (let w = 0; w < n && ok; w++) {
      const m = wordMatch(tokens[j0 - n + w], p.words[w], w === 0);
      if (m < 0) ok = false;
      else if (w === 0) lead = m;
    }
    if (ok) return { data: p.data, first: j0 - n, start: tokens[j0 - n].start + lead };
  }
  return null;
}

export function qualifierBefore(tokens: TextToken[], i: number): { q: Qualifier; first: number; start: number } | null {
  const m = matchBefore(tokens, i, PREFIX);
  return m ? { q: m.data, first: m.first, start: m.start } : null;
}

export function qualifierAfter(tokens: TextToken[], k: number): { q: Qualifier; next: number; end: number } | null {
  for (const p of SUFFIX) {
    let ok = true;
    for (let w = 0; w < p.words.length && ok; w++) ok = wordMatch(tokens[k + w], p.words[w], false) === 0;
    if (ok) return { q: p.data, next: k + p.words.length, end: tokens[k + p.words.length - 1].end };
  }
  return null;
}

/** A range opener right before token i: the joiners it allows and where it starts. */
export function rangeOpenerBefore(tokens: TextToken[], i: number): { joiners: readonly string[]; first: number; start: number } | null {
  const m = matchBefore(tokens, i, OPENERS);
  return m ? { joiners: m.data.joiners.map(foldKey), first: m.first, start: m.start } : null;
}
