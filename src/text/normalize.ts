import { CHARMAPS, type CharAction } from './charmaps.js';
import { OffsetMap } from './offset-map.js';
import { NormalizeOptionsSchema, type NormalizeOptions, type ResolvedNormalizeOptions } from '../schema/options.js';
import { KashifError } from '../errors.js';

/** A normalised text with the map from its offsets back to the input's. */
export interface Normalized {
  /** The normalised text. */
  text: string;
  /** Normalised offsets → original offsets. */
  map: OffsetMap;
}

const ATTACH = 1;
const DROP = 2;
const MAP = 3;

/** A compiled option set: one action byte per BMP code unit, replacement strings for MAP. */
interface CharTable {
  ops: Uint8Array;
  to: Map<number, string>;
}

const tableCache = new Map<string, CharTable>();

function compile(options: ResolvedNormalizeOptions): CharTable {
  const key = JSON.stringify(options);
  const cached = tableCache.get(key);
  if (cached) return cached;
  const ops = new Uint8Array(0x10000);
  const to = new Map<number, string>();
  const nfkcEntries: Array<readonly [number, number]> = [];
  for (const entry of CHARMAPS) {
    if (!options[entry.option]) continue;
    for (const [from, end] of entry.ranges) {
      for (let c = from; c <= end; c++) apply(entry.action, c, ops, to, nfkcEntries);
    }
  }
  // Presentation forms: the NFKC result is itself run through the other enabled maps, so
  // that ﻷ becomes لا (not لأ) when alef folding is on and a shadda form leaves no mark.
  for (const [c] of nfkcEntries) {
    const decomposed = String.fromCharCode(c).normalize('NFKC');
    let out = '';
    for (const ch of decomposed) {
      const u = ch.charCodeAt(0);
      if (ch.length > 1) out += ch;
      else if (ops[u] === MAP && !isNfkcSource(u)) out += to.get(u)!;
      else if (ops[u] === ATTACH || ops[u] === DROP) continue;
      else out += ch;
    }
    out = out.trim() === '' ? '' : out.trim();
    if (out === '') ops[c] = ATTACH;
    else if (out !== String.fromCharCode(c)) {
      ops[c] = MAP;
      to.set(c, out);
    }
  }
  const table = { ops, to };
  tableCache.set(key, table);
  return table;
}

function isNfkcSource(u: number): boolean {
  return (u >= 0xfb50 && u <= 0xfdff) || (u >= 0xfe70 && u <= 0xfefe);
}

function apply(action: CharAction, c: number, ops: Uint8Array, to: Map<number, string>, nfkc: Array<readonly [number, number]>): void {
  switch (action.op) {
    case 'attach':
      ops[c] = ATTACH;
      break;
    case 'drop':
      ops[c] = DROP;
      break;
    case 'map':
      ops[c] = MAP;
      to.set(c, action.to);
      break;
    case 'nfkc':
      nfkc.push([c, c]);
      break;
  }
}

export function resolveNormalizeOptions(options: NormalizeOptions | undefined): ResolvedNormalizeOptions {
  const parsed = NormalizeOptionsSchema.safeParse(options ?? {});
  if (!parsed.success) {
    throw new KashifError('INVALID_OPTIONS', `invalid normalize options: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`, parsed.error.issues);
  }
  return parsed.data;
}

/** Internal entry point once options are resolved (extract calls this on every document). */
export function normalizeResolved(input: string, options: ResolvedNormalizeOptions): Normalized {
  const { ops, to } = compile(options);
  const n = input.length;
  let cap = n + 16;
  let starts = new Int32Array(cap);
  let ends = new Int32Array(cap);
  let len = 0;
  const parts: string[] = [];
  let runStart = 0; // start of the current run of unchanged code units

  const grow = (need: number) => {
    if (len + need <= cap) return;
    cap = Math.max(cap * 2, len + need);
    const s = new Int32Array(cap);
    s.set(starts.subarray(0, len));
    starts = s;
    const e = new Int32Array(cap);
    e.set(ends.subarray(0, len));
    ends = e;
  };

  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    const op = ops[c];
    if (op === 0) {
      grow(1);
      starts[len] = i;
      ends[len] = i + 1;
      len++;
      continue;
    }
    if (runStart < i) parts.push(input.slice(runStart, i));
    runStart = i + 1;
    if (op === ATTACH) {
      if (len > 0 && ends[len - 1] === i) ends[len - 1] = i + 1;
    } else if (op === MAP) {
      const out = to.get(c)!;
      grow(out.length);
      for (let k = 0; k < out.length; k++) {
        starts[len] = i;
        ends[len] = i + 1;
        len++;
      }
      parts.push(out);
    }
    // DROP: nothing is emitted and no span grows over it.
  }
  if (runStart < n) parts.push(runStart === 0 ? input : input.slice(runStart));
  const text = parts.length === 1 ? parts[0] : parts.join('');
  return { text, map: new OffsetMap(starts, ends, len, n) };
}

/**
 * Normalise Arabic text for matching while keeping a map back to the input: every
 * normalised index maps to an original offset, monotonically, so spans found on the
 * normalised text can be reported on the caller's string.
 */
export function normalize(input: string, options?: NormalizeOptions): Normalized {
  if (typeof input !== 'string') throw new KashifError('INVALID_INPUT', `normalize expects a string, got ${input === null ? 'null' : typeof input}`);
  return normalizeResolved(input, resolveNormalizeOptions(options));
}

/**
 * A stronger fold used only for dictionary look-ups (gazetteers, lexicons, model features):
 * alef maqsura → ي, teh marbuta → ه, hamza carriers → bare letters. Same length as its input.
 */
export function foldKey(s: string): string {
  // Fast path: most words need no folding, and then no new string is built.
  let i = 0;
  const n = s.length;
  for (; i < n; i++) if (FOLD[s.charCodeAt(i)] !== 0) break;
  if (i === n) return s;
  let out = s.slice(0, i);
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    const f = FOLD[c];
    out += String.fromCharCode(f === 0 ? c : f);
  }
  return out;
}

/** foldKey's map, by code unit: ى→ي, ة→ه, ؤ→و, ئ→ي, alef variants → ا (0: unchanged). */
const FOLD = new Uint16Array(0x10000);
for (const [from, to] of [['ى', 'ي'], ['ة', 'ه'], ['ؤ', 'و'], ['ئ', 'ي'], ['أ', 'ا'], ['إ', 'ا'], ['آ', 'ا'], ['ٱ', 'ا']]) {
  FOLD[from.charCodeAt(0)] = to.charCodeAt(0);
}
