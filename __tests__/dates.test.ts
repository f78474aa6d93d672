/**
 * Dates stage: table-driven cases (text, options → the date mentions with values), the reference
 * article's dates and document date, weekday/date consistency warnings, and robustness.
 */
import { bundledModel } from '../src/model/bundled';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src/index';
import { fromHijri, fmtDay, isoWeek, dayNumber } from '../src/recognizers/dates/calendar';
import { datesStage } from '../src/recognizers/dates/index';
import { normalize } from '../src/text/normalize';
import { tokenizeNormalized } from '../src/text/tokenize';
import { ExtractOptionsSchema } from '../src/schema/options';

type Row = [text: string, expected: Array<[span: string, value: string, extra?: Record<string, unknown>]>, options?: Record<string, unknown>];
const REF = { referenceDate: '2024-03-20' }; // a Wednesday

function dates(text: string, options: Record<string, unknown> = REF) {
  const r = extract(text, { types: ['date'], ...options });
  return { r, ds: r.entities.filter((e) => e.type === 'date') as Array<Record<string, any>> };
}

const TABLE: Row[] = [
  // Gregorian: three naming traditions, double forms in either order, ordinal days, years
  ['اعتقل اليوم السبت (التاسع من يناير/ كانون الثاني 2022)', [['اليوم السبت', '2022-01-09'], ['التاسع من يناير/ كانون الثاني 2022', '2022-01-09']], {}],
  ['الأول من تموز/يوليو 2021', [['الأول من تموز/يوليو 2021', '2021-07-01']]],
  ['في 3 آب/أغسطس 2020 انفجر المرفأ', [['3 آب/أغسطس 2020', '2020-08-03']]],
  ['في 15 جانفي 2020 و3 أوت 2019', [['15 جانفي 2020', '2020-01-15'], ['3 أوت 2019', '2019-08-03']]],
  ['ولد في 25 ديسمبر 1990 م', [['25 ديسمبر 1990 م', '1990-12-25']]],
  ['في ١٢ شباط ٢٠١٣', [['١٢ شباط ٢٠١٣', '2013-02-12']]],
  ['وقع في الحادي والعشرين من أيلول/سبتمبر 2014', [['الحادي والعشرين من أيلول/سبتمبر 2014', '2014-09-21']]],
  // two years joined by حتى are one range (issue 12.5)
  ['منذ العام 2016 وحتى عام 2019', [['العام 2016 وحتى عام 2019', '2016/2019', { granularity: 'year' }]]],
  ['في يناير 2022 وفي سبتمبر', [['يناير 2022', '2022-01', { granularity: 'month' }], ['سبتمبر', '2024-09', { inferred: true }]]],
  ['خلال مارس الجاري', [['مارس الجاري', '2024-03']]],
  ['في آب/أغسطس الماضي', [['آب/أغسطس الماضي', '2023-08']]],
  // numeric: day-first by default
  ['2023/10/07 و7/10/2023 و٧-١٠-٢٠٢٣', [['2023/10/07', '2023-10-07'], ['7/10/2023', '2023-10-07'], ['٧-١٠-٢٠٢٣', '2023-10-07']]],
  ['بتاريخ 10/25/2023', [['10/25/2023', '2023-10-25']]],
  // Hijri
  ['1 رمضان 1445 هـ', [['1 رمضان 1445 هـ', '2024-03-11', { calendar: 'hijri', hijri: { year: 1445, month: 9, day: 1 } }]]],
  ['في 12 ربيع الأول 1446 للهجرة الموافق 15 سبتمبر 2024', [['12 ربيع الأول 1446 للهجرة', '2024-09-15', { calendar: 'hijri' }], ['15 سبتمبر 2024', '2024-09-15', { calendar: 'gregorian' }]]],
  ['الخميس 10 ذو الحجة 1444 هـ', [['الخميس 10 ذو الحجة 1444 هـ', '2023-06-28', { calendar: 'hijri' }]]],
  // weekdays: news reads the past, future markers read forward
  ['أوقف الخميس', [['الخميس', '2024-03-14', { relative: true }]]],
  ['اجتمعوا الأربعاء', [['الأربعاء', '2024-03-20']]],
  ['والخميس الماضي', [['الخميس الماضي', '2024-03-14']]],
  ['الأربعاء الماضي', [['الأربعاء الماضي', '2024-03-13']]],
  ['يوم الخميس المقبل', [['يوم الخميس المقبل', '2024-03-21']]],
  ['أعلن أن الاثنين سيكون يوم حداد وطني', [['الاثنين', '2024-03-25']]],
  ['سيعقد الاجتماع الأحد', [['الأحد', '2024-03-24']]],
  ['أوقف الخميس', [['الخميس', '2024-03-21']], { referenceDate: '2024-03-20', forwardDates: true }],
  ['اتفق الطرفان على تقاسم المهام بين الاثنين', []],
  // relative days and periods
  ['اليوم وأمس وأمس الأول وغدا وبعد غد', [['اليوم', '2024-03-20'], ['أمس', '2024-03-19'], ['أمس الأول', '2024-03-18'], ['غدا', '2024-03-21'], ['بعد غد', '2024-03-22']]],
  ['الأسبوع الماضي والشهر الجاري والعام المقبل', [['الأسبوع الماضي', '2024-W11', { granularity: 'week' }], ['الشهر الجاري', '2024-03'], ['العام المقبل', '2025']]],
  ['هذا العام وهذا الأسبوع', [['هذا العام', '2024'], ['هذا الأسبوع', '2024-W12']]],
  ['قتل قبل ثلاثة أيام وأصيب منذ أسبوعين', [['قبل ثلاثة أيام', '2024-03-17'], ['منذ أسبوعين', '2024-03-06']]],
  ['في مطلع يناير ومنتصف فبراير وأواخر مارس 2022', [['مطلع يناير', '2024-01-01/2024-01-10'], ['منتصف فبراير', '2024-02-15'], ['أواخر مارس 2022', '2022-03-21/2022-03-31']]],
  // ranges and times
  ['من الثالث إلى الخامس من مارس الجاري', [['من الثالث إلى الخامس من مارس الجاري', '2024-03-03/2024-03-05']]],
  ['من 13 تموز الى 15 تموز 2023', [['من 13 تموز الى 15 تموز 2023', '2023-07-13/2023-07-15']]],
  ['يبدأ الاجتماع الساعة التاسعة صباحا يوم الأحد المقبل', [['الساعة التاسعة صباحا يوم الأحد المقبل', '2024-03-24T09:00', { granularity: 'hour' }]]],
  ['الخميس 1 تموز 2021 الساعة 09:30', [['الخميس 1 تموز 2021 الساعة 09:30', '2021-07-01T09:30', { granularity: 'minute' }]]],
  // Latin script inside Arabic text
  ['— DW عربية (@dw_arabic) January 6, 2022', [['January 6, 2022', '2022-01-06']]],
  ['يغادر غدا الأربعاء ويعود مساء أمس', [['غدا الأربعاء', '2024-03-21'], ['مساء أمس', '2024-03-19']]],
  ['تستهدف 30 مليون سائح سنويا بحلول 2028.', [['2028', '2028', { granularity: 'year' }]]],
  ['من 1 مارس إلى 30 أفريل 2025', [['من 1 مارس إلى 30 أفريل 2025', '2025-03-01/2025-04-30']]],
  ['بلغ الإنتاج 3 ماي', [['3 ماي', '2024-05-03', { inferred: true }]]],
  ['في 28 ديسمبر', [['28 ديسمبر', '2023-12-28']]],
  // not dates
  ['التضخم يتباطأ للشهر الثالث', []],
  ['على ملعب 5 جويلية بالجزائر', []],
  ['أعلن الحداد وكان يوم حداد وطني', []],
  ['حصل على 2024 نقطة في 15 مباراة', []],
  ['مارس الرياضة بانتظام', []],
];

