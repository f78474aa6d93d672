/**
 * The confidence of every kind of number reading, named once; the rules of rules.ts cite
 * them (a rule's `confidence` is its usual one, the others are the variants it may give).
 * Couplings, written down here only:
 *  - `yearLike` (a bare 1000–2999 with nothing attached) and `ordinal` stay below every date
 *    rule's confidence, so resolve.ts lets a date over the same words win (في 2023, التاسع
 *    من يناير); `ordinal` also loses to a regnal name (الحسن الثاني);
 *  - `slash` (3/4) stays below `yearLike` and the dates' numeric rules: 12/5 is more often a
 *    date than a fraction;
 *  - `weakWord` (a lone ست, خمس, الف that is also an ordinary word) stays below the name
 *    rules that may claim the same token.
 */
export const CONF = {
  digits: 0.9,
  words: 0.8,
  fraction: 0.6,
  yearLike: 0.45,
  weakWord: 0.55,
  slash: 0.4,
  ordinal: 0.5,
  dual: 0.7,
  several: 0.6,
  ratio: 0.7,
} as const;

