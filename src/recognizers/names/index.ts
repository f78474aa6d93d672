/**
 * Names stage: the name sources (the tagger when options.model, the token rules when
 * options.rules, Latin-script names when options.latin, the user's gazetteer always), merged
 * into one list, then the document passes (sources.ts). Every candidate's `source` is a
 * registered id (rules.ts, sources.ts); the merge tests ids and declared strengths only.
 *
 * How they combine:
 *  - user gazetteer entries win: any other name candidate overlapping one is dropped;
 *  - tagger spans are cleaned: leading titles, qualifiers and nisbas are trimmed off person
 *    spans (الرئيس الروسي فلاديمير بوتين → فلاديمير بوتين, the title goes to attributes);
 *    organisation spans grow over a following nisba/institutional adjective;
 *  - a tagger span that crosses a strong rule span (title+name, org-head, known entity) is
 *    dropped, and so is one that only wraps a known entity in ordinary words (نددت موسكو);
 *  - a tagger location/organisation whose word is a person's surname elsewhere becomes a person;
 *  - the passes: propagation (a surname found once is a person wherever it recurs), club
 *    recurrences, initials before a person (ك. ك. ماسيموف), acronyms in parentheses after an
 *    organisation (كاي إن بي);
 *  - attributes (titles, nationality, age, gender, organisation kind) are attached to every
 *    candidate, so whichever wins the overlap resolution carries them.
 * Cross-type overlaps between stages are left to pipeline/resolve.ts (longest wins).
 *
 * A failing source (a missing model file, a bug) costs only its own candidates: it becomes
 * a STAGE_FAILED warning naming the source and the cause, and the other sources still run.
 */
import type { Doc, NameAttributes, NameCandidate, Stage, StageWarning } from '../../pipeline/stage.js';
import type { ResolvedExtractOptions } from '../../schema/options.js';
import { foldKey } from '../../text/normalize.js';
import { AGE_CUES, UNIT_WORDS } from '../../lexicon/units.js';
import { AGE_LINKS } from '../../lexicon/person-attributes.js';
import { tagNames } from './tagger.js';
import { ruleCandidates, restoreArticle, titleChain, nameRun, KNOWN_ENTITY, FIRST_LAST, NAME_CHAIN, SPORTS_CLUB, type TitleInfo } from './rules.js';
import { latinNames } from './latin.js';
import { ACRONYM_LONG_FORM, CITY_CLUB, HEAD_PERSON, SCORE_EDGE, acronymLongForms, cityClubs, modelNameRepairs } from './rules-org.js';
import { userGazetteer } from './user-gazetteer.js';
import { SAID, QUALIFIERS, fullKey, lamBody, isKnownName, isKnownPlace, isUnknown, isPersonWord, nisbaAt, orgAdjectiveAt, institutionalAdjAt, orgHeadAt, titleAt, isNameStop, gazType, isHomographName, gluedHeadAt, loadNamesGazetteer, type Word } from './rules-lex.js';
import { leadingProclitic } from '../../text/readings.js';
import { jaroWinkler } from '../../util/similarity.js';
import { nameContext, tokenRange, type NameContext } from './context.js';
import { ACRONYM, AFFILIATION, CLUB_RECURRENCE, INITIALS, LATIN_COMPROMISE, LATIN_LIST, PROPAGATE, SURNAME_JOIN, TAGGER, USER_GAZETTEER, isDisabled, isRuleSource, isStrong, type NameInfo } from './sources.js';

/**
 * A source of name candidates. `role` says how the merge treats its candidates: `model`
 * spans are cleaned and checked against the rules, `rules` are the token rules, `extra`
 * candidates join as they are (a new recogniser of names plugs in here with one entry),
 * `user` entries win over everything they touch.
 */
export interface NameSource {
  id: string;
  role: 'model' | 'rules' | 'extra' | 'user';
  enabled(options: ResolvedExtractOptions, doc: Doc): boolean;
  run(ctx: NameContext): NameCandidate[];
  /** Registered ids of the candidates it produces. */
  produces: readonly NameInfo[];
}

