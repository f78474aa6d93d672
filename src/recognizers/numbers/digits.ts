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
  const ac = text.indexOf('،');
  // The Arabic comma beside a Latin comma or dot groups thousands, the other one is the
  // decimal point: 45،250,75 = 45250.75, 1،250.5 = 1250.5.
  if (ac >= 0 && (text.indexOf(',') >= 0 || text.indexOf('.') >= 0)) {
    const dec = Math.max(text.lastIndexOf(','), text.lastIndexOf('.'));
    if (dec < text.lastIndexOf('،') || text.indexOf(text[dec]) !== dec) return null;
    if (text.slice(0, dec).search(/[,.]/) >= 0 || !isGrouped(text, 0, dec, '،')) return null;
    return toNumber(text.slice(0, dec).replaceAll('،', '') + '.' + text.slice(dec + 1));
  }
  const s = ac >= 0 ? text.replace(/،/g, ',') : text;
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma < 0 && lastDot < 0) return toNumber(s);
  if (lastComma >= 0 && lastDot >= 0) {
    const dec = lastComma > lastDot ? ',' : '.';
    const thou = dec === ',' ? '.' : ',';
    const decAt = dec === ',' ? lastComma : lastDot;
    if (s.lastIndexOf(dec, decAt - 1) >= 0) return null;
    if (!isGrouped(s, 0, decAt, thou)) return null;
    return toNumber(s.slice(0, decAt).replaceAll(thou, '') + '.' + s.slice(decAt + 1));
  }
  const sep = lastComma >= 0 ? ',' : '.';
  const first = s.indexOf(sep);
  if (first === s.lastIndexOf(sep)) {
    // One separator: 1,000 is a thousand, 2,2 and 2.5 are decimals.
    const head = s.slice(0, first);
    const tail = s.slice(first + 1);
    if (sep === ',' && tail.length === 3 && head.length <= 3 && head !== '0') return toNumber(head + tail);
    return toNumber(head + '.' + tail);
  }
  if (isGrouped(s, 0, s.length, sep)) return toNumber(s.replaceAll(sep, ''));
  return null;
}

/** s[from, to) is digit groups joined by sep: 1 to 3 digits, then groups of exactly 3. */
function isGrouped(s: string, from: number, to: number, sep: string): boolean {
  let at = s.indexOf(sep, from);
  if (at < 0 || at >= to) return true;
  if (at - from < 1 || at - from > 3) return false;
  for (;;) {
    const next = s.indexOf(sep, at + 1);
    const end = next < 0 || next >= to ? to : next;
    if (end - at - 1 !== 3) return false;
    if (end === to) return true;
    at = end;
  }
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
