import * as z from 'zod';

const RecordBaseSchema = z.object({
  id: z.string().describe('p1, o1, l1 …'),
  canonical: z.string().describe('The fullest name the document uses for the entity'),
  mentionIds: z.array(z.string()).min(1),
  aliases: z.array(z.string()).describe('Other surface forms of the entity in the document'),
  qid: z.string().nullable().describe('An external id (e.g. Wikidata QID) from a user gazetteer entry'),
});

/** A person's grammatical gender, when the text states it. */
export const GenderSchema = z.enum(['male', 'female']);

/** A person: the mentions of one individual grouped, with titles, nationality, age and gender. */
export const PersonRecordSchema = RecordBaseSchema.extend({
  titles: z.array(z.string()).describe('Titles and roles the text gives the person (وزير الخارجية, الرئيس)'),
  nationality: z.string().length(2).nullable().describe('ISO 3166-1 alpha-2, from a nisba adjective'),
  age: z.number().nullable(),
  gender: GenderSchema.nullable(),
});

/** The kind of an organisation (ministry, company, party …). */
export const OrganizationKindSchema = z.enum([
  'ministry', 'government', 'company', 'bank', 'party', 'movement', 'agency', 'media', 'international',
  'military', 'security', 'court', 'university', 'sport', 'ngo', 'other',
]);

/** An organisation: its mentions grouped, with acronyms and kind. */
export const OrganizationRecordSchema = RecordBaseSchema.extend({
  acronyms: z.array(z.string()),
  kind: OrganizationKindSchema.nullable(),
});

/** A place: its mentions grouped, with the country code when it is a country. */
export const LocationRecordSchema = RecordBaseSchema.extend({
  country: z.string().length(2).nullable().describe('ISO 3166-1 alpha-2 when the location is a known country'),
});

/** A person record. */
export type PersonRecord = z.infer<typeof PersonRecordSchema>;
/** An organisation record. */
export type OrganizationRecord = z.infer<typeof OrganizationRecordSchema>;
/** A place record. */
export type LocationRecord = z.infer<typeof LocationRecordSchema>;
/** The kind of an organisation. */
export type OrganizationKind = z.infer<typeof OrganizationKindSchema>;
/** A person's grammatical gender. */
export type Gender = z.infer<typeof GenderSchema>;