export const NAME_SOURCE_LIST: readonly NameSource[] = [
  { id: TAGGER.id, role: 'model', enabled: (o) => o.model, run: (ctx) => tagNames(ctx.doc), produces: [TAGGER] },
  { id: 'names/rules', role: 'rules', enabled: (o) => o.rules, run: ruleCandidates, produces: [] },
  { id: 'names/latin', role: 'extra', enabled: (o, d) => o.latin && d.tokens.some((t) => t.kind === 'latin'), run: (ctx) => latinNames(ctx.doc), produces: [LATIN_LIST, LATIN_COMPROMISE] },
  { id: USER_GAZETTEER.id, role: 'user', enabled: (o) => o.gazetteer.length > 0, run: (ctx) => userGazetteer(ctx.doc), produces: [USER_GAZETTEER] },
];

/** The names stage with some rules, passes or sources switched off (ids or families): ablation runs. */
export function createNamesStage(disabled: ReadonlySet<string> = new Set(), sources: readonly NameSource[] = NAME_SOURCE_LIST): Stage {
  return {
    name: 'names',
    enabled: (o) => o.model || o.rules || o.latin || o.gazetteer.length > 0,
    run: (doc) => {
      const ctx = nameContext(doc, disabled);
      const candidates = nameCandidates(ctx, sources);
      return { candidates, warnings: ctx.warnings };
    },
  };
}

export const namesStage: Stage = createNamesStage();

/** Run f; a throw becomes a STAGE_FAILED warning naming the part of the names stage and the cause. */
function attempt<T>(ctx: NameContext, part: string, f: () => T, fallback: T): T {
  try {
    return f();
  } catch (e) {
    const cause = e instanceof Error ? e.message : String(e);
    const w: StageWarning = { code: 'STAGE_FAILED', message: `stage names: ${part} failed: ${cause}`, data: { stage: 'names', part, cause } };
    ctx.warnings.push(w);
    return fallback;
  }
}

const overlaps = (x: NameCandidate, y: NameCandidate) => x.start < y.end && y.start < x.end;
const crosses = (x: NameCandidate, y: NameCandidate) => overlaps(x, y) && !(x.start <= y.start && x.end >= y.end) && !(y.start <= x.start && y.end >= x.end);
const on = (ctx: NameContext, r: NameInfo) => !isDisabled(ctx.disabled, r);

