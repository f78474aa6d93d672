/**
 * Number words the dates stage reads inside dates and times (days of the month, hours,
 * minutes, counts in قبل ثلاثة أيام). Data, compiled with foldKey; article and و are stripped
 * by the reader. The dates stage reads a narrower set than the numbers stage (no hundreds or
 * scales, tens up to fifty), so its list is its own; the dialect teens and tens come from the
 * one number vocabulary (src/lexicon/numbers.ts), so a dialect form added there reaches both.
 */
import { NUMBER_WORDS } from '../../lexicon/numbers.js';

export interface DateNumberWord {
  forms: readonly string[];
  value: number;
  cat: 'ordinal' | 'cardinal' | 'tens' | 'ten' | 'compound';
  reason: string;
}

/** Teens written as one word (حداشر, طنعش …): a day of the month or an hour. */
const DIALECT_TEENS: readonly DateNumberWord[] = NUMBER_WORDS.filter((w) => w.cat === 'teen').map((w) => ({ forms: w.forms, value: w.value, cat: 'cardinal', reason: w.reason }));

/** Dialect tens up to fifty (تلاتين): minutes. */
const DIALECT_TENS: readonly DateNumberWord[] = NUMBER_WORDS.filter((w) => w.cat === 'tens' && w.dialect && w.value <= 50).map((w) => ({ forms: w.forms, value: w.value, cat: 'tens', reason: w.reason }));

export const DATE_NUMBER_WORDS: readonly DateNumberWord[] = [
  { forms: ['اول', 'اولى', 'اولي'], value: 1, cat: 'ordinal', reason: 'first (الأول/الأولى): day 1' },
  { forms: ['ثاني', 'ثانية', 'ثان'], value: 2, cat: 'ordinal', reason: 'second' },
  { forms: ['ثالث', 'ثالثة'], value: 3, cat: 'ordinal', reason: 'third' },
  { forms: ['رابع', 'رابعة'], value: 4, cat: 'ordinal', reason: 'fourth' },
  { forms: ['خامس', 'خامسة'], value: 5, cat: 'ordinal', reason: 'fifth' },
  { forms: ['سادس', 'سادسة'], value: 6, cat: 'ordinal', reason: 'sixth' },
  { forms: ['سابع', 'سابعة'], value: 7, cat: 'ordinal', reason: 'seventh' },
  { forms: ['ثامن', 'ثامنة'], value: 8, cat: 'ordinal', reason: 'eighth' },
  { forms: ['تاسع', 'تاسعة'], value: 9, cat: 'ordinal', reason: 'ninth' },
  { forms: ['عاشر', 'عاشرة'], value: 10, cat: 'ordinal', reason: 'tenth' },
  { forms: ['حادي', 'حادية'], value: 1, cat: 'compound', reason: 'الحادي عشر / الحادي والعشرون: only in compounds' },
  { forms: ['واحد', 'واحدة'], value: 1, cat: 'cardinal', reason: 'one' },
  { forms: ['احد', 'احدى'], value: 1, cat: 'compound', reason: 'احد عشر: only in compounds' },
  { forms: ['اثنان', 'اثنين', 'اثنتان', 'اثنتين', 'اثنا', 'اثني', 'اثنتا', 'اثنتي', 'اثنى'], value: 2, cat: 'cardinal', reason: 'two' },
  { forms: ['ثلاث', 'ثلاثة', 'تلات', 'تلاتة'], value: 3, cat: 'cardinal', reason: 'three' },
  { forms: ['اربع', 'اربعة'], value: 4, cat: 'cardinal', reason: 'four' },
  { forms: ['خمس', 'خمسة'], value: 5, cat: 'cardinal', reason: 'five' },
  { forms: ['ست', 'ستة'], value: 6, cat: 'cardinal', reason: 'six' },
  { forms: ['سبع', 'سبعة'], value: 7, cat: 'cardinal', reason: 'seven' },
  { forms: ['ثمان', 'ثماني', 'ثمانية', 'تمانية'], value: 8, cat: 'cardinal', reason: 'eight' },
  { forms: ['تسع', 'تسعة'], value: 9, cat: 'cardinal', reason: 'nine' },
  { forms: ['عشر', 'عشرة'], value: 10, cat: 'ten', reason: 'ten, and the second part of a teen (ثلاثة عشر)' },
  ...DIALECT_TEENS,
  { forms: ['عشرين', 'عشرون'], value: 20, cat: 'tens', reason: 'twenty' },
  ...DIALECT_TENS,
  { forms: ['ثلاثين', 'ثلاثون'], value: 30, cat: 'tens', reason: 'thirty' },
  { forms: ['اربعين', 'اربعون'], value: 40, cat: 'tens', reason: 'forty' },
  { forms: ['خمسين', 'خمسون'], value: 50, cat: 'tens', reason: 'fifty' },
];

/** Fractions of an hour after و / إلا. */
export const HOUR_FRACTIONS: readonly { forms: readonly string[]; minutes: number; reason: string }[] = [
  { forms: ['ربع', 'ربعا'], minutes: 15, reason: 'quarter hour' },
  { forms: ['نصف', 'نص'], minutes: 30, reason: 'half hour' },
  { forms: ['ثلث', 'ثلثا'], minutes: 20, reason: 'third of an hour' },
];

/** Day-period words after a time: am/pm and the prayer-time anchors. */
export const DAY_PERIODS: readonly { words: readonly string[]; pm: boolean | null; reason: string }[] = [
  { words: ['صباحا'], pm: false, reason: 'in the morning' },
  { words: ['صباح'], pm: false, reason: 'morning' },
  { words: ['صبح'], pm: false, reason: 'الصبح (colloquial morning)' },
  { words: ['فجرا'], pm: false, reason: 'at dawn' },
  { words: ['فجر'], pm: false, reason: 'الفجر' },
  { words: ['قبل', 'ظهر'], pm: false, reason: 'قبل الظهر: a.m.' },
  { words: ['هذا', 'صباح'], pm: false, reason: 'this morning' },
  { words: ['ظهرا'], pm: true, reason: 'at noon (12 stays 12)' },
  { words: ['ظهر'], pm: true, reason: 'الظهر' },
  { words: ['ضهر'], pm: true, reason: 'الضهر (Egyptian spelling of الظهر)' },
  { words: ['بعد', 'ظهر'], pm: true, reason: 'بعد الظهر: p.m.' },
  { words: ['عصرا'], pm: true, reason: 'in the afternoon' },
  { words: ['عصر'], pm: true, reason: 'العصر' },
  { words: ['بعد', 'عصر'], pm: true, reason: 'بعد العصر' },
  { words: ['قبل', 'مغرب'], pm: true, reason: 'before sunset prayer' },
  { words: ['بعد', 'مغرب'], pm: true, reason: 'after sunset prayer' },
  { words: ['مغرب'], pm: true, reason: 'المغرب (sunset)' },
  { words: ['عشاء'], pm: true, reason: 'العشاء (night prayer)' },
  { words: ['مساء'], pm: true, reason: 'in the evening' },
  { words: ['مساءا', 'مساءً'], pm: true, reason: 'in the evening (spelling with alef)' },
  { words: ['ليلا'], pm: true, reason: 'at night' },
  { words: ['هذه', 'ليلة'], pm: true, reason: 'tonight' },
  { words: ['ليل'], pm: true, reason: 'الليل' },
  { words: ['زوالا'], pm: true, reason: 'at midday / early afternoon (Maghrebi: الثالثة زوالا is 15:00)' },
  { words: ['زوال'], pm: true, reason: 'الزوال (midday, Maghrebi)' },
];
