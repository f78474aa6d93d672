import type { Doc, NameCandidate } from '../../pipeline/stage.js';

/** Statistical name tagger (averaged perceptron over BIO tags). Placeholder until trained. */
export function tagNames(_doc: Doc): NameCandidate[] {
  return [];
}
