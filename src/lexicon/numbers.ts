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
  | 'ordinal'
  /** A dozen (دستة, دزينة): 12, multiplied by a count before it (ثلاث دستات = 36). */
  | 'dozen'
  /**
   * A plural of a power of ten with no count (عشرات, مئات; آلاف/ملايين alone are scales in
   * the plural): an approximate quantity, read as a range (see APPROXIMATE_PLURAL_RANGE).
   */
  | 'several';

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
  /**
   * The same letters are also a fraction (خمس "five" / خُمس "a fifth"): the value of the
   * fraction, read only in construct with a definite noun (خمس السكان) or with a pronoun
   * (خمسهم); everywhere else the word is the cardinal.
   */
  fraction?: number;
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
  { forms: ['خمس', 'خمسة', 'خمسا'], value: 5, cat: 'unit', fraction: 1 / 5, reason: `${MSA}: five; خمس is also خُمس "a fifth", read so only in construct with a definite noun (خمس السكان)` },
  { forms: ['ست', 'ستة', 'ستا'], value: 6, cat: 'unit', reason: `${MSA}: six` },
  { forms: ['سبع', 'سبعة', 'سبعا'], value: 7, cat: 'unit', fraction: 1 / 7, reason: `${MSA}: seven; سبع is also سُبع "a seventh" in construct with a definite noun` },
  { forms: ['ثمان', 'ثماني', 'ثمانية', 'ثمانيا'], value: 8, cat: 'unit', reason: `${MSA}: eight (ثمانٍ/ثماني by case)` },
  { forms: ['تمان', 'تمانية', 'تمانيه', 'تماني'], value: 8, cat: 'unit', dialect: true, reason: 'Egyptian eight' },
  { forms: ['تسع', 'تسعة', 'تسعا'], value: 9, cat: 'unit', fraction: 1 / 9, reason: `${MSA}: nine; تسع is also تُسع "a ninth" in construct with a definite noun` },
  { forms: ['عشر', 'عشرة', 'عشرا'], value: 10, cat: 'ten', fraction: 1 / 10, reason: `${MSA}: ten; second part of the teens (ثلاثة عشر); عشر is also عُشر "a tenth" in construct with a definite noun` },

  { forms: ['حداشر', 'احداشر', 'حداشار'], value: 11, cat: 'teen', dialect: true, reason: 'Egyptian eleven' },
  { forms: ['اتناشر', 'اتناشار', 'اثناشر', 'اطناشر', 'تناشر'], value: 12, cat: 'teen', dialect: true, reason: 'Egyptian twelve (اطناشر and تناشر as Levantine speakers also write it)' },
  { forms: ['تلتاشر', 'تلاتاشر', 'ثلاثطاشر'], value: 13, cat: 'teen', dialect: true, reason: 'Egyptian thirteen' },
  { forms: ['اربعتاشر', 'اربعطاشر'], value: 14, cat: 'teen', dialect: true, reason: 'Egyptian fourteen' },
  { forms: ['خمستاشر', 'خمسطاشر'], value: 15, cat: 'teen', dialect: true, reason: 'Egyptian fifteen' },
  { forms: ['ستاشر', 'سطاشر'], value: 16, cat: 'teen', dialect: true, reason: 'Egyptian sixteen' },
  { forms: ['سبعتاشر', 'سبعطاشر'], value: 17, cat: 'teen', dialect: true, reason: 'Egyptian seventeen' },
  { forms: ['تمنتاشر', 'تمنطاشر', 'تمانتاشر'], value: 18, cat: 'teen', dialect: true, reason: 'Egyptian eighteen' },
  { forms: ['تسعتاشر', 'تسعطاشر'], value: 19, cat: 'teen', dialect: true, reason: 'Egyptian nineteen' },
  // Levantine teens (Syria, Lebanon, Jordan, Palestine): ـعش for Egyptian ـاشر.
  { forms: ['حدعش', 'احدعش'], value: 11, cat: 'teen', dialect: true, reason: 'Levantine eleven' },
  { forms: ['طنعش', 'تنعش', 'اتنعش'], value: 12, cat: 'teen', dialect: true, reason: 'Levantine twelve' },
  { forms: ['تلتعش', 'تلطعش'], value: 13, cat: 'teen', dialect: true, reason: 'Levantine thirteen' },
  { forms: ['اربعتعش', 'اربعطعش'], value: 14, cat: 'teen', dialect: true, reason: 'Levantine fourteen' },
  { forms: ['خمستعش', 'خمسطعش'], value: 15, cat: 'teen', dialect: true, reason: 'Levantine fifteen' },
  { forms: ['ستعش', 'سطعش'], value: 16, cat: 'teen', dialect: true, reason: 'Levantine sixteen' },
  { forms: ['سبعتعش', 'سبعطعش'], value: 17, cat: 'teen', dialect: true, reason: 'Levantine seventeen' },
  { forms: ['تمنتعش', 'تمنطعش'], value: 18, cat: 'teen', dialect: true, reason: 'Levantine eighteen' },
  { forms: ['تسعتعش', 'تسعطعش'], value: 19, cat: 'teen', dialect: true, reason: 'Levantine nineteen' },

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
  { forms: ['سدس'], value: 1 / 6, cat: 'fraction', reason: 'a sixth (سُدس; no cardinal shares its letters)' },
  { forms: ['ارباع'], value: 0.25, cat: 'fractionPlural', reason: 'quarters: ثلاثة أرباع = 0.75' },
  { forms: ['اسداس'], value: 1 / 6, cat: 'fractionPlural', reason: 'sixths: خمسة أسداس = 5/6' },
  { forms: ['اسباع'], value: 1 / 7, cat: 'fractionPlural', reason: 'sevenths: أربعة أسباع = 4/7' },
  { forms: ['اثمان'], value: 1 / 8, cat: 'fractionPlural', reason: 'eighths: سبعة أثمان = 7/8 (alone أثمان is "prices": it needs a count before it)' },
  { forms: ['اتساع'], value: 1 / 9, cat: 'fractionPlural', reason: 'ninths: ثمانية أتساع = 8/9' },
  { forms: ['اخماس'], value: 0.2, cat: 'fractionPlural', reason: 'fifths: ثلاثة أخماس = 0.6' },
  { forms: ['اعشار'], value: 0.1, cat: 'fractionPlural', reason: 'tenths: سبعة أعشار = 0.7' },

  { forms: ['دستة', 'دزينة', 'درزن', 'درزينة'], value: 12, cat: 'dozen', number: 'sg', reason: 'a dozen (دستة; دزينة/درزن in the Levant and Gulf): 12' },
  { forms: ['دستتان', 'دستتين', 'دزينتان', 'دزينتين'], value: 12, cat: 'dozen', number: 'dual', reason: 'two dozen: 24' },
  { forms: ['دستات', 'دزينات'], value: 12, cat: 'dozen', number: 'pl', reason: 'dozens, after a count 3–10 (ثلاث دستات = 36)' },

  { forms: ['عشرات'], value: 10, cat: 'several', reason: 'tens of, "dozens": an approximate count, no exact value (عشرات القتلى)' },
  { forms: ['مئات'], value: 100, cat: 'several', reason: 'hundreds of: approximate (مئات اللاجئين, مئات الآلاف)' },

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

