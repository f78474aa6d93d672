import { bundledModel } from '../src/model/bundled';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { normalizeResolved, resolveNormalizeOptions } from '../src/text/normalize';
import { tokenizeNormalized } from '../src/text/tokenize';
import type { Doc } from '../src/pipeline/stage';
import { preloadTagger, shippedTagger, tagNames } from '../src/recognizers/names/tagger';
import { tagWords, toWordChunks } from '../scripts/lib/corpus';
import { loadAnercorp } from '../scripts/lib/ner-data';
import { lookupGazetteer } from '../src/recognizers/names/gazetteer';
import { scoreChunks, type Chunk } from '../scripts/lib/conll';

function doc(input: string): Doc {
  const norm = normalizeResolved(input, resolveNormalizeOptions(undefined));
  return { input, norm, tokens: tokenizeNormalized(norm.text), model: bundledModel(), options: {} as Doc['options'] };
}

function names(input: string): Array<[string, string]> {
  const d = doc(input);
  return tagNames(d).map((c) => [c.type, d.norm.text.slice(c.start, c.end)]);
}

describe('name tagger', () => {
  // How fast it loads is the bench's cold-start budget (npm run bench), not a test bound.
  test('the shipped model loads', () => {
    expect(() => preloadTagger()).not.toThrow();
  });

  test('person after a title', () => {
    const d = doc('وقال الرئيس الروسي فلاديمير بوتين إن بلاده لن تتدخل.');
    const c = tagNames(d);
    const per = c.find((x) => x.type === 'person');
    expect(per).toBeDefined();
    expect(d.norm.text.slice(per!.start, per!.end)).toBe('فلاديمير بوتين');
    expect(per!.source).toBe('names/tagger');
    expect(per!.confidence).toBeGreaterThan(0);
    expect(per!.confidence).toBeLessThanOrEqual(1);
  });

  test('organisations with a head noun and a nisba', () => {
    expect(names('وقالت منظمة الصحة العالمية في بيان إن الوباء ينتشر.')).toContainEqual(['organization', 'منظمة الصحة العالمية']);
    expect(names('وأعلنت وزارة الداخلية الأردنية عن إجراءات جديدة.')).toContainEqual(['organization', 'وزارة الداخلية الاردنية']);
    expect(names('وقال المتحدث باسم الأمم المتحدة إن المنظمة قلقة.')).toContainEqual(['organization', 'الامم المتحدة']);
  });

  test('locations after العاصمة and after a preposition', () => {
    expect(names('وصل الوفد إلى العاصمة الروسية موسكو صباح اليوم.')).toContainEqual(['location', 'موسكو']);
    expect(names('وقال رئيس الوزراء البريطاني بوريس جونسون في واشنطن إن الحكومة ستتخذ إجراءات.')).toEqual(
      expect.arrayContaining([['person', 'بوريس جونسون'], ['location', 'واشنطن']]),
    );
  });

  test('proclitics stay outside, لل restores the article in canonical', () => {
    const d = doc('وقال المتحدث باسم الكرملين إن الرسالة وصلت للكرملين أمس.');
    const c = tagNames(d);
    for (const x of c) {
      const s = d.norm.text.slice(x.start, x.end);
      expect(s.startsWith('و')).toBe(false);
    }
    const k = c.find((x) => d.norm.text.slice(x.start, x.end) === 'لكرملين');
    if (k) expect(k.canonical).toBe('الكرملين');
  });

  test('conjunction glued to a name', () => {
    expect(names('التقى الرئيس الأمريكي جو بايدن وفلاديمير بوتين في جنيف.')).toEqual(
      expect.arrayContaining([['location', 'جنيف']]),
    );
  });

  test('tagWords returns one tag per word', () => {
    const words = ['وقال', 'الرئيس', 'الروسي', 'فلاديمير', 'بوتين', 'إن', 'روسيا', 'مستعدة', '.'];
    const tags = tagWords(words);
    expect(tags).toHaveLength(words.length);
    expect(tags.slice(3, 5)).toEqual(['B-PER', 'I-PER']);
  });

  test('gazetteer lookup', () => {
    expect(lookupGazetteer('الأمم المتحدة')?.type).toBe('organization');
    expect(lookupGazetteer('قال')).toBeUndefined();
  });

  const data = path.resolve(__dirname, '../../shared/data/anercorp/train.txt');
  const haveData = existsSync(data);
  (haveData ? test : test.skip)('ANERcorp dev block (its last tenth, never trained on) F1 stays above the floor', () => {
    const { dev } = loadAnercorp();
    const tagger = shippedTagger();
    const gold: Chunk[][] = [];
    const pred: Chunk[][] = [];
    // Documents of 25 consecutive sentences, as the tagger trains and `npm run eval` reads them.
    for (let i = 0; i < dev.length; i += 25) {
      const d = dev.slice(i, i + 25);
      const runs: Array<[number, number]> = [];
      let a = 0;
      for (const s of d) {
        runs.push([a, a + s.tokens.length]);
        a += s.tokens.length;
      }
      const spans = tagger.tagDocument(d.flatMap((s) => s.tokens), runs);
      d.forEach((s, k) => {
        gold.push(s.wordGold);
        pred.push(toWordChunks(s, spans[k]));
      });
    }
    const scores = scoreChunks(gold, pred);
    expect(gold.length).toBe(397);
    // Measured with the shipped model (npm run train): overall 0.723 (PER 0.780, ORG 0.557,
    // LOC 0.817). The floors sit a little below, so a retrained model that loses ground fails.
    expect(scores.overall.f1).toBeGreaterThan(0.70);
    expect(scores.byType.LOC.f1).toBeGreaterThan(0.79);
    expect(scores.byType.ORG.f1).toBeGreaterThan(0.53);
    expect(scores.byType.PER.f1).toBeGreaterThan(0.75);
  });
  if (!haveData) console.warn(`tagger.test: ${data} is missing; the ANERcorp dev-split F1 test is skipped`);
});

describe('viterbi', () => {
  // Training updates the transition table in place between sentences; decoding must read the
  // table as it is at each call (a cached copy once froze training at its first sentence).
  test('reads the transition table as it is at each call', () => {
    const { viterbi, NL, START, LABELS } = require('../src/recognizers/names/perceptron') as typeof import('../src/recognizers/names/perceptron');
    const T = new Float32Array((NL + 1) * NL);
    const em = new Float32Array(2 * NL);
    const bPer = LABELS.indexOf('B-PER');
    const iPer = LABELS.indexOf('I-PER');
    const bLoc = LABELS.indexOf('B-LOC');
    em[bPer] = 1; // token 0 leans B-PER
    em[NL + bLoc] = 1; // token 1 leans B-LOC
    expect([...viterbi(em, 2, T)]).toEqual([bPer, bLoc]);
    T[bPer * NL + iPer] = 5; // now B-PER → I-PER is strongly preferred
    expect([...viterbi(em, 2, T)]).toEqual([bPer, iPer]);
    T[START * NL + bPer] = -10; // and starting with B-PER is costly
    expect(viterbi(em, 2, T)[0]).not.toBe(bPer);
  });
});
