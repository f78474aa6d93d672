/**
 * Name rules over tokens. Each rule is data plus a small matcher; every candidate's `source`
 * names its rule ("names/rule:title+name", "names/rule:org-head" …). All rules are linear in
 * tokens: each scans a bounded window (≤ 8 tokens) after its trigger.
 */
import type { Doc, NameAttributes, NameCandidate } from '../../pipeline/stage.js';
import type { TextToken } from '../../text/tokenize.js';
import { knownWords } from '../../text/lexicon.js';
import { foldKey } from '../../text/normalize.js';
import { isOrgAdjective } from '../../lexicon/nisba.js';
import {
  CONNECTORS, FACILITY, ORG_STOP_SET, PLACE_TRIGGER, QUALIFIERS, REGNAL_SET, SAID, fullKey, gazType, isFirstName, isFunctionWord,
  isKnownPlace, isKnownName, isNamePart, institutionalAdjAt, gluedOrgHeadAt, KNOWN_BY_FIRST, isPersonWord, isUnknown, knownAt, lamBody, nisbaAt, orgAdjectiveAt, orgHeadAt, titleAt,
} from './rules-lex.js';

/** The rules, as data: what they match, what they tag, why. */
export const NAME_RULES = [
  { name: 'known-entity', match: 'a listed country, city, region, organisation or medium', tag: 'location|organization', reason: 'world knowledge' },
  { name: 'title+name', match: 'title [portfolio] [nisba] [qualifier] + name words ending in a name-like word', tag: 'person', reason: 'a title introduces a person; the title goes to attributes' },
  { name: 'said+name', match: 'said-verb + unknown name words', tag: 'person', reason: 'news reports name the speaker after قال/أعلن' },
  { name: 'first+last', match: 'known first name + unknown words', tag: 'person', reason: 'a first name followed by a transliterated surname' },
  { name: 'name-chain', match: 'name بن/ابن/بنت/آل name', tag: 'person', reason: 'genealogical chains are one name' },
  { name: 'org-head', match: 'head noun + genitive complement + nisba adjectives', tag: 'organization', reason: 'وزارة/منظمة/لجنة … name institutions' },
  { name: 'place-trigger', match: 'العاصمة/مدينة … [nisba] + name', tag: 'location', reason: 'a place noun introduces a place name' },
] as const;

const isWord = (t: TextToken | undefined): t is TextToken => !!t && t.kind === 'arabic' && t.key.length >= 2;

/**
 * Word-level answers memoised by the word: a token whose key has two letters or more comes
 * from the tokenizer's analysis of its text, so its text decides them (a bounded cache that
 * holds no document state, like the lexicon predicates'). 1 = false, 2 = true.
 */
const strongCache = new Map<string, number>();
const nameWordCache = new Map<string, number>();
function wordMemo(cache: Map<string, number>, t: TextToken, f: (t: TextToken) => boolean): boolean {
  let v = cache.get(t.text);
  if (v === undefined) {
    if (cache.size >= 50_000) cache.clear();
    v = f(t) ? 2 : 1;
    cache.set(t.text, v);
  }
  return v === 2;
}

/** A word that may stand inside a name run (not the last word necessarily). */
function nameWord(t: TextToken | undefined, first: boolean): boolean {
  if (!isWord(t)) return false;
  if (!first && t.proclitics.length > 0) return false;
  return wordMemo(nameWordCache, t, nameWordBody);
}

function nameWordBody(t: TextToken): boolean {
  if (isFunctionWord(t) || titleAt(t) || orgHeadAt(t) || SAID.has(fullKey(t)) || nisbaAt(t) || isKnownPlace(t) || isKnownName(t) || QUALIFIERS.has(fullKey(t))) return false;
  if (t.article && !strongName(t)) return false;
  return true;
}

/** A word that is very likely a name: unknown to the word list, a first name, or a person-name part. */
function strongName(t: TextToken): boolean {
  return isWord(t) && wordMemo(strongCache, t, strongNameBody);
}

