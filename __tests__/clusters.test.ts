import { exchangeClusters, formatTable, prng, type ClusterCorpus, type ExchangeOptions } from '../scripts/clusters/exchange';
import { keyText } from '../scripts/clusters/keys';
import { parseClusters } from '../src/recognizers/names/clusters';

const PEOPLE = ['سامي', 'كريم', 'ليلى', 'منير', 'هند', 'رشيد', 'نبيل', 'سلمى'];
const PLACES = ['تونس', 'صفاقس', 'سوسة', 'قابس', 'بنزرت', 'نابل', 'القيروان', 'المنستير'];
const VERBS = ['قال', 'أكد', 'أضاف', 'أعلن'];
const NOUNS = ['الوزير', 'المدير', 'الرئيس', 'النائب'];

/** A few hundred sentences of a small grammar, from a seeded PRNG (deterministic). */
function syntheticCorpus(sentences: number, seed: number): ClusterCorpus {
  const rnd = prng(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const out: string[][] = [];
  const extras: string[][] = [];
  for (let i = 0; i < sentences; i++) {
    const shapes = [
      () => [pick(VERBS), pick(NOUNS), pick(PEOPLE), 'في', pick(PLACES), '<p:.>'],
      () => [pick(PEOPLE), pick(VERBS), 'من', pick(PLACES), 'إلى', pick(PLACES)],
      () => ['زار', pick(PEOPLE), pick(PLACES), 'مع', pick(NOUNS), pick(PEOPLE), '<num>'],
    ];
    const s = pick(shapes)();
    out.push(s);
    extras.push(s.map((w) => (w === 'الوزير' ? 'والوزير' : '')));
  }
  return { sentences: out, extras };
}

const OPTS: ExchangeOptions = { coarse: 4, branches: [2, 2], minCount: 2, minExtraCount: 3, passes: 10, finePasses: 5, seed: 7 };

describe('exchangeClusters', () => {
  const corpus = syntheticCorpus(400, 1);
  const a = exchangeClusters(corpus, OPTS);

  test('two runs on the same input give byte-identical tables', () => {
    const b = exchangeClusters(syntheticCorpus(400, 1), OPTS);
    expect(formatTable(b, 'h')).toBe(formatTable(a, 'h'));
  });

  test('a different seed may change the table but still lists the same keys', () => {
    const c = exchangeClusters(corpus, { ...OPTS, seed: 8 });
    expect(c.entries.map(([k]) => k)).toEqual(a.entries.map(([k]) => k));
  });

  test('keys sorted, context-only units (<…>) left out, extras listed', () => {
    const keys = a.entries.map(([k]) => k);
    expect([...keys].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))).toEqual(keys);
    expect(keys.some((k) => k.startsWith('<'))).toBe(false);
    expect(keys).toContain('والوزير');
    expect(a.sizes).toEqual([4, 8, 16]);
  });

  test('ids are nested: each finer id is a child of the coarser one', () => {
    for (const [, ids] of a.entries) {
      expect(ids[0]).toBeLessThan(4);
      expect(Math.floor(ids[1] / 2)).toBe(ids[0]);
      expect(Math.floor(ids[2] / 2)).toBe(ids[1]);
    }
  });

  test('words of one distribution share a coarse class; people and places are apart', () => {
    const cls = new Map(a.entries.map(([k, ids]) => [k, ids[0]]));
    const majority = (ws: string[]) => {
      const n = new Map<number, number>();
      for (const w of ws) n.set(cls.get(w)!, (n.get(cls.get(w)!) ?? 0) + 1);
      return [...n].sort((x, y) => y[1] - x[1])[0];
    };
    const [pc, pn] = majority(PEOPLE);
    const [lc, ln] = majority(PLACES);
    expect(pn).toBeGreaterThanOrEqual(6);
    expect(ln).toBeGreaterThanOrEqual(6);
    expect(pc).not.toBe(lc);
  });

  test('formatTable output parses back to the same ids', () => {
    const parsed = parseClusters(formatTable(a, 'synthetic'));
    expect(parsed.size).toBe(a.entries.length);
    for (const [k, ids] of a.entries) expect([...parsed.get(k)!]).toEqual(ids);
  });
});

describe('parseClusters', () => {
  const cases: Array<{ name: string; text: string; expected: Record<string, number[]> }> = [
    { name: 'header and two lines', text: '# h\nب\t1\t5\n\tx\nا\t0\t2\n', expected: { ا: [0, 2], ب: [1, 5] } },
    { name: 'CRLF line ends, no final newline', text: '# h\r\nا\t3\t12\r\nب\t0\t1', expected: { ا: [3, 12], ب: [0, 1] } },
    { name: 'malformed lines skipped', text: 'ا\t1\t2\nب\tx\t2\nج\t1\nد\t70000\t1\nه\t4\t9\n', expected: { ا: [1, 2], ه: [4, 9] } },
    { name: 'empty text', text: '', expected: {} },
  ];
  test.each(cases)('$name', ({ text, expected }) => {
    const m = parseClusters(text);
    expect(Object.fromEntries([...m].map(([k, v]) => [k, [...v]]))).toEqual(expected);
  });
});

describe('keyText (the tagger keys)', () => {
  test('stem as unit, whole folded word as extra, non-Arabic tokens by shape', () => {
    const [s] = keyText('والوزير قال 2017 في تونس.', false);
    expect(s.units).toEqual(['وزير', 'قال', '<num4>', 'في', 'تونس', '<p:.>']);
    expect(s.extras).toEqual(['والوزير', '', '', '', '', '']);
  });

  test('line breaks split sentences when asked', () => {
    expect(keyText('قال\nأكد', true).map((s) => s.units)).toEqual([['قال'], ['اكد']]);
    expect(keyText('قال\nأكد', false).map((s) => s.units)).toEqual([['قال', 'اكد']]);
  });
});
