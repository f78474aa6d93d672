/**
 * Evaluation of extract() on the shared corpora (CoNLL/BIO files) and on the Duckling test
 * vectors. Used by scripts/eval.ts (`npm run eval`).
 *
 * CoNLL corpora: each sentence's text is rebuilt by joining its tokens with single spaces
 * (token offsets remembered); extract() runs once per sentence (a fixed referenceDate is
 * passed so sentence-level dates resolve). Predicted mentions are projected onto corpus
 * tokens — a token belongs to a mention when their character ranges overlap, so a span that
 * starts after a clitic inside a corpus token (و|توكاييف) counts as that whole token — and
 * scored as exact chunk matches, CoNLL style (conll.ts). When two predicted mentions land on
 * overlapping tokens, the first (leftmost) keeps them.
 */
import { extract } from '../../src/pipeline/extract.js';
import type { ExtractOptions } from '../../src/schema/options.js';
import type { ExtractResult } from '../../src/schema/result.js';
import type { Mention, EntityType } from '../../src/schema/mention.js';
import { chunks, chunksMulti, scoreChunks, type Chunk, type ChunkScores, type ConllSentence } from './conll.js';

/** Our types → the labels the corpora are scored with. */
export const PRED_LABEL: Record<EntityType, string> = { person: 'PER', organization: 'ORG', location: 'LOC', date: 'DATE', number: 'NUM' };

/** ANERcorp: PERS/ORG/LOC; MISC is not one of our types and is dropped (treated as O). */
export function anercorpType(t: string): string | null {
  return t === 'PERS' || t === 'PER' ? 'PER' : t === 'ORG' ? 'ORG' : t === 'LOC' ? 'LOC' : null;
}

/** AQMAR: PER/LOC/ORG; MIS0–MIS3 are ignored (treated as O). */
export function aqmarType(t: string): string | null {
  return t === 'PER' ? 'PER' : t === 'ORG' ? 'ORG' : t === 'LOC' ? 'LOC' : null;
}

/**
 * Wojood (nested, 21 types) → ours: PERS→person, ORG→organization, GPE/LOC/FAC→location,
 * DATE→date, CARDINAL/ORDINAL/PERCENT/MONEY/QUANTITY→number; every other type (NORP, OCC,
 * EVENT, TIME, CURR, UNIT, WEBSITE, …) is dropped. Among the kept chunks only the outermost
 * are scored (a chunk inside another kept chunk of any type is removed), which gives a flat
 * gold set comparable with our flat, non-overlapping output: بلدية طولكرم is one organization
 * (the GPE inside it is not expected), "5 دولار" one number (MONEY over CARDINAL).
 */
export function wojoodType(t: string): string | null {
  switch (t) {
    case 'PERS': return 'PER';
    case 'ORG': return 'ORG';
    case 'GPE': case 'LOC': case 'FAC': return 'LOC';
    case 'DATE': return 'DATE';
    case 'CARDINAL': case 'ORDINAL': case 'PERCENT': case 'MONEY': case 'QUANTITY': return 'NUM';
    default: return null;
  }
}

export interface CorpusSpec {
  name: string;
  sentences: ConllSentence[];
  /** Corpus tag type → scored label, null to drop. */
  mapType: (t: string) => string | null;
  /** Nested multi-tag corpus: score outermost chunks. */
  nested?: boolean;
  /** Labels scored for this corpus; predictions of other types are dropped. */
  labels: readonly string[];
  options?: ExtractOptions;
  /** Sentence counts per document, in order (see evaluateCorpus); default one per sentence. */
  documents?: readonly number[];
  /** What runs on each text: extract by default (the ablation passes a reduced pipeline). */
  run?: (text: string, options?: ExtractOptions) => ExtractResult;
}

/** Corpora without document boundaries are read as documents of this many consecutive sentences (as the tagger trains). */
export const DOC_BLOCK = 25;

export interface CorpusResult {
  name: string;
  sentences: number;
  tokens: number;
  scores: ChunkScores;
  ms: number;
}

/** Rebuild a sentence's text; returns token start/end offsets. */
export function sentenceText(tokens: readonly string[]): { text: string; starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  let pos = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0) pos++;
    starts.push(pos);
    pos += tokens[i].length;
    ends.push(pos);
  }
  return { text: tokens.join(' '), starts, ends };
}

