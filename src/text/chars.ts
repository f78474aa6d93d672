/** Character classes of UTF-16 code units, by table: no regular expression on the hot path. */
export const C_OTHER = 0;
export const C_SPACE = 1;
export const C_AR_LETTER = 2;
export const C_AR_MARK = 3;
export const C_DIGIT = 4;
export const C_LATIN = 5;
export const C_PUNCT = 6;
export const C_SYMBOL = 7;
export const C_NEWLINE = 8;

const table = new Uint8Array(0x10000);
(function build() {
  const set = (from: number, to: number, cls: number) => table.fill(cls, from, to + 1);
  const P = /\p{P}/u;
  const S = /\p{S}/u;
  const L = /\p{L}/u;
  const M = /\p{M}/u;
  const Z = /\s/u;
  // Punctuation, symbols and Latin letters by Unicode property over the ranges that matter;
  // computed once at load.
  for (let c = 0x20; c < 0x3000; c++) {
    const ch = String.fromCharCode(c);
    if (Z.test(ch)) table[c] = C_SPACE;
    else if (P.test(ch)) table[c] = C_PUNCT;
    else if (S.test(ch)) table[c] = C_SYMBOL;
    else if (c < 0x0590 && L.test(ch)) table[c] = C_LATIN;
    else if (c >= 0x1e00 && c <= 0x1eff) table[c] = C_LATIN;
    else if (M.test(ch) && c < 0x0590) table[c] = C_AR_MARK; // combining marks stay inside words
  }
  set(0x09, 0x09, C_SPACE);
  set(0x0a, 0x0d, C_NEWLINE);
  set(0x30, 0x39, C_DIGIT);
  set(0x0620, 0x064a, C_AR_LETTER);
  set(0x064b, 0x065f, C_AR_MARK);
  set(0x0660, 0x0669, C_DIGIT);
  set(0x066e, 0x066f, C_AR_LETTER);
  set(0x0670, 0x0670, C_AR_MARK);
  set(0x0671, 0x06d3, C_AR_LETTER);
  set(0x06d5, 0x06d5, C_AR_LETTER);
  set(0x0610, 0x061a, C_AR_MARK);
  set(0x06d6, 0x06ed, C_AR_MARK);
  set(0x06ee, 0x06ef, C_AR_LETTER);
  set(0x06f0, 0x06f9, C_DIGIT);
  set(0x06fa, 0x06ff, C_AR_LETTER);
  set(0x0750, 0x077f, C_AR_LETTER);
  set(0x08a0, 0x08c9, C_AR_LETTER);
  set(0x08ca, 0x08ff, C_AR_MARK);
  set(0xfb50, 0xfdff, C_AR_LETTER);
  set(0xfe70, 0xfefc, C_AR_LETTER);
  set(0xff21, 0xff3a, C_LATIN);
  set(0xff41, 0xff5a, C_LATIN);
  set(0x200c, 0x200d, C_AR_MARK); // ZWNJ/ZWJ inside a word when not removed
  set(0x0640, 0x0640, C_AR_MARK); // tatweel
})();

export function charClass(code: number): number {
  return table[code];
}

export function isArabicLetterCode(code: number): boolean {
  return table[code] === C_AR_LETTER;
}
