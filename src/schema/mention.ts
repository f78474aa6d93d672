import * as z from 'zod';

export const EntityTypeSchema = z.enum(['person', 'organization', 'location', 'date', 'number']);
export type EntityType = z.infer<typeof EntityTypeSchema>;
export const ENTITY_TYPES = EntityTypeSchema.options;

/** Fields every mention has, whatever produced it. Offsets are UTF-16 into the caller's string. */
export const MentionBaseSchema = z.object({
  id: z.string().describe('Stable within one result: m1, m2, … in order of start'),
  text: z.string().describe('Exactly input.slice(start, end)'),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  normalized: z.string().describe('The span after normalisation (diacritics, alef variants, digits folded)'),
  confidence: z.number().min(0).max(1),
  source: z.string().describe('Rule or model that produced the mention, e.g. "numbers/digits" or "names/tagger"'),
});

export const NumberKindSchema = z.enum(['cardinal', 'ordinal', 'percent', 'money', 'age', 'quantity', 'fraction', 'duration']);
export const ComparatorSchema = z.enum(['gt', 'gte', 'lt', 'lte']);

export const NumberFieldsSchema = z.object({
  value: z.number().describe('The number the span states: 2,2 مليون → 2200000; a percent is its percentage (12.5); with a range, range.min (an approximate plural such as عشرات has no exact value: read range)'),
  kind: NumberKindSchema,
  currency: z.string().length(3).nullable().describe('ISO 4217 when kind is money and the currency is known'),
  unit: z.string().nullable().describe('Unit for quantities, durations and ages (e.g. "year", "km", "barrel")'),
  approximate: z.boolean().describe('A qualifier such as نحو/حوالي/قرابة marks the value as approximate; an approximate plural with no count (عشرات, مئات الآلاف) is approximate too, with a range'),
  comparator: ComparatorSchema.nullable().describe('أكثر من → gt, ما لا يقل عن → gte, أقل من → lt, …'),
  range: z
    .object({ min: z.number(), max: z.number() })
    .nullable()
    .describe('ما بين 15 و20 في المئة → {min: 15, max: 20}; value is then min. An approximate plural is {min: 2 × base, max: 10 × base − 1}: عشرات → {20, 99}, مئات الآلاف → {200000, 999999}'),
});

export const GranularitySchema = z.enum(['year', 'month', 'week', 'day', 'hour', 'minute', 'second']);
export const CalendarSchema = z.enum(['gregorian', 'hijri']);

export const DateFieldsSchema = z.object({
  value: z.string().describe('ISO 8601 at the stated precision (2022, 2022-01, 2022-01-09, 2021-07-01T09:30); a range is START/END'),
  granularity: GranularitySchema,
  calendar: CalendarSchema,
  hijri: z
    .object({ year: z.number().int(), month: z.number().int().min(1).max(12).nullable(), day: z.number().int().min(1).max(30).nullable() })
    .nullable()
    .describe('The Hijri date as written, when calendar is hijri'),
  relative: z.boolean().describe('Resolved against the reference date (weekday, أمس, الشهر الماضي …) rather than stated in full'),
  inferred: z.boolean().describe('Some field (e.g. the year) was not in the text and was taken from the reference date'),
  interval: z
    .object({
      start: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('First day covered (ISO date)'),
      end: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('Last day covered, inclusive (ISO date)'),
    })
    .describe('The days the value covers, inclusive, whatever its precision (2023 → 2023-01-01 … 2023-12-31; a week, a quarter, a range alike). Not the mention offsets `start`/`end`: those are UTF-16 positions in the text; use `dateMentionToDates` for JS Date objects'),
});

const NameFieldsSchema = z.object({
  entityId: z.string().nullable().describe('The entity record (person/organization/location) this mention belongs to'),
  canonical: z.string().describe('The name as the record cites it, clitics restored (لكرملين → الكرملين)'),
});

export const PersonMentionSchema = MentionBaseSchema.extend({ type: z.literal('person') }).extend(NameFieldsSchema.shape);
export const OrganizationMentionSchema = MentionBaseSchema.extend({ type: z.literal('organization') }).extend(NameFieldsSchema.shape);
export const LocationMentionSchema = MentionBaseSchema.extend({ type: z.literal('location') }).extend(NameFieldsSchema.shape);
export const DateMentionSchema = MentionBaseSchema.extend({ type: z.literal('date') }).extend(DateFieldsSchema.shape);
export const NumberMentionSchema = MentionBaseSchema.extend({ type: z.literal('number') }).extend(NumberFieldsSchema.shape);

export const MentionSchema = z.discriminatedUnion('type', [
  PersonMentionSchema,
  OrganizationMentionSchema,
  LocationMentionSchema,
  DateMentionSchema,
  NumberMentionSchema,
]);

export type NumberFields = z.infer<typeof NumberFieldsSchema>;
export type DateFields = z.infer<typeof DateFieldsSchema>;
export type NumberKind = z.infer<typeof NumberKindSchema>;
export type Granularity = z.infer<typeof GranularitySchema>;
export type PersonMention = z.infer<typeof PersonMentionSchema>;
export type OrganizationMention = z.infer<typeof OrganizationMentionSchema>;
export type LocationMention = z.infer<typeof LocationMentionSchema>;
export type DateMention = z.infer<typeof DateMentionSchema>;
export type NumberMention = z.infer<typeof NumberMentionSchema>;
export type Mention = z.infer<typeof MentionSchema>;
