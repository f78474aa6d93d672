/**
 * The numbers stage's rules, as data: the stage (index.ts) tries them in this order at each
 * token and takes the first match; `source` on every mention is the id of the rule that
 * read it. Rules that recognise what is *not* a number (a phone, a date written with
 * slashes, a score line) come first and produce no candidate: they consume their tokens so
 * no later rule reads a number inside them. Confidences are named in confidence.ts.
 */
import { defineRegistry, type Rule } from '../../pipeline/rule.js';
import { CONF } from './confidence.js';
import {
  nonNumberEnd, commaList, scoreEnd, readOrdinal, readCardinal, several, dualNoun, unitThenOne,
  type NumberView, type NumberHit,
} from './read.js';

export type NumberRule = Rule<NumberView, NumberHit>;

/** A rule that only skips tokens: no mention, the tokens it covers are not numbers. */
const skip = (next: number, i: number) => (next > i ? { candidates: [] as NumberHit[], next } : null);

export const NUMBER_RULES: readonly NumberRule[] = defineRegistry<NumberRule>([
  {
    id: 'numbers/not-a-number',
    stage: 'numbers',
    types: ['number'],
    reason: 'digits that belong to something else are no number: a label glued to letters (F-16, 4G), a phone (0123456789, +216 …), a time or a date chain (09:30, 12/01/2022, 29 / 12 / 2011), a hyphen score without a unit (2-1)',
    confidence: 0,
    strength: 'strong',
    find: (v, i) => (v.r.tokens[i].kind === 'number' ? skip(nonNumberEnd(v.r, i, v.ctx), i) : null),
  },
  {
    id: 'numbers/comma-list',
    stage: 'numbers',
    types: ['number'],
    reason: 'digits joined by Arabic commas without spaces and without a thousands grouping are a list, one cardinal each (3،5،7)',
    confidence: CONF.digits,
    strength: 'normal',
    find: (v, i) => {
      const t = v.r.tokens[i];
      const items = t.kind === 'number' ? commaList(t, i) : null;
      return items ? { candidates: items, next: i + 1 } : null;
    },
  },
  {
    id: 'numbers/score-line',
    stage: 'numbers',
    types: ['number'],
    reason: 'a score line is no number (ANNOTATION.md): a side with a goal noun, مقابل, the other side (بهدفين مقابل هدف, 3 أهداف مقابل 1)',
    confidence: 0,
    strength: 'strong',
    find: (v, i) => skip(scoreEnd(v.r, i), i),
  },
  {
    id: 'numbers/ordinal',
    stage: 'numbers',
    types: ['number'],
    reason: 'an ordinal adjective, alone or compound (الثالثة, الحادي عشر, الحادي والعشرين); weak so a date or a regnal name over it wins',
    confidence: CONF.ordinal,
    strength: 'weak',
    find: (v, i) => one(readOrdinal(v.r, i)),
  },
  {
    id: 'numbers/digits',
    stage: 'numbers',
    types: ['number'],
    reason: 'a number that starts with digits, with its scale words, sign, exponent, fraction or ratio, currency, unit, range and qualifiers (2,2 مليون يورو, -18 درجة, بين 10 و20 مليون دولار)',
    confidence: CONF.digits,
    strength: 'normal',
    find: (v, i) => (v.r.tokens[i].kind === 'number' ? one(readCardinal(v.r, v.ctx, i)) : null),
  },
  {
    id: 'numbers/words',
    stage: 'numbers',
    types: ['number'],
    reason: 'a number in words, with the same attachments (خمسة وعشرون, ثلاثة أرباع, اثنان ونصف مليون, ثلاث دستات, مليوني طن)',
    confidence: CONF.words,
    strength: 'normal',
    find: (v, i) => (v.r.tokens[i].kind === 'arabic' ? one(readCardinal(v.r, v.ctx, i)) : null),
  },
  {
    id: 'numbers/several',
    stage: 'numbers',
    types: ['number'],
    reason: 'a plural of a power of ten with no count is an approximate quantity, a range with no exact value (عشرات, مئات الآلاف, ملايين الدولارات)',
    confidence: CONF.several,
    strength: 'normal',
    find: (v, i) => one(several(v.r, i)),
  },
  {
    id: 'numbers/dual',
    stage: 'numbers',
    types: ['number'],
    reason: 'a dual noun states the count 2 with its unit (شهرين, دولارين, مرتين, بهدفين)',
    confidence: CONF.dual,
    strength: 'normal',
    find: (v, i) => one(dualNoun(v.r, i)),
  },
  {
    id: 'numbers/unit+one',
    stage: 'numbers',
    types: ['number'],
    reason: 'a unit or currency then the numeral one as its adjective is one mention of 1 (دولار أمريكي واحد, يوم واحد)',
    confidence: CONF.words,
    strength: 'normal',
    find: (v, i) => one(unitThenOne(v.r, v.ctx, i)),
  },
]);

function one(h: NumberHit | null): { candidates: NumberHit; next: number } | null {
  return h ? { candidates: h, next: h.next } : null;
}

/** The README's list of the rules, written from the registry (a test keeps the README equal to it). */
export function numberRulesMarkdown(): string {
  return NUMBER_RULES.map((r) => `- \`${r.id}\` (${r.strength}, confidence ${r.confidence}): ${r.reason}`).join('\n');
}
