/**
 * The long tail of number expressions (issue 12, items 8–12 and bad input), table-driven
 * through the public extract(). Each row: a case name, an input, the number mentions
 * expected in order (span text plus the fields that matter), or [] for none.
 */
import { extract, type NumberMention } from '../src/index';

type Want = Partial<Pick<NumberMention, 'value' | 'kind' | 'currency' | 'unit' | 'approximate' | 'comparator' | 'range'>> & { text: string };
type Row = [string, string, Want[]];

const numbers = (text: string): NumberMention[] =>
  extract(text, { referenceDate: '2022-01-09' }).entities.filter((e): e is NumberMention => e.type === 'number');

function check(rows: Row[]): void {
  test.each(rows)('%s', (_name, text, want) => {
    const got = numbers(text);
    for (const m of got) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(got.map((m) => m.text)).toEqual(want.map((w) => w.text));
    want.forEach((w, i) => {
      for (const [k, v] of Object.entries(w)) {
        if (k === 'value' && typeof v === 'number') expect(got[i].value).toBeCloseTo(v, 9);
        else expect(got[i][k as keyof NumberMention]).toEqual(v);
      }
    });
  });
}

describe('fractions and mixed numbers', () => {
  check([
    ['a third', 'حصل على ثلث الأصوات', [{ text: 'ثلث', value: 1 / 3, kind: 'fraction' }]],
    ['two thirds, nominative', 'صوت ثلثا الأعضاء', [{ text: 'ثلثا', value: 2 / 3, kind: 'fraction' }]],
    ['four sevenths', 'تغطي أربعة أسباع المساحة', [{ text: 'أربعة أسباع', value: 4 / 7, kind: 'fraction' }]],
    ['seven eighths', 'يصدر سبعة أثمان الإنتاج', [{ text: 'سبعة أثمان', value: 7 / 8, kind: 'fraction' }]],
    ['five sixths', 'خمسة أسداس الميزانية', [{ text: 'خمسة أسداس', value: 5 / 6, kind: 'fraction' }]],
    ['a sixth', 'نحو سدس السكان', [{ text: 'نحو سدس', value: 1 / 6, kind: 'fraction', approximate: true }]],
    ['two and a half', 'انتظر اثنان ونصف', [{ text: 'اثنان ونصف', value: 2.5 }]],
    ['two hundred and a quarter', 'بلغ مئتان وربع', [{ text: 'مئتان وربع', value: 200.25 }]],
    ['two and a half million', 'يعيش اثنان ونصف مليون شخص', [{ text: 'اثنان ونصف مليون', value: 2.5e6 }]],
    ['digits and a half', 'استغرق 3 ونصف', [{ text: '3 ونصف', value: 3.5 }]],
    ['mixed number in digits with a unit', 'طوله 3 1/2 متر', [{ text: '3 1/2 متر', value: 3.5, kind: 'quantity', unit: 'm' }]],
    ['mixed number in digits alone', 'حصل على 5 3/4', [{ text: '5 3/4', value: 5.75 }]],
    ['ratio: one in every four', 'واحد من كل أربعة أطفال', [{ text: 'واحد من كل أربعة', value: 0.25, kind: 'fraction' }]],
    ['ratio: out of', 'فاز 3 من أصل 5 مرشحين', [{ text: '3 من أصل 5', value: 0.6, kind: 'fraction' }]],
    ['ratio over, after a cue', 'بنسبة 2 على 5', [{ text: '2 على 5', value: 0.4, kind: 'fraction' }]],
    ['X على Y without a cue is no ratio', 'صوت 120 على القرار', [{ text: '120', value: 120 }]],
    ['خمس before a definite noun is a fifth', 'يعيش خمس السكان في المدن', [{ text: 'خمس', value: 0.2, kind: 'fraction' }]],
    ['خمس with a pronoun is a fifth', 'حصل على خمسهم', [{ text: 'خمسهم', value: 0.2, kind: 'fraction' }]],
    ['خمس before an indefinite noun is five', 'قتل خمس جنود', [{ text: 'خمس', value: 5, kind: 'cardinal' }]],
    ['خمس before definite years is five', 'خلال خمس السنوات الماضية', [{ text: 'خمس', value: 5, kind: 'cardinal' }]],
    ['عشر before a definite noun is a tenth', 'أنفق عشر الميزانية', [{ text: 'عشر', value: 0.1, kind: 'fraction' }]],
    ['the teen is not a tenth', 'ثلاثة عشر قتيلا', [{ text: 'ثلاثة عشر', value: 13 }]],
  ]);
});

