/**
 * Name rules over tokens, as a registry (`NAME_RULES`) of rule records: id (the `source` of
 * every candidate it produces), reason, named confidence, declared strength, and `find`,
 * tried at every token. All rules are linear in tokens: each scans a bounded window (≤ 8
 * tokens) after its trigger, and every look-ahead past the last token reads `undefined`.
 */
import type { NameAttributes, NameCandidate } from '../../pipeline/stage.js';
import type { Rule, RuleStrength } from '../../pipeline/rule.js';
import { defineRegistry } from '../../pipeline/rule.js';
import { leadingProclitic } from '../../text/readings.js';
import { foldKey } from '../../text/normalize.js';
import { isOrgAdjective } from '../../lexicon/nisba.js';
import { KIND_REFINERS } from '../../lexicon/org-heads.js';
import type { OrganizationKind } from '../../schema/records.js';
import type { NameContext } from './context.js';
import { ORG_RULES } from './rules-org.js';
import { ENCLITICS } from '../../lexicon/proclitics.js';
import {
  CONNECTORS, FACILITY, ORG_STOP_SET, PLACE_TRIGGER, QUALIFIERS, REGNAL_SET, SAID, fullKey, gazType, isFirstName, isNameStop,
  isKnownPlace, isKnownName, institutionalAdjAt, gluedOrgHeadAt, KNOWN_BY_FIRST, isPersonWord, isUnknown, knownAt, lamBody, nisbaAt, orgAdjectiveAt, orgHeadAt, titleAt, type Word,
} from './rules-lex.js';

const isWord = (t: Word | undefined): t is Word => !!t && t.kind === 'arabic' && t.key.length >= 2;

/**
 * A word that may stand inside a name run (not the last word necessarily). Kept per word for
 * the document (Readings.remember), like strongName: a token whose key has two letters or
 * more comes from the tokenizer's analysis of its text, so its text decides the answer.
 */
function nameWord(t: Word | undefined, first: boolean): boolean {
  if (!isWord(t)) return false;
  if (!first && t.proclitics.length > 0) return false;
  return t.readings.remember('names/name-word', t.text, () => nameWordBody(t));
}

function nameWordBody(t: Word): boolean {
  if (isNameStop(t) || titleAt(t) || orgHeadAt(t) || SAID.has(fullKey(t)) || nisbaAt(t) || isKnownPlace(t) || isKnownName(t) || QUALIFIERS.has(fullKey(t))) return false;
  if (t.article && !strongName(t)) return false;
  return true;
}

/** A word that is very likely a name: unknown to the word list, a first name, or a person-name part. */
function strongName(t: Word): boolean {
  return isWord(t) && t.readings.remember('names/strong', t.text, () => strongNameBody(t));
}

function strongNameBody(t: Word): boolean {
  // (strongName has checked isWord before asking.)
  if (isNameStop(t) || isKnownPlace(t) || nisbaAt(t) || titleAt(t) || orgHeadAt(t)) return false;
  if (t.enclitic) return false;
  // With the article, only a known name part counts (السيسي); an unknown definite word is
  // more often a noun or adjective the word list lacks (المخضرم).
  if (t.article) return isPersonWord(t) || gazType(t) === 'PER';
  return isUnknown(t) || isPersonWord(t) || gazType(t) === 'PER';
}

/**
 * A family name in the nisba form with the article after a first name (أيوب الكعبي, منجي
 * الرحوي): definite, ending in ي, unknown to the word list or a person word, and not a
 * nationality, institutional adjective, qualifier, title or listed name.
 */
function definiteSurname(t: Word | undefined): boolean {
  if (!isWord(t) || !t.article || t.proclitics.length > 0 || t.enclitic !== null || t.key.length < 4 || !t.key.endsWith('ي')) return false;
  if (nisbaAt(t) || orgAdjectiveAt(t) || isNameStop(t) || titleAt(t) || isKnownName(t)) return false;
  const fk = fullKey(t);
  if (QUALIFIERS.has(fk) || ORG_STOP_SET.has(fk) || SAID.has(fk)) return false;
  return isUnknown(t) || isPersonWord(t);
}

/**
 * A person-name run starting at token i: name words and chain connectors, at most `max`
 * words, ending in a strong name word; with `surname`, a definite nisba-form family name may
 * close it (definiteSurname). Returns the exclusive end index or -1.
 */
export function nameRun(tokens: readonly Word[], i: number, max = 4, procliticFirst = false, surname = false): number {
  if (!procliticFirst && tokens[i] && tokens[i].proclitics.length > 0) return -1;
  let end = -1;
  let j = i;
  let words = 0;
  while (j < tokens.length && words < max) {
    const t = tokens[j];
    if (j > i && (!t.spaceBefore || t.newlineBefore)) break;
    if (j > i && CONNECTORS.has(fullKey(t)) && t.proclitics.length === 0 && isWord(tokens[j + 1]) && tokens[j + 1].proclitics.length === 0) {
      // بن / آل / أبو / عبد + next word: the connector and the word both join.
      j += 2;
      words += 2;
      end = j;
      continue;
    }
    if (surname && end > 0 && definiteSurname(t)) {
      j++;
      end = j;
      break;
    }
    if (!nameWord(t, j === i)) break;
    const strong = strongName(t);
    // Ordinary words may open a name (نور سلطان نزارباييف) but not follow its strong part.
    if (!strong && end > 0) break;
    words++;
    j++;
    if (strong) end = j;
  }
  // A regnal number after a name (فيصل الثاني).
  if (end > 0 && tokens[end] && tokens[end].proclitics.length === 0 && REGNAL_SET.has(fullKey(tokens[end]))) end++;
  return end;
}

