import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extract } from '../src/index.js';
import type { ExtractOptions } from '../src/schema/options.js';

type NameType = 'person' | 'organization' | 'location';

function names(text: string, options?: ExtractOptions) {
  const r = extract(text, options);
  const ents = r.entities.filter((m) => m.type === 'person' || m.type === 'organization' || m.type === 'location');
  for (const m of ents) expect(text.slice(m.start, m.end)).toBe(m.text);
  return { r, ents, has: (type: NameType, s: string) => ents.some((m) => m.type === type && m.text === s) };
}

describe('span rules (ANNOTATION.md)', () => {
  const cases: Array<[string, string, NameType, string[]]> = [
    // [what, text, type, spans that must be found]
    ['title outside the person span', 'وقال وزير الخارجية الأمريكي أنتوني بلينكن إن الوضع خطير.', 'person', ['أنتوني بلينكن']],
    ['president + nisba + name', 'اتصل الرئيس الروسي فلاديمير بوتين بنظيره الفرنسي.', 'person', ['فلاديمير بوتين']],
    ['name chain with بن and آل', 'استقبل الملك حمد بن عيسى آل خليفة الوفد في المنامة.', 'person', ['حمد بن عيسى آل خليفة']],
    ['regnal number inside', 'حكم الملك فيصل الثاني العراق حتى عام 1958.', 'person', ['فيصل الثاني']],
    ['عبد + name', 'التقى الرئيس عبد الفتاح السيسي بالوفد.', 'person', ['عبد الفتاح السيسي']],
    ['initials join the name', 'أوقف المدير السابق ك. ك. ماسيموف وأودع مركزا للتوقيف.', 'person', ['ك. ك. ماسيموف']],
    ['transliterated name after a title', 'وقال المتحدث باسم الحكومة أيدوس أوكيباي إن الوضع مستقر.', 'person', ['أيدوس أوكيباي']],
    ['said-verb + unknown name', 'وقال غوتيريش في بيان إن الأزمة تتفاقم.', 'person', ['غوتيريش']],
    ['org head with complement and nisba', 'وأعلنت وزارة الداخلية الكازاخستانية الجمعة مقتل 26 شخصا.', 'organization', ['وزارة الداخلية الكازاخستانية']],
    ['org head with construct chain', 'طلب مساعدة عسكرية من منظمة معاهدة الأمن الجماعي.', 'organization', ['منظمة معاهدة الأمن الجماعي']],
    ['org with و-joined complement', 'وقالت وزارة الشباب والرياضة إن الملعب جاهز.', 'organization', ['وزارة الشباب والرياضة']],
    ['org with ل-phrase', 'وأعلنت الهيئة العامة للإحصاء أرقاما جديدة.', 'organization', ['الهيئة العامة للإحصاء']],
    ['person name inside an org is not a person', 'تخرج في جامعة الملك سعود عام 2010.', 'organization', ['جامعة الملك سعود']],
    ['للكرملين keeps one ل', 'وقال بيان للكرملين إن المحادثات جرت.', 'organization', ['لكرملين']],
    ['proclitics outside', 'وأعلن الكرملين أن بوتين وتوكاييف تحادثا.', 'organization', ['الكرملين']],
    ['الجيش + nisba is an organisation', 'وقال الجيش العراقي إنه استعاد السيطرة على المدينة.', 'organization', ['الجيش العراقي']],
    ['known single-word organisation', 'وحذر الناتو من تصعيد جديد.', 'organization', ['الناتو']],
    ['Latin names in an Arabic article', 'بوتين وتوكاييف Foto: Sputnik Kremlin/dpa/picture-alliance', 'organization', ['Sputnik', 'dpa']],
    ['region', 'تعد كازاخستان أكبر دولة في آسيا الوسطى.', 'location', ['كازاخستان', 'آسيا الوسطى']],
    ['the capital is a location', 'الزعيم السابق موجود في العاصمة الكازاخستانية نور سلطان وعلى اتصال.', 'location', ['نور سلطان']],
    ['place trigger + unknown name', 'وصلت التعزيزات إلى مدينة كاراغاندا صباحا.', 'location', ['كاراغاندا']],
  ];
  test.each(cases)('%s', (_what, text, type, spans) => {
    const { has, ents } = names(text);
    for (const s of spans) expect({ found: has(type, s), s, got: ents.map((m) => `${m.type}:${m.text}`) }).toMatchObject({ found: true });
  });

  test('title goes to attributes with nationality', () => {
    const { r } = names('وقال وزير الخارجية الأمريكي أنتوني بلينكن إن الوضع خطير.');
    const p = r.people.find((x) => x.canonical === 'أنتوني بلينكن');
    expect(p?.titles).toContain('وزير الخارجية');
    expect(p?.nationality).toBe('US');
  });

  test('a title word alone is not a person', () => {
    const { ents } = names('قال الرئيس إن الحكومة ستعمل على حل الأزمة.');
    expect(ents.filter((m) => m.type === 'person')).toEqual([]);
  });

  test('نور سلطان نزارباييف is a person, العاصمة نور سلطان a location', () => {
    const { has } = names('حليف الرئيس السابق نور سلطان نزارباييف. وهو موجود في العاصمة نور سلطان الآن.');
    expect(has('person', 'نور سلطان نزارباييف')).toBe(true);
    expect(has('location', 'نور سلطان')).toBe(true);
    expect(has('person', 'نور سلطان')).toBe(false);
  });

  test('العراقي: part of an organisation, not a person', () => {
    const { ents } = names('وقال الجيش العراقي إنه استعاد السيطرة.');
    expect(ents.filter((m) => m.type === 'person')).toEqual([]);
  });

  test('common words that are also first names are not people on their own', () => {
    const { ents } = names('يتمتع الساحل بجمال طبيعي ويعيش الناس على أمل التغيير.');
    expect(ents.filter((m) => m.type === 'person')).toEqual([]);
  });

  test('an acronym in parentheses is linked to its long form', () => {
    const { r, has } = names('وقالت "لجنة الأمن الوطنية" (كاي إن بي) إن مديرها أوقف.');
    expect(has('organization', 'كاي إن بي')).toBe(true);
    const org = r.organizations.find((o) => o.canonical === 'لجنة الأمن الوطنية');
    expect(org?.acronyms).toEqual(['كاي إن بي']);
    expect(org?.mentionIds).toHaveLength(2);
  });

  test('(وام) after وكالة أنباء الإمارات', () => {
    const { r } = names('ذكرت وكالة أنباء الإمارات (وام) أن الاجتماع عقد أمس.');
    const org = r.organizations.find((o) => o.canonical === 'وكالة أنباء الإمارات');
    expect(org?.acronyms).toEqual(['وام']);
    expect(org?.kind).toBe('media');
  });

  test('organisation kind from the head noun', () => {
    const { r } = names('وأعلنت وزارة المالية المصرية خطة جديدة.');
    expect(r.organizations[0]?.kind).toBe('ministry');
  });

  test('age and gender attributes', () => {
    const { r } = names('وقالت وزيرة الخارجية أنالينا بيربوك (42 عامًا) إن الحل سياسي.');
    const p = r.people.find((x) => x.canonical.includes('بيربوك'));
    expect(p?.gender).toBe('female');
    expect(p?.age).toBe(42);
  });

  test('age stated with الذي يبلغ من العمر', () => {
    const { r } = names('وغادر الرئيس السابق نور سلطان نزارباييف، الذي يبلغ من العمر 81 عاما، البلاد.');
    expect(r.people[0]?.age).toBe(81);
  });
});

