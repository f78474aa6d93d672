/**
 * Qualifier phrases around a number, as data. Each phrase is a list of words (normalised,
 * no diacritics); the first word may carry a proclitic (بنحو, لحوالي). Qualifiers are INSIDE
 * the number span (see src/recognizers/numbers/index.ts) and recorded as attributes; verbs
 * come in both genders (لا يقل / لا تقل عن).
 */
import type * as z from 'zod';
import type { ComparatorSchema } from '../schema/mention.js';

type Comparator = z.infer<typeof ComparatorSchema>;

export interface Qualifier {
  words: readonly string[];
  approximate?: boolean;
  comparator?: Comparator;
  /** Only when the number has a unit or currency (تحت سبعة يورو; alone تحت is "under"). */
  needsUnit?: boolean;
  /** A verb phrase that describes the number (ما يقارب, يناهز, لا يتجاوز): it sets the
   *  attribute but stays outside the span; particles and fixed phrases are inside. */
  outside?: boolean;
  reason: string;
}

/** Phrases before the number. Longest phrases are tried first. */
export const PREFIX_QUALIFIERS: readonly Qualifier[] = [
  { words: ['نحو'], approximate: true, reason: 'about' },
  { words: ['حوالي'], approximate: true, reason: 'about (also حوالى)' },
  { words: ['قرابة'], approximate: true, reason: 'nearly' },
  { words: ['زهاء'], approximate: true, reason: 'about' },
  { words: ['ما', 'يقارب'], outside: true, approximate: true, reason: 'approximately' },
  { words: ['يقارب'], outside: true, approximate: true, reason: 'approximately' },
  { words: ['ما', 'يقرب', 'من'], outside: true, approximate: true, reason: 'close to' },
  { words: ['ما', 'يناهز'], outside: true, approximate: true, reason: 'approaching' },
  { words: ['يناهز'], outside: true, approximate: true, reason: 'approaching' },
  { words: ['بحدود'], approximate: true, reason: 'in the region of' },
  { words: ['في', 'حدود'], approximate: true, reason: 'in the region of' },
  { words: ['تقريبا'], approximate: true, reason: 'approximately (before the number)' },
  { words: ['اكثر', 'من'], comparator: 'gt', reason: 'more than' },
  { words: ['ازيد', 'من'], comparator: 'gt', reason: 'more than (Maghreb)' },
  { words: ['ما', 'يزيد', 'على'], comparator: 'gt', reason: 'more than' },
  { words: ['ما', 'يزيد', 'عن'], comparator: 'gt', reason: 'more than' },
  { words: ['يزيد', 'على'], comparator: 'gt', reason: 'more than' },
  { words: ['يزيد', 'عن'], comparator: 'gt', reason: 'more than' },
  { words: ['ما', 'يربو', 'على'], comparator: 'gt', reason: 'upwards of' },
  { words: ['يربو', 'على'], comparator: 'gt', reason: 'upwards of' },
  { words: ['ما', 'فوق'], comparator: 'gt', reason: 'above' },
  { words: ['فوق'], comparator: 'gt', needsUnit: true, reason: 'above (only with a unit)' },
  { words: ['اقل', 'من'], comparator: 'lt', reason: 'less than' },
  { words: ['ما', 'دون'], comparator: 'lt', reason: 'below' },
  { words: ['تحت'], comparator: 'lt', needsUnit: true, reason: 'under (only with a unit)' },
  { words: ['ما', 'لا', 'يقل', 'عن'], comparator: 'gte', reason: 'no less than' },
  { words: ['لا', 'يقل', 'عن'], comparator: 'gte', reason: 'no less than' },
  { words: ['على', 'الاقل'], comparator: 'gte', reason: 'at least' },
  { words: ['ما', 'لا', 'يزيد', 'على'], comparator: 'lte', reason: 'no more than' },
  { words: ['ما', 'لا', 'يزيد', 'عن'], comparator: 'lte', reason: 'no more than' },
  { words: ['لا', 'يزيد', 'على'], comparator: 'lte', reason: 'no more than' },
  { words: ['لا', 'يزيد', 'عن'], comparator: 'lte', reason: 'no more than' },
  { words: ['على', 'الاكثر'], comparator: 'lte', reason: 'at most' },
  { words: ['حتى'], comparator: 'lte', needsUnit: true, reason: 'up to (only with a unit)' },
  // Feminine verb forms (the subject is feminine: نسبة لا تقل عن 30 في المئة).
  { words: ['ما', 'تقارب'], outside: true, approximate: true, reason: 'approximately (feminine)' },
  { words: ['تقارب'], outside: true, approximate: true, reason: 'approximately (feminine)' },
  { words: ['ما', 'تناهز'], outside: true, approximate: true, reason: 'approaching (feminine)' },
  { words: ['تناهز'], outside: true, approximate: true, reason: 'approaching (feminine)' },
  { words: ['ما', 'تزيد', 'على'], comparator: 'gt', reason: 'more than (feminine)' },
  { words: ['ما', 'تزيد', 'عن'], comparator: 'gt', reason: 'more than (feminine)' },
  { words: ['تزيد', 'على'], comparator: 'gt', reason: 'more than (feminine)' },
  { words: ['تزيد', 'عن'], comparator: 'gt', reason: 'more than (feminine)' },
  { words: ['تربو', 'على'], comparator: 'gt', reason: 'upwards of (feminine)' },
  { words: ['ما', 'لا', 'تقل', 'عن'], comparator: 'gte', reason: 'no less than (feminine)' },
  { words: ['لا', 'تقل', 'عن'], comparator: 'gte', reason: 'no less than (feminine)' },
  { words: ['ما', 'لا', 'تزيد', 'على'], comparator: 'lte', reason: 'no more than (feminine)' },
  { words: ['ما', 'لا', 'تزيد', 'عن'], comparator: 'lte', reason: 'no more than (feminine)' },
  { words: ['لا', 'تزيد', 'على'], comparator: 'lte', reason: 'no more than (feminine)' },
  { words: ['لا', 'تزيد', 'عن'], comparator: 'lte', reason: 'no more than (feminine)' },
  { words: ['ما', 'يقل', 'عن'], comparator: 'lt', reason: 'less than' },
  { words: ['ما', 'تقل', 'عن'], comparator: 'lt', reason: 'less than (feminine)' },
  { words: ['ما', 'يفوق'], outside: true, comparator: 'gt', reason: 'exceeding' },
  { words: ['يفوق'], outside: true, comparator: 'gt', reason: 'exceeding' },
  { words: ['ما', 'يتجاوز'], outside: true, comparator: 'gt', reason: 'exceeding' },
  { words: ['يتجاوز'], outside: true, comparator: 'gt', reason: 'exceeding' },
  { words: ['تتجاوز'], outside: true, comparator: 'gt', reason: 'exceeding (feminine)' },
  { words: ['لا', 'يتجاوز'], outside: true, comparator: 'lte', reason: 'does not exceed' },
  { words: ['لا', 'تتجاوز'], outside: true, comparator: 'lte', reason: 'does not exceed (feminine)' },
];

