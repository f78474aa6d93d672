/**
 * The names stage's registries besides the token rules (rules.ts): the sources of name
 * candidates that are not token rules (the tagger, the Latin-script recogniser, the user's
 * gazetteer), and the document passes that run after them over all candidates
 * (propagation, club recurrences, initials, acronyms). Each record's id is the `source` of
 * the candidates it produces; the merge in index.ts tests these ids and strengths only.
 */
import type { RuleInfo, RuleStrength } from '../../pipeline/rule.js';
import { STRENGTH_RANK, defineRegistry } from '../../pipeline/rule.js';
import type { NameCandidate } from '../../pipeline/stage.js';
import { NAME_RULES } from './rules.js';
import { ORG_PASSES } from './rules-org.js';

export interface NameInfo extends RuleInfo {
  /** Rules ablated together (scripts/ablate.ts). */
  readonly family: string;
}

const info = (id: string, family: string, types: NameInfo['types'], strength: RuleStrength, confidence: number, reason: string): NameInfo => ({
  id, stage: 'names', family, types, strength, confidence, reason,
});

const NAMES: NameInfo['types'] = ['person', 'organization', 'location'];

export const TAGGER = info('names/tagger', 'tagger', NAMES, 'normal', 0,
  'the statistical tagger (averaged perceptron over BIO labels); its candidates carry the span\'s posterior probability as confidence, 0 here');
export const LATIN_LIST = info('names/latin:list', 'latin', ['organization'], 'strong', 0.9,
  'a Latin-script agency or outlet credited in Arabic news (dpa, Reuters), from the Latin list');
export const LATIN_COMPROMISE = info('names/latin:compromise', 'latin', NAMES, 'weak', 0.6,
  'a person, organisation or place in a run of Latin script, found by compromise');
export const USER_GAZETTEER = info('names/gazetteer:user', 'user-gazetteer', NAMES, 'user', 1,
  'an entry of the caller\'s gazetteer (options.gazetteer): wins over every name candidate it touches');

/** The sources of name candidates other than the token rules. */
export const NAME_SOURCES: readonly NameInfo[] = defineRegistry([TAGGER, LATIN_LIST, LATIN_COMPROMISE, USER_GAZETTEER]);

/** Floor confidence of a person whose surname propagation extends; propagate's own confidence. */
const PROPAGATED = 0.8;

export const PROPAGATE = info('names/rule:propagate', 'propagate', ['person'], 'normal', PROPAGATED,
  'a surname found once is a person wherever it recurs in the document (وتوكاييف), spelling variants by Jaro-Winkler (نزاربييف ~ نزارباييف)');
export const SURNAME_JOIN = info('names/rule:surname-join', 'propagate', ['person'], 'normal', PROPAGATED,
  'a person ending one or two unknown words before a recurring surname runs on to it (كريم [كاجيمكانولي] ماسيموف)');
export const CLUB_RECURRENCE = info('names/rule:club-recurrence', 'sports-club', ['organization'], 'normal', 0.8,
  'a club named in full once (الترجي الرياضي التونسي) is the same organisation when its short name recurs (فاز الترجي)');
export const INITIALS = info('names/rule:initials', 'initials', ['person'], 'normal', 0,
  'single letters with a full stop right before a person join it (ك. ك. ماسيموف); the person keeps its confidence');
export const ACRONYM = info('names/rule:acronym', 'acronym', ['organization'], 'strong', 0.9,
  'an acronym in parentheses right after an organisation is an acronym mention of it (لجنة الأمن الوطنية (كاي إن بي))');

export const AFFILIATION = info('names/rule:affiliation', 'affiliation', ['organization'], 'normal', 0.7,
  'a short name in parentheses right after a person is their party or body (ليلى الشتاوي (نداء تونس)); not a title, place, nationality or age');

/** Document passes, in the order they run. */
export const NAME_PASSES: readonly NameInfo[] = defineRegistry([PROPAGATE, SURNAME_JOIN, CLUB_RECURRENCE, INITIALS, ACRONYM, AFFILIATION, ...ORG_PASSES]);

const BY_ID = new Map<string, NameInfo>([...NAME_RULES, ...NAME_SOURCES, ...NAME_PASSES].map((r) => [r.id, r]));
if (BY_ID.size !== NAME_RULES.length + NAME_SOURCES.length + NAME_PASSES.length) throw new Error('duplicate name rule id');

/** The registered record of a candidate's source (every source the stage emits is registered). */
export function ruleOf(c: NameCandidate): NameInfo | undefined {
  return BY_ID.get(c.source);
}

/** The candidate comes from a strong (or user) rule: tagger spans may not cross it, weak guesses yield to it. */
export function isStrong(c: NameCandidate): boolean {
  const r = BY_ID.get(c.source);
  return !!r && STRENGTH_RANK[r.strength] >= STRENGTH_RANK.strong;
}

/** The candidate comes from a token rule or a pass (not the tagger, Latin or the user's gazetteer). */
export function isRuleSource(c: NameCandidate): boolean {
  return RULE_IDS.has(c.source);
}
const RULE_IDS = new Set([...NAME_RULES, ...NAME_PASSES].map((r) => r.id));

/** The rule (or its family) is switched off in this run (ablation). */
export function isDisabled(disabled: ReadonlySet<string>, r: NameInfo): boolean {
  return disabled.size > 0 && (disabled.has(r.id) || disabled.has(r.family));
}
