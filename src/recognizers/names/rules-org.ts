/**
 * Organisations from context (issue 11.5): token rules (ORG_RULES, appended to NAME_RULES)
 * and document passes (ORG_PASSES, appended to NAME_PASSES), each with its family for the
 * ablation. Vocabulary: lexicon/org-context.ts.
 *
 *  - club-prefix: a club-name part and the city it is named after (ريال مدريد, مانشستر يونايتد);
 *  - city-club (pass): a listed place the tagger reads as an organisation on the same span
 *    yields to it, in a document about sport (the club) or in quotes (the newspaper);
 *  - acronym-long-form (pass): an acronym whose long form the document also names is a
 *    mention of that organisation (الأونروا after وكالة الأمم المتحدة لإغاثة …);
 *  - head-person, score-edge (repairs of tagger names): a person that opens with an
 *    organisation head is the organisation; a name ends before a match score.
 * Every rule scans a bounded window after its trigger, so all are linear in tokens.
 */
import type { NameCandidate } from '../../pipeline/stage.js';
import type { RuleStrength } from '../../pipeline/rule.js';
import { foldKey } from '../../text/normalize.js';
import {
  ACRONYM_LONG_FORMS, CLUB_PREFIXES, CLUB_SUFFIXES,
} from '../../lexicon/org-context.js';
import type { WordGroup } from '../../lexicon/function-words.js';
import type { NameContext } from './context.js';
import { tokenRange } from './context.js';
import { documentContext } from './features.js';
import type { NameRule, RuleCandidate } from './rules.js';
import type { NameInfo } from './sources.js';
import { fullKey, gazType, gluedOrgHeadAt, isKnownPlace, isNameStop, isUnknown, knownAt, nisbaAt, orgHeadAt, titleAt, type Word } from './rules-lex.js';

const keys = (g: WordGroup): ReadonlySet<string> => new Set(g.words.map((x) => foldKey(x)));
const CLUB_PREFIX = keys(CLUB_PREFIXES);
const CLUB_SUFFIX = keys(CLUB_SUFFIXES);

/** Confidences of the rules of this file, named. */
export const ORG_CONFIDENCE = {
  clubPrefix: 0.9,
  acronymLongForm: 0.9,
} as const;

const rule = (id: string, family: string, strength: RuleStrength, confidence: number, reason: string, find: NameRule['find']): NameRule => ({
  id: `names/rule:${id}`, stage: 'names', family, types: ['organization'], strength, confidence, reason, find,
});

const isWord = (t: Word | undefined): t is Word => !!t && t.kind === 'arabic' && t.key.length >= 2;
/** The next word of the same phrase: no proclitic, a space before it, no line break. */
const follows = (t: Word | undefined): t is Word => isWord(t) && t.proclitics.length === 0 && t.spaceBefore && !t.newlineBefore;

function span(tokens: readonly Word[], a: number, b: number, attrs?: RuleCandidate['attrs']): RuleCandidate {
  const c: RuleCandidate = { type: 'organization', start: tokens[a].bodyStart, end: tokens[b - 1].bodyEnd };
  if (attrs) c.attrs = attrs;
  return c;
}

/** A word that may be the city or name of a club: a place, a word the word list lacks, a corpus place or organisation. */
function clubWord(t: Word | undefined): t is Word {
  if (!isWord(t) || t.enclitic !== null || isNameStop(t) || titleAt(t) || orgHeadAt(t)) return false;
  if (nisbaAt(t) && t.article) return false;
  const g = gazType(t);
  return isKnownPlace(t) || isUnknown(t) || g === 'LOC' || g === 'ORG';
}

export const CLUB_PREFIX_RULE = rule('club-prefix', 'club-prefix', 'strong', ORG_CONFIDENCE.clubPrefix,
  'a club-name part before or after the city it is named after names the club (ريال مدريد, دينامو كييف, مانشستر يونايتد); the city inside is no place', (ctx, i) => {
    const { tokens } = ctx;
    const t = tokens[i];
    if (!isWord(t) || t.article || t.enclitic !== null) return null;
    if (CLUB_PREFIX.has(t.key)) {
      const n = tokens[i + 1];
      if (!follows(n) || !clubWord(n)) return null;
      let e = i + 2;
      const k = knownAt(tokens, i + 1);
      if (k) e = Math.max(e, k.end);
      return { candidates: span(tokens, i, e, { orgKind: 'sport' }), next: e };
    }
    const n = tokens[i + 1];
    if (follows(n) && !n.article && n.enclitic === null && CLUB_SUFFIX.has(n.key) && clubWord(t)) return { candidates: span(tokens, i, i + 2, { orgKind: 'sport' }), next: i + 2 };
    return null;
  });

