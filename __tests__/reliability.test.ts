/**
 * Issue 15 (reliability): each defect owned here, turned into a permanent test.
 *   1  Latin-script text on one long line is linear (compromise reads bounded pieces)
 *   3  referenceDate with a day the month lacks → INVALID_OPTIONS (API and CLI -r);
 *      referenceDate forms: Date, ISO date, ISO datetime with Z or an offset
 *   6  no environment variable changes the output (compromise's DEBUG_* switches)
 *   7  user gazetteer compiled once into a trie: linear whatever the entries, reusable
 *  10  years 1-9999, years < 100 not shifted by 1900, never an invalid ISO value
 *  11  hostile option objects → INVALID_OPTIONS, never a foreign exception
 *  13  long texts in sections: offsets exact, records merged, memory linear in the input
 *  14  language by script first: no NOT_ARABIC on text that is mostly Arabic letters
 * Complexity checks are ratios of two sizes measured interleaved in one process, with wide
 * margins; memory is compared between two child processes. No absolute time bound.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as src from '../src/index';
import { compileGazetteer } from '../src/index';
import { isValidDateValue } from '../src/pipeline/iso';
import { SECTION, sectionBounds } from '../src/pipeline/sections';
import { pieces, PIECE, OVERLAP } from '../src/recognizers/names/latin';
import { checkResult } from '../scripts/fuzz';
import type { TextToken } from '../src/text/tokenize';

const root = join(__dirname, '..');
const CJS = join(root, 'dist', 'index.cjs');
const CLI = join(root, 'dist', 'cli.js');
type Api = typeof src;
/** Timings through the built bundle when present: jest's transformed sources are slower. */
const fast = (): Api => (existsSync(CJS) ? (require(CJS) as Api) : src);
const ARTICLE = readFileSync(join(root, 'fixtures', 'dw-kazakhstan-2022-01.txt'), 'utf8');

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    if (e instanceof src.KashifError || (e as { name?: string })?.name === 'KashifError') return (e as { code: string }).code;
    return `foreign ${(e as Error)?.name}: ${(e as Error)?.message}`;
  }
  return undefined;
}

function best(f: () => void, runs = 2): number {
  let b = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    b = Math.min(b, performance.now() - t0);
  }
  return b;
}

/** Time of f(small) and f(large), interleaved, best of three each. */
function ratio(f: (s: string) => void, small: string, large: string): { ratio: number; small: number; large: number } {
  let ts = Infinity;
  let tl = Infinity;
  for (let r = 0; r < 3; r++) {
    ts = Math.min(ts, best(() => f(small), 1));
    tl = Math.min(tl, best(() => f(large), 1));
  }
  return { ratio: tl / Math.max(ts, 20), small: ts, large: tl };
}

const repeatTo = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

describe('defect 1: Latin-script text on one long line is linear', () => {
  test.each([
    ['capitalised words', 'The Cat Sat On A Mat '],
    ['names and places in sentences', 'Emmanuel Macron visited Paris and Berlin. '],
    ['one sentence without an end', 'Emmanuel Macron and Angela Merkel and Joe Biden and '],
  ])('%s: 4× the text costs at most ~4× the time (15 KB vs 60 KB)', (_name, unit) => {
    const api = fast();
    const small = repeatTo(unit, 15_000);
    const large = repeatTo(unit, 60_000);
    checkResult(api, large, api.extract(large));
    const r = ratio((s) => api.extract(s), small, large);
    // Linear is ~4, the old quadratic behaviour ~16 (30 KB 1.7 s, 100 KB 64 s).
    expect(r.ratio).toBeLessThan(8);
  }, 300_000);

  test('names are still found, with exact offsets, across piece boundaries', () => {
    const unit = 'Emmanuel Macron visited Paris and Berlin. ';
    const text = repeatTo(unit, 20_000);
    const r = src.extract(text);
    checkResult(src, text, r);
    const places = r.entities.filter((m) => m.type === 'location' && (m.text === 'Paris' || m.text === 'Berlin'));
    // every sentence's two places, give or take the truncated last one
    expect(places.length).toBeGreaterThanOrEqual(2 * Math.floor(text.length / unit.length) - 2);
  }, 120_000);

  test('pieces: bounded, covering every token once in their cores, sentences kept whole', () => {
    const tok = (text: string, kind: TextToken['kind']) => ({ text, kind }) as TextToken;
    const cases: Array<[string, TextToken[]]> = [
      ['short', Array.from({ length: 10 }, (_, i) => tok(`w${i}`, 'latin'))],
      ['sentences', Array.from({ length: 2000 }, (_, i) => (i % 9 === 8 ? tok('.', 'punct') : tok(`w${i}`, 'latin')))],
      ['one endless sentence', Array.from({ length: 3000 }, (_, i) => tok(`w${i}`, 'latin'))],
    ];
    for (const [, toks] of cases) {
      let next = 0;
      for (const p of pieces(toks, 0, toks.length)) {
        expect(p.coreA).toBe(next);
        expect(p.b - p.a).toBeLessThanOrEqual(PIECE + 2 * OVERLAP);
        expect(p.a).toBeLessThanOrEqual(p.coreA);
        expect(p.b).toBeGreaterThanOrEqual(p.coreB);
        next = p.coreB;
      }
      expect(next).toBe(toks.length);
    }
  });
});

