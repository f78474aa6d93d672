/**
 * Topic words the name tagger reads at the level of the whole document. In a match report a
 * club named after its city (برشلونة, كييف, هامبورغ) or a common word (العربي, الأهلي) is an
 * organisation, not a place; the tagger learns that from a document feature "this document
 * is about sport" conjoined with the word's shape, class and gazetteer type.
 *
 * FROZEN WITH THE MODEL, like the trigger words (src/lexicon/tagger-triggers.ts): the digest
 * of these lists is stored in the model's meta by `npm run train`.
 */
export interface TopicWords {
  topic: 'sport';
  /** Why the words mark the topic. */
  reason: string;
  /** Folded stems, article stripped. */
  words: readonly string[];
  /** Distinct words of the list a document must contain to be about the topic. */
  minDistinct: number;
}

export const TOPIC_WORDS: readonly TopicWords[] = [
  {
    topic: 'sport',
    reason: 'match-report vocabulary: matches, goals, leagues, coaches, players, results; three distinct words make a document about sport',
    words: 'مباراة مباراه مباريات دوري الدوري هدف هدفين أهداف اهداف فريق الفريق لاعب لاعبين اللاعب مدرب المدرب بطولة بطوله كأس كاس ملعب نادي منتخب شوط الشوط فاز تعادل خسر ضربة ركلة جزاء مرمى حارس مهاجم المهاجم مدافع تسجيل سجل نقاط نقطة الموسم موسم مونديال أولمبي أولمبية الأولمبية البطولة الكأس التأهل تأهل ذهاب إياب الإياب الذهاب'.split(' '),
    minDistinct: 3,
  },
];