/** A rule's candidate before the stage stamps the rule's id and confidence on it. */
export type RuleCandidate = Omit<NameCandidate, 'source' | 'confidence'>;

function cand(type: NameCandidate['type'], tokens: readonly Word[], a: number, b: number, attrs?: NameAttributes): RuleCandidate {
  const c: RuleCandidate = { type, start: tokens[a].bodyStart, end: tokens[b - 1].bodyEnd };
  if (attrs && Object.keys(attrs).length > 0) c.attrs = attrs;
  return c;
}

/** ل + ال written لل: the span starts at the second ل; the canonical form restores ال. */
export function restoreArticle(text: string, c: { start: number; end: number; canonical?: string }, first: Word): void {
  if (lamBody(first)) {
    delete c.canonical;
    return;
  }
  if (first.article && text.charCodeAt(c.start) === 0x0644 && text.slice(c.start, c.start + 2) !== 'ال') {
    c.canonical = 'ا' + text.slice(c.start, c.end);
  }
}

export interface TitleInfo {
  /** Title tokens [a, b) without nisba and qualifiers. */
  title: string;
  nationality?: string;
  female?: boolean;
  /** Index of the first token after the title chain. */
  next: number;
  /** A second title before the name (الأمير after رئيس مجلس الوزراء). */
  honorific?: string;
  /** Index of a token after باسم (the organisation or person the spokesman speaks for). */
  onBehalfOf?: number;
}

const AYA = foldKey('آية');
const ALLAH = foldKey('الله');

/**
 * The title chain starting at token i (a title word), memoised in the document's context:
 * the rules, the tagger clean-up and the attributes all ask for it at the same title tokens.
 * Callers must not mutate the result.
 */
export function titleChain(ctx: NameContext, i: number): TitleInfo | undefined {
  const memo = ctx.titleChains;
  let ti = memo[i];
  if (ti === undefined) {
    ti = readTitleChain(ctx, i) ?? null;
    memo[i] = ti;
  }
  return ti ?? undefined;
}

function readTitleChain(ctx: NameContext, i: number): TitleInfo | undefined {
  const { tokens, text } = ctx;
  const tw = titleAt(tokens[i]);
  if (!tw) return undefined;
  let titleEnd = tokens[i].end;
  let j = i + 1;
  // آية only as آية الله (أية أفكار is "any ideas").
  if (fullKey(tokens[i]) === AYA) {
    const n = tokens[i + 1];
    if (!n || n.kind !== 'arabic' || fullKey(n) !== ALLAH || n.proclitics.length > 0) return undefined;
    titleEnd = n.end;
    j = i + 2;
  }
  let nationality: string | undefined;
  let female = tw.female;
  let onBehalfOf: number | undefined;
  let honorific: string | undefined;
  let steps = 0;
  while (j < tokens.length && steps < 6) {
    const t = tokens[j];
    if (!isWord(t) || t.newlineBefore) break;
    const fk = fullKey(t);
    const nis = nisbaAt(t);
    if (nis && t.article && !nis.plural) {
      nationality ??= nis.country;
      j++;
      steps++;
      continue;
    }
    // A second, honorific title (رئيس مجلس الوزراء الأمير محمد بن سلمان) ends the chain.
    if (steps > 0 && t.article && titleAt(t) && !titleAt(t)!.complement && t.proclitics.length === 0) {
      honorific = text.slice(t.bodyStart, t.bodyEnd);
      j++;
      break;
    }
    if (QUALIFIERS.has(fk) && t.proclitics.length === 0) {
      j++;
      steps++;
      continue;
    }
    if (tw.complement && t.proclitics.length === 0 && (fk === 'باسم' || t.text === 'باسم')) {
      onBehalfOf = j + 1;
      const k = knownAt(tokens, j + 1);
      const after = k ? k.end : j + 2;
      titleEnd = tokens[Math.min(after, tokens.length) - 1].end;
      j = after;
      steps += 2;
      continue;
    }
    if (tw.complement && t.proclitics.length === 0 && t.article && !strongName(t) && !ORG_STOP_SET.has(fk)) {
      titleEnd = t.end;
      j++;
      steps++;
      continue;
    }
    // A construct noun in the portfolio (رئيس مجلس الوزراء, وزير شؤون الرئاسة, رئيس وزراء تايلند).
    if (tw.complement && t.proclitics.length === 0 && !t.article && !strongName(t) && tokens[j + 1] && tokens[j + 1].proclitics.length === 0 && isWord(tokens[j + 1]) && (tokens[j + 1].article || isKnownPlace(tokens[j + 1]) || gazType(tokens[j + 1]) === 'LOC')) {
      titleEnd = t.end;
      j++;
      steps++;
      continue;
    }
    break;
  }
  const title = text.slice(tokens[i].bodyStart, titleEnd).trim();
  return { title, nationality, female, next: j, onBehalfOf, honorific };
}

