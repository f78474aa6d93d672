import { clusterNames, type PlacedName } from '../src/pipeline/link.js';

let n = 0;
function m(type: PlacedName['type'], text: string, start: number, attrs?: PlacedName['attrs'], canonical?: string): PlacedName {
  return { id: `m${++n}`, type, text, normalized: text, canonical: canonical ?? text, start, end: start + text.length, attrs };
}

describe('clusterNames', () => {
  test('full and short forms, initials, spelling variants', () => {
    const r = clusterNames([
      m('person', 'كريم ماسيموف', 0),
      m('person', 'كريم كاجيمكانولي ماسيموف', 100),
      m('person', 'ك. ك. ماسيموف', 200),
      m('person', 'ماسيموف', 300),
      m('person', 'نور سلطان نزارباييف', 400),
      m('person', 'نزارباييف', 500),
      m('person', 'نزاربييف', 600, { age: 81 }),
    ]);
    expect(r.people).toHaveLength(2);
    expect(r.people[0].mentionIds).toHaveLength(4);
    expect(r.people[0].canonical).toBe('كريم كاجيمكانولي ماسيموف');
    expect(r.people[1].mentionIds).toHaveLength(3);
    expect(r.people[1].age).toBe(81);
  });

  test('different people with the same first name stay apart', () => {
    const r = clusterNames([m('person', 'محمد بن سلمان', 0), m('person', 'محمد السادس', 50)]);
    expect(r.people).toHaveLength(2);
  });

  test('a surname goes to the nearest earlier person that fits', () => {
    const r = clusterNames([m('person', 'أحمد عيسى', 0), m('person', 'علي عيسى', 100), m('person', 'عيسى', 150)]);
    expect(r.people.find((p) => p.canonical === 'علي عيسى')?.mentionIds).toHaveLength(2);
  });

  test('acronym joins the organisation just before it; later acronym mentions too', () => {
    const long = m('organization', 'لجنة الأمن الوطنية', 0);
    const r = clusterNames([long, m('organization', 'كاي إن بي', long.end + 3, { acronym: true }), m('organization', 'كاي إن بي', 300)]);
    expect(r.organizations).toHaveLength(1);
    expect(r.organizations[0].acronyms).toEqual(['كاي إن بي']);
    expect(r.organizations[0].mentionIds).toHaveLength(3);
    expect(r.organizations[0].canonical).toBe('لجنة الأمن الوطنية');
  });

  test('shorter organisation form joins the longer', () => {
    const r = clusterNames([m('organization', 'لجنة الأمن الوطنية', 0), m('organization', 'لجنة الأمن', 100)]);
    expect(r.organizations).toHaveLength(1);
  });

  test('canonical from the rule (لكرملين → الكرملين) and Latin alias', () => {
    const r = clusterNames([m('organization', 'الكرملين', 0), m('organization', 'لكرملين', 50, undefined, 'الكرملين'), m('organization', 'Kremlin', 90, undefined, 'الكرملين')]);
    expect(r.organizations).toHaveLength(1);
    expect(r.organizations[0].canonical).toBe('الكرملين');
  });

  test('attributes merge over mentions; qid carried', () => {
    const r = clusterNames([m('person', 'أنتوني بلينكن', 0, { titles: ['وزير الخارجية'], nationality: 'US', qid: 'Q7' }), m('person', 'بلينكن', 40, { gender: 'male' })]);
    expect(r.people[0]).toMatchObject({ titles: ['وزير الخارجية'], nationality: 'US', gender: 'male', qid: 'Q7' });
  });

  test('types never mix', () => {
    const r = clusterNames([m('person', 'نور سلطان نزارباييف', 0), m('location', 'نور سلطان', 50)]);
    expect(r.people).toHaveLength(1);
    expect(r.locations).toHaveLength(1);
  });
});
