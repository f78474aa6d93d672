/**
 * Names stage: tagger candidates (options.model), rule candidates (options.rules), user
 * gazetteer entries (always) and Latin-script names (options.latin), merged into one list.
 *
 * How they combine:
 *  - user gazetteer entries win: any other name candidate overlapping one is dropped;
 *  - tagger spans are cleaned: leading titles, qualifiers and nisbas are trimmed off person
 *    spans (الرئيس الروسي فلاديمير بوتين → فلاديمير بوتين, the title goes to attributes);
 *    organisation spans grow over a following nisba/institutional adjective;
 *  - a tagger span that crosses a confident rule span (title+name, org-head, known entity) is
 *    dropped, and so is one that only wraps a known entity in ordinary words (نددت موسكو);
 *  - a tagger location/organisation whose word is a person's surname elsewhere becomes a person;
 *  - document-level propagation: a surname found once is a person wherever it recurs
 *    (وتوكاييف, ماسيموف), spelling variants by Jaro-Winkler (نزاربييف ~ نزارباييف);
 *  - initials before a person (ك. ك. ماسيموف) join it; an acronym in parentheses after an
 *    organisation (كاي إن بي) becomes an acronym mention of it;
 *  - attributes (titles, nationality, age, gender, organisation kind) are attached to every
 *    candidate, so whichever wins the overlap resolution carries them.
 * Cross-type overlaps between stages are left to pipeline/resolve.ts (longest wins).
 */
import type { Doc, NameAttributes, NameCandidate, Stage } from '../../pipeline/stage.js';
import type { TextToken } from '../../text/tokenize.js';
import { tagNames } from './tagger.js';
import { ruleCandidates, restoreArticle, titleChain, nameRun, type TitleInfo } from './rules.js';
import { latinNames } from './latin.js';
import { userGazetteer } from './user-gazetteer.js';
import { SAID, QUALIFIERS, fullKey, lamBody, isKnownName, isKnownPlace, isUnknown, isPersonWord, nisbaAt, orgAdjectiveAt, institutionalAdjAt, orgHeadAt, titleAt, isFunctionWord, gazType, isHomographName } from './rules-lex.js';
import { jaroWinkler } from './similarity.js';

export const namesStage: Stage = {
  name: 'names',
  types: ['person', 'organization', 'location'],
  enabled: (o) => o.model || o.rules || o.latin || o.gazetteer.length > 0,
  run: (doc) => ({ candidates: nameCandidates(doc) }),
};

interface Span {
  a: number;
  b: number;
}

/**
 * Token positions by offset, built once per token list: `endAfter[x]` is the first token
 * ending after offset x. The stage looks up the token range of every candidate several times;
 * this makes each look-up O(1) (a binary search per look-up cost more than the stage's rules).
 */
interface OffsetIndex {
  length: number;
  endAfter: Int32Array;
}

const offsetIndexes = new WeakMap<readonly TextToken[], OffsetIndex>();

function offsetIndex(tokens: readonly TextToken[]): OffsetIndex {
  let ix = offsetIndexes.get(tokens);
  if (ix) return ix;
  const n = tokens.length;
  const length = n > 0 ? tokens[n - 1].end : 0;
  const endAfter = new Int32Array(length + 1);
  let e = 0;
  for (let x = 0; x <= length; x++) {
    while (e < n && tokens[e].end <= x) e++;
    endAfter[x] = e;
  }
  ix = { length, endAfter };
  offsetIndexes.set(tokens, ix);
  return ix;
}

/** Token index range [a, b) covering normalised offsets [start, end). */
function tokenRange(tokens: readonly TextToken[], start: number, end: number): Span {
  const ix = offsetIndex(tokens);
  const n = tokens.length;
  // a: the first token ending after start.
  const a = start < 0 ? 0 : start > ix.length ? n : ix.endAfter[start];
  // b: the first token from a on starting at or after end. The first token ending after end
  // is it, unless that token straddles end (starts before it): then the next one.
  let b: number;
  if (end <= 0) b = 0;
  else if (end > ix.length) b = n;
  else {
    b = ix.endAfter[end];
    if (b < n && tokens[b].start < end) b++;
  }
  return { a, b: Math.max(a, b) };
}

const overlaps = (x: NameCandidate, y: NameCandidate) => x.start < y.end && y.start < x.end;
const crosses = (x: NameCandidate, y: NameCandidate) => overlaps(x, y) && !(x.start <= y.start && x.end >= y.end) && !(y.start <= x.start && y.end >= x.end);
const isRule = (c: NameCandidate) => c.source.startsWith('names/rule:');

