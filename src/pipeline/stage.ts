/**
 * The stage contract. A recogniser is a pure function of the document: it reads the
 * normalised text and tokens and returns candidates with normalised offsets. It never sees
 * another stage's output; overlaps are settled once, in resolve.ts.
 */
import type { Normalized } from '../text/normalize.js';
import type { TextToken } from '../text/tokenize.js';
import type { Readings } from '../text/readings.js';
import type { KashifModel } from '../model/model.js';
import type { RuleStrength } from './rule.js';
import type { DateFields, NumberFields } from '../schema/mention.js';
import type { ResolvedExtractOptions } from '../schema/options.js';
import type { Gender, OrganizationKind } from '../schema/records.js';
import type { Warning } from '../schema/result.js';

export interface Doc {
  /** The caller's string. */
  input: string;
  norm: Normalized;
  tokens: TextToken[];
  /**
   * The one reading of each token (src/text/readings.ts), built once after tokenising; read
   * it with `readingsOf(doc)` (optional only so hand-built test documents stay valid).
   */
  readings?: Readings;
  /** The model the document is read with (the word list, the gazetteer, the tagger): `extract` passes the bundled one, an extractor its own. */
  model: KashifModel;
  options: ResolvedExtractOptions;
}

interface CandidateBase {
  /** Normalised offsets, end exclusive. */
  start: number;
  end: number;
  /** Rule or model name: "numbers/words", "dates/hijri", "names/tagger" … */
  source: string;
  confidence: number;
  /** The strength the producing rule declares for this candidate (see pipeline/rule.ts); decisions test it, never the confidence. */
  strength?: RuleStrength;
}

/** What a name rule or the tagger learnt about the entity from the context of this mention. */
export interface NameAttributes {
  titles?: string[];
  nationality?: string;
  age?: number;
  gender?: Gender;
  orgKind?: OrganizationKind;
  /** This mention is an acronym (كاي إن بي) of the long form ending just before it. */
  acronym?: boolean;
  /** The folded words of the acronym's long form named elsewhere in the document (الأونروا → وكاله الامم …): its record. */
  acronymOf?: string;
  /** ISO country when the location is a country. */
  country?: string;
  /** External id from a user gazetteer entry. */
  qid?: string;
}

export interface NameCandidate extends CandidateBase {
  type: 'person' | 'organization' | 'location';
  /** Canonical form when it differs from the normalised span (لكرملين → الكرملين). */
  canonical?: string;
  attrs?: NameAttributes;
}

export interface DateCandidate extends CandidateBase, DateFields {
  type: 'date';
  /**
   * The dates stage resolved the document's relative dates against this date, found in a
   * dateline or as the first full date near the top (set on one candidate at most, and only
   * when the caller gave no reference date). The link step makes it the document date.
   */
  anchor?: 'dateline' | 'first-date';
}

export interface NumberCandidate extends CandidateBase, NumberFields {
  type: 'number';
}

export type Candidate = NameCandidate | DateCandidate | NumberCandidate;

/** A warning with normalised offsets; the pipeline maps them back. */
export interface StageWarning {
  code: Warning['code'];
  message: string;
  start?: number;
  end?: number;
  data?: Record<string, unknown>;
}

export interface StageOutput {
  candidates: Candidate[];
  warnings?: StageWarning[];
}

/**
 * A recogniser in the pipeline's list (pipeline/stages.ts). It has no `types` field: every
 * enabled stage runs whatever `options.types` asks, because in resolve.ts any candidate can
 * displace one of another type (a date the year inside it, a name its digits: فرنسا 24), so a
 * stage whose types are not wanted still shapes the wanted ones; `options.types` filters the
 * output. The types a stage produces are those of its registered rules (pipeline/rule.ts).
 */
export interface Stage {
  name: string;
  /** Whether the options turn the stage on. */
  enabled?: (options: ResolvedExtractOptions) => boolean;
  run(doc: Doc): StageOutput;
}