export function nameCandidates(ctx: NameContext, sources: readonly NameSource[] = NAME_SOURCE_LIST): NameCandidate[] {
  const { tokens, doc } = ctx;
  const { options } = doc;
  const text = ctx.text;
  // The name gazetteer feeds the word predicates of the rules and the merge; when it fails to
  // load, they answer without it (and the stage warns).
  attempt(ctx, 'names/gazetteer', () => loadNamesGazetteer(ctx.readings), undefined);
  const wanted = sources.filter((s) => s.enabled(options, doc) && !ctx.disabled.has(s.id));
  const run = (role: NameSource['role']) => wanted.filter((s) => s.role === role).flatMap((s) => attempt(ctx, s.id, () => s.run(ctx), []));
  const user = run('user');
  let rules = run('rules');
  const extra = run('extra');
  const hasModel = wanted.some((s) => s.role === 'model');
  let tagged = run('model');
  // علي + name is often the preposition على spelt with ي (تغلبوا علي أخطائهم), and so is علي
  // alone after a title (وزيرة التعاون علي هامش): the rule keeps such a name only when the
  // tagger also starts a person there.
  if (hasModel && rules.length > 0) rules = rules.filter((r) => !(r.source === FIRST_LAST.id || (r.type === 'person' && oneToken(ctx, r))) || !homographStart(ctx, r) || tagged.some((c) => c.type === 'person' && c.start === r.start));
  // A person guess that is not strong (first name + unknown words, said-verb + unknown words)
  // overlapping a place or organisation the tagger found (أمام بطل كوت ديفوار) yields to it.
  if (hasModel && rules.length > 0 && tagged.length > 0) {
    const otherAt = indexByToken(ctx, tagged.filter((c) => c.type !== 'person'));
    if (otherAt.size > 0) rules = rules.filter((r) => r.type !== 'person' || isStrong(r) || !nearby(ctx, otherAt, r).some((c) => overlaps(c, r)));
  }

  // Clean the tagger's spans. Rule candidates are indexed by token, so each check is local.
  const ruleAt = indexByToken(ctx, rules);
  const cleaning = options.rules;
  tagged = tagged.flatMap((c) => {
    const cleaned = cleaning ? cleanTagged(ctx, c) : c;
    if (!cleaned) return [];
    const near = nearby(ctx, ruleAt, cleaned);
    if (near.some((r) => isStrong(r) && crosses(r, cleaned))) return [];
    // An organisation the tagger ran on past و into the next name (جامعة الملك سعود وأرامكو).
    if (cleaned.type === 'organization' && near.some((r) => r.type === 'organization' && r.start === cleaned.start && r.end < cleaned.end && conjunctionAt(ctx, r.end, cleaned.end))) return [];
    if (cleaning && wrapsKnown(ctx, cleaned, near)) return [];
    return [cleaned];
  });

  // Where the tagger ends a name earlier than a rule's unknown-word run, trust the tagger
  // unless the extra words recur in the document (a surname does; a verb rarely).
  if (tagged.length > 0 && rules.length > 0) trimRuleRuns(ctx, rules, tagged);
  if (options.rules) modelNameRepairs(ctx, tagged, (c) => c.source === TAGGER.id, { edges: on(ctx, SCORE_EDGE), heads: on(ctx, HEAD_PERSON) });
  let all: NameCandidate[] = [...tagged, ...rules, ...extra];
  if (options.rules && on(ctx, PROPAGATE)) all = propagate(ctx, all);
  if (options.rules) {
    if (on(ctx, CLUB_RECURRENCE)) clubRecurrences(ctx, all);
    if (on(ctx, INITIALS)) all = all.map((c) => (c.type === 'person' ? withInitials(ctx, c) : c));
    if (on(ctx, ACRONYM)) for (const c of acronyms(ctx, all)) all.push(c);
    if (on(ctx, AFFILIATION)) for (const c of affiliations(ctx, all)) all.push(c);
    if (on(ctx, CITY_CLUB)) all = cityClubs(ctx, all, (c) => c.source === TAGGER.id);
    if (on(ctx, ACRONYM_LONG_FORM)) all = acronymLongForms(ctx, all);
  }
  // User entries win over every other name candidate they touch.
  if (user.length > 0) {
    const userAt = indexByToken(ctx, user);
    all = all.filter((c) => !nearby(ctx, userAt, c).some((u) => overlaps(u, c)));
  }
  for (const c of user) all.push(c);
  if (options.rules) attachAttributes(ctx, all);
  for (const c of all) {
    const r = tokenRange(ctx, c.start, c.end);
    const first = tokens[r.a];
    if (!first) continue;
    if (c.type === 'organization' && r.b - r.a > 1 && first.proclitics.length === 0 && first.start === c.start && gluedPrep(first)) c.start += 1;
    if (lamBody(first)) delete c.canonical;
    else if (c.canonical === undefined && c.type !== 'person') restoreArticle(text, c, first);
  }
  return all;
}

function oneToken(ctx: NameContext, c: NameCandidate): boolean {
  const { a, b } = tokenRange(ctx, c.start, c.end);
  return b - a === 1;
}

function homographStart(ctx: NameContext, c: NameCandidate): boolean {
  const t = ctx.tokens[tokenRange(ctx, c.start, c.end).a];
  return !!t && isHomographName(t);
}

