import * as z from 'zod';
import { EntityTypeSchema } from './mention.js';
import { OrganizationKindSchema } from './records.js';
import { CompiledGazetteer } from '../recognizers/names/gazetteer-trie.js';

/** Years kashif reads and writes: ISO 8601's four-digit years (documented in the README). */
export const MIN_YEAR = 1;
/** The last year kashif reads and writes (four ISO 8601 digits). */
export const MAX_YEAR = 9999;

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):?(\d{2}))?)?$/;

function leap(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}
function monthDays(y: number, m: number): number {
  return m === 2 ? (leap(y) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * A reference date as the pipeline consumes it: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` when a
 * time was given. An ISO datetime with `Z` or an offset is read in the local time of that
 * offset: `2022-01-09T01:00:00+03:00` is the day 2022-01-09 at 01:00, whatever UTC says.
 * Returns an error message for anything else (a day the month lacks, hour 24, year 0 …).
 */
export function resolveReferenceDate(v: string | Date): { value: string } | { error: string } {
  if (v instanceof Date) {
    const t = Date.prototype.getTime.call(v);
    if (!Number.isFinite(t)) return { error: 'an invalid Date' };
    const d = new Date(t);
    const y = d.getUTCFullYear();
    if (y < MIN_YEAR || y > MAX_YEAR) return { error: `year ${y} is outside ${MIN_YEAR}-${MAX_YEAR}` };
    const day = `${pad(y, 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    const midnight = d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0 && d.getUTCMilliseconds() === 0;
    return { value: midnight ? day : `${day}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` };
  }
  const m = ISO_DATE_TIME.exec(v);
  if (!m) return { error: 'expected an ISO date such as 2022-01-09, or a datetime such as 2022-01-09T10:00:00+03:00' };
  const y = +m[1], mo = +m[2], d = +m[3];
  if (y < MIN_YEAR || y > MAX_YEAR) return { error: `year ${y} is outside ${MIN_YEAR}-${MAX_YEAR}` };
  if (mo < 1 || mo > 12) return { error: `month ${m[2]} does not exist` };
  if (d < 1 || d > monthDays(y, mo)) return { error: `${m[1]}-${m[2]} has no day ${m[3]}` };
  if (m[4] === undefined) return { value: `${m[1]}-${m[2]}-${m[3]}` };
  if (+m[4] > 23 || +m[5] > 59 || (m[6] !== undefined && +m[6] > 59)) return { error: `${m[4]}:${m[5]}${m[6] !== undefined ? `:${m[6]}` : ''} is not a time of day` };
  if (m[8] !== undefined && (+m[8] > 23 || +m[9] > 59)) return { error: `${m[7]} is not a UTC offset` };
  return { value: `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}` };
}

const ReferenceDateSchema = z
  .union([z.string(), z.custom<Date>((v) => v instanceof Date, 'expected a string or a Date')])
  .transform((v, ctx) => {
    const r = resolveReferenceDate(v);
    if ('error' in r) {
      ctx.addIssue({ code: 'custom', message: `not a usable reference date: ${r.error}` });
      return z.NEVER;
    }
    return r.value;
  });

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
    referenceDate: ReferenceDateSchema.optional().describe(
      'Date relative expressions resolve against: a JS Date (read in UTC), an ISO date (2022-01-09) or an ISO datetime, with Z or an offset read as local time at that offset (2022-01-09T10:00:00+03:00 is 2022-01-09, 10:00); years 1-9999; default: inferred from the article',
    ),
    forwardDates: z.boolean().default(false).describe('Resolve bare weekdays forward (Duckling convention); news text means the past'),
    types: z.array(EntityTypeSchema).min(1).optional().describe('Only report these mention types (default: all)'),
    gazetteer: z
      .union([z.array(GazetteerEntrySchema), z.custom<CompiledGazetteer>((v) => v instanceof CompiledGazetteer, 'expected gazetteer entries or compileGazetteer(entries)')])
      .default([])
      .describe('Extra names: surface forms → type, canonical name, id; or the result of compileGazetteer(entries), reusable across calls'),
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
