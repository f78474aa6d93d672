/**
 * Context words that make a name an organisation (recognizers/names/rules-org.ts): club-name
 * parts and acronyms with their long forms. Each group with its reason; no entry is a fixture's name.
 */

import type { WordGroup } from './function-words.js';

const w = (words: string, reason: string): WordGroup => ({ words: words.split(' '), reason });

/** Words that open a club's name before its city (ريال مدريد, دينامو كييف, ستيوا بوخارست). */
export const CLUB_PREFIXES = w(
  'ريال أتلتيكو اتلتيكو أتلتكو أتليتيكو دينامو ديناموا ستيوا سسكا سبورتنغ سبورتينغ أولمبيك اولمبيك إنتر انتر بوروسيا باير شالكه فيورنتينا لوكوموتيف سبارتاك زينيت شاختار',
  'club-name parts placed before the city the club is named after: the whole is a club, the city inside it no place',
);

/** Words that close a club's name after its city (مانشستر يونايتد, مانشستر سيتي). */
export const CLUB_SUFFIXES = w('يونايتد سيتي هوتسبير ألبيون وندررز روفرز', 'club-name parts placed after the city the club is named after');

/**
 * Acronyms and their long forms: when both appear in a document the acronym is a mention of
 * the same organisation as the long form (الأونروا after وكالة الأمم المتحدة لإغاثة …).
 */
export const ACRONYM_LONG_FORMS: ReadonlyArray<{ readonly acronym: string; readonly long: readonly string[]; readonly reason: string }> = [
  { acronym: 'الأونروا', long: ['وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين', 'وكالة غوث وتشغيل اللاجئين الفلسطينيين'], reason: 'UNRWA' },
  { acronym: 'اليونسكو', long: ['منظمة الأمم المتحدة للتربية والعلم والثقافة'], reason: 'UNESCO' },
  { acronym: 'اليونيسف', long: ['منظمة الأمم المتحدة للطفولة'], reason: 'UNICEF' },
  { acronym: 'الفاو', long: ['منظمة الأغذية والزراعة', 'منظمة الأمم المتحدة للأغذية والزراعة'], reason: 'FAO' },
  { acronym: 'الناتو', long: ['حلف شمال الأطلسي'], reason: 'NATO' },
  { acronym: 'أوبك', long: ['منظمة الدول المصدرة للنفط'], reason: 'OPEC' },
  { acronym: 'الإيسيسكو', long: ['منظمة العالم الإسلامي للتربية والعلوم والثقافة'], reason: 'ISESCO' },
  { acronym: 'الألكسو', long: ['المنظمة العربية للتربية والثقافة والعلوم'], reason: 'ALECSO' },
];