function attrsFromTitle(ti: TitleInfo): NameAttributes {
  const a: NameAttributes = { titles: ti.honorific ? [ti.title, ti.honorific] : [ti.title] };
  if (ti.nationality) a.nationality = ti.nationality;
  if (ti.female) a.gender = 'female';
  return a;
}

/**
 * A name rule: `find(ctx, i)` proposes candidates at token i; the stage stamps `source: id`
 * and `confidence` on each. `family` groups rules that are ablated together.
 */
export interface NameRule extends Rule<NameContext, RuleCandidate> {
  readonly family: string;
}

/**
 * The strengths of name rules, in one place. `strong` rules (a closed list, or a cue with a
 * full grammatical frame) are the ones a tagger span may not cross and a weak person guess
 * yields to; the others are guesses from a cue word (`normal`) or from context alone (`weak`).
 */
const rule = (id: string, family: string, types: NameRule['types'], strength: RuleStrength, confidence: number, reason: string, find: NameRule['find']): NameRule => ({
  id: `names/rule:${id}`, stage: 'names', family, types, strength, confidence, reason, find,
});

/** Confidences of the name rules, named (the couplings are the strengths above). */
export const NAME_CONFIDENCE = {
  knownEntity: 0.9,
  titleName: 0.9,
  spokesmanOf: 0.6,
  saidName: 0.75,
  firstLast: 0.7,
  nameChain: 0.85,
  orgHead: 0.85,
  sportsClub: 0.85,
  facility: 0.85,
  placeTriggerKnown: 0.95,
  placeTriggerUnknown: 0.8,
  scoreLine: 0.75,
} as const;

/** A title word right after a first name is part of the name (محمد أمين بشناق), not a title. */
function titleStart(tokens: readonly Word[], i: number): boolean {
  const t = tokens[i];
  return !!titleAt(t) && !(i > 0 && t.proclitics.length === 0 && !t.article && t.spaceBefore && tokens[i - 1].kind === 'arabic' && isFirstName(tokens[i - 1]) && !titleAt(tokens[i - 1]));
}

function titledName(ctx: NameContext, i: number, initials: boolean): { match: RuleCandidate; next: number } | null {
  const { tokens } = ctx;
  if (!titleStart(tokens, i)) return null;
  const ti = titleChain(ctx, i);
  if (!ti) return null;
  let s = ti.next;
  while (isInitial(tokens, s)) s += 2;
  if (s > ti.next !== initials) return null;
  const e = nameRun(tokens, s, 4, false, true);
  if (e <= s) return null;
  // An ambiguous title (الفريق: the team) introduces only a known first name (الفريق جاهز is no person).
  if (titleAt(tokens[i])?.ambiguous && !isFirstName(tokens[s])) return null;
  // One word the corpora know as a place is the portfolio's country (رئيس وزراء | تايلند), not a person.
  if (e - s === 1 && gazType(tokens[s]) === 'LOC') return null;
  const c = cand('person', tokens, s, e, attrsFromTitle(ti));
  if (s > ti.next) c.start = tokens[ti.next].start;
  return { match: c, next: e };
}

const one = (c: RuleCandidate | null | undefined, next: number) => (c ? { candidates: c, next } : null);

export const KNOWN_ENTITY = rule('known-entity', 'known-entity', ['location', 'organization'], 'strong', NAME_CONFIDENCE.knownEntity,
  'a listed country, city, region, organisation or medium (lexicon/known-entities.ts): كازاخستان, الأمم المتحدة, الناتو', (ctx, i) => {
    const { tokens } = ctx;
    const k = knownAt(tokens, i);
    if (!k) return null;
    const e = k.match.entity;
    const attrs: NameAttributes = {};
    if (e.country) attrs.country = e.country;
    if (e.kind) attrs.orgKind = e.kind;
    let kend = k.end;
    // A known organisation's own nisba (أرامكو السعودية, البنك الدولي …).
    if (e.type === 'organization') while (kend < k.end + 2 && tokens[kend] && tokens[kend].proclitics.length === 0 && tokens[kend].spaceBefore && orgAdjectiveAt(tokens[kend])) kend++;
    const c = cand(e.type, tokens, i, kend, attrs);
    if (k.end - 1 > i && kend === k.end) c.end = Math.max(c.end, tokens[k.end - 1].end);
    if (e.canonical) c.canonical = e.canonical;
    else restoreArticle(ctx.text, c, tokens[i]);
    return one(c, kend);
  });

