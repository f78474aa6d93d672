import fc from 'fast-check';
import { normalize, KashifError } from '../src/index';

describe('normalize', () => {
  test.each([
    ['diacritics', 'مُحَمَّدٌ', 'محمد'],
    ['tatweel', 'بـــ250', 'ب250'],
    ['alef variants', 'أإآٱ', 'اااا'],
    ['Arabic-Indic digits', '٢٠٢٢', '2022'],
    ['Persian digits', '۱۴۰۱', '1401'],
    ['decimal and thousands separators', '٣٫٥ و١٬٠٠٠', '3.5 و1,000'],
    ['lam-alef ligature', 'ﻻ', 'لا'],
    ['bidi and zero-width marks', 'a\u200fb\u200ec\u061cd\u200de\ufefff', 'abcdef'],
    ['no-break space', 'a\u00a0b', 'a b'],
    ['Arabic punctuation stays', 'نعم، لا؛ لماذا؟', 'نعم، لا؛ لماذا؟'],
  ])('%s', (_name, input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });

  test('optional folds are off by default and can be turned on', () => {
    expect(normalize('مدرسة على مسؤول').text).toBe('مدرسة على مسؤول');
    expect(normalize('مدرسة على مسؤول', { tehMarbuta: true, alefMaqsura: true, hamza: true }).text).toBe('مدرسه علي مسوول');
  });

  test('a span on the normalised text maps back to the original word, marks included', () => {
    const input = 'قال مُحَمَّدٌ ذلك';
    const n = normalize(input);
    const s = n.text.indexOf('محمد');
    const span = n.map.toOriginal(s, s + 4);
    expect(input.slice(span.start, span.end)).toBe('مُحَمَّدٌ');
  });

  test('bad options are a typed error', () => {
    expect(() => normalize('x', { diacritics: 'yes' } as never)).toThrow(KashifError);
    try {
      normalize('x', { nope: true } as never);
    } catch (e) {
      expect((e as KashifError).code).toBe('INVALID_OPTIONS');
    }
  });

  test('property: never throws, maps every index in bounds and monotonically', () => {
    const alphabet = fc.constantFrom(
      'ا', 'ب', 'ُ', 'ّ', 'ـ', 'أ', '٣', '۴', '٫', 'ﻻ', 'ﷲ', '\u200f', '\u200d', '\ufeff', '\ud800', '\udc00', '😀', ' ', '\u00a0', 'a', '\u0301', '\n',
    );
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(alphabet).map((a) => a.join(''))), (input) => {
        const { text, map } = normalize(input);
        let prevStart = 0;
        let prevEnd = 0;
        for (let i = 0; i <= text.length; i++) {
          const s = map.toOriginalStart(i);
          const e = map.toOriginalEnd(i);
          expect(s).toBeGreaterThanOrEqual(prevStart);
          expect(e).toBeGreaterThanOrEqual(prevEnd);
          expect(s).toBeLessThanOrEqual(input.length);
          expect(e).toBeLessThanOrEqual(input.length);
          prevStart = s;
          prevEnd = e;
        }
        expect(map.toOriginalStart(text.length)).toBe(input.length);
      }),
      { numRuns: 500 },
    );
  });
});
