/**
 * Trigger words of the name tagger's features: a folded stem (article stripped) and the class
 * it signals to the model (`t=title`, `t-1=org`, `tw=said` …).
 *
 * FROZEN WITH THE MODEL: the shipped weights (src/model/ner.json) were trained with exactly
 * these lists. Changing a word changes the features the model sees at run time; do it only
 * together with `npm run train`, which records a digest of the lists in the model's meta and
 * the tagger refuses a model whose digest differs (see triggersDigest).
 */
import { TOPIC_WORDS, type TopicWords } from './topics.js';

export type TriggerClass = 'title' | 'said' | 'org' | 'loc' | 'prep' | 'chain';

export interface TriggerGroup {
  cls: TriggerClass;
  /** Why words of this class help the tagger. */
  reason: string;
  words: readonly string[];
}

export const TAGGER_TRIGGERS: readonly TriggerGroup[] = [
  {
    cls: 'title',
    reason: "titles, offices and professions: the next words are often a person's name (الرئيس X, المدرب X)",
    words: 'رئيس الرئيس رئيسة وزير وزيرة الوزير ملك الملك ملكة أمير الأمير الشيخ شيخ الإمام إمام العميد عميد اللواء لواء العقيد عقيد الجنرال جنرال المستشار مستشار المهندس الدكتور دكتور السيد السيدة الرئيسة نائب النائب مدير المدير مديرة الأمين أمين سفير السفير السفيرة المبعوث مبعوث المتحدث الناطق زعيم الزعيم قائد القائد البابا الكاردينال المطران القاضي قاضي المحامي الفنان الفنانة الكاتب الكاتبة الشاعر الروائي المخرج المدرب اللاعب لاعب النجم الصحافي الصحفي المراسل مراسل الأستاذ الأستاذة البروفيسور المفتي السلطان سلطان الأميرة ولي المرشح مرشح المستشارة الحاكم حاكم محافظ المحافظ عضو العضو النائبة سيناتور السناتور المفوض رئيسا رئيسه'.split(' '),
  },
  {
    cls: 'said',
    reason: "reporting and meeting verbs: their subject or object is often a person or an organisation (قال X, التقى X)",
    words: 'قال قالت يقول تقول أضاف أضافت أكد أكدت أعلن أعلنت صرح صرحت أوضح أوضحت ذكر ذكرت أشار أشارت اعتبر اعتبرت رأى دعا دعت طالب طالبت أعرب أعربت وصف وصفت نفى نفت استقبل التقى'.split(' '),
  },
  {
    cls: 'org',
    reason: "heads of organisation names: what follows is usually the rest of the name (وزارة X, حزب X)",
    words: 'وزارة منظمة لجنة هيئة مجلس حزب حركة جامعة شركة وكالة مصرف بنك صندوق اتحاد مؤسسة برنامج قوات جيش مكتب معهد محكمة منتخب نادي جمعية جبهة مركز بورصة صحيفة مجلة قناة إذاعة تلفزيون مجموعة كتلة تحالف رابطة نقابة أكاديمية كلية مستشفى سلطة إدارة دائرة مديرية الأمم الاتحاد'.split(' '),
  },
  {
    cls: 'loc',
    reason: "place nouns and directions: what follows is often a place name (مدينة X, شمال X)",
    words: 'مدينة العاصمة عاصمة دولة بلد بلاد جمهورية مملكة إمارة ولاية محافظة إقليم منطقة قرية بلدة جزيرة جزر نهر بحر خليج جبل جبال شمال جنوب شرق غرب وسط ضواحي شمالي جنوبي شرقي غربي مطار ميناء شارع حي مخيم'.split(' '),
  },
  {
    cls: 'prep',
    reason: "prepositions: mark a noun phrase start; not counted in the trigger window",
    words: 'في من إلى الى على عن مع بين عند لدى حول نحو ضد منذ'.split(' '),
  },
  {
    cls: 'chain',
    reason: "genealogical and kunya particles inside names (بن, أبو, عبد): the words around them are name parts",
    words: 'بن ابن بنت آل أبو أبي أبا أم عبد'.split(' '),
  },
];

/**
 * A short, stable digest of the trigger and topic lists (FNV-1a over classes and words),
 * stored in the model's meta: the tagger refuses a model trained with other lists.
 */
export function triggersDigest(groups: readonly TriggerGroup[] = TAGGER_TRIGGERS, topics: readonly TopicWords[] = TOPIC_WORDS): string {
  let h = 0x811c9dc5;
  const lists = [...groups.map((g) => [g.cls, ...g.words]), ...topics.map((t) => [t.topic, String(t.minDistinct), ...t.words])];
  for (const list of lists) {
    for (const s of list) {
      for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
      h = Math.imul(h ^ 0x20, 0x01000193) >>> 0;
    }
  }
  return h.toString(16).padStart(8, '0');
}
