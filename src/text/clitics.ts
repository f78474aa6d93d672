/**
 * Clitic analysis of one normalised Arabic word. A proclitic is split only when what is left
 * is a plausible word: the whole word is not itself a known word (وزير, ولي, كريم stay whole),
 * and either the remainder is known, begins with the article, or the proclitic is the
 * conjunction و/ف before a longer unknown word (وتوكاييف). Prepositions before an unknown
 * word are not split (بلينكن stays whole).
 */
import { foldKey } from './normalize.js';
import { ENCLITICS as ENCLITIC_TABLE, analysisLetters, procliticForms } from '../lexicon/proclitics.js';

export interface CliticAnalysis {
  /** Length of the proclitic part (code units of the normalised word). */
  prefixLength: number;
  proclitics: string[];
  article: boolean;
  /** Length of the enclitic at the end (0 when none). */
  suffixLength: number;
  enclitic: string | null;
}

const NONE: CliticAnalysis = Object.freeze({ prefixLength: 0, proclitics: [], article: false, suffixLength: 0, enclitic: null }) as CliticAnalysis;
// From the one proclitic table (src/lexicon/proclitics.ts), context `analysis`.
const CONJ = analysisLetters('conjunction');
const PREP = analysisLetters('preposition');
const FUTURE = analysisLetters('future');
/** Two-letter combinations the analysis may split (وب, وس …). */
const PAIRS = new Set(procliticForms('analysis').filter((f) => f.length === 2));
const ENCLITICS = ENCLITIC_TABLE.map((e) => e.form);


function startsWithArticle(s: string): boolean {
  return s.length > 3 && s.charCodeAt(0) === 0x0627 && s.charCodeAt(1) === 0x0644; // ال
}

/** Analyse `word` against `words`, the folded word list of the model the document is read with. */
export function analyzeClitics(word: string, words: ReadonlySet<string>): CliticAnalysis {
  const known = (body: string) => words.has(foldKey(body));
  if (word.length < 3 || known(word)) return withArticle(word, 0, [], word, known) ?? NONE;
  let best: { len: number; clitics: string[]; body: string; score: number } | null = null;
  const consider = (len: number, clitics: string[]) => {
    const body = word.slice(len);
    if (body.length < 2) return;
    let score = 0;
    if (known(body)) score = 3;
    else if (startsWithArticle(body)) score = 2;
    else if (body.length >= 3 && clitics.length === 1 && CONJ.has(clitics[0])) score = 1;
    else if (body.length >= 3 && clitics.length === 2 && CONJ.has(clitics[0]) && FUTURE.has(clitics[1])) score = 1;
    if (score > 0 && (!best || score > best.score || (score === best.score && len > best.len))) best = { len, clitics, body, score };
  };
  const c0 = word[0];
  const c1 = word[1];
  if (CONJ.has(c0)) {
    consider(1, [c0]);
    if (PAIRS.has(c0 + c1)) consider(2, [c0, c1]);
  }
  if (PREP.has(c0)) consider(1, [c0]);
  if (FUTURE.has(c0) && word.length > 4) {
    const body = word.slice(1);
    if (known(body) && /^[يتنا]/u.test(body)) consider(1, ['س']);
  }
  const b = best as { len: number; clitics: string[]; body: string } | null;
  if (!b) return withArticle(word, 0, [], word, known) ?? withEnclitic(word, known) ?? NONE;
  return withArticle(word, b.len, b.clitics, b.body, known) ?? { prefixLength: b.len, proclitics: b.clitics, article: false, suffixLength: 0, enclitic: null };
}

/** ل + ال is written لل: the body keeps one ل (للكرملين → ل + لكرملين, article). */
function withArticle(word: string, len: number, clitics: string[], body: string, known: (body: string) => boolean): CliticAnalysis | null {
  if (startsWithArticle(body)) return { prefixLength: len, proclitics: clitics, article: true, suffixLength: 0, enclitic: null };
  if (clitics.length > 0 && clitics[clitics.length - 1] === 'ل' && body.length > 3 && body[0] === 'ل' && known('ال' + body.slice(1))) {
    return { prefixLength: len, proclitics: clitics, article: true, suffixLength: 0, enclitic: null };
  }
  // Almost every word that begins with لل is ل + ال (للغاية, للبنتاغون).
  if (body.length >= 4 && body[0] === 'ل' && body[1] === 'ل') {
    return { prefixLength: len + 1, proclitics: [...clitics, 'ل'], article: true, suffixLength: 0, enclitic: null };
  }
  return null;
}

function withEnclitic(word: string, known: (body: string) => boolean): CliticAnalysis | null {
  for (const e of ENCLITICS) {
    if (word.length - e.length < 3 || !word.endsWith(e)) continue;
    const stem = word.slice(0, word.length - e.length);
    if (known(stem) || known(stem + 'ة') || (stem.endsWith('ت') && known(stem.slice(0, -1) + 'ة'))) {
      return { prefixLength: 0, proclitics: [], article: false, suffixLength: e.length, enclitic: e };
    }
  }
  return null;
}
