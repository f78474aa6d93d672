/**
 * What follows (or precedes) a number and types it: percent signs and phrases, currency
 * symbols, ISO codes, Arabic abbreviations (ج.م), currency words with their adjective
 * (دينار كويتي), minor units (و43 سنت), units of measure and time (برميل, كم, عاما).
 */
import { foldKey } from '../../text/normalize.js';
import type { NumberKind } from '../../schema/mention.js';
import {
  CURRENCY_WORD_MAP, CURRENCY_ADJ_MAP, CURRENCY_BASE, CURRENCY_SYMBOL_MAP, CURRENCY_ABBREV, ISO_CODE_SET,
  UNIT_WORD_MAP, UNIT_MODIFIER_MAP, LATIN_UNIT_MAP,
} from './lex.js';
import { Reader, isPunctText, glued } from './atoms.js';
import { PERCENT_WORDS } from '../../lexicon/units.js';
import type { ReadOptions } from '../../text/readings.js';
import type { CountryContext } from './context.js';
import { parseDigits } from './digits.js';

export interface Attachment {
  kind: NumberKind;
  currency: string | null;
  unit: string | null;
  /** Token index after the attachment, normalised end offset. */
  next: number;
  end: number;
  /** Amount to add (cents after a major unit: و43 سنت). */
  add: number;
  tag: 'percent' | 'money' | 'unit';
  /** An unresolved currency word usually written with three decimals (دينار). */
  millesimal?: boolean;
}

/** في المئة / في المائة (and the colloquial المية), بالمئة: folded like every look-up. */
const ADJECTIVE_READ: ReadOptions = { proclitics: 'none', article: true };
const PERCENT_AFTER_FI = new Set(PERCENT_WORDS.afterFi.map(foldKey));
const PERCENT_ONE_TOKEN = new Set(PERCENT_WORDS.oneToken.map(foldKey));

function money(currency: string | null, next: number, end: number, unit: string | null = null): Attachment {
  return { kind: 'money', currency, unit, next, end, add: 0, tag: 'money' };
}

