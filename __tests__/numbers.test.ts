/**
 * Numbers stage, table-driven, through the public extract(). Each row: an input, the
 * number mentions expected (span text and the fields that matter), or none.
 */
import { bundledModel } from '../src/model/bundled';
import { extract, type NumberMention } from '../src/index';
import { numbersStage } from '../src/recognizers/numbers/index';
import { parseDigits } from '../src/recognizers/numbers/digits';

type Want = Partial<Pick<NumberMention, 'value' | 'kind' | 'currency' | 'unit' | 'approximate' | 'comparator' | 'range'>> & { text: string };

const numbers = (text: string): NumberMention[] => extract(text).entities.filter((e): e is NumberMention => e.type === 'number');

const CASES: Array<[string, string, Want[]]> = [
  // digits and separators
  ['western digits', 'قتل 26 شخصا', [{ text: '26', value: 26, kind: 'cardinal' }]],
  ['arabic-indic digits', 'قتل ٢٦ شخصا', [{ text: '٢٦', value: 26 }]],
  ['persian digits', 'قتل ۲۶ شخصا', [{ text: '۲۶', value: 26 }]],
  ['decimal comma + scale + currency', 'بقيمة 2,2 مليون يورو.', [{ text: '2,2 مليون يورو', value: 2200000, kind: 'money', currency: 'EUR' }]],
  ['decimal comma billions', 'نحو 3,75 مليار دولار', [{ text: 'نحو 3,75 مليار دولار', value: 3.75e9, currency: 'USD', approximate: true }]],
  ['thousands comma', 'بلغ 120,000 شخص', [{ text: '120,000', value: 120000 }]],
  ['thousands groups', 'بلغ 1,000,000 شخص', [{ text: '1,000,000', value: 1e6 }]],
  ['arabic separators', 'بلغ ١٠٬٠٠٠٫٥', [{ text: '١٠٬٠٠٠٫٥', value: 10000.5 }]],
  ['dot decimal + scale', 'يبلغ 4.3 مليون', [{ text: '4.3 مليون', value: 4.3e6 }]],
  ['clitic glued to digits', 'بـ250 مليون دولار', [{ text: '250 مليون دولار', value: 2.5e8, currency: 'USD' }]],
  ['و glued to digits', 'قتل 26 و18 جريحا', [{ text: '26', value: 26 }, { text: '18', value: 18 }]],
  ['negative', 'بلغت الحرارة -5 درجات', [{ text: '-5 درجات', value: -5, kind: 'quantity', unit: 'degree' }]],
  // words
  ['units and tens', 'خمسة وعشرون جنديا', [{ text: 'خمسة وعشرون', value: 25 }]],
  ['teen', 'ثلاثة عشر قتيلا', [{ text: 'ثلاثة عشر', value: 13 }]],
  ['teen twelve construct', 'اثنا عشر شهرا', [{ text: 'اثنا عشر شهرا', value: 12, kind: 'duration', unit: 'month' }]],
  ['hundreds', 'ثلاثمائة وخمسين', [{ text: 'ثلاثمائة وخمسين', value: 350 }]],
  ['hundreds apart', 'ثلاث مئة رجل', [{ text: 'ثلاث مئة', value: 300 }]],
  ['tamyeez plural scale', 'أكثر من أربعة آلاف شخص', [{ text: 'أكثر من أربعة آلاف', value: 4000, comparator: 'gt' }]],
  ['dual scale', 'مليونين', [{ text: 'مليونين', value: 2e6 }]],
  ['dual construct scale + unit', 'إنتاج مليوني طن', [{ text: 'مليوني طن', value: 2e6, kind: 'quantity', unit: 'ton' }]],
  ['hundred thousand', 'ثلاثمئة ألف', [{ text: 'ثلاثمئة ألف', value: 300000 }]],
  ['compound with و', 'بلغ 12 مليونا و345 ألفا و678', [{ text: '12 مليونا و345 ألفا و678', value: 12345678 }]],
  ['million and a half', 'مليون ونصف المليون', [{ text: 'مليون ونصف المليون', value: 1.5e6 }]],
  ['half a million', 'نصف مليون لاجئ', [{ text: 'نصف مليون', value: 5e5 }]],
  ['three quarters', 'ثلاثة أرباع السكان', [{ text: 'ثلاثة أرباع', value: 0.75, kind: 'fraction' }]],
  ['two thirds', 'ثلثي الأعضاء', [{ text: 'ثلثي', value: 2 / 3, kind: 'fraction' }]],
  ['egyptian', 'متين تلاتة وستين', [{ text: 'متين تلاتة وستين', value: 263 }]],
  ['spoken decimal', 'واحد فاصلة خمسة', [{ text: 'واحد فاصلة خمسة', value: 1.5 }]],
  // dual nouns
  ['twice', 'شغل المنصب مرّتين', [{ text: 'مرّتين', value: 2, unit: 'times' }]],
  ['two months', 'لمدة شهرين', [{ text: 'شهرين', value: 2, kind: 'duration', unit: 'month' }]],
  // ordinals
  ['ordinal', 'المرة الثالثة', [{ text: 'الثالثة', value: 3, kind: 'ordinal' }]],
  ['ordinal teen', 'الفصل الحادي عشر', [{ text: 'الحادي عشر', value: 11, kind: 'ordinal' }]],
  ['ordinal compound', 'المركز الحادي والعشرين', [{ text: 'الحادي والعشرين', value: 21, kind: 'ordinal' }]],
  // kinds
  ['percent sign', 'بنسبة 12.5%', [{ text: '12.5%', value: 12.5, kind: 'percent' }]],
  ['percent words', 'تراجع 3 في المئة', [{ text: '3 في المئة', value: 3, kind: 'percent' }]],
  ['percent one word', 'زاد 7 بالمائة', [{ text: '7 بالمائة', value: 7, kind: 'percent' }]],
  ['age in parentheses', 'مديرها السابق (56 عامًا) أوقف', [{ text: '56 عامًا', value: 56, kind: 'age', unit: 'year' }]],
  ['age with العمر', 'البالغ من العمر 62 عاما', [{ text: '62 عاما', value: 62, kind: 'age', unit: 'year' }]],
  ['age يبلغ من العمر', 'الذي يبلغ من العمر 81 عاما،', [{ text: '81 عاما', value: 81, kind: 'age' }]],
  ['duration words', 'خلال ثلاث سنوات', [{ text: 'ثلاث سنوات', value: 3, kind: 'duration', unit: 'year' }]],
  ['duration digits', 'لمدة 90 يوما', [{ text: '90 يوما', value: 90, kind: 'duration', unit: 'day' }]],
  ['people count', 'حوالي 18 مليون نسمة.', [{ text: 'حوالي 18 مليون نسمة', value: 1.8e7, kind: 'cardinal', unit: 'person', approximate: true }]],
  ['barrels', 'سبعة ملايين برميل يوميا', [{ text: 'سبعة ملايين برميل', value: 7e6, unit: 'barrel' }]],
  ['celsius', 'الحرارة 45 درجة مئوية', [{ text: '45 درجة مئوية', value: 45, unit: 'celsius' }]],
  ['sterling', '3 جنيهات استرلينية', [{ text: '3 جنيهات استرلينية', currency: 'GBP' }]],
  ['egyptian pound', 'بسعر 50 جنيها', [{ text: '50 جنيها', currency: 'EGP' }]],
  ['dirham by context', 'في المغرب بلغ الأجر 3000 درهم', [{ text: '3000 درهم', currency: 'MAD' }]],
  ['dirham unknown', 'بلغ الأجر 3000 درهم', [{ text: '3000 درهم', currency: null, kind: 'money' }]],
  ['lira by context', 'في بيروت 5000 ليرة', [{ text: '5000 ليرة', currency: 'LBP' }]],
  ['dinar adjective', '42 دينار كويتي', [{ text: '42 دينار كويتي', currency: 'KWD' }]],
  ['shekel', 'غرامة 500 شيكل', [{ text: '500 شيكل', currency: 'ILS' }]],
  ['dollar sign', 'بلغ $10,000', [{ text: '$10,000', value: 10000, currency: 'USD' }]],
  ['euro sign after', 'سعره 20€', [{ text: '20€', value: 20, currency: 'EUR' }]],
  // qualifiers and ranges
  ['approximate with clitic', 'ارتفع بنحو 5 ملايين', [{ text: 'نحو 5 ملايين', value: 5e6, approximate: true }]],
  ['gte', 'قتل ما لا يقل عن 50 شخصا', [{ text: 'ما لا يقل عن 50', value: 50, comparator: 'gte' }]],
  ['gt', 'ما يزيد على 100 قتيل', [{ text: 'ما يزيد على 100', comparator: 'gt' }]],
  ['lt', 'أقل من 7 يورو', [{ text: 'أقل من 7 يورو', comparator: 'lt', currency: 'EUR' }]],
  ['range بين', 'ما بين 15 و20 في المئة', [{ text: 'ما بين 15 و20 في المئة', kind: 'percent', value: 15, range: { min: 15, max: 20 } }]],
  ['range من إلى', 'من 10 إلى 20 دولارا', [{ text: 'من 10 إلى 20 دولارا', kind: 'money', range: { min: 10, max: 20 } }]],
  ['range hyphen with unit', '10-20 دولار', [{ text: '10-20 دولار', range: { min: 10, max: 20 } }]],
  ['verb qualifier stays outside', 'أي ما يقارب ثلث السياح', [{ text: 'ثلث', approximate: true }]],
  ['does not exceed', 'راتبها لا يتجاوز 250 دولارا', [{ text: '250 دولارا', comparator: 'lte', currency: 'USD' }]],
  ['at least after', '3.42$ على الاقل', [{ text: '3.42$ على الاقل', comparator: 'gte' }]],
  ['range shares the scale', 'ما بين 80 و90 ألف مسافر', [{ text: 'ما بين 80 و90 ألف', value: 80000, range: { min: 80000, max: 90000 } }]],
  ['range of scales', 'بكلفة تقدر بما بين 800 مليون ومليار دولار', [{ text: 'ما بين 800 مليون ومليار دولار', range: { min: 8e8, max: 1e9 }, currency: 'USD' }]],
  ['age range', 'النساء بين 15 و49 عاما', [{ text: 'بين 15 و49 عاما', kind: 'age', range: { min: 15, max: 49 } }]],
  ['stacked scales', 'بقيمة 308 آلاف مليار ليرة في لبنان', [{ text: '308 آلاف مليار ليرة', value: 3.08e14, currency: 'LBP' }]],
  ['nearest country cue', 'في لبنان 5 ليرات. وفي دمشق، تراجعت إلى 14 ألفا و800 ليرة', [{ text: '5 ليرات', currency: 'LBP' }, { text: '14 ألفا و800 ليرة', value: 14800, currency: 'SYP' }]],
  ['quarter final is a term', 'في ذهاب ربع نهائي دوري الأبطال', []],
  ['year after cue', 'بحلول 2028. وفي 2023 كان', []],
  ['count that looks like a year', 'شارك 2000 شخص', [{ text: '2000', value: 2000 }]],
  // not numbers
  ['score', 'انتهت المباراة 2-1', []],
  ['time of day', 'في الساعة 09:30 صباحا', []],
  ['date digits', 'بتاريخ 12/01/2022', []],
  ['phone', 'اتصل على 0123456789', []],
  ['url hashtag handle', 'https://dw.com/a/123456 و #قمة_2022 و @user_12 pic.twitter.com/ol4kapoEQ4', []],
  ['latin code', 'طائرات F-16 و COVID-19', []],
  ['monday', 'يوم الاثنين', []],
  ['someone', 'أحد الأشخاص', []],
  ['لست', 'لست أدري', []],
  ['vague plural: approximate, no exact value', 'آلاف المتظاهرين', [{ text: 'آلاف', approximate: true, range: { min: 2000, max: 9999 } }]],
];