export const SPOKESMAN_OF = rule('spokesman-of', 'person-title', ['person'], 'weak', NAME_CONFIDENCE.spokesmanOf,
  'the person a spokesman speaks for (المتحدث باسم بوتين): a strong name word right after باسم', (ctx, i) => {
    const { tokens } = ctx;
    if (!titleStart(tokens, i)) return null;
    const ti = titleChain(ctx, i);
    const o = ti?.onBehalfOf;
    if (o === undefined || !tokens[o] || !strongName(tokens[o]) || orgHeadAt(tokens[o])) return null;
    const e = nameRun(tokens, o, 1);
    return e > 0 ? one(cand('person', tokens, o, e), e) : null;
  });

export const TITLE_INITIALS_NAME = rule('title+initials+name', 'person-title', ['person'], 'strong', NAME_CONFIDENCE.titleName,
  'a title, initials and a name (المدير السابق ك. ك. ماسيموف): the initials join the name', (ctx, i) => {
    const m = titledName(ctx, i, true);
    return m ? one(m.match, m.next) : null;
  });

export const TITLE_NAME = rule('title+name', 'person-title', ['person'], 'strong', NAME_CONFIDENCE.titleName,
  'a title [portfolio] [nisba] [qualifier] introduces a person (وزير الخارجية الأمريكي أنتوني بلينكن); the title goes to attributes', (ctx, i) => {
    const m = titledName(ctx, i, false);
    return m ? one(m.match, m.next) : null;
  });

export const SAID_NAME = rule('said+name', 'said+name', ['person'], 'normal', NAME_CONFIDENCE.saidName,
  'news names the speaker right after a said-verb (وقال غوتيريش): a run of words unknown to the word list', (ctx, i) => {
    const { tokens } = ctx;
    const t = tokens[i];
    const said = SAID.get(fullKey(t));
    if (said === undefined || t.article || !tokens[i + 1] || tokens[i + 1].proclitics.length > 0) return null;
    const e = nameRun(tokens, i + 1, 3);
    // A plural noun in construct (وطلب موقعو النداء: the signatories of the appeal) is no speaker's name.
    const n = tokens[e];
    if (e === i + 2 && tokens[i + 1].key.endsWith('و') && n && n.article && n.proclitics.length === 0 && n.spaceBefore) return null;
    if (e > i + 1 && isUnknown(tokens[e - 1]) && saidRunOk(tokens, i + 1, e)) return one(cand('person', tokens, i + 1, e, said ? { gender: 'female' } : undefined), e);
    return null;
  });

export const FIRST_LAST = rule('first+last', 'first+last', ['person'], 'normal', NAME_CONFIDENCE.firstLast,
  'a known first name followed by a transliterated surname (كريم ماسيموف, قاسم جومرت توكاييف)', (ctx, i) => {
    const { tokens } = ctx;
    const t = tokens[i];
    if (!isFirstName(t) || t.article || t.enclitic !== null || titleAt(tokens[i - 1] ?? t)) return null;
    const e = nameRun(tokens, i, 4);
    if (e <= i + 1) return null;
    // A definite common word (حياة الرسول, رمضان المبارك) is no evidence of a surname.
    for (let q = i + 1; q < e; q++) if (isUnknown(tokens[q]) || (isPersonWord(tokens[q]) && !tokens[q].article)) return one(cand('person', tokens, i, e), e);
    return null;
  });

export const NAME_CHAIN = rule('name-chain', 'name-chain', ['person'], 'strong', NAME_CONFIDENCE.nameChain,
  'a genealogical chain is one name (حمد بن عيسى آل خليفة): name بن/ابن/بنت name', (ctx, i) => {
    const { tokens } = ctx;
    const t = tokens[i];
    const fk = fullKey(t);
    if (i === 0 || (fk !== 'بن' && fk !== 'ابن' && fk !== 'بنت') || t.proclitics.length > 0) return null;
    const p = tokens[i - 1];
    if (!nameWord(p, true) || !(isPersonWord(p) || isUnknown(p)) || !nameWord(tokens[i + 1], false)) return null;
    const e = nameRun(tokens, i - 1, 6);
    return e > i + 1 ? one(cand('person', tokens, i - 1, e), e) : null;
  });

export const ORG_HEAD = rule('org-head', 'org-head', ['organization'], 'strong', NAME_CONFIDENCE.orgHead,
  'a head noun names an institution with its complement, nisba and ل-phrase (وزارة الداخلية الكازاخستانية, الهيئة العامة للإحصاء)', (ctx, i) => {
    const { tokens } = ctx;
    const t = tokens[i];
    // A head with a possessive (منتخبنا, وزارتنا) is a common noun, not a name.
    const oh = t.enclitic === null ? orgHeadAt(t) ?? gluedOrgHeadAt(t) : undefined;
    if (!oh) return null;
    // وزير الخارجية السوداني: a portfolio after a title is the title's, not a ministry.
    // (الرئيس المنتخب الأمريكي: after a title المنتخب is its qualifier.)
    if (oh.nisbaOnly && (oh.kind === 'ministry' || oh.kind === 'sport') && i > 0 && titleAt(tokens[i - 1])) return null;
    const e = orgComplement(tokens, i, oh.nisbaOnly === true, oh.bare === true, oh.headOut === true);
    if (e <= i + 1 || (oh.generic && !nameLike(tokens, i + 1, e)) || subUnit(tokens, i, e, oh.generic === true && oh.kind === 'sport')) return null;
    const from = oh.headOut ? i + 1 : i;
    const c = cand('organization', tokens, from, e, { orgKind: kindOf(oh.kind, tokens, i, e) });
    restoreArticle(ctx.text, c, tokens[from]);
    return one(c, e);
  });