/** Project mentions (character spans) onto token chunks: overlap → membership; first wins. */
export function projectMentions(mentions: readonly Pick<Mention, 'type' | 'start' | 'end'>[], starts: readonly number[], ends: readonly number[], label: (t: EntityType) => string | null): Chunk[] {
  const out: Chunk[] = [];
  let claimedUpTo = 0; // tokens before this index are taken
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const m of sorted) {
    const type = label(m.type);
    if (type === null || m.end <= m.start) continue;
    // First token whose range overlaps [m.start, m.end).
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid] <= m.start) lo = mid + 1;
      else hi = mid;
    }
    const first = lo;
    if (first >= starts.length || starts[first] >= m.end) continue; // only white space covered
    let last = first;
    while (last + 1 < starts.length && starts[last + 1] < m.end) last++;
    if (first < claimedUpTo) continue;
    out.push({ type, start: first, end: last + 1 });
    claimedUpTo = last + 1;
  }
  return out;
}

/**
 * Score extract() on a corpus. With `documents` (sentence counts per document, in order), the
 * sentences of one document are joined with line breaks and extracted together, as a user
 * would pass an article, so document-level decisions see the whole document; mentions are
 * projected back onto each sentence's tokens. Without it, one extract per sentence.
 */
export function evaluateCorpus(spec: CorpusSpec): CorpusResult {
  const t0 = performance.now();
  const gold: Chunk[][] = [];
  const pred: Chunk[][] = [];
  const labels = new Set(spec.labels);
  const label = (t: EntityType) => (labels.has(PRED_LABEL[t]) ? PRED_LABEL[t] : null);
  let tokens = 0;
  for (const s of spec.sentences) {
    tokens += s.tokens.length;
    const g = spec.nested ? chunksMulti(s.tags, spec.mapType, true) : chunks(s.tags.map((t) => t[0] ?? 'O'), spec.mapType);
    gold.push(g.filter((c) => labels.has(c.type)));
  }
  const sizes = spec.documents ?? spec.sentences.map(() => 1);
  let first = 0;
  for (const size of sizes) {
    const sents = spec.sentences.slice(first, first + size);
    first += size;
    const texts = sents.map((s) => sentenceText(s.tokens));
    let text = '';
    const base: number[] = [];
    for (const t of texts) {
      if (base.length) text += '\n';
      base.push(text.length);
      text += t.text;
    }
    const result = (spec.run ?? extract)(text, spec.options);
    texts.forEach((t, k) => {
      const lo = base[k];
      const hi = lo + t.text.length;
      // Mentions inside this sentence, in sentence offsets (a mention across a line break is cut).
      const inside = result.entities
        .filter((m) => m.end > lo && m.start < hi)
        .map((m) => ({ type: m.type, start: Math.max(m.start, lo) - lo, end: Math.min(m.end, hi) - lo }));
      pred.push(projectMentions(inside, t.starts, t.ends, label));
    });
  }
  const scores = scoreChunks(gold, pred);
  // Every scored label gets a row, even when neither side has it.
  for (const l of spec.labels) if (!scores.byType[l]) scores.byType[l] = { precision: 0, recall: 0, f1: 0, tp: 0, fp: 0, fn: 0 };
  return { name: spec.name, sentences: spec.sentences.length, tokens, scores, ms: performance.now() - t0 };
}

/** Document sizes for a corpus without document boundaries: runs of `n` consecutive sentences. */
export function blocksOf(sentences: number, n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < sentences; i += n) out.push(Math.min(n, sentences - i));
  return out;
}

// ---------------------------------------------------------------------------------------
// Duckling vectors
// ---------------------------------------------------------------------------------------

export interface DucklingVector {
  id: string;
  text: string;
  dimension: string;
  value: unknown;
  expected: { json?: { grain?: string } } & Record<string, unknown>;
  negative: boolean;
}

export interface DucklingRow {
  dimension: string;
  file: string;
  total: number;
  passed: number;
  failures: Array<{ text: string; expected: unknown; got: unknown }>;
}

/** Duckling's reference time, without its -02:00 offset (our dates carry no zone). */
export const DUCKLING_REFERENCE = '2013-02-12T04:30';

