/**
 * Titles, roles and honorifics that introduce a person's name. They stay outside the person
 * span and go to the record's titles. `complement`: the title usually takes a portfolio or
 * an organisation after it (وزير الخارجية, رئيس الوزراء, الناطق باسم …) before the name.
 * `female`: the title marks the person as a woman.
 */
export interface TitleWord {
  word: string;
  complement?: boolean;
  female?: boolean;
  /** A monarch or cleric title: a regnal number may follow the name (الملك فيصل الثاني). */
  regnal?: boolean;
  /** Also a common noun (الفريق "the team" or lieutenant general): a title only before a known first name. */
  ambiguous?: boolean;
}

const t = (words: string, extra: Omit<TitleWord, 'word'> = {}): TitleWord[] => words.split(' ').map((word) => ({ word, ...extra }));

export const TITLES: readonly TitleWord[] = [
  // Offices that take a portfolio or an institution before the name.
  ...t('رئيس وزير نائب مدير أمين سفير قائد زعيم مستشار محافظ حاكم عضو ناطق متحدث مبعوث مندوب ممثل منسق مفوض رئيسا وكيل مساعد عميد مرشح نقيب', { complement: true }),
  ...t('رئيسة وزيرة نائبة مديرة أمينة سفيرة قائدة زعيمة مستشارة محافظة حاكمة عضوة ناطقة متحدثة مبعوثة مندوبة ممثلة منسقة مفوضة وكيلة مساعدة عميدة مرشحة', { complement: true, female: true }),
  // Honorifics, ranks and professions that stand directly before a name.
  ...t('الشيخ الأمير الملك الإمام البابا السلطان الخليفة', { regnal: true }),
  ...t('الشيخة الأميرة الملكة السلطانة', { regnal: true, female: true }),
  // Player roles in sports news (المهاجم أيوب الكعبي): the role is a title, the first name stays
  // in the span. They are also common nouns (الحارس the guard, الجناح the wing), like الفريق
  // (the team / lieutenant general): titles only before a known first name.
  ...t('المهاجم المدافع الحارس الظهير الجناح الهداف الفريق', { ambiguous: true }),
  ...t('العميد اللواء العقيد المشير الجنرال الرائد النقيب المقدم المستشار المهندس الدكتور السيد الحاج الأستاذ القاضي المحامي النائب السفير الأسقف الكاردينال الحاخام اللاعب المدرب الفنان المطرب الكاتب الصحفي الصحافي الممثل الناشط المخرج الشاعر الروائي المفتي آية نظيره الزعيم المعارض الرئيس'),
  ...t('السيدة الدكتورة المهندسة الأستاذة الفنانة المطربة الكاتبة الصحفية الصحافية الممثلة الناشطة المخرجة الشاعرة الروائية نظيرته الرئيسة المستشارة القاضية المحامية النائبة السفيرة اللاعبة المدربة', { female: true }),
];

/** Words after a title that describe it rather than name the person (السابق, الحالي …). */
export const TITLE_QUALIFIERS: readonly string[] = [
  'السابق', 'السابقة', 'الأسبق', 'الأسبقة', 'الحالي', 'الحالية', 'الجديد', 'الجديدة', 'المنتخب', 'المنتخبة', 'المكلف', 'المكلفة',
  'المستقيل', 'المستقيلة', 'المؤقت', 'المؤقتة', 'الراحل', 'الراحلة', 'العام', 'العامة', 'الأول', 'الأولى', 'الرسمي', 'الرسمية',
  'الأعلى', 'التنفيذي', 'التنفيذية', 'المخلوع', 'المعزول', 'الفخري', 'المنتهية', 'ولايته', 'الأمريكي', 'الروسي',
];

/** Said-verbs: a run of unknown words right after one is usually the speaker's name. */
export const SAID_VERBS: ReadonlyArray<readonly [string, boolean]> = [
  ...'قال أضاف أكد أعلن صرح أوضح ذكر أشار حذر نفى دعا طالب وصف اعتبر رأى كتب غرد تابع شدد لفت أفاد أبلغ أقر اعترف هدد رد علق وعد سأل التقى استقبل زار ندد أدان رحب انتقد هاجم اتهم طلب'
    .split(' ').map((w) => [w, false] as const),
  ...'قالت أضافت أكدت أعلنت صرحت أوضحت ذكرت أشارت حذرت نفت دعت طالبت وصفت اعتبرت رأت كتبت غردت تابعت شددت لفتت أفادت أبلغت أقرت اعترفت هددت ردت علقت وعدت سألت التقت استقبلت زارت نددت أدانت رحبت انتقدت هاجمت اتهمت طلبت'
    .split(' ').map((w) => [w, true] as const),
];

/** Words that introduce a place name (العاصمة نور سلطان, مدينة ألماتي). */
export const PLACE_TRIGGERS: readonly string[] = [
  'العاصمة', 'عاصمة', 'مدينة', 'المدينة', 'بلدة', 'قرية', 'ولاية', 'محافظة', 'إقليم', 'منطقة', 'مقاطعة', 'جزيرة', 'جزر', 'نهر', 'بحيرة',
  'جبل', 'جبال', 'مطار', 'ميناء', 'مخيم', 'حي', 'شارع', 'ساحة', 'ضاحية', 'مرفأ', 'وادي', 'صحراء', 'دولة', 'جمهورية', 'مملكة', 'إمارة',
];

/** Regnal numbers after a monarch's name (فيصل الثاني). */
export const REGNAL: readonly string[] = [
  'الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر', 'الحادي عشر', 'الثاني عشر',
  'الثالث عشر', 'الرابع عشر', 'الخامس عشر', 'السادس عشر',
];

/** Name-chain connectors: kept inside the person span (حمد بن عيسى آل خليفة, عبد الله, أبو مازن). */
export const NAME_CONNECTORS: readonly string[] = ['بن', 'ابن', 'بنت', 'آل', 'أبو', 'أبي', 'أبا', 'أم', 'عبد', 'ولد', 'فان', 'دي', 'دا', 'فون', 'لو', 'ال'];

/** Facility heads: with the name after them they form one location (ملعب محمد الخامس, جسر الملك فهد, مطار القاهرة الدولي). */
export const FACILITY_HEADS: readonly string[] = ['ملعب', 'استاد', 'جسر', 'قصر', 'مطار', 'ميناء', 'مسجد', 'جامع', 'برج', 'سد', 'قلعة', 'نفق', 'محطة', 'ساحة', 'شارع', 'ميدان', 'حي', 'مخيم', 'معبر'];