describe('defect 3 and issue 12 item 7: referenceDate', () => {
  test.each(['2022-02-30', '2023-02-29', '2022-04-31', '2022-13-01', '2022-00-10', '2022-01-00', '0000-01-01', '10000-01-01', '2022-01-09T24:00', '2022-01-09T10:60', '2022-01-09T10:00+24:00', '2022-1-9', 'yesterday', ''])(
    '%s is INVALID_OPTIONS',
    (d) => {
      expect(codeOf(() => src.extract('اليوم', { referenceDate: d }))).toBe('INVALID_OPTIONS');
    },
  );
  test.each([
    ['ISO date', '2022-01-09', '2022-01-09', 'day'],
    ['leap day', '2024-02-29', '2024-02-29', 'day'],
    ['datetime', '2022-01-09T10:00', '2022-01-09T10:00', 'minute'],
    ['datetime with Z', '2022-01-09T23:30:00Z', '2022-01-09T23:30', 'minute'],
    ['datetime with an offset: the local day at that offset', '2022-01-09T01:00:00+03:00', '2022-01-09T01:00', 'minute'],
    ['negative offset late in the day', '2022-01-09T23:00-05:00', '2022-01-09T23:00', 'minute'],
    ['fractional seconds', '2022-01-09T10:00:00.123Z', '2022-01-09T10:00', 'minute'],
    ['a JS Date at midnight UTC', new Date('2022-01-09T00:00:00Z'), '2022-01-09', 'day'],
    ['a JS Date with a time (read in UTC)', new Date('2022-01-09T22:15:00Z'), '2022-01-09T22:15', 'minute'],
  ] as const)('%s', (_name, given, value, granularity) => {
    const r = src.extract('وصل الوفد اليوم', { referenceDate: given });
    expect(r.documentDate).toEqual({ value, granularity, source: 'option', mentionId: null });
    expect(r.entities.find((m) => m.type === 'date')).toMatchObject({ value: value.slice(0, 10) });
    expect(r.warnings.map((w) => w.code)).not.toContain('NO_REFERENCE_DATE');
  });
  test('an invalid Date is INVALID_OPTIONS', () => {
    expect(codeOf(() => src.extract('اليوم', { referenceDate: new Date(Number.NaN) }))).toBe('INVALID_OPTIONS');
  });
  const cli = existsSync(CLI) ? test : test.skip;
  cli.each([['extract'], ['batch']])('CLI %s -r 2022-02-30: INVALID_OPTIONS on stderr, exit 2, before any input is read', (cmd) => {
    const r = spawnSync(process.execPath, [CLI, cmd, '-r', '2022-02-30'], { input: '', encoding: 'utf8', cwd: root });
    expect(r.status).toBe(2);
    const err = JSON.parse(r.stderr.trim()) as { code: string; message: string };
    expect(err.code).toBe('INVALID_OPTIONS');
    expect(err.message).toContain('has no day 30');
  });
});

