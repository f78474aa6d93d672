/**
 * `npm run build-name-lexicon`: the person-name lexicon the tagger uses as features
 * (src/model/name-lexicon.tsv), so that a transliterated foreign name never seen in the
 * annotated corpora still looks like a name.
 *
 * Sources (all in ../shared/data, never copied into the repository):
 *   names-extra/wikidata-person-name-tokens.tsv  Arabic-script name tokens of Wikidata people (CC0 1.0)
 *   names-extra/wikipedia-ar2en.tsv              Arabic–Latin name transliterations (Apache-2.0)
 *   names/*.txt                                  Arabic first and family names (MIT)
 *   news-raw/ant-corpus-v1.1.jsonl               raw news, only to count how common each word is (Apache-2.0)
 *
 * Each name token is keyed exactly as the tagger keys a word (tokenInfo(token).s: the folded
 * stem, clitics and article off) and gets one class string:
 *   n1..n4  how often it names people (Wikidata count + transliteration pairs): 1, 2–4, 5–19, ≥ 20
 *   c0..c3  how common it is in running news relative to that: never seen, rarer than as a
 *           name, up to ten times as common, more common (a word like من or حسن)
 *   +f/+l   on the first-name / family-name lists
 * Deterministic: sorted keys, no randomness; the same data gives the same bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { normalizeResolved, resolveNormalizeOptions } from '../src/text/normalize.js';
import { tokenizeNormalized } from '../src/text/tokenize.js';
import { tokenInfo } from '../src/recognizers/names/features.js';
import { DATA } from './lib/ner-data.js';

const NORM = resolveNormalizeOptions(undefined);
const ARABIC_WORD = /^\p{Script=Arabic}+$/u;

/** The tagger's key of a one-word name, or null when it is not one Arabic word. */
function keyOf(word: string): string | null {
  const toks = tokenizeNormalized(normalizeResolved(word.trim(), NORM).text);
  if (toks.length !== 1 || toks[0].kind !== 'arabic') return null;
  const s = tokenInfo(toks[0]).s;
  return s.length >= 2 ? s : null;
}

function lines(file: string): string[] {
  return readFileSync(path.join(DATA, file), 'utf8').split('\n').map((l) => l.replace(/\r$/, ''));
}

export function buildNameLexicon(): string {
  const nameCount = new Map<string, number>();
  const add = (w: string, n: number) => {
    if (!ARABIC_WORD.test(w)) return;
    const k = keyOf(w);
    if (k) nameCount.set(k, (nameCount.get(k) ?? 0) + n);
  };
  for (const l of lines('names-extra/wikidata-person-name-tokens.tsv').slice(1)) {
    const [ar, , count] = l.split('\t');
    if (ar) add(ar, Number(count) || 1);
  }
  for (const l of lines('names-extra/wikipedia-ar2en.tsv').slice(1)) {
    const [ar] = l.split('\t');
    if (ar) for (const w of ar.split(/\s+/u)) add(w, 1);
  }
  const lists = new Map<string, string>();
  for (const [file, tag] of [['names/male-first-names-in-arabic.txt', 'f'], ['names/female-first-names-in-arabic.txt', 'f'], ['names/last-names-in-arabic.txt', 'l']] as const) {
    for (const l of lines(file)) {
      for (const w of l.trim().split(/\s+/u)) {
        if (!w || !ARABIC_WORD.test(w)) continue;
        const k = keyOf(w);
        if (!k) continue;
        const prev = lists.get(k) ?? '';
        if (!prev.includes(tag)) lists.set(k, prev + tag);
        if (!nameCount.has(k)) nameCount.set(k, 1);
      }
    }
  }
  // How common each key is in running news (words only, the same tokenizer).
  const newsCount = new Map<string, number>();
  for (const l of lines('news-raw/ant-corpus-v1.1.jsonl')) {
    if (!l) continue;
    const doc = JSON.parse(l) as { title?: string; text?: string };
    const text = `${doc.title ?? ''}\n${doc.text ?? ''}`;
    for (const t of tokenizeNormalized(normalizeResolved(text, NORM).text)) {
      if (t.kind !== 'arabic') continue;
      const k = tokenInfo(t).s;
      if (nameCount.has(k)) newsCount.set(k, (newsCount.get(k) ?? 0) + 1);
    }
  }
  const keys = [...nameCount.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const out: string[] = [
    '# kashif person-name lexicon: key<TAB>class. Built by scripts/build-name-lexicon.ts from Wikidata person-name tokens (CC0 1.0), Wikipedia transliteration pairs (Apache-2.0), the Arabic names lists (MIT) and word counts of the ANT news corpus (Apache-2.0). Classes: n1-n4 name frequency, c0-c3 news frequency relative to it, +f first-name list, +l family-name list.',
  ];
  for (const k of keys) {
    const n = nameCount.get(k)!;
    const f = newsCount.get(k) ?? 0;
    const nb = n >= 20 ? 4 : n >= 5 ? 3 : n >= 2 ? 2 : 1;
    const cb = f === 0 ? 0 : f < n ? 1 : f <= 10 * n ? 2 : 3;
    out.push(`${k}\tn${nb}c${cb}${lists.has(k) ? '+' + lists.get(k) : ''}`);
  }
  return out.join('\n') + '\n';
}

if (process.argv[1] && path.resolve(process.argv[1]).endsWith('build-name-lexicon.ts')) {
  const t0 = Date.now();
  const text = buildNameLexicon();
  const file = path.resolve(process.cwd(), 'src/model/name-lexicon.tsv');
  writeFileSync(file, text);
  console.log(`wrote ${file}: ${text.split('\n').length - 2} keys, ${(text.length / 1024).toFixed(0)} KB of text, in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
