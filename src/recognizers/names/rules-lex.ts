/**
 * Compiled look-up tables and word predicates for the name rules. The tables are built once
 * at load, keyed by foldKey of the clitic-free word with its article; the predicates read a
 * token through the document's reading layer (a {@link Word} of src/text/readings.ts: its
 * key, its key with the article, its ل + ل-word reading, proclitics split off by the one
 * table), so rules are token-level Map look-ups and nothing here derives clitics itself.
 * Word-level answers drawn from the model (unknown to the word list, a person-name word) are
 * kept per document by the reading layer (`Readings.remember`).
 */
import { foldKey } from '../../text/normalize.js';
import { leadingProclitic, type Readings, type Word } from '../../text/readings.js';
import { TITLES, TITLE_QUALIFIERS, SAID_VERBS, PLACE_TRIGGERS, REGNAL, NAME_CONNECTORS, FACILITY_HEADS, type TitleWord } from '../../lexicon/titles.js';
import { ORG_HEADS, ORG_STOP, type OrgHead } from '../../lexicon/org-heads.js';
import { KNOWN_ENTITIES, type KnownEntity } from '../../lexicon/known-entities.js';
import { nisbaOf, isOrgAdjective, isInstitutionalAdjective, type NisbaInfo } from '../../lexicon/nisba.js';
import { FUNCTION_WORDS, NON_NAME_WORDS, HOMOGRAPH_FUNCTION_WORDS, HOMOGRAPH_FUNCTION_SPELLINGS } from '../../lexicon/function-words.js';
import { gazetteerOf, type Gazetteer } from './gazetteer.js';

export type { Word } from '../../text/readings.js';

/** The folded word with its article: الكرملين for للكرملين, بوتين for وبوتين (the reading layer's `withArticle`). */
export function fullKey(t: Word): string {
  return t.withArticle;
}

const foldWord = (w: string) => foldKey(w.trim());

export const TITLE_MAP = new Map<string, TitleWord>();
for (const tw of TITLES) if (!TITLE_MAP.has(foldWord(tw.word))) TITLE_MAP.set(foldWord(tw.word), tw);
TITLE_MAP.set(foldWord('نظير'), { word: 'نظير' });
const NAZIR = foldWord('نظير');

