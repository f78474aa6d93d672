/**
 * Compiled look-up tables for the name rules: built once at load, keyed by foldKey of the
 * clitic-free word with its article (`fullKey`), so rules are token-level Map look-ups.
 */
import { foldKey } from '../../text/normalize.js';
import { foldedText, type TextToken } from '../../text/tokenize.js';
import { knownWords } from '../../text/lexicon.js';
import { TITLES, TITLE_QUALIFIERS, SAID_VERBS, PLACE_TRIGGERS, REGNAL, NAME_CONNECTORS, FACILITY_HEADS, type TitleWord } from '../../lexicon/titles.js';
import { ORG_HEADS, ORG_STOP, type OrgHead } from '../../lexicon/org-heads.js';
import { KNOWN_ENTITIES, type KnownEntity } from '../../lexicon/known-entities.js';
import { nisbaOf, isOrgAdjective, isInstitutionalAdjective, type NisbaInfo } from '../../lexicon/nisba.js';
import { nameGazetteer } from './gazetteer.js';

/**
 * The folded word with its article: الكرملين for للكرملين, بوتين for وبوتين. The article
 * forms are interned by key (a token's key is shared by every token of the word), so the
 * rules' many look-ups neither build the string again nor hash a new one.
 */
export function fullKey(t: TextToken): string {
  if (!t.article) return t.key;
  let f = articleKeys.get(t.key);
  if (f === undefined) {
    if (articleKeys.size >= 50_000) articleKeys.clear();
    f = 'ال' + t.key;
    articleKeys.set(t.key, f);
  }
  return f;
}
const articleKeys = new Map<string, string>();

const foldWord = (w: string) => foldKey(w.trim());

export const TITLE_MAP = new Map<string, TitleWord>();
for (const tw of TITLES) if (!TITLE_MAP.has(foldWord(tw.word))) TITLE_MAP.set(foldWord(tw.word), tw);
TITLE_MAP.set(foldWord('نظير'), { word: 'نظير' });
const NAZIR = foldWord('نظير');

/** A title word at token t (الرئيس, وزير, الوزير → وزير). */
export function titleAt(t: TextToken): TitleWord | undefined {
  if (t.kind !== 'arabic') return undefined;
  const f = fullKey(t);
  // نظيره (his counterpart) is a title; bare نظير is a first name or "in return for".
  if (f === NAZIR && t.enclitic === null) return undefined;
  return TITLE_MAP.get(f) ?? (t.article ? TITLE_MAP.get(t.key) : undefined);
}

export const QUALIFIERS = new Set(TITLE_QUALIFIERS.map(foldWord));
export const SAID = new Map<string, boolean>(SAID_VERBS.map(([w, f]) => [foldWord(w), f]));
export const PLACE_TRIGGER = new Set(PLACE_TRIGGERS.map(foldWord));
export const FACILITY = new Set(FACILITY_HEADS.map(foldWord));
export const REGNAL_SET = new Set(REGNAL.filter((r) => !r.includes(' ')).map(foldWord));
export const CONNECTORS = new Set(NAME_CONNECTORS.map(foldWord));
export const ORG_STOP_SET = new Set(ORG_STOP.map(foldWord));

export const ORG_HEAD_MAP = new Map<string, OrgHead>();
for (const oh of ORG_HEADS) ORG_HEAD_MAP.set(foldWord(oh.word), oh);

/** An organisation head at token t: indefinite heads (وزارة) by stem, definite ones as written. */
/** لمنظمة, بوزارة: an organisation head with a preposition the tokenizer kept on it. */
export function gluedOrgHeadAt(t: TextToken): OrgHead | undefined {
  if (t.kind !== 'arabic' || t.article || t.enclitic !== null || t.proclitics.length > 0 || t.key.length < 4) return undefined;
  const c = t.key.charCodeAt(0);
  if (c !== 0x0644 && c !== 0x0628) return undefined;
  // Generic heads with a preposition are mostly verbal nouns (بإدارة الحسابات, لبرنامج).
  const h = ORG_HEAD_MAP.get(t.key.slice(1));
  return h && !h.nisbaOnly && !h.generic ? h : undefined;
}

export function orgHeadAt(t: TextToken): OrgHead | undefined {
  if (t.kind !== 'arabic') return undefined;
  const definite = ORG_HEAD_MAP.get(fullKey(t));
  if (definite && definite.nisbaOnly) return definite;
  const h = ORG_HEAD_MAP.get(t.key) ?? (lamBody(t) ? ORG_HEAD_MAP.get(foldKey(lamBody(t)!)) : undefined);
  return h && !h.nisbaOnly ? h : undefined;
}

/**
 * The tokenizer reads لل as ل + ال (للكرملين); for a head noun that itself begins with ل
 * (للجنة = ل + لجنة) the body without the first ل is the word. Returns it, or undefined.
 */
