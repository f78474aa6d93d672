/** Weekday names as data (after default normalisation; compiled with foldKey). ISO weekday: Monday 1 … Sunday 7. */
export interface WeekdayName {
  forms: readonly string[];
  /** ISO weekday, Monday = 1 … Sunday = 7. */
  iso: number;
  /** Without the article the word usually means something else (احد "one/anyone", اثنين "two"). */
  needsArticleAlone?: boolean;
  reason: string;
}

export const WEEKDAYS: readonly WeekdayName[] = [
  { forms: ['احد'], iso: 7, needsArticleAlone: true, reason: 'Sunday (الأحد); bare أحد is "one/anyone"' },
  { forms: ['اثنين', 'اثنان', 'اتنين', 'تنين'], iso: 1, needsArticleAlone: true, reason: 'Monday (الاثنين); bare اثنين is "two", and الاثنين can be "the two": decided by context' },
  { forms: ['ثلاثاء', 'ثلاثا', 'تلات', 'تلاتاء'], iso: 2, reason: 'Tuesday (الثلاثاء; ثلاثا/تلات in dialect)' },
  { forms: ['اربعاء', 'اربعا'], iso: 3, reason: 'Wednesday (الأربعاء; اربعا in dialect); not اربع, which is the number four' },
  { forms: ['خميس'], iso: 4, reason: 'Thursday' },
  { forms: ['جمعة', 'جمعه'], iso: 5, reason: 'Friday' },
  { forms: ['سبت'], iso: 6, reason: 'Saturday' },
];

/** Words before الاثنين that make it "the two", not Monday. */
export const DUAL_CONTEXT_BEFORE: readonly { form: string; reason: string }[] = [
  { form: 'بين', reason: 'بين الاثنين "between the two"' },
  { form: 'كلا', reason: 'كلا الاثنين "both"' },
  { form: 'كلتا', reason: 'كلتا "both" (feminine)' },
  { form: 'هذين', reason: 'demonstrative dual' },
  { form: 'هذان', reason: 'demonstrative dual' },
  { form: 'هاتين', reason: 'demonstrative dual' },
];
/** Words after الاثنين that make it "the two". */
export const DUAL_CONTEXT_AFTER: readonly { form: string; reason: string }[] = [
  { form: 'معا', reason: 'الاثنين معا "the two together"' },
  { form: 'منهما', reason: 'احد الاثنين منهما' },
];
