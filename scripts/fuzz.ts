/**
 * The fuzz suite (issue 15): generators of hostile and realistic input, and the invariants
 * every extract() result must keep. `npm test` runs it with a fixed seed and a bounded count
 * (__tests__/fuzz.test.ts); `npm run fuzz` runs 100,000+ cases with a random seed, printed so
 * a failure can be replayed: `npm run fuzz -- --seed 12345 --runs 100000`.
 *
 * Invariants: no exception (invalid options: KashifError INVALID_OPTIONS and nothing else),
 * the result is schema-valid, input.slice(start, end) === text, mentions sorted and
 * non-overlapping, date values valid ISO 8601 (years 1-9999) with ranges in order, every
 * entityId resolves to a record of the mention's type that lists it (and back), and the
 * result does not depend on what was extracted before (determinism across call order).
 */
import fc from 'fast-check';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as kashif from '../src/index.js';

type Api = Pick<typeof kashif, 'extract' | 'ExtractResultSchema' | 'KashifError'>;
type Options = Parameters<typeof kashif.extract>[1];

// ---------------------------------------------------------------- generators

const bmpUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)); // lone surrogates included
/** Any UTF-16: arbitrary code units (lone surrogates, NUL, controls) and whole code points. */
export const anyUtf16 = fc.oneof(fc.string({ unit: bmpUnit, maxLength: 300, size: 'medium' }), fc.string({ unit: 'binary', maxLength: 300, size: 'medium' }), fc.string({ unit: 'grapheme', maxLength: 150, size: 'medium' }));

const LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهويةىءأإآؤئ'.split('');
const MARKS = ['\u064B', '\u064C', '\u064D', '\u064E', '\u064F', '\u0650', '\u0651', '\u0652', '\u0670', '\u06E1'];
const DIGITS = '0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹'.split('');
/** Arabic letters with diacritics, tatweel, Arabic-Indic / Persian / ASCII digits, punctuation and invisibles. */
export const arabicMarked = fc.string({
  unit: fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...LETTERS) },
    { weight: 3, arbitrary: fc.constantFrom(...MARKS) },
    { weight: 1, arbitrary: fc.constant('ـ') },
    { weight: 2, arbitrary: fc.constantFrom(...DIGITS) },
    { weight: 3, arbitrary: fc.constantFrom(' ', ' ', '\n', '،', '.', '؟', '٫', '٬', '٪', '\u200F', '\u200C', '\u00A0', '/', '-') },
  ),
  maxLength: 300,
  size: 'medium',
});

const NEWS_WORDS = [
  'الرئيس', 'وزير', 'الخارجية', 'رئيس', 'الوزراء', 'المتحدث', 'باسم', 'الحكومة', 'قال', 'أعلن', 'أكد', 'إن', 'أن', 'في', 'من', 'إلى', 'على', 'عن',
  'محمد', 'بن', 'عبد', 'الله', 'أبو', 'آل', 'نزارباييف', 'بوتين', 'ماكرون', 'بايدن', 'توكاييف', 'أحمد', 'فاطمة',
  'وزارة', 'شركة', 'بنك', 'جامعة', 'حزب', 'منظمة', 'الأمم', 'المتحدة', 'الاتحاد', 'الأوروبي', 'حلف', 'شمال', 'الأطلسي', 'الكرملين',
  'مدينة', 'القاهرة', 'الرياض', 'موسكو', 'باريس', 'كازاخستان', 'مصر', 'الأمريكي', 'الروسي', 'الفرنسي',
  'مليون', 'مليار', 'ألف', 'دولار', 'يورو', 'جنيه', 'في المئة', 'بالمئة', 'نحو', 'أكثر من', 'أقل من', 'ما بين', 'حوالي', 'عامًا', 'كيلومتر',
  'يناير', 'فبراير', 'مارس', 'كانون الثاني', 'رمضان', 'شوال', 'هـ', 'م', 'الخميس', 'السبت', 'اليوم', 'أمس', 'غدا', 'المقبل', 'الماضي', 'الأسبوع', 'الشهر', 'العام',
  'ثلاثة', 'عشرين', 'الأول', 'الثاني', 'نصف', 'ربع', 'ثلث',
  '2022', '2024', '1445', '9', '31', '15', '2,2', '3.5', '١٢', '٢٠٢٢', '12/3/2021', '-', '/', '(', ')', '،', '.', ':', '"',
];
const PROCLITICS = ['', '', '', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'وال', 'بال', 'لل', 'وبال', 'س'];
const ENCLITICS = ['', '', '', '', 'ه', 'ها', 'هم', 'هما', 'كم', 'نا', 'ي'];
/** News vocabulary with proclitics and enclitics glued on, joined by spaces, punctuation and newlines. */
export const newsText = fc
  .array(
    fc.tuple(fc.constantFrom(...PROCLITICS), fc.constantFrom(...NEWS_WORDS), fc.constantFrom(...ENCLITICS), fc.constantFrom(' ', ' ', ' ', ' ', '، ', '. ', '\n', '', ' - ')),
    { maxLength: 60, size: 'medium' },
  )
  .map((parts) => parts.map(([p, w, e, sep]) => p + w + e + sep).join(''));

