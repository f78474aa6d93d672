/**
 * Arabic number words as data. Forms are written as they appear after kashif's default
 * normalisation (diacritics removed, أ/إ/آ folded to ا); the recogniser compiles them into
 * Maps keyed by foldKey(), so ة/ه and ى/ي spellings match too. Entries never carry a
 * proclitic (و ب ل ف ك) or the article: the recogniser strips those itself.
 */

export type NumberWordCategory =
  /** 0–9: a value, or the first part of a teen (ثلاثة عشر) or of unit + و + tens. */
  | 'unit'
  /** عشر/عشرة: 10 on its own, the second part of a teen after a unit. */
  | 'ten'
  /** A teen written as one word (dialect: حداشر, اتناشر …). */
  | 'teen'
  /** 20, 30 … 90. */
  | 'tens'
  /** 100 … 900 written as one word (مئة, مئتان, ثلاثمئة, تلتمية). */
  | 'hundred'
  /** ألف, مليون, مليار, تريليون in singular, dual or plural. */
  | 'scale'
  /** A fraction word with its own value (نصف, ربع, ثلث, ثلثا). */
  | 'fraction'
  /** A plural fraction noun that needs a numerator (ثلاثة أرباع). */
  | 'fractionPlural'
  /** An ordinal adjective (الأول, الثاني … العاشر, الحادي). */
  | 'ordinal';

export interface NumberWord {
  forms: readonly string[];
  value: number;
  cat: NumberWordCategory;
  /** For scales: singular (incl. accusative tamyeez مليونا), dual (value × 2) or plural. */
  number?: 'sg' | 'dual' | 'pl';
  /** Only valid inside a compound (احد عشر, الحادي عشر): the bare word means something else. */
  compoundOnly?: boolean;
  /** Only a number with the article (الثانية: bare ثانية is "a second"). */
  needsArticle?: boolean;
  /** With the article the word is usually something else (الاثنين = Monday, الاحد = Sunday). */
  noArticle?: boolean;
  /** Egyptian/Levantine colloquial form (Duckling AR_EG). */
  dialect?: boolean;
  reason: string;
}

const MSA = 'Modern Standard Arabic cardinal';