/** Trim titles, qualifiers and nisbas off a tagger person; extend an organisation over its adjectives. */
function cleanTagged(ctx: NameContext, c: NameCandidate): NameCandidate | null {
  const { tokens } = ctx;
  let { a, b } = tokenRange(ctx, c.start, c.end);
  if (a >= b) return null;
  if (c.type === 'person') {
    while (a < b && (titleAt(tokens[a]) || tokens[a].enclitic !== null || isKnownName(tokens[a]) || (tokens[a].article && nisbaAt(tokens[a])) || QUALIFIERS.has(fullKey(tokens[a])) || isNameStop(tokens[a]) || (SAID.has(fullKey(tokens[a])) && !isPersonWord(tokens[a])))) {
      if (titleAt(tokens[a])) {
        const ti = titleChain(ctx, a);
        a = Math.max(a + 1, Math.min(ti?.next ?? a + 1, b));
      } else a++;
    }
    while (b > a && isNameStop(tokens[b - 1])) b--;
    if (a >= b) return null;
    if (b - a === 1 && isKnownPlace(tokens[a])) return null;
  } else if (c.type === 'organization') {
    // A function word or a verb never begins an organisation (فاز | الترجي الرياضي).
    while (b - a > 1 && isNameStop(tokens[a])) a++;
    // A nationality nisba belongs to a head + common-noun name (وزارة الداخلية الكازاخستانية)
    // but only describes a brand or proper name (ميلان الإيطالي, الجارديان البريطانية).
    const named = !!orgHeadAt(tokens[a]) && tokens[b - 1].article && !isUnknown(tokens[b - 1]) && b - a > 1;
    while (b < tokens.length && tokens[b].proclitics.length === 0 && tokens[b].spaceBefore && !tokens[b].newlineBefore && orgAdjectiveAt(tokens[b]) && (named || institutionalAdjAt(tokens[b])) && b - a < 8) b++;
  }
  if (b - a === 1 && (titleAt(tokens[a]) || isNameStop(tokens[a]) || tokens[a].key.length <= 2 || (c.type === 'organization' && ((orgHeadAt(tokens[a]) && !tokens[a].article) || gluedPrep(tokens[a]))))) return null;

  const start = Math.max(tokens[a].bodyStart, a === tokenRange(ctx, c.start, c.end).a ? c.start : tokens[a].bodyStart);
  const end = tokens[b - 1].bodyEnd;
  if (end <= start) return null;
  if (start === c.start && end === c.end) return c;
  const out: NameCandidate = { ...c, start, end, canonical: undefined };
  restoreArticle(ctx.text, out, tokens[a]);
  return out;
}

/** Candidates by the tokens they cover (spans are a few tokens long, so this stays linear). */
interface TokenIndex {
  /** Candidates by token index (the first 16 tokens of each). */
  lists: Array<NameCandidate[] | undefined>;
  /** Number of token indices with a candidate. */
  size: number;
}

