/**
 * Builds src/model/words.txt: the Arabic word bodies (clitics split off, article kept) seen
 * at least twice in WikiFANE Gold (CC BY-SA 3.0), keyed with foldKey. The tokenizer uses it
 * to tell a clitic + stem (وتوكاييف) from a word that merely begins with a clitic letter
 * (وزير, فلاديمير, كريم). Deterministic: same data in, same bytes out.
 *   npm run build-lexicon
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { foldKey } from '../src/text/normalize.js';

const DATA = resolve(process.env.KASHIF_DATA ?? '../shared/data');
const OUT = resolve('src/model/words.txt');
const ARABIC_WORD = /^[\u0621-\u063a\u0641-\u064a]{2,}$/u;

const counts = new Map<string, number>();
for (const line of readFileSync(`${DATA}/wikifane/wikifane.tsv`, 'utf8').split('\n')) {
  const token = line.split('\t', 1)[0]?.trim();
  if (!token || !ARABIC_WORD.test(token)) continue;
  const key = foldKey(token);
  counts.set(key, (counts.get(key) ?? 0) + 1);
}
const words = [...counts].filter(([, n]) => n >= 2).map(([w]) => w).sort();
// One folded word body a line, sorted: a plain text file the tokenizer reads on first use.
const body = words.join('\n') + '\n';
writeFileSync(OUT, body);
console.log(`wrote ${OUT}: ${words.length} words, ${(body.length / 1024).toFixed(0)} KiB`);
