/**
 * Ordinal words that pick the n-th weekday of a month (folded forms). n = -1 is the last.
 *  - NTH_BEFORE: before the weekday, without the article: أول ثلاثاء من شهر عشرة, آخر جمعة من رمضان;
 *  - NTH_AFTER: after the weekday, with the article: الاثنين الأخير من شهر آذار, الثلاثاء الثالث من أيلول.
 */
export interface NthWord {
  form: string;
  n: number;
  reason: string;
}

export const NTH_BEFORE: readonly NthWord[] = [
  { form: 'اول', n: 1, reason: 'أول + weekday: the first' },
  { form: 'ثاني', n: 2, reason: 'ثاني + weekday: the second' },
  { form: 'ثان', n: 2, reason: 'ثان (defective spelling of ثاني)' },
  { form: 'ثالث', n: 3, reason: 'ثالث + weekday: the third' },
  { form: 'رابع', n: 4, reason: 'رابع + weekday: the fourth' },
  { form: 'خامس', n: 5, reason: 'خامس + weekday: the fifth' },
  { form: 'اخر', n: -1, reason: 'آخر + weekday: the last' },
];

export const NTH_AFTER: readonly NthWord[] = [
  { form: 'اول', n: 1, reason: 'weekday + الأول: the first' },
  { form: 'اولي', n: 1, reason: 'weekday + الأولى (feminine)' },
  { form: 'ثاني', n: 2, reason: 'weekday + الثاني' },
  { form: 'ثانيه', n: 2, reason: 'weekday + الثانية (feminine)' },
  { form: 'ثالث', n: 3, reason: 'weekday + الثالث' },
  { form: 'ثالثه', n: 3, reason: 'weekday + الثالثة (feminine)' },
  { form: 'رابع', n: 4, reason: 'weekday + الرابع' },
  { form: 'رابعه', n: 4, reason: 'weekday + الرابعة (feminine)' },
  { form: 'اخير', n: -1, reason: 'weekday + الأخير: the last' },
  { form: 'اخيره', n: -1, reason: 'weekday + الأخيرة (feminine)' },
];
