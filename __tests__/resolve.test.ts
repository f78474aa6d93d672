import { resolveOverlaps, trimNamesAtDates } from '../src/pipeline/resolve';
import { extract } from '../src/index';
import type { Candidate } from '../src/pipeline/stage';
import { dateStrength } from '../src/recognizers/dates/rules';

const name = (start: number, end: number, type: 'person' | 'organization' = 'person'): Candidate => ({ type, start, end, source: 't', confidence: 0.9 });
const date = (start: number, end: number, confidence = 0.9): Candidate => ({
  type: 'date', start, end, source: 'd', confidence, strength: dateStrength(confidence), value: '2022-01-06', granularity: 'day', calendar: 'gregorian', hijri: null, relative: true, inferred: false, interval: { start: '2022-01-06', end: '2022-01-06' },
});
const num = (start: number, end: number): Candidate => ({
  type: 'number', start, end, source: 'n', confidence: 0.95, value: 24, kind: 'cardinal', currency: null, unit: null, approximate: false, comparator: null, range: null,
});

describe('resolveOverlaps', () => {
  test('flat, longest wins: an organisation over the number inside it', () => {
    const out = resolveOverlaps([num(6, 8), name(0, 8, 'organization')]);
    expect(out.map((c) => c.type)).toEqual(['organization']);
  });
  test('output is sorted by start and non-overlapping', () => {
    const out = resolveOverlaps([name(10, 20), name(0, 5), name(3, 12), date(21, 25)]);
    for (let i = 1; i < out.length; i++) expect(out[i].start).toBeGreaterThanOrEqual(out[i - 1].end);
  });
  test('a name that ran into a confident date at its edge is trimmed, keeping both', () => {
    const text = 'أنتوني بلينكن الخميس';
    const out = resolveOverlaps(trimNamesAtDates([name(0, 20), date(14, 20)], text));
    expect(out.map((c) => [c.type, text.slice(c.start, c.end)])).toEqual([['person', 'أنتوني بلينكن'], ['date', 'الخميس']]);
  });
  test('a low-confidence date does not trim a name', () => {
    const out = trimNamesAtDates([name(0, 20), date(14, 20, 0.5)], 'x'.repeat(20));
    expect(out[0]).toMatchObject({ start: 0, end: 20 });
  });
});

describe('through extract', () => {
  test('title + name followed by a weekday gives a person and a date', () => {
    const r = extract('وقال وزير الخارجية الأمريكي أنتوني بلينكن الخميس إن بلاده ستساعد.', { referenceDate: '2022-01-09' });
    expect(r.entities.map((m) => [m.type, m.text])).toEqual(expect.arrayContaining([['person', 'أنتوني بلينكن'], ['date', 'الخميس']]));
  });

  test.each([
    ['اشترى أربع سيارات', 'أربع', 4],
    ['في الخامس والعشرين', 'الخامس والعشرين', 25],
  ])('a number word is not read as a weekday or a time even in Duckling mode: %s', (text, span, value) => {
    const r = extract(text, { referenceDate: '2013-02-12T04:30', forwardDates: true });
    expect(r.entities.map((m) => [m.type, m.text, 'value' in m ? m.value : null])).toEqual([['number', span, value]]);
  });
});