describe('user extension', () => {
  test('user gazetteer entries carry their id as qid', () => {
    const { r, has } = names('وأعلنت شركة زد للتقنية وأعلن فلان عن شراكة مع مجموعة بروكسيما.', {
      gazetteer: [{ text: ['بروكسيما', 'مجموعة بروكسيما'], type: 'organization', canonical: 'Proxima Group', id: 'Q123', kind: 'company' }],
    });
    expect(has('organization', 'مجموعة بروكسيما')).toBe(true);
    const o = r.organizations.find((x) => x.qid === 'Q123');
    expect(o?.canonical).toBe('Proxima Group');
    expect(o?.kind).toBe('company');
  });

  test('user entries match through proclitics', () => {
    const { r } = names('وقال وبكازاخستان أمس', { gazetteer: [{ text: 'كازاخستان', type: 'location', id: 'Q232' }] });
    expect(r.locations[0]?.qid).toBe('Q232');
  });

  test('rules and model off: only the user gazetteer', () => {
    const text = 'وقال وزير الخارجية الأمريكي أنتوني بلينكن في واشنطن إن الكرملين مسؤول.';
    const { ents } = names(text, { model: false, rules: false, gazetteer: [{ text: 'واشنطن', type: 'location' }] });
    expect(ents.map((m) => m.text)).toEqual(['واشنطن']);
  });

  test('model off: rules still find titled names and known entities', () => {
    const { has } = names('وقال وزير الخارجية الأمريكي أنتوني بلينكن في واشنطن إن الكرملين مسؤول.', { model: false });
    expect(has('person', 'أنتوني بلينكن')).toBe(true);
    expect(has('organization', 'الكرملين')).toBe(true);
  });

  test('rules off: the tagger alone still finds names', () => {
    const { ents } = names('وقال الرئيس الروسي فلاديمير بوتين في موسكو إن روسيا مستعدة.', { rules: false });
    expect(ents.length).toBeGreaterThan(0);
  });
});