/**
 * Pass rule. A positive vector passes when one mention of the right type covers the whole
 * text (start 0, end = text length after trimming white space) with the expected value; the
 * mention may leave out leading prepositions and qualifiers (في، من، عند، بحدود، حوالي، نحو …) and
 * a one-letter proclitic, which our annotation guidelines keep outside spans:
 * - number: a number mention whose kind is not ordinal, value equal (relative 1e-9);
 * - ordinal: a number mention of kind ordinal with the value;
 * - money: kind money; {amount} → value; {min,max} → range {min,max}; {max} alone → comparator
 *   lt/lte with value = max; {min} alone → comparator gt/gte with value = min (or a range
 *   whose min is it). Currency: $ → USD, € / EUR → EUR, £ → any pound (GBP, EGP, LBP, SYP,
 *   SDG), cent → USD with the amount divided by 100, or the amount as written with unit 'cent';
 *   ISO codes compare as they are.
 * - date / datetime: our ISO value and Duckling's are both padded to YYYY-MM-DDTHH:MM:SS
 *   (missing month/day → 01, time → 00; an ISO week YYYY-Www → its Monday) and must be equal: "2013-02" equals Duckling's
 *   month-grain 2013-02-01; the granularity itself is not compared;
 * - daterange / datetimerange ({start, end, grain}): our value START/END must match start and
 *   end (Duckling's end is exclusive; an inclusive END one day / one grain earlier is also
 *   accepted), or a single value whose padded start equals start and whose granularity is
 *   the range's grain (الشهر الماضي → "2013-01", month);
 * - temporal negatives (Duckling: no Time token): pass when no date mention is found.
 * Vectors run with referenceDate 2013-02-12T04:30 and forwardDates true (Duckling's policy).
 */
export function ducklingPasses(v: DucklingVector, entities: readonly Mention[]): boolean {
  if (v.negative) return !entities.some((m) => m.type === 'date');
  const text = v.text;
  let s = 0;
  let e = text.length;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  // Allowed starts: the text itself, or after leading prepositions / qualifiers that our
  // annotation guidelines leave outside a span (في، عند، بحدود، حوالي …) or a one-letter
  // proclitic (proclitics are outside spans: بـ، لـ، و).
  const starts = new Set<number>([s]);
  let rest = text.slice(s, e);
  let offset = s;
  for (;;) {
    const m = LEADING.exec(rest);
    if (!m) break;
    offset += m[0].length;
    rest = rest.slice(m[0].length);
    starts.add(offset);
  }
  for (const st of [...starts]) if (/^[وفبلك]ـ?$/.test(text.slice(st, st + 1))) starts.add(st + 1);
  return entities.some((m) => m.end >= e && [...starts].some((st) => m.start <= st) && valueMatches(v, m));
}

const LEADING = /^(?:في|من|عند|بحدود|حدود|حوالي|حوالى|نحو|قرابة|تقريبا|منذ|على|خلال|يوم)\s+/;

function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
}

const POUNDS = new Set(['GBP', 'EGP', 'LBP', 'SYP', 'SDG', 'SSP']);

function currencyMatches(expected: string, got: string | null): boolean {
  switch (expected) {
    case '$': case 'cent': return got === 'USD';
    case '€': return got === 'EUR';
    case '£': return got !== null && POUNDS.has(got);
    default: return got === expected;
  }
}

