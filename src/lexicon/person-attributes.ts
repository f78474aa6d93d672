/**
 * Words that link a person's name to their age (بوتين، البالغ من العمر 69 عاما). The age
 * nouns themselves (العمر, عمره) are `AGE_CUES` in units.ts and the year words are the
 * `year` units there; this list holds only the relative and verbal links in between.
 */
export const AGE_LINKS: { readonly words: readonly string[]; readonly reason: string } = {
  words: ['الذي', 'التي', 'الذى', 'البالغ', 'البالغة', 'يبلغ', 'تبلغ', 'من', 'ذو', 'ذات'],
  reason: 'the relative, participle or verb that introduces an age after a name (الذي يبلغ من العمر, البالغة, ذو)',
};