describe('rule precision (error analysis on news corpora)', () => {
  const spans = (text: string, type: NameType) => names(text).ents.filter((m) => m.type === type).map((m) => m.text);
  test('a nationality nisba after a brand or club name stays outside the organisation', () => {
    expect(spans('وقال كافو المحترف في فريق ميلان الإيطالي إنه سعيد.', 'organization')).not.toContain('ميلان الإيطالي');
    expect(spans('وقالت صحيفة الجارديان البريطانية إن المحادثات فشلت.', 'organization')).not.toContain('الجارديان البريطانية');
  });
  test('a nisba still belongs to a head + common-noun organisation', () => {
    expect(spans('وأعلنت وزارة الخارجية الألمانية أن الوزير سيسافر.', 'organization')).toContain('وزارة الخارجية الألمانية');
  });
  test('a club head does not run over و into the next club', () => {
    expect(spans('إلى رؤساء وفود نادي النصر والاتفاق السعودي.', 'organization')).not.toContain('النصر والاتفاق السعودي');
  });
  test('a proper name ends the genitive chain of an organisation', () => {
    expect(spans('وقد رفض تلفزيون دبي اسناد الدور لك.', 'organization')).not.toContain('دبي اسناد الدور');
  });
  test('a head before a known organisation does not swallow it', () => {
    const t = 'بشأن تعزيز قوات الأمم المتحدة في لبنان.';
    expect(spans(t, 'organization')).toContain('الأمم المتحدة');
    expect(spans(t, 'organization')).not.toContain('قوات الأمم المتحدة');
  });
  test('a possessive head and a definite head with a verb are not organisations', () => {
    expect(spans('أحرز منتخبنا الوطني للتايكوندو ميداليتين.', 'organization')).toHaveLength(0);
    expect(spans('تبادل الدروع والهدايا التذكارية اللجنة المنظمة تحتفي بالوفود', 'organization')).not.toContain('اللجنة المنظمة تحتفي');
  });
  test('an indefinite adjective is not an organisation name', () => {
    expect(spans('وفي أنقرة نظم حزب إسلامي التوجه تجمعا.', 'organization')).not.toContain('حزب إسلامي التوجه');
  });
  test('آية is a title only in آية الله; الله alone is no title', () => {
    expect(spans('حاول تجنب أية أفكار يمكن أن تثير الناخبين.', 'person')).toHaveLength(0);
    expect(spans('والعماني عبد الله بامخالف قرعة الدور الثاني', 'person')).not.toContain('بامخالف');
  });
  test('a said-verb before a pronoun or possessive is no person', () => {
    expect(spans('يخشاها ، وهو حذر منها ، لكنه لا يقاطعها', 'person')).toHaveLength(0);
    expect(spans('وكيف دعا قومه لينصرف أهله عنها .', 'person')).toHaveLength(0);
  });
  test('a first name before a definite common word is not a full name', () => {
    expect(spans('قبل شهر رمضان المبارك وذلك لتقييم المجموعات', 'person')).not.toContain('رمضان المبارك');
  });
  test('a sports club is a name, not a common noun before الرياضي', () => {
    expect(spans('النصر العماني مستضيف هذا التجمع الرياضي وذلك', 'organization')).not.toContain('التجمع الرياضي');
    expect(spans('فاز الترجي الرياضي التونسي على الوداد الرياضي.', 'organization')).toEqual(expect.arrayContaining(['الترجي الرياضي التونسي', 'الوداد الرياضي']));
  });
  test('a club named in full once is an organisation where its short name recurs', () => {
    const t = 'فاز الترجي الرياضي التونسي على ضيفه. وقال مدرب الترجي إن الفوز مستحق.';
    expect(names(t).ents.filter((m) => m.type === 'organization' && m.text === 'الترجي')).toHaveLength(1);
  });
  test('a preposition kept on an organisation head stays outside the span', () => {
    expect(spans('وقال المدير العام لمنظمة الصحة العالمية إن الوضع خطير.', 'organization')).toContain('منظمة الصحة العالمية');
  });
  test('a second head starts another organisation', () => {
    expect(spans('قسم الفلسفة بكلية الآداب جامعة القاهرة اختار', 'organization')).not.toContain('كلية الآداب جامعة القاهرة');
  });
  test('a role noun (بطل) is not a first name: the first+last rule does not take it', () => {
    // The retrained tagger itself tags كوت ديفوار as a person here (confidence 0.44), a known
    // error; what the rules must not do is grow it into بطل كوت ديفوار.
    expect(spans('وأضاف أن مشاركته أمام بطل كوت ديفوار ستكون صعبة', 'person')).not.toContain('بطل كوت ديفوار');
  });
  test('مكة: the epithet المكرمة stays outside the place', () => {
    expect(spans('موعد غروب القمر في مكة المكرمة اليوم', 'location')).toContain('مكة');
  });
});

