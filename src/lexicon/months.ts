/**
 * Month names as data. Forms are written after kashif's default normalisation (diacritics
 * removed, أ/إ/آ → ا); the dates stage compiles them into Maps keyed by foldKey(), so ة/ه and
 * ى/ي spellings match too. Multi-word names list their words in order.
 */

export type MonthTradition = 'egyptian' | 'levantine' | 'maghrebi' | 'english';

export interface MonthName {
  /** Each form is one or more words (space separated). */
  forms: readonly string[];
  month: number;
  tradition: MonthTradition;
  /** The word is often something else (آب "father", مارس "practised", ماي "water"): only a month next to a day, year, شهر or a paired month. */
  ambiguous?: boolean;
  reason: string;
}

const EG = 'Egyptian/Gulf month name (from the Latin names)';
const LV = 'Levantine/Iraqi month name (Syriac tradition)';
const MG = 'Maghrebi month name (from the French names)';

export const GREGORIAN_MONTHS: readonly MonthName[] = [
  { forms: ['يناير', 'ينايير'], month: 1, tradition: 'egyptian', reason: `${EG}: January` },
  { forms: ['فبراير', 'فبرایر', 'فبرير'], month: 2, tradition: 'egyptian', reason: `${EG}: February` },
  { forms: ['مارس'], month: 3, tradition: 'egyptian', ambiguous: true, reason: `${EG}: March; also the verb مارس "practised"` },
  { forms: ['ابريل', 'ابريال', 'ابرايل'], month: 4, tradition: 'egyptian', reason: `${EG}: April (إبريل/أبريل)` },
  { forms: ['مايو'], month: 5, tradition: 'egyptian', reason: `${EG}: May` },
  { forms: ['يونيو', 'يونيه', 'يونية'], month: 6, tradition: 'egyptian', reason: `${EG}: June (يونيو/يونيه)` },
  { forms: ['يوليو', 'يوليه', 'يولية'], month: 7, tradition: 'egyptian', reason: `${EG}: July (يوليو/يوليه)` },
  { forms: ['اغسطس', 'اغسطوس', 'غشت'], month: 8, tradition: 'egyptian', reason: `${EG}: August (غشت in Morocco)` },
  { forms: ['سبتمبر', 'شتنبر'], month: 9, tradition: 'egyptian', reason: `${EG}: September (شتنبر in Morocco)` },
  { forms: ['اكتوبر', 'اكتوبار'], month: 10, tradition: 'egyptian', reason: `${EG}: October` },
  { forms: ['نوفمبر', 'نونبر'], month: 11, tradition: 'egyptian', reason: `${EG}: November (نونبر in Morocco)` },
  { forms: ['ديسمبر', 'دجنبر'], month: 12, tradition: 'egyptian', reason: `${EG}: December (دجنبر in Morocco)` },

  { forms: ['كانون الثاني', 'كانون ثاني'], month: 1, tradition: 'levantine', reason: `${LV}: January` },
  { forms: ['شباط'], month: 2, tradition: 'levantine', reason: `${LV}: February` },
  { forms: ['اذار'], month: 3, tradition: 'levantine', reason: `${LV}: March` },
  { forms: ['نيسان'], month: 4, tradition: 'levantine', reason: `${LV}: April` },
  { forms: ['ايار'], month: 5, tradition: 'levantine', reason: `${LV}: May` },
  { forms: ['حزيران'], month: 6, tradition: 'levantine', reason: `${LV}: June` },
  { forms: ['تموز'], month: 7, tradition: 'levantine', reason: `${LV}: July` },
  { forms: ['اب'], month: 8, tradition: 'levantine', ambiguous: true, reason: `${LV}: August; also "father"` },
  { forms: ['ايلول'], month: 9, tradition: 'levantine', reason: `${LV}: September` },
  { forms: ['تشرين الاول', 'تشرين اول'], month: 10, tradition: 'levantine', reason: `${LV}: October` },
  { forms: ['تشرين الثاني', 'تشرين ثاني'], month: 11, tradition: 'levantine', reason: `${LV}: November` },
  { forms: ['كانون الاول', 'كانون اول'], month: 12, tradition: 'levantine', reason: `${LV}: December` },

  { forms: ['جانفي'], month: 1, tradition: 'maghrebi', reason: `${MG}: janvier` },
  { forms: ['فيفري'], month: 2, tradition: 'maghrebi', reason: `${MG}: février` },
  { forms: ['افريل'], month: 4, tradition: 'maghrebi', reason: `${MG}: avril` },
  { forms: ['ماي'], month: 5, tradition: 'maghrebi', ambiguous: true, reason: `${MG}: mai; also dialect "water"` },
  { forms: ['جوان'], month: 6, tradition: 'maghrebi', ambiguous: true, reason: `${MG}: juin; also a given name` },
  { forms: ['جويلية', 'جويلة'], month: 7, tradition: 'maghrebi', reason: `${MG}: juillet` },
  { forms: ['اوت'], month: 8, tradition: 'maghrebi', ambiguous: true, reason: `${MG}: août` },
  { forms: ['سبتمبر'], month: 9, tradition: 'maghrebi', reason: `${MG}: septembre (same as Egyptian)` },
  { forms: ['اكتوبر'], month: 10, tradition: 'maghrebi', reason: `${MG}: octobre (same as Egyptian)` },
  { forms: ['نوفمبر'], month: 11, tradition: 'maghrebi', reason: `${MG}: novembre (same as Egyptian)` },
  { forms: ['ديسمبر'], month: 12, tradition: 'maghrebi', reason: `${MG}: décembre (same as Egyptian)` },
];