describe('numbers stage', () => {
  test.each(CASES)('%s', (_name, text, want) => {
    const got = numbers(text);
    for (const m of got) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(got.map((m) => m.text)).toEqual(want.map((w) => w.text));
    want.forEach((w, i) => {
      const m = got[i];
      for (const [k, v] of Object.entries(w)) {
        if (k === 'text') continue;
        if (typeof v === 'number') expect(m[k as 'value']).toBeCloseTo(v, 9);
        else expect(m[k as keyof NumberMention]).toEqual(v);
      }
    });
  });

  test('defaults: approximate false, comparator/range null, currency null outside money', () => {
    const [m] = numbers('قتل 26 شخصا');
    expect(m).toMatchObject({ approximate: false, comparator: null, range: null, currency: null, unit: null, source: 'numbers/digits' });
  });

  test('digit separators', () => {
    expect(parseDigits('2,2')).toBe(2.2);
    expect(parseDigits('3,75')).toBe(3.75);
    expect(parseDigits('120,000')).toBe(120000);
    expect(parseDigits('1,000,000.50')).toBe(1000000.5);
    expect(parseDigits('1.000.000,5')).toBe(1000000.5);
    expect(parseDigits('12.01.2022')).toBeNull();
    expect(parseDigits('01.10')).toBe(1.1);
  });

  test('never throws and stays linear on odd input', () => {
    const odd = ['', '،،،', 'و', 'و و و', '$', '-', '1-', '%', 'ال', 'في', '\uD800', 'مليون و', 'ما بين', '10 -', '(', '1/0', 'ج.', '٫', '0,'];
    for (const t of odd) expect(() => extract(t)).not.toThrow();
    const sentence = 'بلغ 12 مليونا و345 ألفا و678 نسمة، ونحو 3,75 مليار دولار في المئة الثالثة عشرة. ';
    const docOf = (n: number) => {
      const big = sentence.repeat(n);
      return { input: big, norm: { text: big } as never, tokens: require('../src/text/tokenize').tokenizeNormalized(big), model: bundledModel(), options: {} as never };
    };
    const small = docOf(1000);
    const large = docOf(2000);
    const out = numbersStage.run(large);
    expect(out.candidates.length).toBeGreaterThan(2000);
    // Linear time as a ratio of two sizes, measured interleaved (best of 3 each); no absolute bound.
    const time = (d: typeof small) => {
      const t0 = performance.now();
      numbersStage.run(d);
      return performance.now() - t0;
    };
    let t1 = Infinity;
    let t2 = Infinity;
    for (let k = 0; k < 3; k++) {
      t1 = Math.min(t1, time(small));
      t2 = Math.min(t2, time(large));
    }
    // Generous: linear is ~2, quadratic ~4. Times under 20 ms are noise.
    expect(t2 / Math.max(t1, 20)).toBeLessThan(4);
  });
});
