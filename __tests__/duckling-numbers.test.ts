/**
 * The Duckling Arabic vectors (../shared/data/duckling-ar) through the public extract():
 * number (Numeral_AR + Numeral_AR_EG), ordinal (Ordinal_AR) and money (AmountOfMoney_AR).
 *
 * A vector passes when ONE number mention covers the whole trimmed text, or all of it but a
 * qualifier/range opener before or after (our policy keeps qualifiers outside the span), and
 * its value matches.
 *
 * Duckling's money values are mapped to ours as follows:
 *  - `{amount, currency}`: value === amount, kind money, currency mapped to ISO 4217:
 *    '$' → USD; '£' is Duckling's generic "pound", and جنيه alone is the Egyptian pound in
 *    our news policy, so '£' accepts EGP or GBP; ISO codes stay as they are;
 *    'cent' → value === amount with unit 'cent' (a minor unit, currency unknown).
 *  - `{min, max}` (a range) → range {min, max}; `{max}` alone → value max with comparator
 *    lt/lte; `{min}` alone → value min with comparator gt/gte.
 * Where Duckling contradicts news usage we keep news usage and count a failure.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, type NumberMention } from '../src/index';

interface Vector {
  text: string;
  dimension: string;
  value: unknown;
  negative?: boolean;
}

const dir = join(__dirname, '..', '..', 'shared', 'data', 'duckling-ar');
const load = (f: string): Vector[] => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { vectors: Vector[] }).vectors;

const SETS: Record<string, { files: string[]; floor: number }> = {
  number: { files: ['Numeral_AR.json', 'Numeral_AR_EG.json'], floor: 0.95 },
  ordinal: { files: ['Ordinal_AR.json'], floor: 0.95 },
  money: { files: ['AmountOfMoney_AR.json'], floor: 0.9 },
};

const ISO: Record<string, string[]> = { $: ['USD'], '£': ['EGP', 'GBP'], '€': ['EUR'] };

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
}

/** Only qualifier/opener words (Arabic letters and spaces) may lie outside the mention. */
function onlyQualifierOutside(text: string, m: NumberMention): boolean {
  const rest = (text.slice(0, m.start) + ' ' + text.slice(m.end)).trim();
  return rest === '' || /^[\p{Script=Arabic}\s]+$/u.test(rest);
}

function check(v: Vector): { ok: boolean; got: string } {
  const text = v.text.trim();
  const res = extract(text);
  const nums = res.entities.filter((e): e is NumberMention => e.type === 'number');
  const got = JSON.stringify(res.entities.map((e) => (e.type === 'number' ? [e.text, e.value, e.kind, e.currency, e.unit, e.comparator, e.range] : [e.type, e.text])));
  if (nums.length !== 1) return { ok: false, got };
  const m = nums[0];
  if (!onlyQualifierOutside(text, m)) return { ok: false, got };
  if (v.dimension === 'number') return { ok: typeof v.value === 'number' && close(v.value, m.value) && m.kind !== 'ordinal', got };
  if (v.dimension === 'ordinal') return { ok: typeof v.value === 'number' && m.value === v.value && m.kind === 'ordinal', got };
  const val = v.value as { amount?: number; currency: string; min?: number; max?: number };
  if (m.kind !== 'money') return { ok: false, got };
  if (val.currency === 'cent') {
    if (m.unit !== 'cent') return { ok: false, got };
  } else {
    const accept = ISO[val.currency] ?? [val.currency];
    if (!accept.includes(m.currency ?? '')) return { ok: false, got };
  }
  if (val.amount !== undefined) return { ok: close(val.amount, m.value) && !m.range, got };
  if (val.min !== undefined && val.max !== undefined) return { ok: !!m.range && close(m.range.min, val.min) && close(m.range.max, val.max), got };
  if (val.max !== undefined) return { ok: close(m.value, val.max) && (m.comparator === 'lt' || m.comparator === 'lte'), got };
  if (val.min !== undefined) return { ok: close(m.value, val.min) && (m.comparator === 'gt' || m.comparator === 'gte'), got };
  return { ok: false, got };
}

describe('Duckling Arabic vectors', () => {
  for (const [dim, set] of Object.entries(SETS)) {
    test(`${dim}: pass rate ≥ ${set.floor * 100}%`, () => {
      const vectors = set.files.flatMap(load).filter((v) => !v.negative);
      const failures: string[] = [];
      for (const v of vectors) {
        const { ok, got } = check(v);
        if (!ok) failures.push(`  ${JSON.stringify(v.text)} expected ${JSON.stringify(v.value)} got ${got}`);
      }
      const rate = (vectors.length - failures.length) / vectors.length;
      console.log(`duckling ${dim}: ${vectors.length - failures.length}/${vectors.length} = ${(rate * 100).toFixed(1)}%\n${failures.join('\n')}`);
      expect(vectors.length).toBeGreaterThan(0);
      expect(rate).toBeGreaterThanOrEqual(set.floor);
    });
  }
});
