/**
 * Build src/model/clusters.tsv: distributional word classes for the name tagger, learnt by the
 * exchange algorithm (scripts/clusters/exchange.ts) from raw text, keyed as the tagger keys
 * words (scripts/clusters/keys.ts).
 *
 * Text: ANT corpus v1.1 (news-raw, title + text), ANERcorp train less its last tenth by
 * sentence order (the contiguous dev block), WikiFANE Gold (its split tokens as they are),
 * Wojood sample train. Never AQMAR dev, Wojood val, ant-gold or the ANERcorp last tenth.
 *
 *   npm run build-clusters                   build and write src/model/clusters.tsv
 *   npm run build-clusters -- --out FILE     write elsewhere (determinism checks)
 *   npm run build-clusters -- --no-eval      skip the coverage / purity report
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readConll } from './lib/conll.js';
import { anercorpDevStart } from './lib/ner-data.js';
import { parseClusters } from '../src/recognizers/names/clusters.js';
import { exchangeClusters, formatTable, type ExchangeOptions, type ClusterTable } from './clusters/exchange.js';
import { keyText, type KeyedSentence } from './clusters/keys.js';

const DATA = path.resolve(process.cwd(), '../shared/data');
const OUT_DEFAULT = path.resolve(process.cwd(), 'src/model/clusters.tsv');

export const OPTIONS: ExchangeOptions = {
  coarse: 64,
  branches: [4, 4],
  minCount: 2,
  minExtraCount: 8,
  passes: 25,
  finePasses: 12,
  seed: 20261201,
};


interface Source {
  name: string;
  sentences: KeyedSentence[];
}

function loadSources(): Source[] {
  const t0 = Date.now();
  const ant: KeyedSentence[] = [];
  for (const line of readFileSync(path.join(DATA, 'news-raw/ant-corpus-v1.1.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const a = JSON.parse(line) as { title?: string; text?: string };
    ant.push(...keyText(`${a.title ?? ''}\n${a.text ?? ''}`, true));
  }
  const aner = readConll(path.join(DATA, 'anercorp/train.txt'));
  const anerTrain = aner.slice(0, anercorpDevStart(aner.length)).flatMap((s) => keyText(s.tokens.join(' '), false));
  const wiki = readConll(path.join(DATA, 'wikifane/wikifane.tsv'), { maxTags: 1 }).flatMap((s) => keyText(s.tokens.join(' '), false));
  const woj = readConll(path.join(DATA, 'wojood-sample/train.txt')).flatMap((s) => keyText(s.tokens.join(' '), false));
  const out = [
    { name: 'ant-corpus-v1.1', sentences: ant },
    { name: `anercorp-train[0,${anercorpDevStart(aner.length)})`, sentences: anerTrain },
    { name: 'wikifane', sentences: wiki },
    { name: 'wojood-train', sentences: woj },
  ];
  for (const s of out) console.log(`  ${s.name}: ${s.sentences.length} sentences, ${s.sentences.reduce((n, x) => n + x.units.length, 0)} tokens`);
  console.log(`read and tokenised in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return out;
}

function describe(sources: Source[], o: ExchangeOptions, table: ClusterTable): string {
  return (
    `# kashif word classes (scripts/build-clusters.ts): exchange algorithm, class bigram ML (Martin, Liermann & Ney 1998), ` +
    `nested ${table.sizes.join('/')} (coarse full exchange, then each class split in ${o.branches.join(', ')} within its parent); ` +
    `key = folded stem tokenInfo(t).s, plus folded whole word tokenInfo(t).w when it differs (count >= ${o.minExtraCount}, placed by its contexts); ` +
    `units count >= ${o.minCount}, passes ${o.passes}/${o.finePasses}, seed ${o.seed}; ` +
    `sources: ${sources.map((s) => s.name).join(', ')} (ANT Apache-2.0, ANERcorp CC BY-SA 4.0, WikiFANE CC BY-SA 3.0, Wojood MIT); ` +
    `${table.stats.units} stems + ${table.stats.extras} whole words from ${table.stats.tokens} tokens; columns key, c${table.sizes.join(', c')}`
  );
}

// ---- evaluation: coverage of dev name tokens, purity on ANERcorp train -------------------

const NAME_TYPE: Record<string, string> = { PERS: 'PER', PER: 'PER', ORG: 'ORG', LOC: 'LOC', GPE: 'LOC' };

function conllNameType(tag: string): string {
  if (tag === 'O') return 'O';
  return NAME_TYPE[tag.slice(2)] ?? 'O';
}

/** Stem keys of corpus words with their gold type (Arabic tokens only). */
function labelledKeys(sentences: { tokens: string[]; tags: string[][] }[]): Array<{ s: string; w: string; y: string }> {
  const out: Array<{ s: string; w: string; y: string }> = [];
  for (const sen of sentences) {
    sen.tokens.forEach((word, i) => {
      // Nested corpora: the first name-typed tag of the token.
      const y = sen.tags[i].map(conllNameType).find((t) => t !== 'O') ?? 'O';
      for (const k of keyText(word, false)) {
        k.units.forEach((u, j) => {
          if (!u.startsWith('<')) out.push({ s: u, w: k.extras[j] || u, y });
        });
      }
    });
  }
  return out;
}

