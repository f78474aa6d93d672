/**
 * Ablation of the name rule families on the dev sets: each family of NAME_RULES and
 * NAME_PASSES (the `family` field) is switched off in turn, with the tagger on, and the
 * micro F1 over PER+ORG+LOC is compared with the full pipeline on each dev set (ant-gold,
 * ANERcorp's contiguous dev block, Wojood val, AQMAR dev). A family whose removal raises F1
 * on the corpora costs more than it brings there.
 *
 *   npm run ablate [-- --quick]      (--quick: the first 150 sentences per corpus, 20 per AQMAR article)
 *
 * The corpora are read as scripts/eval.ts reads them: AQMAR one extract per article, ANERcorp
 * and Wojood in documents of 25 consecutive sentences.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractOptions } from '../src/schema/options.js';
import type { EntityType } from '../src/schema/mention.js';
import { extractWithStages } from '../src/pipeline/extract.js';
import { STAGES } from '../src/pipeline/stages.js';
import type { Stage } from '../src/pipeline/stage.js';
import { createNamesStage } from '../src/recognizers/names/index.js';
import { NAME_RULES } from '../src/recognizers/names/rules.js';
import { NAME_PASSES } from '../src/recognizers/names/sources.js';
import { GoldFileSchema, evaluateFixture } from '../src/eval/fixture.js';
import { readConll, type ConllSentence } from './lib/conll.js';
import { anercorpType, aqmarType, wojoodType, blocksOf, evaluateCorpus, DOC_BLOCK } from './lib/corpora.js';
import { anercorpDevStart } from './lib/ner-data.js';

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const f1 = (c: Counts) => (c.tp === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn));
const NAME_TYPES: readonly EntityType[] = ['person', 'organization', 'location'];

interface DevSet {
  name: string;
  score(stages: readonly Stage[]): Counts;
}

function goldDir(name: string, dir: string): DevSet {
  const files = readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort().map((g) => GoldFileSchema.parse(JSON.parse(readFileSync(join(dir, g), 'utf8'))));
  const texts = files.map((g) => readFileSync(join(dir, g.article), 'utf8'));
  return {
    name,
    score(stages) {
      const c: Counts = { tp: 0, fp: 0, fn: 0 };
      files.forEach((gold, k) => {
        const result = extractWithStages(stages, texts[k], gold.referenceDate !== null ? { referenceDate: gold.referenceDate } : {}).result;
        const s = evaluateFixture(result, gold);
        for (const t of NAME_TYPES) {
          c.tp += s.byType[t].tp;
          c.fp += s.byType[t].fp;
          c.fn += s.byType[t].fn;
        }
      });
      return c;
    },
  };
}

/** A corpus read exactly as the eval reads it (evaluateCorpus), through the given stages. */
function corpus(name: string, sentences: ConllSentence[], documents: readonly number[], mapType: (t: string) => string | null, nested: boolean, options: ExtractOptions): DevSet {
  return {
    name,
    score(stages) {
      const run = (text: string, o?: ExtractOptions) => extractWithStages(stages, text, o).result;
      const o = evaluateCorpus({ name, sentences, documents, mapType, nested, labels: ['PER', 'ORG', 'LOC'], options, run }).scores.overall;
      return { tp: o.tp, fp: o.fp, fn: o.fn };
    },
  };
}

function main(): void {
  const quick = process.argv.includes('--quick');
  const limit = quick ? 150 : Infinity;
  const data = join(process.cwd(), '..', 'shared', 'data');
  if (!existsSync(data)) {
    console.log(`no shared data at ${data}`);
    return;
  }
  const sets: DevSet[] = [goldDir('ant-gold', join(data, 'ant-gold'))];
  const aner = readConll(join(data, 'anercorp', 'train.txt'));
  const from = anercorpDevStart(aner.length);
  const dev = aner.slice(from, Math.min(aner.length, from + limit));
  sets.push(corpus('ANERcorp dev', dev, blocksOf(dev.length, DOC_BLOCK), anercorpType, false, { referenceDate: '2007-01-01' }));
  const val = readConll(join(data, 'wojood-sample', 'val.txt')).slice(0, limit);
  sets.push(corpus('Wojood val', val, blocksOf(val.length, DOC_BLOCK), wojoodType, true, { referenceDate: '2022-01-01' }));
  const aq = join(data, 'aqmar-dev');
  const articles = readdirSync(aq).filter((f) => f.endsWith('.txt')).sort().map((f) => readConll(join(aq, f)).slice(0, quick ? 20 : Infinity));
  sets.push(corpus('AQMAR dev', articles.flat(), articles.map((a) => a.length), aqmarType, false, { referenceDate: '2012-01-01' }));

  const withNames = (disabled: ReadonlySet<string>) => STAGES.map((s) => (s.name === 'names' ? createNamesStage(disabled) : s));
  const families = [...new Set([...NAME_RULES, ...NAME_PASSES].map((r) => r.family))];
  const base = sets.map((s) => f1(s.score(STAGES)));
  const noRules = sets.map((s) => f1(s.score(withNames(new Set(families)))));
  const col = (s: string) => s.padStart(14);
  console.log(`Ablation of the name rule families (tagger on): micro F1 over PER+ORG+LOC, Δ = F1 without the family − F1 with all${quick ? ' (quick)' : ''}`);
  console.log(`  ${'family'.padEnd(16)}${sets.map((s) => col(s.name)).join('')}${col('mean Δ')}`);
  console.log(`  ${'(all on)'.padEnd(16)}${base.map((x) => col((100 * x).toFixed(1))).join('')}`);
  const row = (label: string, scores: number[]) => {
    const d = scores.map((x, k) => 100 * (x - base[k]));
    console.log(`  ${label.padEnd(16)}${d.map((x) => col((x >= 0 ? '+' : '') + x.toFixed(2))).join('')}${col(((x) => (x >= 0 ? '+' : '') + x.toFixed(2))(d.reduce((a, b) => a + b, 0) / d.length))}`);
  };
  for (const fam of families) row(fam, sets.map((s) => f1(s.score(withNames(new Set([fam]))))));
  row('(every family)', noRules);
}

main();