function strongNameBody(t: TextToken): boolean {
  // (strongName has checked isWord before asking.)
  if (isFunctionWord(t) || isKnownPlace(t) || nisbaAt(t) || titleAt(t) || orgHeadAt(t)) return false;
  if (t.enclitic) return false;
  // With the article, only a known name part counts (السيسي); an unknown definite word is
  // more often a noun or adjective the word list lacks (المخضرم).
  if (t.article) return isPersonWord(t) || gazType(t) === 'PER';
  return isUnknown(t) || isPersonWord(t) || gazType(t) === 'PER';
}

/**
 * A person-name run starting at token i: name words and chain connectors, at most `max`
 * words, ending in a strong name word. Returns the exclusive end index or -1.
 */
export function nameRun(tokens: readonly TextToken[], i: number, max = 4, procliticFirst = false): number {
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

function cand(type: NameCandidate['type'], tokens: readonly TextToken[], a: number, b: number, rule: string, confidence: number, attrs?: NameAttributes): NameCandidate {
  const c: NameCandidate = { type, start: tokens[a].bodyStart, end: tokens[b - 1].bodyEnd, source: `names/rule:${rule}`, confidence };
  if (attrs && Object.keys(attrs).length > 0) c.attrs = attrs;
  return c;
}

/** ل + ال written لل: the span starts at the second ل; the canonical form restores ال. */
export function restoreArticle(text: string, c: NameCandidate, first: TextToken): void {
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

/** Scan a title chain starting at token i (a title word). */
const AYA = foldKey('آية');
const ALLAH = foldKey('الله');

/**
 * Title chains by document and token: the rules, the tagger clean-up and the attributes all
 * ask for the chain at the same title tokens. Callers must not mutate the result.
 */
const titleChains = new WeakMap<Doc, Array<TitleInfo | null | undefined>>();

export function titleChain(doc: Doc, i: number): TitleInfo | undefined {
  let memo = titleChains.get(doc);
  if (!memo) {
    memo = new Array(doc.tokens.length);
    titleChains.set(doc, memo);
  }
  let ti = memo[i];
  if (ti === undefined) {
    ti = readTitleChain(doc, i) ?? null;
    memo[i] = ti;
  }
  return ti ?? undefined;
}

function readTitleChain(doc: Doc, i: number): TitleInfo | undefined {
  const { tokens } = doc;
  const tw = titleAt(tokens[i]);
  if (!tw) return undefined;
  const text = doc.norm.text;
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
    // A construct noun in the portfolio (رئيس مجلس الوزراء, وزير شؤون الرئاسة).
    if (tw.complement && t.proclitics.length === 0 && !t.article && !strongName(t) && tokens[j + 1]?.article && tokens[j + 1].proclitics.length === 0 && isWord(tokens[j + 1])) {
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

/** All rule candidates for the document. */
export function ruleCandidates(doc: Doc): NameCandidate[] {
  const { tokens } = doc;
  const text = doc.norm.text;
  const out: NameCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'arabic') continue;

    // Known entities (countries, cities, regions, organisations, media).
    const k = knownAt(tokens, i);
    if (k) {
      const e = k.match.entity;
      const attrs: NameAttributes = {};
      if (e.country) attrs.country = e.country;
      if (e.kind) attrs.orgKind = e.kind;
      let kend = k.end;
      // A known organisation's own nisba (أرامكو السعودية, البنك الدولي …).
      if (e.type === 'organization') while (kend < k.end + 2 && tokens[kend] && tokens[kend].proclitics.length === 0 && tokens[kend].spaceBefore && orgAdjectiveAt(tokens[kend])) kend++;
      const c = cand(e.type, tokens, i, kend, 'known-entity', 0.9, attrs);
      if (k.end - 1 > i && kend === k.end) c.end = Math.max(c.end, tokens[k.end - 1].end);
      if (e.canonical) c.canonical = e.canonical;
      else restoreArticle(text, c, t);
      out.push(c);
    }

    // Title + name. A title word right after a first name is part of the name (محمد أمين بشناق).
    if (titleAt(t) && !(i > 0 && t.proclitics.length === 0 && !t.article && t.spaceBefore && tokens[i - 1].kind === 'arabic' && isFirstName(tokens[i - 1]) && !titleAt(tokens[i - 1]))) {
      const ti = titleChain(doc, i);
      if (ti) {
        if (ti.onBehalfOf !== undefined && tokens[ti.onBehalfOf] && strongName(tokens[ti.onBehalfOf]) && !orgHeadAt(tokens[ti.onBehalfOf])) {
          const e = nameRun(tokens, ti.onBehalfOf, 1);
          if (e > 0) out.push(cand('person', tokens, ti.onBehalfOf, e, 'spokesman-of', 0.6));
        }
        let s = ti.next;
        while (isInitial(tokens, s)) s += 2;
        const e = nameRun(tokens, s);
        if (e > s) {
          const c = cand('person', tokens, s, e, s > ti.next ? 'title+initials+name' : 'title+name', 0.9, attrsFromTitle(ti));
          if (s > ti.next) c.start = tokens[ti.next].start;
          out.push(c);
        }
      }
    }

    // Said-verb + name (وقال بلينكن، قالت ميركل).
    const said = SAID.get(fullKey(t));
    if (said !== undefined && !t.article && tokens[i + 1] && tokens[i + 1].proclitics.length === 0) {
      const e = nameRun(tokens, i + 1, 3);
      if (e > i + 1 && isUnknown(tokens[e - 1]) && saidRunOk(tokens, i + 1, e)) out.push(cand('person', tokens, i + 1, e, 'said+name', 0.75, said ? { gender: 'female' } : undefined));
    }

    // First name + unknown surname(s) (كريم ماسيموف, قاسم جومرت توكاييف).
    if (isFirstName(t) && !t.article && t.enclitic === null && !titleAt(tokens[i - 1] ?? t)) {
      const e = nameRun(tokens, i, 4);
      if (e > i + 1) {
        let unknown = false;
        // A definite common word (حياة الرسول, رمضان المبارك) is no evidence of a surname.
        for (let q = i + 1; q < e; q++) if (isUnknown(tokens[q]) || (isPersonWord(tokens[q]) && !tokens[q].article)) unknown = true;
        if (unknown) out.push(cand('person', tokens, i, e, 'first+last', 0.7));
      }
    }

    // Name chains: X بن Y (آل Z).
    if (i > 0 && (fullKey(t) === 'بن' || fullKey(t) === 'ابن' || fullKey(t) === 'بنت') && t.proclitics.length === 0) {
      const p = tokens[i - 1];
      if (nameWord(p, true) && (isPersonWord(p) || isUnknown(p)) && nameWord(tokens[i + 1], false)) {
        const e = nameRun(tokens, i - 1, 6);
        if (e > i + 1) out.push(cand('person', tokens, i - 1, e, 'name-chain', 0.85));
      }
    }

    // Organisation head + complement + nisba.
    // A head with a possessive (منتخبنا, وزارتنا) is a common noun, not a name.
    const oh = t.enclitic === null ? orgHeadAt(t) ?? gluedOrgHeadAt(t) : undefined;
    if (oh) {
      const e = orgComplement(tokens, i, oh.nisbaOnly === true, oh.bare === true, oh.headOut === true);
      if (e > i + 1 && (!oh.generic || nameLike(tokens, i + 1, e)) && !subUnit(tokens, i, e, oh.generic === true && oh.kind === 'sport')) {
        const from = oh.headOut ? i + 1 : i;
        const c = cand('organization', tokens, from, e, 'org-head', 0.85, { orgKind: kindOf(oh.kind, tokens, i, e) });
        restoreArticle(text, c, tokens[from]);
        out.push(c);
      }
    }

    // A sports club: X الرياضي [nisba] (الترجي الرياضي التونسي, الوداد الرياضي).
    if (t.article && (t.key === 'رياضي' || t.key === 'رياضيه') && i > 0 && t.proclitics.length === 0 && t.spaceBefore) {
      const p = tokens[i - 1];
      // The club is a name, not a common definite noun or adjective (هذا التجمع الرياضي, التظاهرة الخليجية الرياضية).
      if (isWord(p) && !orgHeadAt(p) && !isFunctionWord(p) && !titleAt(p) && !nisbaAt(p) && !orgAdjectiveAt(p) && (!p.article || isUnknown(p) || gazType(p) === 'ORG')) {
        let e = i + 1;
        if (tokens[e] && tokens[e].article && tokens[e].proclitics.length === 0 && nisbaAt(tokens[e])) e++;
        const c = cand('organization', tokens, i - 1, e, 'sports-club', 0.85, { orgKind: 'sport' });
        restoreArticle(text, c, p);
        out.push(c);
      }
    }

    // Facility: head + name (ملعب محمد الخامس, جسر الملك فهد, قصر اليمامة, مطار القاهرة الدولي).
    if (FACILITY.has(t.key) && !t.article && tokens[i + 1] && tokens[i + 1].proclitics.length === 0 && tokens[i + 1].spaceBefore) {
      let j = i + 1;
      if (titleAt(tokens[j])?.regnal && tokens[j].article) j++;
      let e = nameRun(tokens, j, 4);
      if (e <= j && j === i + 1) {
        const k2 = knownAt(tokens, j);
        if (k2) e = k2.end;
        else if (tokens[j].article && isWord(tokens[j]) && !ORG_STOP_SET.has(fullKey(tokens[j])) && !isFunctionWord(tokens[j]) && (isUnknown(tokens[j]) || gazType(tokens[j]) === 'LOC')) e = j + 1;
      }
      if (e > j) {
        while (tokens[e] && tokens[e].proclitics.length === 0 && tokens[e].spaceBefore && orgAdjectiveAt(tokens[e]) && !nisbaAt(tokens[e]) && e < j + 6) e++;
        out.push(cand('location', tokens, i, e, 'facility', 0.85));
      }
    }

    // Place trigger + name (العاصمة الكازاخستانية نور سلطان, مدينة ألماتي).
    if (PLACE_TRIGGER.has(fullKey(t))) {
      let j = i + 1;
      while (j < tokens.length && j < i + 3 && isWord(tokens[j]) && tokens[j].article && nisbaAt(tokens[j])) j++;
      const u = tokens[j];
      if (u && isWord(u) && u.proclitics.length === 0 && u.spaceBefore) {
        const kk = knownAt(tokens, j);
        if (kk && kk.match.entity.type === 'location') out.push(cand('location', tokens, j, kk.end, 'place-trigger', 0.95));
        else if (isUnknown(u) && !u.article && !imperfectVerb(u)) {
          let e = j + 1;
          if (tokens[e] && tokens[e].proclitics.length === 0 && tokens[e].spaceBefore && isUnknown(tokens[e])) e++;
          out.push(cand('location', tokens, j, e, 'place-trigger', 0.8));
        }
      }
    }
  }
  return out;
}

/**
 * After a said-verb every word must look like a name: no possessive (قومه, منها), no glued
 * preposition (بضمير), no common word (افاد مراسل فرانس برس); connectors (بن, عبد) may join.
 */
function saidRunOk(tokens: readonly TextToken[], a: number, b: number): boolean {
  for (let q = a; q < b; q++) {
    const t = tokens[q];
    if (t.enclitic !== null || gluedPreposition(t)) return false;
    if (CONNECTORS.has(fullKey(t))) continue;
    if (!isUnknown(t) && !isPersonWord(t) && gazType(t) !== 'PER') return false;
  }
  return true;
}

/** العاصمة تحتم, منطقة يحظر: an imperfect verb (ت/ي + a known stem) after a feminine place noun. */
function imperfectVerb(t: TextToken): boolean {
  return t.key.length >= 4 && (t.key[0] === 'ت' || t.key[0] === 'ي') && knownWords().has(t.key.slice(1));
}

/** لدعم, بحسب: a preposition written on a known word that the tokenizer kept whole. */
function gluedPreposition(t: TextToken): boolean {
  const c = t.text.charCodeAt(0);
  return (c === 0x0644 || c === 0x0628 || c === 0x0643) && t.text.length > 3 && knownWords().has(foldKey(t.text.slice(1)));
}

const SECURITY_WORDS = new Set(['امن', 'مخابرات', 'استخبارات', 'شرطه']);
const MEDIA_WORDS = new Set(['انباء', 'اعلام', 'اخبار']);

function kindOf(kind: NonNullable<NameAttributes['orgKind']>, tokens: readonly TextToken[], a: number, b: number): NonNullable<NameAttributes['orgKind']> {
  for (let q = a + 1; q < b; q++) {
    if (SECURITY_WORDS.has(tokens[q].key) && (kind === 'government' || kind === 'other')) return 'security';
    if (MEDIA_WORDS.has(tokens[q].key) && kind === 'agency') return 'media';
  }
  return kind;
}

/**
 * The end of an organisation name whose head is tokens[i]: a genitive chain of definite
 * nouns (a construct noun may link two; و + definite noun continues it: وزارة الشباب
 * والرياضة), proper names for heads that take them, nisba and institutional adjectives, then
 * one ل-phrase (الهيئة العامة للإحصاء, الجامعة التونسية لكرة القدم). A definite head
 * (الجهاز, الجامعة) needs an institutional adjective or a ل-phrase. Returns the exclusive
 * end index (i + 1 when nothing follows).
 */
/**
 * The complement alone names the entity and the head only describes part or kind of it:
 * قوات الأمم المتحدة, لجنة الأمم المتحدة (a known organisation), منتخب مصر (a team named by
 * its country, under a generic head). The known entity is emitted on its own.
 */
function subUnit(tokens: readonly TextToken[], i: number, e: number, team: boolean): boolean {
  const k = knownAt(tokens, i + 1);
  if (!k) return false;
  return (k.end === e && k.match.entity.type === 'organization') || (team && k.match.entity.type === 'location');
}

export function orgComplement(tokens: readonly TextToken[], i: number, nisbaOnly: boolean, bare: boolean, brand = false): number {
  let j = i + 1;
  let end = i + 1;
  let nouns = 0;
  let proper = false;
  const headFeminine = tokens[i].key.endsWith('ه');
  const ok = (t: TextToken | undefined): t is TextToken => isWord(t) && t.proclitics.length === 0 && t.spaceBefore && !t.newlineBefore && !ORG_STOP_SET.has(fullKey(t));
  const andDefinite = (t: TextToken | undefined): boolean =>
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
      // A construct noun followed by a definite noun (معاهدة الأمن, أنباء الإمارات).
      if (!strongName(t) && !gluedPreposition(t) && !isOrgAdjective(t.key) && ok(tokens[j + 1]) && (tokens[j + 1].article || (isKnownPlace(tokens[j + 1]) && nouns === 0)) && !isFunctionWord(t) && !titleAt(t) && !SAID.has(fullKey(t))) {
        nouns++;
        j++;
        continue;
      }
      // A proper name after heads that take one (جامعة هارفارد, مصرف لبنان).
      // (An indefinite adjective is no name: حزب إسلامي التوجه.)
      if ((bare || nouns > 0) && (isUnknown(t) || isKnownPlace(t)) && !isPersonWord(t) && !(!t.article && isOrgAdjective(t.key))) {
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
    const lConstruct = !!l && !l.article && l.proclitics.length === 0 && l.text.charCodeAt(0) === 0x0644 && l.text.length > 3 && !!tokens[j + 1] && tokens[j + 1].article && tokens[j + 1].proclitics.length === 0 && !isKnownName(tokens[j + 1]);
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

/** ك. : a single Arabic letter and a full stop, an initial before a name. */
export function isInitial(tokens: readonly TextToken[], i: number): boolean {
  const l = tokens[i];
  const d = tokens[i + 1];
  return !!l && !!d && l.kind === 'arabic' && l.text.length === 1 && d.kind === 'punct' && d.text === '.' && !d.spaceBefore && !!tokens[i + 2] && tokens[i + 2].spaceBefore;
}

/**
 * The complement names something: an adjective (الوطنية, الروسية), a known entity or place,
 * a word unknown to the lexicon, or a ل-phrase. Generic heads (لجنة, حركة, مجلس) need one.
 */
function nameLike(tokens: readonly TextToken[], a: number, b: number): boolean {
  for (let q = a; q < b; q++) {
    const t = tokens[q];
    if (orgAdjectiveAt(t) || isKnownName(t) || KNOWN_BY_FIRST.has(fullKey(t)) || (isUnknown(t) && !t.article)) return true;
  }
  return false;
}