export function lamBody(t: TextToken): string | undefined {
  if (!t.article || t.text.length < 4) return undefined;
  const i = t.text.indexOf('لل');
  // اللجنة is the article on لجنة, not ل + لجنة.
  if (i < 0 || i > 2 || (i > 0 && t.text[i - 1] === 'ا')) return undefined;
  const body = t.text.slice(i + 1);
  return ORG_HEAD_MAP.has(foldKey(body)) ? body : undefined;
}

export function nisbaAt(t: TextToken): NisbaInfo | undefined {
  return t.kind === 'arabic' ? nisbaOf(t.key) : undefined;
}

/** الوطني, المركزي, الدولي: an adjective that is part of an institution's name, not a nationality. */
export function institutionalAdjAt(t: TextToken): boolean {
  return t.kind === 'arabic' && t.article && isInstitutionalAdjective(t.key);
}

export function orgAdjectiveAt(t: TextToken): boolean {
  return t.kind === 'arabic' && t.article && (isOrgAdjective(t.key) || nisbaOf(t.key) !== undefined);
}

/** Function words and frequent words that never begin or end a name. */
const FUNCTION_WORDS = new Set(
  ('في من إلى الى على عن مع أن إن أنه إنه لا ما لم لن قد هذا هذه ذلك تلك الذي التي الذين هو هي هم هما نحن أنا بعد قبل حول خلال منذ بين عند ' +
    'كان كانت يكون تكون أو ثم حتى لكن غير كل بعض أي كما إذا لو أمام ضد عبر دون وفق حسب نحو لدى ليس ليست هناك هنا أيضا فقط جدا ' +
    'وقد وهو وهي وفي ومن وإن ولا وما ولم يوم اليوم أمس غدا عام سنة شهر أسبوع ساعة مساء صباح بين إثر جراء عقب أثناء لدى مثل ذات ذو ذي ' +
    'منصب مدير بيان تقرير وكالات مصادر مصدر نحو حوالي أكثر أقل أكبر أصغر أول آخر أخرى آخرون عدد عدة مرة مرتين أمرا أمراً ' +
    // Prepositions with a pronoun (حذر منها، منه، عليهم).
    'منه منها منهم منهما منهن عنه عنها عنهم فيه فيها فيهم عليه عليها عليهم إليه إليها إليهم لديه لديها لديهم معه معها معهم بها بهم لها لهم بينهم ضده ضدها')
    .split(' ')
    .map(foldWord),
);

/** Function words whose folded form is also a name (على ~ علي): matched on the exact text. */
const EXACT_ONLY = new Set(['علي', 'الي']);

export function isFunctionWord(t: TextToken): boolean {
  const k = foldedText(t);
  if (EXACT_ONLY.has(k) || EXACT_ONLY.has(t.key)) return t.text === 'على' || t.text === 'إلى' || t.text === 'الى';
  return FUNCTION_WORDS.has(t.key) || FUNCTION_WORDS.has(k);
}

/** علي, الي: a name that is also a common spelling of a preposition (على, إلى). */
export function isHomographName(t: TextToken): boolean {
  return t.kind === 'arabic' && t.proclitics.length === 0 && !t.article && EXACT_ONLY.has(foldKey(t.text)) && !isFunctionWord(t);
}

/** The word is not in the corpus word list: most transliterated foreign names are not. */
/**
 * Word-level predicates are pure functions of the word; their results are memoised in a
 * bounded cache (cleared when full), which holds no document state.
 */
const CACHE_MAX = 50_000;
const unknownCache = new Map<string, boolean>();
const personCache = new Map<string, boolean>();
function memo(cache: Map<string, boolean>, key: string, f: () => boolean): boolean {
  let v = cache.get(key);
  if (v === undefined) {
    if (cache.size >= CACHE_MAX) cache.clear();
    v = f();
    cache.set(key, v);
  }
  return v;
}

export function isUnknown(t: TextToken): boolean {
  if (t.kind !== 'arabic' || t.key.length < 3) return false;
  return memo(unknownCache, t.text + '|' + t.key + (t.article ? '|a' : ''), () => computeUnknown(t));
}

function computeUnknown(t: TextToken): boolean {
  const kw = knownWords();
  if (kw.has(t.key) || kw.has(fullKey(t)) || kw.has(foldKey(t.text))) return false;
  // A future or imperfect verb the word list lacks in this form (سيقاطع, يطاردهم).
  if (t.key.length > 4 && (t.key[0] === 'س' || t.key[0] === 'ي' || t.key[0] === 'ن') && 'يتنا'.includes(t.key[1]) && knownish(kw, t.key.slice(2))) return false;
  // An imperfect verb on a known three-letter stem (يرجح ← رجح).
  if (t.key.length === 4 && t.key[0] === 'ي' && kw.has(t.key.slice(1))) return false;
  // A preposition or conjunction the tokenizer kept on a known word (بنظيره, لدعم).
  if ('وفبلك'.includes(t.key[0]) && t.key.length > 3 && knownish(kw, t.key.slice(1))) return false;
  // Inflected forms of known words (أجريا ← أجرى, قالوا, وصلت): verbs are not names.
  return !knownish(kw, t.key);
}

