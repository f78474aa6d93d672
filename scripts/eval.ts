/**
 * `npm run eval`: per-type precision, recall, F1 (and value accuracy for dates and numbers)
 * of extract() on
 *   fixtures  — every fixtures/*.gold.json (evaluateFixture; referenceDate from the gold file)
 *   ant-gold  — the 12 real news articles of ../shared/data/ant-gold, gold in our convention
 *               (same scorer as the fixtures): a dev set, never trained on
 *   anercorp  — the contiguous dev block of ANERcorp train: its last tenth by sentence order,
 *               which follows document order (the tagger trains on the first nine tenths)
 *   wojood    — Wojood val, nested tags mapped to our types, outermost chunks (see corpora.ts)
 *   aqmar     — AQMAR dev, all 8 articles, PER/LOC/ORG (MIS* ignored)
 *   duckling  — Duckling's Arabic test vectors: pass rate per dimension (rule in corpora.ts)
 * The four dev sets are scored twice: with the tagger alone (rules and Latin-script recognisers
 * off) and with everything, so the effect of the rules is visible; a summary table ends the run.
 * Flags: --quick (at most 150 sentences per corpus, for CI), --only a,b (sections),
 *        --verbose (list misses / failures), --data DIR (default ../shared/data).
 * Writes the same figures to eval-results.json at the project root.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, basename } from 'node:path';
import { extract } from '../src/pipeline/extract.js';
import { evaluateFixture, finishScore, GoldFileSchema, type TypeScore } from '../src/eval/fixture.js';
import { readConll, type PRF } from './lib/conll.js';
import { ENTITY_TYPES, type EntityType } from '../src/schema/mention.js';
import {
  evaluateCorpus, evaluateDuckling, anercorpType, aqmarType, wojoodType, blocksOf, DOC_BLOCK,
  type CorpusResult, type DucklingRow, type DucklingVector,
} from './lib/corpora.js';
import { findRoot } from './project-root.js';
import { anercorpDevStart } from './lib/ner-data.js';
import type { ExtractOptions } from '../src/schema/options.js';

/** The two configurations every dev set is scored with. */
const CONFIGS: ReadonlyArray<{ key: 'tagger' | 'full'; label: string; options: ExtractOptions }> = [
  { key: 'tagger', label: 'tagger alone', options: { rules: false, latin: false } },
  { key: 'full', label: 'full pipeline', options: {} },
];
const NAME_LABELS = ['PER', 'ORG', 'LOC'] as const;
const FIXTURE_NAME: Record<string, string> = { person: 'PER', organization: 'ORG', location: 'LOC', date: 'DATE', number: 'NUM' };

const SECTIONS = ['fixtures', 'ant-gold', 'anercorp', 'wojood', 'aqmar', 'duckling'] as const;
type Section = (typeof SECTIONS)[number];


function parseArgs(argv: string[]) {
  const args = { quick: false, verbose: false, only: new Set<Section>(SECTIONS), data: '' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = (name: string) => (a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i] ?? '');
    if (a === '--quick') args.quick = true;
    else if (a === '--verbose' || a === '-v') args.verbose = true;
    else if (a.startsWith('--only')) {
      const list = val('--only').split(',').map((s) => s.trim()).filter(Boolean);
      const bad = list.filter((s) => !(SECTIONS as readonly string[]).includes(s));
      if (bad.length || list.length === 0) {
        console.error(`eval: --only takes ${SECTIONS.join('|')} (comma-separated), got ${bad.join(',') || 'nothing'}`);
        process.exit(2);
      }
      args.only = new Set(list as Section[]);
    } else if (a.startsWith('--data')) args.data = val('--data');
    else if (a === '--help' || a === '-h') {
      console.log('usage: npm run eval -- [--quick] [--only fixtures|anercorp|wojood|aqmar|duckling[,…]] [--verbose] [--data DIR]');
      process.exit(0);
    } else {
      console.error(`eval: unknown argument ${a}`);
      process.exit(2);
    }
  }
  return args;
}

const pct = (x: number | null) => (x === null ? '     -' : (x * 100).toFixed(1).padStart(6));