describe('signs and scale', () => {
  check([
    ['سالب before digits', 'بلغت الحرارة سالب 5', [{ text: 'سالب 5', value: -5 }]],
    ['ناقص before words', 'النتيجة ناقص عشرة', [{ text: 'ناقص عشرة', value: -10 }]],
    ['ناقص before a temperature', 'سجلت ناقص 18 درجة', [{ text: 'ناقص 18 درجة', value: -18, unit: 'degree' }]],
    ['glued minus', 'انخفضت إلى -18 درجة مئوية', [{ text: '-18 درجة مئوية', value: -18, unit: 'celsius' }]],
    ['spaced minus before a temperature', 'بلغت - 18 درجة', [{ text: '- 18 درجة', value: -18, kind: 'quantity', unit: 'degree' }]],
    ['spaced dash before a count is no sign', 'قتل - 18 شخصا', [{ text: '18', value: 18 }]],
    ['scientific e', 'بلغت القيمة 1.5e6', [{ text: '1.5e6', value: 1.5e6 }]],
    ['scientific E with a sign', 'ثابت 2.5E-3', [{ text: '2.5E-3', value: 2.5e-3 }]],
    ['times ten caret', 'نحو 2.5×10^6 خلية', [{ text: 'نحو 2.5×10^6', value: 2.5e6, approximate: true }]],
    ['times ten spaced', 'عدد 3 × 10^4 جزيء', [{ text: '3 × 10^4', value: 3e4 }]],
    ['a dozen', 'اشترى دستة بيض', [{ text: 'دستة', value: 12 }]],
    ['three dozen', 'باع ثلاث دستات', [{ text: 'ثلاث دستات', value: 36 }]],
    ['two dozen', 'اشترى دستتين', [{ text: 'دستتين', value: 24 }]],
    ['tens: approximate, a range, no exact value', 'سقط عشرات القتلى', [{ text: 'عشرات', approximate: true, range: { min: 20, max: 99 }, value: 20 }]],
    ['thousands (ألوف)', 'خرج ألوف المتظاهرين', [{ text: 'ألوف', approximate: true, range: { min: 2000, max: 9999 } }]],
    ['hundreds of thousands', 'فر مئات الآلاف من اللاجئين', [{ text: 'مئات الآلاف', approximate: true, range: { min: 2e5, max: 999999 } }]],
    ['tens of millions of dollars', 'خسر عشرات الملايين', [{ text: 'عشرات الملايين', approximate: true, range: { min: 2e7, max: 99999999 } }]],
    ['millions of dollars', 'أنفقت ملايين الدولارات', [{ text: 'ملايين الدولارات', kind: 'money', currency: 'USD', approximate: true }]],
    ['an exact count before a plural stays exact', 'اعتقل ثلاثة آلاف شخص', [{ text: 'ثلاثة آلاف', value: 3000, approximate: false, range: null }]],
    ['a definite plural alone is not read', 'خرج الآلاف إلى الشوارع', []],
  ]);
});

describe('digit grouping of every press style', () => {
  check([
    ['space-grouped thousands', 'بلغ عدد السكان 2 350 000 نسمة', [{ text: '2 350 000 نسمة', value: 2350000, unit: 'person' }]],
    ['space-grouped thousands with a currency', 'بقيمة 15 200 دولار', [{ text: '15 200 دولار', value: 15200, currency: 'USD' }]],
    ['spaced numbers that are not groups stay apart', 'سجل 1234 567 إصابة', [{ text: '1234' }, { text: '567' }]],
    ['Arabic thousands separator', 'بلغ ٢٬٣٥٠٬٠٠٠ نسمة', [{ text: '٢٬٣٥٠٬٠٠٠ نسمة', value: 2350000 }]],
    ['Arabic comma for thousands beside a decimal comma', 'بلغ 45،250,75 دولار', [{ text: '45،250,75 دولار', value: 45250.75, currency: 'USD' }]],
    ['Arabic comma for thousands beside a decimal dot', 'بلغ 1،250.5 يورو', [{ text: '1،250.5 يورو', value: 1250.5, currency: 'EUR' }]],
    ['Arabic comma with three digits alone: thousands', 'بلغ 45،250 شخصا', [{ text: '45،250', value: 45250 }]],
    ['Arabic comma, no space, no grouping: a list', 'قتل 3،5،7 أشخاص', [{ text: '3', value: 3 }, { text: '5', value: 5 }, { text: '7', value: 7 }]],
    ['Arabic comma and a space: a list', 'قتل 3، 5، 7 أشخاص', [{ text: '3' }, { text: '5' }, { text: '7' }]],
    ['dot thousands before a currency', 'سعره 10.000 ريال', [{ text: '10.000 ريال', value: 10000, kind: 'money' }]],
    ['dot thousands before a euro', 'غرامة 2.500 يورو', [{ text: '2.500 يورو', value: 2500, currency: 'EUR' }]],
    ['a dot before a scale stays decimal', 'بلغ 1.500 مليون دولار', [{ text: '1.500 مليون دولار', value: 1.5e6 }]],
    ['a dot before a millesimal currency stays decimal', 'سعره 1.500 دينار تونسي', [{ text: '1.500 دينار تونسي', value: 1.5, currency: 'TND' }]],
    ['a dot alone stays decimal', 'بلغ 2.500 طن', [{ text: '2.500 طن', value: 2.5 }]],
    ['mixed Arabic-Indic digits and separators', 'بلغ ١٬٢٥٠٫٥ دولار', [{ text: '١٬٢٥٠٫٥ دولار', value: 1250.5, currency: 'USD' }]],
    ['Persian digits grouped', 'بلغ ۱۲٬۰۰۰ نفر', [{ text: '۱۲٬۰۰۰', value: 12000 }]],
  ]);
});

