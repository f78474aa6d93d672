import { ExtractOptionsSchema, type ExtractOptions, type ResolvedExtractOptions } from '../schema/options.js';
import type { Mention } from '../schema/mention.js';
import type { ExtractResult, Warning, DocumentDate } from '../schema/result.js';
import { KashifError } from '../errors.js';
import { normalizeResolved, resolveNormalizeOptions } from '../text/normalize.js';
import { tokenizeNormalized } from '../text/tokenize.js';
import { readTokens } from '../text/readings.js';
import type { Candidate, Doc, Stage, StageOutput } from './stage.js';
import { STAGES } from './stages.js';
import { resolveOverlaps, trimNamesAtDates } from './resolve.js';
import { detectLanguage } from './language.js';
import { clusterNames, type PlacedName } from '../recognizers/names/cluster.js';

/** Validate options once; extract() and batch callers share it. */
export function parseOptions(options: unknown): ResolvedExtractOptions {
  if (options !== undefined && (options === null || typeof options !== 'object' || Array.isArray(options))) {
    throw new KashifError('INVALID_OPTIONS', 'options must be an object');
  }
  const parsed = ExtractOptionsSchema.safeParse(options ?? {});
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new KashifError('INVALID_OPTIONS', `invalid options: ${detail}`, parsed.error.issues);
  }
  return parsed.data;
}

export interface StageTiming {
  stage: string;
  ms: number;
}

/**
 * Find every person, organisation, location, date and number in an Arabic text.
 * Never throws on text; throws KashifError for a non-string input or invalid options.
 */
export function extract(input: string, options?: ExtractOptions): ExtractResult {
  return extractWithTimings(input, options).result;
}

export function extractWithTimings(input: string, options?: ExtractOptions | ResolvedExtractOptions, timings?: StageTiming[]): { result: ExtractResult } {
  if (typeof input !== 'string') {
    throw new KashifError('INVALID_INPUT', `extract expects a string, got ${input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input}`);
  }
  const opts = parseOptions(options);
  const clock = timings ? () => performance.now() : () => 0;
  let t0 = clock();
  const norm = normalizeResolved(input, resolveNormalizeOptions(opts.normalize));
  const tokens = tokenizeNormalized(norm.text);
  const doc: Doc = { input, norm, tokens, readings: readTokens(tokens), options: opts };
  timings?.push({ stage: 'normalize+tokenize', ms: clock() - t0 });

  const warnings: Warning[] = [];
  const language = detectLanguage(input, norm.text);
  if (!language.isArabic && norm.text.trim().length > 0) {
    warnings.push(warning('NOT_ARABIC', `the text does not look like Arabic (franc: ${language.code}, Arabic letters: ${(language.arabicRatio * 100).toFixed(0)}%)`, null, null, { code: language.code }));
  }

  const wanted = new Set(opts.types ?? ['person', 'organization', 'location', 'date', 'number']);
  const candidates: Candidate[] = [];
  let proposedDate: StageOutput['documentDate'];
  for (const stage of STAGES) {
    // Every enabled stage runs whatever `types` asks for: a date must still win over the
    // year inside it, and a name over its digits (فرنسا 24). `types` filters the output only.
    if (stage.enabled && !stage.enabled(opts)) continue;
    t0 = clock();
    const out = runStage(stage, doc, warnings);
    timings?.push({ stage: stage.name, ms: clock() - t0 });
    for (const c of out.candidates) candidates.push(c); // no spread: a 10 MB text has too many candidates for one call
    if (out.documentDate && !proposedDate) proposedDate = out.documentDate;
    for (const w of out.warnings ?? []) {
      const span = w.start !== undefined && w.end !== undefined ? norm.map.toOriginal(w.start, w.end) : null;
      warnings.push(warning(w.code, w.message, span?.start ?? null, span?.end ?? null, w.data ?? null));
    }
  }

  t0 = clock();
  const chosen = resolveOverlaps(trimNamesAtDates(candidates, norm.text));
  const mentions: Mention[] = [];
  const names: PlacedName[] = [];
  const idOfCandidate = new Map<Candidate, string>();
  for (const c of chosen) {
    if (!wanted.has(c.type)) continue;
    const span = trimSpan(input, norm.map.toOriginal(c.start, c.end));
    if (span.end <= span.start) continue;
    const id = `m${mentions.length + 1}`;
    idOfCandidate.set(c, id);
    // Plain object literals, no `{ ...base, … }`: V8's object spread took microseconds per
    // mention here, which dominated texts that are nothing but numbers or dates.
    const text = input.slice(span.start, span.end);
    const normalized = norm.text.slice(c.start, c.end);
    const confidence = round(c.confidence);
    const { start, end } = span;
    const source = c.source;
    if (c.type === 'date') {
      const { type, value, granularity, calendar, hijri, relative, inferred } = c;
      mentions.push({ id, text, start, end, normalized, confidence, source, type, value, granularity, calendar, hijri, relative, inferred });
    } else if (c.type === 'number') {
      const { type, value, kind, currency, unit, approximate, comparator, range } = c;
      mentions.push({ id, text, start, end, normalized, confidence, source, type, value, kind, currency, unit, approximate, comparator, range });
    } else {
      const canonical = c.canonical ?? normalized;
      mentions.push({ id, text, start, end, normalized, confidence, source, type: c.type, entityId: null, canonical });
      names.push({ id, type: c.type, text, normalized, canonical, start, end, attrs: c.attrs });
    }
  }
  const records = clusterNames(names);
  for (const m of mentions) {
    if (m.type === 'person' || m.type === 'organization' || m.type === 'location') m.entityId = records.entityOf.get(m.id) ?? null;
  }
  let documentDate: DocumentDate | null = null;
  if (proposedDate) {
    const { start, end, ...rest } = proposedDate;
    const mention = start !== undefined ? chosen.find((c) => c.type === 'date' && c.start === start && c.end === end) : undefined;
    documentDate = { ...rest, mentionId: mention ? idOfCandidate.get(mention) ?? null : null };
  }
  timings?.push({ stage: 'resolve+link', ms: clock() - t0 });
  return {
    result: {
      entities: mentions,
      people: records.people,
      organizations: records.organizations,
      locations: records.locations,
      documentDate,
      language,
      warnings,
    },
  };
}

function runStage(stage: Stage, doc: Doc, warnings: Warning[]): StageOutput {
  try {
    return stage.run(doc);
  } catch (e) {
    // A recogniser bug must not cost the caller the other stages' results.
    warnings.push(warning('STAGE_FAILED', `stage ${stage.name} failed: ${(e as Error)?.message ?? String(e)}`, null, null, { stage: stage.name }));
    return { candidates: [] };
  }
}

/** Spans never begin or end with white space, whatever the mapping grew over. */
function trimSpan(input: string, span: { start: number; end: number }): { start: number; end: number } {
  let { start, end } = span;
  while (start < end && isTrimmable(input.charCodeAt(start))) start++;
  while (end > start && isTrimmable(input.charCodeAt(end - 1))) end--;
  return { start, end };
}

function isTrimmable(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || (c >= 0x200b && c <= 0x200f) || c === 0xfeff || c === 0x061c || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

function warning(code: Warning['code'], message: string, start: number | null, end: number | null, data: Record<string, unknown> | null): Warning {
  return { code, message, start, end, mentionIds: [], data };
}

function round(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 1000) / 1000;
}