function antGoldKeys(): Array<{ s: string; w: string; y: string }> {
  const dir = path.join(DATA, 'ant-gold');
  const out: Array<{ s: string; w: string; y: string }> = [];
  const TYPE: Record<string, string> = { person: 'PER', organization: 'ORG', location: 'LOC' };
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.gold.json')).sort()) {
    const gold = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { article: string; mentions: { type: string; start: number; end: number }[] };
    const text = readFileSync(path.join(dir, gold.article), 'utf8');
    for (const m of gold.mentions) {
      const y = TYPE[m.type];
      if (!y) continue;
      for (const k of keyText(text.slice(m.start, m.end), false)) {
        k.units.forEach((u, j) => {
          if (!u.startsWith('<')) out.push({ s: u, w: k.extras[j] || u, y });
        });
      }
    }
  }
  return out;
}

function pct(a: number, b: number): string {
  return b === 0 ? '-' : ((100 * a) / b).toFixed(1) + '%';
}

function coverage(name: string, keys: Array<{ s: string; w: string; y: string }>, table: Map<string, Uint16Array>): void {
  const names = keys.filter((k) => k.y !== 'O');
  const stemHit = names.filter((k) => table.has(k.s)).length;
  const anyHit = names.filter((k) => table.has(k.s) || table.has(k.w)).length;
  const all = keys.filter((k) => table.has(k.s)).length;
  const byType = ['PER', 'ORG', 'LOC']
    .map((t) => {
      const x = names.filter((k) => k.y === t);
      return `${t} ${pct(x.filter((k) => table.has(k.s)).length, x.length)}`;
    })
    .join(', ');
  console.log(`  ${name}: name tokens ${names.length}, stem in table ${pct(stemHit, names.length)} (${byType}), stem or whole word ${pct(anyHit, names.length)}; all Arabic tokens ${pct(all, keys.length)}`);
}

function purity(keys: Array<{ s: string; y: string }>, table: Map<string, Uint16Array>, levels: number): void {
  const labels = ['O', 'PER', 'ORG', 'LOC'];
  const entropy = (cnt: number[]): number => {
    const n = cnt.reduce((a, b) => a + b, 0);
    return cnt.reduce((h, c) => (c ? h - (c / n) * Math.log2(c / n) : h), 0);
  };
  const covered = keys.filter((k) => table.has(k.s));
  const prior = labels.map((l) => covered.filter((k) => k.y === l).length);
  const priorNames = prior.slice(1);
  console.log(`  covered tokens ${covered.length} of ${keys.length}; majority-label baseline ${pct(Math.max(...prior), covered.length)}, H(label) ${entropy(prior).toFixed(3)} bits; names only: majority ${pct(Math.max(...priorNames), priorNames.reduce((a, b) => a + b, 0))}, H ${entropy(priorNames).toFixed(3)}`);
  for (let l = 0; l < levels; l++) {
    const byClass = new Map<number, number[]>();
    for (const k of covered) {
      const c = table.get(k.s)![l];
      let a = byClass.get(c);
      if (!a) byClass.set(c, (a = [0, 0, 0, 0]));
      a[labels.indexOf(k.y)]++;
    }
    let pur = 0;
    let purNames = 0;
    let nNames = 0;
    let hCond = 0;
    let hCondNames = 0;
    for (const a of byClass.values()) {
      const n = a[0] + a[1] + a[2] + a[3];
      const nn = a[1] + a[2] + a[3];
      pur += Math.max(...a);
      purNames += Math.max(a[1], a[2], a[3]);
      nNames += nn;
      hCond += (n / covered.length) * entropy(a);
      if (nn) hCondNames += nn * entropy(a.slice(1));
    }
    console.log(`  level ${l + 1} (${byClass.size} classes used): purity ${pct(pur, covered.length)}, H(label|class) ${hCond.toFixed(3)} bits; names only: purity ${pct(purNames, nNames)}, H ${(hCondNames / nNames).toFixed(3)}`);
  }
}

