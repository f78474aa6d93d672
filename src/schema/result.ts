import * as z from 'zod';
import { MentionSchema, GranularitySchema } from './mention.js';
import { PersonRecordSchema, OrganizationRecordSchema, LocationRecordSchema } from './records.js';

/** A warning about the text or a stage (never thrown), with its span when it has one. */
export const WarningSchema = z.object({
  code: z.enum(['NOT_ARABIC', 'WEEKDAY_MISMATCH', 'NO_REFERENCE_DATE', 'INPUT_TRUNCATED', 'STAGE_FAILED']),
  message: z.string(),
  start: z.number().int().nonnegative().nullable(),
  end: z.number().int().nonnegative().nullable(),
  mentionIds: z.array(z.string()),
  data: z.record(z.string(), z.unknown()).nullable(),
});

/** The date relative dates were resolved against, and where it came from. */
export const DocumentDateSchema = z.object({
  value: z.string().describe('ISO date relative mentions were resolved against'),
  granularity: GranularitySchema,
  source: z.enum(['option', 'dateline', 'first-date']).describe('Given by the caller, found in a dateline, or the first full date near the top'),
  mentionId: z.string().nullable(),
});

/** The language kashif detected, with the share of Arabic letters. */
export const LanguageSchema = z.object({
  code: z.string().describe("ISO 639-3 from franc ('arb', 'eng', 'pes', …) or 'und'"),
  isArabic: z.boolean(),
  arabicRatio: z.number().min(0).max(1).describe('Share of letters that are Arabic script'),
});

/** What `extract` returns: mentions, records, document date, language and warnings. */
export const ExtractResultSchema = z.object({
  entities: z.array(MentionSchema).describe('All mentions, flat and non-overlapping, sorted by start'),
  people: z.array(PersonRecordSchema),
  organizations: z.array(OrganizationRecordSchema),
  locations: z.array(LocationRecordSchema),
  documentDate: DocumentDateSchema.nullable(),
  language: LanguageSchema,
  warnings: z.array(WarningSchema),
});

/** The stable codes of {@link KashifError} and of batch error lines. */
export const ErrorCodeSchema = z.enum(['INVALID_INPUT', 'INVALID_OPTIONS', 'INVALID_JSON', 'MODEL_INVALID', 'INTERNAL']);
/** An error as JSON: code and message. */
export const ErrorRecordSchema = z.object({ code: ErrorCodeSchema, message: z.string() });

/** A warning in a result. */
export type Warning = z.infer<typeof WarningSchema>;
/** The document date of a result. */
export type DocumentDate = z.infer<typeof DocumentDateSchema>;
/** The detected language of a result. */
export type Language = z.infer<typeof LanguageSchema>;
/** What `extract` returns. */
export type ExtractResult = z.infer<typeof ExtractResultSchema>;
/** A stable error code. */
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;
/** An error as JSON. */
export type ErrorRecord = z.infer<typeof ErrorRecordSchema>;