/** The token rules of this file, tried after those of rules.ts. */
export const ORG_RULES: readonly NameRule[] = [CLUB_PREFIX_RULE];

const pass = (id: string, family: string, strength: RuleStrength, confidence: number, reason: string, types: NameInfo['types'] = ['organization']): NameInfo => ({
  id: `names/rule:${id}`, stage: 'names', family, types, strength, confidence, reason,
});

export const ACRONYM_LONG_FORM = pass('acronym-long-form', 'acronym-long-form', 'strong', ORG_CONFIDENCE.acronymLongForm,
  'an acronym whose long form the document also names (الأونروا after وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين) is a mention of it; the long form is an organisation');

export const CITY_CLUB = pass('city-club', 'city-club', 'normal', 0,
  'in a document about sport, a listed city the tagger reads as an organisation (فريق برشلونة بطل الدوري) is the club named after it, and so is a listed place in quotes (« الشرق الأوسط », the newspaper): the listed place yields');

export const HEAD_PERSON = pass('head-person', 'head-person', 'normal', 0,
  'a tagger person that begins with an organisation head (لإتحاد بن قردان: بن made it look like a name) is the organisation; it keeps its confidence');
export const SCORE_EDGE = pass('score-edge', 'score-line', 'normal', 0,
  'a tagger name that ran into a match score (إتحاد بن قردان 1 - 0) ends before it; it keeps its confidence', ['person', 'organization', 'location']);

/** The document passes of this file, run after those of sources.ts. */
export const ORG_PASSES: readonly NameInfo[] = [CITY_CLUB, ACRONYM_LONG_FORM, HEAD_PERSON, SCORE_EDGE];

const OPEN_QUOTES = new Set(['«', '"', '“']);
const CLOSE_QUOTES = new Set(['»', '"', '”']);

/** Tokens [a, b) stand alone between quotes. */
function quoted(tokens: readonly Word[], a: number, b: number): boolean {
  const o = tokens[a - 1];
  const c = tokens[b];
  return !!o && !!c && o.kind === 'punct' && c.kind === 'punct' && OPEN_QUOTES.has(o.text) && CLOSE_QUOTES.has(c.text);
}

function knownCountry(tokens: readonly Word[], i: number): boolean {
  const k = knownAt(tokens, i);
  return !!k && k.end === i + 1 && k.match.entity.type === 'location' && k.match.entity.country !== undefined;
}

/**
 * A listed place that the tagger, reading the context, types as an organisation on the same
 * span yields to it: a city in a document about sport (فريق برشلونة بطل الدوري: the club),
 * a place in quotes (« الشرق الأوسط »: the newspaper). Returns the list without those places.
 */
export function cityClubs(ctx: NameContext, cands: NameCandidate[], fromModel: (c: NameCandidate) => boolean): NameCandidate[] {
  const { tokens } = ctx;
  const modelOrg = new Set<string>();
  for (const c of cands) if (fromModel(c) && c.type === 'organization') modelOrg.add(c.start + ':' + c.end);
  if (modelOrg.size === 0) return cands;
  let sport: boolean | undefined;
  return cands.filter((c) => {
    if (c.type !== 'location' || fromModel(c) || !modelOrg.has(c.start + ':' + c.end)) return true;
    const { a, b } = tokenRange(ctx, c.start, c.end);
    if (quoted(tokens, a, b)) return false;
    if (b - a !== 1 || !isKnownPlace(tokens[a]) || knownCountry(tokens, a)) return true;
    sport ??= documentContext(tokens).sport;
    return !sport;
  });
}

interface LongForm {
  acronym: string;
  words: string[];
}
const LONG_FORMS: readonly LongForm[] = ACRONYM_LONG_FORMS.flatMap((e) => e.long.map((l) => ({ acronym: foldKey(e.acronym), words: l.split(' ').map((x) => foldKey(x)) })));
const LONG_BY_FIRST = new Map<string, LongForm[]>();
for (const f of LONG_FORMS) LONG_BY_FIRST.set(f.words[0], [...(LONG_BY_FIRST.get(f.words[0]) ?? []), f]);

