/**
 * Parts of periods as data (folded forms, the article stripped by the reader).
 *
 * Conventions (the days each covers), written down once:
 *  - a quarter of a year is its three calendar months (الربع الأول: January–March), a half
 *    its six (النصف الثاني: July–December); الأخير is the fourth quarter / second half;
 *  - the beginning of a year (مطلع/بداية/أوائل 2016) is its first month, its middle (منتصف)
 *    June–July, its end (نهاية/أواخر/موفى 2016) its last month, as ANNOTATION.md's gold reads
 *    them (2016-01, 2016-12); the beginning, middle and end of a month keep Duckling's
 *    convention in relative-dates.ts (days 1–10, the 15th, the 21st to the last day);
 *  - a decade (الثمانينيات) is its ten calendar years (1980–1989; without a century, the
 *    twentieth for the 1930s–1990s and العشرينيات; العقد الماضي/الحالي/المقبل is the calendar
 *    decade before/of/after the reference year);
 *  - a century by its ordinal (القرن التاسع عشر) is the hundred years named by its digits
 *    (1800–1899), as news writes it, not the astronomers' 1801–1900;
 *  - a season with its year (صيف 2022) is the northern meteorological season (June–August);
 *    winter, which straddles two years, is left out.
 */

export interface YearPartWord {
  forms: readonly string[];
  /** The months covered: parts[n - 1] for the n-th part (quarter or half). */
  kind: 'quarter' | 'half' | 'third';
  reason: string;
}

export const YEAR_DIVISIONS: readonly YearPartWord[] = [
  { forms: ['ربع'], kind: 'quarter', reason: 'quarter of a year: الربع الأول من 2023 → January–March' },
  { forms: ['نصف', 'نص'], kind: 'half', reason: 'half of a year: النصف الثاني من العام → July–December' },
  { forms: ['ثلث'], kind: 'third', reason: 'third of a year: الثلث الأول → January–April' },
];

/** Months per part of each division. */
export const DIVISION_MONTHS: Readonly<Record<YearPartWord['kind'], number>> = { quarter: 3, half: 6, third: 4 };

/** Ordinals after a division (folded, article stripped): the part's number; -1 is the last. */
export const PART_ORDINALS: readonly { forms: readonly string[]; n: number; reason: string }[] = [
  { forms: ['اول', 'اولى', 'اولي'], n: 1, reason: 'the first' },
  { forms: ['ثاني', 'ثانية', 'ثانيه'], n: 2, reason: 'the second' },
  { forms: ['ثالث', 'ثالثة', 'ثالثه'], n: 3, reason: 'the third' },
  { forms: ['رابع', 'رابعة', 'رابعه'], n: 4, reason: 'the fourth' },
  { forms: ['خامس', 'خامسة', 'خامسه'], n: 5, reason: 'the fifth: no quarter has it, so الربع الخامس is no date' },
  { forms: ['اخير', 'اخيرة', 'اخيره'], n: -1, reason: 'the last' },
];

/** Beginning / middle / end of a year: the months covered (see the header). */
export const YEAR_EDGES: readonly { forms: readonly string[]; from: number; to: number; reason: string }[] = [
  { forms: ['مطلع', 'اوائل', 'بداية', 'بدايه', 'مستهل', 'اوايل'], from: 1, to: 1, reason: 'beginning of a year: its first month' },
  { forms: ['منتصف', 'اواسط'], from: 6, to: 7, reason: 'middle of a year: June–July' },
  { forms: ['اواخر', 'نهاية', 'نهايه', 'ختام', 'موفى', 'موفي', 'اوخر'], from: 12, to: 12, reason: 'end of a year: its last month (موفى is Tunisian usage)' },
];

/** Seasons that fall within one calendar year (northern hemisphere, meteorological). */
export const SEASONS: readonly { forms: readonly string[]; from: number; to: number; reason: string }[] = [
  { forms: ['ربيع'], from: 3, to: 5, reason: 'spring: March–May (only with a year; ربيع الأول is a Hijri month)' },
  { forms: ['صيف'], from: 6, to: 8, reason: 'summer: June–August' },
  { forms: ['خريف'], from: 9, to: 11, reason: 'autumn: September–November' },
];

/** Decades by their plural (folded, article stripped): the decade's first year within a century. */
export const DECADES: readonly { forms: readonly string[]; decade: number; reason: string }[] = [
  { forms: ['عشرينيات', 'عشرينات'], decade: 20, reason: 'the twenties' },
  { forms: ['ثلاثينيات', 'ثلاثينات'], decade: 30, reason: 'the thirties' },
  { forms: ['اربعينيات', 'اربعينات'], decade: 40, reason: 'the forties' },
  { forms: ['خمسينيات', 'خمسينات'], decade: 50, reason: 'the fifties' },
  { forms: ['ستينيات', 'ستينات'], decade: 60, reason: 'the sixties' },
  { forms: ['سبعينيات', 'سبعينات'], decade: 70, reason: 'the seventies' },
  { forms: ['ثمانينيات', 'ثمانينات'], decade: 80, reason: 'the eighties' },
  { forms: ['تسعينيات', 'تسعينات'], decade: 90, reason: 'the nineties' },
];

/** Words that introduce a relative span of days, weeks, months or years (the plural or dual period word follows). */
export const SPAN_DIRECTIONS: readonly { forms: readonly string[]; dir: 'past' | 'future'; reason: string }[] = [
  { forms: ['اخيرة', 'اخيره', 'اخير', 'اخيرين'], dir: 'past', reason: 'الأيام الثلاثة الأخيرة: the last three days (up to the reference date)' },
];