/** A title word at token t (الرئيس, وزير, الوزير → وزير). */
export function titleAt(t: Word): TitleWord | undefined {
  if (t.kind !== 'arabic') return undefined;
  const f = t.withArticle;
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

/**
 * لمنظمة, بوزارة: the organisation head under a preposition (the table's `heads` context)
 * that the tokenizer kept on a word it did not split (no article, no proclitic).
 */
export function gluedHeadAt(t: Word): OrgHead | undefined {
  if (t.kind !== 'arabic' || t.article || t.proclitics.length > 0 || t.text.length < 4) return undefined;
  const rest = leadingProclitic(t.key, 'heads');
  return rest === null ? undefined : ORG_HEAD_MAP.get(rest);
}

/** لمنظمة, بوزارة as a rule's head: no possessive, and not a generic head (بإدارة الحسابات, لبرنامج are mostly verbal nouns). */
export function gluedOrgHeadAt(t: Word): OrgHead | undefined {
  if (t.enclitic !== null || t.key.length < 4) return undefined;
  const h = gluedHeadAt(t);
  return h && !h.nisbaOnly && !h.generic ? h : undefined;
}

/** An organisation head at token t: indefinite heads (وزارة) by stem, definite ones as written. */
export function orgHeadAt(t: Word): OrgHead | undefined {
  if (t.kind !== 'arabic') return undefined;
  const definite = ORG_HEAD_MAP.get(t.withArticle);
  if (definite && definite.nisbaOnly) return definite;
  const lam = lamBody(t);
  const h = ORG_HEAD_MAP.get(t.key) ?? (lam ? ORG_HEAD_MAP.get(lam) : undefined);
  return h && !h.nisbaOnly ? h : undefined;
}

/**
 * The tokenizer reads لل as ل + ال (للكرملين); for a head noun that itself begins with ل
 * (للجنة = ل + لجنة) the reading layer's ل-word reading is the word. Returns its key when
 * it is an organisation head, or undefined.
 */
export function lamBody(t: Word): string | undefined {
  return t.lamKey !== '' && ORG_HEAD_MAP.has(t.lamKey) ? t.lamKey : undefined;
}

export function nisbaAt(t: Word): NisbaInfo | undefined {
  return t.kind === 'arabic' ? nisbaOf(t.key) : undefined;
}

/** الوطني, المركزي, الدولي: an adjective that is part of an institution's name, not a nationality. */
export function institutionalAdjAt(t: Word): boolean {
  return t.kind === 'arabic' && t.article && isInstitutionalAdjective(t.key);
}

export function orgAdjectiveAt(t: Word): boolean {
  return t.kind === 'arabic' && t.article && (isOrgAdjective(t.key) || nisbaOf(t.key) !== undefined);
}

const STOP_KEYS = new Set([...FUNCTION_WORDS, ...NON_NAME_WORDS].flatMap((g) => g.words.map(foldWord)));
const HOMOGRAPH_KEYS = new Set(HOMOGRAPH_FUNCTION_WORDS.words);
const HOMOGRAPH_SPELLINGS = new Set(HOMOGRAPH_FUNCTION_SPELLINGS.words);

/**
 * A word that never begins or ends a name: a function word or a frequent non-name word
 * (lexicon/function-words.ts). على/إلى count only as written (علي is a name).
 */
export function isNameStop(t: Word): boolean {
  const k = t.folded;
  if (HOMOGRAPH_KEYS.has(k) || HOMOGRAPH_KEYS.has(t.key)) return HOMOGRAPH_SPELLINGS.has(t.text);
  return STOP_KEYS.has(t.key) || STOP_KEYS.has(k);
}

/** علي, الي: a name that is also a common spelling of a preposition (على, إلى). */
export function isHomographName(t: Word): boolean {
  return t.kind === 'arabic' && t.proclitics.length === 0 && !t.article && HOMOGRAPH_KEYS.has(t.folded) && !isNameStop(t);
}

/** The word is not in the corpus word list: most transliterated foreign names are not. */
export function isUnknown(t: Word): boolean {
  if (t.kind !== 'arabic' || t.key.length < 3) return false;
  return t.readings.remember('names/unknown', t.text, () => computeUnknown(t));
}

function computeUnknown(t: Word): boolean {
  const kw = t.readings.words;
  if (kw.has(t.key) || kw.has(t.withArticle) || kw.has(t.folded)) return false;
  // A future or imperfect verb the word list lacks in this form (سيقاطع, يطاردهم).
  if (t.key.length > 4 && (t.key[0] === 'س' || t.key[0] === 'ي' || t.key[0] === 'ن') && 'يتنا'.includes(t.key[1]) && knownish(kw, t.key.slice(2))) return false;
  // An imperfect verb on a known three-letter stem (يرجح ← رجح).
  if (t.key.length === 4 && t.key[0] === 'ي' && kw.has(t.key.slice(1))) return false;
  // A preposition or conjunction the tokenizer kept on a known word (بنظيره, لدعم).
  const kept = leadingProclitic(t.key, 'kept', 4);
  if (kept !== null && knownish(kw, kept)) return false;
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

const GAZETTEER = 'names/gazetteer';

/**
 * The name gazetteer of the document's model, kept for the document. The names stage asks
 * first (namesGazetteer) and, when it fails to load, warns and keeps null: the predicates
 * then answer without it.
 */
const gaz = (t: Word): Gazetteer | null => t.readings.value<Gazetteer | null>(GAZETTEER, () => gazetteerOf(t.readings.model));

/**
 * Load the document's name gazetteer now. A failure is thrown (the stage turns it into a
 * STAGE_FAILED warning) and null is kept for the document, so the predicates answer without it.
 */
export function loadNamesGazetteer(r: Readings): void {
  try {
    r.value<Gazetteer | null>(GAZETTEER, () => gazetteerOf(r.model));
  } catch (e) {
    r.value<Gazetteer | null>(GAZETTEER, () => null);
    throw e;
  }
}

/** A first name from ../shared/data/names (via the tagger's gazetteer) or a word seen mostly in person names. */
export function isPersonWord(t: Word): boolean {
  if (t.kind !== 'arabic') return false;
  return t.readings.remember('names/person', t.key + (t.article ? '|a' : ''), () => computePersonWord(t));
}

function computePersonWord(t: Word): boolean {
  const g = gaz(t);
  if (!g) return false;
  if (g.isFirstName(t.key) || g.isFirstName(t.withArticle)) return true;
  const p = g.part(t.withArticle) ?? g.part(t.key);
  if (p === 'PER+') return true;
  return g.get(t.withArticle) === 'PER';
}

export function isFirstName(t: Word): boolean {
  const g = gaz(t);
  return !!g && t.kind === 'arabic' && (g.isFirstName(t.key) || g.isFirstName(t.withArticle));
}

/** Gazetteer type of a single word (PER/ORG/LOC) from the training corpora. */
export function gazType(t: Word): string | undefined {
  const g = gaz(t);
  return g && t.kind === 'arabic' ? g.get(t.withArticle) : undefined;
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
export function knownAt(tokens: readonly Word[], i: number): { match: KnownMatch; end: number } | undefined {
  const t = tokens[i];
  if (!t || (t.kind !== 'arabic' && t.kind !== 'latin')) return undefined;
  const list = KNOWN_BY_FIRST.get(t.kind === 'latin' ? t.text : t.withArticle);
  if (!list) return undefined;
  for (const m of list) {
    let ok = true;
    for (let k = 1; k < m.keys.length; k++) {
      const u = tokens[i + k];
      // A later word may have been read as clitic + word (فيله → ف + يله): compare it whole too.
      const whole = u && u.kind === 'arabic' && u.folded === m.keys[k];
      if (!u || (!whole && (u.proclitics.length > 0 || (u.kind !== 'arabic' && u.kind !== 'number') || (u.kind === 'number' ? u.text : u.withArticle) !== m.keys[k]))) {
        ok = false;
        break;
      }
    }
    if (ok) return { match: m, end: i + m.keys.length };
  }
  return undefined;
}

/** A single-word known location (كازاخستان, موسكو): never part of a person's name run. */
export function isKnownPlace(t: Word): boolean {
  const list = KNOWN_BY_FIRST.get(t.withArticle);
  return !!list && list.some((m) => m.keys.length === 1 && m.entity.type === 'location');
}

/** A single-word known entity of any type (الفاو, الكرملين): never a person's name word. */
export function isKnownName(t: Word): boolean {
  const list = KNOWN_BY_FIRST.get(t.withArticle);
  return !!list && list.some((m) => m.keys.length === 1);
}