function indexByToken(ctx: NameContext, cands: readonly NameCandidate[]): TokenIndex {
  const at: TokenIndex = { lists: new Array(ctx.tokens.length), size: 0 };
  for (const c of cands) {
    const { a, b } = tokenRange(ctx, c.start, c.end);
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
function nearby(ctx: NameContext, at: TokenIndex, c: NameCandidate): readonly NameCandidate[] {
  if (at.size === 0) return NONE;
  const { a, b } = tokenRange(ctx, c.start, c.end);
  // One token: its list already holds each candidate once.
  if (b - a === 1) return at.lists[a] ?? NONE;
  const out = new Set<NameCandidate>();
  for (let i = a; i < b; i++) {
    const list = at.lists[i];
    if (list) for (const x of list) out.add(x);
  }
  return [...out];
}

/** A tagger span that contains a rule entity plus only ordinary words around it (نددت موسكو). */
function wrapsKnown(ctx: NameContext, c: NameCandidate, rules: readonly NameCandidate[]): boolean {
  const inner = rules.find((r) => r.source === KNOWN_ENTITY.id && r.start >= c.start && r.end <= c.end && (r.start > c.start || r.end < c.end));
  if (!inner) return false;
  const { tokens } = ctx;
  const { a, b } = tokenRange(ctx, c.start, c.end);
  for (let i = a; i < b; i++) {
    const t = tokens[i];
    if (t.start >= inner.start && t.end <= inner.end) continue;
    // Only reporting verbs, titles and function words betray a run-on span (ريال مدريد stays).
    if (t.kind === 'arabic' && (SAID.has(fullKey(t)) || isNameStop(t) || (titleAt(t) && c.type !== 'organization'))) return true;
  }
  return false;
}

/**
 * A person candidate below this confidence lends no surname to propagation. Every rule's
 * confidence is above it, so it filters only the tagger's least certain spans.
 */
const PROPAGATE_MIN_CONFIDENCE = 0.5;
/** Punctuation that ends a sentence. */
const SENTENCE_END = new Set(['.', '!', '?', '؟', '…']);
/** Jaro-Winkler similarity from which an unknown word is a spelling variant of a surname (نزاربييف ~ نزارباييف). */
const VARIANT_SIMILARITY = 0.92;

/** Spread person names over the document: surnames, full names and spelling variants (one family, ablated as `propagate`). */
function propagate(ctx: NameContext, cands: NameCandidate[]): NameCandidate[] {
  const { tokens } = ctx;
  // Sentence of each token: propagation carries a name to other sentences; within its own
  // sentence the tagger and the rules have already read the context.
  const sentence = new Int32Array(tokens.length);
  for (let i = 1, s = 0; i < tokens.length; i++) {
    const p = tokens[i - 1];
    if (tokens[i].newlineBefore || (p.kind === 'punct' && SENTENCE_END.has(p.text))) s++;
    sentence[i] = s;
  }
  const surnames = new Map<string, number>();
  /** The one sentence a surname's sources are in, or -1 when they are in several. */
  const sourceSentence = new Map<string, number>();
  /** Per stem: person candidates ending in it, and one-word tagger places/organisations of it (the tagger's own vote). */
  const votes = new Map<string, { person: number; other: number }>();
  const vote = (key: string) => {
    let v = votes.get(key);
    if (!v) votes.set(key, (v = { person: 0, other: 0 }));
    return v;
  };
  for (const c of cands) {
    const r = tokenRange(ctx, c.start, c.end);
    const lastTok = tokens[r.b - 1];
    if (!lastTok || lastTok.kind !== 'arabic') continue;
    if (c.type === 'person') vote(lastTok.key).person++;
    else if (c.source === TAGGER.id && r.b - r.a === 1) vote(lastTok.key).other++;
  }
  for (const c of cands) {
    if (c.type !== 'person' || c.confidence < PROPAGATE_MIN_CONFIDENCE) continue;
    const { a, b } = tokenRange(ctx, c.start, c.end);
    const last = tokens[b - 1];
    if (!last || last.kind !== 'arabic' || last.key.length < 3 || isNameStop(last) || isKnownPlace(last)) continue;
    if (b - a === 1 && !isUnknown(last) && !isPersonWord(last) && gazType(last) !== 'PER') continue;
    if (b - a >= 2 || isUnknown(last) || isRuleSource(c)) {
      surnames.set(last.key, Math.max(surnames.get(last.key) ?? 0, c.confidence));
      const prev = sourceSentence.get(last.key);
      sourceSentence.set(last.key, prev === undefined || prev === sentence[b - 1] ? sentence[b - 1] : -1);
    }
  }
  if (surnames.size === 0) return cands;
  const keys = [...surnames.keys()];
  /** The surname an unknown word is a spelling variant of ('' for none). */
  const variant = new Map<string, string>();
  const variantOf = (key: string): string => {
    let v = variant.get(key);
    if (v === undefined) {
      v = keys.find((k) => k.length >= 5 && Math.abs(k.length - key.length) <= 2 && jaroWinkler(k, key) >= VARIANT_SIMILARITY) ?? '';
      variant.set(key, v);
    }
    return v;
  };
  const covered = new Array<NameCandidate | undefined>(tokens.length);
  for (const c of cands) {
    const { a, b } = tokenRange(ctx, c.start, c.end);
    for (let i = a; i < b; i++) if (!covered[i] || covered[i]!.end - covered[i]!.start < c.end - c.start) covered[i] = c;
  }
  /** Per surname stem: its occurrences inside a person and outside every name. */
  const occurrences = new Map<string, { person: number; bare: number }>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'arabic' || !surnames.has(t.key)) continue;
    let o = occurrences.get(t.key);
    if (!o) occurrences.set(t.key, (o = { person: 0, bare: 0 }));
    if (!covered[i]) o.bare++;
    else if (covered[i]!.type === 'person') o.person++;
  }
  const out = cands.slice();
  const dropped = new Set<NameCandidate>();
  const personEndingAt = new Map<number, NameCandidate>();
  for (const c of cands) if (c.type === 'person') personEndingAt.set(c.end, c);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'arabic' || t.key.length < 3) continue;
    let hit = surnames.has(t.key) && sourceSentence.get(t.key) !== sentence[i];
    // على shares its folded key with the name علي (often spelt so); عليها is على with a pronoun.
    if (hit && (t.enclitic !== null || isNameStop(t) || isHomographName(t))) hit = false;
    // A word of the word list (صفر, حظا) spreads only when names hold most of its occurrences (راؤول).
    if (hit && !isUnknown(t) && !isPersonWord(t) && gazType(t) !== 'PER') {
      const o = occurrences.get(t.key);
      if (o && o.bare >= o.person) hit = false;
    }
    if (!hit && t.key.length >= 5 && isUnknown(t)) {
      const v = variantOf(t.key);
      hit = v !== '' && sourceSentence.get(v) !== sentence[i];
    }
    // The tagger reads this stem as a place or organisation at least as often as anything calls it a person (دارفور).
    if (hit) {
      const v = votes.get(t.key);
      if (v && v.other >= v.person) hit = false;
    }
    if (!hit) continue;
    const cov = covered[i];
    if (cov && cov.type === 'person') continue;
    if (cov && cov.type !== 'person') {
      // A one-word tagger location/organisation that is a surname elsewhere is a person.
      const r = tokenRange(ctx, cov.start, cov.end);
      if (r.b - r.a > 1 || cov.source === KNOWN_ENTITY.id || cov.source === LATIN_LIST.id || cov.source === LATIN_COMPROMISE.id) continue;
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
      out.push({ ...left, end: tokens[e - 1].bodyEnd, source: SURNAME_JOIN.id, confidence: Math.max(left.confidence, SURNAME_JOIN.confidence) });
      continue;
    }
    // لأردوغان read whole: the surname without the preposition is the variant found, the span starts after it.
    const rest = surnames.has(t.key) ? null : leadingProclitic(t.key, 'kept', 2, 'preposition');
    const glued = rest !== null && ctx.text[t.bodyStart] === t.key[0] && surnames.has(rest) ? 1 : 0;
    out.push({ type: 'person', start: t.bodyStart + glued, end: tokens[e - 1].bodyEnd, source: PROPAGATE.id, confidence: PROPAGATE.confidence });
  }
  return dropped.size > 0 ? out.filter((c) => !dropped.has(c)) : out;
}

