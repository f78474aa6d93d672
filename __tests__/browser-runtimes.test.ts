/**
 * The same library in the other server runtimes (issue 13.2): Deno and Bun, both installed
 * from the npm registry as devDependencies (`deno`, `bun`: their binaries ship inside
 * registry packages). Each imports dist/index.js, reads the text on stdin and prints the
 * result; the JSON must be identical to Node's. Deno runs with no permission at all
 * (`--no-prompt`, no `--allow-*`): the library reads no file, no environment variable.
 * A runtime whose binary is not installed is skipped with a message.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(__dirname, '..');
const DIST = join(root, 'dist', 'index.js');
const REFERENCE = join(root, 'fixtures', 'dw-kazakhstan-2022-01.txt');
const MIXED = 'قال الرئيس الفرنسي Emmanuel Macron في باريس يوم الأحد 9 يناير 2022 إن 12.5% من الناخبين‏ صوّتوا لحزب "النهضة".';

const RUNTIMES: Array<[string, string, string[]]> = [
  ['deno', join(root, 'node_modules', '.bin', 'deno'), ['run', '--no-prompt', '--no-config']],
  ['bun', join(root, 'node_modules', '.bin', 'bun'), ['run']],
];

const SCRIPT = `import { extract } from ${JSON.stringify(pathToFileURL(DIST).href)};
const dec = new TextDecoder();
let text = '';
const input = typeof Deno !== 'undefined' ? Deno.stdin.readable : process.stdin;
for await (const c of input) text += dec.decode(c, { stream: true });
text += dec.decode();
console.log(JSON.stringify(extract(text)));
`;

let dir: string;
let script: string;
const node = (): { extract: (t: string) => unknown } => require(join(root, 'dist', 'index.cjs'));

beforeAll(() => {
  if (!existsSync(DIST)) throw new Error('dist/index.js is missing: run `npm run build` first (npm test builds before jest)');
  dir = mkdtempSync(join(tmpdir(), 'kashif-runtimes-'));
  script = join(dir, 'extract.mjs');
  writeFileSync(script, SCRIPT);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const texts: Array<[string, () => string]> = [
  ['reference article', () => readFileSync(REFERENCE, 'utf8')],
  ['mixed Arabic and Latin (compromise)', () => MIXED],
];

describe.each(RUNTIMES)('%s', (name, bin, args) => {
  const available = existsSync(bin);
  if (!available) {
    // eslint-disable-next-line no-console
    console.warn(`browser-runtimes.test: ${name} SKIPPED, ${bin} missing (npm ci installs it from the registry)`);
  }
  (available ? test.each(texts) : test.skip.each(texts))('%s: JSON identical to Node', (_label, read) => {
    const text = read();
    const r = spawnSync(bin, [...args, script], { input: text, encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1' } });
    if (r.status !== 0) throw new Error(`${name} failed (${r.status ?? r.signal}): ${r.stderr}`);
    expect(r.stdout.trim()).toBe(JSON.stringify(node().extract(text)));
  }, 150_000);
});