/** Phrases after the number (and its unit). */
export const SUFFIX_QUALIFIERS: readonly Qualifier[] = [
  { words: ['تقريبا'], approximate: true, reason: 'approximately' },
  { words: ['على', 'الاقل'], comparator: 'gte', reason: 'at least' },
  { words: ['على', 'الاكثر'], comparator: 'lte', reason: 'at most' },
  { words: ['او', 'اكثر'], comparator: 'gte', reason: 'or more' },
  { words: ['فاكثر'], comparator: 'gte', reason: 'or more' },
  { words: ['او', 'اقل'], comparator: 'lte', reason: 'or less' },
];

/** Words that open a range before its first number: بين X و Y, من X إلى Y. */
export const RANGE_OPENERS: readonly { words: readonly string[]; joiners: readonly string[]; reason: string }[] = [
  { words: ['ما', 'بين'], joiners: ['و'], reason: 'ما بين X و Y' },
  { words: ['بين'], joiners: ['و'], reason: 'بين X و Y' },
  { words: ['من'], joiners: ['الى', 'حتى', 'ل', 'لغاية', 'لحد'], reason: 'من X إلى/حتى/ل Y' },
];

/** Joiners of a range without an opener, only when a unit, currency or percent follows: 10-20 دولار. */
export const BARE_RANGE_JOINERS: readonly { form: string; reason: string }[] = [
  { form: '-', reason: '10-20 دولار; without a unit a hyphen pair is a score (2-1) and is skipped' },
  { form: '–', reason: 'en dash' },
  { form: 'الى', reason: '10 إلى 20 في المئة' },
];