/**
 * The convention for an approximate plural with no count (عشرات, مئات, آلاف, ملايين alone,
 * or stacked: مئات الآلاف, عشرات الملايين). The text states an order of magnitude, not a
 * number, so the mention is `approximate: true` with `range` {min: 2 × base, max:
 * 10 × base − 1} and `value` = range.min, the schema's convention for ranges (value is min).
 * `value` is never read alone: عشرات القتلى is {min 20, max 99}, not "20 killed".
 * A count before the plural (ثلاثة آلاف) is exact and never reaches this rule.
 */
export const APPROXIMATE_PLURAL_RANGE = {
  minFactor: 2,
  maxFactor: 10,
  reason: 'a plural of N is at least two N (the dual is the exact two) and less than the next power of ten',
} as const;

/** Words that give the number after them a negative sign: سالب خمسة, ناقص 18 درجة. */
export const SIGN_WORDS: readonly { form: string; reason: string }[] = [
  { form: 'سالب', reason: 'negative (سالب 5): the sign word directly before a number' },
  { form: 'ناقص', reason: 'minus (ناقص 18 درجة); only directly before a number, elsewhere it is "missing"' },
];

/**
 * Ratio phrases between two numbers, read as one fraction mention (value = X / Y):
 * `always` ones need nothing else (واحد من كل أربعة, 3 من أصل 5); `afterCue` ones only
 * after a ratio cue (بنسبة 2 على 5), since X على Y alone is often a score or a vote.
 */
