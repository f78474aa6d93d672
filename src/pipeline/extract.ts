import type { ExtractOptions, ResolvedExtractOptions } from '../schema/options.js';
import { parseOptions } from './options.js';
import { SECTION, extractInSections } from './sections.js';

export { parseOptions } from './options.js';
import type { ExtractResult, Warning } from '../schema/result.js';
import { KashifError } from '../errors.js';
import { normalizeResolved, resolveNormalizeOptions } from '../text/normalize.js';
import { tokenizeNormalized } from '../text/tokenize.js';
import { readTokens } from '../text/readings.js';
import { wordsOf } from '../text/lexicon.js';
import { bundledModel } from '../model/bundled.js';
import type { KashifModel } from '../model/model.js';
import type { Candidate, Doc, Stage, StageOutput } from './stage.js';
import { STAGES } from './stages.js';
import { resolveOverlaps, trimNamesAtDates } from './resolve.js';
import { detectLanguage } from './language.js';
import { link } from './link.js';

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

/** extract() with a given model (createExtractor), and stage timings when `timings` is given. */
export function extractWithTimings(input: string, options?: ExtractOptions | ResolvedExtractOptions, timings?: StageTiming[], model: KashifModel = bundledModel()): { result: ExtractResult } {
  return extractWithStages(STAGES, input, options, timings, model);
}

/**
 * extract() over a given list of stages (internal: ablation runs swap a stage for a variant
 * with some rules off; not exported from the package). The model is a value carried on the
 * document (`Doc.model`); every stage reads it from there.
 */
export function extractWithStages(stages: readonly Stage[], input: string, options?: ExtractOptions | ResolvedExtractOptions, timings?: StageTiming[], model: KashifModel = bundledModel()): { result: ExtractResult } {
  if (typeof input !== 'string') {
    throw new KashifError('INVALID_INPUT', `extract expects a string, got ${input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input}`);
  }
  const opts = parseOptions(options, model);
  if (input.length > SECTION) return { result: extractInSections(input, opts, (text, o) => extractWithStages(stages, text, o, timings, model).result) };
  const clock = timings ? () => performance.now() : () => 0;
  let t0 = clock();
  const norm = normalizeResolved(input, resolveNormalizeOptions(opts.normalize));
  const tokens = tokenizeNormalized(norm.text, wordsOf(model));
  const doc: Doc = { input, norm, tokens, readings: readTokens(tokens, model), model, options: opts };
  timings?.push({ stage: 'normalize+tokenize', ms: clock() - t0 });

  const warnings: Warning[] = [];
  const language = detectLanguage(input, norm.text);
  if (!language.isArabic && norm.text.trim().length > 0) {
    warnings.push(warning('NOT_ARABIC', `the text does not look like Arabic (franc: ${language.code}, Arabic letters: ${(language.arabicRatio * 100).toFixed(0)}%)`, null, null, { code: language.code }));
  }

  const wanted = new Set(opts.types ?? ['person', 'organization', 'location', 'date', 'number']);
  const candidates: Candidate[] = [];
  for (const stage of stages) {
    // Every enabled stage runs whatever `types` asks for: a date must still win over the
    // year inside it, and a name over its digits (فرنسا 24). `types` filters the output only.
    if (stage.enabled && !stage.enabled(opts)) continue;
    t0 = clock();
    const out = runStage(stage, doc, warnings);
    timings?.push({ stage: stage.name, ms: clock() - t0 });
    for (const c of out.candidates) candidates.push(c); // no spread: a 10 MB text has too many candidates for one call
    for (const w of out.warnings ?? []) {
      const span = w.start !== undefined && w.end !== undefined ? norm.map.toOriginal(w.start, w.end) : null;
      warnings.push(warning(w.code, w.message, span?.start ?? null, span?.end ?? null, w.data ?? null));
    }
  }

  t0 = clock();
  const chosen = resolveOverlaps(trimNamesAtDates(candidates, norm.text));
  const { mentions, records, documentDate } = link(input, norm, candidates, chosen, wanted, opts.referenceDate, warnings);
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

function warning(code: Warning['code'], message: string, start: number | null, end: number | null, data: Record<string, unknown> | null): Warning {
  return { code, message, start, end, mentionIds: [], data };
}
