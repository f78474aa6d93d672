import { extract } from '../src/index.js';

type T = 'person' | 'organization' | 'location';
const names = (text: string) => extract(text).entities.filter((m) => m.type === 'person' || m.type === 'organization' || m.type === 'location').map((m) => `${m.type}:${m.text}`);

describe('names from context (issue 11 items 5-6)', () => {
  // [what, text, spans that must be found, spans that must not]
  const cases: Array<[string, string, Array<[T, string]>, Array<[T, string]>]> = [
    ['a player role is a title, the first name stays', 'وقال المهاجم أيوب الكعبي إن الفريق جاهز.', [['person', 'أيوب الكعبي']], [['person', 'المهاجم أيوب الكعبي'], ['person', 'جاهز']]],
    ['a definite nisba-form surname after a title', 'وقال النائب منجي الرحوي إن الجلسة تأجلت.', [['person', 'منجي الرحوي']], [['person', 'منجي']]],
    ['a person name inside a long organisation name', 'أعلن مركز الملك سلمان للإغاثة والأعمال الإنسانية عن حملة جديدة.', [['organization', 'مركز الملك سلمان للإغاثة والأعمال الإنسانية']], [['person', 'سلمان']]],
    ['a newspaper name ends before the clause', 'حسب صحيفة الشروق فإن الحكومة ستستقيل.', [], [['organization', 'الشروق فإن الحكومة ستستقيل'], ['organization', 'صحيفة الشروق فإن الحكومة ستستقيل']]],
    ['a port with a place the corpora know', 'ووصلت السفينة إلى ميناء طرطوس صباحا.', [['location', 'ميناء طرطوس']], []],
    ['teams on both sides of a score in a result list', 'الدور ربع النهائي : النادي الصفاقسي 1 - 0 مستقبل القصرين  الملعب التونسي 2 - 2 النجم الساحلي', [['organization', 'مستقبل القصرين']], []],
    ['a score in running prose does not make a team of the sentence', 'وسحق الفريق ضيفه بنتيجة 3 - 1 في المباراة.', [], [['organization', 'ضيفه بنتيجة'], ['organization', 'في المباراة']]],
    ['a party in parentheses after a person', 'وانتخبت النائبة سلمى الزواري (حركة الشعب) رئيسة للجنة.', [['organization', 'حركة الشعب']], []],
    ['a country adjective in a common noun phrase is no place', 'وتراجعت الصادرات الروسية والواردات الصينية هذا العام.', [], [['location', 'الروسية'], ['location', 'الصينية']]],
    ['a place-like word in an idiom is no place', 'وقف الجميع على قدم وساق لإنجاح الموسم.', [], [['location', 'وساق'], ['location', 'قدم وساق']]],
    ['no party: a number word in parentheses', 'وسجل اللاعب كريم الهمامي (هدفين) في المباراة.', [], [['organization', 'هدفين']]],
  ];
  test('a newspaper name ends before the clause, rules alone', () => {
    const got = extract('حسب صحيفة الشروق فإن الحكومة ستستقيل.', { model: false }).entities.map((m) => `${m.type}:${m.text}`);
    expect(got).toContain('organization:الشروق');
  });

  test.each(cases)('%s', (_what, text, want, unwanted) => {
    const got = names(text);
    for (const [type, s] of want) expect({ got, want: `${type}:${s}`, ok: got.includes(`${type}:${s}`) }).toMatchObject({ ok: true });
    for (const [type, s] of unwanted) expect({ got, unwanted: `${type}:${s}`, ok: !got.includes(`${type}:${s}`) }).toMatchObject({ ok: true });
  });
});