describe('defect 6: the environment does not change the output', () => {
  const cli = existsSync(CLI) ? test : test.skip;
  const TEXT = 'قال Emmanuel Macron في باريس إن NATO ستجتمع on March the 3rd, 2021 مع Angela Merkel.';
  cli('extract --format jsonl with DEBUG_TAGS=1 DEBUG_MATCH=1 DEBUG_CHUNKS=1 DEBUG_DATE=1 prints the same single JSON line', () => {
    const args = [CLI, 'extract', '-', '--format', 'jsonl', '-r', '2022-01-09'];
    const plain = spawnSync(process.execPath, args, { input: TEXT, encoding: 'utf8', cwd: root, env: { PATH: process.env.PATH } });
    const debug = spawnSync(process.execPath, args, {
      input: TEXT, encoding: 'utf8', cwd: root, env: { PATH: process.env.PATH, DEBUG_TAGS: '1', DEBUG_MATCH: '1', DEBUG_CHUNKS: '1', DEBUG_DATE: '1' },
    });
    expect(plain.status).toBe(0);
    expect(debug.status).toBe(0);
    expect(debug.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(debug.stdout).toBe(plain.stdout);
    expect(JSON.parse(debug.stdout).entities.length).toBeGreaterThan(0);
  });
  test('in process: no debug output, and the caller’s environment is left as it was', () => {
    const keys = ['DEBUG_TAGS', 'DEBUG_DATE'];
    const before = keys.map((k) => process.env[k]);
    const logs: unknown[] = [];
    const spy = jest.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void logs.push(a));
    try {
      for (const k of keys) process.env[k] = '1';
      const r = src.extract(TEXT);
      expect(r.entities.length).toBeGreaterThan(0);
      expect(logs).toEqual([]);
      expect(keys.map((k) => process.env[k])).toEqual(['1', '1']);
    } finally {
      spy.mockRestore();
      keys.forEach((k, i) => (before[i] === undefined ? delete process.env[k] : (process.env[k] = before[i])));
    }
  });
});

