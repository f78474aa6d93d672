/**
 * Numbers stage: every number an Arabic article states, in digits or words, typed.
 *
 * Policies (see ../shared/ANNOTATION.md):
 *  - QUALIFIERS ARE INSIDE THE SPAN (as the project's gold fixtures annotate them).
 *    نحو/حوالي/قرابة/زهاء … set `approximate`; أكثر من, أقل من, ما لا يقل عن, ما يزيد على,
 *    على الأقل … set `comparator`; the span runs from the qualifier to the unit/currency
 *    (`بنحو 18 مليون نسمة` → span `نحو 18 مليون نسمة`). Proclitics before the first word
 *    (the ب of بنحو, the و of و18, the ب of بـ250) stay outside the span.
 *  - RANGES are ONE mention, opener included: `ما بين 15 و20 في المئة` → that whole span,
 *    value 15, range {min: 15, max: 20}. Openers: ما بين, بين (joiner و) and من (joiners
 *    إلى, حتى, ل); without an opener, `X-Y` and `X إلى Y` only when a unit, currency or
 *    percent follows. A hyphen pair without a unit is a score (2-1) and is not a number.
 *  - نسمة ("inhabitants") is kind 'quantity' with unit 'person'.
 *  - Counted nouns are not units: `26 مجرمًا` → span `26`. Units are measures, time units
 *    and currencies (src/lexicon/units.ts, currencies.ts).
 *  - Time units make kind 'duration' (ثلاث سنوات, 90 يوما); years about a person make
 *    kind 'age' (`(56 عامًا)`, `البالغ من العمر 62 عاما`). Dual nouns that state a count
 *    are numbers with value 2 (شهرين: duration 2 month; مرتين: cardinal 2 unit 'times').
 *  - Ordinals are emitted with modest confidence: a date (التاسع من يناير) or a regnal
 *    name (الحسن الثاني) from the other stages is longer and wins in resolve.ts.
 *  - Not numbers: digits glued to Latin letters (F-16, 4G), phone numbers, times (09:30),
 *    dotted/slashed/hyphenated triples (dates), scores; url/hashtag/handle tokens are never
 *    read. A bare 4-digit year-like number gets low confidence so a date over it wins.
 *  - Digit grouping (digits.ts, atoms.ts): a comma followed by exactly three digits is a
 *    thousands separator, any other comma a decimal comma (news usage: 2,2 مليون =
 *    2 200 000); the Arabic comma beside a Latin comma or dot groups thousands (45،250,75);
 *    single spaces group thousands (2 350 000); a dot before three digits groups thousands
 *    only before a currency that does not count in thousandths (10.000 ريال, but 1.500
 *    دينار تونسي = 1.5).
 *  - LISTS: a separator followed by a space always separates list items (3، 5، 7); digits
 *    joined by ، with no valid grouping are a list too (3،5،7). Bare list items take the
 *    scale, currency or unit of the last one (3 و5 و7 ملايين يورو: three mentions, each
 *    in millions of euros).
 *  - Approximate plurals (عشرات, مئات الآلاف) are approximate ranges, value = min (see
 *    APPROXIMATE_PLURAL_RANGE in src/lexicon/numbers.ts); a score line (بهدفين مقابل هدف)
 *    is no number.
 *
 * The stage loops over NUMBER_RULES (rules.ts) at each token: the first rule that matches
 * gives the mentions and the token after them; `source` is that rule's id.
 */
import type { Stage, Doc, NumberCandidate } from '../../pipeline/stage.js';
import { readingsOf } from '../../text/readings.js';
import { NUMBER_RULES } from './rules.js';
import { numberView, ListShare, type NumberHit } from './read.js';

export { NUMBER_RULES } from './rules.js';

export const numbersStage: Stage = {
  name: 'numbers',
  run: (doc: Doc) => ({ candidates: recognizeNumbers(doc) }),
};

export function recognizeNumbers(doc: Doc): NumberCandidate[] {
  const v = numberView(readingsOf(doc));
  const tokens = v.r.tokens;
  const out: NumberCandidate[] = [];
  const list = new ListShare(v.r);
  let i = 0;
  while (i < tokens.length) {
    const kind = tokens[i].kind;
    if (kind !== 'number' && kind !== 'arabic') {
      i++;
      continue;
    }
    let next = i + 1;
    for (const rule of NUMBER_RULES) {
      const m = rule.find(v, i);
      if (!m) continue;
      const found = m.candidates;
      if (isList(found)) {
        // Several mentions from one token (a comma list) or none (a skip rule): complete in themselves.
        for (const h of found) {
          h.cand.source = rule.id;
          out.push(h.cand);
        }
      } else {
        found.cand.source = rule.id;
        out.push(found.cand);
        list.add(found, found.cand);
      }
      next = Math.max(m.next, i + 1);
      break;
    }
    i = next;
  }
  return out;
}

function isList(c: NumberHit | readonly NumberHit[]): c is readonly NumberHit[] {
  return Array.isArray(c);
}