describe('robustness', () => {
  test.each(['', ' ', '(((', 'ك.', '( )', 'وزارة', 'الرئيس', 'قال', 'بن', 'ـــ', 'DW', '"لجنة" (', 'العاصمة', 'x'.repeat(1000)])('never throws on %j', (s) => {
    expect(() => extract(s)).not.toThrow();
    expect(extract(s).warnings.filter((w) => w.code === 'STAGE_FAILED')).toEqual([]);
  });
});

describe('reference article', () => {
  const text = readFileSync(path.join(__dirname, '../fixtures/dw-kazakhstan-2022-01.txt'), 'utf8');
  const r = extract(text);
  const person = (surname: string) => r.people.filter((p) => p.canonical.includes(surname) || p.aliases.some((a) => a.includes(surname)));
  test.each([
    ['ماسيموف', ['كريم ماسيموف', 'ماسيموف', 'ك. ك. ماسيموف', 'كريم كاجيمكانولي ماسيموف']],
    ['نزارباييف', ['نور سلطان نزارباييف', 'نزارباييف', 'نزاربييف']],
    ['توكاييف', ['قاسم جومرت توكاييف', 'توكاييف', 'قاسم جومارت توكاييف']],
    ['بلينكن', ['أنتوني بلينكن', 'بلينكن']],
    ['بوتين', ['فلاديمير بوتين', 'بوتين']],
    ['أوكيباي', ['أوكيباي']],
  ])('%s: one person with all its forms', (surname, forms) => {
    const ps = person(surname);
    expect(ps).toHaveLength(1);
    const all = [ps[0].canonical, ...ps[0].aliases];
    for (const f of forms) expect(all).toContain(f);
  });
  test('Nazarbayev has age 81, Blinken is American, Putin Russian', () => {
    expect(person('نزارباييف')[0].age).toBe(81);
    expect(person('بلينكن')[0].nationality).toBe('US');
    expect(person('بوتين')[0].nationality).toBe('RU');
  });
  test('organisations', () => {
    const canon = r.organizations.map((o) => o.canonical);
    for (const o of ['الكرملين', 'لجنة الأمن الوطنية', 'وزارة الداخلية الكازاخستانية', 'منظمة معاهدة الأمن الجماعي', 'دويتشه فيله', 'Sputnik', 'dpa', 'مجلس الأمن']) expect(canon).toContain(o);
    const knb = r.organizations.find((o) => o.canonical === 'لجنة الأمن الوطنية');
    expect(knb?.acronyms).toEqual(['كاي إن بي']);
    expect(r.organizations.find((o) => o.canonical === 'الكرملين')?.mentionIds.length).toBeGreaterThanOrEqual(2);
  });
  test('نور سلطان after العاصمة is a location', () => {
    expect(r.locations.map((l) => l.canonical)).toContain('نور سلطان');
  });
});
