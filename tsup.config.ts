import { defineConfig } from 'tsup';

// natural is bundled (only its Jaro-Winkler module is imported) so that installing kashif
// does not pull natural's database drivers; franc is ESM-only and is bundled so that the
// CommonJS build works on Node 18 without require(esm).
const noExternal = [/^natural/, /^franc/, 'trigram-utils', 'n-gram', 'collapse-white-space'];

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node18',
    noExternal,
    shims: true,
  },
  {
    entry: {
      cli: 'src/cli/main.ts',
      'cli-worker': 'src/cli/worker.ts',
      'scripts/eval': 'scripts/eval.ts',
      'scripts/bench': 'scripts/bench.ts',
    },
    format: ['esm'],
    sourcemap: true,
    target: 'node18',
    noExternal,
    shims: true,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
