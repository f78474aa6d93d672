// After tsup: writes dist/kashif.schema.json from the zod schemas (the single source of truth)
// and makes dist/cli.js an executable with a shebang (added here rather than as a tsup banner,
// which would land on the shared library chunk too).
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import * as kashif from '../dist/index.js';

const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'kashif',
  description: 'Records produced by kashif.extract(); generated from the zod schemas in src/schema',
  $defs: {
    ExtractResult: z.toJSONSchema(kashif.ExtractResultSchema, { io: 'output', unrepresentable: 'any' }),
    Mention: z.toJSONSchema(kashif.MentionSchema, { io: 'output', unrepresentable: 'any' }),
    ExtractOptions: z.toJSONSchema(kashif.ExtractOptionsSchema, { io: 'input', unrepresentable: 'any' }),
    Token: z.toJSONSchema(kashif.TokenSchema, { io: 'output', unrepresentable: 'any' }),
    Error: z.toJSONSchema(kashif.ErrorRecordSchema, { io: 'output', unrepresentable: 'any' }),
    BatchLine: z.toJSONSchema(kashif.BatchLineSchema, { io: 'output', unrepresentable: 'any' }),
  },
  $ref: '#/$defs/ExtractResult',
};
writeFileSync(new URL('../dist/kashif.schema.json', import.meta.url), JSON.stringify(schema, null, 2) + '\n');

const cli = new URL('../dist/cli.js', import.meta.url);
const src = readFileSync(cli, 'utf8');
if (!src.startsWith('#!')) writeFileSync(cli, '#!/usr/bin/env node\n' + src);
chmodSync(cli, 0o755);
