/**
 * Context words that make a name an organisation (recognizers/names/rules-org.ts): club-name
 * parts, the words that make a command, a unit or a government a named institution, and
 * acronyms with their long forms. Each group with its reason; no entry is a fixture's name.
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

/** Adjectives that make الحكومة a named government (الحكومة المؤقتة, الحكومة الانتقالية). */
export const GOVERNMENT_ADJECTIVES = w(
  'المؤقتة الانتقالية الاتحادية المركزية الشرعية',
  'a government named by its status: one definite institution of a country, an organisation',
);

/** Heads of military commands and units (قيادة القوات المشتركة, اللواء الخامس). */
export const COMMAND_HEADS = w('قيادة', 'a military command, named by the forces it commands');
export const UNIT_HEADS = w('اللواء الفرقة الكتيبة الفيلق', 'a military unit named by its ordinal (اللواء الخامس): the ordinal makes اللواء a brigade, not a general');

/** Ordinals that number a unit (الخامس, الثالثة). */
export const UNIT_ORDINALS = w(
  'الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر الأولى الثانية الثالثة الرابعة الخامسة السادسة السابعة الثامنة التاسعة العاشرة',
  'ordinals that number a military unit',
);

/** Nouns of forces a command heads (قيادة القوات, قيادة الجيش). */
export const FORCE_NOUNS = w('القوات الجيش الشرطة الحرس العمليات الأركان', 'the forces a command leads');

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
