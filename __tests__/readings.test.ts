import { foldKey, normalize } from '../src/text/normalize';
import { tokenizeNormalized } from '../src/text/tokenize';
import { leadingProclitic, readTokens, type ReadOptions } from '../src/text/readings';
import { PROCLITICS, procliticForms, ENCLITICS } from '../src/lexicon/proclitics';

const read = (text: string) => {
  const norm = normalize(text);
  const tokens = tokenizeNormalized(norm.text);
  return { tokens, r: readTokens(tokens) };
};
const vocab = (...words: string[]) => new Map(words.map((w) => [foldKey(normalize(w).text), w]));

const DATES: ReadOptions = { proclitics: 'dates', article: true };
const WEEKDAYS: ReadOptions = { proclitics: 'weekdays', article: true };
const NUMBERS: ReadOptions = { proclitics: 'numbers', article: true, minAfterPreposition: 3 };
const BARE: ReadOptions = { proclitics: 'none', article: true };

describe('proclitic table', () => {
  test('every entry has a reason, parts that spell it, and a kind', () => {
    for (const p of PROCLITICS) {
      expect(p.reason.length).toBeGreaterThan(5);
      expect(p.parts.join('')).toBe(p.form);
    }
    for (const e of ENCLITICS) expect(e.reason.length).toBeGreaterThan(2);
  });
  test.each([
    ['dates', ['وب', 'ول', 'وك', 'فب', 'فل', 'و', 'ف', 'ب', 'ل', 'ك']],
    ['weekdays', ['وب', 'ول', 'فب', 'فل', 'و', 'ف', 'ب', 'ل']],
    ['numbers', ['وب', 'ول', 'فب', 'فل', 'و', 'ف', 'ب', 'ل']],
    ['qualifiers', ['وب', 'ول', 'فب', 'فل', 'و', 'ف', 'ب', 'ل', 'ك']],
    ['glued', ['وب', 'ول', 'وك', 'فب', 'فل', 'فك', 'و', 'ف', 'ب', 'ل', 'ك']],
    ['analysis', ['وب', 'ول', 'وك', 'فب', 'فل', 'فك', 'وس', 'فس', 'و', 'ف', 'ب', 'ل', 'ك', 'س']],
  ] as const)('context %s strips %j, two-letter forms first', (context, forms) => {
    expect(procliticForms(context)).toEqual(forms);
  });
});