export const NUMBER_WORDS: readonly NumberWord[] = [
  { forms: ['صفر'], value: 0, cat: 'unit', noArticle: true, reason: `${MSA}: zero; من الصفر is "from scratch"` },
  { forms: ['واحد', 'واحدة', 'واحدا'], value: 1, cat: 'unit', reason: `${MSA}: one, masculine/feminine/accusative` },
  { forms: ['احد', 'احدى'], value: 1, cat: 'unit', compoundOnly: true, reason: 'one in the teen احد عشر / احدى عشرة; alone أحد is "someone" or Sunday' },
  { forms: ['اثنان', 'اثنين', 'اثنتان', 'اثنتين', 'اثنا', 'اثني', 'اثنتا', 'اثنتي', 'اثنى', 'اثنتى'], value: 2, cat: 'unit', noArticle: true, reason: `${MSA}: two, nominative/oblique, masculine/feminine, construct in teens (اثنا عشر); الاثنين is Monday` },
  { forms: ['اتنين', 'اتنان', 'تنين'], value: 2, cat: 'unit', dialect: true, noArticle: true, reason: 'Egyptian/Levantine two' },
  { forms: ['ثلاث', 'ثلاثة', 'ثلاثا'], value: 3, cat: 'unit', reason: `${MSA}: three (feminine/masculine counted noun)` },
  { forms: ['تلات', 'تلاتة', 'تلاته'], value: 3, cat: 'unit', dialect: true, reason: 'Egyptian three (ث → ت)' },
  { forms: ['اربع', 'اربعة', 'اربعا'], value: 4, cat: 'unit', reason: `${MSA}: four` },
  { forms: ['خمس', 'خمسة', 'خمسا'], value: 5, cat: 'unit', reason: `${MSA}: five (خمس is also "a fifth": read as five)` },
  { forms: ['ست', 'ستة', 'ستا'], value: 6, cat: 'unit', reason: `${MSA}: six` },
  { forms: ['سبع', 'سبعة', 'سبعا'], value: 7, cat: 'unit', reason: `${MSA}: seven` },
  { forms: ['ثمان', 'ثماني', 'ثمانية', 'ثمانيا'], value: 8, cat: 'unit', reason: `${MSA}: eight (ثمانٍ/ثماني by case)` },
  { forms: ['تمان', 'تمانية', 'تمانيه', 'تماني'], value: 8, cat: 'unit', dialect: true, reason: 'Egyptian eight' },
  { forms: ['تسع', 'تسعة', 'تسعا'], value: 9, cat: 'unit', reason: `${MSA}: nine` },
  { forms: ['عشر', 'عشرة', 'عشرا'], value: 10, cat: 'ten', reason: `${MSA}: ten; second part of the teens (ثلاثة عشر)` },

  { forms: ['حداشر', 'احداشر', 'حداشار'], value: 11, cat: 'teen', dialect: true, reason: 'Egyptian eleven' },
  { forms: ['اتناشر', 'اتناشار', 'اثناشر'], value: 12, cat: 'teen', dialect: true, reason: 'Egyptian twelve' },
  { forms: ['تلتاشر', 'تلاتاشر', 'ثلاثطاشر'], value: 13, cat: 'teen', dialect: true, reason: 'Egyptian thirteen' },
  { forms: ['اربعتاشر', 'اربعطاشر'], value: 14, cat: 'teen', dialect: true, reason: 'Egyptian fourteen' },
  { forms: ['خمستاشر', 'خمسطاشر'], value: 15, cat: 'teen', dialect: true, reason: 'Egyptian fifteen' },
  { forms: ['ستاشر', 'سطاشر'], value: 16, cat: 'teen', dialect: true, reason: 'Egyptian sixteen' },
  { forms: ['سبعتاشر', 'سبعطاشر'], value: 17, cat: 'teen', dialect: true, reason: 'Egyptian seventeen' },
  { forms: ['تمنتاشر', 'تمنطاشر', 'تمانتاشر'], value: 18, cat: 'teen', dialect: true, reason: 'Egyptian eighteen' },
  { forms: ['تسعتاشر', 'تسعطاشر'], value: 19, cat: 'teen', dialect: true, reason: 'Egyptian nineteen' },

  { forms: ['عشرون', 'عشرين'], value: 20, cat: 'tens', reason: `${MSA}: twenty, nominative/oblique` },
  { forms: ['ثلاثون', 'ثلاثين'], value: 30, cat: 'tens', reason: `${MSA}: thirty` },
  { forms: ['تلاتين', 'تلاتون'], value: 30, cat: 'tens', dialect: true, reason: 'Egyptian thirty' },
  { forms: ['اربعون', 'اربعين'], value: 40, cat: 'tens', reason: `${MSA}: forty` },
  { forms: ['خمسون', 'خمسين'], value: 50, cat: 'tens', reason: `${MSA}: fifty` },
  { forms: ['ستون', 'ستين'], value: 60, cat: 'tens', reason: `${MSA}: sixty` },
  { forms: ['سبعون', 'سبعين'], value: 70, cat: 'tens', reason: `${MSA}: seventy` },
  { forms: ['ثمانون', 'ثمانين'], value: 80, cat: 'tens', reason: `${MSA}: eighty` },
  { forms: ['تمانين', 'تمانون'], value: 80, cat: 'tens', dialect: true, reason: 'Egyptian eighty' },
  { forms: ['تسعون', 'تسعين'], value: 90, cat: 'tens', reason: `${MSA}: ninety` },

  { forms: ['مئة', 'مائة', 'مئه', 'مايه', 'ماية'], value: 100, cat: 'hundred', reason: `${MSA}: one hundred (old spelling مائة)` },
  { forms: ['مئتان', 'مئتين', 'مائتان', 'مائتين', 'مئتي', 'مائتا', 'مائتي'], value: 200, cat: 'hundred', reason: `${MSA}: two hundred, dual and construct (مئتا is left out: it folds to ميتا, the loanword meta)` },
  { forms: ['متين', 'ميتين'], value: 200, cat: 'hundred', dialect: true, reason: 'Egyptian two hundred' },
  { forms: ['ثلاثمئة', 'ثلاثمائة', 'ثلثمائة', 'ثلثمئة'], value: 300, cat: 'hundred', reason: `${MSA}: three hundred written as one word` },
  { forms: ['اربعمئة', 'اربعمائة'], value: 400, cat: 'hundred', reason: `${MSA}: four hundred` },
  { forms: ['خمسمئة', 'خمسمائة'], value: 500, cat: 'hundred', reason: `${MSA}: five hundred` },
  { forms: ['ستمئة', 'ستمائة'], value: 600, cat: 'hundred', reason: `${MSA}: six hundred` },
  { forms: ['سبعمئة', 'سبعمائة'], value: 700, cat: 'hundred', reason: `${MSA}: seven hundred` },
  { forms: ['ثمانمئة', 'ثمانمائة', 'ثمانيمئة', 'ثمانيمائة'], value: 800, cat: 'hundred', reason: `${MSA}: eight hundred` },
  { forms: ['تسعمئة', 'تسعمائة'], value: 900, cat: 'hundred', reason: `${MSA}: nine hundred` },
  { forms: ['تلتمية', 'تلاتمية', 'تلتميه'], value: 300, cat: 'hundred', dialect: true, reason: 'Egyptian three hundred' },
  { forms: ['ربعمية', 'اربعمية'], value: 400, cat: 'hundred', dialect: true, reason: 'Egyptian four hundred' },
  { forms: ['خمسمية'], value: 500, cat: 'hundred', dialect: true, reason: 'Egyptian five hundred' },
  { forms: ['ستمية'], value: 600, cat: 'hundred', dialect: true, reason: 'Egyptian six hundred' },
  { forms: ['سبعمية'], value: 700, cat: 'hundred', dialect: true, reason: 'Egyptian seven hundred' },
  { forms: ['تمنمية', 'تمانمية'], value: 800, cat: 'hundred', dialect: true, reason: 'Egyptian eight hundred' },
  { forms: ['تسعمية'], value: 900, cat: 'hundred', dialect: true, reason: 'Egyptian nine hundred' },

  { forms: ['الف', 'الفا'], value: 1e3, cat: 'scale', number: 'sg', reason: 'thousand; الفا is the accusative tamyeez form (345 ألفا)' },
  { forms: ['الفان', 'الفين', 'الفي'], value: 1e3, cat: 'scale', number: 'dual', reason: 'two thousand: dual nominative/oblique/construct (ألفي دولار)' },
  { forms: ['الاف', 'ألوف', 'الوف'], value: 1e3, cat: 'scale', number: 'pl', reason: 'thousands, after 3–10 (ثلاثة آلاف)' },
  { forms: ['مليون', 'مليونا'], value: 1e6, cat: 'scale', number: 'sg', reason: 'million (accusative مليونا)' },
  { forms: ['مليونان', 'مليونين', 'مليوني'], value: 1e6, cat: 'scale', number: 'dual', reason: 'two million: dual and construct (مليوني طن)' },
  { forms: ['ملايين'], value: 1e6, cat: 'scale', number: 'pl', reason: 'millions, after 3–10' },
  { forms: ['مليار', 'مليارا', 'بليون', 'بليونا'], value: 1e9, cat: 'scale', number: 'sg', reason: 'billion (مليار; بليون in Levantine/Gulf usage)' },
  { forms: ['ملياران', 'مليارين', 'ملياري', 'بليونين', 'بليونان'], value: 1e9, cat: 'scale', number: 'dual', reason: 'two billion' },
  { forms: ['مليارات', 'بلايين'], value: 1e9, cat: 'scale', number: 'pl', reason: 'billions' },
  { forms: ['تريليون', 'تريليونا', 'ترليون', 'ترليونا'], value: 1e12, cat: 'scale', number: 'sg', reason: 'trillion' },
  { forms: ['تريليونان', 'تريليونين', 'تريليوني', 'ترليونين'], value: 1e12, cat: 'scale', number: 'dual', reason: 'two trillion' },
  { forms: ['تريليونات', 'ترليونات'], value: 1e12, cat: 'scale', number: 'pl', reason: 'trillions' },

  { forms: ['نصف'], value: 0.5, cat: 'fraction', reason: 'half (also مليون ونصف)' },
  { forms: ['ربع'], value: 0.25, cat: 'fraction', reason: 'quarter' },
  { forms: ['ثلث'], value: 1 / 3, cat: 'fraction', reason: 'third' },
  { forms: ['ثلثا', 'ثلثي'], value: 2 / 3, cat: 'fraction', reason: 'two thirds, dual nominative/oblique' },
  { forms: ['ارباع'], value: 0.25, cat: 'fractionPlural', reason: 'quarters: ثلاثة أرباع = 0.75' },
  { forms: ['اخماس'], value: 0.2, cat: 'fractionPlural', reason: 'fifths: ثلاثة أخماس = 0.6' },
  { forms: ['اعشار'], value: 0.1, cat: 'fractionPlural', reason: 'tenths: سبعة أعشار = 0.7' },

  { forms: ['اول', 'اولى'], value: 1, cat: 'ordinal', reason: 'ordinal first (masculine/feminine)' },
  { forms: ['حادي', 'حادية'], value: 1, cat: 'ordinal', compoundOnly: true, reason: 'ordinal one in compounds: الحادي عشر, الحادي والعشرون' },
  { forms: ['ثاني', 'ثان'], value: 2, cat: 'ordinal', reason: 'ordinal second (ثانٍ is the defective form)' },
  { forms: ['ثانية'], value: 2, cat: 'ordinal', needsArticle: true, reason: 'ordinal second, feminine; bare ثانية is "a second" or "again"' },
  { forms: ['ثالث', 'ثالثة'], value: 3, cat: 'ordinal', reason: 'ordinal third' },
  { forms: ['رابع', 'رابعة'], value: 4, cat: 'ordinal', reason: 'ordinal fourth' },
  { forms: ['خامس', 'خامسة'], value: 5, cat: 'ordinal', reason: 'ordinal fifth' },
  { forms: ['سادس', 'سادسة'], value: 6, cat: 'ordinal', reason: 'ordinal sixth' },
  { forms: ['سابع', 'سابعة'], value: 7, cat: 'ordinal', reason: 'ordinal seventh' },
  { forms: ['ثامن', 'ثامنة'], value: 8, cat: 'ordinal', reason: 'ordinal eighth' },
  { forms: ['تاسع', 'تاسعة'], value: 9, cat: 'ordinal', reason: 'ordinal ninth' },
  { forms: ['عاشر', 'عاشرة'], value: 10, cat: 'ordinal', reason: 'ordinal tenth' },
  { forms: ['تاني', 'تان'], value: 2, cat: 'ordinal', dialect: true, reason: 'colloquial second (ث → ت)' },
  { forms: ['تانية'], value: 2, cat: 'ordinal', dialect: true, needsArticle: true, reason: 'colloquial second, feminine (التانية)' },
  { forms: ['تالت', 'تالتة'], value: 3, cat: 'ordinal', dialect: true, reason: 'colloquial third' },
  { forms: ['اولا'], value: 1, cat: 'ordinal', reason: 'adverbial ordinal: firstly' },
  { forms: ['ثانيا'], value: 2, cat: 'ordinal', reason: 'adverbial ordinal: secondly' },
  { forms: ['ثالثا'], value: 3, cat: 'ordinal', reason: 'adverbial ordinal: thirdly' },
  { forms: ['رابعا'], value: 4, cat: 'ordinal', reason: 'adverbial ordinal: fourthly' },
  { forms: ['خامسا'], value: 5, cat: 'ordinal', reason: 'adverbial ordinal: fifthly' },
  { forms: ['سادسا'], value: 6, cat: 'ordinal', reason: 'adverbial ordinal: sixthly' },
  { forms: ['سابعا'], value: 7, cat: 'ordinal', reason: 'adverbial ordinal: seventhly' },
  { forms: ['ثامنا'], value: 8, cat: 'ordinal', reason: 'adverbial ordinal: eighthly' },
  { forms: ['تاسعا'], value: 9, cat: 'ordinal', reason: 'adverbial ordinal: ninthly' },
  { forms: ['عاشرا'], value: 10, cat: 'ordinal', reason: 'adverbial ordinal: tenthly' },
];