export const SPORTS_CLUB = rule('sports-club', 'sports-club', ['organization'], 'strong', NAME_CONFIDENCE.sportsClub,
  'a club is named with الرياضي and an optional nisba (الترجي الرياضي التونسي, الوداد الرياضي)', (ctx, i) => {
    const { tokens } = ctx;
    const t = tokens[i];
    if (!t.article || (t.key !== 'رياضي' && t.key !== 'رياضيه') || i === 0 || t.proclitics.length > 0 || !t.spaceBefore) return null;
    const p = tokens[i - 1];
    // The club is a name, not a common definite noun or adjective (هذا التجمع الرياضي, التظاهرة الخليجية الرياضية).
    if (!isWord(p) || orgHeadAt(p) || isNameStop(p) || titleAt(p) || nisbaAt(p) || orgAdjectiveAt(p) || (p.article && !isUnknown(p) && gazType(p) !== 'ORG')) return null;
    let e = i + 1;
    if (tokens[e] && tokens[e].article && tokens[e].proclitics.length === 0 && nisbaAt(tokens[e])) e++;
    const c = cand('organization', tokens, i - 1, e, { orgKind: 'sport' });
    restoreArticle(ctx.text, c, p);
    return one(c, e);
  });

export const FACILITY_NAME = rule('facility', 'facility', ['location'], 'strong', NAME_CONFIDENCE.facility,
  'a facility head + name is a place (ملعب محمد الخامس, جسر الملك فهد, مطار القاهرة الدولي)', (ctx, i) => {
    const { tokens } = ctx;
    const t = tokens[i];
    if (!FACILITY.has(t.key) || t.article || !tokens[i + 1] || tokens[i + 1].proclitics.length > 0 || !tokens[i + 1].spaceBefore) return null;
    let j = i + 1;
    if (titleAt(tokens[j])?.regnal && tokens[j].article) j++;
    let e = nameRun(tokens, j, 4);
    if (e <= j && j === i + 1) {
      const k2 = knownAt(tokens, j);
      if (k2) e = k2.end;
      else if (tokens[j].article && isWord(tokens[j]) && !ORG_STOP_SET.has(fullKey(tokens[j])) && !isNameStop(tokens[j]) && (isUnknown(tokens[j]) || gazType(tokens[j]) === 'LOC')) e = j + 1;
      // A place the training corpora name as one (ميناء طرطوس).
      else if (!tokens[j].article && isWord(tokens[j]) && tokens[j].enclitic === null && !isNameStop(tokens[j]) && gazType(tokens[j]) === 'LOC') e = j + 1;
    }
    if (e <= j) return null;
    while (tokens[e] && tokens[e].proclitics.length === 0 && tokens[e].spaceBefore && orgAdjectiveAt(tokens[e]) && !nisbaAt(tokens[e]) && e < j + 6) e++;
    return one(cand('location', tokens, i, e), e);
  });

/** The first word after a place noun and its nisbas (العاصمة الكازاخستانية | نور سلطان), or -1. */
function placeAfterTrigger(tokens: readonly Word[], i: number): number {
  if (!PLACE_TRIGGER.has(fullKey(tokens[i]))) return -1;
  let j = i + 1;
  while (j < tokens.length && j < i + 3 && isWord(tokens[j]) && tokens[j].article && nisbaAt(tokens[j])) j++;
  const u = tokens[j];
  return u && isWord(u) && u.proclitics.length === 0 && u.spaceBefore ? j : -1;
}

export const PLACE_TRIGGER_KNOWN = rule('place-trigger+known', 'place-trigger', ['location'], 'strong', NAME_CONFIDENCE.placeTriggerKnown,
  'a place noun before a listed place confirms it is the place (العاصمة الكازاخستانية نور سلطان, not the person نور سلطان نزارباييف)', (ctx, i) => {
    const { tokens } = ctx;
    const j = placeAfterTrigger(tokens, i);
    if (j < 0) return null;
    const kk = knownAt(tokens, j);
    return kk && kk.match.entity.type === 'location' ? one(cand('location', tokens, j, kk.end), kk.end) : null;
  });