const LATIN_BITS = [
  'Emmanuel Macron', 'Paris', 'NATO', 'AFP', 'Reuters', 'DW', 'the', 'visited', 'said', 'January 6, 2022', 'March', '12 May 2023',
  'https://www.dw.com/ar/a-60350123', 'http://example.com/?q=١٢&x=%D8%A7', 'www.bbc.co.uk', '#كازاخستان', '#Breaking_News', '@AFP', '@وزارة_الخارجية',
  'info@example.org', 'Foto: picture-alliance/dpa', 'U.S.', 'Dr.', 'COVID-19', 'iPhone', 'e-mail', '😀', '🇺🇸', '...',
];
/** Arabic news text mixed with Latin names, dates, URLs, hashtags, mentions and e-mail addresses. */
export const mixedText = fc
  .array(fc.oneof({ weight: 3, arbitrary: newsText }, { weight: 2, arbitrary: fc.constantFrom(...LATIN_BITS) }), { maxLength: 12, size: 'medium' })
  .map((xs) => xs.join(' '));

/** Long tokens: one word, digit run or URL of thousands of characters, with or without clitics. */
export const longTokens = fc
  .tuple(
    fc.constantFrom('ب', 'ال', 'و', '9', '٣', 'a', 'A', '\u064E', 'ـ', '.', ',', '/', 'http://x.com/', '#', '@', 'بّ', 'مليون'),
    fc.integer({ min: 100, max: 6000 }),
    fc.constantFrom('', 'و', 'بال', 'الرئيس '),
    fc.constantFrom('', ' مليون دولار', ' عامًا', '.', ' يناير 2022'),
  )
  .map(([u, n, pre, post]) => pre + u.repeat(Math.ceil(n / u.length)) + post);

