/**
 * Currencies as data: the words and symbols news text uses, mapped to ISO 4217. A bare word
 * whose country is ambiguous (درهم, دينار, ليرة, ريال) has `iso: null` and `byCountry`; the
 * recogniser then looks at which countries the document talks about (COUNTRY_CUES) and
 * picks the currency only when exactly one candidate country is mentioned.
 * Forms are normalised (no diacritics, أ/إ/آ → ا) and matched with foldKey().
 */

export interface CurrencyWord {
  forms: readonly string[];
  /** ISO 4217 when the word alone says it. */
  iso: string | null;
  /** Country (ISO 3166 alpha-2) → currency, for a bare ambiguous word. */
  byCountry?: Readonly<Record<string, string>>;
  /** The word is a dual that states the amount 2 (دولارين). */
  dual?: boolean;
  /** A minor unit: its amount is hundredths of the major unit (سنت). */
  minor?: boolean;
  /**
   * The word is a currency whose amounts are usually written with three decimals (دينار:
   * 1.500 دينار is one and a half Tunisian or Kuwaiti dinars), so a dot before three digits
   * stays a decimal point when the country is not known.
   */
  millesimal?: boolean;
  reason: string;
}

export const CURRENCY_WORDS: readonly CurrencyWord[] = [
  { forms: ['دولار', 'دولارا', 'دولارات', 'دولارًا'], iso: 'USD', reason: 'دولار in Arabic news is the US dollar unless an adjective says otherwise' },
  { forms: ['دولاران', 'دولارين'], iso: 'USD', dual: true, reason: 'two dollars (dual)' },
  { forms: ['يورو', 'اورو', 'يوروهات'], iso: 'EUR', reason: 'euro (اورو in the Maghreb)' },
  { forms: ['جنيه', 'جنيها', 'جنيهات', 'جنية'], iso: 'EGP', reason: 'جنيه alone in Arabic news is the Egyptian pound; إسترليني makes it GBP' },
  { forms: ['جنيهين', 'جنيهان'], iso: 'EGP', dual: true, reason: 'two pounds (dual)' },
  { forms: ['ريال', 'ريالا', 'ريالات'], iso: null, byCountry: { SA: 'SAR', QA: 'QAR', OM: 'OMR', YE: 'YER', IR: 'IRR' }, reason: 'ريال: Saudi, Qatari, Omani, Yemeni or Iranian by context' },
  { forms: ['درهم', 'درهما', 'دراهم'], iso: null, byCountry: { MA: 'MAD', AE: 'AED' }, reason: 'درهم: Moroccan or Emirati by context' },
  { forms: ['دينار', 'دينارا', 'دنانير'], iso: null, millesimal: true, byCountry: { KW: 'KWD', JO: 'JOD', IQ: 'IQD', BH: 'BHD', TN: 'TND', DZ: 'DZD', LY: 'LYD', RS: 'RSD' }, reason: 'دينار: by country context' },
  { forms: ['ليرة', 'ليرات', 'ليره'], iso: null, byCountry: { LB: 'LBP', TR: 'TRY', SY: 'SYP' }, reason: 'ليرة: Lebanese, Turkish or Syrian by context' },
  { forms: ['شيكل', 'شيقل', 'شيكلا', 'شيقلا', 'شواقل', 'شيكلات', 'شيقلات'], iso: 'ILS', reason: 'Israeli new shekel' },
  { forms: ['ين'], iso: 'JPY', reason: 'Japanese yen (only after a number)' },
  { forms: ['يوان', 'يوانات'], iso: 'CNY', reason: 'Chinese yuan' },
  { forms: ['روبل', 'روبلا', 'روبلات'], iso: 'RUB', reason: 'Russian rouble' },
  { forms: ['روبية', 'روبيات'], iso: null, byCountry: { IN: 'INR', PK: 'PKR', ID: 'IDR' }, reason: 'rupee/rupiah by context' },
  { forms: ['تينغي', 'تنغي', 'تينغ', 'تنغ', 'تينج'], iso: 'KZT', reason: 'Kazakh tenge' },
  { forms: ['فرنك', 'فرنكا', 'فرنكات'], iso: null, byCountry: { CH: 'CHF' }, reason: 'franc: Swiss by context' },
  { forms: ['بيتكوين'], iso: 'XBT', reason: 'bitcoin (non-ISO code XBT, widely used)' },
  { forms: ['سنت', 'سنتا', 'سنتات', 'سينت', 'سينتات'], iso: null, minor: true, reason: 'cent: hundredths of the major unit' },
];