export const PLACE_TRIGGER_UNKNOWN = rule('place-trigger', 'place-trigger', ['location'], 'normal', NAME_CONFIDENCE.placeTriggerUnknown,
  'a place noun introduces a place no list holds (مدينة كاراغاندا): one or two words unknown to the word list', (ctx, i) => {
    const { tokens } = ctx;
    const j = placeAfterTrigger(tokens, i);
    if (j < 0) return null;
    const u = tokens[j];
    const kk = knownAt(tokens, j);
    if ((kk && kk.match.entity.type === 'location') || !isUnknown(u) || u.article || imperfectVerb(u)) return null;
    let e = j + 1;
    if (tokens[e] && tokens[e].proclitics.length === 0 && tokens[e].spaceBefore && isUnknown(tokens[e])) e++;
    return one(cand('location', tokens, j, e), e);
  });

/** Two scores at most this large make a match result (1 - 0), not a range of years or pages. */
const MAX_SCORE = 30;

const isScore = (t: Word | undefined): t is Word => !!t && t.kind === 'number' && /^\d{1,2}$/u.test(t.text) && Number(t.text) <= MAX_SCORE;

/** A table cell ends at punctuation, a line break or a run of spaces (a flattened table). */
const cellBreak = (prev: Word, t: Word) => t.newlineBefore || t.start - prev.end > 1;

/**
 * The team name on one side of a score: one to four words within one table cell, delimited
 * on its far side by punctuation, a line break, a run of spaces or the edge of the text (in
 * running prose the words before a score are a sentence: سحق ضيفه دينامو كييف 3-1), and
 * name-like. Returns the token range or null.
 */
function teamSide(tokens: readonly Word[], from: number, step: 1 | -1): [number, number] | null {
  let k = from;
  let words = 0;
  let delimited = false;
  while (true) {
    const t = tokens[k];
    const near = tokens[k - step];
    if (words > 0 && (!t || t.kind === 'punct' || (step === 1 ? cellBreak(near, t) : cellBreak(t, near)))) {
      delimited = true;
      break;
    }
    if (words === 0 && !t) return null;
    if (words >= 4 || !isWord(t) || t.enclitic !== null || isNameStop(t) || SAID.has(fullKey(t)) || titleAt(t)) break;
    // A proclitic opens a phrase (بنتيجة, لإتحاد): only a first word may carry و.
    if (t.proclitics.length > 0 && !(t.proclitics.length === 1 && t.proclitics[0] === 'و' && (step === 1 ? words === 0 : true))) break;
    words++;
    k += step;
    if (step === -1 && t.proclitics.length > 0) {
      const before = tokens[k];
      delimited = !before || before.kind === 'punct' || cellBreak(before, t);
      break;
    }
  }
  if (words === 0 || !delimited) return null;
  const [a, b] = step === 1 ? [from, k] : [k + 1, from + 1];
  // A team is named: an organisation head, a word the word list lacks, a listed or corpus name.
  for (let q = a; q < b; q++) {
    const t = tokens[q];
    if (orgHeadAt(t) || gluedOrgHeadAt(t) || isUnknown(t) || knownAt(tokens, q) || gazType(t) === 'ORG' || gazType(t) === 'LOC') return [a, b];
  }
  return null;
}

export const SCORE_LINE = rule('score-line', 'score-line', ['organization'], 'normal', NAME_CONFIDENCE.scoreLine,
  'in a match result the names on both sides of a score are teams (هلال مساكن 1- 3 النادي الإفريقي), also in flattened result tables', (ctx, i) => {
    const { tokens } = ctx;
    // i is the last word before the first score: [words] N - M [words].
    const d = tokens[i + 2];
    if (!isWord(tokens[i]) || !isScore(tokens[i + 1]) || !d || d.kind !== 'punct' || (d.text !== '-' && d.text !== '–') || !isScore(tokens[i + 3])) return null;
    const left = teamSide(tokens, i, -1);
    const right = teamSide(tokens, i + 4, 1);
    const out: RuleCandidate[] = [];
    if (left) out.push(cand('organization', tokens, left[0], left[1], { orgKind: 'sport' }));
    if (right) out.push(cand('organization', tokens, right[0], right[1], { orgKind: 'sport' }));
    return out.length > 0 ? { candidates: out, next: i + 1 } : null;
  });

/** The token rules, in the order they are tried at each token. */
export const NAME_RULES: readonly NameRule[] = defineRegistry([
  KNOWN_ENTITY, SPOKESMAN_OF, TITLE_INITIALS_NAME, TITLE_NAME, SAID_NAME, FIRST_LAST, NAME_CHAIN, ORG_HEAD, SPORTS_CLUB, FACILITY_NAME, PLACE_TRIGGER_KNOWN, PLACE_TRIGGER_UNKNOWN,
  SCORE_LINE, ...ORG_RULES,
]);

/** Every token rule at every Arabic token; candidates stamped with the rule's id and confidence. */
export function ruleCandidates(ctx: NameContext): NameCandidate[] {
  const { tokens } = ctx;
  const rules = ctx.disabled.size > 0 ? NAME_RULES.filter((r) => !ctx.disabled.has(r.id) && !ctx.disabled.has(r.family)) : NAME_RULES;
  const out: NameCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'arabic') continue;
    for (const r of rules) {
      const m = r.find(ctx, i);
      if (!m) continue;
      const list = Array.isArray(m.candidates) ? m.candidates : [m.candidates as RuleCandidate];
      for (const c of list) out.push({ ...c, source: r.id, confidence: r.confidence } as NameCandidate);
    }
  }
  return out;
}