const validReferenceDates = fc.oneof(
  fc.constantFrom('2022-01-09', '2024-02-29', '0050-06-15', '9999-12-31', '0001-01-01', '2022-01-09T10:00', '2022-01-09T23:59:59Z', '2022-01-09T01:00:00+03:00'),
  fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }),
  fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }).map((d) => d.toISOString()),
);
const referenceDates = fc.oneof(
  fc.constantFrom('2022-01-09', '2024-02-29', '0050-06-15', '9999-12-31', '0001-01-01', '2022-01-09T10:00', '2022-01-09T23:59:59Z', '2022-01-09T01:00:00+03:00', '2013-02-12T04:30:00'),
  // invalid: impossible days, out-of-range parts, not ISO at all
  fc.constantFrom('2022-02-30', '2023-02-29', '2022-04-31', '2022-13-01', '0000-01-01', '2022-01-09T24:00', '2022-01-09T10:00+25:00', 'yesterday', '', '20220109'),
  fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: false }),
  fc.string({ maxLength: 25 }),
);
const gazetteerEntries = fc.array(
  fc.record(
    { text: fc.oneof(fc.constantFrom('الكرملين', 'وزارة الخارجية', 'نور سلطان نزارباييف', 'محمد'), fc.array(fc.constantFrom('بوتين', 'القاهرة', 'شركة أرامكو'), { minLength: 1, maxLength: 3 })), type: fc.constantFrom('person', 'organization', 'location'), canonical: fc.constantFrom('الاسم', 'Name'), id: fc.constantFrom('Q1', 'Q42') },
    { requiredKeys: ['text', 'type'] },
  ),
  { maxLength: 4 },
);
const validOptions = fc.record(
  {
    referenceDate: fc.oneof({ weight: 4, arbitrary: validReferenceDates }, { weight: 1, arbitrary: referenceDates }),
    forwardDates: fc.boolean(),
    types: fc.subarray(['person', 'organization', 'location', 'date', 'number'] as const, { minLength: 1 }),
    gazetteer: gazetteerEntries,
    model: fc.boolean(),
    rules: fc.boolean(),
    latin: fc.boolean(),
    normalize: fc.record({ diacritics: fc.boolean(), tatweel: fc.boolean(), alef: fc.boolean(), alefMaqsura: fc.boolean(), tehMarbuta: fc.boolean(), hamza: fc.boolean(), digits: fc.boolean(), persianLetters: fc.boolean(), invisibles: fc.boolean(), spaces: fc.boolean() }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);
/** One bad entry to add to otherwise valid options. */
const badEntry = fc.constantFrom<[string, unknown]>(
  ['forwardDates', 'yes'], ['types', []], ['types', ['weather']], ['types', 'person'], ['unknownOption', true], ['model', 1],
  ['normalize', { diacritics: 'no' }], ['normalize', { unknown: true }], ['gazetteer', [{ text: '', type: 'person' }]], ['gazetteer', [{ text: 'x', type: 'date' }]],
);
/** Random options: mostly valid combinations of every key, some with one invalid entry. */
export const randomOptions: fc.Arbitrary<Record<string, unknown> | undefined> = fc.oneof(
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 6, arbitrary: validOptions },
  { weight: 2, arbitrary: fc.tuple(validOptions, badEntry).map(([o, [k, v]]) => ({ ...o, [k]: v })) },
);

class OptionsLike {
  forwardDates = true;
}
/** Hostile option objects: each must give INVALID_OPTIONS, never a foreign exception. */
export const hostileOptions: fc.Arbitrary<[string, () => unknown]> = fc.constantFrom<[string, () => unknown]>(
  ['throwing getter', () => ({ get forwardDates() { throw new Error('getter'); } })],
  ['throwing nested getter', () => ({ normalize: { get diacritics() { throw new TypeError('nested'); } } })],
  ['throwing getter in a gazetteer entry', () => ({ gazetteer: [{ get text() { throw new Error('entry'); }, type: 'person' }] })],
  ['Proxy with throwing traps', () => new Proxy({}, { get() { throw new Error('get'); }, ownKeys() { throw new Error('ownKeys'); }, getOwnPropertyDescriptor() { throw new Error('gOPD'); } })],
  ['Proxy that throws on getPrototypeOf', () => new Proxy({ forwardDates: true }, { getPrototypeOf() { throw new Error('proto'); } })],
  ['revoked Proxy', () => { const r = Proxy.revocable({}, {}); r.revoke(); return r.proxy; }],
  ['revoked Proxy inside', () => { const r = Proxy.revocable({}, {}); r.revoke(); return { normalize: r.proxy }; }],
  ['revoked Proxy as gazetteer', () => { const r = Proxy.revocable([], {}); r.revoke(); return { gazetteer: r.proxy }; }],
  ['Date', () => new Date()],
  ['Map', () => new Map([['forwardDates', true]])],
  ['Set', () => new Set()],
  ['class instance', () => new OptionsLike()],
  ['RegExp', () => /x/],
  ['cycle', () => { const o: Record<string, unknown> = {}; o.normalize = o; return o; }],
  ['function', () => () => ({})],
  ['array', () => [1, 2]],
  ['boxed string', () => new String('x')],
  ['impossible referenceDate', () => ({ referenceDate: '2022-02-30' })],
  ['invalid Date referenceDate', () => ({ referenceDate: new Date(Number.NaN) })],
  ['Date far out of range', () => ({ referenceDate: new Date(8.64e15) })],
  ['a Map as normalize', () => ({ normalize: new Map() })],
  ['fake Date', () => ({ referenceDate: Object.create(Date.prototype) })],
);

// ---------------------------------------------------------------- invariants

const DATE_SIDE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?)?|-W(\d{2}))?$/;
/** Independent of the pipeline's own guard: a calendar check through Date with setUTCFullYear. */
function validSide(s: string): boolean {
  if (/^\d{2,3}$/.test(s)) return true; // decade, century
  const m = DATE_SIDE.exec(s);
  if (!m) return false;
  const y = +m[1];
  if (y < 1) return false;
  if (m[7] !== undefined) return +m[7] >= 1 && +m[7] <= 53;
  const mo = m[2] ? +m[2] : 1;
  const d = m[3] ? +m[3] : 1;
  const dt = new Date(0);
  dt.setUTCFullYear(y, mo - 1, d);
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) return false;
  return m[4] === undefined || (+m[4] <= 23 && +m[5] <= 59 && (m[6] === undefined || +m[6] <= 59));
}
function orderedRange(a: string, b: string): boolean {
  if (a.includes('W') !== b.includes('W')) return a.slice(0, 4) <= b.slice(0, 4);
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) <= b.slice(0, n);
}

