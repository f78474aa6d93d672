/**
 * CoNLL/BIO reading and CoNLL-style chunk scoring (exact span and type match), shared by the
 * tagger's training script and the evaluation harness.
 */
import { readFileSync } from 'node:fs';

export interface ConllSentence {
  tokens: string[];
  /** Tags per token: one for flat corpora, several for nested ones (Wojood). */
  tags: string[][];
}

export interface ReadConllOptions {
  /** Keep at most this many tag columns (WikiFANE: 1 keeps the coarse tag only). */
  maxTags?: number;
}

/**
 * Read a `token TAG [TAG …]` file (spaces or tabs), blank line between sentences. A token
 * is the first field; everything after it is tags. Lines with a token but no tag get `O`.
 */
export function readConll(path: string, options: ReadConllOptions = {}): ConllSentence[] {
  const text = readFileSync(path, 'utf8');
  const out: ConllSentence[] = [];
  let tokens: string[] = [];
  let tags: string[][] = [];
  const flush = () => {
    if (tokens.length > 0) out.push({ tokens, tags });
    tokens = [];
    tags = [];
  };
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') {
      flush();
      continue;
    }
    const fields = line.split(/[ \t]+/).filter((f) => f !== '');
    if (fields.length === 0) continue;
    const token = fields[0];
    let t = fields.slice(1);
    if (options.maxTags !== undefined) t = t.slice(0, options.maxTags);
    if (t.length === 0) t = ['O'];
    tokens.push(token);
    tags.push(t);
  }
  flush();
  return out;
}

export interface Chunk {
  type: string;
  /** Token indices, end exclusive. */
  start: number;
  end: number;
}

/**
 * Chunks of one flat IOB/IOB2 tag sequence, conlleval style: an `I-X` that does not continue
 * an `X` chunk starts a new one. `mapType` renames or drops (returns null) types.
 */
export function chunks(tags: readonly string[], mapType: (t: string) => string | null = (t) => t): Chunk[] {
  const out: Chunk[] = [];
  let cur: Chunk | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i];
    const dash = tag.indexOf('-');
    const prefix = dash > 0 ? tag.slice(0, dash) : tag;
    const type = dash > 0 ? mapType(tag.slice(dash + 1)) : null;
    if (type === null || (prefix !== 'B' && prefix !== 'I' && prefix !== 'E' && prefix !== 'S')) {
      if (cur) out.push(cur);
      cur = null;
      continue;
    }
    if (prefix === 'B' || prefix === 'S' || !cur || cur.type !== type) {
      if (cur) out.push(cur);
      cur = { type, start: i, end: i + 1 };
    } else {
      cur.end = i + 1;
    }
    if (prefix === 'E' || prefix === 'S') {
      out.push(cur);
      cur = null;
    }
  }
  if (cur) out.push(cur);
  return out;
}

/**
 * Chunks of a multi-tag (nested) sequence: chunks are found per type, mapped with `mapType`,
 * and when `outermost` is set only chunks not inside another kept chunk remain (flat, longest).
 */
export function chunksMulti(tags: readonly (readonly string[])[], mapType: (t: string) => string | null = (t) => t, outermost = false): Chunk[] {
  const types = new Set<string>();
  for (const ts of tags) for (const t of ts) {
    const dash = t.indexOf('-');
    if (dash > 0) types.add(t.slice(dash + 1));
  }
  const all: Chunk[] = [];
  for (const type of [...types].sort()) {
    const mapped = mapType(type);
    if (mapped === null) continue;
    const layer = tags.map((ts) => ts.find((t) => t.slice(t.indexOf('-') + 1) === type && t.indexOf('-') > 0) ?? 'O');
    for (const c of chunks(layer)) all.push({ type: mapped, start: c.start, end: c.end });
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
  const dedup: Chunk[] = [];
  for (const c of all) {
    if (dedup.some((d) => d.start === c.start && d.end === c.end && d.type === c.type)) continue;
    if (outermost && dedup.some((d) => d.start <= c.start && c.end <= d.end)) continue;
    dedup.push(c);
  }
  return dedup;
}

/** Corpus types → kashif's three name types (PER, ORG, LOC); everything else dropped. */
export function nameType(t: string): 'PER' | 'ORG' | 'LOC' | null {
  switch (t) {
    case 'PER': case 'PERS': case 'PERSON': case 'person': return 'PER';
    case 'ORG': case 'organization': return 'ORG';
    case 'LOC': case 'GPE': case 'location': return 'LOC';
    default: return null;
  }
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface ChunkScores {
  byType: Record<string, PRF>;
  overall: PRF;
}

function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, fn };
}

/** Exact-match chunk scores; `gold[i]` and `pred[i]` are the chunks of sentence i. */
export function scoreChunks(gold: readonly (readonly Chunk[])[], pred: readonly (readonly Chunk[])[]): ChunkScores {
  if (gold.length !== pred.length) throw new Error(`scoreChunks: ${gold.length} gold sentences vs ${pred.length} predicted`);
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const get = (t: string) => {
    let c = counts.get(t);
    if (!c) counts.set(t, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  for (let i = 0; i < gold.length; i++) {
    const g = new Set(gold[i].map((c) => `${c.type}\u0000${c.start}\u0000${c.end}`));
    const p = new Set(pred[i].map((c) => `${c.type}\u0000${c.start}\u0000${c.end}`));
    for (const c of gold[i]) get(c.type);
    for (const k of p) {
      const type = k.slice(0, k.indexOf('\u0000'));
      if (g.has(k)) get(type).tp++;
      else get(type).fp++;
    }
    for (const k of g) if (!p.has(k)) get(k.slice(0, k.indexOf('\u0000'))).fn++;
  }
  const byType: Record<string, PRF> = {};
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const t of [...counts.keys()].sort()) {
    const c = counts.get(t)!;
    byType[t] = prf(c.tp, c.fp, c.fn);
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  return { byType, overall: prf(tp, fp, fn) };
}

/** A small fixed-width table of scores for logs. */
export function formatScores(s: ChunkScores): string {
  const row = (name: string, r: PRF) =>
    `${name.padEnd(8)} P ${(r.precision * 100).toFixed(2).padStart(6)}  R ${(r.recall * 100).toFixed(2).padStart(6)}  F1 ${(r.f1 * 100).toFixed(2).padStart(6)}  (tp ${r.tp}, fp ${r.fp}, fn ${r.fn})`;
  return [...Object.entries(s.byType).map(([t, r]) => row(t, r)), row('overall', s.overall)].join('\n');
}