describe('duals, counted nouns and score lines', () => {
  check([
    ['two goals with a proclitic', 'فاز بهدفين', [{ text: 'هدفين', value: 2, unit: 'goal' }]],
    ['two matches', 'غاب مباراتين', [{ text: 'مباراتين', value: 2, unit: 'match' }]],
    ['two months', 'لمدة شهرين', [{ text: 'شهرين', value: 2, kind: 'duration', unit: 'month' }]],
    ['two points', 'بفارق نقطتين', [{ text: 'نقطتين', value: 2, unit: 'point' }]],
    ['two terms', 'حكم لولايتين', [{ text: 'ولايتين', value: 2, unit: 'term' }]],
    ['two million with a unit', 'أنتج مليوني طن', [{ text: 'مليوني طن', value: 2e6, unit: 'ton' }]],
    ['two million dollars', 'تبرع بمليوني دولار', [{ text: 'مليوني دولار', value: 2e6, currency: 'USD' }]],
    ['score line: goals against a goal', 'فاز بهدفين مقابل هدف', []],
    ['score line: count and goals', 'فاز بثلاثة أهداف مقابل هدفين', []],
    ['score line: digits and goals', 'انتهت 3 أهداف مقابل 1', []],
    ['score line glued', 'فاز 2-1', []],
    ['score line spaced', 'فاز 2 - 1 على ضيفه', []],
    ['مقابل between other numbers is no score', 'بلغ 6 أشهر مقابل 12 أسبوعا', [{ text: '6 أشهر', kind: 'duration' }, { text: '12 أسبوعا', kind: 'duration' }]],
    ['a hyphen pair with a unit is a range', 'من 5 - 10 سنوات', [{ text: 'من 5 - 10 سنوات', range: { min: 5, max: 10 } }]],
    ['a dual with the numeral two after it is one mention', 'استمراره لولايتين اثنتين', [{ text: 'ولايتين اثنتين', value: 2, unit: 'term' }]],
    ['a currency then the numeral one', 'بسعر دولار أمريكي واحد للسهم', [{ text: 'دولار أمريكي واحد', value: 1, kind: 'money', currency: 'USD' }]],
    ['a unit then the numeral one, with a qualifier', 'لمدة عام واحد على الأقل', [{ text: 'عام واحد على الأقل', value: 1, kind: 'duration', unit: 'year', comparator: 'gte' }]],
    ['a counted noun keeps the numeral alone', 'سجل هدف واحد', [{ text: 'واحد', value: 1, unit: null }]],
  ]);
});

