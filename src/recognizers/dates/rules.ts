/**
 * The dates stage's rules as data: each rule's id (the `source` of its mentions), why it
 * exists, its named confidences and its declared strength. The matchers are in parsers.ts;
 * the registry that binds them to these records is registry.ts.
 *
 * Confidence and strength, written down once:
 *  - a date candidate's strength follows from its confidence (`dateStrength`): at or above
 *    `TRIMS_NAMES` it is 'normal' (or 'strong' for a full date) and the pipeline trims a name
 *    that runs into it (pipeline/resolve.ts `trimNamesAtDates` tests the strength, never a
 *    number). Below it the date is 'weak' and a name that overlaps it is left to longest-wins.
 *  - so the levels below are chosen against that line: a bare weekday (0.85) trims
 *    (أنتوني بلينكن الخميس → the name and the weekday), a bare الاثنين (0.75: it may be "the
 *    two"), a time without الساعة (0.75), a holiday (0.7), a bare year (0.75, 0.7) and now
 *    (0.7) do not; a relative date without any reference date is multiplied by
 *    `NO_REFERENCE_FACTOR` and so never trims.
 */
import { defineRegistry, type RuleInfo, type RuleStrength } from '../../pipeline/rule.js';

export type DateRuleId =
  | 'dates/weekday' | 'dates/gregorian' | 'dates/hijri' | 'dates/numeric' | 'dates/relative'
  | 'dates/time' | 'dates/holiday' | 'dates/range' | 'dates/latin' | 'dates/part' | 'dates/span';

/** Named confidences; every confidence in the dates stage is one of these. */
export const CONFIDENCE = {
  /** Day and month (and year), or a weekday with an explicit date: 9 يناير 2022. */
  fullDate: 0.95,
  /** A month with its year or a year with its word: يناير 2022, عام 2019, العام الماضي. */
  yearWithWord: 0.9,
  /** A month name alone, not ambiguous: في يناير. */
  monthAlone: 0.8,
  /** A numeric date: 9/1/2022 with a day above 12, or year first. */
  numeric: 0.9,
  /** A numeric date whose day and month could swap (9/1/2022: 9 January, day first, or 1 September): read day first and marked by this lower confidence. */
  numericAmbiguous: 0.85,
  /** A weekday with a numeric day and month: السبت 21/09. */
  weekdayNumeric: 0.85,
  /** A bare year after a preposition: في 2023. */
  bareYear: 0.75,
  /** A year alone in parentheses: النكبة (1948). */
  parenYear: 0.7,
  /** A relative day or period: أمس, الأسبوع الماضي, الخميس المقبل. */
  relative: 0.9,
  /** هذا اليوم: often anaphoric. */
  thisDay: 0.85,
  /** Now: الآن, هذه اللحظة. */
  now: 0.7,
  /** A count back: قبل ثلاثة أيام. */
  ago: 0.85,
  /** Part of a month: منتصف مارس. */
  monthPart: 0.85,
  /** The n-th weekday of a month: أول ثلاثاء من شهر عشرة. */
  nthWeekday: 0.85,
  /** A weekday with an ordinal and a date: الثلاثاء الثالث من أيلول. */
  weekdayNthDate: 0.9,
  /** A weekday with an ordinal day of the reference month: السبت السادس عشر. */
  weekdayDayOfMonth: 0.8,
  /** A bare weekday: الخميس. */
  weekday: 0.85,
  /** A bare الاثنين: it may be "the two". */
  weekdayMonday: 0.75,
  /** A time with الساعة or a clock: الساعة التاسعة, 09:30. */
  timeCued: 0.85,
  /** An ordinal hour with a day period and no الساعة: الثالثة فجرا. */
  timeOrdinal: 0.75,
  /** A holiday: عيد الفطر. */
  holiday: 0.7,
  /** A Latin-script date read by compromise: January 6, 2022. */
  latin: 0.85,
  /** A part of a year, a decade or a century: الربع الأول من 2023, الثمانينيات. */
  periodPart: 0.85,
  /** A span from the reference date: الأيام الثلاثة المقبلة. */
  span: 0.85,
  /** A count forward: بعد أسبوع (often "a week after something"). */
  after: 0.75,
  /** A two-part numeric date whose year comes from the reference date: يوم 17/3. */
  numericNoYear: 0.8,
} as const;

/** A relative date resolved against today because no reference date exists: confidence × this. */
export const NO_REFERENCE_FACTOR = 0.6;

/** The line between a weak date and one that trims the names running into it. */
export const TRIMS_NAMES = 0.8;

/** The declared strength of a date candidate of this confidence (see the header). */
export function dateStrength(confidence: number): RuleStrength {
  if (confidence < TRIMS_NAMES) return 'weak';
  return confidence >= CONFIDENCE.fullDate ? 'strong' : 'normal';
}

interface DateRuleInfo extends RuleInfo {
  readonly id: DateRuleId;
}

const info = (id: DateRuleId, reason: string, confidence: number, strength: RuleStrength): DateRuleInfo =>
  ({ id, stage: 'dates', types: ['date'], reason, confidence, strength });

/** Every rule of the dates stage, in the order the registry tries them. */
export const DATE_RULE_INFO: readonly DateRuleInfo[] = defineRegistry([
  info('dates/weekday', 'a weekday, bare or with a direction, a relative week, an n-th of a month or اليوم: الخميس, الأحد المقبل, أول ثلاثاء من شهر عشرة', CONFIDENCE.weekday, 'normal'),
  info('dates/gregorian', 'a Gregorian day, month and year in words, maybe after a weekday: التاسع من يناير 2022, عام 2019, في 2023', CONFIDENCE.fullDate, 'strong'),
  info('dates/hijri', 'a Hijri date: a Hijri month or a year with its era mark: 1 رمضان 1445 هـ, 1445 هـ', CONFIDENCE.fullDate, 'strong'),
  info('dates/numeric', 'a numeric date, day first unless the first part is a year: 9/1/2022, 2023/10/07, السبت 21/09', CONFIDENCE.numeric, 'normal'),
  info('dates/relative', 'a day, period or count relative to the reference date: أمس, الأسبوع الماضي, قبل ثلاثة أيام, منتصف مارس', CONFIDENCE.relative, 'normal'),
  info('dates/time', 'a time of day: الساعة التاسعة صباحا, 09:30', CONFIDENCE.timeCued, 'normal'),
  info('dates/holiday', 'a holiday on a fixed Gregorian or Hijri day, or Easter: عيد الفطر', CONFIDENCE.holiday, 'weak'),
  info('dates/range', 'two dates, years or times as one range: من 13 إلى 15 تموز (the refiner joins two matches), بين 1 و5 مارس 2024, ما بين عامي 2010 و2015', CONFIDENCE.fullDate, 'strong'),
  info('dates/part', 'a part of a year, a decade or a century: الربع الأول من 2023, مطلع 2016, الثمانينيات, القرن التاسع عشر', CONFIDENCE.periodPart, 'normal'),
  info('dates/span', 'a span or count from the reference date: الأيام الثلاثة المقبلة, الأسبوعين الماضيين, بعد أسبوع', CONFIDENCE.span, 'normal'),
  info('dates/latin', 'a Latin-script date read by compromise-dates: January 6, 2022', CONFIDENCE.latin, 'normal'),
]);

export const DATE_RULE: Readonly<Record<DateRuleId, DateRuleInfo>> = Object.fromEntries(DATE_RULE_INFO.map((r) => [r.id, r])) as Record<DateRuleId, DateRuleInfo>;