export const HIJRI_MONTHS: readonly MonthName[] = [
  { forms: ['محرم', 'المحرم'], month: 1, tradition: 'egyptian', reason: 'Hijri month 1, Muharram' },
  { forms: ['صفر'], month: 2, tradition: 'egyptian', ambiguous: true, reason: 'Hijri month 2, Safar; also "zero"' },
  { forms: ['ربيع الاول', 'ربيع اول', 'ربيع الاولى'], month: 3, tradition: 'egyptian', reason: 'Hijri month 3, Rabi al-Awwal' },
  { forms: ['ربيع الاخر', 'ربيع الثاني', 'ربيع ثاني', 'ربيع الاخير'], month: 4, tradition: 'egyptian', reason: 'Hijri month 4, Rabi al-Akhir/al-Thani' },
  { forms: ['جمادى الاولى', 'جمادى الاول', 'جمادى اولى'], month: 5, tradition: 'egyptian', reason: 'Hijri month 5, Jumada al-Ula' },
  { forms: ['جمادى الاخرة', 'جمادى الثانية', 'جمادى الاخر', 'جمادى الثاني', 'جمادى ثاني'], month: 6, tradition: 'egyptian', reason: 'Hijri month 6, Jumada al-Akhira' },
  { forms: ['رجب'], month: 7, tradition: 'egyptian', reason: 'Hijri month 7, Rajab' },
  { forms: ['شعبان'], month: 8, tradition: 'egyptian', ambiguous: true, reason: 'Hijri month 8, Shaban; also a given name' },
  { forms: ['رمضان'], month: 9, tradition: 'egyptian', ambiguous: true, reason: 'Hijri month 9, Ramadan; also a given name' },
  { forms: ['شوال'], month: 10, tradition: 'egyptian', reason: 'Hijri month 10, Shawwal' },
  { forms: ['ذو القعدة', 'ذي القعدة', 'ذا القعدة', 'ذو القعده'], month: 11, tradition: 'egyptian', reason: 'Hijri month 11, Dhu al-Qada (case forms ذو/ذي/ذا)' },
  { forms: ['ذو الحجة', 'ذي الحجة', 'ذا الحجة'], month: 12, tradition: 'egyptian', reason: 'Hijri month 12, Dhu al-Hijja (case forms ذو/ذي/ذا)' },
];

/** English month names for the cheap check before compromise is loaded. */
export const ENGLISH_MONTHS: readonly { form: string; month: number; reason: string }[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
].flatMap((m, i) => [
  { form: m, month: i + 1, reason: `English month name: ${m}` },
  ...(m.length > 4 ? [{ form: m.slice(0, 3), month: i + 1, reason: `English month abbreviation: ${m.slice(0, 3)}` }] : []),
  ...(m === 'september' ? [{ form: 'sept', month: 9, reason: 'English month abbreviation: sept' }] : []),
]);

/** Nouns that head a place named after a date (ملعب 5 جويلية, شارع 26 يوليو): the date is part of a name. */
export const DATE_NAME_HEADS: readonly { form: string; reason: string }[] = [
  { form: 'ملعب', reason: 'stadium named after a date (ملعب 5 جويلية)' },
  { form: 'شارع', reason: 'street named after a date (شارع 26 يوليو)' },
  { form: 'ساحة', reason: 'square named after a date' },
  { form: 'ميدان', reason: 'square named after a date' },
  { form: 'جسر', reason: 'bridge named after a date (جسر 6 أكتوبر)' },
  { form: 'مدينة', reason: 'town named after a date (مدينة 6 أكتوبر)' },
  { form: 'حي', reason: 'district named after a date' },
  { form: 'مستشفى', reason: 'hospital named after a date' },
  { form: 'جامعة', reason: 'university named after a date' },
  { form: 'ثورة', reason: 'a revolution named by its date (ثورة 25 يناير) is an event' },
  { form: 'حركة', reason: 'a movement named by its date (حركة 20 فبراير)' },
];
