/**
 * Units that follow a number, as data. `kind` is the number kind the unit gives the mention:
 * time units make a duration (ثلاث سنوات, 90 يوما), the others a quantity (برميل, طن, كم).
 * Forms are normalised (أ/إ/آ → ا, no diacritics) and matched with foldKey().
 *
 * Policy for نسمة ("inhabitants"): it is inside the span (18 مليون نسمة) but the number
 * stays a count: kind 'cardinal' with unit 'person' (as the project's gold fixtures type it).
 */
export interface UnitWord {
  forms: readonly string[];
  unit: string;
  kind: 'quantity' | 'duration' | 'cardinal';
  /** The form is a dual that states the count 2 on its own (شهرين, يومين). */
  dual?: boolean;
  /** Only after a number: alone, the word is too ambiguous (درجة "degree/rank", عقد "contract"). */
  needsNumber?: boolean;
  reason: string;
}

export const UNIT_WORDS: readonly UnitWord[] = [
  { forms: ['سنة', 'سنوات', 'سنين', 'سنه'], unit: 'year', kind: 'duration', needsNumber: true, reason: 'year(s)' },
  { forms: ['عام', 'عاما', 'اعوام'], unit: 'year', kind: 'duration', needsNumber: true, reason: 'year(s); عاما is the tamyeez form' },
  { forms: ['سنتين', 'سنتان', 'عامين', 'عامان'], unit: 'year', kind: 'duration', dual: true, reason: 'two years' },
  { forms: ['شهر', 'شهرا', 'اشهر', 'شهور'], unit: 'month', kind: 'duration', needsNumber: true, reason: 'month(s)' },
  { forms: ['شهرين', 'شهران'], unit: 'month', kind: 'duration', dual: true, reason: 'two months' },
  { forms: ['اسبوع', 'اسبوعا', 'اسابيع'], unit: 'week', kind: 'duration', needsNumber: true, reason: 'week(s)' },
  { forms: ['اسبوعين', 'اسبوعان'], unit: 'week', kind: 'duration', dual: true, reason: 'two weeks' },
  { forms: ['يوم', 'يوما', 'ايام'], unit: 'day', kind: 'duration', needsNumber: true, reason: 'day(s)' },
  { forms: ['يومين', 'يومان'], unit: 'day', kind: 'duration', dual: true, reason: 'two days' },
  { forms: ['ساعة', 'ساعات'], unit: 'hour', kind: 'duration', needsNumber: true, reason: 'hour(s)' },
  { forms: ['ساعتين', 'ساعتان'], unit: 'hour', kind: 'duration', dual: true, reason: 'two hours' },
  { forms: ['دقيقة', 'دقائق'], unit: 'minute', kind: 'duration', needsNumber: true, reason: 'minute(s)' },
  { forms: ['دقيقتين', 'دقيقتان'], unit: 'minute', kind: 'duration', dual: true, reason: 'two minutes' },
  { forms: ['ثانية', 'ثوان', 'ثواني', 'ثوان'], unit: 'second', kind: 'duration', needsNumber: true, reason: 'second(s)' },
  { forms: ['عقد', 'عقود'], unit: 'decade', kind: 'duration', needsNumber: true, reason: 'decade(s); alone عقد is also "contract"' },
  { forms: ['عقدين'], unit: 'decade', kind: 'duration', dual: true, reason: 'two decades' },
  { forms: ['قرن', 'قرون'], unit: 'century', kind: 'duration', needsNumber: true, reason: 'century/centuries' },
  { forms: ['قرنين'], unit: 'century', kind: 'duration', dual: true, reason: 'two centuries' },

  { forms: ['برميل', 'براميل', 'برميلا'], unit: 'barrel', kind: 'quantity', needsNumber: true, reason: 'barrel (oil)' },
  { forms: ['طن', 'اطنان', 'طنا'], unit: 'ton', kind: 'quantity', needsNumber: true, reason: 'metric ton' },
  { forms: ['كيلوغرام', 'كيلوغرامات', 'كيلوجرام', 'كيلوجرامات', 'كغ', 'كلغ', 'كجم', 'كيلو'], unit: 'kg', kind: 'quantity', needsNumber: true, reason: 'kilogram' },
  { forms: ['غرام', 'غرامات', 'جرام', 'جرامات', 'غراما'], unit: 'g', kind: 'quantity', needsNumber: true, reason: 'gram' },
  { forms: ['كيلومتر', 'كيلومترات', 'كيلومترا', 'كم'], unit: 'km', kind: 'quantity', needsNumber: true, reason: 'kilometre' },
  { forms: ['متر', 'امتار', 'مترا', 'مترات'], unit: 'm', kind: 'quantity', needsNumber: true, reason: 'metre' },
  { forms: ['سنتيمتر', 'سنتيمترات', 'سم'], unit: 'cm', kind: 'quantity', needsNumber: true, reason: 'centimetre' },
  { forms: ['مليمتر', 'مليمترات', 'ملم'], unit: 'mm', kind: 'quantity', needsNumber: true, reason: 'millimetre' },
  { forms: ['ميل', 'اميال'], unit: 'mile', kind: 'quantity', needsNumber: true, reason: 'mile' },
  { forms: ['هكتار', 'هكتارات', 'هكتارا'], unit: 'hectare', kind: 'quantity', needsNumber: true, reason: 'hectare' },
  { forms: ['فدان', 'افدنة', 'فدانا'], unit: 'feddan', kind: 'quantity', needsNumber: true, reason: 'feddan (Egyptian land measure)' },
  { forms: ['دونم', 'دونمات', 'دونما'], unit: 'dunam', kind: 'quantity', needsNumber: true, reason: 'dunam (Levant land measure)' },
  { forms: ['درجة', 'درجات'], unit: 'degree', kind: 'quantity', needsNumber: true, reason: 'degree (temperature, angle); مئوية makes it celsius' },
  { forms: ['ميغاواط', 'ميجاوات', 'ميغاوات', 'ميجاواط'], unit: 'MW', kind: 'quantity', needsNumber: true, reason: 'megawatt' },
  { forms: ['كيلوواط', 'كيلووات'], unit: 'kW', kind: 'quantity', needsNumber: true, reason: 'kilowatt' },
  { forms: ['غيغاواط', 'جيجاوات', 'غيغاوات'], unit: 'GW', kind: 'quantity', needsNumber: true, reason: 'gigawatt' },
  { forms: ['لتر', 'لترات', 'ليتر', 'ليترات', 'لترا', 'ليترا'], unit: 'l', kind: 'quantity', needsNumber: true, reason: 'litre' },
  { forms: ['نسمة'], unit: 'person', kind: 'cardinal', needsNumber: true, reason: 'inhabitants: a count of people (policy: cardinal, unit person)' },
  { forms: ['قدم', 'اقدام'], unit: 'foot', kind: 'quantity', needsNumber: true, reason: 'foot' },
  { forms: ['بوصة', 'بوصات'], unit: 'inch', kind: 'quantity', needsNumber: true, reason: 'inch' },
  { forms: ['عقدة', 'عقد'], unit: 'knot', kind: 'quantity', needsNumber: true, reason: 'knot (speed); عقد after a number is read as decades first' },
];

