/**
 * Nisba adjectives of nationality → ISO 3166-1 alpha-2. Each entry is the masculine singular
 * stem (no article); the feminine (ـة), plural (ـون/ـين) and the forms with the article are
 * derived at load. Reason: a nisba after a title or a person name gives the nationality
 * (وزير الخارجية الأمريكي → US), after an organisation head it belongs to the name
 * (وزارة الداخلية الكازاخستانية).
 */
import { foldKey } from '../text/normalize.js';

export const NISBA: ReadonlyArray<readonly [string, string]> = [
  ['أمريكي', 'US'], ['أميركي', 'US'], ['روسي', 'RU'], ['كازاخستاني', 'KZ'], ['كازاخي', 'KZ'], ['صيني', 'CN'],
  ['فرنسي', 'FR'], ['بريطاني', 'GB'], ['ألماني', 'DE'], ['إيطالي', 'IT'], ['إسباني', 'ES'], ['برتغالي', 'PT'],
  ['هولندي', 'NL'], ['بلجيكي', 'BE'], ['سويسري', 'CH'], ['نمساوي', 'AT'], ['سويدي', 'SE'], ['نرويجي', 'NO'],
  ['دنماركي', 'DK'], ['فنلندي', 'FI'], ['بولندي', 'PL'], ['أوكراني', 'UA'], ['بيلاروسي', 'BY'], ['يوناني', 'GR'],
  ['تركي', 'TR'], ['إيراني', 'IR'], ['عراقي', 'IQ'], ['سوري', 'SY'], ['لبناني', 'LB'], ['أردني', 'JO'],
  ['فلسطيني', 'PS'], ['إسرائيلي', 'IL'], ['مصري', 'EG'], ['سعودي', 'SA'], ['كويتي', 'KW'], ['قطري', 'QA'],
  ['بحريني', 'BH'], ['إماراتي', 'AE'], ['عماني', 'OM'], ['يمني', 'YE'], ['ليبي', 'LY'], ['تونسي', 'TN'],
  ['جزائري', 'DZ'], ['مغربي', 'MA'], ['موريتاني', 'MR'], ['سوداني', 'SD'], ['صومالي', 'SO'], ['جيبوتي', 'DJ'],
  ['إثيوبي', 'ET'], ['كيني', 'KE'], ['نيجيري', 'NG'], ['تشادي', 'TD'], ['سنغالي', 'SN'],
  ['جنوب أفريقي', 'ZA'], ['أفغاني', 'AF'], ['باكستاني', 'PK'], ['هندي', 'IN'], ['بنغلاديشي', 'BD'],
  ['ياباني', 'JP'], ['كوري', 'KR'], ['فيتنامي', 'VN'], ['إندونيسي', 'ID'], ['ماليزي', 'MY'], ['فلبيني', 'PH'],
  ['تايلندي', 'TH'], ['أسترالي', 'AU'], ['كندي', 'CA'], ['مكسيكي', 'MX'], ['برازيلي', 'BR'], ['أرجنتيني', 'AR'],
  ['فنزويلي', 'VE'], ['كوبي', 'CU'], ['تشيلي', 'CL'], ['كولومبي', 'CO'], ['أوزبكي', 'UZ'], ['قرغيزي', 'KG'],
  ['طاجيكي', 'TJ'], ['تركمانستاني', 'TM'], ['أذربيجاني', 'AZ'], ['أرميني', 'AM'], ['جورجي', 'GE'],
  ['صربي', 'RS'], ['مجري', 'HU'], ['روماني', 'RO'], ['بلغاري', 'BG'], ['تشيكي', 'CZ'], ['إيرلندي', 'IE'],
  ['أيرلندي', 'IE'], ['نيوزيلندي', 'NZ'], ['كوري الشمالي', 'KP'], ['كوري الجنوبي', 'KR'], ['قبرصي', 'CY'],
];

/** Nisba adjectives that are not nationalities but do belong to organisation names. */
export const ORG_ADJECTIVES: readonly string[] = [
  'وطني', 'قومي', 'دولي', 'عالمي', 'أوروبي', 'عربي', 'إسلامي', 'أفريقي', 'إفريقي', 'آسيوي', 'خليجي', 'اتحادي',
  'مركزي', 'جماعي', 'أعلى', 'عام', 'شعبي', 'ديمقراطي', 'جمهوري', 'اشتراكي', 'وطنية', 'مستقل', 'موحد', 'ثوري',
  'عسكري', 'أمني', 'دستوري', 'عليا', 'تجاري', 'أهلي', 'خيري', 'متحد', 'متحدة', 'حكومي', 'فيدرالي', 'فدرالي', 'ملكي', 'رياضي', 'إقليمي', 'قضائي', 'شرعي', 'نيابي', 'تشريعي',
];

export interface NisbaInfo {
  country: string;
  feminine: boolean;
  plural: boolean;
}

const table = new Map<string, NisbaInfo>();
for (const [m, iso] of NISBA) {
  const k = foldKey(m);
  table.set(k, { country: iso, feminine: false, plural: false });
  table.set(k + 'ه', { country: iso, feminine: true, plural: false });
  table.set(k + 'ون', { country: iso, feminine: false, plural: true });
  table.set(k + 'ين', { country: iso, feminine: false, plural: true });
  table.set(k + 'يه', { country: iso, feminine: true, plural: false });
}

/** Look up a nationality nisba by the folded clitic-free stem (روسي, الروسية → روسيه). */
export function nisbaOf(key: string): NisbaInfo | undefined {
  return table.get(key);
}

const orgAdj = new Set<string>();
for (const a of ORG_ADJECTIVES) {
  const k = foldKey(a);
  orgAdj.add(k);
  orgAdj.add(k + 'ه');
}

/** An adjective that can end an organisation name (الوطنية, الجماعي, العليا). */
export function isOrgAdjective(key: string): boolean {
  return orgAdj.has(key) || (key.length > 3 && (key.endsWith('يه') || key.endsWith('ي')) && table.has(key));
}

/** An institutional adjective (الوطني, المركزي, الدولي), as opposed to a bare nationality nisba. */
export function isInstitutionalAdjective(key: string): boolean {
  return orgAdj.has(key);
}