/** The attachment starting at token k, if any. */
export function attachAfter(r: Reader, k: number, ctx: CountryContext): Attachment | null {
  const toks = r.tokens;
  const t = toks[k];
  if (!t) return null;
  if (t.kind === 'punct' || t.kind === 'symbol' || t.kind === 'other') {
    if (t.text === '%' || t.text === '٪') return { kind: 'percent', currency: null, unit: null, next: k + 1, end: t.end, add: 0, tag: 'percent' };
    const s = CURRENCY_SYMBOL_MAP.get(t.text);
    if (s) {
      const a = s.minor ? money(null, k + 1, t.end, 'cent') : money(s.iso, k + 1, t.end);
      return s.minor ? a : withCents(r, a);
    }
    return null;
  }
  if (t.kind === 'latin') {
    if (ISO_CODE_SET.has(t.text)) return money(t.text, k + 1, t.end);
    if (t.text === 'c' || t.text === 'ct') return money(null, k + 1, t.end, 'cent');
    const u = LATIN_UNIT_MAP.get(t.text);
    if (u) return { kind: 'quantity', currency: null, unit: u.unit, next: k + 1, end: t.end, add: 0, tag: 'unit' };
    return null;
  }
  if (t.kind !== 'arabic') return null;
  const f = r.folded(k);
  if (f === 'في') {
    const n = toks[k + 1];
    if (n && n.kind === 'arabic' && PERCENT_AFTER_FI.has(r.folded(k + 1))) return { kind: 'percent', currency: null, unit: null, next: k + 2, end: n.end, add: 0, tag: 'percent' };
    return null;
  }
  if (PERCENT_ONE_TOKEN.has(f)) return { kind: 'percent', currency: null, unit: null, next: k + 1, end: t.end, add: 0, tag: 'percent' };
  // Abbreviation: ج.م / ج.م.
  if (t.text.length === 1) {
    for (const ab of CURRENCY_ABBREV) {
      if (f !== ab.letters[0]) continue;
      let j = k + 1;
      let ok = true;
      let end = t.end;
      for (let li = 1; li < ab.letters.length && ok; li++) {
        const dot = toks[j];
        const letter = toks[j + 1];
        if (!isPunctText(dot, '.') || !glued(dot) || !letter || !glued(letter) || r.folded(j + 1) !== ab.letters[li]) ok = false;
        else {
          end = letter.end;
          j += 2;
        }
      }
      if (!ok) continue;
      if (isPunctText(toks[j], '.') && glued(toks[j])) {
        end = toks[j].end;
        j++;
      }
      return money(ab.iso, j, end);
    }
    return null;
  }
  const c = r.lookup(CURRENCY_WORD_MAP, k);
  if (c && c.prefix === '' && !c.article && !c.entry.dual) {
    const e = c.entry;
    if (e.minor) return money(null, k + 1, t.end, 'cent');
    let iso = e.iso;
    let next = k + 1;
    let end = t.end;
    const adjTok = toks[k + 1];
    if (adjTok && adjTok.kind === 'arabic') {
      // The adjective as written or with the article (دينار كويتي, الدينار الكويتي).
      const list = r.rd.lookup(k + 1, CURRENCY_ADJ_MAP, ADJECTIVE_READ)?.entry;
      const base = CURRENCY_BASE.get(e);
      const adj = list?.find((x) => base !== undefined && x.base.has(base));
      if (adj) {
        iso = adj.iso;
        next = k + 2;
        end = adjTok.end;
      }
    }
    if (iso === e.iso && next === k + 1 && e.iso === null && e.byCountry) iso = ctx.resolve(e.byCountry, k);
    const a = withCents(r, money(iso, next, end));
    return iso === null && e.millesimal ? { ...a, millesimal: true } : a;
  }
  const u = r.lookup(UNIT_WORD_MAP, k);
  if (u && u.prefix === '' && !u.article && !u.entry.dual) {
    let unit = u.entry.unit;
    let next = k + 1;
    let end = t.end;
    const m = toks[k + 1];
    if (m && m.kind === 'arabic') {
      const mods = UNIT_MODIFIER_MAP.get(r.folded(k + 1));
      const mod = mods?.find((x) => x.base === unit);
      if (mod) {
        unit = mod.unit;
        next = k + 2;
        end = m.end;
      }
    }
    return { kind: u.entry.kind, currency: null, unit, next, end, add: 0, tag: 'unit' };
  }
  return null;
}

/** After a major currency: (و) N سنت / N c / N¢ adds hundredths. */
function withCents(r: Reader, a: Attachment): Attachment {
  let j = a.next;
  if (r.isConjToken(j)) j++;
  const n = r.tokens[j];
  if (!n || n.kind !== 'number') return a;
  const v = parseDigits(n.text);
  if (v === null || v >= 100 || v < 0) return a;
  const unit = r.tokens[j + 1];
  if (!unit) return a;
  let isCent = false;
  if (unit.kind === 'latin' && (unit.text === 'c' || unit.text === 'ct')) isCent = true;
  else if (unit.text === '¢') isCent = true;
  else if (unit.kind === 'arabic') {
    const c = r.lookup(CURRENCY_WORD_MAP, j + 1);
    isCent = !!c && c.prefix === '' && !!c.entry.minor;
  }
  if (!isCent) return a;
  return { ...a, add: v / 100, next: j + 2, end: unit.end };
}

/** A currency symbol or ISO code right before the number ($10, $ 10, € 20, USD 5). */
export function currencyBefore(r: Reader, i: number): { currency: string; start: number; first: number } | null {
  const t = r.tokens[i - 1];
  if (!t) return null;
  if (t.kind === 'symbol' || t.kind === 'punct' || t.kind === 'other') {
    const s = CURRENCY_SYMBOL_MAP.get(t.text);
    if (s && s.iso) return { currency: s.iso, start: t.start, first: i - 1 };
  }
  if (t.kind === 'latin' && ISO_CODE_SET.has(t.text)) return { currency: t.text, start: t.start, first: i - 1 };
  return null;
}