function fail(message: string): never {
  throw new Error(message);
}

/** Every invariant of one result. */
export function checkResult(api: Api, input: string, result: unknown): void {
  const r = api.ExtractResultSchema.parse(result);
  let prevEnd = 0;
  const ids = new Map<string, (typeof r.entities)[number]>();
  for (const m of r.entities) {
    if (!(m.start >= prevEnd)) fail(`mention ${m.id} at ${m.start} starts before the previous one ends (${prevEnd})`);
    if (!(m.end > m.start && m.end <= input.length)) fail(`mention ${m.id} has offsets ${m.start}-${m.end} (input length ${input.length})`);
    if (input.slice(m.start, m.end) !== m.text) fail(`mention ${m.id} text ${JSON.stringify(m.text)} ≠ input.slice(${m.start}, ${m.end})`);
    if (ids.has(m.id)) fail(`duplicate mention id ${m.id}`);
    ids.set(m.id, m);
    prevEnd = m.end;
    if (m.type === 'date') {
      const parts = m.value.split('/');
      if (parts.length > 2 || !parts.every(validSide)) fail(`mention ${m.id} value ${JSON.stringify(m.value)} is not valid ISO 8601`);
      if (parts.length === 2 && !orderedRange(parts[0], parts[1])) fail(`mention ${m.id} range ${m.value} ends before it starts`);
    }
  }
  const records = [
    ...r.people.map((x) => ['person', x] as const),
    ...r.organizations.map((x) => ['organization', x] as const),
    ...r.locations.map((x) => ['location', x] as const),
  ];
  const recordOf = new Map<string, { type: string; mentionIds: string[] }>();
  for (const [type, rec] of records) {
    if (recordOf.has(rec.id)) fail(`duplicate record id ${rec.id}`);
    recordOf.set(rec.id, { type, mentionIds: rec.mentionIds });
    for (const id of rec.mentionIds) {
      const m = ids.get(id);
      if (!m) fail(`record ${rec.id} lists mention ${id}, which does not exist`);
      if (m.type !== type || !('entityId' in m) || m.entityId !== rec.id) fail(`record ${rec.id} lists ${id}, whose entityId is ${'entityId' in m ? m.entityId : '(none)'}`);
    }
  }
  for (const m of r.entities) {
    if ((m.type === 'person' || m.type === 'organization' || m.type === 'location') && m.entityId !== null) {
      const rec = recordOf.get(m.entityId);
      if (!rec || rec.type !== m.type || !rec.mentionIds.includes(m.id)) fail(`mention ${m.id} has entityId ${m.entityId}, which does not resolve`);
    }
  }
  if (r.documentDate?.mentionId && !ids.has(r.documentDate.mentionId)) fail(`documentDate.mentionId ${r.documentDate.mentionId} does not resolve`);
  for (const w of r.warnings) for (const id of w.mentionIds) if (!ids.has(id)) fail(`warning ${w.code} names mention ${id}, which does not exist`);
}