/**
 * A club named in full once (الترجي الرياضي التونسي) is the same organisation when its short
 * name recurs on its own (فاز الترجي, للترجي). Appends to cands.
 */
function clubRecurrences(ctx: NameContext, cands: NameCandidate[]): void {
  const { tokens } = ctx;
  const keys = new Set<string>();
  for (const c of cands) {
    if (c.source !== SPORTS_CLUB.id) continue;
    const t = tokens[tokenRange(ctx, c.start, c.end).a];
    if (t && t.article && t.key.length >= 3) keys.add(t.key);
  }
  if (keys.size === 0) return;
  const covered = new Uint8Array(tokens.length);
  for (const c of cands) {
    const { a, b } = tokenRange(ctx, c.start, c.end);
    for (let i = a; i < b; i++) covered[i] = 1;
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (covered[i] || !t.article || !keys.has(t.key) || t.enclitic !== null) continue;
    cands.push({ type: 'organization', start: t.bodyStart, end: t.bodyEnd, source: CLUB_RECURRENCE.id, confidence: CLUB_RECURRENCE.confidence, attrs: { orgKind: 'sport' } });
  }
}

function nameRunEnd(tokens: readonly Word[], i: number): number {
  const e = nameRun(tokens, i, 1, true);
  return e > i ? e : i + 1;
}

