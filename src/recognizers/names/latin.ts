/**
 * Latin-script names inside an Arabic article (DW, Sputnik, dpa, picture-alliance): a short
 * list of news agencies, outlets and international bodies (src/lexicon/latin-known.ts), then
 * compromise (loaded lazily, only when the document has a capitalised Latin word that the
 * list does not cover) for people, organisations and places in Latin runs.
 *
 * compromise is superlinear on long texts (100 KB of one Latin line took a minute), so each
 * run is read in bounded pieces: sentences gathered up to PIECE tokens, and a longer sentence
 * in windows of PIECE tokens that overlap by OVERLAP tokens on each side. A window keeps only
 * the names that start in its own core, so every name is seen whole once and offsets stay
 * those of the document. The stage is linear whatever the line length.
 */
import type { Doc, NameCandidate } from '../../pipeline/stage.js';
import type { TextToken } from '../../text/tokenize.js';
import { loadCompromise, quietly } from '../latin/compromise.js';
import { LATIN_KNOWN, LATIN_NOT_NAMES, type LatinKnownEntry } from '../../lexicon/latin-known.js';
import { readingsOf } from '../../text/readings.js';
import { LATIN_COMPROMISE, LATIN_LIST } from './sources.js';

const KNOWN = new Map<string, LatinKnownEntry>(LATIN_KNOWN.map((e) => [e.form, e]));

/** Tokens per compromise call: large enough to amortise its per-call cost, small enough to stay linear. */
export const PIECE = 256;
/** Context on each side of a window cut inside one long sentence. */
export const OVERLAP = 16;

const SENTENCE_END = new Set(['.', '!', '?', ';', '…']);
/** DW عربية: the outlet's Arabic service (folded keys, article optional). */
const ARABIC_SERVICE = new Set(['عربيه', 'عربي']);

export function latinNames(doc: Doc): NameCandidate[] {
  const { tokens } = doc;
  const readings = readingsOf(doc);
  const out: NameCandidate[] = [];
  let needNlp = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'latin') continue;
    const low = t.text.toLowerCase();
    const known = KNOWN.get(low);
    if (known && (!known.upperOnly || t.text === t.text.toUpperCase())) {
      let end = t.end;
      // DW عربية: the outlet's Arabic service.
      const n = tokens[i + 1];
      const service = n && n.spaceBefore ? readings.match(i + 1, ARABIC_SERVICE, { proclitics: 'none', article: true }) : null;
      if (service) end = service.end;
      const c: NameCandidate = { type: known.type, start: t.start, end, source: LATIN_LIST.id, confidence: LATIN_LIST.confidence, attrs: { orgKind: known.kind } };
      if (known.canonical) c.canonical = known.canonical;
      out.push(c);
      continue;
    }
    if (/^[A-Z][a-z]{2,}/.test(t.text) && !LATIN_NOT_NAMES.has(low)) needNlp = true;
  }
  if (!needNlp) return out;
  const listed = out.slice(); // sorted by start
  let li = 0;
  const nlp = loadCompromise(); // a broken install fails the stage, with a STAGE_FAILED warning
  const text = doc.norm.text;
  for (const [a, b] of latinRuns(tokens)) {
    for (const p of pieces(tokens, a, b)) {
      const start = tokens[p.a].start;
      const seg = text.slice(start, tokens[p.b - 1].end);
      const coreStart = tokens[p.coreA].start;
      const coreEnd = p.coreB < tokens.length ? tokens[p.coreB].start : Infinity;
      while (li < listed.length && listed[li].end <= start) li++;
      const near: NameCandidate[] = [];
      for (let k = li; k < listed.length && listed[k].start < start + seg.length; k++) near.push(listed[k]);
      const found = quietly(() => {
        const d = nlp(seg);
        const views: Array<[NameCandidate['type'], Array<{ offset?: { start: number; length: number } }>]> = [
          ['person', d.people().json({ offset: true })],
          ['organization', d.organizations().json({ offset: true })],
          ['location', d.places().json({ offset: true })],
        ];
        return views;
      });
      for (const [type, ms] of found) {
        for (const m of ms) {
          if (!m.offset) continue;
          let s = start + m.offset.start;
          let e = s + m.offset.length;
          if (s < coreStart || s >= coreEnd) continue;
          while (e > s && /[\s.,;:!?'")\]]/.test(text[e - 1])) e--;
          while (s < e && /[\s'"(\[]/.test(text[s])) s++;
          const w = text.slice(s, e);
          if (e <= s || LATIN_NOT_NAMES.has(w.toLowerCase()) || !/^[A-Z]/.test(w)) continue;
          if (near.some((c) => c.start < e && s < c.end)) continue;
          const c: NameCandidate = { type, start: s, end: e, source: LATIN_COMPROMISE.id, confidence: LATIN_COMPROMISE.confidence };
          near.push(c);
          out.push(c);
        }
      }
    }
  }
  out.sort((x, y) => x.start - y.start || y.end - x.end);
  return out;
}

interface Piece {
  /** Tokens given to compromise. */
  a: number;
  b: number;
  /** Tokens whose names this piece reports. */
  coreA: number;
  coreB: number;
}

/**
 * Bounded pieces of the Latin run [a, b): whole sentences gathered up to PIECE tokens; a
 * sentence longer than that is cut into windows of PIECE tokens with OVERLAP tokens of
 * context on each side.
 */
export function* pieces(tokens: readonly TextToken[], a: number, b: number): Generator<Piece> {
  let s = a;
  while (s < b) {
    // The longest run of whole sentences from s within PIECE tokens.
    let e = s;
    let lastBoundary = -1;
    while (e < b && e - s < PIECE) {
      if (tokens[e].kind === 'punct' && SENTENCE_END.has(tokens[e].text)) lastBoundary = e + 1;
      e++;
    }
    if (e >= b) {
      yield { a: s, b, coreA: s, coreB: b };
      return;
    }
    if (lastBoundary > s) {
      yield { a: s, b: lastBoundary, coreA: s, coreB: lastBoundary };
      s = lastBoundary;
      continue;
    }
    // One sentence longer than PIECE: a window over [s, s + PIECE), with context around it.
    const coreB = s + PIECE;
    yield { a: Math.max(a, s - OVERLAP), b: Math.min(b, coreB + OVERLAP), coreA: s, coreB };
    s = coreB;
  }
}

/** Runs of Latin tokens (with the punctuation between them) on one line. */
function* latinRuns(tokens: readonly TextToken[]): Generator<[number, number]> {
  let i = 0;
  while (i < tokens.length) {
    if (tokens[i].kind !== 'latin') {
      i++;
      continue;
    }
    let j = i + 1;
    let last = i + 1;
    while (j < tokens.length && !tokens[j].newlineBefore && (tokens[j].kind === 'latin' || tokens[j].kind === 'punct' || tokens[j].kind === 'number')) {
      if (tokens[j].kind === 'latin') last = j + 1;
      j++;
    }
    yield [i, last];
    i = j;
  }
}