/** Adjectives after a currency word that fix its ISO code (دينار كويتي → KWD). */
export const CURRENCY_ADJECTIVES: readonly { forms: readonly string[]; base: readonly string[]; iso: string; reason: string }[] = [
  { forms: ['امريكي', 'امريكية', 'اميركي', 'اميركية', 'امريكيا'], base: ['دولار'], iso: 'USD', reason: 'US dollar' },
  { forms: ['كندي', 'كندية'], base: ['دولار'], iso: 'CAD', reason: 'Canadian dollar' },
  { forms: ['استرالي', 'استرالية'], base: ['دولار'], iso: 'AUD', reason: 'Australian dollar' },
  { forms: ['استرليني', 'استرلينية', 'استرلينيا'], base: ['جنيه'], iso: 'GBP', reason: 'pound sterling' },
  { forms: ['مصري', 'مصرية', 'مصريه', 'مصريا'], base: ['جنيه'], iso: 'EGP', reason: 'Egyptian pound' },
  { forms: ['سوداني', 'سودانية'], base: ['جنيه'], iso: 'SDG', reason: 'Sudanese pound' },
  { forms: ['سعودي', 'سعودية', 'سعوديا'], base: ['ريال'], iso: 'SAR', reason: 'Saudi riyal' },
  { forms: ['قطري', 'قطرية', 'قطريا'], base: ['ريال'], iso: 'QAR', reason: 'Qatari riyal' },
  { forms: ['عماني', 'عمانية', 'عمانيا'], base: ['ريال'], iso: 'OMR', reason: 'Omani rial' },
  { forms: ['يمني', 'يمنية', 'يمنيا'], base: ['ريال'], iso: 'YER', reason: 'Yemeni rial' },
  { forms: ['ايراني', 'ايرانية', 'ايرانيا'], base: ['ريال'], iso: 'IRR', reason: 'Iranian rial' },
  { forms: ['مغربي', 'مغربية', 'مغربيا'], base: ['درهم'], iso: 'MAD', reason: 'Moroccan dirham' },
  { forms: ['اماراتي', 'اماراتية', 'اماراتيا'], base: ['درهم'], iso: 'AED', reason: 'UAE dirham' },
  { forms: ['كويتي', 'كويتية', 'كويتيا'], base: ['دينار'], iso: 'KWD', reason: 'Kuwaiti dinar' },
  { forms: ['اردني', 'اردنية', 'اردنيا'], base: ['دينار'], iso: 'JOD', reason: 'Jordanian dinar' },
  { forms: ['عراقي', 'عراقية', 'عراقيا'], base: ['دينار'], iso: 'IQD', reason: 'Iraqi dinar' },
  { forms: ['بحريني', 'بحرينية', 'بحرينيا'], base: ['دينار'], iso: 'BHD', reason: 'Bahraini dinar' },
  { forms: ['تونسي', 'تونسية', 'تونسيا'], base: ['دينار'], iso: 'TND', reason: 'Tunisian dinar' },
  { forms: ['جزائري', 'جزائرية', 'جزائريا'], base: ['دينار'], iso: 'DZD', reason: 'Algerian dinar' },
  { forms: ['ليبي', 'ليبية', 'ليبيا'], base: ['دينار'], iso: 'LYD', reason: 'Libyan dinar' },
  { forms: ['لبنانية', 'لبناني', 'لبنانيه'], base: ['ليرة'], iso: 'LBP', reason: 'Lebanese pound' },
  { forms: ['تركية', 'تركي', 'تركيه'], base: ['ليرة'], iso: 'TRY', reason: 'Turkish lira' },
  { forms: ['سورية', 'سوري', 'سوريه'], base: ['ليرة'], iso: 'SYP', reason: 'Syrian pound' },
  { forms: ['سويسري', 'سويسرية', 'سويسريا'], base: ['فرنك'], iso: 'CHF', reason: 'Swiss franc' },
  { forms: ['هندية', 'هندي'], base: ['روبية'], iso: 'INR', reason: 'Indian rupee' },
  { forms: ['باكستانية', 'باكستاني'], base: ['روبية'], iso: 'PKR', reason: 'Pakistani rupee' },
  { forms: ['ياباني'], base: ['ين'], iso: 'JPY', reason: 'Japanese yen' },
  { forms: ['صيني'], base: ['يوان'], iso: 'CNY', reason: 'Chinese yuan' },
  { forms: ['روسي', 'روسيا'], base: ['روبل'], iso: 'RUB', reason: 'Russian rouble' },
];

