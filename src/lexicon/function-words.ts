/**
 * Words that never begin or end a person's or place's name, as data. The name rules stop a
 * name run at them and trim them off the tagger's spans. Two honest lists: the function
 * words proper (particles, prepositions, pronouns, demonstratives, relatives, auxiliaries)
 * and frequent content words that news text puts next to names without being part of them
 * (time nouns, report nouns, quantity words). Forms are normalised and matched with foldKey
 * on the token's clitic-free key or its whole folded text.
 */
export interface WordGroup {
  words: readonly string[];
  reason: string;
}

const w = (s: string) => s.split(' ');

export const FUNCTION_WORDS: readonly WordGroup[] = [
  { words: w('في من إلى الى على عن مع عند لدى ضد عبر دون نحو حول خلال منذ بين بعد قبل أمام إثر جراء عقب أثناء وفق حسب مثل ضمن'), reason: 'prepositions and prepositional adverbs: the word before or after a name, never inside it' },
  { words: w('أن إن أنه إنه لا ما لم لن قد أو ثم حتى لكن غير كل بعض أي كما إذا لو ليس ليست هناك هنا أيضا فقط جدا كذلك'), reason: 'particles, conjunctions, negation and sentence adverbs' },
  { words: w('هذا هذه ذلك تلك الذي التي الذين هو هي هم هما نحن أنا ذات ذو ذي'), reason: 'demonstratives, relative and personal pronouns, ذو/ذات "having"' },
  { words: w('كان كانت يكون تكون'), reason: 'the auxiliary كان "was", which precedes a subject name' },
  { words: w('وقد وهو وهي وفي ومن وإن ولا وما ولم'), reason: 'و + particle written as one word, which the tokenizer may keep whole' },
  { words: w('منه منها منهم منهما منهن عنه عنها عنهم فيه فيها فيهم عليه عليها عليهم إليه إليها إليهم لديه لديها لديهم معه معها معهم بها بهم لها لهم بينهم ضده ضدها'), reason: 'prepositions with a pronoun (حذر منها، منه، عليهم): the pronoun is not a name' },
];

export const NON_NAME_WORDS: readonly WordGroup[] = [
  { words: w('يوم اليوم أمس غدا عام سنة شهر أسبوع ساعة مساء صباح'), reason: 'time nouns: a date word after a name (بلينكن اليوم) is not a surname' },
  { words: w('منصب مدير بيان تقرير وكالات مصادر مصدر'), reason: 'report nouns that follow a said-verb instead of a speaker (قال بيان, أفادت مصادر)' },
  { words: w('بطل بطلة وصيف منافس منافسه'), reason: 'sports role nouns before a team or a country (بطل كوت ديفوار, وصيف البطل): a role, not a first name' },
  { words: w('فاز فازت تعادل تعادلت خسر خسرت تغلب تغلبت انهزم انهزمت واجه واجهت'), reason: 'match-result verbs: the team after them is the subject (فاز الترجي على الوداد), the verb is never part of its name' },
  { words: w('حوالي أكثر أقل أكبر أصغر أول آخر أخرى آخرون عدد عدة مرة مرتين أمرا أمراً'), reason: 'quantity and comparative words (أكثر من, عدة) that stand where a name might' },
];

/**
 * Function words whose folded form is also a name: على folds like the name علي, إلى like
 * الي. They are function words only when written exactly so; علي and الي stay names.
 */
export const HOMOGRAPH_FUNCTION_WORDS: WordGroup = {
  words: ['علي', 'الي'],
  reason: 'folded keys shared by a preposition (على, إلى) and a name or its misspelling (علي)',
};

/** The exact spellings that make a homograph key a function word. */
export const HOMOGRAPH_FUNCTION_SPELLINGS: WordGroup = {
  words: ['على', 'إلى', 'الى'],
  reason: 'the prepositions as written; علي with ي is read as the name',
};
