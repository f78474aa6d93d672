/**
 * The rule contract shared by every recogniser (dates, numbers, names).
 *
 * A rule is plain data plus one small matcher: the stage loops over its registry, calls
 * `find` at each token, and stamps every candidate the rule returns with `source: rule.id`.
 * Decisions later in the pipeline (overlap resolution, name merging, edge trimming) test
 * rule ids and declared strengths, never `source` strings or bare confidence literals.
 *
 * Strength orders rules when their candidates collide and lengths do not settle it:
 *   - `weak`:   a guess from context alone (a capitalised-looking word after a verb);
 *   - `normal`: a pattern with a cue word (a title before a name, a unit after a number);
 *   - `strong`: a closed-list or fully grammatical match (a month name with a year, a known
 *               entity, a Hijri date with its era marker);
 *   - `user`:   the caller's own gazetteer: always wins where it applies.
 */
import type { EntityType } from '../schema/mention.js';

export type RuleStrength = 'weak' | 'normal' | 'strong' | 'user';

/** Numeric order of strengths, for comparisons: `STRENGTH_RANK[a] > STRENGTH_RANK[b]`. */
export const STRENGTH_RANK: Readonly<Record<RuleStrength, number>> = { weak: 0, normal: 1, strong: 2, user: 3 };

export interface RuleInfo {
  /** Stable id, also the `source` of every mention the rule produces: `dates/hijri`, `names/rule:title+name`. */
  readonly id: string;
  /** The stage whose registry holds the rule. */
  readonly stage: 'dates' | 'numbers' | 'names';
  /** Mention types the rule can produce. */
  readonly types: readonly EntityType[];
  /** Why the rule exists, in one sentence, with an example (shown in the README's rule list). */
  readonly reason: string;
  /** Confidence of the candidates it produces (a named constant, never a literal elsewhere). */
  readonly confidence: number;
  readonly strength: RuleStrength;
}

/**
 * A rule with its matcher. `D` is the stage's view of the document (its reading of the
 * tokens), `C` the candidate type. `find(doc, i)` looks for a match starting at token `i`
 * and returns null, or the candidate(s) and the index of the first token after the match.
 */
export interface Rule<D, C> extends RuleInfo {
  find(doc: D, i: number): RuleMatch<C> | null;
}

export interface RuleMatch<C> {
  /** One candidate or several (a range and its parts), without `source`: the stage stamps `rule.id`. */
  candidates: C | readonly C[];
  /** The first token after the match. */
  next: number;
}

/** The rules of one stage, in the order they are tried, with their ids checked unique. */
export function defineRegistry<R extends RuleInfo>(rules: readonly R[]): readonly R[] {
  const seen = new Set<string>();
  for (const r of rules) {
    if (seen.has(r.id)) throw new Error(`duplicate rule id ${r.id}`);
    seen.add(r.id);
  }
  return Object.freeze(rules.slice());
}
