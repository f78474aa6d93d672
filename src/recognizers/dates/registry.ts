/**
 * The dates stage's registry: each rule of rules.ts bound to the grammars (parsers.ts) that
 * produce its mentions. A grammar may produce mentions of several rules (a day and month is
 * dates/gregorian or dates/hijri by its month; a weekday before a full date is that date's
 * rule); each rule keeps the matches that are its own, and a grammar runs once per start
 * token whichever rules ask (DateReader.once).
 *
 * To add a date rule: add its record to rules.ts, write its grammar in parsers.ts (returning
 * hits with `source` = the rule id), and list the grammar here and in GRAMMARS.
 */
import { defineRegistry, type Rule, type RuleMatch } from '../../pipeline/rule.js';
import type { DateReader } from './lex.js';
import {
  parseAgo, parseBareYear, parseDayMonth, parseDayWord, parseHoliday, parseMonthPart, parseNumeric,
  parsePeriod, parseTime, parseWeekday, parseYearOnly, type Grammar, type Hit,
} from './parsers.js';
import { parseAfter, parseBetween, parseDecade, parseSpan, parseWordYear, parseYearPart } from './spans.js';
import { DATE_RULE, type DateRuleId } from './rules.js';

/** Every grammar, in the order ties are settled (the longest match wins; on equal length the earlier grammar). */
export const GRAMMARS: readonly Grammar[] = [
  parseWeekday, parseDayMonth, parseNumeric, parseYearOnly, parseBareYear, parseDayWord, parsePeriod, parseAgo, parseMonthPart, parseTime, parseHoliday,
  parseYearPart, parseDecade, parseSpan, parseAfter, parseBetween, parseWordYear,
];
/**
 * The grammars that can match at a digit token; every other grammar first needs a word
 * (a weekday, يوم, a day word, a period, قبل/منذ, a month part, a holiday, بين) at its start.
 */
export const NUMBER_STARTS: readonly Grammar[] = [parseDayMonth, parseNumeric, parseYearOnly, parseBareYear, parseTime];

/** A grammar's match with the grammar's place in GRAMMARS (ties between equal lengths go to the earlier). */
export interface GrammarHit { hit: Hit; order: number }

export interface DateRule extends Rule<DateReader, GrammarHit> {
  readonly id: DateRuleId;
}

/** Each rule's grammars, as bound below. */
const RULE_GRAMMARS: { id: DateRuleId; grammars: readonly Grammar[] }[] = [];

function bind(id: DateRuleId, grammars: readonly Grammar[]): DateRule {
  RULE_GRAMMARS.push({ id, grammars });
  const words = grammars.slice();
  const wordOrder = words.map((g) => GRAMMARS.indexOf(g));
  const digits = grammars.filter((g) => NUMBER_STARTS.includes(g));
  const digitOrder = digits.map((g) => GRAMMARS.indexOf(g));
  return {
    ...DATE_RULE[id],
    id,
    /** `c` is the view from token i (c.anchor === i): the grammars it shares with other rules run once. */
    find(c: DateReader, i: number): RuleMatch<GrammarHit> | null {
      const t = c.tok(i);
      if (!t) return null;
      const number = t.kind === 'number';
      const gs = number ? digits : words;
      const os = number ? digitOrder : wordOrder;
      let best: Hit | null = null;
      let bestOrder = -1;
      for (let x = 0; x < gs.length; x++) {
        const h = c.once(os[x], gs[x]);
        if (!h || h.source !== id || h.j <= i || h.end <= h.start) continue;
        if (!best || h.end > best.end) { best = h; bestOrder = os[x]; }
      }
      return best ? { candidates: { hit: best, order: bestOrder }, next: best.j } : null;
    },
  };
}

/** The rules of the scan. (dates/range also joins two matches in the refiner; dates/latin is a pass of its own.) */
export const DATE_RULES: readonly DateRule[] = defineRegistry([
  bind('dates/weekday', [parseWeekday]),
  bind('dates/gregorian', [parseWeekday, parseDayMonth, parseYearOnly, parseBareYear, parseWordYear]),
  bind('dates/hijri', [parseWeekday, parseDayMonth, parseYearOnly]),
  bind('dates/numeric', [parseWeekday, parseNumeric]),
  bind('dates/relative', [parseYearOnly, parseDayWord, parsePeriod, parseAgo, parseMonthPart]),
  bind('dates/time', [parseTime]),
  bind('dates/holiday', [parseHoliday]),
  bind('dates/part', [parseYearPart, parseDecade]),
  bind('dates/span', [parseSpan, parseAfter]),
  bind('dates/range', [parseBetween]),
]);

/**
 * The grammars of the registry's rules, each once, in GRAMMARS order (ties go to the earlier
 * grammar): what the scan runs at a start token (index.ts). Every grammar serves a rule and
 * every rule's grammars are here (checked at load).
 */
export const SCAN_GRAMMARS: readonly Grammar[] = GRAMMARS.filter((g) => RULE_GRAMMARS.some((r) => r.grammars.includes(g)));
/** The grammars of SCAN_GRAMMARS that can match at a digit token. */
export const SCAN_NUMBER_GRAMMARS: readonly Grammar[] = SCAN_GRAMMARS.filter((g) => NUMBER_STARTS.includes(g));
for (const r of RULE_GRAMMARS) for (const g of r.grammars) if (!GRAMMARS.includes(g)) throw new Error(`grammar of ${r.id} missing from GRAMMARS`);
if (SCAN_GRAMMARS.length !== GRAMMARS.length) throw new Error('a grammar serves no rule');
