import { franc } from 'franc';
import type { Language } from '../schema/result.js';
import { C_AR_LETTER, C_LATIN, charClass } from '../text/chars.js';

const SAMPLE = 2000;
/** Codes franc gives Arabic-script Arabic (standard and dialects). */
const ARABIC_CODES = new Set(['arb', 'ary', 'arz', 'apc', 'ajp', 'acm', 'aeb', 'ayl', 'afb']);

/** Language of the text: franc on a sample of it, plus the share of Arabic letters. */
export function detectLanguage(text: string): Language {
  let arabic = 0;
  let letters = 0;
  const n = Math.min(text.length, 20000);
  for (let i = 0; i < n; i++) {
    const cls = charClass(text.charCodeAt(i));
    if (cls === C_AR_LETTER) {
      arabic++;
      letters++;
    } else if (cls === C_LATIN) letters++;
  }
  const arabicRatio = letters === 0 ? 0 : arabic / letters;
  const code = letters < 10 ? 'und' : franc(text.slice(0, SAMPLE), { minLength: 10 });
  return { code, isArabic: ARABIC_CODES.has(code) || (code === 'und' && arabicRatio >= 0.6), arabicRatio };
}
