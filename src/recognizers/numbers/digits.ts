/**
 * Digit strings. Normalisation already turned Arabic-Indic and Persian digits into ASCII,
 * ٫ into '.' and ٬ into ','. What is left is the separator question:
 *  - a comma followed by exactly three digits (possibly repeated groups: 1,000,000) is a
 *    thousands separator; any other single comma is a decimal comma, as news writes it
 *    (2,2 مليون = 2.2 million, 3,75 مليار);
 *  - when both '.' and ',' occur, the last one is the decimal point (1,000.50 / 1.000,50);
 *  - several dots that are not 3-digit groups (12.01.2022) are not a number here.
 */
export function parseDigits(text: string): number | null {
  let s = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    s += c === '،' ? ',' : c;
  }
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma < 0 && lastDot < 0) return toNumber(s);
  if (lastComma >= 0 && lastDot >= 0) {
    const dec = lastComma > lastDot ? ',' : '.';
    const thou = dec === ',' ? '.' : ',';
    const decAt = dec === ',' ? lastComma : lastDot;
    const intPart = s.slice(0, decAt);
    if (intPart.includes(dec)) return null;
    if (!isGrouped(intPart, thou)) return null;
    return toNumber(intPart.split(thou).join('') + '.' + s.slice(decAt + 1));
  }
  const sep = lastComma >= 0 ? ',' : '.';
  const parts = s.split(sep);
  if (parts.length === 2) {
    if (sep === ',' && parts[1].length === 3 && parts[0].length <= 3 && parts[0] !== '0') return toNumber(parts[0] + parts[1]);
    return toNumber(parts[0] + '.' + parts[1]);
  }
  if (isGrouped(s, sep)) return toNumber(parts.join(''));
  return null;
}

function isGrouped(s: string, sep: string): boolean {
  const parts = s.split(sep);
  if (parts.length === 1) return true;
  if (parts[0].length < 1 || parts[0].length > 3) return false;
  for (let i = 1; i < parts.length; i++) if (parts[i].length !== 3) return false;
  return true;
}

function toNumber(s: string): number | null {
  if (s.length === 0) return null;
  const v = Number(s);
  return Number.isFinite(v) ? v : null;
}

/** Count of digits in a digit token (phone-number heuristics). */
export function digitCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) n++;
  }
  return n;
}

/** The decimal digits of a number read after فاصلة: 1 فاصلة 25 → 0.25. */
export function asDecimalFraction(digits: number): number {
  if (!Number.isFinite(digits) || digits < 0) return 0;
  const s = String(Math.round(digits));
  return Number('0.' + s);
}