describe('defect 7: user gazetteer compiled once, linear whatever the entries', () => {
  const WORDS = Array.from({ length: 16_000 }, (_, i) => `كلمة${String.fromCharCode(0x0628 + (i % 20))}${String.fromCharCode(0x0628 + ((i / 20) | 0) % 20)}${String.fromCharCode(0x0628 + ((i / 400) | 0) % 20)}`);
  const shared = WORDS.map((w) => ({ text: `وزارة ${w}`, type: 'organization' as const }));
  const TEXT = repeatTo('أعلنت وزارة الخارجية ووزارة كلمةببب أن وزارة المالية ستدعم القرار. ', 20_000);

  test('16,000 entries sharing a first word cost about what the one entry that matches does', () => {
    const api = fast();
    const gShared = api.compileGazetteer(shared);
    const gDistinct = api.compileGazetteer([shared[0]]);
    const text = repeatTo(TEXT, 80_000);
    let tShared = Infinity;
    let tDistinct = Infinity;
    for (let r = 0; r < 5; r++) {
      tShared = Math.min(tShared, best(() => api.extract(text, { gazetteer: gShared, model: false, rules: false, latin: false }), 1));
      tDistinct = Math.min(tDistinct, best(() => api.extract(text, { gazetteer: gDistinct, model: false, rules: false, latin: false }), 1));
    }
    expect(tShared / Math.max(tDistinct, 20)).toBeLessThan(3); // was ~19× (4.2 s vs 0.22 s)
  }, 300_000);

  test('matching is linear in the text (40 KB vs 160 KB, 16,000 entries)', () => {
    const api = fast();
    const g = api.compileGazetteer(shared);
    const r = ratio((s) => api.extract(s, { gazetteer: g, model: false, rules: false, latin: false }), repeatTo(TEXT, 40_000), repeatTo(TEXT, 160_000));
    expect(r.ratio).toBeLessThan(8);
  }, 300_000);

  test('a compiled gazetteer gives the same result as the entries, and is reused as is', () => {
    const entries = [
      { text: ['الكرملين'], type: 'organization' as const, canonical: 'الكرملين', id: 'Q1' },
      { text: 'نور سلطان نزارباييف', type: 'person' as const, id: 'Q2' },
      { text: 'نور سلطان', type: 'location' as const, id: 'Q3' },
    ];
    const g = compileGazetteer(entries);
    expect(src.parseOptions({ gazetteer: g }).gazetteer).toBe(g);
    const text = 'قال الكرملين وبالكرملين إن نور سلطان نزارباييف زار نور سلطان.';
    const a = src.extract(text, { gazetteer: entries });
    const b = src.extract(text, { gazetteer: g });
    expect(b).toEqual(a);
    expect(b.entities.filter((m) => m.source === 'names/gazetteer:user').map((m) => [m.text, m.type])).toEqual([
      ['الكرملين', 'organization'], ['الكرملين', 'organization'], ['نور سلطان نزارباييف', 'person'], ['نور سلطان', 'location'],
    ]);
    expect(b.people.find((p) => p.canonical.includes('نزارباييف'))?.qid).toBe('Q2');
  });
  test('compiled under other normalisation options: recompiled for the call, same answer', () => {
    const g = compileGazetteer([{ text: 'مُحَمَّد', type: 'person' }]);
    const text = 'قال مُحَمَّد إن';
    const opts = { normalize: { diacritics: false } };
    expect(src.extract(text, { ...opts, gazetteer: g }).entities).toEqual(src.extract(text, { ...opts, gazetteer: [{ text: 'مُحَمَّد', type: 'person' }] }).entities);
  });
  test('malformed entries: compileGazetteer throws INVALID_OPTIONS', () => {
    expect(codeOf(() => compileGazetteer([{ text: '', type: 'person' }]))).toBe('INVALID_OPTIONS');
    expect(codeOf(() => compileGazetteer([{ text: 'x', type: 'date' as 'person' }]))).toBe('INVALID_OPTIONS');
    expect(codeOf(() => compileGazetteer(new Map() as unknown as []))).toBe('INVALID_OPTIONS');
  });
});

describe('defect 10: supported years 1-9999, never an invalid ISO value', () => {
  test.each([
    ['year 50 is not 1950', '0050-06-15', 'اليوم', '0050-06-15'],
    ['year 1', '0001-01-01', 'اليوم', '0001-01-01'],
    ['year 99, a leap year', '0096-02-29', 'اليوم', '0096-02-29'],
    ['year 9999', '9999-12-31', 'اليوم', '9999-12-31'],
  ])('%s', (_name, ref, text, value) => {
    const r = src.extract(text, { referenceDate: ref });
    expect(r.entities.filter((m) => m.type === 'date').map((m) => m.type === 'date' && m.value)).toEqual([value]);
  });
  test('a date that would fall after 9999 is never emitted (the dates stage does not resolve it; the link guard would drop it)', () => {
    const r = src.extract('وصل الوفد اليوم ويغادر غدا', { referenceDate: '9999-12-31' });
    checkResult(src, 'وصل الوفد اليوم ويغادر غدا', r);
    const dates = r.entities.filter((m) => m.type === 'date');
    expect(dates.map((m) => m.type === 'date' && m.value)).toEqual(['9999-12-31']);
    // Where a warning is given for it, it names the dates stage and the value it refused.
    const w = r.warnings.find((x) => x.code === 'STAGE_FAILED');
    if (w) expect(w.data).toMatchObject({ stage: 'dates', value: '10000-01-01' });
    // The same text a day earlier does give غدا: the year bound is what removes it.
    expect(src.extract('وصل الوفد اليوم ويغادر غدا', { referenceDate: '9999-12-30' }).entities.filter((m) => m.type === 'date')).toHaveLength(2);
  });
  test.each([
    ['2022', true], ['2022-01', true], ['2022-01-09', true], ['2022-W52', true], ['2020-W53', true], ['2021-W53', false],
    ['2021-07-01T09:30', true], ['2021-07-01T09:30:15', true], ['198', true], ['2022-01-08/2022-01-09', true], ['2022-01-09/P3D', true],
    ['2022-01-09/2022-01-08', false], ['10000-01-01', false], ['0000', false], ['2022-02-29', false], ['2022-13', false],
    ['2022-01-09T24:00', false], ['2022-01-09/2022-01-10/2022-01-11', false], ['', false], ['+2022', false],
  ])('the guard: %s is %s', (value, ok) => {
    expect(isValidDateValue(value)).toBe(ok);
  });
});