/** Words after a unit that refine it (درجة مئوية → celsius, متر مكعب → m3). */
export const UNIT_MODIFIERS: readonly { forms: readonly string[]; base: string; unit: string; reason: string }[] = [
  { forms: ['مئوية', 'مئويه'], base: 'degree', unit: 'celsius', reason: 'degrees Celsius' },
  { forms: ['فهرنهايت'], base: 'degree', unit: 'fahrenheit', reason: 'degrees Fahrenheit' },
  { forms: ['مكعب', 'مكعبة', 'مكعبا'], base: 'm', unit: 'm3', reason: 'cubic metre' },
  { forms: ['مربع', 'مربعا', 'مربعة'], base: 'm', unit: 'm2', reason: 'square metre' },
  { forms: ['مربع', 'مربعا', 'مربعة'], base: 'km', unit: 'km2', reason: 'square kilometre' },
];

/** Latin unit abbreviations written after digits (10 km, 5 kg, 30 MW). */
export const LATIN_UNITS: readonly { forms: readonly string[]; unit: string; reason: string }[] = [
  { forms: ['km'], unit: 'km', reason: 'kilometre' },
  { forms: ['kg'], unit: 'kg', reason: 'kilogram' },
  { forms: ['m'], unit: 'm', reason: 'metre' },
  { forms: ['MW'], unit: 'MW', reason: 'megawatt' },
  { forms: ['GW'], unit: 'GW', reason: 'gigawatt' },
];