export function nameCandidates(doc: Doc): NameCandidate[] {
  const { tokens, options } = doc;
  const text = doc.norm.text;
  const user = userGazetteer(doc);
  let rules = options.rules ? ruleCandidates(doc) : [];
  const latin = options.latin && tokens.some((t) => t.kind === 'latin') ? latinNames(doc) : [];
  let tagged = options.model ? safeTag(doc) : [];
  // علي + name is often the preposition على spelt with ي (تغلبوا علي أخطائهم): the rule
  // keeps such a name only when the tagger also starts a person there.
  if (options.model && rules.length > 0) rules = rules.filter((r) => r.source !== 'names/rule:first+last' || !homographStart(tokens, r) || tagged.some((c) => c.type === 'person' && c.start === r.start));
  // A weak person rule (first name + unknown words, said-verb + unknown words) that overlaps a
  // place or organisation the tagger found (أمام بطل كوت ديفوار) yields to the tagger.
  if (options.model && rules.length > 0 && tagged.length > 0) {
    const otherAt = indexByToken(tokens, tagged.filter((c) => c.type !== 'person'));
    if (otherAt.size > 0) rules = rules.filter((r) => r.type !== 'person' || r.confidence >= 0.85 || !nearby(tokens, otherAt, r).some((c) => overlaps(c, r)));
  }

  // Clean the tagger's spans. Rule candidates are indexed by token, so each check is local.
  const ruleAt = indexByToken(tokens, rules);
  tagged = tagged.flatMap((c) => {
    const cleaned = options.rules ? cleanTagged(doc, c) : c;
    if (!cleaned) return [];
    const near = nearby(tokens, ruleAt, cleaned);
    if (near.some((r) => r.confidence >= 0.85 && crosses(r, cleaned))) return [];
    // An organisation the tagger ran on past و into the next name (جامعة الملك سعود وأرامكو).
    if (cleaned.type === 'organization' && near.some((r) => r.type === 'organization' && r.start === cleaned.start && r.end < cleaned.end && conjunctionAt(doc, r.end, cleaned.end))) return [];
    if (options.rules && wrapsKnown(doc, cleaned, near)) return [];
    return [cleaned];
  });

  // Where the tagger ends a name earlier than a rule's unknown-word run, trust the tagger
  // unless the extra words recur in the document (a surname does; a verb rarely).
  if (tagged.length > 0 && rules.length > 0) trimRuleRuns(doc, rules, tagged);
  let all: NameCandidate[] = [...tagged, ...rules, ...latin];
  if (options.rules || options.model) all = propagate(doc, all);
  if (options.rules) {
    clubRecurrences(doc, all);
    all = all.map((c) => (c.type === 'person' ? withInitials(doc, c) : c));
    for (const c of acronyms(doc, all)) all.push(c);
  }
  // User entries win over every other name candidate they touch.
  if (user.length > 0) {
    const userAt = indexByToken(tokens, user);
    all = all.filter((c) => !nearby(tokens, userAt, c).some((u) => overlaps(u, c)));
  }
  for (const c of user) all.push(c);
  if (options.rules) attachAttributes(doc, all);
  for (const c of all) {
    const r = tokenRange(tokens, c.start, c.end);
    const first = tokens[r.a];
    if (!first) continue;
    if (c.type === 'organization' && r.b - r.a > 1 && first.proclitics.length === 0 && first.start === c.start && gluedPrep(first)) c.start += 1;
    if (lamBody(first)) delete c.canonical;
    else if (c.canonical === undefined && c.type !== 'person') restoreArticle(text, c, first);
  }
  return all;
}

function homographStart(tokens: readonly TextToken[], c: NameCandidate): boolean {
  const t = tokens[tokenRange(tokens, c.start, c.end).a];
  return !!t && isHomographName(t);
}

/** The tagger's candidates; a missing or corrupt model fails the stage (STAGE_FAILED), never silently. */
function safeTag(doc: Doc): NameCandidate[] {
  return tagNames(doc);
}

