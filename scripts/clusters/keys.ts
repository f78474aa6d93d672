/**
 * Text → the keys the run-time name tagger looks up. The text goes through kashif's own
 * normalisation (default options) and tokenizer, exactly as `extract` does, and each token is
 * keyed by `tokenInfo` from src/recognizers/names/features.ts, the function the tagger builds
 * its `s=` / `w=` features with: `s` = foldKey(token.stem) (clitics and article off), `w` =
 * foldKey(token.text) (whole word).
 *
 * Arabic tokens give their stem as the unit and their whole folded word as an extra when it
 * differs. Other tokens are context-only units named by shape (`<num>`, `<lat>`, `<p:X>` …),
 * never listed in the table.
 */
import { normalizeResolved, resolveNormalizeOptions } from '../../src/text/normalize.js';
import { tokenizeNormalized, type TextToken } from '../../src/text/tokenize.js';
import { tokenInfo } from '../../src/recognizers/names/features.js';

const OPTIONS = resolveNormalizeOptions(undefined);

export interface KeyedSentence {
  units: string[];
  extras: string[];
}

function unitOf(t: TextToken): { unit: string; extra: string } {
  if (t.kind === 'arabic') {
    const c = tokenInfo(t);
    return { unit: c.s, extra: c.w !== c.s ? c.w : '' };
  }
  if (t.kind === 'number') return { unit: t.text.length >= 4 ? '<num4>' : '<num>', extra: '' };
  if (t.kind === 'latin') return { unit: '<lat>', extra: '' };
  if (t.kind === 'punct') return { unit: '<p:' + t.text + '>', extra: '' };
  return { unit: '<' + t.kind + '>', extra: '' };
}

/** Keyed tokens of a text; a line break starts a new sentence when `splitLines`. */
export function keyText(text: string, splitLines: boolean): KeyedSentence[] {
  const norm = normalizeResolved(text, OPTIONS);
  const out: KeyedSentence[] = [];
  let cur: KeyedSentence = { units: [], extras: [] };
  for (const t of tokenizeNormalized(norm.text)) {
    if (splitLines && t.newlineBefore && cur.units.length > 0) {
      out.push(cur);
      cur = { units: [], extras: [] };
    }
    const { unit, extra } = unitOf(t);
    cur.units.push(unit);
    cur.extras.push(extra);
  }
  if (cur.units.length > 0) out.push(cur);
  return out;
}

/** The tagger's stem key of every Arabic token of a text ('' for other tokens), in order. */
export function stemKeys(text: string): Array<{ s: string; w: string; start: number; end: number }> {
  const norm = normalizeResolved(text, OPTIONS);
  return tokenizeNormalized(norm.text).map((t) => {
    if (t.kind !== 'arabic') return { s: '', w: '', start: t.start, end: t.end };
    const c = tokenInfo(t);
    return { s: c.s, w: c.w, start: t.start, end: t.end };
  });
}