describe('readings: look-ups with explicit options', () => {
  test.each([
    // [case, text, vocabulary, options, expected { key, prefix, article, enclitic, body } or null]
    ['article stripped', 'الخميس', ['خميس'], DATES, { key: 'خميس', prefix: '', article: true, body: 'الخميس' }],
    ['و + article', 'والخميس', ['خميس'], DATES, { key: 'خميس', prefix: 'و', article: true, body: 'الخميس' }],
    ['ل + ال written لل', 'للخميس', ['خميس'], DATES, { key: 'خميس', prefix: 'ل', article: true, body: 'لخميس' }],
    ['two proclitics', 'وبالخميس', ['خميس'], WEEKDAYS, { key: 'خميس', prefix: 'وب', article: true, body: 'الخميس' }],
    ['no proclitic allowed', 'بالخميس', ['خميس'], BARE, null],
    ['article not allowed', 'الخميس', ['خميس'], { proclitics: 'none', article: false } as ReadOptions, null],
    ['ك allowed for dates', 'كالخميس', ['خميس'], DATES, { key: 'خميس', prefix: 'ك', article: true, body: 'الخميس' }],
    ['ك not allowed for weekdays', 'كالخميس', ['خميس'], WEEKDAYS, null],
    ['ك not allowed for numbers', 'كمية', ['مية'], NUMBERS, null],
    ['short stem after a preposition', 'لست', ['ست'], NUMBERS, null],
    ['short stem after a conjunction', 'وست', ['ست'], NUMBERS, { key: 'ست', prefix: 'و', article: false, body: 'ست' }],
    ['explicit list of forms', 'فالخميس', ['خميس'], { proclitics: ['و'], article: true } as ReadOptions, null],
    ['minimum stem', 'وسبت', ['سبت'], { proclitics: 'dates', article: true, minStem: 4 } as ReadOptions, null],
    ['whole word first', 'ولي', ['ولي', 'لي'], DATES, { key: 'ولي', prefix: '', article: false, body: 'ولي' }],
    ['folded key (alef, teh marbuta)', 'أمس', ['امس'], DATES, { key: 'امس', prefix: '', article: false, body: 'أمس' }],
    ['enclitic only when asked', 'بلاده', ['بلاد'], { proclitics: 'none', article: true, enclitic: true } as ReadOptions, { key: 'بلاد', prefix: '', article: false, enclitic: 'ه', body: 'بلاد' }],
    ['no enclitic by default', 'بلاده', ['بلاد'], BARE, null],
    ['proclitic and enclitic', 'وبلاده', ['بلاد'], { proclitics: 'dates', article: true, enclitic: true } as ReadOptions, { key: 'بلاد', prefix: 'و', article: false, enclitic: 'ه', body: 'بلاد' }],
  ] as const)('%s: %s', (_case, text, words, opts, expected) => {
    const { r } = read(text);
    const hit = r.lookup(0, vocab(...words), opts as ReadOptions);
    if (expected === null) {
      expect(hit).toBeNull();
      return;
    }
    expect(hit).not.toBeNull();
    const { reading } = hit!;
    expect(reading.key).toBe(foldKey(normalize(expected.key).text));
    expect(reading.prefix).toBe(expected.prefix);
    expect(reading.article).toBe(expected.article);
    expect(reading.enclitic).toBe('enclitic' in expected ? expected.enclitic : '');
    expect(text.slice(reading.start, reading.end)).toBe(expected.body);
  });

  test.each([
    ['an Arabic word', 'والخميس', 'والخميس'],
    ['alef folded', 'إعلان', 'اعلان'],
    ['a number token', '2022', ''],
    ['punctuation', '،', ''],
    ['Latin', 'DW', ''],
  ])('folded key of %s', (_case, text, key) => {
    const { r } = read(text);
    expect(r.folded(0)).toBe(key);
    if (key === '') expect(r.all(0)).toEqual([]);
  });

  test('readings are computed once per token and shared', () => {
    const { r } = read('والخميس والخميس');
    expect(r.all(0)).toBe(r.all(0));
    expect(r.all(0).map((x) => x.key)).toEqual(r.all(1).map((x) => x.key));
    expect(r.all(1)[0].start).toBeGreaterThan(r.all(0)[0].start);
  });

  test.each([
    ['dates keep ك', 'كالخميس', 'dates', ['كالخميس', 'الخميس', 'خميس']],
    ['weekdays drop ك', 'كالخميس', 'weekdays', ['كالخميس']],
    ['س is the analysis only', 'سالمين', 'dates', ['سالمين']],
  ] as const)('readings of a context: %s', (_case, text, context, keys) => {
    const { r } = read(text);
    expect(r.of(0, context).map((x) => x.key)).toEqual(keys);
    expect(r.of(0, context)).toBe(r.of(0, context));
  });

  test('match against a set of keys', () => {
    const { r } = read('وفي يوم');
    expect(r.match(0, ['في'], DATES)?.prefix).toBe('و');
    expect(r.match(0, ['في'], BARE)).toBeNull();
    expect(r.match(1, new Set(['يوم']), BARE)?.key).toBe('يوم');
  });
});

describe('words: the reading of whole tokens', () => {
  test('kept and heads contexts come from the table', () => {
    expect(procliticForms('kept')).toEqual(['و', 'ف', 'ب', 'ل', 'ك']);
    expect(procliticForms('heads')).toEqual(['ب', 'ل']);
  });
  test('leadingProclitic splits one letter of a context off a key', () => {
    expect(leadingProclitic(foldKey('لمنظمة'), 'heads')).toBe(foldKey('منظمة'));
    expect(leadingProclitic(foldKey('كمنظمة'), 'heads')).toBeNull();
    expect(leadingProclitic(foldKey('كمنظمة'), 'kept', 4, 'preposition')).toBe(foldKey('منظمة'));
    expect(leadingProclitic(foldKey('ودعم'), 'kept', 4, 'preposition')).toBeNull();
    expect(leadingProclitic(foldKey('لدع'), 'kept', 4)).toBeNull();
  });
  test('each token carries its folded text, key with the article and ل + ل-word reading', () => {
    const { tokens, r } = read('للكرملين وللجنة اللجنة بوتين');
    const w = r.wordTokens();
    expect(w).toHaveLength(tokens.length);
    expect(w[0].withArticle).toBe(foldKey('الكرملين'));
    expect(w[1].lamKey).toBe(foldKey('لجنة'));
    expect(w[2].lamKey).toBe('');
    expect(w[3].withArticle).toBe(w[3].key);
    expect(w[3].folded).toBe(foldKey('بوتين'));
    expect(r.wordTokens()).toBe(w);
  });
  test('remember keeps one answer per word for the document', () => {
    const { r } = read('بوتين');
    let calls = 0;
    const ask = () => r.remember('test', 'بوتين', () => ++calls);
    expect([ask(), ask()]).toEqual([1, 1]);
    expect(read('بوتين').r.remember('test', 'بوتين', () => 7)).toBe(7);
  });
});