describe('dates: table', () => {
  for (const [n, [text, expected, options]] of TABLE.entries()) test(`case ${n + 1}`, () => {
    const { ds } = dates(text, options ?? REF);
    const got = ds.map((d) => [d.text, d.value]);
    expect(got).toEqual(expected.map(([s, v]) => [s, v]));
    for (const [i, [, , extra]] of expected.entries()) if (extra) expect(ds[i]).toMatchObject(extra);
  });
});

describe('dates: the reference article', () => {
  const text = readFileSync(join(__dirname, '..', 'fixtures', 'dw-kazakhstan-2022-01.txt'), 'utf8');
  const { r, ds } = dates(text, {});
  const byText = (t: string) => ds.filter((d) => d.text === t).map((d) => d.value);
  test('the dateline is the document date', () => {
    expect(r.documentDate).toMatchObject({ value: '2022-01-09', source: 'dateline' });
    const m = r.entities.find((e) => e.id === r.documentDate?.mentionId);
    expect(m?.text).toBe('التاسع من يناير/ كانون الثاني 2022');
  });
  test('relative dates resolve against it', () => {
    expect(byText('اليوم السبت')).toEqual(['2022-01-09']);
    expect(byText('الخميس')).toEqual(['2022-01-06']);
    expect(byText('الأحد الماضي')).toEqual(['2022-01-02']);
    expect(byText('العام 2019')).toEqual(['2019']);
    expect(byText('الأسبوع الجاري')).toEqual(['2022-W01']);
    expect(byText('January 6, 2022')).toEqual(['2022-01-06']);
    expect(byText('الاثنين')).toEqual(['2022-01-10']);
    expect(byText('السبت')).toEqual(['2022-01-08', '2022-01-08']);
  });
  test('Saturday 9 January 2022 (a Sunday) is reported', () => {
    const w = r.warnings.filter((x) => x.code === 'WEEKDAY_MISMATCH');
    expect(w).toHaveLength(1);
    expect(w[0].data).toMatchObject({ statedWeekday: 'Saturday', date: '2022-01-09', dateWeekday: 'Sunday' });
    expect(text.slice(w[0].start!, w[0].end!)).toBe('اليوم السبت');
  });
});

