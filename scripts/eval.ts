/**
 * `npm run eval`: per-type precision, recall, F1 (and value accuracy for dates and numbers)
 * of extract() on
 *   fixtures  — every fixtures/*.gold.json (evaluateFixture; referenceDate from the gold file)
 *   anercorp  — the fixed dev tenth of ANERcorp train: sentence i (0-based, file order) is dev
 *               when i % 10 === 9 (the tagger trains on the rest)
 *   wojood    — Wojood val, nested tags mapped to our types, outermost chunks (see corpora.ts)
 *   aqmar     — AQMAR dev, all 8 articles, PER/LOC/ORG (MIS* ignored)
 *   duckling  — Duckling's Arabic test vectors: pass rate per dimension (rule in corpora.ts)
 * Flags: --quick (at most 150 sentences per corpus, for CI), --only a,b (sections),
 *        --verbose (list misses / failures), --data DIR (default ../shared/data).
 * Writes the same figures to eval-results.json at the project root.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, basename } from 'node:path';
import { extract } from '../src/pipeline/extract.js';
import { evaluateFixture, finishScore, GoldFileSchema, type TypeScore } from '../src/eval/fixture.js';
import { readConll, type PRF } from '../src/eval/conll.js';
import { ENTITY_TYPES, type EntityType } from '../src/schema/mention.js';
import {
  evaluateCorpus, evaluateDuckling, anercorpType, aqmarType, wojoodType, subsample,
  type CorpusResult, type DucklingRow, type DucklingVector,
} from '../src/eval/corpora.js';
import { findRoot } from './project-root.js';

const SECTIONS = ['fixtures', 'anercorp', 'wojood', 'aqmar', 'duckling'] as const;
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

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const root = findRoot();
  const dataDir = resolve(args.data || process.env.KASHIF_DATA || join(root, '..', 'shared', 'data'));
  const haveData = existsSync(dataDir);
  const results: Record<string, unknown> = { generatedAt: new Date().toISOString(), quick: args.quick, dataDir: haveData ? dataDir : null };
  const t0 = performance.now();
  console.log(`kashif eval${args.quick ? ' (quick)' : ''} — sections: ${[...args.only].join(', ')}`);
  if (!haveData) console.log(`Shared data not found at ${dataDir}: evaluating the fixtures only.`);

  // (a) fixtures ------------------------------------------------------------------------
  if (args.only.has('fixtures')) {
    const dir = join(root, 'fixtures');
    const golds = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort() : [];
    const total = Object.fromEntries(ENTITY_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0, valueChecked: 0, valueCorrect: 0 } as TypeScore])) as Record<EntityType, TypeScore>;
    const perFile: Array<Record<string, unknown>> = [];
    console.log(`\nFixtures (${golds.length} gold files)`);
    for (const g of golds) {
      const gold = GoldFileSchema.parse(JSON.parse(readFileSync(join(dir, g), 'utf8')));
      const text = readFileSync(join(dir, gold.article), 'utf8');
      const result = extract(text, gold.referenceDate !== null ? { referenceDate: gold.referenceDate } : {});
      const score = evaluateFixture(result, gold);
      for (const t of ENTITY_TYPES) {
        for (const k of ['tp', 'fp', 'fn', 'valueChecked', 'valueCorrect'] as const) total[t][k] += score.byType[t][k];
      }
      const o = score.overall;
      console.log(`  ${basename(g, '.gold.json').padEnd(36)} P ${pct(o.precision)}  R ${pct(o.recall)}  F1 ${pct(o.f1)}  values ${pct(o.valueAccuracy)}  (${result.entities.length} predicted, ${gold.mentions.length} gold)`);
      if (args.verbose) {
        for (const m of score.missed) console.log(`      missed   ${m.type.padEnd(12)} ${m.start} ${m.text}`);
        for (const m of score.spurious) console.log(`      spurious ${m.type.padEnd(12)} ${m.start} ${m.text} (${m.source})`);
        for (const m of score.wrongValues) console.log(`      value    ${m.type.padEnd(12)} ${m.start} ${m.text}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.got)}`);
      }
      perFile.push({ file: g, overall: { ...prfJson(o), valueAccuracy: o.valueAccuracy }, byType: Object.fromEntries(ENTITY_TYPES.map((t) => [t, { ...prfJson(score.byType[t]), valueAccuracy: score.byType[t].valueAccuracy }])), clusterErrors: score.clusterErrors, clusterPairs: score.clusterPairs });
    }
    const overall = { tp: 0, fp: 0, fn: 0, valueChecked: 0, valueCorrect: 0 } as TypeScore;
    for (const t of ENTITY_TYPES) {
      finishScore(total[t]);
      for (const k of ['tp', 'fp', 'fn', 'valueChecked', 'valueCorrect'] as const) overall[k] += total[t][k];
    }
    finishScore(overall);
    printPrfTable('Fixtures, all files', [...ENTITY_TYPES.map((t) => ({ name: t, p: total[t], value: t === 'date' || t === 'number' ? total[t].valueAccuracy : undefined })), { name: 'overall', p: overall, value: overall.valueAccuracy }]);
    results.fixtures = {
      files: perFile,
      byType: Object.fromEntries(ENTITY_TYPES.map((t) => [t, { ...prfJson(total[t]), valueAccuracy: total[t].valueAccuracy }])),
      overall: { ...prfJson(overall), valueAccuracy: overall.valueAccuracy },
    };
  }

  // (b–d) CoNLL corpora ------------------------------------------------------------------
  const limit = args.quick ? 150 : Infinity;
  const corpusReport = (key: string, r: CorpusResult, note: string) => {
    printPrfTable(`${r.name}: ${r.sentences} sentences, ${r.tokens} tokens, ${(r.ms / 1000).toFixed(1)} s — ${note}`, [
      ...Object.entries(r.scores.byType).map(([t, p]) => ({ name: t, p })),
      { name: 'overall', p: r.scores.overall },
    ]);
    results[key] = { sentences: r.sentences, tokens: r.tokens, note, byType: Object.fromEntries(Object.entries(r.scores.byType).map(([t, p]) => [t, prfJson(p)])), overall: prfJson(r.scores.overall) };
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
    const dev = subsample(all.filter((_, i) => i % 10 === 9), limit);
    const r = evaluateCorpus({ name: 'ANERcorp dev (train sentences i % 10 === 9)', sentences: dev, mapType: anercorpType, labels: ['PER', 'ORG', 'LOC'], options: { referenceDate: '2007-01-01' } });
    corpusReport('anercorp', r, 'PERS→PER, ORG, LOC; MISC dropped');
  });
  tryCorpus('wojood', () => {
    const val = subsample(readConll(join(dataDir, 'wojood-sample', 'val.txt')), limit);
    const r = evaluateCorpus({ name: 'Wojood val', sentences: val, mapType: wojoodType, nested: true, labels: ['PER', 'ORG', 'LOC', 'DATE', 'NUM'], options: { referenceDate: '2022-01-01' } });
    corpusReport('wojood', r, 'PERS→PER, ORG, GPE/LOC/FAC→LOC, DATE, CARDINAL/ORDINAL/PERCENT/MONEY/QUANTITY→NUM; outermost chunks');
  });
  tryCorpus('aqmar', () => {
    const dir = join(dataDir, 'aqmar-dev');
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    const sents = subsample(files.flatMap((f) => readConll(join(dir, f))), limit);
    const r = evaluateCorpus({ name: `AQMAR dev (${files.length} articles)`, sentences: sents, mapType: aqmarType, labels: ['PER', 'ORG', 'LOC'], options: { referenceDate: '2012-01-01' } });
    corpusReport('aqmar', r, 'PER, ORG, LOC; MIS0–3 ignored');
  });

  // (e) Duckling ---------------------------------------------------------------------------
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

  const out = join(root, 'eval-results.json');
  results.seconds = round((performance.now() - t0) / 1000);
  writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
  console.log(`\nDone in ${((performance.now() - t0) / 1000).toFixed(1)} s. Figures written to ${out}`);
}

main();
