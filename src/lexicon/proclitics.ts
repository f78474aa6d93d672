/**
 * The one proclitic table: every prefix a reader may strip off the front of an Arabic word,
 * with why it exists and which readers may strip it. Forms are folded (foldKey) and written
 * as they join the word; the article after a proclitic (وال, بال, لل = ل + ال) is not a
 * separate entry: the reading layer (src/text/readings.ts) tries the article after each
 * proclitic itself.
 *
 * Order matters: readers try the entries in this order, so a two-letter combination comes
 * before its first letter (وب before و), and the first reading that is in a vocabulary wins.
 *
 * Contexts (who may strip the prefix):
 *  - `analysis`: the tokenizer's clitic analysis (src/text/clitics.ts) may split it off;
 *  - `glued`:    a token made only of this prefix, written against digits or a quote
 *                (بـ250, و18, لـ"فرنسا 24"), is read as a run of proclitics;
 *  - `dates`:    a date word may carry it (وفي يناير, بالأمس, ليوم الخميس);
 *  - `weekdays`: a weekday may carry it (وبالخميس; كالخميس is rare and ambiguous);
 *  - `numbers`:  a number, currency or unit word may carry it (وبخمسة, لمليون);
 *  - `qualifiers`: a number qualifier may carry it (بنحو, ولأكثر, كحوالي);
 *  - `kept`:     a one-letter proclitic the tokenizer left on a word (it splits a preposition
 *                only before a known word): the name rules split it off a key and test the
 *                rest against the word list (لدعم, بنظيره: known words, not names);
 *  - `heads`:    a preposition written on an organisation head the tokenizer kept whole
 *                (لمنظمة, بوزارة); ك + head is "as a …" (كمنظمة) and never starts a name.
 */

export type ProcliticContext = 'analysis' | 'glued' | 'dates' | 'weekdays' | 'numbers' | 'qualifiers' | 'kept' | 'heads';

export type ProcliticKind = 'conjunction' | 'preposition' | 'future';

export interface Proclitic {
  /** Folded form as it is written on the word: و, وب, فل … */
  form: string;
  /** The single proclitics it is made of, in order (وب → و, ب). */
  parts: readonly string[];
  /** The kind of its last part: a preposition before a short stem is suspicious (لست ≠ ل + ست). */
  kind: ProcliticKind;
  reason: string;
  contexts: readonly ProcliticContext[];
}

const ALL: readonly ProcliticContext[] = ['analysis', 'glued', 'dates', 'weekdays', 'numbers', 'qualifiers'];
const NOT_K: readonly ProcliticContext[] = ['analysis', 'glued', 'dates', 'qualifiers'];

export const PROCLITICS: readonly Proclitic[] = [
  { form: 'وب', parts: ['و', 'ب'], kind: 'preposition', reason: 'and + with/in: وبحلول, وبالخميس', contexts: ALL },
  { form: 'ول', parts: ['و', 'ل'], kind: 'preposition', reason: 'and + for/to: ولعام, وللمرة', contexts: ALL },
  {
    form: 'وك', parts: ['و', 'ك'], kind: 'preposition', reason: 'and + like/as: وكذلك-type words; numbers and weekdays do not take it (وكمية is no وك + مية)',
    contexts: NOT_K.filter((c) => c !== 'qualifiers'),
  },
  { form: 'فب', parts: ['ف', 'ب'], kind: 'preposition', reason: 'so + with/in: فبحلول', contexts: ALL },
  { form: 'فل', parts: ['ف', 'ل'], kind: 'preposition', reason: 'so + for/to: فلعام', contexts: ALL },
  { form: 'فك', parts: ['ف', 'ك'], kind: 'preposition', reason: 'so + like: only as a glued run before digits (فكـ3)', contexts: ['analysis', 'glued'] },
  { form: 'وس', parts: ['و', 'س'], kind: 'future', reason: 'and + future marker before a verb: وسيزور', contexts: ['analysis'] },
  { form: 'فس', parts: ['ف', 'س'], kind: 'future', reason: 'so + future marker before a verb: فسيكون', contexts: ['analysis'] },
  { form: 'و', parts: ['و'], kind: 'conjunction', reason: 'and: وتوكاييف, والثلاثاء, و18', contexts: [...ALL, 'kept'] },
  { form: 'ف', parts: ['ف'], kind: 'conjunction', reason: 'so/then: فالخميس, فيناير', contexts: [...ALL, 'kept'] },
  { form: 'ب', parts: ['ب'], kind: 'preposition', reason: 'with/in/by: بالكرملين, بيناير, بـ250, بوزارة', contexts: [...ALL, 'kept', 'heads'] },
  { form: 'ل', parts: ['ل'], kind: 'preposition', reason: 'for/to: لعام 2014, للكرملين (ل + ال), لمنظمة', contexts: [...ALL, 'kept', 'heads'] },
  {
    form: 'ك', parts: ['ك'], kind: 'preposition', reason: 'like/as: كالعادة; numbers leave it out (كمية is not ك + مية), weekdays and organisation heads too (كمنظمة: "as an organisation")',
    contexts: [...NOT_K, 'kept'],
  },
  { form: 'س', parts: ['س'], kind: 'future', reason: 'future marker before an imperfect verb: سيزور (split only before a known verb form)', contexts: ['analysis'] },
];

/** The entries a context may strip, in try order. */
export function procliticsFor(context: ProcliticContext): readonly Proclitic[] {
  return PROCLITICS.filter((p) => p.contexts.includes(context));
}

/** The forms a context may strip, in try order. */
export function procliticForms(context: ProcliticContext): readonly string[] {
  return procliticsFor(context).map((p) => p.form);
}

/** Single-letter proclitics of a kind that the tokenizer's analysis may split. */
export function analysisLetters(kind: ProcliticKind): ReadonlySet<string> {
  return new Set(procliticsFor('analysis').filter((p) => p.parts.length === 1 && p.kind === kind).map((p) => p.form));
}

/**
 * Pronoun suffixes the readers may split off the end of a word (بلاده → بلاد + ه), longest
 * first, with their reason.
 */
export const ENCLITICS: readonly { form: string; reason: string }[] = [
  { form: 'هما', reason: 'their (dual)' },
  { form: 'كما', reason: 'your (dual)' },
  { form: 'ها', reason: 'her / its' },
  { form: 'هم', reason: 'their' },
  { form: 'هن', reason: 'their (feminine)' },
  { form: 'كم', reason: 'your (plural)' },
  { form: 'كن', reason: 'your (feminine plural)' },
  { form: 'نا', reason: 'our' },
  { form: 'ه', reason: 'his / its' },
];
