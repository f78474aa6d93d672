/**
 * Long texts are read in sections, so working memory and time stay proportional to the
 * input whatever its size (a 10 MB text used to peak near 80× its UTF-16 size). A text
 * longer than SECTION code units is cut at paragraph breaks (else a sentence end, else white
 * space, else anywhere but inside a surrogate pair) into sections of at most SECTION units;
 * each is extracted on its own and the results are merged:
 *  - offsets are shifted back into the caller's string, mention ids renumbered (m1, m2 …);
 *  - the first section's document date is the document's, and later sections resolve
 *    relative dates against it (when no referenceDate was given and the first section has one);
 *  - entity records of the same type and canonical name are merged across sections (their
 *    mentions, aliases, titles, acronyms; the first known nationality, age, gender, kind,
 *    country, qid), ids renumbered in order of first mention;
 *  - the language is the first section's (detection reads the start of a text anyway), and
 *    NOT_ARABIC / NO_REFERENCE_DATE are reported once.
 * What a section cannot see: a name found in one section does not propagate into another, and
 * the same entity written differently in two sections makes two records.
 */
import type { ResolvedExtractOptions } from '../schema/options.js';
import type { Mention } from '../schema/mention.js';
import type { ExtractResult, Warning } from '../schema/result.js';
import type { LocationRecord, OrganizationRecord, PersonRecord } from '../schema/records.js';

/** Longest text extracted in one piece (UTF-16 code units, ≈ 200 KB). */
export const SECTION = 100_000;

/** Cut points [0, c1, …, input.length]: every section at most SECTION long, cut at the best boundary in its second half. */
export function sectionBounds(input: string, size = SECTION): number[] {
  const cuts = [0];
  let s = 0;
  while (input.length - s > size) {
    const hi = s + size;
    const lo = s + (size >> 1);
    let cut = boundary(input, lo, hi);
    // never inside a surrogate pair or between CR and LF
    const c = input.charCodeAt(cut);
    if ((c >= 0xdc00 && c <= 0xdfff) || (c === 0x0a && input.charCodeAt(cut - 1) === 0x0d)) cut--;
    cuts.push(cut);
    s = cut;
  }
  cuts.push(input.length);
  return cuts;
}

/** The last paragraph break, else sentence end, else white space in [lo, hi]: the index after it (hi when none). */
function boundary(input: string, lo: number, hi: number): number {
  let sentence = -1;
  let space = -1;
  for (let i = hi - 1; i >= lo; i--) {
    const c = input.charCodeAt(i);
    if (c === 0x0a || c === 0x2029) return i + 1;
    if (sentence < 0 && (c === 0x20 || c === 0x09) && i > lo) {
      const p = input.charCodeAt(i - 1);
      if (p === 0x2e || p === 0x21 || p === 0x3f || p === 0x061f || p === 0x06d4) sentence = i + 1;
    }
    if (space < 0 && (c === 0x20 || c === 0x09 || c === 0x0d)) space = i + 1;
  }
  return sentence >= 0 ? sentence : space >= 0 ? space : hi;
}

type AnyRecord = PersonRecord | OrganizationRecord | LocationRecord;
type RecordType = 'person' | 'organization' | 'location';

/** Extract `input` section by section with `run` (extract on a text of at most SECTION units) and merge. */
export function extractInSections(input: string, options: ResolvedExtractOptions, run: (text: string, options: ResolvedExtractOptions) => ExtractResult): ExtractResult {
  const cuts = sectionBounds(input);
  const entities: Mention[] = [];
  const warnings: Warning[] = [];
  const records = new Map<string, AnyRecord>();
  const byType: Record<RecordType, AnyRecord[]> = { person: [], organization: [], location: [] };
  const prefix: Record<RecordType, string> = { person: 'p', organization: 'o', location: 'l' };
  let first: ExtractResult | null = null;
  let documentDate: ExtractResult['documentDate'] = null;
  let sectionOptions = options;
  const once = new Set<Warning['code']>();

  for (let k = 0; k + 1 < cuts.length; k++) {
    const offset = cuts[k];
    const r = run(input.slice(offset, cuts[k + 1]), sectionOptions);
    const ids = new Map<string, string>();
    for (const m of r.entities) {
      const id = `m${entities.length + 1}`;
      ids.set(m.id, id);
      m.id = id;
      m.start += offset;
      m.end += offset;
      entities.push(m);
    }
    // records: merge by type and canonical name
    const recordIds = new Map<string, string>();
    const sectionRecords: Array<[RecordType, AnyRecord]> = [
      ...r.people.map((x): [RecordType, AnyRecord] => ['person', x]),
      ...r.organizations.map((x): [RecordType, AnyRecord] => ['organization', x]),
      ...r.locations.map((x): [RecordType, AnyRecord] => ['location', x]),
    ];
    for (const [type, rec] of sectionRecords) {
      const key = `${type}\u0000${rec.canonical}`;
      const mentionIds = rec.mentionIds.map((id) => ids.get(id) ?? id);
      const have = records.get(key);
      if (!have) {
        const id = `${prefix[type]}${byType[type].length + 1}`;
        const copy = { ...rec, id, mentionIds } as AnyRecord;
        records.set(key, copy);
        byType[type].push(copy);
        recordIds.set(rec.id, id);
        continue;
      }
      recordIds.set(rec.id, have.id);
      mergeRecord(have, rec, mentionIds);
    }
    for (const m of r.entities) {
      if ((m.type === 'person' || m.type === 'organization' || m.type === 'location') && m.entityId !== null) m.entityId = recordIds.get(m.entityId) ?? null;
    }
    for (const w of r.warnings) {
      if (w.code === 'NOT_ARABIC' && k > 0) continue;
      if (w.code === 'NO_REFERENCE_DATE') {
        if (once.has(w.code)) continue;
        once.add(w.code);
      }
      warnings.push({ ...w, start: w.start === null ? null : w.start + offset, end: w.end === null ? null : w.end + offset, mentionIds: w.mentionIds.map((id) => ids.get(id) ?? id) });
    }
    if (k === 0) {
      first = r;
      if (r.documentDate) {
        documentDate = { ...r.documentDate, mentionId: r.documentDate.mentionId === null ? null : ids.get(r.documentDate.mentionId) ?? null };
        if (options.referenceDate === undefined) sectionOptions = { ...options, referenceDate: r.documentDate.value };
      }
    }
  }
  return {
    entities,
    people: byType.person as PersonRecord[],
    organizations: byType.organization as OrganizationRecord[],
    locations: byType.location as LocationRecord[],
    documentDate,
    language: first!.language,
    warnings,
  };
}

function union(a: string[], b: readonly string[], not?: string): string[] {
  const seen = new Set(a);
  for (const x of b) if (!seen.has(x) && x !== not) { seen.add(x); a.push(x); }
  return a;
}

function mergeRecord(into: AnyRecord, rec: AnyRecord, mentionIds: string[]): void {
  for (const id of mentionIds) into.mentionIds.push(id);
  union(into.aliases, rec.aliases, into.canonical);
  into.qid ??= rec.qid;
  if ('titles' in into && 'titles' in rec) {
    union(into.titles, rec.titles);
    into.nationality ??= rec.nationality;
    into.age ??= rec.age;
    into.gender ??= rec.gender;
  } else if ('acronyms' in into && 'acronyms' in rec) {
    union(into.acronyms, rec.acronyms);
    into.kind ??= rec.kind;
  } else if ('country' in into && 'country' in rec) {
    into.country ??= rec.country;
  }
}