describe('money ranges, bounds and lists', () => {
  check([
    ['range with the scale and currency on the second end', 'بين 10 و20 مليون دولار', [{ text: 'بين 10 و20 مليون دولار', kind: 'money', currency: 'USD', range: { min: 1e7, max: 2e7 } }]],
    ['range من إلى with currency', 'من 5 إلى 7 مليارات يورو', [{ text: 'من 5 إلى 7 مليارات يورو', currency: 'EUR', range: { min: 5e9, max: 7e9 } }]],
    ['range ما بين with dollars', 'ما بين 100 و200 دولار', [{ text: 'ما بين 100 و200 دولار', currency: 'USD', range: { min: 100, max: 200 } }]],
    ['bound: more than', 'أكثر من 3 ملايين دولار', [{ text: 'أكثر من 3 ملايين دولار', value: 3e6, comparator: 'gt', currency: 'USD' }]],
    ['bound: no less than', 'ما لا يقل عن 500 يورو', [{ text: 'ما لا يقل عن 500 يورو', comparator: 'gte', currency: 'EUR' }]],
    ['a list sharing scale and currency', '3 و5 و7 ملايين يورو', [
      { text: '3', value: 3e6, kind: 'money', currency: 'EUR' },
      { text: '5', value: 5e6, kind: 'money', currency: 'EUR' },
      { text: '7 ملايين يورو', value: 7e6, kind: 'money', currency: 'EUR' },
    ]],
    ['a list of two sharing scale and currency', 'ربح 10 و20 مليون دولار', [
      { text: '10', value: 1e7, currency: 'USD' },
      { text: '20 مليون دولار', value: 2e7, currency: 'USD' },
    ]],
    ['a list with commas sharing a percent', 'بنسب 3، 5 و7 في المئة', [
      { text: '3', value: 3, kind: 'percent' },
      { text: '5', value: 5, kind: 'percent' },
      { text: '7 في المئة', value: 7, kind: 'percent' },
    ]],
    ['an item with its own scale takes only the currency', 'بلغ 2,5 مليون و3 ملايين دولار', [
      { text: '2,5 مليون', value: 2.5e6, currency: 'USD' },
      { text: '3 ملايين دولار', value: 3e6, currency: 'USD' },
    ]],
    ['words in a list', 'خمسة وستة ملايين دولار', [
      { text: 'خمسة', value: 5e6, currency: 'USD' },
      { text: 'ستة ملايين دولار', value: 6e6, currency: 'USD' },
    ]],
    ['a word between ends the list', 'قتل 3 وأصيب 5 ملايين', [{ text: '3', value: 3 }, { text: '5 ملايين', value: 5e6 }]],
    ['a year is no list item', 'في 2020 و5 ملايين دولار', [{ text: '5 ملايين دولار', value: 5e6 }]],
  ]);
});

describe('bad input: no mention or a plain number, never a wrong value', () => {
  check([
    ['impossible slash date', 'في 32/13/2020', []],
    ['spaced slash date', 'بتاريخ 29 / 12 / 2011', []],
    ['spaced slash date with the year in parentheses', 'بتاريخ 21 / 4 / ( 1942 )', []],
    ['a falling bare range is no range', 'من 25 نقطة إلى 18 سنة', [{ text: '25' }, { text: '18 سنة', value: 18 }]],
    ['a falling من … إلى is a change, not a range', 'خفض السن من 25 إلى 18 سنة', [{ text: '25', value: 25 }, { text: '18 سنة', value: 18, range: null }]],
    ['a falling من … إلى with a scale', 'تراجع من 20 إلى 10 ملايين', [{ text: '20' }, { text: '10 ملايين', value: 1e7, range: null }]],
    ['a falling بين … و is still a range', 'بين 12 و5 أشخاص', [{ text: 'بين 12 و5', range: { min: 5, max: 12 } }]],
    ['a year before إلى is no range', 'سبتمبر 2016 إلى 4.2 %', [{ text: '4.2 %', value: 4.2, kind: 'percent' }]],
    ['a lone sign word', 'الرصيد سالب', []],
    ['a lone exponent letter: a label, not a number', 'بلغ 5e', []],
    ['times ten without an exponent', 'حجم 3×10', [{ text: '3' }, { text: '10' }]],
    ['a zero denominator: plain numbers, no fraction', 'النتيجة 1/0', [{ text: '1', value: 1 }, { text: '0', value: 0 }]],
    ['a lone fraction plural is no number', 'ارتفعت أثمان السلع', []],
    ['a score joiner alone', 'مقابل هدف', []],
    ['a dot group before a scale word', 'بلغ 10.000 مليار', [{ text: '10.000 مليار', value: 1e10 }]],
    ['an exponent beyond any real number', 'قيمة 1e309 و5', [{ text: '5', value: 5 }]],
  ]);
});

describe('linear time on pathological inputs', () => {
  const UNITS = ['123 ', '3 و', 'خمس ال', 'عشرات الآلاف ', 'بهدفين مقابل ', '1/2 ', '٣،٥', '- 1 درجة ', 'سالب ', '2 على 5 '];
  const time = (text: string): number => {
    const t0 = performance.now();
    extract(text);
    return performance.now() - t0;
  };
  test.each(UNITS)('%j: four times the text costs well under sixteen times the time', (unit) => {
    const small = unit.repeat(Math.ceil(10000 / unit.length));
    const large = unit.repeat(Math.ceil(40000 / unit.length));
    time(small);
    let s = 0;
    let l = 0;
    for (let k = 0; k < 3; k++) {
      s += time(small);
      l += time(large);
    }
    expect(l / s).toBeLessThan(16);
  });
});
