import type { franc as Franc } from 'franc';
import type { Language } from '../schema/result.js';
import { C_AR_LETTER, C_AR_MARK, C_LATIN, C_OTHER, charClass } from '../text/chars.js';

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
/** Arabic-script languages franc tells apart, once the script has said "Arabic letters". */
const ARABIC_SCRIPT = ['arb', 'ary', 'arz', 'apc', 'pes', 'prs', 'urd', 'pbu', 'uig', 'ckb', 'skr', 'snd'];
/** Languages franc chooses among for text that is not mostly Arabic letters. */
const OTHERS = [
  'eng', 'fra', 'deu', 'spa', 'ita', 'por', 'nld', 'tur', 'rus', 'ukr', 'heb', 'hin', 'ind', 'cmn', 'jpn', 'kor', 'swh', 'hau',
];
/** Codes franc gives Arabic-script Arabic (standard and dialects). */
const ARABIC_CODES = new Set(['arb', 'ary', 'arz', 'apc', 'ajp', 'acm', 'aeb', 'ayl', 'afb']);

/** Share of letters in Arabic script from which a text is Arabic-script text. */
export const ARABIC_MAJORITY = 0.5;
/** Arabic-script letters franc needs before it is asked which Arabic-script language a text is. */
export const FRANC_MIN_LETTERS = 40;
/**
 * Arabic-script words with a letter only Persian, Urdu, Pashto or Kurdish use (پ چ ژ گ ک ی ے …)
 * from which a text is not Arabic by its script: at least FOREIGN_MIN_WORDS of them, and at
 * least FOREIGN_MIN_SHARE of its Arabic-script words. Persian prose has ی or ک in most
 * sentences' words; an Arabic article citing a Persian name (گرجستان) has one or two.
 */
export const FOREIGN_MIN_WORDS = 3;
export const FOREIGN_MIN_SHARE = 0.15;
/** Characters looked at: language is decided on the start of a long text. */
const SCAN = 20000;

/**
 * Letters that Arabic does not use but Persian, Urdu, Pashto, Kurdish … do (پ چ ژ گ ک ی ے ہ ڈ ٹ ڑ ۆ ێ).
 * Looked for in the caller's text: normalisation folds some of them into Arabic letters.
 */
function isNonArabicLetter(c: number): boolean {
  return c === 0x067e || c === 0x0686 || c === 0x0698 || c === 0x06af || c === 0x06a9 || c === 0x06cc || c === 0x06d2 ||
    c === 0x06c1 || c === 0x0688 || c === 0x0679 || c === 0x0691 || c === 0x06c6 || c === 0x06ce || c === 0x06d5;
}

const LETTER = /\p{L}/u;

/**
 * Language of the text, by script first:
 *  - fewer than 10 letters: `und`, Arabic when most of them are Arabic letters;
 *  - mostly (≥ ARABIC_MAJORITY) Arabic-script letters, and fewer words with letters only
 *    other Arabic-script languages use than FOREIGN_MIN_WORDS / FOREIGN_MIN_SHARE: Arabic
 *    (`arb`), whatever franc would say (short Arabic is often `prs` to it);
 *  - mostly Arabic-script letters with that many Persian/Urdu/… words: not Arabic by its
 *    letters; franc, restricted to Arabic-script languages, names the language when there
 *    are FRANC_MIN_LETTERS letters (`und` below that);
 *  - otherwise franc on a sample, over the languages news text is mixed with.
 * franc reads the caller's text: normalisation folds Persian letters into Arabic ones.
 */
export function detectLanguage(input: string, text: string): Language {
  let arabic = 0;
  let letters = 0;
  const n = Math.min(text.length, SCAN);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const cls = charClass(c);
    if (cls === C_AR_LETTER) {
      arabic++;
      letters++;
    } else if (cls === C_LATIN) letters++;
    else if (cls === C_OTHER && c >= 0x0590 && (c < 0xd800 || c > 0xdfff) && LETTER.test(text[i])) letters++;
  }
  let arabicInput = 0;
  let words = 0;
  let foreignWords = 0;
  let inWord = false;
  let foreignWord = false;
  const m = Math.min(input.length, SCAN);
  for (let i = 0; i <= m; i++) {
    const c = i < m ? input.charCodeAt(i) : 0x20;
    const foreignLetter = isNonArabicLetter(c);
    if (foreignLetter || charClass(c) === C_AR_LETTER) {
      arabicInput++;
      if (!inWord) {
        inWord = true;
        foreignWord = false;
        words++;
      }
      if (foreignLetter && !foreignWord) {
        foreignWord = true;
        foreignWords++;
      }
    } else if (charClass(c) !== C_AR_MARK && c !== 0x200c && c !== 0x200d) inWord = false; // ZWNJ stays inside Persian words
  }
  const arabicRatio = letters === 0 ? 0 : arabic / letters;
  if (letters < 10) return { code: 'und', isArabic: letters > 0 && arabicRatio >= ARABIC_MAJORITY, arabicRatio };
  if (arabicRatio >= ARABIC_MAJORITY) {
    if (foreignWords < FOREIGN_MIN_WORDS || foreignWords < FOREIGN_MIN_SHARE * words) return { code: 'arb', isArabic: true, arabicRatio };
    if (arabicInput < FRANC_MIN_LETTERS) return { code: 'und', isArabic: false, arabicRatio };
    const code = franc(input.slice(0, SAMPLE), { minLength: 10, only: ARABIC_SCRIPT });
    return { code, isArabic: ARABIC_CODES.has(code), arabicRatio };
  }
  const code = franc(text.slice(0, SAMPLE), { minLength: 10, only: [...ARABIC_SCRIPT, ...OTHERS] });
  return { code, isArabic: false, arabicRatio };
}