function knownish(kw: ReadonlySet<string>, k: string): boolean {
  if (kw.has(k)) return true;
  for (const suf of ['وا', 'ا', 'ت', 'ون', 'ين', 'ان', 'ه', 'ها']) {
    if (k.length - suf.length >= 3 && k.endsWith(suf)) {
      const base = k.slice(0, -suf.length);
      if (kw.has(base) || kw.has(base + 'ي') || kw.has(base + 'ه')) return true;
    }
  }
  return false;
}

/** A word seen as a person-name part in the corpora, or a first name (for the first word of a name). */
export function isNamePart(t: TextToken): boolean {
  if (isPersonWord(t)) return true;
  const g = gaz();
  if (!g || t.kind !== 'arabic') return false;
  const p = g.part(fullKey(t)) ?? g.part(t.key);
  return p === 'PER';
}

/** The active model's gazetteer; a broken model fails the stage (a STAGE_FAILED warning). */
function gaz() {
  return nameGazetteer();
}

/** A first name from ../shared/data/names (via the tagger's gazetteer) or a word seen mostly in person names. */
export function isPersonWord(t: TextToken): boolean {
  if (t.kind !== 'arabic') return false;
  return memo(personCache, t.key + (t.article ? '|a' : ''), () => computePersonWord(t));
}

function computePersonWord(t: TextToken): boolean {
  const g = gaz();
  if (!g) return false;
  if (g.isFirstName(t.key) || g.isFirstName(fullKey(t))) return true;
  const p = g.part(fullKey(t)) ?? g.part(t.key);
  if (p === 'PER+') return true;
  return g.get(fullKey(t)) === 'PER';
}

export function isFirstName(t: TextToken): boolean {
  const g = gaz();
  return !!g && t.kind === 'arabic' && (g.isFirstName(t.key) || g.isFirstName(fullKey(t)));
}

/** Gazetteer type of a single word (PER/ORG/LOC) from the training corpora. */
export function gazType(t: TextToken): string | undefined {
  const g = gaz();
  return g && t.kind === 'arabic' ? g.get(fullKey(t)) : undefined;
}

export interface KnownMatch {
  keys: string[];
  entity: KnownEntity;
  form: string;
}

/** Known entities indexed by their first word. Longest forms first. */
export const KNOWN_BY_FIRST = new Map<string, KnownMatch[]>();
function addKnown(forms: readonly string[], entity: KnownEntity): void {
  for (const form of forms) {
    const keys = form.split(/\s+/).filter(Boolean).map(foldWord);
    if (keys.length === 0) continue;
    const list = KNOWN_BY_FIRST.get(keys[0]) ?? [];
    if (list.some((m) => m.keys.join(' ') === keys.join(' '))) continue;
    list.push({ keys, entity, form });
    list.sort((a, b) => b.keys.length - a.keys.length);
    KNOWN_BY_FIRST.set(keys[0], list);
  }
}
for (const e of KNOWN_ENTITIES) addKnown(e.forms, e);

/** The longest known entity starting at tokens[i], or undefined. */
export function knownAt(tokens: readonly TextToken[], i: number): { match: KnownMatch; end: number } | undefined {
  const t = tokens[i];
  if (t.kind !== 'arabic' && t.kind !== 'latin') return undefined;
  const list = KNOWN_BY_FIRST.get(t.kind === 'latin' ? t.text : fullKey(t));
  if (!list) return undefined;
  for (const m of list) {
    let ok = true;
    for (let k = 1; k < m.keys.length; k++) {
      const u = tokens[i + k];
      // A later word may have been read as clitic + word (فيله → ف + يله): compare it whole too.
      const whole = u && u.kind === 'arabic' && foldKey(u.text) === m.keys[k];
      if (!u || (!whole && (u.proclitics.length > 0 || (u.kind !== 'arabic' && u.kind !== 'number') || (u.kind === 'number' ? u.text : fullKey(u)) !== m.keys[k]))) {
        ok = false;
        break;
      }
    }
    if (ok) return { match: m, end: i + m.keys.length };
  }
  return undefined;
}

/** A single-word known location (كازاخستان, موسكو): never part of a person's name run. */
export function isKnownPlace(t: TextToken): boolean {
  const list = KNOWN_BY_FIRST.get(fullKey(t));
  return !!list && list.some((m) => m.keys.length === 1 && m.entity.type === 'location');
}

/** A single-word known entity of any type (الفاو, الكرملين): never a person's name word. */
export function isKnownName(t: TextToken): boolean {
  const list = KNOWN_BY_FIRST.get(fullKey(t));
  return !!list && list.some((m) => m.keys.length === 1);
}