/** Symbols and abbreviations written next to digits. */
export const CURRENCY_SYMBOLS: readonly { symbol: string; iso: string | null; minor?: boolean; reason: string }[] = [
  { symbol: '$', iso: 'USD', reason: 'dollar sign: US dollar in Arabic news' },
  { symbol: '€', iso: 'EUR', reason: 'euro sign' },
  { symbol: '£', iso: 'GBP', reason: 'pound sign: sterling' },
  { symbol: '¥', iso: 'JPY', reason: 'yen sign' },
  { symbol: '₪', iso: 'ILS', reason: 'shekel sign' },
  { symbol: '₺', iso: 'TRY', reason: 'lira sign' },
  { symbol: '₽', iso: 'RUB', reason: 'rouble sign' },
  { symbol: '₹', iso: 'INR', reason: 'rupee sign' },
  { symbol: '¢', iso: null, minor: true, reason: 'cent sign' },
];

/** Arabic abbreviations written with dots (ج.م = جنيه مصري). Letters are listed without the dots. */
export const CURRENCY_ABBREVIATIONS: readonly { letters: readonly string[]; iso: string; reason: string }[] = [
  { letters: ['ج', 'م'], iso: 'EGP', reason: 'ج.م: جنيه مصري' },
  { letters: ['د', 'ك'], iso: 'KWD', reason: 'د.ك: دينار كويتي' },
  { letters: ['ر', 'س'], iso: 'SAR', reason: 'ر.س: ريال سعودي' },
  { letters: ['ر', 'ق'], iso: 'QAR', reason: 'ر.ق: ريال قطري' },
  { letters: ['د', 'ا'], iso: 'AED', reason: 'د.إ: درهم إماراتي' },
  { letters: ['د', 'م'], iso: 'MAD', reason: 'د.م: درهم مغربي' },
  { letters: ['ل', 'ل'], iso: 'LBP', reason: 'ل.ل: ليرة لبنانية' },
  { letters: ['د', 'ا', 'ر'], iso: 'JOD', reason: 'د.أ: دينار أردني' },
];

/** Latin-script ISO codes accepted after or before a number (42 KWD). */
export const ISO_CODES: readonly string[] = [
  'USD', 'EUR', 'GBP', 'JPY', 'CHF', 'CNY', 'RUB', 'INR', 'KZT', 'TRY', 'ILS', 'EGP', 'SAR', 'AED', 'QAR', 'KWD', 'BHD',
  'OMR', 'JOD', 'LBP', 'SYP', 'IQD', 'MAD', 'TND', 'DZD', 'LYD', 'SDG', 'YER', 'IRR', 'PKR', 'CAD', 'AUD',
];

/**
 * Words whose presence in the document points at a country, for ambiguous currencies.
 * Folded stems (no article).
 */
