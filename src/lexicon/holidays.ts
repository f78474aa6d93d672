/**
 * Holidays as data: the words that name them (after default normalisation and foldKey, so
 * الأضحى is written الاضحي) and the calendar day they fall on. A year may follow (عيد الفطر
 * 2024); without one the resolver takes the occurrence around the reference date.
 */
export interface Holiday {
  /** The words in order, folded; a first word with the article also matches after a proclitic (وعيد, بعيد). */
  words: readonly string[];
  /** `greg`: a fixed Gregorian day; `hijri`: a fixed Hijri day (Umm al-Qura); `easter`: Western Easter Sunday. */
  kind: 'greg' | 'hijri' | 'easter';
  m: number;
  d: number;
  reason: string;
}

export const HOLIDAYS: readonly Holiday[] = [
  { words: ['عيد', 'الميلاد'], kind: 'greg', m: 12, d: 25, reason: 'Christmas (عيد الميلاد): 25 December' },
  { words: ['كريسماس'], kind: 'greg', m: 12, d: 25, reason: 'Christmas (كريسماس, the loanword)' },
  { words: ['عيد', 'الفطر'], kind: 'hijri', m: 10, d: 1, reason: 'Eid al-Fitr: 1 Shawwal' },
  { words: ['عيد', 'الاضحي'], kind: 'hijri', m: 12, d: 10, reason: 'Eid al-Adha: 10 Dhu al-Hijja' },
  { words: ['المولد', 'النبوي'], kind: 'hijri', m: 3, d: 12, reason: "the Prophet's birthday (المولد النبوي), a public holiday in most Arab states: 12 Rabi' al-Awwal" },
  { words: ['عيد', 'الفصح'], kind: 'easter', m: 0, d: 0, reason: 'Easter (عيد الفصح): Western Easter Sunday' },
  { words: ['راس', 'السنه', 'الهجريه'], kind: 'hijri', m: 1, d: 1, reason: 'Islamic New Year (رأس السنة الهجرية): 1 Muharram' },
  { words: ['راس', 'السنه', 'الميلاديه'], kind: 'greg', m: 1, d: 1, reason: 'New Year (رأس السنة الميلادية): 1 January' },
];
