import { readFileSync } from 'node:fs';
import path from 'node:path';
import { collectRules, rulesMarkdown, withRules } from '../scripts/rules-doc.js';
import { NAME_RULES } from '../src/recognizers/names/rules.js';
import { NAME_PASSES, NAME_SOURCES } from '../src/recognizers/names/sources.js';

const root = path.join(__dirname, '..');

describe('the README rule list', () => {
  test('is generated from the registries and up to date (npm run rules-doc)', async () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const rules = await collectRules(root);
    expect(withRules(readme, rulesMarkdown(rules))).toBe(readme);
  });

  test('lists every names registry record once', async () => {
    const ids = (await collectRules(root)).map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of [...NAME_RULES, ...NAME_SOURCES, ...NAME_PASSES]) expect(ids).toContain(r.id);
  });
});