describe('defect 11: hostile option objects are INVALID_OPTIONS', () => {
  const revoked = () => {
    const r = Proxy.revocable({}, {});
    r.revoke();
    return r.proxy;
  };
  class Opts {
    forwardDates = true;
  }
  const cyc: Record<string, unknown> = {};
  cyc.normalize = cyc;
  test.each<[string, () => unknown]>([
    ['throwing getter', () => ({ get forwardDates(): boolean { throw new Error('x'); } })],
    ['throwing getter inside normalize', () => ({ normalize: { get diacritics(): boolean { throw new Error('x'); } } })],
    ['Proxy with throwing traps', () => new Proxy({}, { ownKeys() { throw new Error('x'); } })],
    ['Proxy throwing on getPrototypeOf', () => new Proxy({}, { getPrototypeOf() { throw new Error('x'); } })],
    ['revoked Proxy', revoked],
    ['revoked Proxy as normalize', () => ({ normalize: revoked() })],
    ['revoked Proxy as gazetteer', () => ({ gazetteer: revoked() })],
    ['Date', () => new Date()],
    ['Map', () => new Map()],
    ['class instance', () => new Opts()],
    ['boxed String', () => new String('x')],
    ['a cycle', () => cyc],
    ['a function', () => () => 1],
    ['fake Date as referenceDate', () => ({ referenceDate: Object.create(Date.prototype) })],
  ])('%s', (_name, make) => {
    expect(codeOf(() => src.extract('نص', make() as never))).toBe('INVALID_OPTIONS');
  });
  test('options are read once: a getter is called once, later changes do not matter', () => {
    let calls = 0;
    const opts = { get forwardDates() { calls++; return true; } };
    const r = src.parseOptions(opts);
    expect(calls).toBe(1);
    expect(r.forwardDates).toBe(true);
    expect(Object.getPrototypeOf(r)).toBe(Object.prototype);
  });
  test('a Proxy that behaves like a plain object is read as one', () => {
    expect(src.parseOptions(new Proxy({ forwardDates: true }, {})).forwardDates).toBe(true);
  });
});