/** ك. ك. ماسيموف: single letters with a full stop right before a person's name. */
function withInitials(ctx: NameContext, c: NameCandidate): NameCandidate {
  const { tokens } = ctx;
  let { a } = tokenRange(ctx, c.start, c.end);
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
  return { ...c, start, source: INITIALS.id };
}

const OPEN = new Set(['(', '[']);
const CLOSE = new Set([')', ']']);
const QUOTES = new Set(['"', '«', '»', '“', '”', "'"]);

/** An acronym in parentheses right after an organisation: لجنة الأمن الوطنية (كاي إن بي), (وام). */
function acronyms(ctx: NameContext, cands: readonly NameCandidate[]): NameCandidate[] {
  const { tokens } = ctx;
  const out: NameCandidate[] = [];
  const seen = new Set<number>();
  for (const c of cands) {
    if (c.type !== 'organization') continue;
    let { b: j } = tokenRange(ctx, c.start, c.end);
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
    out.push({ type: 'organization', start: tokens[a].start, end: tokens[k - 1].end, source: ACRONYM.id, confidence: ACRONYM.confidence, attrs: { acronym: true, ...(c.attrs?.orgKind ? { orgKind: c.attrs.orgKind } : {}) } });
  }
  return out;
}

/** Words between a name and an age: the links (الذي يبلغ, البالغ) and the age nouns (من العمر). */
const AGE_CUE_KEYS = new Set([...AGE_LINKS.words, ...AGE_CUES.before, ...AGE_CUES.after].map(foldKey));
/** The year words of lexicon/units.ts (عاما, سنوات …). */
const YEAR_KEYS = new Set(UNIT_WORDS.filter((u) => u.unit === 'year').flatMap((u) => u.forms).map(foldKey));

