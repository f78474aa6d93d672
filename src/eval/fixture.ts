/**
 * Score extract() output against a hand-written gold file: exact span + type matching
 * (CoNLL-style), optional gold mentions that cost nothing either way, and value accuracy
 * for dates and numbers. Exported so users can run their own fixture articles.
 */
import * as z from 'zod';
import { EntityTypeSchema, type EntityType } from '../schema/mention.js';
import type { ExtractResult } from '../schema/result.js';

/** A gold mention of a fixture article (the annotation convention of ANNOTATION.md). */
export const GoldMentionSchema = z.object({
  type: EntityTypeSchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  required: z.boolean().default(true),
  /** Date: ISO string; number: the JS number. */
  value: z.union([z.string(), z.number()]).optional(),
  kind: z.string().optional(),
  currency: z.string().nullable().optional(),
  unit: z.string().nullable().optional(),
  calendar: z.enum(['gregorian', 'hijri']).optional(),
  canonical: z.string().optional(),
  /** Mentions with the same entity label belong to one record (person/organization/location). */
  entity: z.string().optional(),
  note: z.string().optional(),
});

/** A fixture's gold file: its mentions, reference date and notes. */
export const GoldFileSchema = z.object({
  article: z.string().describe('File name of the article, beside the gold file'),
  referenceDate: z.string().nullable().default(null).describe('Passed as options.referenceDate; null: infer it'),
  documentDate: z.string().nullable().default(null).describe('The document date the extractor should report'),
  mentions: z.array(GoldMentionSchema),
});

/** A gold mention. */
export type GoldMention = z.input<typeof GoldMentionSchema>;
/** A fixture's gold file. */
export type GoldFile = z.output<typeof GoldFileSchema>;

/** Precision, recall and F1 of one entity type. */
export interface TypeScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  /** Matched date/number mentions whose value is right, over matched ones (null when none). */
  valueAccuracy: number | null;
  valueChecked: number;
  valueCorrect: number;
}

/** The score of a result against a gold file, overall and per type. */
export interface FixtureScore {
  byType: Record<EntityType, TypeScore>;
  overall: TypeScore;
  /** Gold required mentions not found (type, text, start). */
  missed: Array<{ type: EntityType; text: string; start: number }>;
  /** Predicted mentions with no gold counterpart. */
  spurious: Array<{ type: EntityType; text: string; start: number; source: string }>;
  /** Matched mentions whose value differs. */
  wrongValues: Array<{ type: EntityType; text: string; start: number; expected: unknown; got: unknown }>;
  /** Pairs of mentions the gold puts in one entity that the output splits, or the reverse. */
  clusterErrors: number;
  clusterPairs: number;
}

const TYPES: readonly EntityType[] = ['person', 'organization', 'location', 'date', 'number'];

function emptyScore(): TypeScore {
  return { tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, f1: 0, valueAccuracy: null, valueChecked: 0, valueCorrect: 0 };
}

/** Precision, recall and F1 from the counts. */
export function finishScore(s: TypeScore): TypeScore {
  s.precision = s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
  s.recall = s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
  s.f1 = s.precision + s.recall === 0 ? 0 : (2 * s.precision * s.recall) / (s.precision + s.recall);
  s.valueAccuracy = s.valueChecked === 0 ? null : s.valueCorrect / s.valueChecked;
  return s;
}

function sameValue(expected: unknown, got: unknown): boolean {
  if (typeof expected === 'number' && typeof got === 'number') return Math.abs(expected - got) <= 1e-9 * Math.max(1, Math.abs(expected));
  return expected === got;
}

/** Score a result against a fixture's gold mentions. */
export function evaluateFixture(result: ExtractResult, goldInput: z.input<typeof GoldFileSchema>): FixtureScore {
  const gold = GoldFileSchema.parse(goldInput);
  const byType = Object.fromEntries(TYPES.map((t) => [t, emptyScore()])) as Record<EntityType, TypeScore>;
  const key = (type: string, start: number, end: number) => `${type}:${start}:${end}`;
  const goldByKey = new Map(gold.mentions.map((g) => [key(g.type, g.start, g.end), g]));
  const out: FixtureScore = { byType, overall: emptyScore(), missed: [], spurious: [], wrongValues: [], clusterErrors: 0, clusterPairs: 0 };
  const matched = new Set<string>();
  const predEntityOf = new Map<string, string | null>();
  for (const m of result.entities) {
    const k = key(m.type, m.start, m.end);
    const g = goldByKey.get(k);
    if (!g) {
      byType[m.type].fp++;
      out.spurious.push({ type: m.type, text: m.text, start: m.start, source: m.source });
      continue;
    }
    matched.add(k);
    if ('entityId' in m) predEntityOf.set(k, m.entityId);
    if (!g.required) continue;
    byType[m.type].tp++;
    if ((m.type === 'date' || m.type === 'number') && g.value !== undefined) {
      byType[m.type].valueChecked++;
      let ok = sameValue(g.value, m.value);
      if (ok && m.type === 'number' && g.kind !== undefined) ok = g.kind === m.kind;
      if (ok && m.type === 'number' && g.currency !== undefined) ok = g.currency === m.currency;
      if (ok) byType[m.type].valueCorrect++;
      else out.wrongValues.push({ type: m.type, text: m.text, start: m.start, expected: { value: g.value, kind: g.kind, currency: g.currency }, got: m.type === 'number' ? { value: m.value, kind: m.kind, currency: m.currency } : m.value });
    }
  }
  for (const g of gold.mentions) {
    if (g.required && !matched.has(key(g.type, g.start, g.end))) {
      byType[g.type].fn++;
      out.missed.push({ type: g.type, text: g.text, start: g.start });
    }
  }
  // Clustering: over pairs of matched gold name mentions that carry an entity label.
  const labelled = gold.mentions.filter((g) => g.entity && matched.has(key(g.type, g.start, g.end)));
  for (let i = 0; i < labelled.length; i++) {
    for (let j = i + 1; j < labelled.length; j++) {
      const a = labelled[i];
      const b = labelled[j];
      if (a.type !== b.type) continue;
      out.clusterPairs++;
      const sameGold = a.entity === b.entity;
      const pa = predEntityOf.get(key(a.type, a.start, a.end));
      const pb = predEntityOf.get(key(b.type, b.start, b.end));
      const samePred = pa != null && pa === pb;
      if (sameGold !== samePred) out.clusterErrors++;
    }
  }
  for (const t of TYPES) {
    finishScore(byType[t]);
    out.overall.tp += byType[t].tp;
    out.overall.fp += byType[t].fp;
    out.overall.fn += byType[t].fn;
    out.overall.valueChecked += byType[t].valueChecked;
    out.overall.valueCorrect += byType[t].valueCorrect;
  }
  finishScore(out.overall);
  return out;
}