/** A dual noun that states a count of 2 without being a unit (مرتين). */
export const DUAL_COUNT_NOUNS: readonly { forms: readonly string[]; unit: string | null; reason: string }[] = [
  { forms: ['مرتين', 'مرتان'], unit: 'times', reason: 'twice: the dual of مرة states the count 2' },
  { forms: ['هدفين', 'هدفان'], unit: 'goal', reason: 'two goals (فاز بهدفين); a score line (بهدفين مقابل هدف) is not a number' },
  { forms: ['مباراتين', 'مباراتان'], unit: 'match', reason: 'two matches' },
  { forms: ['نقطتين', 'نقطتان'], unit: 'point', reason: 'two points (بفارق نقطتين)' },
  { forms: ['جولتين', 'جولتان'], unit: 'round', reason: 'two rounds (of talks, of a league)' },
  { forms: ['ولايتين', 'ولايتان'], unit: 'term', reason: 'two terms of office (لولايتين)' },
  { forms: ['مقعدين', 'مقعدان'], unit: 'seat', reason: 'two seats' },
  { forms: ['شوطين', 'شوطان'], unit: 'half', reason: 'two halves of a match' },
];

/**
 * Score lines are not numbers (ANNOTATION.md): the goal nouns that make `X مقابل Y` a score
 * (بهدفين مقابل هدف, 3 أهداف مقابل 1), and the word between the two sides.
 */
export const SCORE_NOUNS: readonly { forms: readonly string[]; count: number | null; reason: string }[] = [
  { forms: ['هدف'], count: 1, reason: 'a goal: بهدف مقابل هدفين' },
  { forms: ['هدفين', 'هدفان'], count: 2, reason: 'two goals (dual)' },
  { forms: ['اهداف', 'هدفا'], count: null, reason: 'goals after a count: بثلاثة أهداف مقابل هدف, 11 هدفا' },
];
export const SCORE_JOINERS: readonly { form: string; reason: string }[] = [
  { form: 'مقابل', reason: 'X مقابل Y: one side against the other' },
];

/** Words after a number of years that make it an age. */
export const AGE_CUES = {
  /** Nouns of "age" before the number (البالغ من العمر 62 عاما, عن عمر يناهز 81 عاما). */
  before: ['عمر', 'عمره', 'عمرها', 'عمرهم', 'سن', 'العمر', 'السن'] as readonly string[],
  /** After "N years": من العمر / من عمره. */
  after: ['العمر', 'عمره', 'عمرها'] as readonly string[],
  /** People nouns before a range of years: النساء بين 15 و49 عاما, تتراوح أعمارهم بين. */
  people: ['نساء', 'النساء', 'اطفال', 'الاطفال', 'رجال', 'الرجال', 'شباب', 'الشباب', 'فتيات', 'الفتيات', 'اعمار', 'اعمارهم', 'اعمارهن', 'العمرية', 'الاشخاص', 'اشخاص'] as readonly string[],
  reason: 'age is stated with عمر/سن near a number of years, or as (56 عامًا) in parentheses after a name',
} as const;

/** Percent written in words after a number (3 في المئة, 7 بالمائة), folded like every look-up. */
export const PERCENT_WORDS = {
  /** After في: في المئة, في المائة, colloquial في المية. */
  afterFi: ['المئة', 'المائة', 'المية', 'مئة', 'مائة'] as readonly string[],
  /** One token: بالمئة, بالمائة, بالمية. */
  oneToken: ['بالمئة', 'بالمائة', 'بالمية'] as readonly string[],
  reason: 'percent phrases: "in the hundred"; the sign % and ٪ are read as symbols',
} as const;
