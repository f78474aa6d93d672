/**
 * Writes a trained model in its shipped form (see ModelFileHeader in
 * src/recognizers/names/perceptron.ts): src/model/ner.json (header and vocabulary, one value a
 * line) and src/model/ner-rows.i16 (the feature rows as little-endian int16). Deterministic:
 * the same model gives the same bytes.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ModelJson } from '../src/recognizers/names/perceptron.js';

export const ROWS_FILE = 'ner-rows.i16';

export function writeModelFiles(j: ModelJson, dir: string): { header: string; rows: string } {
  const n = j.rows.length;
  const buf = Buffer.alloc(n * 2);
  for (let i = 0; i < n; i++) {
    const v = j.rows[i];
    if (!Number.isInteger(v) || v < -32768 || v > 32767) throw new Error(`model row value ${v} at ${i} does not fit int16: quantise the model`);
    buf.writeInt16LE(v, i * 2);
  }
  const head = JSON.stringify({ format: j.format, labels: j.labels, scale: j.scale, meta: j.meta, transitions: j.transitions, templates: j.templates, rowsFile: ROWS_FILE, rowsLength: n });
  const text = head.slice(0, -1) + ',"vocab":[\n' + j.vocab.map((v) => JSON.stringify(v)).join(',\n') + '\n]}\n';
  const header = path.join(dir, 'ner.json');
  const rows = path.join(dir, ROWS_FILE);
  writeFileSync(header, text);
  writeFileSync(rows, buf);
  return { header, rows };
}
