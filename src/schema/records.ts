import * as z from 'zod';

const RecordBaseSchema = z.object({
  id: z.string().describe('p1, o1, l1 …'),
  canonical: z.string().describe('The fullest name the document uses for the entity'),
  mentionIds: z.array(z.string()).min(1),
  aliases: z.array(z.string()).describe('Other surface forms of the entity in the document'),
  qid: z.string().nullable().describe('An external id (e.g. Wikidata QID) from a user gazetteer entry'),
});

export const GenderSchema = z.enum(['male', 'female']);

export const PersonRecordSchema = RecordBaseSchema.extend({
  titles: z.array(z.string()).describe('Titles and roles the text gives the person (وزير الخارجية, الرئيس)'),
  nationality: z.string().length(2).nullable().describe('ISO 3166-1 alpha-2, from a nisba adjective'),
  age: z.number().nullable(),
  gender: GenderSchema.nullable(),
});

export const OrganizationKindSchema = z.enum([
  'ministry', 'government', 'company', 'bank', 'party', 'movement', 'agency', 'media', 'international',
  'military', 'security', 'court', 'university', 'sport', 'ngo', 'other',
]);

export const OrganizationRecordSchema = RecordBaseSchema.extend({
  acronyms: z.array(z.string()),
  kind: OrganizationKindSchema.nullable(),
});

export const LocationRecordSchema = RecordBaseSchema.extend({
  country: z.string().length(2).nullable().describe('ISO 3166-1 alpha-2 when the location is a known country'),
});

export type PersonRecord = z.infer<typeof PersonRecordSchema>;
export type OrganizationRecord = z.infer<typeof OrganizationRecordSchema>;
export type LocationRecord = z.infer<typeof LocationRecordSchema>;
export type OrganizationKind = z.infer<typeof OrganizationKindSchema>;
export type Gender = z.infer<typeof GenderSchema>;