describe('defect 13: long texts in sections', () => {
  test('section cuts: at most SECTION long, at paragraph breaks when there are any', () => {
    const para = `${'كلمة '.repeat(3000)}\n\n`;
    const text = para.repeat(30);
    const cuts = sectionBounds(text);
    expect(cuts[0]).toBe(0);
    expect(cuts[cuts.length - 1]).toBe(text.length);
    for (let i = 1; i < cuts.length; i++) {
      expect(cuts[i] - cuts[i - 1]).toBeLessThanOrEqual(SECTION);
      if (i < cuts.length - 1) expect(text[cuts[i] - 1]).toBe('\n');
    }
    const noBreaks = 'ب'.repeat(250_000);
    const hard = sectionBounds(noBreaks);
    expect(hard).toEqual([0, SECTION, 2 * SECTION, 250_000]);
    const surrogates = '😀'.repeat(120_000); // never split a pair
    for (const c of sectionBounds(surrogates)) expect(c % 2).toBe(0);
  });

  test('a text of several sections: offsets exact, ids renumbered, records merged, the dateline governs every section', () => {
    const head = 'الرياض - اليوم السبت (التاسع من يناير/ كانون الثاني 2022)\n';
    const body = 'قال الرئيس الكازاخي قاسم جومارت توكاييف أمس إن الحكومة ستقدم 2,2 مليون دولار.\n';
    const text = head + repeatTo(body, 2.5 * SECTION);
    const r = src.extract(text);
    checkResult(src, text, r);
    expect(r.documentDate).toMatchObject({ value: '2022-01-09', source: 'dateline' });
    const yesterdays = r.entities.filter((m) => m.type === 'date' && m.text === 'أمس');
    expect(yesterdays.length).toBeGreaterThan(1000);
    expect(new Set(yesterdays.map((m) => m.type === 'date' && m.value))).toEqual(new Set(['2022-01-08']));
    expect(r.entities.map((m) => m.id)).toEqual(r.entities.map((_m, i) => `m${i + 1}`));
    const tokayev = r.people.filter((p) => p.canonical.includes('توكاييف'));
    expect(tokayev).toHaveLength(1);
    expect(r.warnings.filter((w) => w.code === 'NOT_ARABIC' || w.code === 'NO_REFERENCE_DATE')).toEqual([]);
  }, 120_000);

  const cjs = existsSync(CJS) ? test : test.skip;
  cjs('peak memory grows linearly with the input (child processes, 0.25 M vs 1 M characters)', () => {
    const script = (size: number) => `
      const { extract } = require(${JSON.stringify(CJS)});
      const fs = require('fs');
      const base = fs.readFileSync(${JSON.stringify(join(root, 'fixtures', 'dw-kazakhstan-2022-01.txt'))}, 'utf8');
      extract(base);
      const rss0 = process.resourceUsage().maxRSS;
      let t = ''; while (t.length < ${size}) t += base + '\\n\\n';
      const r = extract(t.slice(0, ${size}));
      process.stdout.write(JSON.stringify({ grow: (process.resourceUsage().maxRSS - rss0) * 1024, mentions: r.entities.length }));`;
    const measure = (size: number) => JSON.parse(spawnSync(process.execPath, ['-e', script(size)], { encoding: 'utf8', maxBuffer: 1 << 26 }).stdout) as { grow: number; mentions: number };
    const small = measure(250_000);
    const large = measure(1_000_000);
    // Linear is ~4 (the results themselves grow 4×); a working set that grows with the square would be far above.
    expect(large.grow / Math.max(small.grow, 20e6)).toBeLessThan(8);
    expect(large.mentions).toBeGreaterThan(3 * small.mentions);
  }, 300_000);
});

describe('defect 14: language by script first', () => {
  test.each([
    ['short Arabic sentence', 'فاز الفريق بهدفين وخسر مباراتين'],
    ['80 % Arabic with one Latin name', 'قال الرئيس Emmanuel Macron إن فرنسا ستدعم القرار'],
    ['Arabic with a URL and a hashtag', 'تابعوا التغطية على https://www.dw.com/ar #كازاخستان'],
    ['Arabic with one Persian letter in a name', 'التقى الوزير نظيره الإيراني في گرجستان أمس وبحثا العلاقات الثنائية بين البلدين في العاصمة'],
    ['a single Arabic word', 'القاهرة'],
    ['short Arabic with a Persian place name', 'زار الوزير گرجستان'],
    ['the reference article', ARTICLE],
  ])('%s: Arabic, no NOT_ARABIC', (_name, text) => {
    const r = src.extract(text);
    expect(r.language.isArabic).toBe(true);
    expect(r.warnings.map((w) => w.code)).not.toContain('NOT_ARABIC');
  });
  test.each([
    ['English', 'President Joe Biden met Angela Merkel in Berlin on Sunday to discuss the economy.'],
    ['Russian', 'Президент встретился с министром иностранных дел в Москве в воскресенье.'],
    ['short Persian', 'این کتاب را دیروز خریدم'],
    ['Persian, long enough for franc', 'این کتاب را دیروز خریدم و خیلی دوستش دارم. ما به پارک رفتیم و آنجا چای نوشیدیم. هوا خیلی خوب بود و همه خوشحال بودند. '.repeat(2)],
  ])('%s: not Arabic', (_name, text) => {
    const r = src.extract(text);
    expect(r.language.isArabic).toBe(false);
    expect(r.warnings.map((w) => w.code)).toContain('NOT_ARABIC');
  });
});
