import { readFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { extract, ExtractResultSchema, MentionSchema, ExtractOptionsSchema } from '../src/index';

const root = join(__dirname, '..');
const article = readFileSync(join(root, 'fixtures/dw-kazakhstan-2022-01.txt'), 'utf8');

describe('records and schemas', () => {
  test('extract output on the reference article validates against ExtractResultSchema', () => {
    const result = extract(article);
    expect(() => ExtractResultSchema.parse(result)).not.toThrow();
    for (const m of result.entities) expect(m.text).toBe(article.slice(m.start, m.end));
  });

  test('record ids referenced by mentions exist', () => {
    const r = extract(article);
    const ids = new Set([...r.people, ...r.organizations, ...r.locations].map((e) => e.id));
    for (const m of r.entities) if ('entityId' in m && m.entityId !== null) expect(ids.has(m.entityId)).toBe(true);
    for (const e of [...r.people, ...r.organizations, ...r.locations]) {
      for (const id of e.mentionIds) expect(r.entities.some((m) => m.id === id)).toBe(true);
    }
  });

  test('mention union rejects a mention with a field of another type', () => {
    const bad = { id: 'm1', type: 'date', text: 'x', start: 0, end: 1, normalized: 'x', confidence: 1, source: 't', value: 5 };
    expect(MentionSchema.safeParse(bad).success).toBe(false);
  });

  test('options schema fills documented defaults', () => {
    expect(ExtractOptionsSchema.parse({})).toMatchObject({ forwardDates: false, model: true, rules: true, latin: true, gazetteer: [] });
  });

  test('the package ships a JSON Schema generated from the zod schemas', () => {
    const file = join(root, 'dist/kashif.schema.json');
    expect(existsSync(file)).toBe(true);
    const schema = JSON.parse(readFileSync(file, 'utf8'));
    expect(Object.keys(schema.$defs)).toEqual(expect.arrayContaining(['ExtractResult', 'Mention', 'ExtractOptions', 'Token', 'Error']));
    expect(JSON.stringify(schema.$defs.Mention)).toContain('"person"');
  });

  test('the ESM bundle imports and extracts (what users of `import` get)', () => {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e',
      `import { extract } from ${JSON.stringify(join(root, 'dist/index.js'))}; const r = extract('قال الرئيس'); console.log(JSON.stringify(Object.keys(r)));`,
    ]).toString();
    expect(JSON.parse(out)).toEqual(['entities', 'people', 'organizations', 'locations', 'documentDate', 'language', 'warnings']);
  });
});

describe('language', () => {
  test.each([
    ['Arabic news', 'أعلنت وزارة الداخلية الكازاخستانية الجمعة مقتل 26 شخصا وإصابة 740 آخرين في أعمال شغب شهدتها مدينة ألماتي، أكبر مدن البلاد ومركزها التجاري، خلال الأيام الماضية. وقالت الوزارة إن أكثر من أربعة آلاف شخص اعتقلوا.', 'arb', true],
    ['Persian (Persian-only letters present)', 'این یک متن فارسی است که برای آزمایش نوشته شده است و باید به عنوان زبان فارسی شناخته شود چون حروف پ و گ دارد.', null, false],
    ['English', 'The interior ministry said on Friday that 26 people were killed in riots in Almaty, the largest city.', 'eng', false],
  ])('%s', (_name, text, code, isArabic) => {
    const r = extract(text);
    expect(r.language.isArabic).toBe(isArabic);
    if (code) expect(r.language.code).toBe(code);
    expect(r.warnings.some((w) => w.code === 'NOT_ARABIC')).toBe(!isArabic);
  });
});
