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
  GRAMMARS, NUMBER_STARTS, parseAgo, parseBareYear, parseDayMonth, parseDayWord, parseHoliday, parseMonthPart, parseNumeric,
  parsePeriod, parseTime, parseWeekday, parseYearOnly, type Grammar, type Hit,
} from './parsers.js';
import { DATE_RULE, type DateRuleId } from './rules.js';

/** A grammar's match with the grammar's place in GRAMMARS (ties between equal lengths go to the earlier). */
export interface GrammarHit { hit: Hit; order: number }

export interface DateRule extends Rule<DateReader, GrammarHit> {
  readonly id: DateRuleId;
}

function bind(id: DateRuleId, grammars: readonly Grammar[]): DateRule {
  const all = grammars.map((g) => ({ g, order: GRAMMARS.indexOf(g) }));
  const atNumber = all.filter((x) => NUMBER_STARTS.includes(x.g));
  return {
    ...DATE_RULE[id],
    id,
    find(c: DateReader, i: number): RuleMatch<GrammarHit> | null {
      const t = c.tok(i);
      if (!t) return null;
      let best: GrammarHit | null = null;
      for (const { g, order } of t.kind === 'number' ? atNumber : all) {
        const h = c.once(order, () => g(c, i));
        if (!h || h.source !== id || h.j <= i || h.end <= h.start) continue;
        if (!best || h.end > best.hit.end) best = { hit: h, order };
      }
      return best ? { candidates: best, next: best.hit.j } : null;
    },
  };
}

/** The rules the scan tries at each start token. (dates/range joins two matches in the refiner; dates/latin is a pass of its own.) */
export const DATE_RULES: readonly DateRule[] = defineRegistry([
  bind('dates/weekday', [parseWeekday]),
  bind('dates/gregorian', [parseWeekday, parseDayMonth, parseYearOnly, parseBareYear]),
  bind('dates/hijri', [parseWeekday, parseDayMonth, parseYearOnly]),
  bind('dates/numeric', [parseWeekday, parseNumeric]),
  bind('dates/relative', [parseYearOnly, parseDayWord, parsePeriod, parseAgo, parseMonthPart]),
  bind('dates/time', [parseTime]),
  bind('dates/holiday', [parseHoliday]),
]);