/** extract() under the invariants; invalid options may only give KashifError INVALID_OPTIONS. */
export function checkExtract(api: Api, input: string, options?: Options, expectInvalid = false): unknown {
  let result: unknown;
  try {
    result = api.extract(input, options);
  } catch (e) {
    if (e instanceof api.KashifError && e.code === 'INVALID_OPTIONS' && options !== undefined) return null;
    throw new Error(`extract threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
  }
  if (expectInvalid) fail('hostile options were accepted');
  checkResult(api, input, result);
  return result;
}

/**
 * Determinism across call order: the result for (input, options) is the same before and after
 * extracting something else (the previous case), and the same as a fresh call. `NO_REFERENCE_DATE`
 * results depend on today's date, which cannot change between two calls in one case.
 */
export function checkDeterminism(api: Api, input: string, options: Options, other: string, otherOptions?: Options): void {
  const first = checkExtract(api, input, options);
  if (first === null) return;
  checkExtract(api, other, otherOptions);
  const again = api.extract(input, options);
  if (JSON.stringify(first) !== JSON.stringify(again)) fail('the result changed after extracting another text');
}

const text = fc.oneof(anyUtf16, arabicMarked, newsText, mixedText);

/** The properties, with their share of the runs (weights sum to 1). */
export const PLANS: Array<{ name: string; weight: number; property: (api: Api) => fc.IProperty<any> }> = [
  { name: 'any UTF-16', weight: 0.2, property: (api) => fc.property(anyUtf16, (s) => void checkExtract(api, s)) },
  { name: 'Arabic with diacritics, tatweel and digits', weight: 0.15, property: (api) => fc.property(arabicMarked, (s) => void checkExtract(api, s, { referenceDate: '2022-01-09' })) },
  { name: 'news vocabulary with clitics', weight: 0.2, property: (api) => fc.property(newsText, (s) => void checkExtract(api, s)) },
  { name: 'Arabic mixed with Latin, URLs and hashtags', weight: 0.1, property: (api) => fc.property(mixedText, (s) => void checkExtract(api, s, { referenceDate: '2022-01-09' })) },
  { name: 'long tokens', weight: 0.03, property: (api) => fc.property(longTokens, (s) => void checkExtract(api, s)) },
  { name: 'random options', weight: 0.17, property: (api) => fc.property(text, randomOptions, (s, o) => void checkExtract(api, s, o as Options)) },
  {
    name: 'hostile option objects',
    weight: 0.05,
    property: (api) => fc.property(newsText, hostileOptions, (s, [, make]) => void checkExtract(api, s, make() as Options, true)),
  },
  {
    name: 'determinism across call order',
    weight: 0.1,
    property: (api) => fc.property(text, randomOptions, text, randomOptions, (a, oa, b, ob) => checkDeterminism(api, a, oa as Options, b, ob as Options)),
  },
];

/** Run every plan; returns the number of cases run. Throws (fast-check's report) on a failure. */
export function runFuzz(api: Api, total: number, seed: number, log?: (line: string) => void): number {
  let count = 0;
  for (const plan of PLANS) {
    const numRuns = Math.max(1, Math.round(total * plan.weight));
    const t0 = Date.now();
    fc.assert(plan.property(api), { numRuns, seed, endOnFailure: true });
    count += numRuns;
    log?.(`  ${plan.name}: ${numRuns} cases, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  return count;
}

/**
 * The built CommonJS bundle (what `require('kashif')` gives): `npm run fuzz` builds first. The
 * sources are not run directly here: tsx loads them as ESM, where the lazy require of franc
 * that the bundler rewrites does not exist.
 */
function builtApi(): Api {
  const req = createRequire(join(process.cwd(), 'package.json'));
  return req('./dist/index.cjs') as Api;
}

function main(): void {
  const args = process.argv.slice(2);
  const arg = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const runs = Number(arg('--runs') ?? 100_000);
  const seed = arg('--seed') !== undefined ? Number(arg('--seed')) : (Date.now() ^ Math.floor(Math.random() * 0x7fffffff)) | 0;
  if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
    process.stderr.write('usage: npm run fuzz -- [--runs N] [--seed S]\n');
    process.exit(2);
  }
  process.stdout.write(`kashif fuzz: ${runs} cases, seed ${seed} (replay: npm run fuzz -- --seed ${seed} --runs ${runs})\n`);
  const t0 = Date.now();
  try {
    const n = runFuzz(builtApi(), runs, seed, (l) => process.stdout.write(l + '\n'));
    process.stdout.write(`ok: ${n} cases, seed ${seed}, no failure (${((Date.now() - t0) / 1000).toFixed(0)} s)\n`);
  } catch (e) {
    process.stdout.write(`FAILED with seed ${seed}:\n${e instanceof Error ? e.message : String(e)}\n${e instanceof Error && e.cause instanceof Error ? `cause: ${e.cause.stack}\n` : ""}`);
    process.exit(1);
  }
}

if (/fuzz\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) main();