function printPrfTable(title: string, rows: Array<{ name: string; p: PRF | TypeScore; value?: number | null; n?: string }>): void {
  console.log(`\n${title}`);
  console.log(`  ${'type'.padEnd(13)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'tp'.padStart(6)} ${'fp'.padStart(6)} ${'fn'.padStart(6)} ${'value'.padStart(6)}`);
  for (const r of rows) {
    console.log(
      `  ${r.name.padEnd(13)} ${pct(r.p.precision)} ${pct(r.p.recall)} ${pct(r.p.f1)} ${String(r.p.tp).padStart(6)} ${String(r.p.fp).padStart(6)} ${String(r.p.fn).padStart(6)} ${r.value === undefined ? '      ' : pct(r.value)}${r.n ? '  ' + r.n : ''}`,
    );
  }
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

function prfJson(p: PRF | TypeScore) {
  return { precision: round(p.precision), recall: round(p.recall), f1: round(p.f1), tp: p.tp, fp: p.fp, fn: p.fn };
}

interface GoldDirScore {
  files: Array<Record<string, unknown>>;
  byType: Record<EntityType, TypeScore>;
  overall: TypeScore;
}

const emptyScore = (): TypeScore => ({ tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, f1: 0, valueAccuracy: null, valueChecked: 0, valueCorrect: 0 });

/** Score every *.gold.json of a folder (the article beside it) with evaluateFixture. */
function scoreGoldDir(dir: string, extra: ExtractOptions, verbose: boolean, print: boolean): GoldDirScore {
  const golds = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort() : [];
  const total = Object.fromEntries(ENTITY_TYPES.map((t) => [t, emptyScore()])) as Record<EntityType, TypeScore>;
  const files: Array<Record<string, unknown>> = [];
  for (const g of golds) {
    const gold = GoldFileSchema.parse(JSON.parse(readFileSync(join(dir, g), 'utf8')));
    const text = readFileSync(join(dir, gold.article), 'utf8');
    const result = extract(text, { ...extra, ...(gold.referenceDate !== null ? { referenceDate: gold.referenceDate } : {}) });
    const score = evaluateFixture(result, gold);
    for (const t of ENTITY_TYPES) {
      for (const k of ['tp', 'fp', 'fn', 'valueChecked', 'valueCorrect'] as const) total[t][k] += score.byType[t][k];
    }
    const o = score.overall;
    if (print) console.log(`  ${basename(g, '.gold.json').padEnd(36)} P ${pct(o.precision)}  R ${pct(o.recall)}  F1 ${pct(o.f1)}  values ${pct(o.valueAccuracy)}  (${result.entities.length} predicted, ${gold.mentions.length} gold)`);
    if (print && verbose) {
      for (const m of score.missed) console.log(`      missed   ${m.type.padEnd(12)} ${m.start} ${m.text}`);
      for (const m of score.spurious) console.log(`      spurious ${m.type.padEnd(12)} ${m.start} ${m.text} (${m.source})`);
      for (const m of score.wrongValues) console.log(`      value    ${m.type.padEnd(12)} ${m.start} ${m.text}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.got)}`);
    }
    files.push({ file: g, overall: { ...prfJson(o), valueAccuracy: o.valueAccuracy }, byType: Object.fromEntries(ENTITY_TYPES.map((t) => [t, { ...prfJson(score.byType[t]), valueAccuracy: score.byType[t].valueAccuracy }])), clusterErrors: score.clusterErrors, clusterPairs: score.clusterPairs });
  }
  const overall = emptyScore();
  for (const t of ENTITY_TYPES) {
    finishScore(total[t]);
    for (const k of ['tp', 'fp', 'fn', 'valueChecked', 'valueCorrect'] as const) overall[k] += total[t][k];
  }
  finishScore(overall);
  return { files, byType: total, overall };
}

/** Micro P/R/F1 over the name types of a per-type table. */
function nameMicro(byType: Record<string, PRF | TypeScore>, labels: Record<string, string> | null): PRF {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [t, p] of Object.entries(byType)) {
    const l = labels ? labels[t] : t;
    if (!l || !(NAME_LABELS as readonly string[]).includes(l)) continue;
    tp += p.tp;
    fp += p.fp;
    fn += p.fn;
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { tp, fp, fn, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

interface SummaryRow {
  set: string;
  config: string;
  per: Record<string, PRF | TypeScore>;
  names: PRF;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const root = findRoot();
  const dataDir = resolve(args.data || join(root, '..', 'shared', 'data'));
  const haveData = existsSync(dataDir);
  const results: Record<string, unknown> = { quick: args.quick, dataDir: haveData ? dataDir : null };
  const summary: SummaryRow[] = [];
  const t0 = performance.now();
  console.log(`kashif eval${args.quick ? ' (quick)' : ''} — sections: ${[...args.only].join(', ')}`);
  if (!haveData) console.log(`Shared data not found at ${dataDir}: evaluating the fixtures only.`);

  const goldDirReport = (key: 'fixtures' | 'ant-gold', title: string, dir: string, configs: typeof CONFIGS) => {
    const out: Record<string, unknown> = {};
    for (const cfg of configs) {
      console.log(`\n${title}${configs.length > 1 ? `, ${cfg.label}` : ''}`);
      const r = scoreGoldDir(dir, cfg.options, args.verbose, true);
      printPrfTable(`${title}${configs.length > 1 ? `, ${cfg.label}` : ''}, all files`, [...ENTITY_TYPES.map((t) => ({ name: t, p: r.byType[t], value: t === 'date' || t === 'number' ? r.byType[t].valueAccuracy : undefined })), { name: 'overall', p: r.overall, value: r.overall.valueAccuracy }]);
      const per = Object.fromEntries(Object.entries(r.byType).map(([t, p]) => [FIXTURE_NAME[t] ?? t.toUpperCase(), p]));
      summary.push({ set: title, config: cfg.key, per, names: nameMicro(per, null) });
      out[cfg.key] = {
        files: r.files,
        byType: Object.fromEntries(ENTITY_TYPES.map((t) => [t, { ...prfJson(r.byType[t]), valueAccuracy: r.byType[t].valueAccuracy }])),
        overall: { ...prfJson(r.overall), valueAccuracy: r.overall.valueAccuracy },
      };
    }
    results[key] = configs.length > 1 ? out : out[configs[0].key];
  };

  // (a) fixtures: written for this project, so only the full pipeline is reported -----------
  if (args.only.has('fixtures')) goldDirReport('fixtures', 'Fixtures', join(root, 'fixtures'), CONFIGS.filter((c) => c.key === 'full'));

  // (b) ant-gold: real news nobody here wrote, in our convention -----------------------------
  if (haveData && args.only.has('ant-gold')) goldDirReport('ant-gold', 'ant-gold (12 real news articles)', join(dataDir, 'ant-gold'), CONFIGS);

  // (c–e) CoNLL corpora ---------------------------------------------------------------------
  const limit = args.quick ? 150 : Infinity;
  const corpusReport = (key: string, make: (options: ExtractOptions) => CorpusResult, note: string) => {
    const out: Record<string, unknown> = {};
    for (const cfg of CONFIGS) {
      const r = make(cfg.options);
      printPrfTable(`${r.name}, ${cfg.label}: ${r.sentences} sentences, ${r.tokens} tokens, ${(r.ms / 1000).toFixed(1)} s — ${note}`, [
        ...Object.entries(r.scores.byType).map(([t, p]) => ({ name: t, p })),
        { name: 'overall', p: r.scores.overall },
      ]);
      summary.push({ set: r.name, config: cfg.key, per: r.scores.byType, names: nameMicro(r.scores.byType, null) });
      out[cfg.key] = { sentences: r.sentences, tokens: r.tokens, byType: Object.fromEntries(Object.entries(r.scores.byType).map(([t, p]) => [t, prfJson(p)])), overall: prfJson(r.scores.overall) };
    }
    results[key] = { note, ...out };
  };
  const tryCorpus = (key: Section, fn: () => void) => {
    if (!haveData || !args.only.has(key)) return;
    try {
      fn();
    } catch (e) {
      console.log(`\n${key}: skipped (${(e as Error).message})`);
      results[key] = { error: (e as Error).message };
    }
  };

  tryCorpus('anercorp', () => {
    const all = readConll(join(dataDir, 'anercorp', 'train.txt'));
    const from = anercorpDevStart(all.length);
    const dev = all.slice(from, args.quick ? from + limit : all.length);
    corpusReport('anercorp', (options) => evaluateCorpus({ name: `ANERcorp dev block (sentences ${from}–${from + dev.length - 1})`, sentences: dev, documents: blocksOf(dev.length, DOC_BLOCK), mapType: anercorpType, labels: ['PER', 'ORG', 'LOC'], options: { referenceDate: '2007-01-01', ...options } }), `PERS→PER, ORG, LOC; MISC dropped; documents of ${DOC_BLOCK} consecutive sentences`);
  });
  tryCorpus('wojood', () => {
    const val = readConll(join(dataDir, 'wojood-sample', 'val.txt')).slice(0, limit);
    corpusReport('wojood', (options) => evaluateCorpus({ name: 'Wojood val', sentences: val, documents: blocksOf(val.length, DOC_BLOCK), mapType: wojoodType, nested: true, labels: ['PER', 'ORG', 'LOC', 'DATE', 'NUM'], options: { referenceDate: '2022-01-01', ...options } }), `PERS→PER, ORG, GPE/LOC/FAC→LOC, DATE, CARDINAL/ORDINAL/PERCENT/MONEY/QUANTITY→NUM; outermost chunks; documents of ${DOC_BLOCK} consecutive sentences`);
  });
  tryCorpus('aqmar', () => {
    const dir = join(dataDir, 'aqmar-dev');
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    const articles = files.map((f) => readConll(join(dir, f)).slice(0, args.quick ? 20 : Infinity));
    const sents = articles.flat();
    corpusReport('aqmar', (options) => evaluateCorpus({ name: `AQMAR dev (${files.length} articles)`, sentences: sents, documents: articles.map((a) => a.length), mapType: aqmarType, labels: ['PER', 'ORG', 'LOC'], options: { referenceDate: '2012-01-01', ...options } }), 'PER, ORG, LOC; MIS0–3 ignored; one extract per article');
  });

  // (f) Duckling ---------------------------------------------------------------------------
  tryCorpus('duckling', () => {
    const dir = join(dataDir, 'duckling-ar');
    const plan: Array<[string, string[]]> = [
      ['Numeral_AR.json', ['number']],
      ['Numeral_AR_EG.json', ['number']],
      ['Ordinal_AR.json', ['ordinal']],
      ['AmountOfMoney_AR.json', ['money']],
      ['Time_AR.json', ['date', 'datetime', 'daterange', 'datetimerange', 'temporal']],
    ];
    const rows: DucklingRow[] = [];
    for (const [file, dims] of plan) {
      const p = join(dir, file);
      if (!existsSync(p)) continue;
      const vectors = (JSON.parse(readFileSync(p, 'utf8')) as { vectors: DucklingVector[] }).vectors;
      rows.push(...evaluateDuckling(file, vectors, dims));
    }
    console.log('\nDuckling vectors (referenceDate 2013-02-12T04:30, forwardDates): a vector passes when one mention of the right type covers the text with the expected value');
    console.log(`  ${'file'.padEnd(22)} ${'dimension'.padEnd(20)} ${'pass'.padStart(5)} ${'total'.padStart(6)} ${'rate'.padStart(6)}`);
    for (const r of rows) {
      console.log(`  ${r.file.padEnd(22)} ${r.dimension.padEnd(20)} ${String(r.passed).padStart(5)} ${String(r.total).padStart(6)} ${pct(r.total ? r.passed / r.total : null)}`);
      if (args.verbose) for (const f of r.failures.slice(0, 15)) console.log(`      ✗ ${f.text}  expected ${JSON.stringify(f.expected)}  got ${JSON.stringify(f.got)}`);
    }
    const passed = rows.reduce((a, r) => a + r.passed, 0);
    const total = rows.reduce((a, r) => a + r.total, 0);
    console.log(`  ${'all'.padEnd(22)} ${''.padEnd(20)} ${String(passed).padStart(5)} ${String(total).padStart(6)} ${pct(total ? passed / total : null)}`);
    results.duckling = {
      referenceDate: '2013-02-12T04:30',
      forwardDates: true,
      rows: rows.map((r) => ({ file: r.file, dimension: r.dimension, passed: r.passed, total: r.total, rate: r.total ? round(r.passed / r.total) : null })),
      passed,
      total,
    };
  });

  // Summary: names F1 per dev set, tagger alone and full ------------------------------------
  if (summary.length) {
    console.log('\nSummary: F1 per type (exact match), and micro P / R / F1 over PER+ORG+LOC');
    console.log(`  ${'set'.padEnd(58)} ${'config'.padEnd(7)} ${'PER'.padStart(6)} ${'ORG'.padStart(6)} ${'LOC'.padStart(6)} ${'DATE'.padStart(6)} ${'NUM'.padStart(6)}   names P / R / F1`);
    for (const r of summary) {
      const f = (l: string) => (r.per[l] ? pct(r.per[l].f1) : '     -');
      console.log(`  ${r.set.slice(0, 58).padEnd(58)} ${r.config.padEnd(7)} ${f('PER')} ${f('ORG')} ${f('LOC')} ${f('DATE')} ${f('NUM')}   ${pct(r.names.precision)} /${pct(r.names.recall)} /${pct(r.names.f1)}`);
    }
    results.summary = summary.map((r) => ({ set: r.set, config: r.config, names: prfJson(r.names), byType: Object.fromEntries(Object.entries(r.per).map(([t, p]) => [t, prfJson(p)])) }));
  }

  const out = join(root, 'eval-results.json');
  writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
  console.log(`\nDone in ${((performance.now() - t0) / 1000).toFixed(1)} s. Figures written to ${out}`);
}

main();
