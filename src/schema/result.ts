import * as z from 'zod';
import { MentionSchema, GranularitySchema } from './mention.js';
import { PersonRecordSchema, OrganizationRecordSchema, LocationRecordSchema } from './records.js';

export const WarningSchema = z.object({
  code: z.enum(['NOT_ARABIC', 'WEEKDAY_MISMATCH', 'NO_REFERENCE_DATE', 'INPUT_TRUNCATED', 'STAGE_FAILED']),
  message: z.string(),
  start: z.number().int().nonnegative().nullable(),
  end: z.number().int().nonnegative().nullable(),
  mentionIds: z.array(z.string()),
  data: z.record(z.string(), z.unknown()).nullable(),
});

export const DocumentDateSchema = z.object({
  value: z.string().describe('ISO date relative mentions were resolved against'),
  granularity: GranularitySchema,
  source: z.enum(['option', 'dateline', 'first-date']).describe('Given by the caller, found in a dateline, or the first full date near the top'),
  mentionId: z.string().nullable(),
});

export const LanguageSchema = z.object({
  code: z.string().describe("ISO 639-3 from franc ('arb', 'eng', 'pes', …) or 'und'"),
  isArabic: z.boolean(),
  arabicRatio: z.number().min(0).max(1).describe('Share of letters that are Arabic script'),
});

export const ExtractResultSchema = z.object({
  entities: z.array(MentionSchema).describe('All mentions, flat and non-overlapping, sorted by start'),
  people: z.array(PersonRecordSchema),
  organizations: z.array(OrganizationRecordSchema),
  locations: z.array(LocationRecordSchema),
  documentDate: DocumentDateSchema.nullable(),
  language: LanguageSchema,
  warnings: z.array(WarningSchema),
});

export const ErrorCodeSchema = z.enum(['INVALID_INPUT', 'INVALID_OPTIONS', 'INVALID_JSON', 'MODEL_INVALID', 'INTERNAL']);
export const ErrorRecordSchema = z.object({ code: ErrorCodeSchema, message: z.string() });

export type Warning = z.infer<typeof WarningSchema>;
export type DocumentDate = z.infer<typeof DocumentDateSchema>;
export type Language = z.infer<typeof LanguageSchema>;
export type ExtractResult = z.infer<typeof ExtractResultSchema>;
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;
export type ErrorRecord = z.infer<typeof ErrorRecordSchema>;