/** Trim titles, qualifiers and nisbas off a tagger person; extend an organisation over its adjectives. */
function cleanTagged(doc: Doc, c: NameCandidate): NameCandidate | null {
  const { tokens } = doc;
  let { a, b } = tokenRange(tokens, c.start, c.end);
  if (a >= b) return null;
  if (c.type === 'person') {
    while (a < b && (titleAt(tokens[a]) || tokens[a].enclitic !== null || isKnownName(tokens[a]) || (tokens[a].article && nisbaAt(tokens[a])) || QUALIFIERS.has(fullKey(tokens[a])) || isFunctionWord(tokens[a]) || (SAID.has(fullKey(tokens[a])) && !isPersonWord(tokens[a])))) {
      if (titleAt(tokens[a])) {
        const ti = titleChain(doc, a);
        a = Math.max(a + 1, Math.min(ti?.next ?? a + 1, b));
      } else a++;
    }
    while (b > a && isFunctionWord(tokens[b - 1])) b--;
    if (a >= b) return null;
    if (b - a === 1 && isKnownPlace(tokens[a])) return null;
  } else if (c.type === 'organization') {
    // A nationality nisba belongs to a head + common-noun name (وزارة الداخلية الكازاخستانية)
    // but only describes a brand or proper name (ميلان الإيطالي, الجارديان البريطانية).
    const named = !!orgHeadAt(tokens[a]) && tokens[b - 1].article && !isUnknown(tokens[b - 1]) && b - a > 1;
    while (b < tokens.length && tokens[b].proclitics.length === 0 && tokens[b].spaceBefore && !tokens[b].newlineBefore && orgAdjectiveAt(tokens[b]) && (named || institutionalAdjAt(tokens[b])) && b - a < 8) b++;
  }
  if (b - a === 1 && (titleAt(tokens[a]) || isFunctionWord(tokens[a]) || tokens[a].key.length <= 2 || (c.type === 'organization' && ((orgHeadAt(tokens[a]) && !tokens[a].article) || gluedPrep(tokens[a]))))) return null;

  const start = Math.max(tokens[a].bodyStart, a === tokenRange(tokens, c.start, c.end).a ? c.start : tokens[a].bodyStart);
  const end = tokens[b - 1].bodyEnd;
  if (end <= start) return null;
  if (start === c.start && end === c.end) return c;
  const out: NameCandidate = { ...c, start, end, canonical: undefined };
  restoreArticle(doc.norm.text, out, tokens[a]);
  return out;
}

/** A tagger span that contains a rule entity plus only ordinary words around it (نددت موسكو). */
/** Candidates by the tokens they cover (spans are a few tokens long, so this stays linear). */
interface TokenIndex {
  /** Candidates by token index (the first 16 tokens of each). */
  lists: Array<NameCandidate[] | undefined>;
  /** Number of token indices with a candidate. */
  size: number;
}

function indexByToken(tokens: readonly TextToken[], cands: readonly NameCandidate[]): TokenIndex {
  const at: TokenIndex = { lists: new Array(tokens.length), size: 0 };
  for (const c of cands) {
    const { a, b } = tokenRange(tokens, c.start, c.end);
    for (let i = a; i < Math.min(b, a + 16); i++) {
      const list = at.lists[i];
      if (list) list.push(c);
      else {
        at.lists[i] = [c];
        at.size++;
      }
    }
  }
  return at;
}

const NONE: readonly NameCandidate[] = [];

/** Indexed candidates that share a token with c, in token then index order (read-only). */
function nearby(tokens: readonly TextToken[], at: TokenIndex, c: NameCandidate): readonly NameCandidate[] {
  if (at.size === 0) return NONE;
  const { a, b } = tokenRange(tokens, c.start, c.end);
  // One token: its list already holds each candidate once.
  if (b - a === 1) return at.lists[a] ?? NONE;
  const out = new Set<NameCandidate>();
  for (let i = a; i < b; i++) {
    const list = at.lists[i];
    if (list) for (const x of list) out.add(x);
  }
  return [...out];
}

function wrapsKnown(doc: Doc, c: NameCandidate, rules: readonly NameCandidate[]): boolean {
  const inner = rules.find((r) => r.source === 'names/rule:known-entity' && r.start >= c.start && r.end <= c.end && (r.start > c.start || r.end < c.end));
  if (!inner) return false;
  const { tokens } = doc;
  const { a, b } = tokenRange(tokens, c.start, c.end);
  for (let i = a; i < b; i++) {
    const t = tokens[i];
    if (t.start >= inner.start && t.end <= inner.end) continue;
    // Only reporting verbs, titles and function words betray a run-on span (ريال مدريد stays).
    if (t.kind === 'arabic' && (SAID.has(fullKey(t)) || isFunctionWord(t) || (titleAt(t) && c.type !== 'organization'))) return true;
  }
  return false;
}

