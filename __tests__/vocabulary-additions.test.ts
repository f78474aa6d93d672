import { extract } from '../src/index';

/** Words added as one lexicon entry each (the README's "where a new word goes"). */
describe('vocabulary added in src/lexicon', () => {
  const found = (text: string, referenceDate?: string) =>
    extract(text, referenceDate ? { referenceDate } : {}).entities.map((e) => [e.type, e.text, e.type === 'date' || e.type === 'number' ? e.value : e.canonical, e.source]);

  it('reads المولد النبوي as the holiday of 12 Rabiʿ al-Awwal, also after a proclitic', () => {
    expect(found('احتفل المسلمون بالمولد النبوي الشريف.', '2024-09-20')).toContainEqual(['date', 'المولد النبوي', '2024-09-15', 'dates/holiday']);
  });

  it('reads the Levantine teens (طنعش, خمستعش) as numbers', () => {
    expect(found('دفع طنعش ألف ليرة وخمستعش دولار')).toEqual([
      ['number', 'طنعش ألف ليرة', 12000, 'numbers/words'],
      ['number', 'خمستعش دولار', 15, 'numbers/words'],
    ]);
  });

  it('reads the same teens as hours in the dates stage: one entry serves both stages', () => {
    expect(found('وصلنا الساعة حدعش', '2024-01-10')).toEqual([['date', 'الساعة حدعش', '2024-01-10T11:00', 'dates/time']]);
    expect(found('الموعد الساعة اطناشر الضهر', '2024-01-10')).toEqual([['date', 'الساعة اطناشر الضهر', '2024-01-10T12:00', 'dates/time']]);
  });

  it('knows the added countries as locations', () => {
    const r = extract('فازت زامبيا على كوت ديفوار وبوركينا فاسو');
    expect(r.locations.map((l) => [l.canonical, l.country])).toEqual([['زامبيا', 'ZM'], ['كوت ديفوار', 'CI'], ['بوركينا فاسو', 'BF']]);
  });
});
