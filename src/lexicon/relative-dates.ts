/**
 * Relative date vocabulary as data (forms after default normalisation; compiled with foldKey).
 */

export interface DayWord {
  forms: readonly string[];
  /** Days from the reference date. */
  offset: number;
  /** The form only counts with the article (اليوم; bare يوم is "a day"). */
  article?: 'required' | 'forbidden';
  reason: string;
}

/** Single words naming a day relative to the reference date. */
export const DAY_WORDS: readonly DayWord[] = [
  { forms: ['يوم'], offset: 0, article: 'required', reason: 'اليوم "today"' },
  { forms: ['امس', 'بارحة', 'امبارح', 'مبارح'], offset: -1, reason: 'أمس / البارحة / امبارح "yesterday"' },
  { forms: ['غدا', 'غد', 'بكرة', 'بكرا', 'بكره'], offset: 1, reason: 'غدًا / الغد / بكرة "tomorrow"' },
  { forms: ['نهارده', 'نهاردة', 'نهاردا'], offset: 0, article: 'required', reason: 'النهارده (Egyptian "today")' },
];

/** Two-word day expressions: [first, second] after foldKey, article stripped. */
export const DAY_PHRASES: readonly { words: readonly string[]; offset: number; reason: string }[] = [
  { words: ['امس', 'اول'], offset: -2, reason: 'أمس الأول "the day before yesterday"' },
  { words: ['اول', 'امس'], offset: -2, reason: 'أول أمس' },
  { words: ['اول', 'من', 'امس'], offset: -2, reason: 'أول من أمس' },
  { words: ['قبل', 'امس'], offset: -2, reason: 'قبل أمس' },
  { words: ['قبل', 'بارحة'], offset: -2, reason: 'قبل البارحة' },
  { words: ['قبل', 'امبارح'], offset: -2, reason: 'قبل امبارح' },
  { words: ['بعد', 'غد'], offset: 2, reason: 'بعد غد / بعد الغد' },
  { words: ['بعد', 'غدا'], offset: 2, reason: 'بعد غدا' },
  { words: ['بعد', 'بكرة'], offset: 2, reason: 'بعد بكرة (dialect)' },
  { words: ['بعد', 'بكرا'], offset: 2, reason: 'بعد بكرا (dialect)' },
];

export type Direction = 'past' | 'current' | 'future';

/** Adjectives after a period or weekday: الماضي, الجاري, المقبل … */
export const DIRECTION_WORDS: readonly { forms: readonly string[]; dir: Direction; reason: string }[] = [
  { forms: ['ماضي', 'ماضية', 'ماض', 'سابق', 'سابقة', 'منصرم', 'منصرمة', 'فائت', 'فائتة', 'فايت', 'مضى'], dir: 'past', reason: 'last: الماضي / السابق / المنصرم / الفائت' },
  { forms: ['فارط', 'فارطة', 'منقضي', 'منقضية'], dir: 'past', reason: 'last, in Maghrebi news usage: الفارط / المنقضي (فيفري الفارط, السنة المنقضية)' },
  { forms: ['جاري', 'جارية', 'حالي', 'حالية', 'راهن', 'راهنة'], dir: 'current', reason: 'this: الجاري / الحالي / الراهن' },
  { forms: ['مقبل', 'مقبلة', 'قادم', 'قادمة', 'تالي', 'تالية', 'جاي', 'جاية', 'اتي', 'اتية'], dir: 'future', reason: 'next: المقبل / القادم / التالي / الجاي / الآتي' },
];

/** Period nouns (after ال): الأسبوع, الشهر, العام, السنة. Plural/dual forms for counts. */
export const PERIOD_WORDS: readonly { forms: readonly string[]; unit: 'day' | 'week' | 'month' | 'year'; count?: number; reason: string }[] = [
  { forms: ['يوم'], unit: 'day', reason: 'day' },
  { forms: ['ايام'], unit: 'day', reason: 'days (plural)' },
  { forms: ['يومين', 'يومان'], unit: 'day', count: 2, reason: 'two days (dual)' },
  { forms: ['اسبوع'], unit: 'week', reason: 'week' },
  { forms: ['اسابيع'], unit: 'week', reason: 'weeks' },
  { forms: ['اسبوعين', 'اسبوعان'], unit: 'week', count: 2, reason: 'two weeks (dual)' },
  { forms: ['شهر'], unit: 'month', reason: 'month' },
  { forms: ['اشهر', 'شهور'], unit: 'month', reason: 'months' },
  { forms: ['شهرين', 'شهران'], unit: 'month', count: 2, reason: 'two months (dual)' },
  { forms: ['عام', 'سنة', 'سنه'], unit: 'year', reason: 'year' },
  { forms: ['اعوام', 'سنوات', 'سنين'], unit: 'year', reason: 'years' },
  { forms: ['عامين', 'عامان', 'سنتين', 'سنتان'], unit: 'year', count: 2, reason: 'two years (dual)' },
];