/** Spread person names over the document: surnames, full names and spelling variants. */
function propagate(doc: Doc, cands: NameCandidate[]): NameCandidate[] {
  const { tokens } = doc;
  const surnames = new Map<string, number>();
  for (const c of cands) {
    if (c.type !== 'person' || c.confidence < 0.5) continue;
    const { a, b } = tokenRange(tokens, c.start, c.end);
    const last = tokens[b - 1];
    if (!last || last.kind !== 'arabic' || last.key.length < 3 || isFunctionWord(last) || isKnownPlace(last)) continue;
    if (b - a === 1 && !isUnknown(last) && !isPersonWord(last) && gazType(last) !== 'PER') continue;
    if (b - a >= 2 || isUnknown(last) || isRule(c)) surnames.set(last.key, Math.max(surnames.get(last.key) ?? 0, c.confidence));
  }
  if (surnames.size === 0) return cands;
  const keys = [...surnames.keys()];
  const variant = new Map<string, boolean>();
  const isVariant = (key: string): boolean => {
    let v = variant.get(key);
    if (v === undefined) {
      v = keys.some((k) => k.length >= 5 && Math.abs(k.length - key.length) <= 2 && jaroWinkler(k, key) >= 0.92);
      variant.set(key, v);
    }
    return v;
  };
  const covered = new Array<NameCandidate | undefined>(tokens.length);
  for (const c of cands) {
    const { a, b } = tokenRange(tokens, c.start, c.end);
    for (let i = a; i < b; i++) if (!covered[i] || covered[i]!.end - covered[i]!.start < c.end - c.start) covered[i] = c;
  }
  const out = cands.slice();
  const dropped = new Set<NameCandidate>();
  const personEndingAt = new Map<number, NameCandidate>();
  for (const c of cands) if (c.type === 'person') personEndingAt.set(c.end, c);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'arabic' || t.key.length < 3) continue;
    let hit = surnames.has(t.key);
    // على shares its folded key with the name علي; عليها is على with a pronoun.
    if (hit && (t.enclitic !== null || isFunctionWord(t))) hit = false;
    if (!hit && t.key.length >= 5 && isUnknown(t)) hit = isVariant(t.key);
    if (!hit) continue;
    const cov = covered[i];
    if (cov && cov.type === 'person') continue;
    if (cov && cov.type !== 'person') {
      // A one-word tagger location/organisation that is a surname elsewhere is a person.
      const r = tokenRange(tokens, cov.start, cov.end);
      if (r.b - r.a > 1 || cov.source.startsWith('names/rule:known') || cov.source.startsWith('names/latin')) continue;
      dropped.add(cov);
    }
    // Extend over a following surname word when the name is written in full again.
    const e = Math.max(i + 1, nameRunEnd(tokens, i));
    // كريم [كاجيمكانولي] ماسيموف: a person ending one or two unknown words before the surname.
    let k = i;
    while (k > i - 2 && k > 0 && tokens[k].spaceBefore && tokens[k].proclitics.length === 0 && !covered[k - 1]?.type.startsWith('o') && isUnknown(tokens[k - 1]) && !covered[k - 1]) k--;
    const left = k < i && k > 0 ? personEndingAt.get(tokens[k - 1].bodyEnd) : undefined;
    if (left && tokens[k].spaceBefore) {
      dropped.add(left);
      out.push({ ...left, end: tokens[e - 1].bodyEnd, source: left.source + '+surname', confidence: Math.max(left.confidence, 0.8) });
      continue;
    }
    out.push({ type: 'person', start: t.bodyStart, end: tokens[e - 1].bodyEnd, source: 'names/rule:propagate', confidence: 0.8 });
  }
  return dropped.size > 0 ? out.filter((c) => !dropped.has(c)) : out;
}

/**
 * A club named in full once (الترجي الرياضي التونسي) is the same organisation when its short
 * name recurs on its own (فاز الترجي, للترجي). Appends to cands.
 */