export const COUNTRY_CUES: readonly { forms: readonly string[]; country: string; reason: string }[] = [
  { forms: ['مغرب', 'مغربي', 'مغربية', 'رباط', 'مراكش'], country: 'MA', reason: 'Morocco' },
  { forms: ['امارات', 'اماراتي', 'اماراتية', 'دبي', 'ابوظبي'], country: 'AE', reason: 'United Arab Emirates' },
  { forms: ['سعودية', 'سعودي', 'رياض', 'جدة'], country: 'SA', reason: 'Saudi Arabia' },
  { forms: ['قطر', 'قطري', 'قطرية', 'دوحة'], country: 'QA', reason: 'Qatar' },
  { forms: ['عمان', 'عماني', 'عمانية', 'مسقط'], country: 'OM', reason: 'Oman (عمان is also Amman: Jordan cue below wins only with other cues)' },
  { forms: ['يمن', 'يمني', 'يمنية', 'صنعاء'], country: 'YE', reason: 'Yemen' },
  { forms: ['ايران', 'ايراني', 'ايرانية', 'طهران'], country: 'IR', reason: 'Iran' },
  { forms: ['كويت', 'كويتي', 'كويتية'], country: 'KW', reason: 'Kuwait' },
  { forms: ['اردن', 'اردني', 'اردنية'], country: 'JO', reason: 'Jordan' },
  { forms: ['عراق', 'عراقي', 'عراقية', 'بغداد'], country: 'IQ', reason: 'Iraq' },
  { forms: ['بحرين', 'بحريني', 'بحرينية', 'منامة'], country: 'BH', reason: 'Bahrain' },
  { forms: ['تونس', 'تونسي', 'تونسية'], country: 'TN', reason: 'Tunisia' },
  { forms: ['جزائر', 'جزائري', 'جزائرية'], country: 'DZ', reason: 'Algeria' },
  { forms: ['ليبيا', 'ليبي', 'ليبية', 'طرابلس'], country: 'LY', reason: 'Libya (طرابلس may be Tripoli, Lebanon)' },
  { forms: ['صربيا', 'صربي', 'بلغراد'], country: 'RS', reason: 'Serbia' },
  { forms: ['لبنان', 'لبناني', 'لبنانية', 'بيروت'], country: 'LB', reason: 'Lebanon' },
  { forms: ['تركيا', 'تركي', 'تركية', 'انقرة', 'اسطنبول'], country: 'TR', reason: 'Turkey' },
  { forms: ['سوريا', 'سورية', 'سوري', 'دمشق'], country: 'SY', reason: 'Syria' },
  { forms: ['هند', 'هندي', 'هندية', 'نيودلهي'], country: 'IN', reason: 'India' },
  { forms: ['باكستان', 'باكستاني', 'باكستانية'], country: 'PK', reason: 'Pakistan' },
  { forms: ['اندونيسيا', 'اندونيسي', 'اندونيسية'], country: 'ID', reason: 'Indonesia' },
  { forms: ['سويسرا', 'سويسري', 'سويسرية'], country: 'CH', reason: 'Switzerland' },
];

/**
 * ISO 4217 currencies with three minor digits (fils, millimes, baisas): before them a dot
 * followed by three digits is a decimal point (2.750 دينار تونسي = 2.75 TND), never the
 * thousands separator it is before other currencies (10.000 ريال = 10000).
 */
export const THREE_DECIMAL_CURRENCIES: readonly { iso: string; reason: string }[] = [
  { iso: 'TND', reason: 'Tunisian dinar: 1000 millimes' },
  { iso: 'KWD', reason: 'Kuwaiti dinar: 1000 fils' },
  { iso: 'BHD', reason: 'Bahraini dinar: 1000 fils' },
  { iso: 'JOD', reason: 'Jordanian dinar: 1000 fils' },
  { iso: 'IQD', reason: 'Iraqi dinar: 1000 fils (ISO 4217 keeps three digits)' },
  { iso: 'LYD', reason: 'Libyan dinar: 1000 dirhams' },
  { iso: 'OMR', reason: 'Omani rial: 1000 baisa' },
];
