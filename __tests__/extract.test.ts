/**
 * "Bad input" (issue 2): any JS string gives a schema-valid result with exact offsets; a
 * non-string or invalid options throw a typed KashifError; pathological runs stay linear.
 * The same checks run against the built CommonJS bundle (dist/index.cjs).
 */
import fc from 'fast-check';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as src from '../src/index';

type Api = Pick<typeof src, 'extract' | 'ExtractResultSchema'>;

const root = join(__dirname, '..');
const CJS = join(root, 'dist', 'index.cjs');
const ARTICLE = readFileSync(join(root, 'fixtures', 'dw-kazakhstan-2022-01.txt'), 'utf8');

function check(api: Api, input: string, options?: Parameters<typeof src.extract>[1]): void {
  const result = api.extract(input, options);
  api.ExtractResultSchema.parse(result);
  let prevEnd = 0;
  for (const m of result.entities) {
    expect(m.start).toBeGreaterThanOrEqual(prevEnd); // sorted by start, non-overlapping
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(input.length);
    if (m.text !== input.slice(m.start, m.end)) throw new Error(`mention ${m.id} text ${JSON.stringify(m.text)} ≠ input.slice(${m.start}, ${m.end})`);
    prevEnd = m.end;
  }
}

const FIXED: Array<[string, string]> = [
  ['empty', ''],
  ['white space', ' \n\t\r\n  '],
  ['lone surrogates', '\uD800 الرئيس \uDC00 2022 \uDBFF\uD800x\uDFFF'],
  ['NUL and controls', '\u0000\u0001نص\u0000 10 \u0007ملايين\u001b'],
  ['only diacritics', '\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0670'.repeat(50)],
  ['only bidi marks', '\u200E\u200F\u061C\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200B\u200C\u200D\uFEFF'.repeat(20)],
  ['only tatweel', 'ـ'.repeat(500)],
  ['Persian', 'رئیس‌جمهور ایران روز ۱۴ دی ۱۴۰۰ در تهران گفت که ۲۵ درصد افزایش یافته است.'],
  ['English', 'President Joe Biden met Angela Merkel in Berlin on January 9, 2022, and pledged $2.5 billion.'],
  ['mixed scripts', 'قال Biden في 9 يناير 2022 إن "NATO" ستنفق 2,2 مليون يورو 🇺🇸 على ﻻ شيء'],
  ['presentation forms', 'ﺍﻟﺮﺋﻴﺲ ﷲ ﻻ ﺑﻦ ﻋﺒﺪ ١٢٣'],
  ['numbers edge', '0 00 1e309 ٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩ -5 +7 3.14.15 1,2,3 ١٬٠٠٠٫٥ %% $ €'],
  ['dates edge', '31 فبراير 2022 و 0 يناير 0 و 12/13/99999 و 1445 هـ و29 رمضان 99999'],
  ['reference article', ARTICLE],
];

const arabicUnit = fc.constantFrom(
  ...'ابتثجحخدذرزسشصضطظعغفقكلمنهويةىءأإآؤئ'.split(''),
  ' ', ' ', ' ', '\n', '،', '.', ',', '%', '$', '-', '/', ':', '(', ')', '"',
  '\u064E', '\u0651', '\u0652', 'ـ', '\u200F', '\u200C',
  '0', '1', '2', '9', '٢', '٠', '۴', '2022', '1445',
  'الرئيس ', 'وزير ', 'مليون ', 'مليار ', 'ألف ', 'يناير ', 'رمضان ', 'هـ ', 'الخميس ', 'أمس ', 'في المئة ', 'دولار ',
  'بن ', 'عبد ', 'أبو ', 'آل ', 'وزارة ', 'شركة ', 'مدينة ', 'محمد ', 'نحو ', 'أكثر من ', 'بـ', 'لـ', 'و',
);
const bmpUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)); // includes lone surrogates

