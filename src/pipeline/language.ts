import type { franc as Franc } from 'franc';
import type { Language } from '../schema/result.js';
import { C_AR_LETTER, C_LATIN, charClass } from '../text/chars.js';

const SAMPLE = 600;

let francFn: typeof Franc | null = null;
/**
 * franc and its trigram tables are loaded on first use: most input is Arabic by its script
 * alone and never needs them, and loading them is a third of kashif's import time. The
 * bundler (tsup/esbuild) turns this require into a lazy initialiser of the bundled module in
 * both the ESM and the CJS build.
 */
function franc(text: string, options: { minLength: number; only: string[] }): string {
  francFn ??= (require('franc') as { franc: typeof Franc }).franc;
  return francFn(text, options);
}
/**
 * Languages franc chooses among: Arabic and its dialects, the other Arabic-script languages,
 * and the languages news text is most often mixed with. Scoring all 187 of franc's
 * languages on every document cost more than some recognisers.
 */
const CANDIDATES = [
  'arb', 'ary', 'arz', 'apc', 'pes', 'prs', 'urd', 'pbu', 'uig', 'ckb', 'skr', 'snd',
  'eng', 'fra', 'deu', 'spa', 'ita', 'por', 'nld', 'tur', 'rus', 'ukr', 'heb', 'hin', 'ind', 'cmn', 'jpn', 'kor', 'swh', 'hau',
];
/** Codes franc gives Arabic-script Arabic (standard and dialects). */
const ARABIC_CODES = new Set(['arb', 'ary', 'arz', 'apc', 'ajp', 'acm', 'aeb', 'ayl', 'afb']);

/**
 * Letters that Arabic does not use but Persian, Urdu, Pashto, Kurdish … do (پ چ ژ گ ک ی ے ہ ڈ ٹ ڑ ۆ ێ).
 * Looked for in the caller's text: normalisation folds some of them into Arabic letters.
 */
function isNonArabicLetter(c: number): boolean {
  return c === 0x067e || c === 0x0686 || c === 0x0698 || c === 0x06af || c === 0x06a9 || c === 0x06cc || c === 0x06d2 ||
    c === 0x06c1 || c === 0x0688 || c === 0x0679 || c === 0x0691 || c === 0x06c6 || c === 0x06ce || c === 0x06d5;
}

/**
 * Language of the text. Text written almost wholly in Arabic letters, with none of the
 * letters only other Arabic-script languages use, is Arabic by its script alone; anything
 * else (mixed, Latin, Persian-looking, short) is decided by franc on a sample.
 */
export function detectLanguage(input: string, text: string): Language {
  let arabic = 0;
  let letters = 0;
  let foreign = 0;
  const n = Math.min(text.length, 20000);
  for (let i = 0; i < n; i++) {
    const cls = charClass(text.charCodeAt(i));
    if (cls === C_AR_LETTER) {
      arabic++;
      letters++;
    } else if (cls === C_LATIN) letters++;
  }
  const m = Math.min(input.length, 20000);
  for (let i = 0; i < m; i++) if (isNonArabicLetter(input.charCodeAt(i))) foreign++;
  const arabicRatio = letters === 0 ? 0 : arabic / letters;
  const byScript = letters >= 200 && arabicRatio >= 0.8 && foreign === 0;
  const code = byScript ? 'arb' : letters < 10 ? 'und' : franc(text.slice(0, SAMPLE), { minLength: 10, only: CANDIDATES });
  return { code, isArabic: ARABIC_CODES.has(code) || (code === 'und' && arabicRatio >= 0.6), arabicRatio };
}