function valueMatches(v: DucklingVector, m: Mention): boolean {
  switch (v.dimension) {
    case 'number':
      return m.type === 'number' && m.kind !== 'ordinal' && typeof v.value === 'number' && near(v.value, m.value);
    case 'ordinal':
      return m.type === 'number' && m.kind === 'ordinal' && typeof v.value === 'number' && near(v.value, m.value);
    case 'money': {
      if (m.type !== 'number' || m.kind !== 'money') return false;
      const x = v.value as { amount?: number; min?: number; max?: number; currency: string };
      // A cent amount is reported as written (value 10, unit 'cent', currency unknown): the
      // text does not say whose cents. Duckling's own reading (USD ÷ 100) is accepted too.
      if (x.currency === 'cent' && m.unit === 'cent' && x.amount !== undefined && near(x.amount, m.value)) return true;
      if (!currencyMatches(x.currency, m.currency)) return false;
      const scale = x.currency === 'cent' ? 0.01 : 1;
      if (x.amount !== undefined) return !m.range && near(x.amount * scale, m.value);
      if (x.min !== undefined && x.max !== undefined) return m.range !== null && near(x.min * scale, m.range.min) && near(x.max * scale, m.range.max);
      if (x.max !== undefined) return (m.comparator === 'lt' || m.comparator === 'lte') && near(x.max * scale, m.value);
      if (x.min !== undefined) return ((m.comparator === 'gt' || m.comparator === 'gte') && near(x.min * scale, m.value)) || (m.range !== null && near(x.min * scale, m.range.min));
      return false;
    }
    case 'date':
    case 'datetime':
      return m.type === 'date' && typeof v.value === 'string' && !m.value.includes('/') && pad(m.value) === pad(v.value);
    case 'daterange':
    case 'datetimerange': {
      if (m.type !== 'date') return false;
      const x = v.value as { start: string; end: string; grain?: string };
      const grain = x.grain ?? v.expected.json?.grain;
      if (m.value.includes('/')) {
        const [a, b] = m.value.split('/');
        if (pad(a) !== pad(x.start)) return false;
        if (pad(b) === pad(x.end)) return true;
        // Inclusive end: one unit of the range's grain (or one day / hour) before Duckling's.
        return [grain, 'day', 'hour', 'second'].some((g) => g && pad(b) === pad(shift(x.end, g, -1)));
      }
      return pad(m.value) === pad(x.start) && (grain === undefined || m.granularity === grain);
    }
    default:
      return false;
  }
}

/** ISO date/datetime at any precision → YYYY-MM-DDTHH:MM:SS. */
export function pad(iso: string): string {
  const w = /^(\d{4})-W(\d{2})/.exec(iso);
  if (w) {
    // ISO week → its Monday: the week of 4 January is week 1.
    const jan4 = new Date(Date.UTC(Number(w[1]), 0, 4));
    const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86400000 + (Number(w[2]) - 1) * 7 * 86400000);
    return monday.toISOString().slice(0, 10) + 'T00:00:00';
  }
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T(\d{2})(?::(\d{2}))?(?::(\d{2}))?)?/.exec(iso);
  if (!m) return iso;
  return `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}T${m[4] ?? '00'}:${m[5] ?? '00'}:${m[6] ?? '00'}`;
}

function shift(iso: string, grain: string, n: number): string {
  const d = new Date(pad(iso) + 'Z');
  switch (grain) {
    case 'year': d.setUTCFullYear(d.getUTCFullYear() + n); break;
    case 'month': d.setUTCMonth(d.getUTCMonth() + n); break;
    case 'week': d.setUTCDate(d.getUTCDate() + 7 * n); break;
    case 'day': d.setUTCDate(d.getUTCDate() + n); break;
    case 'hour': d.setUTCHours(d.getUTCHours() + n); break;
    case 'minute': d.setUTCMinutes(d.getUTCMinutes() + n); break;
    default: d.setUTCSeconds(d.getUTCSeconds() + n);
  }
  return d.toISOString().slice(0, 19);
}

export function evaluateDuckling(file: string, vectors: readonly DucklingVector[], dimensions: readonly string[]): DucklingRow[] {
  const rows = new Map<string, DucklingRow>();
  for (const v of vectors) {
    const dim = v.negative ? `${v.dimension} (negative)` : v.dimension;
    if (!dimensions.includes(v.dimension)) continue;
    let row = rows.get(dim);
    if (!row) rows.set(dim, (row = { dimension: dim, file, total: 0, passed: 0, failures: [] }));
    row.total++;
    let entities: Mention[] = [];
    try {
      entities = extract(v.text, { referenceDate: DUCKLING_REFERENCE, forwardDates: true }).entities;
    } catch {
      entities = [];
    }
    if (ducklingPasses(v, entities)) row.passed++;
    else row.failures.push({ text: v.text, expected: v.value, got: entities.map((m) => ({ type: m.type, text: m.text, value: 'value' in m ? m.value : undefined, ...(m.type === 'number' ? { kind: m.kind, currency: m.currency, range: m.range, comparator: m.comparator } : {}) })) });
  }
  return [...rows.values()];
}