describe('dates: consistency, reference and robustness', () => {
  test('a weekday that disagrees with its date keeps the date and warns', () => {
    const { r, ds } = dates('يوم الجمعة 4 نيسان 2019');
    expect(ds[0]).toMatchObject({ text: 'يوم الجمعة 4 نيسان 2019', value: '2019-04-04' });
    expect(r.warnings.map((w) => w.code)).toContain('WEEKDAY_MISMATCH');
  });
  test('the first full date near the top is the document date when there is no dateline', () => {
    const { r, ds } = dates('قالت الوزارة إن الاتفاق الموقع في 12 مارس 2024 دخل حيز التنفيذ. وكان الوزير قد زار البلد الأحد.', {});
    expect(r.documentDate).toMatchObject({ value: '2024-03-12', source: 'first-date' });
    expect(ds.find((d) => d.text === 'الأحد')?.value).toBe('2024-03-10');
  });
  test('the referenceDate option wins', () => {
    const { r } = dates('في 12 مارس 2024', { referenceDate: '2020-01-01' });
    expect(r.documentDate).toMatchObject({ value: '2020-01-01', source: 'option' });
  });
  test('no reference date at all: relative dates resolve against today, inferred, with a warning', () => {
    const { r, ds } = dates('وصل الوفد أمس', {});
    expect(r.documentDate).toBeNull();
    expect(ds[0]).toMatchObject({ text: 'أمس', inferred: true });
    expect(r.warnings.map((w) => w.code)).toContain('NO_REFERENCE_DATE');
  });
  test('Umm al-Qura conversion round-trips', () => {
    expect(fmtDay(fromHijri(1445, 9, 1)!)).toBe('2024-03-11');
    expect(fmtDay(fromHijri(1441, 1, 1)!)).toBe('2019-08-31');
    expect(isoWeek(dayNumber(2022, 1, 9))).toBe('2022-W01');
    expect(isoWeek(dayNumber(2021, 1, 3))).toBe('2020-W53');
  });
  test('never throws and stays linear', () => {
    const junk = ['', '   ', 'من الى حتى', 'الساعة', '/ / /', '٢٠٢٣/١٣/٤٥', 'يوم يوم يوم', 'الاثنين الاثنين الاثنين', '1/1/1/1/1', 'هـ هـ 1445'];
    for (const j of junk) expect(() => extract(j, { types: ['date'] })).not.toThrow();
    const text = readFileSync(join(__dirname, '..', 'fixtures', 'dw-kazakhstan-2022-01.txt'), 'utf8');
    const docOf = (input: string) => {
      const norm = normalize(input);
      return { input, norm, tokens: tokenizeNormalized(norm.text), model: bundledModel(), options: ExtractOptionsSchema.parse({}) };
    };
    const doc20 = docOf(text.repeat(20));
    const doc40 = docOf(text.repeat(40));
    datesStage.run(doc20); // warm-up (compromise loads lazily)
    const out = datesStage.run(doc40);
    expect(out.candidates.length).toBeGreaterThanOrEqual(40 * 20);
    // Linear time as a ratio of two sizes, measured interleaved (best of 3 each) so that a busy
    // neighbour slows both alike; no absolute bound (speed is the bench's budget, not a test).
    const time = (d: typeof doc20) => {
      const t0 = performance.now();
      datesStage.run(d);
      return performance.now() - t0;
    };
    let t20 = Infinity;
    let t40 = Infinity;
    for (let k = 0; k < 3; k++) {
      t20 = Math.min(t20, time(doc20));
      t40 = Math.min(t40, time(doc40));
    }
    // Generous: linear is ~2, quadratic ~4. Times under 20 ms are noise.
    expect(t40 / Math.max(t20, 20)).toBeLessThan(4);
  });
});

describe('years in parentheses (archival and encyclopaedic style)', () => {
  const cases: Array<[string, string, string]> = [
    ['البعثي في سوريا عام (1976).', 'عام (1976)', '1976'],
    ['قرية أسدود سنة (1935) م.', 'سنة (1935) م', '1935'],
    ['وقعت النكبة (1948) في فلسطين.', '1948', '1948'],
  ];
  for (const [text, span, value] of cases) {
    test(`${text} → ${span} = ${value}`, () => {
      const dates = extract(text, { referenceDate: '2020-01-01' }).entities.filter((m) => m.type === 'date');
      expect(dates.map((m) => [m.text, m.type === 'date' ? m.value : null])).toEqual([[span, value]]);
    });
  }
});