function clubRecurrences(doc: Doc, cands: NameCandidate[]): void {
  const { tokens } = doc;
  const keys = new Set<string>();
  for (const c of cands) {
    if (c.source !== 'names/rule:sports-club') continue;
    const t = tokens[tokenRange(tokens, c.start, c.end).a];
    if (t && t.article && t.key.length >= 3) keys.add(t.key);
  }
  if (keys.size === 0) return;
  const covered = new Uint8Array(tokens.length);
  for (const c of cands) {
    const { a, b } = tokenRange(tokens, c.start, c.end);
    for (let i = a; i < b; i++) covered[i] = 1;
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (covered[i] || !t.article || !keys.has(t.key) || t.enclitic !== null) continue;
    cands.push({ type: 'organization', start: t.bodyStart, end: t.bodyEnd, source: 'names/rule:club-recurrence', confidence: 0.8, attrs: { orgKind: 'sport' } });
  }
}

function nameRunEnd(tokens: readonly TextToken[], i: number): number {
  const e = nameRun(tokens, i, 1, true);
  return e > i ? e : i + 1;
}

/** ك. ك. ماسيموف: single letters with a full stop right before a person's name. */
function withInitials(doc: Doc, c: NameCandidate): NameCandidate {
  const { tokens } = doc;
  let { a } = tokenRange(tokens, c.start, c.end);
  let start = c.start;
  let moved = false;
  while (a >= 2) {
    const dot = tokens[a - 1];
    const letter = tokens[a - 2];
    if (dot.kind === 'punct' && dot.text === '.' && !dot.spaceBefore && letter.kind === 'arabic' && letter.text.length === 1 && letter.key.length <= 1) {
      start = letter.start;
      a -= 2;
      moved = true;
    } else break;
  }
  if (!moved) return c;
  return { ...c, start, source: c.source + '+initials' };
}

const OPEN = new Set(['(', '[']);
const CLOSE = new Set([')', ']']);
const QUOTES = new Set(['"', '«', '»', '“', '”', "'"]);

/** An acronym in parentheses right after an organisation: لجنة الأمن الوطنية (كاي إن بي), (وام). */
function acronyms(doc: Doc, cands: readonly NameCandidate[]): NameCandidate[] {
  const { tokens } = doc;
  const out: NameCandidate[] = [];
  const seen = new Set<number>();
  for (const c of cands) {
    if (c.type !== 'organization') continue;
    let { b: j } = tokenRange(tokens, c.start, c.end);
    while (tokens[j] && tokens[j].kind === 'punct' && QUOTES.has(tokens[j].text)) j++;
    if (!tokens[j] || !OPEN.has(tokens[j].text)) continue;
    const a = j + 1;
    let k = a;
    while (tokens[k] && (tokens[k].kind === 'arabic' || tokens[k].kind === 'latin') && k - a < 4) k++;
    if (k === a || !tokens[k] || !CLOSE.has(tokens[k].text) || seen.has(a)) continue;
    const len = tokens[k - 1].end - tokens[a].start;
    if (len > 24) continue;
    // Not an acronym: a date, a number, or ordinary words (… (الخميس)).
    if (tokens.slice(a, k).some((t) => t.kind === 'arabic' && !isUnknown(t) && t.key.length > 4)) continue;
    seen.add(a);
    out.push({ type: 'organization', start: tokens[a].start, end: tokens[k - 1].end, source: 'names/rule:acronym', confidence: 0.9, attrs: { acronym: true, ...(c.attrs?.orgKind ? { orgKind: c.attrs.orgKind } : {}) } });
  }
  return out;
}

const AGE_CUE_WORDS = new Set(['الذي', 'التي', 'البالغ', 'البالغة', 'يبلغ', 'تبلغ', 'من', 'العمر', 'عمره', 'عمرها', 'ذو', 'ذات', 'الذى']);
const AGE_WORDS = new Set(['عاما', 'عام', 'سنه', 'سنوات', 'عاما', 'عامًا']);

