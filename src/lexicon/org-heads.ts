/**
 * Organisation head nouns: they begin an organisation name and are part of its span
 * (وزارة الداخلية الكازاخستانية, منظمة معاهدة الأمن الجماعي). `kind` is the organisation
 * kind the head implies; `bare`: the head may take a proper name that is not a definite noun
 * (جامعة هارفارد, شركة أرامكو, حزب ليكود); `nisbaOnly`: a definite head that names an
 * organisation only with a nisba after it (الجيش العراقي, الخارجية الأمريكية).
 */
import type { OrganizationKind } from '../schema/records.js';

export interface OrgHead {
  word: string;
  kind: OrganizationKind;
  /** The head stays outside the span (صحيفة [الأهرام], فريق [الترجي الرياضي]): the name is the brand. */
  headOut?: boolean;
  /** A head with other everyday senses (حركة motion, لجنة panel, فريق team …): an organisation only with a name-like complement. */
  generic?: boolean;
  bare?: boolean;
  nisbaOnly?: boolean;
  reason: string;
}

const h = (words: string, kind: OrganizationKind, reason: string, extra: Partial<OrgHead> = {}): OrgHead[] =>
  words.split(' ').map((word) => ({ word, kind, reason, ...extra }));

export const ORG_HEADS: readonly OrgHead[] = [
  ...h('وزارة', 'ministry', 'a ministry is named by its portfolio'),
  ...h('منظمة', 'international', 'an organisation'),
  ...h('مفوضية مديرية مصلحة ديوان بلدية برلمان', 'government', 'a public body'),
  ...h('لجنة هيئة مجلس مكتب دائرة إدارة سلطة', 'government', 'a public body', { generic: true }),
  ...h('حزب تحالف ائتلاف تيار', 'party', 'a political party', { bare: true }),
  ...h('كتلة', 'party', 'a parliamentary bloc, named by its party (كتلة نداء تونس); also mass (كتلة الذرة)', { bare: true, generic: true }),
  ...h('جبهة ميليشيا ميليشيات', 'movement', 'a movement or armed group'),
  ...h('حركة جماعة', 'movement', 'a movement or armed group', { generic: true }),
  ...h('جامعة كلية أكاديمية معهد', 'university', 'a university or institute', { bare: true }),
  ...h('شركة', 'company', 'a company', { bare: true }),
  ...h('مجموعة مصنع', 'company', 'a company', { bare: true, generic: true }),
  ...h('وكالة', 'agency', 'an agency', { bare: true }),
  ...h('صحيفة جريدة مجلة قناة إذاعة تلفزيون', 'media', 'a news medium', { bare: true, headOut: true }),
  ...h('مصرف بنك بورصة', 'bank', 'a bank', { bare: true }),
  ...h('صندوق اتحاد مؤسسة رابطة نقابة', 'other', 'an institution', { bare: true }),
  ...h('برنامج مركز غرفة جمعية مستشفى', 'other', 'an institution', { bare: true, generic: true }),
  ...h('قوات جيش كتيبة فيلق', 'military', 'an armed force', { generic: true }),
  ...h('جهاز شرطة مخابرات', 'security', 'a security service', { generic: true }),
  ...h('محكمة نيابة', 'court', 'a court', { generic: true }),
  ...h('نادي', 'sport', 'a sports club', { bare: true, headOut: true }),
  // فريق is also any team or panel (فريق الدفاع, فريق عمل): it needs a name-like complement.
  ...h('فريق', 'sport', 'a sports club', { bare: true, headOut: true, generic: true }),
  ...h('منتخب', 'sport', 'a sports team', { bare: true, generic: true }),
  // Definite heads that are organisations only with a nisba: الجيش العراقي, الخارجية الأمريكية.
  ...h('الجيش', 'military', 'the army of a country', { nisbaOnly: true }),
  ...h('الخارجية الداخلية الدفاع', 'ministry', 'a ministry named by its portfolio alone', { nisbaOnly: true }),
  ...h('الشرطة البحرية المخابرات', 'security', 'a national force', { nisbaOnly: true }),
  ...h('المنتخب', 'sport', 'a national team named by its nisba (المنتخب الكندي)', { nisbaOnly: true }),
];

/** Words that end an organisation's complement: dates, time words, qualifiers. */
export const ORG_STOP: readonly string[] = [
  'السابق', 'السابقة', 'الحالي', 'الحالية', 'اليوم', 'أمس', 'الماضي', 'الماضية', 'المقبل', 'المقبلة', 'الجاري', 'الجارية',
  'السبت', 'الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'العام', 'الأسبوع', 'الشهر', 'الذي', 'التي',
  'الذين', 'اللذين', 'البالغ', 'البالغة', 'الأسبق', 'التابع', 'التابعة', 'المعني', 'المعنية', 'المسؤول', 'المسؤولة', 'المختص', 'المختصة', 'المكلف', 'المكلفة', 'الجديد', 'الجديدة', 'اللتين', 'أيضا', 'الآن', 'نفسه', 'نفسها', 'البلاد', 'الأخير', 'الأخيرة',
];

/**
 * Complement words that refine the kind a head gives (`refines` → `kind`): a government
 * body whose complement is about security (جهاز أمن الدولة, هيئة الاستخبارات) is a security
 * service; an agency of news (وكالة الأنباء) is a medium.
 */
export const KIND_REFINERS: readonly { words: readonly string[]; refines: readonly OrganizationKind[]; kind: OrganizationKind; reason: string }[] = [
  { words: ['أمن', 'مخابرات', 'استخبارات', 'شرطة'], refines: ['government', 'other'], kind: 'security', reason: 'security, intelligence and police bodies' },
  { words: ['أنباء', 'إعلام', 'أخبار'], refines: ['agency'], kind: 'media', reason: 'news agencies are media' },
];

