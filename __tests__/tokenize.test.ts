import fc from 'fast-check';
import { tokenize } from '../src/index';

const body = (input: string, t: { bodyStart: number; bodyEnd: number }) => input.slice(t.bodyStart, t.bodyEnd);

describe('tokenize', () => {
  test.each([
    // [word, proclitics, article, body as it would start a mention]
    ['وتوكاييف', ['و'], false, 'توكاييف'],
    ['بالكرملين', ['ب'], true, 'الكرملين'],
    ['للكرملين', ['ل'], true, 'لكرملين'],
    ['والكرملين', ['و'], true, 'الكرملين'],
    ['ولي', [], false, 'ولي'],
    ['بلينكن', [], false, 'بلينكن'],
    ['كريم', [], false, 'كريم'],
    ['فلاديمير', [], false, 'فلاديمير'],
    ['وزارة', [], false, 'وزارة'],
    ['الكرملين', [], true, 'الكرملين'],
  ])('%s → proclitics %j, article %s, body %s', (word, proclitics, article, expected) => {
    const [t] = tokenize(word);
    expect(t.kind).toBe('arabic');
    expect(t.proclitics).toEqual(proclitics);
    expect(t.article).toBe(article);
    expect(body(word, t)).toBe(expected);
  });

  test.each([
    ['و18', ['و', '18']],
    ['بـ250', ['بـ', '250']],
    ['لـ"فرنسا 24"', ['لـ', '"', 'فرنسا', '24', '"']],
  ])('a proclitic glued to digits or a quote is its own token: %s', (input, texts) => {
    const tokens = tokenize(input);
    expect(tokens.map((t) => t.text)).toEqual(texts);
    expect(tokens[0].proclitics.length).toBeGreaterThan(0);
  });

  test('kinds: numbers with separators, Latin, URL, hashtag, handle, punctuation', () => {
    const input = 'بلغت 2,2 مليون و120,000 DW pic.twitter.com/ol4kapoEQ4 #مسائية_DW @dw_arabic، ٢٠٢٢';
    const tokens = tokenize(input);
    const kinds = Object.fromEntries(tokens.map((t) => [t.text, t.kind]));
    expect(kinds).toMatchObject({
      '2,2': 'number', '120,000': 'number', DW: 'latin', 'pic.twitter.com/ol4kapoEQ4': 'url',
      '#مسائية_DW': 'hashtag', '@dw_arabic': 'handle', '،': 'punct', '٢٠٢٢': 'number',
    });
    expect(tokens.find((t) => t.text === '٢٠٢٢')!.normalized).toBe('2022');
  });

  test('diacritics stay inside the word they belong to', () => {
    const input = 'قال مُحَمَّدٌ';
    const t = tokenize(input)[1];
    expect(t.text).toBe('مُحَمَّدٌ');
    expect(t.normalized).toBe('محمد');
  });

  test('property: tokens are in order, inside the input, and text is the slice', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (input) => {
        let prev = 0;
        for (const t of tokenize(input)) {
          expect(t.start).toBeGreaterThanOrEqual(prev);
          expect(t.end).toBeGreaterThan(t.start);
          expect(t.end).toBeLessThanOrEqual(input.length);
          expect(t.text).toBe(input.slice(t.start, t.end));
          expect(t.bodyStart).toBeGreaterThanOrEqual(t.start);
          expect(t.bodyEnd).toBeLessThanOrEqual(t.end);
          prev = t.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});