function evaluate(table: Map<string, Uint16Array>, levels: number): void {
  const aner = readConll(path.join(DATA, 'anercorp/train.txt'));
  const start = anercorpDevStart(aner.length);
  console.log('\nCoverage of dev name tokens (tokens of PER/ORG/LOC mentions whose key is in the table):');
  coverage('anercorp last tenth', labelledKeys(aner.slice(start)), table);
  const aqmarDir = path.join(DATA, 'aqmar-dev');
  coverage('aqmar dev', labelledKeys(readdirSync(aqmarDir).filter((f) => f.endsWith('.txt')).sort().flatMap((f) => readConll(path.join(aqmarDir, f), { maxTags: 1 }))), table);
  coverage('wojood val', labelledKeys(readConll(path.join(DATA, 'wojood-sample/val.txt'))), table);
  coverage('ant-gold', antGoldKeys(), table);
  console.log('\nPurity w.r.t. gold PER/ORG/LOC/O on ANERcorp train (less the dev tenth), by stem key:');
  purity(labelledKeys(aner.slice(0, start)), table, levels);
}

function samples(table: Map<string, Uint16Array>, entries: ClusterTable['entries'], counts: Map<string, number>): void {
  console.log('\nSamples (the most frequent words sharing the probe word\'s class at each level):');
  for (const probe of ['تونس', 'محمد', 'وزاره', 'قال', 'ميسي', 'ترامب', 'النهضه', 'جانفي']) {
    const ids = table.get(probe);
    if (!ids) {
      console.log(`  ${probe}: not in the table`);
      continue;
    }
    for (let l = 0; l < ids.length; l++) {
      const same = entries.filter(([, x]) => x[l] === ids[l]).map(([k]) => k);
      same.sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
      console.log(`  ${probe} c${l + 1}=${ids[l]} (${same.length} words): ${same.slice(0, 14).join(' ')}`);
    }
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const outIdx = args.indexOf('--out');
  const out = outIdx >= 0 ? path.resolve(args[outIdx + 1]) : OUT_DEFAULT;
  const t0 = Date.now();
  const sources = loadSources();
  const all = sources.flatMap((s) => s.sentences);
  const table = exchangeClusters(
    { sentences: all.map((s) => s.units), extras: all.map((s) => s.extras) },
    { ...OPTIONS, log: (l) => console.log(`  [${((Date.now() - t0) / 1000).toFixed(0)} s] ${l}`) },
  );
  const text = formatTable(table, describe(sources, OPTIONS, table));
  writeFileSync(out, text);
  console.log(`wrote ${out}: ${table.entries.length} keys (${table.stats.units} stems + ${table.stats.extras} whole words), ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB, in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  if (args.includes('--no-eval')) return;
  const parsed = parseClusters(text);
  const counts = new Map<string, number>();
  for (const s of all) {
    for (const u of s.units) counts.set(u, (counts.get(u) ?? 0) + 1);
    for (const e of s.extras) if (e) counts.set(e, (counts.get(e) ?? 0) + 1);
  }
  samples(parsed, table.entries, counts);
  evaluate(parsed, table.sizes.length);
}

main();
