import * as z from 'zod';
import { EntityTypeSchema } from './mention.js';
import { OrganizationKindSchema } from './records.js';

const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?$/, 'expected an ISO date such as 2022-01-09')
  .refine((s) => !Number.isNaN(Date.parse(s.length === 10 ? `${s}T00:00:00Z` : `${s}Z`)), 'not a real date');

/** Options of `normalize` (and `extract`'s `normalize` option). */
export const NormalizeOptionsSchema = z
  .object({
    diacritics: z.boolean().default(true).describe('Remove tashkeel: harakat, shadda, sukun, tanween, dagger alef, Quranic marks'),
    tatweel: z.boolean().default(true).describe('Remove tatweel (ـ)'),
    alef: z.boolean().default(true).describe('أ إ آ ٱ ٲ ٳ → ا'),
    alefMaqsura: z.boolean().default(false).describe('ى → ي'),
    tehMarbuta: z.boolean().default(false).describe('ة → ه'),
    hamza: z.boolean().default(false).describe('Hamza carriers ؤ → و, ئ → ي (bare ء is kept)'),
    digits: z.boolean().default(true).describe('Arabic-Indic and Persian digits → ASCII; ٫ → . and ٬ → ,'),
    presentationForms: z.boolean().default(true).describe('NFKC on Arabic presentation forms and ligatures (ﻻ → لا)'),
    invisibles: z.boolean().default(true).describe('Remove bidi and zero-width marks (LRM, RLM, ALM, ZWJ, ZWNJ, BOM, …)'),
    spaces: z.boolean().default(true).describe('NBSP and other Unicode spaces → U+0020'),
    persianLetters: z.boolean().default(true).describe('Persian/Urdu letter forms: ک → ك, ی ي → ي, ە ہ → ه'),
  })
  .strict();

/** An entry of a user gazetteer passed to `extract`. */
export const GazetteerEntrySchema = z
  .object({
    text: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).describe('Surface form(s) to match, after normalisation'),
    type: z.enum(['person', 'organization', 'location']),
    canonical: z.string().min(1).optional(),
    id: z.string().optional().describe('External id carried into the record as qid'),
    kind: OrganizationKindSchema.optional(),
  })
  .strict();

/** Options of `extract`. */
export const ExtractOptionsSchema = z
  .object({
    referenceDate: IsoDate.optional().describe('Date relative expressions resolve against; default: inferred from the article'),
    forwardDates: z.boolean().default(false).describe('Resolve bare weekdays forward (Duckling convention); news text means the past'),
    types: z.array(EntityTypeSchema).min(1).optional().describe('Only report these mention types (default: all)'),
    gazetteer: z.array(GazetteerEntrySchema).default([]).describe('Extra names: surface forms → type, canonical name, id'),
    model: z.boolean().default(true).describe('Use the statistical name tagger'),
    rules: z.boolean().default(true).describe('Use the name rules and built-in gazetteers'),
    latin: z.boolean().default(true).describe('Recognise Latin-script spans (names and dates) with compromise'),
    normalize: NormalizeOptionsSchema.optional(),
  })
  .strict();

/** Options of `normalize`, as written by the caller. */
export type NormalizeOptions = z.input<typeof NormalizeOptionsSchema>;
/** Options of `normalize` with their defaults filled in. */
export type ResolvedNormalizeOptions = z.output<typeof NormalizeOptionsSchema>;
/** Options of `extract`, as written by the caller. */
export type ExtractOptions = z.input<typeof ExtractOptionsSchema>;
/** Options of `extract` with their defaults filled in. */
export type ResolvedExtractOptions = z.output<typeof ExtractOptionsSchema>;
/** An entry of a user gazetteer. */
export type GazetteerEntry = z.infer<typeof GazetteerEntrySchema>;
