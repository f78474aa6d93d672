import * as z from 'zod';
import { ExtractResultSchema, ErrorRecordSchema } from './result.js';

/** The id a batch line echoes: the input record's `id` when it is a string or a finite number, else null. */
export const BatchIdSchema = z.union([z.string(), z.number()]).nullable();

/** 1-based position of the input line (or item) an output line answers. */
export const BatchLineNumberSchema = z.number().int().positive().describe('1-based position of the input line (or item) this output line answers');

/** One input record of `kashif batch` / `extractMany`; other keys are ignored. */
export const BatchInputSchema = z
  .object({
    id: z.unknown().optional().describe('Echoed on the output line when it is a string or a finite number, else null'),
    text: z.string(),
    referenceDate: z.string().nullable().optional().describe('This line’s reference date (overrides the default)'),
    forwardDates: z.boolean().nullable().optional().describe('This line’s forwardDates (overrides the default)'),
  })
  .passthrough();

/** A line for an input that was processed: the extract result, with the input's id and line number first. */
export const BatchResultLineSchema = z.object({ id: BatchIdSchema, line: BatchLineNumberSchema }).extend(ExtractResultSchema.shape).strict();

/** A line for an input that could not be processed (bad JSON, no text, bad options, internal failure). */
export const BatchErrorLineSchema = z.object({ id: BatchIdSchema, line: BatchLineNumberSchema, error: ErrorRecordSchema }).strict();

/** One output line of `kashif batch` (one per input line, in input order) and one item of `extractMany`. */
export const BatchLineSchema = z.union([BatchResultLineSchema, BatchErrorLineSchema]);

/** One input record of a batch (a JSON line): {@link BatchInputSchema}. */
export type BatchInput = z.infer<typeof BatchInputSchema>;
/** A batch output line for a record that was read: the extract result plus `id` and `line`. */
export type BatchResultLine = z.infer<typeof BatchResultLineSchema>;
/** A batch output line for a record that could not be read: `id`, `line` and the error. */
export type BatchErrorLine = z.infer<typeof BatchErrorLineSchema>;
/** Any batch output line: a result line or an error line ({@link BatchLineSchema}). */
export type BatchLine = z.infer<typeof BatchLineSchema>;
/** The caller's id of a batch record, copied to its output line. */
export type BatchId = z.infer<typeof BatchIdSchema>;
