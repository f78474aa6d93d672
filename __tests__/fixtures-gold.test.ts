/**
 * Integrity of the hand-written gold fixtures (fixtures/*.gold.json), independent of the
 * extractor: each file parses with GoldFileSchema, names an existing article, every mention's
 * text is exactly the article slice at its UTF-16 offsets, mentions are sorted by start and
 * flat (non-overlapping), and every required date/number mention carries a value.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { GoldFileSchema } from '../src/eval/fixture';

const dir = join(__dirname, '..', 'fixtures');
const golds = readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort();

describe('gold fixtures', () => {
  test('the reference article and at least four more are annotated', () => {
    expect(golds).toContain('dw-kazakhstan-2022-01.gold.json');
    expect(golds.length).toBeGreaterThanOrEqual(5);
  });

  describe.each(golds)('%s', (file) => {
    const raw = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const gold = GoldFileSchema.parse(raw);
    const articlePath = join(dir, gold.article);

    test('parses with GoldFileSchema and names its article beside it', () => {
      expect(gold.article).toBe(file.replace(/\.gold\.json$/, '.txt'));
      expect(existsSync(articlePath)).toBe(true);
      expect(gold.mentions.length).toBeGreaterThan(0);
      if (gold.referenceDate !== null) expect(gold.referenceDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (gold.documentDate !== null) expect(gold.documentDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });

    test('every mention text is the article slice at its offsets', () => {
      const text = readFileSync(articlePath, 'utf8');
      const bad = gold.mentions
        .filter((m) => m.end <= m.start || m.end > text.length || text.slice(m.start, m.end) !== m.text)
        .map((m) => ({ type: m.type, start: m.start, end: m.end, text: m.text, slice: text.slice(m.start, m.end) }));
      expect(bad).toEqual([]);
    });

    test('mentions are sorted by start and do not overlap', () => {
      const bad: string[] = [];
      for (let i = 1; i < gold.mentions.length; i++) {
        const a = gold.mentions[i - 1];
        const b = gold.mentions[i];
        if (b.start < a.end) bad.push(`${a.type} "${a.text}" [${a.start},${a.end}) / ${b.type} "${b.text}" [${b.start},${b.end})`);
      }
      expect(bad).toEqual([]);
    });

    test('required dates and numbers have values of the right shape', () => {
      const bad: string[] = [];
      for (const m of gold.mentions) {
        if (m.type === 'date' && m.required) {
          if (typeof m.value !== 'string' || !/^\d{4}(-W\d{2}|-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?(\/\d{4}(-W\d{2}|-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?)?$/.test(m.value)) bad.push(`date "${m.text}": ${m.value}`);
        }
        if (m.type === 'number' && m.required) {
          if (typeof m.value !== 'number' || !Number.isFinite(m.value) || !m.kind) bad.push(`number "${m.text}": ${m.value} ${m.kind}`);
          if (m.kind === 'money' && m.currency !== null && !/^[A-Z]{3}$/.test(String(m.currency))) bad.push(`money "${m.text}": currency ${m.currency}`);
        }
      }
      expect(bad).toEqual([]);
    });

    test('every name mention carries an entity label', () => {
      const bad = gold.mentions
        .filter((m) => (m.type === 'person' || m.type === 'organization' || m.type === 'location') && !m.entity)
        .map((m) => `${m.type} "${m.text}" @${m.start}`);
      expect(bad).toEqual([]);
    });
  });
});