/** Titles, nationality, gender and age for persons; organisation kind from the head. */
function attachAttributes(ctx: NameContext, cands: NameCandidate[]): void {
  const { tokens } = ctx;
  // Title chains by the index of the first token after them.
  const byNext = new Map<number, TitleInfo>();
  for (let i = 0; i < tokens.length; i++) {
    if (!titleAt(tokens[i])) continue;
    const ti = titleChain(ctx, i);
    if (ti && !byNext.has(ti.next)) byNext.set(ti.next, ti);
  }
  for (const c of cands) {
    const { a, b } = tokenRange(ctx, c.start, c.end);
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

/** ليلى الشتاوي (نداء تونس): a party or body in parentheses right after a person. */
function affiliations(ctx: NameContext, cands: readonly NameCandidate[]): NameCandidate[] {
  const { tokens } = ctx;
  const out: NameCandidate[] = [];
  for (const c of cands) {
    if (c.type !== 'person') continue;
    const j = tokenRange(ctx, c.start, c.end).b;
    if (!tokens[j] || !OPEN.has(tokens[j].text)) continue;
    const a = j + 1;
    let k = a;
    while (tokens[k] && tokens[k].kind === 'arabic' && !tokens[k].newlineBefore && k - a < 4) k++;
    if (k === a || !tokens[k] || !CLOSE.has(tokens[k].text)) continue;
    const first = tokens[a];
    // Not a title (رئيس الحكومة), a place or nationality (فرنسا, الروسي), or a word that never names.
    if (titleAt(first) || (k - a === 1 && (isKnownPlace(first) || nisbaAt(first))) || tokens.slice(a, k).some((t) => isNameStop(t) || SAID.has(fullKey(t)) || QUALIFIERS.has(fullKey(t)) || t.enclitic !== null)) continue;
    // One word must itself look like a name (a word the list lacks, a corpus organisation): (هدفين) is no party.
    if (k - a === 1 && !isUnknown(first) && gazType(first) !== 'ORG' && !isKnownName(first)) continue;
    out.push({ type: 'organization', start: first.bodyStart, end: tokens[k - 1].bodyEnd, source: AFFILIATION.id, confidence: AFFILIATION.confidence });
  }
  return out;
}

/** (56 عامًا) or ، البالغ من العمر 62 عاما / الذي يبلغ من العمر 81 عاما right after a name. */
function ageAfter(tokens: readonly Word[], b: number): number | undefined {
  let j = b;
  const limit = Math.min(tokens.length, b + 9);
  let sawCue = false;
  while (j < limit) {
    const t = tokens[j];
    if (t.kind === 'punct' && (t.text === '،' || t.text === ',' || t.text === '(')) {
      j++;
      continue;
    }
    if (t.kind === 'arabic' && AGE_CUE_KEYS.has(t.folded)) {
      sawCue = true;
      j++;
      continue;
    }
    if (t.kind === 'number') {
      const v = Number(t.text);
      const u = tokens[j + 1];
      if (Number.isFinite(v) && v > 0 && v < 130 && u && u.kind === 'arabic' && (YEAR_KEYS.has(u.key) || u.key.startsWith('عام') || u.key.startsWith('سن'))) {
        if (sawCue || (tokens[j - 1] && tokens[j - 1].text === '(')) return v;
      }
      return undefined;
    }
    return undefined;
  }
  return undefined;
}

/** لجامعة, لمنظمة: a preposition on a head noun that the tokenizer kept whole. */
function gluedPrep(t: Word): boolean {
  return gluedHeadAt(t) !== undefined;
}

/** The first token after offset `from` (and before `to`) begins with the conjunction و. */
function conjunctionAt(ctx: NameContext, from: number, to: number): boolean {
  const { a } = tokenRange(ctx, from, to);
  const t = ctx.tokens[a];
  return !!t && t.start < to && t.proclitics[0] === 'و';
}

function trimRuleRuns(ctx: NameContext, rules: NameCandidate[], tagged: readonly NameCandidate[]): void {
  const { tokens } = ctx;
  const taggedAt = indexByToken(ctx, tagged.filter((c) => c.type === 'person'));
  let counts: Map<string, number> | null = null;
  for (const r of rules) {
    if (r.type !== 'person') continue;
    const t = nearby(ctx, taggedAt, r).find((x) => x.start === r.start && x.end < r.end);
    if (!t) continue;
    // A chain the tagger cut inside (X بن | Y) stays; one it read whole (هشام بن ثابت | تتواصل) is trimmed.
    if (r.source === NAME_CHAIN.id) {
      const tr = tokenRange(ctx, t.start, t.end);
      if (tr.b - tr.a < 3) continue;
    }
    if (!counts) {
      counts = new Map();
      for (const u of tokens) if (u.kind === 'arabic') counts.set(u.key, (counts.get(u.key) ?? 0) + 1);
    }
    const { a, b } = tokenRange(ctx, t.end, r.end);
    let recurs = false;
    for (let i = a; i < b; i++) if ((counts.get(tokens[i].key) ?? 0) >= 2 || isPersonWord(tokens[i])) recurs = true;
    if (!recurs) r.end = t.end;
  }
}
