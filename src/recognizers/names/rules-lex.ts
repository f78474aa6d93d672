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
import { FUNCTION_WORDS, NON_NAME_WORDS, HOMOGRAPH_FUNCTION_WORDS, HOMOGRAPH_FUNCTION_SPELLINGS } from '../../lexicon/function-words.js';
import { NAME_WORD_MEMO } from './word-memo.js';
import { PROCLITICS } from '../../lexicon/proclitics.js';

/**
 * Proclitics the tokenizer may leave on a word (لدعم, بنظيره, لمنظمة), from the one table
 * (lexicon/proclitics.ts): its single letters, by kind.
 */
const SINGLE_PROCLITICS = PROCLITICS.filter((p) => p.parts.length === 1);
/** ب ل ك: a preposition written on a known word that the tokenizer kept whole. */
export const GLUED_PREPOSITIONS: ReadonlySet<string> = new Set(SINGLE_PROCLITICS.filter((p) => p.kind === 'preposition').map((p) => p.form));
/** و ف ب ل ك: a conjunction or preposition kept on a known word (not the future س, which only verbs take). */
const GLUED_CLITICS: ReadonlySet<string> = new Set(SINGLE_PROCLITICS.filter((p) => p.kind !== 'future').map((p) => p.form));
/** ب ل before an organisation head (لمنظمة, بوزارة); ك + head is "as a …" (كمنظمة) and never starts a name. */
export const HEAD_PREPOSITIONS: ReadonlySet<string> = new Set([...GLUED_PREPOSITIONS].filter((f) => f !== 'ك'));

/**
 * The folded word with its article: الكرملين for للكرملين, بوتين for وبوتين. The article
 * forms are interned by key (a token's key is shared by every token of the word), so the
 * rules' many look-ups neither build the string again nor hash a new one.
 */
export function fullKey(t: TextToken): string {
  if (!t.article) return t.key;
  const key = t.key;
  return NAME_WORD_MEMO.articleKey.get(key, () => 'ال' + key);
}

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

/** لمنظمة, بوزارة: an organisation head with a preposition the tokenizer kept on it. */
export function gluedOrgHeadAt(t: TextToken): OrgHead | undefined {
  if (t.kind !== 'arabic' || t.article || t.enclitic !== null || t.proclitics.length > 0 || t.key.length < 4) return undefined;
  if (!HEAD_PREPOSITIONS.has(t.key[0])) return undefined;
  // Generic heads with a preposition are mostly verbal nouns (بإدارة الحسابات, لبرنامج).
  const h = ORG_HEAD_MAP.get(t.key.slice(1));
  return h && !h.nisbaOnly && !h.generic ? h : undefined;
}

/** An organisation head at token t: indefinite heads (وزارة) by stem, definite ones as written. */
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

const STOP_KEYS = new Set([...FUNCTION_WORDS, ...NON_NAME_WORDS].flatMap((g) => g.words.map(foldWord)));
const HOMOGRAPH_KEYS = new Set(HOMOGRAPH_FUNCTION_WORDS.words);
const HOMOGRAPH_SPELLINGS = new Set(HOMOGRAPH_FUNCTION_SPELLINGS.words);

/**
 * A word that never begins or ends a name: a function word or a frequent non-name word
 * (lexicon/function-words.ts). على/إلى count only as written (علي is a name).
 */
export function isNameStop(t: TextToken): boolean {
  const k = foldedText(t);
  if (HOMOGRAPH_KEYS.has(k) || HOMOGRAPH_KEYS.has(t.key)) return HOMOGRAPH_SPELLINGS.has(t.text);
  return STOP_KEYS.has(t.key) || STOP_KEYS.has(k);
}

/** علي, الي: a name that is also a common spelling of a preposition (على, إلى). */
export function isHomographName(t: TextToken): boolean {
  return t.kind === 'arabic' && t.proclitics.length === 0 && !t.article && HOMOGRAPH_KEYS.has(foldKey(t.text)) && !isNameStop(t);
}

/** The word is not in the corpus word list: most transliterated foreign names are not. */
export function isUnknown(t: TextToken): boolean {
  if (t.kind !== 'arabic' || t.key.length < 3) return false;
  return NAME_WORD_MEMO.unknown.get(t.text + '|' + t.key + (t.article ? '|a' : ''), () => computeUnknown(t));
}

function computeUnknown(t: TextToken): boolean {
  const kw = knownWords();
  if (kw.has(t.key) || kw.has(fullKey(t)) || kw.has(foldKey(t.text))) return false;
  // A future or imperfect verb the word list lacks in this form (سيقاطع, يطاردهم).
  if (t.key.length > 4 && (t.key[0] === 'س' || t.key[0] === 'ي' || t.key[0] === 'ن') && 'يتنا'.includes(t.key[1]) && knownish(kw, t.key.slice(2))) return false;
  // An imperfect verb on a known three-letter stem (يرجح ← رجح).
  if (t.key.length === 4 && t.key[0] === 'ي' && kw.has(t.key.slice(1))) return false;
  // A preposition or conjunction the tokenizer kept on a known word (بنظيره, لدعم).
  if (GLUED_CLITICS.has(t.key[0]) && t.key.length > 3 && knownish(kw, t.key.slice(1))) return false;
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

/** The name gazetteer the names stage synced for this document (null when it failed to load: the stage warns). */
const gaz = () => NAME_WORD_MEMO.gazetteer;

/** A first name from ../shared/data/names (via the tagger's gazetteer) or a word seen mostly in person names. */
export function isPersonWord(t: TextToken): boolean {
  if (t.kind !== 'arabic') return false;
  return NAME_WORD_MEMO.person.get(t.key + (t.article ? '|a' : ''), () => computePersonWord(t));
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
  if (!t || (t.kind !== 'arabic' && t.kind !== 'latin')) return undefined;
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