/** Words that join a decimal read aloud: واحد فاصلة واحد = 1.1. */
export const DECIMAL_POINT_WORDS: readonly { form: string; reason: string }[] = [
  { form: 'فاصلة', reason: 'spoken decimal point ("comma")' },
  { form: 'فاصله', reason: 'spoken decimal point, ه spelling' },
  { form: 'فاصل', reason: 'spoken decimal point, short form' },
];

/** Conjunction words that continue a compound number or a range. */
export const CONJUNCTION = { form: 'و', reason: 'و joins compound numbers (خمسة وعشرون, 12 مليونا و345 ألفا)' } as const;

/**
 * Words right after a fraction word that make it part of a term, not a number:
 * ربع نهائي (quarter-final), نصف نهائي (semi-final).
 */
export const FRACTION_TERM_FOLLOWERS: readonly { form: string; reason: string }[] = [
  { form: 'نهائي', reason: 'ربع/نصف نهائي: quarter/semi final' },
  { form: 'النهائي', reason: 'ربع/نصف النهائي: quarter/semi final' },
  { form: 'نهائيات', reason: 'ربع نهائيات' },
];

/**
 * Words before a bare 4-digit number (1900–2099, no unit) that make it a year, i.e. a date
 * for the dates stage, not a number: بحلول 2028, في 2023, منذ 2016.
 */
export const YEAR_CUES: readonly { form: string; reason: string }[] = [
  { form: 'عام', reason: 'عام 2019' },
  { form: 'العام', reason: 'العام 2019' },
  { form: 'سنة', reason: 'سنة 2019' },
  { form: 'السنة', reason: 'السنة 2019' },
  { form: 'بحلول', reason: 'by (year)' },
  { form: 'منذ', reason: 'since (year)' },
  { form: 'في', reason: 'in (year)' },
  { form: 'حتى', reason: 'until (year)' },
  { form: 'قبل', reason: 'before (year)' },
  { form: 'بعد', reason: 'after (year)' },
  { form: 'خلال', reason: 'during (year)' },
  { form: 'مطلع', reason: 'early (year)' },
  { form: 'منتصف', reason: 'mid (year)' },
  { form: 'نهاية', reason: 'end of (year)' },
  { form: 'اواخر', reason: 'late (year)' },
  { form: 'اوائل', reason: 'early (year)' },
  { form: 'موسم', reason: 'season (year)' },
  { form: 'ميزانية', reason: 'budget of (year)' },
  { form: 'موازنة', reason: 'budget of (year)' },
];
