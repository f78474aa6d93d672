/**
 * The numbers stage's registry: ids are the mentions' sources, every rule has a reason and a
 * named confidence, and the README's rule list is the registry's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src/index';
import { NUMBER_RULES, numberRulesMarkdown } from '../src/recognizers/numbers/rules';
import { CONF } from '../src/recognizers/numbers/confidence';

const SAMPLES: Array<[string, string, string]> = [
  ['digits', 'قتل 26 شخصا', 'numbers/digits'],
  ['digits with scale and currency', 'بقيمة 2,2 مليون يورو', 'numbers/digits'],
  ['words', 'خمسة وعشرون جنديا', 'numbers/words'],
  ['ordinal', 'المرة الثالثة', 'numbers/ordinal'],
  ['approximate plural', 'سقط عشرات القتلى', 'numbers/several'],
  ['dual', 'لمدة شهرين', 'numbers/dual'],
  ['comma list', 'قتل 3،5،7 أشخاص', 'numbers/comma-list'],
];

describe('numbers registry', () => {
  test('ids are unique, in the numbers namespace, with a reason, a strength and a named confidence', () => {
    const ids = NUMBER_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const named = new Set<number>([0, ...Object.values(CONF)]);
    for (const r of NUMBER_RULES) {
      expect(r.id.startsWith('numbers/')).toBe(true);
      expect(r.stage).toBe('numbers');
      expect(r.reason.length).toBeGreaterThan(20);
      expect(['weak', 'normal', 'strong', 'user']).toContain(r.strength);
      expect(named.has(r.confidence)).toBe(true);
    }
  });

  test.each(SAMPLES)('%s: the mention source is the rule id', (_n, text, id) => {
    const nums = extract(text).entities.filter((e) => e.type === 'number');
    expect(nums.length).toBeGreaterThan(0);
    for (const m of nums) expect(m.source).toBe(id);
  });

  test('every number source on the fixtures is a rule id', () => {
    const ids = new Set(NUMBER_RULES.map((r) => r.id));
    const dir = join(__dirname, '..', 'fixtures');
    const text = readFileSync(join(dir, 'dw-kazakhstan-2022-01.txt'), 'utf8');
    const nums = extract(text).entities.filter((e) => e.type === 'number');
    expect(nums.length).toBeGreaterThan(5);
    for (const m of nums) expect(ids.has(m.source)).toBe(true);
  });

  test("the README's rule list is the registry's", () => {
    const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');
    const m = /<!-- numbers-rules:start -->\n([\s\S]*?)\n<!-- numbers-rules:end -->/.exec(readme);
    expect(m).not.toBeNull();
    expect(m?.[1]).toBe(numberRulesMarkdown());
  });
});
