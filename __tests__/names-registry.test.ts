import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { extract } from '../src/index.js';
import { extractWithStages } from '../src/pipeline/extract.js';
import { STAGES } from '../src/pipeline/stages.js';
import type { NameCandidate } from '../src/pipeline/stage.js';
import { NAME_RULES } from '../src/recognizers/names/rules.js';
import { NAME_PASSES, NAME_SOURCES } from '../src/recognizers/names/sources.js';
import { NAME_SOURCE_LIST, createNamesStage, type NameSource } from '../src/recognizers/names/index.js';

const ALL = [...NAME_RULES, ...NAME_SOURCES, ...NAME_PASSES];
const withNames = (names: ReturnType<typeof createNamesStage>) => STAGES.map((s) => (s.name === 'names' ? names : s));

describe('the names registries', () => {
  test('ids are unique, every record has a reason, a confidence in [0, 1] and a strength', () => {
    expect(new Set(ALL.map((r) => r.id)).size).toBe(ALL.length);
    for (const r of ALL) {
      expect({ id: r.id, reason: r.reason.length > 20, conf: r.confidence >= 0 && r.confidence <= 1, stage: r.stage }).toEqual({ id: r.id, reason: true, conf: true, stage: 'names' });
    }
  });

  test('every name source the fixtures produce is a registered id', () => {
    const dir = path.join(__dirname, '..', 'fixtures');
    const ids = new Set(ALL.map((r) => r.id));
    const seen = new Set<string>();
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
      for (const m of extract(readFileSync(path.join(dir, f), 'utf8')).entities) if (m.source.startsWith('names/')) seen.add(m.source);
    }
    expect(seen.size).toBeGreaterThan(5);
    expect([...seen].filter((s) => !ids.has(s))).toEqual([]);
  });
});

describe('name sources plug in and fail loudly', () => {
  const text = 'وقال وزير الخارجية الأمريكي أنتوني بلينكن إن الوضع خطير في كازاخستان.';

  test('a new source of names is one entry in the source list', () => {
    const extra: NameSource = {
      id: 'test/extra', role: 'extra', enabled: () => true, produces: [],
      run: (ctx): NameCandidate[] => {
        const at = ctx.text.indexOf('الوضع');
        return [{ type: 'organization', start: at, end: at + 5, source: 'test/extra', confidence: 0.5 }];
      },
    };
    const r = extractWithStages(withNames(createNamesStage(new Set(), [...NAME_SOURCE_LIST, extra])), text).result;
    expect(r.entities.some((m) => m.source === 'test/extra' && m.text === 'الوضع')).toBe(true);
    expect(r.entities.some((m) => m.type === 'person' && m.text === 'أنتوني بلينكن')).toBe(true);
  });

  test('a throwing source becomes a STAGE_FAILED warning naming it and the cause; the others still run', () => {
    const broken: NameSource = { id: 'test/broken', role: 'extra', enabled: () => true, produces: [], run: () => { throw new Error('model file missing'); } };
    const r = extractWithStages(withNames(createNamesStage(new Set(), [...NAME_SOURCE_LIST, broken])), text).result;
    const w = r.warnings.filter((x) => x.code === 'STAGE_FAILED');
    expect(w).toHaveLength(1);
    expect(w[0].message).toContain('test/broken');
    expect(w[0].data).toMatchObject({ stage: 'names', part: 'test/broken', cause: 'model file missing' });
    expect(r.entities.some((m) => m.type === 'person' && m.text === 'أنتوني بلينكن')).toBe(true);
  });

  test('a rule family switched off (ablation) removes its candidates only', () => {
    const off = extractWithStages(withNames(createNamesStage(new Set(['known-entity']))), text, { model: false }).result;
    const on = extractWithStages(STAGES, text, { model: false }).result;
    expect(on.entities.some((m) => m.source === 'names/rule:known-entity')).toBe(true);
    expect(off.entities.some((m) => m.source === 'names/rule:known-entity')).toBe(false);
    expect(off.entities.some((m) => m.source === 'names/rule:title+name')).toBe(true);
  });
});

describe('look-ahead past the last token (defect 15.2)', () => {
  // Each text ends right after the cue a rule looks past; none may fail the names stage.
  const endings: Array<[string, string]> = [
    ['title + باسم then white space', 'وقال المتحدث باسم  \n '],
    ['title + باسم', 'وقال المتحدث باسم'],
    ['female title + باسم', 'قالت المتحدثة باسم'],
    ['title alone', 'الرئيس'],
    ['title + nisba', 'وقال الرئيس الروسي'],
    ['آية without الله', 'آية'],
    ['said-verb alone', 'وقال'],
    ['first name alone', 'محمد'],
    ['بن at the end', 'محمد بن'],
    ['org head alone', 'وزارة'],
    ['org head + construct noun', 'منظمة معاهدة'],
    ['org head + ل-phrase start', 'الهيئة العامة لكرة'],
    ['facility head alone', 'ملعب'],
    ['facility head + regnal title', 'جسر الملك'],
    ['place trigger alone', 'العاصمة'],
    ['place trigger + nisba', 'العاصمة الكازاخستانية'],
    ['sports club word first', 'الرياضي'],
    ['organisation + opening parenthesis', 'وزارة الداخلية الكازاخستانية ('],
    ['initial and full stop', 'ك.'],
    ['age cue at the end', 'بوتين، البالغ من العمر'],
  ];
  test.each(endings)('%s', (_what, text) => {
    for (const options of [{}, { model: false }, { rules: true, latin: false }]) {
      const r = extract(text, options);
      expect(r.warnings.filter((w) => w.code === 'STAGE_FAILED')).toEqual([]);
      for (const m of r.entities) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });
});