/** The folded word as the lexicon writes it: the article kept, ل of لل restored (للأغذية → الأغذية). */
const wordKey = (t: Word): string => (t.proclitics.length === 1 && t.proclitics[0] === 'ل' && !t.article ? 'ل' + t.key : t.article && t.proclitics.includes('ل') ? 'لل' + t.key : fullKey(t));

/**
 * Long forms of listed acronyms are organisations (wherever the tagger and rules cut them),
 * and when the document names one, a candidate of its acronym becomes an acronym mention
 * of it (attrs.acronymOf: the long form's folded words), which the link step joins to the
 * long form's record.
 */
export function acronymLongForms(ctx: NameContext, cands: NameCandidate[]): NameCandidate[] {
  const { tokens, text } = ctx;
  const found = new Map<string, string>();
  const longs: NameCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const list = isWord(tokens[i]) ? LONG_BY_FIRST.get(fullKey(tokens[i])) : undefined;
    if (!list) continue;
    for (const f of list) {
      let ok = true;
      for (let k = 1; k < f.words.length && ok; k++) {
        const u = tokens[i + k];
        ok = isWord(u) && (wordKey(u) === f.words[k] || fullKey(u) === f.words[k] || ('و' + wordKey(u) === f.words[k] && u.proclitics[0] === 'و') || foldKey(u.text) === f.words[k]);
      }
      if (!ok) continue;
      const start = tokens[i].bodyStart;
      const end = tokens[i + f.words.length - 1].bodyEnd;
      longs.push({ type: 'organization', start, end, source: ACRONYM_LONG_FORM.id, confidence: ACRONYM_LONG_FORM.confidence, attrs: { orgKind: 'international' } });
      if (!found.has(f.acronym)) found.set(f.acronym, foldKey(text.slice(start, end)).split(/\s+/u).join(' '));
      i += f.words.length - 1;
      break;
    }
  }
  if (longs.length === 0) return cands;
  const out = cands.filter((c) => !longs.some((l) => c.start < l.end && l.start < c.end && c.end - c.start < l.end - l.start));
  for (const c of out) {
    if (c.type !== 'organization') continue;
    const { a, b } = tokenRange(ctx, c.start, c.end);
    if (b - a !== 1) continue;
    const long = found.get(fullKey(tokens[a]));
    if (long !== undefined) c.attrs = { ...c.attrs, acronym: true, acronymOf: long };
  }
  for (const l of longs) out.push(l);
  return out;
}

const isScoreDigit = (t: Word | undefined): t is Word => !!t && t.kind === 'number' && /^\d{1,2}$/u.test(t.text);
const isDash = (t: Word | undefined) => !!t && t.kind === 'punct' && (t.text === '-' || t.text === '–');

/**
 * Tagger names in match results: a number at either edge that is one side of a score
 * (N - M) is cut off, and a person that begins with a specific organisation head is that
 * organisation (`on` says which repairs run: SCORE_EDGE, HEAD_PERSON). Candidates are
 * changed in place.
 */
export function modelNameRepairs(ctx: NameContext, cands: NameCandidate[], fromModel: (c: NameCandidate) => boolean, on: { edges: boolean; heads: boolean }): void {
  const { tokens } = ctx;
  const { edges, heads } = on;
  for (const c of cands) {
    if (!fromModel(c)) continue;
    let { a, b } = tokenRange(ctx, c.start, c.end);
    if (edges && b - a > 1) {
      if (isScoreDigit(tokens[b - 1]) && isDash(tokens[b]) && isScoreDigit(tokens[b + 1])) b--;
      if (b - a > 1 && isScoreDigit(tokens[a]) && isDash(tokens[a - 1]) && isScoreDigit(tokens[a - 2])) a++;
      c.start = tokens[a].bodyStart;
      c.end = tokens[b - 1].bodyEnd;
    }
    if (heads && c.type === 'person' && b - a > 1) {
      const h = orgHeadAt(tokens[a]) ?? gluedOrgHeadAt(tokens[a]);
      if (h && !h.generic && !h.nisbaOnly && !tokens[a].article) {
        c.type = 'organization';
        c.attrs = { orgKind: h.kind };
      }
    }
  }
}
