// After tsup: writes dist/kashif.schema.json from the zod schemas (the single source of truth)
// and copies the model files (src/model/*.json, *.txt, *.i16) next to the bundle, where the
// lazy loaders look for them.
import { writeFileSync, mkdirSync, readdirSync, copyFileSync } from 'node:fs';
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

const modelSrc = new URL('../src/model/', import.meta.url);
const modelDst = new URL('../dist/model/', import.meta.url);
mkdirSync(modelDst, { recursive: true });
for (const f of readdirSync(modelSrc)) if (/\.(json|txt|i16)$/.test(f)) copyFileSync(new URL(f, modelSrc), new URL(f, modelDst));