/** Words that introduce a year number: عام 2019, العام 2016, سنة 2020, لعام 2014. */
export const YEAR_WORDS: readonly { form: string; reason: string }[] = [
  { form: 'عام', reason: 'عام/العام + year' },
  { form: 'سنة', reason: 'سنة/السنة + year' },
  { form: 'لعام', reason: 'لعام + year (ل is glued and the tokenizer keeps it)' },
  { form: 'لسنة', reason: 'لسنة + year' },
];

/** Suffixes after a Gregorian year. */
export const GREGORIAN_YEAR_MARKS: readonly { form: string; reason: string }[] = [
  { form: 'م', reason: 'م (ميلادي) after a year' },
  { form: 'ميلادي', reason: 'ميلادي' },
  { form: 'ميلادية', reason: 'ميلادية' },
];

/** Marks after a Hijri year (هـ normalises to ه). */
export const HIJRI_YEAR_MARKS: readonly { form: string; reason: string }[] = [
  { form: 'ه', reason: 'هـ (tatweel removed by normalisation)' },
  { form: 'هجري', reason: 'هجري' },
  { form: 'هجرية', reason: 'هجرية' },
  { form: 'هجرة', reason: 'للهجرة' },
];

/** Parts of a month: مطلع/منتصف/أواخر + month. `from`/`to` are days (to = 0: end of month). */
export const MONTH_PARTS: readonly { forms: readonly string[]; from: number; to: number; reason: string }[] = [
  { forms: ['مطلع', 'اوائل', 'بداية', 'بدايه', 'مستهل', 'اول', 'غرة', 'اوايل'], from: 1, to: 10, reason: 'beginning of the month: first ten days (Duckling: اوائل → 1–10)' },
  { forms: ['منتصف', 'نصف', 'نص', 'اواسط', 'وسط'], from: 15, to: 15, reason: 'middle of the month: the 15th' },
  { forms: ['اواخر', 'نهاية', 'اخر', 'ختام', 'اواخير', 'اوخر'], from: 21, to: 0, reason: 'end of the month: the 21st to the last day' },
  { forms: ['موفى', 'موفي'], from: 21, to: 0, reason: 'end of (Tunisian news usage: موفى ديسمبر), as نهاية' },
];

/** Relative-count prepositions: قبل ثلاثة أيام (ago), بعد يومين (from now). منذ + duration is also "ago". */
export const AGO_WORDS: readonly { form: string; sign: number; reason: string }[] = [
  { form: 'قبل', sign: -1, reason: 'قبل + duration: ago' },
  { form: 'منذ', sign: -1, reason: 'منذ + duration: ago (منذ + date is the date itself)' },
  { form: 'من', sign: -1, reason: 'من اسبوع (dialect: a week ago)' },
];

/** Words that mark the future near a bare weekday (besides a س-prefixed verb). */
export const FUTURE_MARKERS: readonly { form: string; reason: string }[] = [
  { form: 'سوف', reason: 'future particle' },
  { form: 'مقرر', reason: 'من المقرر "scheduled"' },
  { form: 'يعتزم', reason: 'intends to' },
  { form: 'تعتزم', reason: 'intends to' },
  { form: 'يرتقب', reason: 'expected' },
  { form: 'مرتقب', reason: 'expected' },
  { form: 'مرتقبة', reason: 'expected' },
];

/** Nouns that begin with سي/ست/سن/سا and are not future verbs. */
export const NOT_FUTURE_S: readonly string[] = [
  'سيارة', 'سيارات', 'سياسة', 'سياسي', 'سياسية', 'سياسيين', 'سيادة', 'سيطرة', 'ستة', 'ستين', 'ستون', 'سنة', 'سنوات', 'سنوي', 'سنوية', 'سيناء', 'سينما', 'سيول', 'ستار', 'سنغافورة', 'سيدة', 'سيد', 'سيدات', 'ستالين', 'سياق', 'سيناريو', 'ستوكهولم', 'سيئة', 'سيدني', 'سنتين', 'سنتيمتر',
];

/** Now-words (datetime at the reference time). */
export const NOW_WORDS: readonly { forms: readonly string[]; reason: string }[] = [
  { forms: ['الان', 'حالا'], reason: 'now' },
];