/** Titles, nationality, gender and age for persons; organisation kind from the head. */
function attachAttributes(doc: Doc, cands: NameCandidate[]): void {
  const { tokens } = doc;
  // Title chains by the index of the first token after them.
  const byNext = new Map<number, TitleInfo>();
  for (let i = 0; i < tokens.length; i++) {
    if (!titleAt(tokens[i])) continue;
    const ti = titleChain(doc, i);
    if (ti && !byNext.has(ti.next)) byNext.set(ti.next, ti);
  }
  for (const c of cands) {
    const { a, b } = tokenRange(tokens, c.start, c.end);
    if (c.type === 'organization') {
      if (!c.attrs?.orgKind && tokens[a]) {
        const h = orgHeadAt(tokens[a]);
        if (h) c.attrs = { ...c.attrs, orgKind: h.kind };
      }
      continue;
    }
    if (c.type !== 'person') continue;
    const attrs: NameAttributes = { ...c.attrs };
    const ti = byNext.get(a);
    if (ti) {
      attrs.titles = [...new Set([...(attrs.titles ?? []), ti.title])];
      if (ti.nationality && !attrs.nationality) attrs.nationality = ti.nationality;
      if (ti.female) attrs.gender = 'female';
    }
    // A nisba right after the name: بوتين الروسي.
    const n = tokens[b];
    if (n && n.article && n.proclitics.length === 0 && !attrs.nationality) {
      const nis = nisbaAt(n);
      if (nis && !nis.plural) attrs.nationality = nis.country;
    }
    // قالت X: a feminine said-verb right before the name.
    const p = tokens[a - 1];
    if (p && !ti && SAID.get(fullKey(p)) === true) attrs.gender = 'female';
    const age = ageAfter(tokens, b);
    if (age !== undefined) attrs.age = age;
    if (Object.keys(attrs).length > 0) c.attrs = attrs;
  }
}

/** (56 عامًا) or ، البالغ من العمر 62 عاما / الذي يبلغ من العمر 81 عاما right after a name. */
function ageAfter(tokens: readonly TextToken[], b: number): number | undefined {
  let j = b;
  const limit = Math.min(tokens.length, b + 9);
  let sawCue = false;
  while (j < limit) {
    const t = tokens[j];
    if (t.kind === 'punct' && (t.text === '،' || t.text === ',' || t.text === '(')) {
      j++;
      continue;
    }
    if (t.kind === 'arabic' && AGE_CUE_WORDS.has(t.text)) {
      sawCue = true;
      j++;
      continue;
    }
    if (t.kind === 'number') {
      const v = Number(t.text);
      const u = tokens[j + 1];
      if (Number.isFinite(v) && v > 0 && v < 130 && u && u.kind === 'arabic' && (AGE_WORDS.has(u.key) || u.key.startsWith('عام') || u.key.startsWith('سن'))) {
        if (sawCue || (tokens[j - 1] && tokens[j - 1].text === '(')) return v;
      }
      return undefined;
    }
    return undefined;
  }
  return undefined;
}

/** لجامعة, لمنظمة: a preposition on a head noun that the tokenizer kept whole. */
function gluedPrep(t: TextToken): boolean {
  const c = t.text.charCodeAt(0);
  if (!(c === 0x0644 || c === 0x0628) || t.text.length < 4 || t.article) return false;
  const rest = { ...t, key: t.key.slice(1), article: false, proclitics: [] } as TextToken;
  return orgHeadAt(rest) !== undefined;
}

/** The first token after offset `from` (and before `to`) begins with the conjunction و. */
function conjunctionAt(doc: Doc, from: number, to: number): boolean {
  const { a } = tokenRange(doc.tokens, from, to);
  const t = doc.tokens[a];
  return !!t && t.start < to && t.proclitics[0] === 'و';
}

function trimRuleRuns(doc: Doc, rules: NameCandidate[], tagged: readonly NameCandidate[]): void {
  const { tokens } = doc;
  const taggedAt = indexByToken(tokens, tagged.filter((c) => c.type === 'person'));
  let counts: Map<string, number> | null = null;
  for (const r of rules) {
    if (r.type !== 'person') continue;
    const t = nearby(tokens, taggedAt, r).find((x) => x.start === r.start && x.end < r.end);
    if (!t) continue;
    // A chain the tagger cut inside (X بن | Y) stays; one it read whole (هشام بن ثابت | تتواصل) is trimmed.
    if (r.source === 'names/rule:name-chain') {
      const tr = tokenRange(tokens, t.start, t.end);
      if (tr.b - tr.a < 3) continue;
    }
    if (!counts) {
      counts = new Map();
      for (const u of tokens) if (u.kind === 'arabic') counts.set(u.key, (counts.get(u.key) ?? 0) + 1);
    }
    const { a, b } = tokenRange(tokens, t.end, r.end);
    let recurs = false;
    for (let i = a; i < b; i++) if ((counts.get(tokens[i].key) ?? 0) >= 2 || isPersonWord(tokens[i])) recurs = true;
    if (!recurs) r.end = t.end;
  }
}