function suite(name: string, getApi: () => Api, getError: () => (e: unknown) => { code?: string; name?: string }) {
  describe(name, () => {
    test.each(FIXED)('%s', (_n, input) => {
      check(getApi(), input);
      check(getApi(), input, { referenceDate: '2022-01-09', forwardDates: true });
    });

    test('random binary strings (fc.string unit binary)', () => {
      fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => check(getApi(), s)), { numRuns: 150 });
    });
    test('random graphemes (full Unicode)', () => {
      fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => check(getApi(), s)), { numRuns: 150 });
    });
    test('random UTF-16 code units, lone surrogates included', () => {
      fc.assert(fc.property(fc.string({ unit: bmpUnit, maxLength: 300 }), (s) => check(getApi(), s)), { numRuns: 150 });
    });
    test('random Arabic news-like strings (triggers, digits, marks)', () => {
      fc.assert(fc.property(fc.string({ unit: arabicUnit, maxLength: 80 }), (s) => check(getApi(), s, { referenceDate: '2022-01-09' })), { numRuns: 300 });
    });

    test('non-string input throws KashifError INVALID_INPUT', () => {
      for (const bad of [undefined, null, 42, {}, [], Buffer.from('نص'), new String('نص'), Symbol('x')] as unknown[]) {
        let caught: unknown;
        try {
          getApi().extract(bad as string);
        } catch (e) {
          caught = e;
        }
        const err = getError()(caught);
        expect(err.name).toBe('KashifError');
        expect(err.code).toBe('INVALID_INPUT');
      }
    });

    test('invalid options throw KashifError INVALID_OPTIONS', () => {
      const bads: unknown[] = [
        'fast', 42, [], null,
        { referenceDate: 'yesterday' }, { referenceDate: '2022-13-01' }, { referenceDate: 20220109 },
        { forwardDates: 'yes' }, { types: ['weather'] }, { types: [] }, { types: 'person' },
        { unknownOption: true }, { normalize: { diacritics: 'no' } }, { gazetteer: [{ text: '', type: 'person' }] },
      ];
      for (const bad of bads) {
        let caught: unknown;
        try {
          getApi().extract('نص', bad as Parameters<typeof src.extract>[1]);
        } catch (e) {
          caught = e;
        }
        const err = getError()(caught);
        expect(err.name).toBe('KashifError');
        expect(err.code).toBe('INVALID_OPTIONS');
      }
    });
  });
}

const asError = () => (e: unknown) => (e ?? {}) as { code?: string; name?: string };

suite('extract (source)', () => src, asError);

describe('big and pathological inputs (built bundle when present, else source)', () => {
  test('10 MB of article text', () => {
    // Through the built bundle when present: jest's transformed sources are several times slower.
    const api: Api = existsSync(CJS) ? (require(CJS) as Api) : src;
    const big = ARTICLE.repeat(Math.ceil(10_000_000 / ARTICLE.length)).slice(0, 10_000_000);
    check(api, big);
  }, 180_000);

  // Timed through the built bundle when present (jest's transformed sources are slower).
  const fast = (): Api => (existsSync(CJS) ? (require(CJS) as Api) : src);
  const time = (s: string) => {
    let best = Infinity;
    for (let i = 0; i < 2; i++) {
      const t0 = performance.now();
      fast().extract(s);
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  };
  const RUNS: Array<[string, string]> = [
    ['letters', 'ب'],
    ['diacritics', '\u064E'],
    ['letter+shadda', 'بّ'],
    ['digits', '7'],
    ['Arabic-Indic digits', '٣'],
    ['digit groups', '1,234.5 '],
    ['separators', '، '],
    ['dots', '.'],
    ['title words', 'الرئيس '],
    ['name particles', 'بن عبد '],
    ['number words', 'ألف مليون '],
    ['month names', '9 يناير '],
    ['bidi marks', '\u200F'],
  ];
  test.each(RUNS)('100k %s: completes, valid, and time grows roughly linearly (50k vs 100k)', (_n, unit) => {
    const s100 = unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
    const s50 = s100.slice(0, 50_000);
    check(fast(), s100);
    // Interleaved, best of each: a GC pause or a busy neighbour (jest runs suites in parallel)
    // hits one run, not all three of one size.
    let t50 = Infinity;
    let t100 = Infinity;
    for (let r = 0; r < 3; r++) {
      t50 = Math.min(t50, time(s50));
      t100 = Math.min(t100, time(s100));
    }
    // Generous: linear is ~2; quadratic would be ~4. Times under 20 ms are noise.
    expect(t100 / Math.max(t50, 20)).toBeLessThan(4);
  }, 120_000);
});

describe('built CommonJS bundle', () => {
  test('dist/index.cjs exists (npm test builds before jest)', () => {
    if (!existsSync(CJS)) throw new Error('dist/index.cjs is missing: run `npm run build` first');
  });
});
if (existsSync(CJS)) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cjs = require(CJS) as Api & { KashifError: typeof src.KashifError };
  suite('extract (dist/index.cjs via require)', () => cjs, asError);
  test('the CJS KashifError is the class the CJS bundle throws', () => {
    expect(() => cjs.extract(7 as unknown as string)).toThrow(cjs.KashifError);
  });
}