/**
 * After a said-verb every word must look like a name: no possessive (قومه, منها), no glued
 * preposition (بضمير), no common word (افاد مراسل فرانس برس); connectors (بن, عبد) may join.
 */
function saidRunOk(tokens: readonly Word[], a: number, b: number): boolean {
  for (let q = a; q < b; q++) {
    const t = tokens[q];
    if (t.enclitic !== null || gluedPreposition(t)) return false;
    if (CONNECTORS.has(fullKey(t))) continue;
    if (!isUnknown(t) && !isPersonWord(t) && gazType(t) !== 'PER') return false;
  }
  return true;
}

/** العاصمة تحتم, منطقة يحظر: an imperfect verb (ت/ي + a known stem) after a feminine place noun. */
function imperfectVerb(t: Word): boolean {
  return t.key.length >= 4 && (t.key[0] === 'ت' || t.key[0] === 'ي') && t.readings.words.has(t.key.slice(1));
}

/** لدعم, بحسب: a preposition (the table's `kept` context) written on a known word that the tokenizer kept whole. */
function gluedPreposition(t: Word): boolean {
  const rest = leadingProclitic(t.folded, 'kept', 4, 'preposition');
  return rest !== null && t.readings.words.has(rest);
}

const REFINERS = KIND_REFINERS.map((r) => ({ ...r, keys: new Set(r.words.map((w) => foldKey(w))) }));

/** The kind a head gives, refined by its complement (جهاز أمن الدولة → security). */
function kindOf(kind: OrganizationKind, tokens: readonly Word[], a: number, b: number): OrganizationKind {
  for (let q = a + 1; q < b; q++) for (const r of REFINERS) if (r.keys.has(tokens[q].key) && r.refines.includes(kind)) return r.kind;
  return kind;
}

/**
 * The complement alone names the entity and the head only describes part or kind of it:
 * قوات الأمم المتحدة, لجنة الأمم المتحدة (a known organisation), منتخب مصر (a team named by
 * its country, under a generic head). The known entity is emitted on its own.
 */
function subUnit(tokens: readonly Word[], i: number, e: number, team: boolean): boolean {
  const k = knownAt(tokens, i + 1);
  if (!k) return false;
  return (k.end === e && k.match.entity.type === 'organization') || (team && k.match.entity.type === 'location');
}

/**
 * The end of an organisation name whose head is tokens[i]: a genitive chain of definite
 * nouns (a construct noun may link two; و + definite noun continues it: وزارة الشباب
 * والرياضة), proper names for heads that take them, nisba and institutional adjectives, then
 * one ل-phrase (الهيئة العامة للإحصاء, الجامعة التونسية لكرة القدم). A definite head
 * (الجهاز, الجامعة) needs an institutional adjective or a ل-phrase. Returns the exclusive
 * end index (i + 1 when nothing follows).
 */