export const RATIO_JOINERS: readonly { words: readonly string[]; afterCue: boolean; reason: string }[] = [
  { words: ['من', 'كل'], afterCue: false, reason: 'one in every four: واحد من كل أربعة = 1/4' },
  { words: ['من', 'اصل'], afterCue: false, reason: 'three out of five: 3 من أصل 5 = 3/5' },
  { words: ['على'], afterCue: true, reason: 'X over Y after a ratio cue: بنسبة 2 على 5 = 2/5' },
];

/** Nouns that announce a ratio (with or without a proclitic: بنسبة, وبمعدل). */
export const RATIO_CUES: readonly { form: string; reason: string }[] = [
  { form: 'نسبة', reason: 'a proportion of (بنسبة 2 على 5)' },
  { form: 'معدل', reason: 'a rate of (بمعدل 1 على 10)' },
];

/**
 * Nouns after خمس/سبع/تسع/عشر + article that keep the cardinal reading: a time or count
 * noun after a bare number is a definite counted plural (خمس السنوات الماضية = the past
 * five years), not "a fifth of the years".
 */
export const FRACTION_BLOCKING_NOUNS: readonly { form: string; reason: string }[] = [
  { form: 'سنوات', reason: 'خمس السنوات الماضية: the past five years' },
  { form: 'سنين', reason: 'years' },
  { form: 'اعوام', reason: 'years' },
  { form: 'ايام', reason: 'days' },
  { form: 'ليالي', reason: 'nights' },
  { form: 'اشهر', reason: 'months' },
  { form: 'شهور', reason: 'months' },
  { form: 'اسابيع', reason: 'weeks' },
  { form: 'ساعات', reason: 'hours' },
  { form: 'دقائق', reason: 'minutes' },
  { form: 'مرات', reason: 'times' },
  { form: 'دول', reason: 'الدول الخمس is "the five countries"; خمس الدول is read the same way' },
];

/**
 * Number words that are also ordinary words: alone, without a unit, a mention of one gets
 * the lower `weakWord` confidence (ست "lady", سبع "lion", الف "alif", نصف "half of" …).
 */
export const WEAK_SINGLE_WORDS: readonly { form: string; reason: string }[] = [
  { form: 'ست', reason: 'six / ست "lady" (colloquial)' },
  { form: 'سبع', reason: 'seven / سبع "lion", "a seventh"' },
  { form: 'خمس', reason: 'five / "a fifth"' },
  { form: 'تسع', reason: 'nine / تسع "it holds"' },
  { form: 'عشر', reason: 'ten / "a tenth"' },
  { form: 'ثمان', reason: 'eight, often part of a longer word' },
  { form: 'نصف', reason: 'half, often "half of" a noun' },
  { form: 'ربع', reason: 'quarter / ربع "quarter of a town"' },
  { form: 'ثلث', reason: 'third, often "a third of" a noun' },
  { form: 'الف', reason: 'thousand / the letter alif' },
  { form: 'اربع', reason: 'four, often part of a longer word' },
  { form: 'ثلاث', reason: 'three, often part of a longer word' },
];

/** Proclitics a year cue may carry (وفي 2023, ومنذ 2016, فبعد 2020): forms of the one table. */
export const YEAR_CUE_PROCLITICS: readonly string[] = ['و', 'ف'];

/**
 * The numerals one and two written after their noun as an adjective: a unit or currency
 * then واحد (دولار أمريكي واحد = 1 USD, يوم واحد = 1 day), a dual then اثنين (لولايتين
 * اثنتين = 2 terms). The numeral belongs to the one mention of the noun.
 */
export const NUMERAL_AFTER_NOUN: readonly { forms: readonly string[]; value: 1 | 2; reason: string }[] = [
  { forms: ['واحد', 'واحدة', 'واحدا'], value: 1, reason: 'one after a singular unit or currency: دولار واحد, يوم واحد' },
  { forms: ['اثنين', 'اثنتين', 'اثنان', 'اثنتان'], value: 2, reason: 'two after a dual, for emphasis: لولايتين اثنتين, يومين اثنين' },
];
