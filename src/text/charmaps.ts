/**
 * Character maps as declarative data (after CAMeL Tools' charmaps): each entry names the
 * code points it covers, what they become, the option that enables it, and why.
 * `normalize.ts` compiles the enabled groups into one lookup table per option set.
 */
import type { ResolvedNormalizeOptions } from '../schema/options.js';

export type CharAction =
  /** Remove, and let the span of the previous character grow over it (marks that belong to a letter). */
  | { op: 'attach' }
  /** Remove without attaching (marks between characters: bidi controls, zero-width joiners). */
  | { op: 'drop' }
  | { op: 'map'; to: string }
  /** Replace by the NFKC form of the character, itself normalised again. */
  | { op: 'nfkc' };

export interface CharMapEntry {
  /** Inclusive code-point ranges. */
  ranges: ReadonlyArray<readonly [number, number]>;
  action: CharAction;
  option: keyof ResolvedNormalizeOptions;
  reason: string;
}

const range = (from: number, to = from) => [from, to] as const;
const map = (pairs: Record<string, string>) =>
  Object.entries(pairs).map(([from, to]) => ({ ranges: [range(from.codePointAt(0)!)], to }));

function mapEntries(option: keyof ResolvedNormalizeOptions, reason: string, pairs: Record<string, string>): CharMapEntry[] {
  return map(pairs).map(({ ranges, to }) => ({ ranges, action: { op: 'map', to }, option, reason }));
}

export const CHARMAPS: readonly CharMapEntry[] = [
  {
    ranges: [range(0x064b, 0x065f), range(0x0670), range(0x0610, 0x061a), range(0x06d6, 0x06dc), range(0x06df, 0x06e4), range(0x06e7, 0x06e8), range(0x06ea, 0x06ed), range(0x08d3, 0x08e1), range(0x08e3, 0x08ff)],
    action: { op: 'attach' },
    option: 'diacritics',
    reason: 'tashkeel (fatha … sukun, shadda, tanween), dagger alef and Quranic annotation marks carry no letter',
  },
  { ranges: [range(0x0640)], action: { op: 'attach' }, option: 'tatweel', reason: 'tatweel (kashida) only stretches a letter' },
  ...mapEntries('alef', 'alef with hamza above/below, madda and wasla are written interchangeably with bare alef', {
    'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  }),
  ...mapEntries('alefMaqsura', 'final ى and ي are confused in Egyptian and web text', { 'ى': 'ي' }),
  ...mapEntries('tehMarbuta', 'final ة is often written ه', { 'ة': 'ه' }),
  ...mapEntries('hamza', 'hamza on a carrier is often dropped', { 'ؤ': 'و', 'ئ': 'ي' }),
  ...mapEntries('digits', 'Arabic-Indic digits', Object.fromEntries([...'٠١٢٣٤٥٦٧٨٩'].map((d, i) => [d, String(i)]))),
  ...mapEntries('digits', 'Persian (extended Arabic-Indic) digits', Object.fromEntries([...'۰۱۲۳۴۵۶۷۸۹'].map((d, i) => [d, String(i)]))),
  ...mapEntries('digits', 'Arabic decimal and thousands separators and percent sign', { '٫': '.', '٬': ',', '٪': '%' }),
  ...mapEntries('persianLetters', 'Persian and Urdu letter forms of Arabic letters', {
    'ک': 'ك', 'ی': 'ي', 'ې': 'ي', 'ە': 'ه', 'ہ': 'ه', 'ۀ': 'ة',
  }),
  {
    ranges: [range(0xfb50, 0xfdff), range(0xfe70, 0xfefe)],
    action: { op: 'nfkc' },
    option: 'presentationForms',
    reason: 'presentation forms and ligatures (ﻻ, ﷲ) are display glyphs of ordinary letters',
  },
  {
    ranges: [range(0x200b, 0x200f), range(0x202a, 0x202e), range(0x2060, 0x2064), range(0x2066, 0x2069), range(0x061c), range(0xfeff), range(0x00ad), range(0x034f), range(0x180e)],
    action: { op: 'drop' },
    option: 'invisibles',
    reason: 'bidi controls, zero-width (non-)joiners, BOM and soft hyphen are invisible',
  },
  {
    ranges: [range(0x00a0), range(0x1680), range(0x2000, 0x200a), range(0x202f), range(0x205f), range(0x3000)],
    action: { op: 'map', to: ' ' },
    option: 'spaces',
    reason: 'no-break and typographic spaces separate words like U+0020',
  },
];
