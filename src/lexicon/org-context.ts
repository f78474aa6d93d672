/**
 * Context words that make a bare name an organisation (recognizers/names/rules-org.ts):
 * club-name parts, the words of match reports that govern a team, attribution verbs that
 * credit a news outlet, and the complements that make a chamber, a force or a government
 * a named institution. Each group with its reason; no entry is a fixture's name.
 */

export interface WordGroup {
  readonly words: readonly string[];
  readonly reason: string;
}

const w = (words: string, reason: string): WordGroup => ({ words: words.split(' '), reason });

/** Words that open a club's name before its city (ريال مدريد, دينامو كييف, ستيوا بوخارست). */
export const CLUB_PREFIXES = w(
  'ريال أتلتيكو اتلتيكو أتلتكو أتليتيكو دينامو ديناموا ستيوا سسكا سبورتنغ سبورتينغ أولمبيك اولمبيك إنتر انتر بوروسيا باير شالكه فيورنتينا لوكوموتيف سبارتاك زينيت شاختار',
  'club-name parts placed before the city the club is named after: the whole is a club, the city inside it no place',
);

/** Words that close a club's name after its city (مانشستر يونايتد, مانشستر سيتي). */
export const CLUB_SUFFIXES = w('يونايتد سيتي هوتسبير ألبيون وندررز روفرز', 'club-name parts placed after the city the club is named after');

/** Nouns of a match report whose genitive is a team (مدرب ليون, جماهير الأهلي, شباك برشلونة). */
export const TEAM_NOUNS = w(
  'مدرب مدربي لاعب لاعبي لاعبو نجم نجوم مهاجم حارس مدافع جماهير جمهور أنصار مشجعي شباك مرمى فريق نادي ضيفه مضيفه غريمه منافسه',
  'in a document about sport, the noun before the name governs a team: the name is the club, not its city',
);

/** Verbs of a match report whose subject or object is a team (فاز X على Y, تعادل X مع Y). */
export const TEAM_VERBS = w(
  'فاز يفوز تغلب يتغلب هزم يهزم سحق يسحق تعادل يتعادل خسر يخسر واجه يواجه التقى يلتقي استضاف يستضيف أقصى يقصي أطاح',
  'in a document about sport, the team that wins, loses or meets: the name right after the verb is a club',
);

/** Prepositions that introduce the opponent after a match verb (فاز X على Y, تعادل مع Y). */
export const OPPONENT_PREPOSITIONS = w('على أمام ضد مع', 'the opponent after a match verb');

/** Verbs that credit a news outlet (ذكرت «الشروق», أفادت «رويترز»). */
export const OUTLET_VERBS = w(
  'ذكرت أفادت أوردت نشرت نقلت كشفت أضافت قالت',
  'feminine attribution verbs: a quoted name right after them is the outlet (صحيفة, وكالة) that reported, named bare',
);

/** Complements that make مجلس a named chamber (مجلس العموم, مجلس الشيوخ). */
export const CHAMBERS = w(
  'العموم اللوردات الشيوخ النواب الأمة الشورى الوزراء الأمن الدوما الشعب الدولة',
  'legislative and executive chambers named by مجلس and one definite noun',
);

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