function orgComplement(tokens: readonly Word[], i: number, nisbaOnly: boolean, bare: boolean, brand = false): number {
  let j = i + 1;
  let end = i + 1;
  let nouns = 0;
  let proper = false;
  const headFeminine = tokens[i].key.endsWith('ه');
  const ok = (t: Word | undefined): t is Word => isWord(t) && t.proclitics.length === 0 && t.spaceBefore && !t.newlineBefore && !ORG_STOP_SET.has(fullKey(t));
  const andDefinite = (t: Word | undefined): boolean =>
    isWord(t) && t.spaceBefore && !t.newlineBefore && t.proclitics.length === 1 && t.proclitics[0] === 'و' && t.article && !orgHeadAt(t) && !isKnownName(t) && !ORG_STOP_SET.has(fullKey(t)) && !titleAt(t);
  const definiteHead = tokens[i].article && !lamBody(tokens[i]);
  if (!nisbaOnly && !definiteHead) {
    while (nouns < 4 && j < tokens.length) {
      const t = tokens[j];
      // A proper name ends the chain (تلفزيون دبي | اسناد الدور); only adjectives and a ل-phrase follow.
      if (proper) break;
      if (nouns > 0 && !brand && andDefinite(t) && !orgAdjectiveAt(t)) {
        nouns++;
        j++;
        end = j;
        continue;
      }
      if (!ok(t)) break;
      // A second indefinite head starts another organisation (كلية الآداب | جامعة القاهرة).
      if (nouns > 0 && !t.article && orgHeadAt(t)) break;
      // The first complement may look like an adjective (وزارة الداخلية, وزارة المالية).
      if (orgAdjectiveAt(t) && nouns > 0) break;
      const tw = titleAt(t);
      if (tw && t.article && !(tw.regnal && nouns === 0)) break;
      if (t.article) {
        nouns++;
        j++;
        end = j;
        // After الملك/الأمير/الشيخ a personal name belongs to the organisation (جامعة الملك سعود).
        if (tw?.regnal && ok(tokens[j]) && !tokens[j].article) {
          j++;
          end = j;
          break;
        }
        continue;
      }
      // A construct noun followed by a definite noun (معاهدة الأمن, أنباء الإمارات); after a
      // brand head's definite name a new phrase begins (صحيفة الشروق | فإن الحكومة).
      if (!(brand && nouns > 0) && !strongName(t) && !gluedPreposition(t) && !isOrgAdjective(t.key) && ok(tokens[j + 1]) && (tokens[j + 1].article || (isKnownPlace(tokens[j + 1]) && nouns === 0)) && !isNameStop(t) && !titleAt(t) && !SAID.has(fullKey(t))) {
        nouns++;
        j++;
        continue;
      }
      // A proper name after heads that take one (جامعة هارفارد, مصرف لبنان).
      // (An indefinite adjective is no name: حزب إسلامي التوجه.)
      if ((bare || nouns > 0) && (isUnknown(t) || isKnownPlace(t)) && !isPersonWord(t) && !(!t.article && isOrgAdjective(t.key)) && !possessiveEnd(t)) {
        nouns++;
        proper = !t.article || isUnknown(t);
        j++;
        end = j;
        continue;
      }
      break;
    }
    if (end === i + 1) return end;
    j = end;
  }
  let adjs = 0;
  while (adjs < 3 && ok(tokens[j]) && orgAdjectiveAt(tokens[j])) {
    const t = tokens[j];
    const n = nisbaAt(t);
    if (nisbaOnly && (!n || n.plural || n.feminine !== headFeminine)) break;
    // After a brand or proper name a nationality nisba only describes it (نادي النصر | العماني).
    if ((brand || proper) && !institutionalAdjAt(t)) break;
    adjs++;
    j++;
    end = j;
  }
  if (nisbaOnly && adjs === 0) return i + 1;
  // One ل-phrase: ل + definite noun, its genitive chain and adjectives.
  let lPhrase = false;
  const l = tokens[j];
  if (end > i + 1 || definiteHead) {
    const lDefinite = !!l && l.article && l.proclitics.length === 1 && l.proclitics[0] === 'ل';
    // لكرة القدم: ل + construct noun + definite noun, the preposition kept on the word.
    const lConstruct = !!l && !l.article && l.proclitics.length === 0 && l.enclitic === null && !possessiveEnd(l) && l.text.charCodeAt(0) === 0x0644 && l.text.length > 3 && !!tokens[j + 1] && tokens[j + 1].article && tokens[j + 1].proclitics.length === 0 && !isKnownName(tokens[j + 1]);
    if (l && isWord(l) && l.spaceBefore && !l.newlineBefore && (lDefinite || lConstruct) && !titleAt(l) && !ORG_STOP_SET.has(fullKey(l)) && !isKnownPlace(l) && !KNOWN_BY_FIRST.has(fullKey(l))) {
      let k = j + 1;
      let n = 0;
      while (k < tokens.length && n < 4 && (andDefinite(tokens[k]) || (ok(tokens[k]) && tokens[k].article && !titleAt(tokens[k])))) {
        k++;
        n++;
      }
      end = k;
      lPhrase = true;
    }
  }
  if (definiteHead && !nisbaOnly && (adjs === 0 || !lPhrase)) return i + 1;
  return end;
}

/** Plural and dual possessive endings (لتجريدهم: to disarm them), which the tokenizer may leave on a word read whole. */
const POSSESSIVE_END = ENCLITICS.map((e) => e.form).filter((f) => f.length >= 2 && f !== 'ها' && f !== 'نا');
const possessiveEnd = (t: Word) => POSSESSIVE_END.some((e) => t.text.length > e.length + 3 && t.text.endsWith(e));

/** ك. : a single Arabic letter and a full stop, an initial before a name. */
function isInitial(tokens: readonly Word[], i: number): boolean {
  const l = tokens[i];
  const d = tokens[i + 1];
  return !!l && !!d && l.kind === 'arabic' && l.text.length === 1 && d.kind === 'punct' && d.text === '.' && !d.spaceBefore && !!tokens[i + 2] && tokens[i + 2].spaceBefore;
}

/**
 * The complement names something: an adjective (الوطنية, الروسية), a known entity or place,
 * a word unknown to the lexicon, or a ل-phrase. Generic heads (لجنة, حركة, مجلس) need one.
 */
function nameLike(tokens: readonly Word[], a: number, b: number): boolean {
  for (let q = a; q < b; q++) {
    const t = tokens[q];
    if (orgAdjectiveAt(t) || isKnownName(t) || (knownAt(tokens, q)?.end ?? b + 1) <= b || (isUnknown(t) && !t.article)) return true;
    // A person's name after a regnal title names the institution (مركز الملك سلمان …).
    if (titleAt(t)?.regnal && t.article && tokens[q + 1] && q + 1 < b && isPersonWord(tokens[q + 1])) return true;
  }
  return false;
}
